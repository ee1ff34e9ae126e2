//! `pressarkiv pdf-text`, the hidden helper that parses one PDF in a process of its own
//! for the commands that read files: the PDF on stdin, its text on stdout, or the reason
//! on stderr and a failing status; its memory capped.

#[path = "common/hostile_files.rs"]
mod hostile_files;

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::thread::JoinHandle;

use hostile_files::{pdf_bytes, pdf_flate_bomb};

/// What the helper wrote, read while it runs.
struct Running {
    child: Child,
    stdout: JoinHandle<Vec<u8>>,
    stderr: JoinHandle<Vec<u8>>,
}

/// Starts `command`, feeding it `pdf` on stdin.
fn start(mut command: Command, pdf: Vec<u8>) -> Running {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the helper");
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        // The helper reads it all unless it fails first; its status tells then.
        let _ = stdin.write_all(&pdf);
    });
    let read_all = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            bytes
        })
    };
    let stdout = read_all(Box::new(child.stdout.take().unwrap()));
    let stderr = read_all(Box::new(child.stderr.take().unwrap()));
    Running {
        child,
        stdout,
        stderr,
    }
}

fn helper() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pressarkiv"));
    command.arg("pdf-text");
    command
}

/// The helper's exit code, stdout and stderr for `pdf`.
fn pdf_text(pdf: Vec<u8>) -> (Option<i32>, String, String) {
    let mut running = start(helper(), pdf);
    let status = running.child.wait().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        status.code(),
        text(running.stdout.join().unwrap()),
        text(running.stderr.join().unwrap()),
    )
}

#[test]
fn the_text_of_the_pdf_on_stdin_goes_to_stdout() {
    let pdf = pdf_bytes(&[
        "Pengar till Region Gotland",
        "Regeringen ger 44 miljoner kronor.",
    ]);
    let (code, text, stderr) = pdf_text(pdf);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        text.contains("Pengar till Region Gotland") && text.contains("44 miljoner kronor"),
        "{text:?}"
    );
    assert_eq!(stderr, "");
}

#[test]
fn a_scan_is_no_text_and_no_failure_of_the_helper() {
    let (code, text, stderr) = pdf_text(pdf_bytes(&[]));
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(text.trim(), "");
}

#[test]
fn a_pdf_that_cannot_be_parsed_gives_one_line_of_reason_and_fails() {
    let pdf = pdf_bytes(&["Rubrik"]);
    let (code, text, stderr) = pdf_text(pdf[..pdf.len() / 2].to_vec());
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(text, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn the_helper_is_not_offered_in_the_help() {
    let output = Command::new(env!("CARGO_BIN_EXE_pressarkiv"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("index"), "{help}");
    assert!(!help.contains("pdf-text"), "{help}");
}

/// A gigabyte of text operators in 1.5 MB: the helper runs out of the memory it may
/// take and aborts, its peak well under the 4 GiB that this test allows it at most (so
/// that a helper without its cap fails the test rather than exhausting the machine;
/// in-process, a stream of 64 MiB took 5.6 GB).
#[cfg(target_os = "linux")]
#[test]
fn a_flate_bomb_ends_the_helper_at_its_memory_cap() {
    const SAFETY_NET_KIB: u64 = 4 << 20;
    const MOST_RESIDENT_KIB: i64 = 2 << 20;

    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -v {SAFETY_NET_KIB} && exec \"$0\" pdf-text"
        ))
        .arg(env!("CARGO_BIN_EXE_pressarkiv"));
    let running = start(command, pdf_flate_bomb(1 << 30));
    let pid = running.child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: wait4 writes the status and the usage it is given, nothing else.
    let (reaped, usage) = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        (libc::wait4(pid, &mut status, 0, &mut usage), usage)
    };
    assert_eq!(reaped, pid, "wait4 failed");
    let stderr = String::from_utf8(running.stderr.join().unwrap()).unwrap();
    assert!(
        libc::WIFSIGNALED(status) && libc::WTERMSIG(status) == libc::SIGABRT,
        "status {status}: {stderr}"
    );
    assert!(stderr.starts_with("memory allocation of"), "{stderr}");
    assert!(
        usage.ru_maxrss < MOST_RESIDENT_KIB,
        "peak {} KiB",
        usage.ru_maxrss
    );
}
