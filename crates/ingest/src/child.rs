//! Running a helper command over some bytes under a deadline: its input written and its
//! output read at the same time (so neither side waits on a full pipe), and the command
//! killed and reaped when the time is up.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// How much of a helper's stderr is kept for the message: its reason is a line or two.
/// The rest is read and dropped, so a chatty helper neither blocks nor bloats.
const STDERR_KEPT_BYTES: u64 = 4096;

/// The longest pause between two looks at a helper that has closed its output but not
/// yet exited (it is in the middle of exiting: that takes about a millisecond).
const MAX_EXIT_POLL: Duration = Duration::from_millis(20);

/// How a helper run ended other than with its output.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The command could not be started, or its pipes failed.
    Io(io::Error),
    /// It was still running at the deadline; it has been killed and reaped.
    TimedOut,
    /// It ended unsuccessfully: a non-zero exit status or a signal.
    Exited {
        /// How it ended.
        status: ExitStatus,
        /// The start of what it wrote on stderr, lossily decoded.
        stderr: String,
    },
}

/// Runs `program` with `args`, writes `input` to its stdin, and returns what it wrote on
/// stdout once it has exited successfully. A helper still running `limit` after the
/// start is killed and reaped: no process outlives this call.
///
/// The helper runs in a process group of its own, so that a Ctrl-C at the terminal
/// reaches only the caller, which stops in its own time.
pub(crate) fn run(
    program: &Path,
    args: &[OsString],
    input: Vec<u8>,
    limit: Duration,
) -> Result<Vec<u8>, Failure> {
    let deadline = Instant::now().checked_add(limit);
    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().map_err(Failure::Io)?;
    let pipes = match start_pipes(&mut child, input) {
        Ok(pipes) => pipes,
        Err(err) => {
            kill_and_reap(&mut child);
            return Err(Failure::Io(err));
        }
    };
    let output = receive_until(&pipes.stdout, deadline).and_then(|read| read.map_err(Failure::Io));
    let output = match output {
        Ok(output) => output,
        Err(failure) => {
            kill_and_reap(&mut child);
            return Err(failure);
        }
    };
    let status = wait_until(&mut child, deadline)?;
    if status.success() {
        return Ok(output);
    }
    // The helper has exited, so its stderr is at its end (unless something it started
    // holds it open: then what was read by the deadline will do).
    let stderr = receive_until(&pipes.stderr, deadline)
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default();
    Err(Failure::Exited {
        status,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

/// What the threads serving a helper's output pipes send back.
struct Pipes {
    stdout: Receiver<io::Result<Vec<u8>>>,
    stderr: Receiver<io::Result<Vec<u8>>>,
}

/// Feeds `input` to the helper's stdin and reads its stdout and stderr, each pipe on a
/// thread of its own. The threads are not joined: one ends when its pipe does, and a
/// pipe held open by something the helper started must not hold up the caller.
fn start_pipes(child: &mut Child, input: Vec<u8>) -> io::Result<Pipes> {
    let not_piped = || io::Error::other("the helper's standard streams are not pipes");
    let mut stdin = child.stdin.take().ok_or_else(not_piped)?;
    let stdout = child.stdout.take().ok_or_else(not_piped)?;
    let stderr = child.stderr.take().ok_or_else(not_piped)?;
    spawn("pressarkiv-helper-in", move || {
        // A helper that exits before reading everything closes the pipe: how it ended
        // says what went wrong, not this write.
        let _ = stdin.write_all(&input);
    })?;
    let (output_sender, output) = mpsc::sync_channel(1);
    spawn("pressarkiv-helper-out", move || {
        let mut stdout = stdout;
        let mut read = Vec::new();
        let result = stdout.read_to_end(&mut read).map(|_| read);
        let _ = output_sender.send(result);
    })?;
    let (said_sender, said) = mpsc::sync_channel(1);
    spawn("pressarkiv-helper-err", move || {
        let mut stderr = stderr;
        let mut kept = Vec::new();
        let result = (&mut stderr)
            .take(STDERR_KEPT_BYTES)
            .read_to_end(&mut kept)
            .and_then(|_| io::copy(&mut stderr, &mut io::sink()))
            .map(|_| kept);
        let _ = said_sender.send(result);
    })?;
    Ok(Pipes {
        stdout: output,
        stderr: said,
    })
}

fn spawn(name: &str, work: impl FnOnce() + Send + 'static) -> io::Result<()> {
    thread::Builder::new()
        .name(name.to_owned())
        .spawn(work)
        .map(drop)
}

/// The next message of `receiver`, waiting until `deadline` at most (for ever: `None`).
fn receive_until<T>(receiver: &Receiver<T>, deadline: Option<Instant>) -> Result<T, Failure> {
    let received = match deadline {
        Some(deadline) => receiver.recv_timeout(deadline.saturating_duration_since(Instant::now())),
        None => receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
    };
    received.map_err(|err| match err {
        RecvTimeoutError::Timeout => Failure::TimedOut,
        RecvTimeoutError::Disconnected => Failure::Io(io::Error::other(
            "a helper pipe's thread ended without a result",
        )),
    })
}

/// The exit status of a helper that has closed its output, killing and reaping it if it
/// is still there at `deadline`.
fn wait_until(child: &mut Child, deadline: Option<Instant>) -> Result<ExitStatus, Failure> {
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) => {}
            Err(err) => {
                kill_and_reap(child);
                return Err(Failure::Io(err));
            }
        }
        let left = deadline.map_or(pause, |deadline| {
            deadline.saturating_duration_since(Instant::now())
        });
        if left.is_zero() {
            kill_and_reap(child);
            return Err(Failure::TimedOut);
        }
        thread::sleep(pause.min(left));
        pause = (pause * 2).min(MAX_EXIT_POLL);
    }
}

