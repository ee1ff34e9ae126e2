//! PDFs parsed in a helper process that can be killed. pdf-extract and lopdf cannot be
//! interrupted: on the parser thread, a PDF that overruns its time budget is reported
//! but keeps a core busy until it ends, and a stream that inflates to gigabytes (a flate
//! bomb) takes the memory of the whole process. A helper process is killed at the
//! deadline and caps its own memory.
//!
//! Both ends of the helper's protocol are here: [`PdfParsing`] says whether
//! [`crate::load_with`] starts one, [`pdf_helper_main`] is the helper. The helper reads
//! the PDF on stdin and writes its text on stdout (as the in-process parser returns it:
//! tidied, empty for a scan) and exits with status 0; or it writes why the PDF cannot be
//! parsed on stderr and exits with another status.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{ExitCode, ExitStatus};
use std::time::Duration;

use crate::budget::{self, Abandoned, Budget};
use crate::child::{self, Failure};
use crate::format::{self, Format, ParseFailure};

/// Where [`crate::load_with`] parses PDFs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PdfParsing {
    /// On the parser thread, like every other format. A PDF that overruns the time
    /// budget is reported at the deadline, but its parsing runs on until it ends, and
    /// nothing bounds its memory: right for tests and one-off runs on trusted files.
    #[default]
    InProcess,
    /// In a helper process: `program` run with `args`, which must behave as
    /// [`pdf_helper_main`] (a binary whose command line leads to it). It is killed when
    /// the file's time budget runs out, and caps its own memory.
    Helper {
        /// The program to run, e.g. [`std::env::current_exe`].
        program: PathBuf,
        /// Its arguments, e.g. the subcommand that calls [`pdf_helper_main`].
        args: Vec<OsString>,
    },
}

/// How much address space a helper may map for parsing, beyond what it maps when it
/// starts: the binary, and the allocator's reservation, which parsing fills first
/// (mimalloc reserves 1 GiB up front, so a helper's memory peaks at about 1.3 GiB). A
/// press release's PDF needs a few tens of MiB (lopdf holds every object of the file,
/// pdf-extract one page's decoded content at a time), while a flate bomb runs into the
/// cap within seconds: in-process, a 100 KB PDF whose content stream inflates to 64 MiB
/// of text operators took 5.6 GB.
const HELPER_MEMORY_BASE: u64 = 256 << 20;

/// …plus this much per byte of the PDF, for the objects lopdf parses out of a big file:
/// 512 MiB more for a file at the default size limit (64 MiB).
const HELPER_MEMORY_PER_PDF_BYTE: u64 = 8;

/// What a helper may map for parsing a PDF of `pdf_bytes`, beyond its start.
fn helper_memory_growth(pdf_bytes: usize) -> u64 {
    let per_file = (pdf_bytes as u64).saturating_mul(HELPER_MEMORY_PER_PDF_BYTE);
    HELPER_MEMORY_BASE.saturating_add(per_file)
}

/// The text of the PDF `bytes` as a helper process reads it, within `limit`: the helper
/// is killed and reaped when the time is up.
pub(crate) fn text_in_helper(
    program: &Path,
    args: &[OsString],
    bytes: Vec<u8>,
    limit: Duration,
) -> Result<String, ParseFailure> {
    match child::run(program, args, bytes, limit) {
        // The helper writes a Rust string; another program may not.
        Ok(text) => Ok(String::from_utf8(text)
            .unwrap_or_else(|not_text| String::from_utf8_lossy(not_text.as_bytes()).into_owned())),
        Err(Failure::TimedOut) => Err(ParseFailure::OutOfTime),
        Err(Failure::Io(err)) => Err(ParseFailure::Helper(err)),
        Err(Failure::Exited { status, stderr }) => {
            // The reason is its first line; a crash may add a backtrace after it.
            let said = stderr.lines().map(str::trim).find(|line| !line.is_empty());
            Err(ParseFailure::Parse(why_it_failed(
                status,
                said.unwrap_or_default(),
            )))
        }
    }
}

/// The reason given for a helper that ended with `status`, having said `said` first on
/// stderr.
fn why_it_failed(status: ExitStatus, said: &str) -> String {
    // Rust's message when an allocation fails, after which it aborts.
    if said.contains("memory allocation of") {
        return format!(
            "out of the memory a PDF may take to parse (a stream that inflates to gigabytes?): {said}"
        );
    }
    let ended = match signal_of(status) {
        Some(signal) => format!("the PDF reader was killed by {signal}"),
        None if said.is_empty() => format!("the PDF reader failed ({status})"),
        None => return said.to_owned(),
    };
    if said.is_empty() {
        ended
    } else {
        format!("{ended}: {said}")
    }
}

/// The name of the signal that ended a process, if one did.
#[cfg(unix)]
fn signal_of(status: ExitStatus) -> Option<String> {
    use std::os::unix::process::ExitStatusExt;
    let signal = status.signal()?;
    let name = match signal {
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGILL => "SIGILL",
        libc::SIGKILL => "SIGKILL (out of memory?)",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        _ => return Some(format!("signal {signal}")),
    };
    Some(name.to_owned())
}

