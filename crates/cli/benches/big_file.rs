//! Peak memory while indexing one big file: a 100 MB text file (the seeds repeated) in
//! an otherwise empty corpus, indexed by the real binary. Prints the file size, the
//! time taken and the peak resident memory of the `pressarkiv index` process.
//!
//! `cargo bench -p pressarkiv --bench big_file`
//!
//! `PRESSARKIV_BIN=/path/to/pressarkiv` measures another build of the binary instead
//! (e.g. an older release); `PRESSARKIV_BENCH_MB` sets another size. The file is over
//! the default size limit (64 MiB), so the run raises it with
//! `PRESSARKIV_MAX_FILE_SIZE` (an older binary ignores that variable).

#[path = "../tests/synthetic/mod.rs"]
mod synthetic;

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

/// Size of the file, in MB (10^6 bytes), unless `PRESSARKIV_BENCH_MB` says otherwise.
const DEFAULT_MB: usize = 100;

fn main() {
    let megabytes: usize = std::env::var("PRESSARKIV_BENCH_MB")
        .ok()
        .and_then(|mb| mb.parse().ok())
        .unwrap_or(DEFAULT_MB);
    let binary = std::env::var_os("PRESSARKIV_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pressarkiv")));
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus dir");
    let file = corpus.join("stor.txt");
    let text = synthetic::seed_texts().join("\n\n");
    let mut out = BufWriter::new(std::fs::File::create(&file).expect("create"));
    let mut written = 0;
    while written < megabytes * 1_000_000 {
        out.write_all(text.as_bytes()).expect("write");
        out.write_all(b"\n\n").expect("write");
        written += text.len() + 2;
    }
    out.flush().expect("flush");
    drop(out);

    let started = Instant::now();
    let status = Command::new(&binary)
        .args(["index", "-q", "--corpus"])
        .arg(&corpus)
        .arg("--index")
        .arg(dir.path().join("index"))
        .env("PRESSARKIV_MAX_FILE_SIZE", format!("{}", written * 2))
        .stdout(Stdio::null())
        .status()
        .expect("run pressarkiv index");
    let elapsed = started.elapsed();
    let peak = peak_rss_of_children();
    println!("binary:    {}", binary.display());
    println!(
        "file:      {written} bytes ({:.1} MiB)",
        mib(written as u64)
    );
    println!("status:    {status}");
    println!("elapsed:   {elapsed:.2?}");
    println!(
        "peak RSS:  {:.0} MiB ({:.2}x the file)",
        mib(peak),
        peak as f64 / written as f64
    );
}

/// The largest peak resident set of any child this process waited for, in bytes.
fn peak_rss_of_children() -> u64 {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    // Linux reports kilobytes.
    u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