/// SIGKILL, then wait: the process is gone and leaves no zombie.
fn kill_and_reap(child: &mut Child) {
    // Both fail only when the process was reaped already.
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::os::unix::process::ExitStatusExt;
    use std::path::PathBuf;

    use super::*;

    /// Far longer than anything here takes: a deadline against hangs, not a timing.
    const PATIENCE: Duration = Duration::from_secs(120);

    fn sh(script: &str) -> (PathBuf, Vec<OsString>) {
        (PathBuf::from("sh"), vec!["-c".into(), script.into()])
    }

    #[test]
    fn a_helper_that_overruns_is_killed_and_reaped_at_the_deadline() {
        let dir = tempfile::tempdir().unwrap();
        let pid_file = dir.path().join("pid");
        // The shell notes its pid, then becomes `sleep`.
        let (program, mut args) = sh("echo $$ > \"$0\"; exec sleep 600");
        args.push(pid_file.clone().into());
        // More input than a pipe holds: the writer is blocked when the helper is killed.
        let input = vec![b'x'; 1 << 20];
        let result = run(&program, &args, input, Duration::from_secs(2));
        assert!(matches!(result, Err(Failure::TimedOut)), "{result:?}");
        let pid = std::fs::read_to_string(&pid_file).expect("the helper started");
        // Killed and reaped: not even a zombie is left under that pid.
        let proc_entry = Path::new("/proc").join(pid.trim());
        assert!(
            !proc_entry.exists(),
            "{} is still there",
            proc_entry.display()
        );
    }

    #[test]
    fn a_helper_that_fails_gives_its_status_and_stderr() {
        let (program, args) = sh("cat >/dev/null; echo 'trasig fil' >&2; exit 3");
        match run(&program, &args, b"%PDF-1.4".to_vec(), PATIENCE) {
            Err(Failure::Exited { status, stderr }) => {
                assert_eq!(status.code(), Some(3));
                assert_eq!(stderr, "trasig fil\n");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_helper_killed_by_a_signal_says_which() {
        let (program, args) = sh("kill -SEGV $$");
        match run(&program, &args, Vec::new(), PATIENCE) {
            Err(Failure::Exited { status, .. }) => {
                assert_eq!(status.signal(), Some(libc::SIGSEGV))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn output_larger_than_a_pipe_buffer_does_not_deadlock() {
        // `cat` writes while it is still being fed: with the output unread until the
        // input was written, both sides would wait on a full pipe.
        let input: Vec<u8> = (0..8 << 20).map(|i: u32| (i % 251) as u8).collect();
        let output = run(Path::new("cat"), &[], input.clone(), PATIENCE).unwrap();
        assert!(output == input, "{} bytes back", output.len());
    }

    #[test]
    fn a_program_that_does_not_exist_is_an_io_failure() {
        let result = run(
            Path::new("/nonexistent/pressarkiv-helper"),
            &[],
            Vec::new(),
            PATIENCE,
        );
        assert!(matches!(result, Err(Failure::Io(_))), "{result:?}");
    }
}