#[cfg(not(unix))]
fn signal_of(_: ExitStatus) -> Option<String> {
    None
}

/// The helper's side of [`PdfParsing::Helper`]: reads a PDF on stdin, writes its text on
/// stdout, and returns the process's exit status. On failure the reason is on stderr.
///
/// Call it as the whole of a process's work, before anything else is loaded. It silences
/// the panic hook (a parser's panic is caught and becomes the reason given), and on
/// Linux it caps the process's address space at what it maps at the start plus 256 MiB
/// and 8 bytes per byte of the PDF, and asks for the process to be killed when the
/// thread that started it goes away, so that a helper never outlives its caller.
pub fn pdf_helper_main() -> ExitCode {
    std::panic::set_hook(Box::new(|_| {}));
    die_with_parent();
    match read_parse_write() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // Nothing is left to tell if stderr is gone too.
            let _ = writeln!(io::stderr().lock(), "{err}");
            ExitCode::FAILURE
        }
    }
}

/// Why the helper could not deliver a PDF's text.
#[derive(Debug, thiserror::Error)]
enum HelperError {
    /// Reading stdin failed.
    #[error("cannot read the PDF on stdin: {0}")]
    Input(#[source] io::Error),
    /// The memory cap could not be set.
    #[error("cannot cap the memory of PDF parsing: {0}")]
    Cap(#[source] io::Error),
    /// The PDF cannot be parsed: the parser's reason.
    #[error("{0}")]
    Parse(String),
    /// Writing stdout failed.
    #[error("cannot write the text on stdout: {0}")]
    Output(#[source] io::Error),
}

fn read_parse_write() -> Result<(), HelperError> {
    let mut pdf = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut pdf)
        .map_err(HelperError::Input)?;
    // Capped once the input is in: its size is part of the cap.
    cap_memory(helper_memory_growth(pdf.len())).map_err(HelperError::Cap)?;
    // On a parser thread, for its deep stack and its caught panics; the caller keeps
    // the time.
    let parsed = budget::run_with_deadline(Duration::MAX, move || {
        format::parse(Format::Pdf, &pdf, &mut Budget::unlimited())
            .map(|parsed| parsed.text.into_owned())
    });
    let text = match parsed {
        Ok(Ok(text)) => text,
        Ok(Err(ParseFailure::Empty)) => String::new(),
        Ok(Err(ParseFailure::Parse(reason) | ParseFailure::NotText(reason)))
        | Err(Abandoned::Failed(reason)) => return Err(HelperError::Parse(reason)),
        // Cannot happen: nothing here has a deadline or starts a helper.
        Ok(Err(ParseFailure::Helper(err))) => return Err(HelperError::Parse(err.to_string())),
        Ok(Err(ParseFailure::OutOfTime)) | Err(Abandoned::TimedOut) => {
            return Err(HelperError::Parse("out of time".to_owned()))
        }
    };
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(HelperError::Output)
}

/// Caps this process's address space (RLIMIT_AS) at what it maps now plus `growth`, or
/// lower where a cap was set from outside (`ulimit -v`: only root could raise it). An
/// allocation past it fails, and the process aborts with Rust's "memory allocation of …
/// bytes failed".
#[cfg(target_os = "linux")]
fn cap_memory(growth: u64) -> io::Result<()> {
    let cap = mapped_now()?.saturating_add(growth);
    let mut limit = libc::rlimit {
        rlim_cur: libc::RLIM_INFINITY,
        rlim_max: libc::RLIM_INFINITY,
    };
    // SAFETY: getrlimit writes the struct it is given and nothing else.
    if unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let cap = cap.min(limit.rlim_cur).min(limit.rlim_max);
    let limit = libc::rlimit {
        rlim_cur: cap,
        rlim_max: cap,
    };
    // SAFETY: setrlimit reads the struct it is given and nothing else.
    if unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn cap_memory(_: u64) -> io::Result<()> {
    Ok(())
}

/// The address space this process maps now, from `/proc/self/status`.
#[cfg(target_os = "linux")]
fn mapped_now() -> io::Result<u64> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmSize:"))
        .and_then(|size| size.trim().strip_suffix("kB")?.trim().parse::<u64>().ok())
        .map(|kib| kib << 10)
        .ok_or_else(|| io::Error::other("no VmSize in /proc/self/status"))
}

/// On Linux, SIGKILL for this process when the thread that started it ends (with its
/// process, even killed with SIGKILL). The caller waits for the helper on that thread,
/// so it fires only when the caller is gone. A caller that died before this call
/// leaves the helper to finish its one PDF alone.
#[cfg(target_os = "linux")]
fn die_with_parent() {
    // SAFETY: PR_SET_PDEATHSIG takes a signal number and touches no memory. It cannot
    // fail with a valid signal; if it did, the helper would only lose the backstop.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong);
    }
}

#[cfg(not(target_os = "linux"))]
fn die_with_parent() {}
