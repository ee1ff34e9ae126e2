//! The time budget of one file: a cooperative deadline that the parsing loops of this
//! crate check, and a helper thread that bounds the code they cannot interrupt.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Name of the threads that parse and extract one file each. A program that installs a
/// panic hook can recognise them and log a panic there (already reported as a failed
/// file) at a lower level than a panic anywhere else.
pub const PARSER_THREAD_NAME: &str = "pressarkiv-parse";

/// Stack of a parser thread. Generous because third-party parsers (pdf-extract, lopdf)
/// recurse over nested objects; it is virtual memory, only the pages used are resident
/// (a kept thread keeps those its deepest file touched: at most this per caller thread).
const PARSER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// How many loop iterations pass between two looks at the clock: often enough to stop
/// within microseconds of the deadline, rarely enough to cost nothing.
const TICKS_PER_CHECK: u32 = 1024;

/// The budget ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OutOfTime;

/// A deadline that loops check with [`Budget::tick`].
#[derive(Debug, Clone)]
pub(crate) struct Budget {
    deadline: Option<Instant>,
    ticks: u32,
}

impl Budget {
    /// A budget that ends `limit` from now.
    pub(crate) fn new(limit: Duration) -> Budget {
        Budget {
            deadline: Instant::now().checked_add(limit),
            ticks: 0,
        }
    }

    /// A budget that never ends (for callers that bound time otherwise, and tests).
    pub(crate) fn unlimited() -> Budget {
        Budget {
            deadline: None,
            ticks: 0,
        }
    }

    /// Counts one iteration of a loop; looks at the clock on the first and then every
    /// [`TICKS_PER_CHECK`]th call, so a spent budget fails at once.
    pub(crate) fn tick(&mut self) -> Result<(), OutOfTime> {
        let check = self.ticks.is_multiple_of(TICKS_PER_CHECK);
        self.ticks = self.ticks.wrapping_add(1);
        match self.deadline {
            Some(deadline) if check && Instant::now() >= deadline => Err(OutOfTime),
            _ => Ok(()),
        }
    }
}

/// How a job on a parser thread ended other than with its value.
#[derive(Debug)]
pub(crate) enum Abandoned {
    /// It was still running when the time was up; it finishes (or stops at its next
    /// [`Budget::tick`]) on its own and its result is dropped.
    TimedOut,
    /// It panicked (the panic's message), or no thread could be started for it.
    Failed(String),
}

/// Work handed to a parser thread; it sends its own result back.
type Job = Box<dyn FnOnce() + Send>;

thread_local! {
    /// The parser thread of the calling thread, kept between files. Starting a thread per
    /// file cost about a twentieth of indexing time (the thread, its 64 MB stack mapping,
    /// and fresh allocator pages zeroed by the kernel for every file).
    static PARSER: RefCell<Option<mpsc::Sender<Job>>> = const { RefCell::new(None) };
}

/// Runs `job` on a parser thread and waits at most `limit` for it.
///
/// Why a thread: most of the time of one file goes to code this crate cannot stop from
/// outside — html5ever, pdf-extract, the entity extraction. Rust cannot kill a thread, so
/// a job that overruns is abandoned: this returns at the deadline and the file is
/// reported, while the job runs on in the background until it ends or reaches a
/// [`Budget::tick`] of its own (every loop of this crate has one, given the same
/// deadline), then frees its memory and its thread exits. A parser that never ends would
/// keep one core busy until the process exits; the parsers used are linear or close to
/// it once the input is bounded (size cap, HTML depth limit, zip bomb limit), so the
/// budget is a backstop. A thread whose job ended in time serves the caller's next job.
///
/// A panic inside `job` (a parser's bug on hostile input) is caught and returned, so no
/// file can bring the process down.
pub(crate) fn run_with_deadline<T, F>(limit: Duration, job: F) -> Result<T, Abandoned>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (sender, receiver) = mpsc::sync_channel(1);
    let job: Job = Box::new(move || {
        // The receiver is gone only when the job was abandoned: nobody wants it then.
        let _ = sender.send(catch(job));
    });
    if let Err(err) = PARSER.with_borrow_mut(|parser| hand_over(parser, job)) {
        return Err(Abandoned::Failed(format!(
            "cannot start a parser thread: {err}"
        )));
    }
    let result = receiver.recv_timeout(limit);
    if result.is_err() {
        // That thread is still busy (or gone): the next job gets a new one, and this one
        // exits once its job ends and it finds its queue closed.
        PARSER.with_borrow_mut(|parser| *parser = None);
    }
    match result {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Abandoned::TimedOut),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(Abandoned::Failed("the parser thread died".to_owned()))
        }
    }
}

/// Gives `job` to the kept parser thread, starting one when there is none.
fn hand_over(parser: &mut Option<mpsc::Sender<Job>>, job: Job) -> std::io::Result<()> {
    let job = match parser.take() {
        Some(queue) => match queue.send(job) {
            Ok(()) => {
                *parser = Some(queue);
                return Ok(());
            }
            Err(mpsc::SendError(job)) => job,
        },
        None => job,
    };
    let (queue, jobs) = mpsc::channel::<Job>();
    std::thread::Builder::new()
        .name(PARSER_THREAD_NAME.to_owned())
        .stack_size(PARSER_STACK_BYTES)
        .spawn(move || {
            for job in jobs {
                job();
            }
        })?;
    // The thread holds the receiving end until this sender is dropped, so this succeeds;
    // if it did not, the caller would see a disconnected result channel.
    let _ = queue.send(job);
    *parser = Some(queue);
    Ok(())
}

fn catch<T>(job: impl FnOnce() -> T) -> Result<T, Abandoned> {
    catch_unwind(AssertUnwindSafe(job)).map_err(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("unknown reason");
        Abandoned::Failed(message.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spent_budget_fails_at_the_first_tick() {
        let mut budget = Budget::new(Duration::ZERO);
        assert_eq!(budget.tick(), Err(OutOfTime));
        let mut budget = Budget::unlimited();
        assert!((0..10_000).all(|_| budget.tick().is_ok()));
    }

    #[test]
    fn a_job_that_overruns_is_abandoned_at_the_deadline() {
        let (release, wait) = mpsc::channel::<()>();
        let result = run_with_deadline(Duration::from_millis(10), move || {
            // Blocks until the test is done with it: longer than any deadline.
            let _ = wait.recv();
        });
        assert!(matches!(result, Err(Abandoned::TimedOut)), "{result:?}");
        drop(release);
    }

    #[test]
    fn a_panicking_job_is_reported_not_propagated() {
        let result = run_with_deadline(Duration::from_secs(60), || -> u8 { panic!("boom") });
        match result {
            Err(Abandoned::Failed(message)) => assert_eq!(message, "boom"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            run_with_deadline(Duration::from_secs(60), || 7).ok(),
            Some(7)
        );
    }

    #[test]
    fn a_parser_thread_serves_the_next_job_unless_abandoned() {
        let thread_of = || {
            run_with_deadline(Duration::from_secs(60), || std::thread::current().id())
                .expect("job ends in time")
        };
        let first = thread_of();
        assert_eq!(thread_of(), first);
        let (release, wait) = mpsc::channel::<()>();
        let overrun = run_with_deadline(Duration::from_millis(10), move || {
            let _ = wait.recv();
        });
        assert!(matches!(overrun, Err(Abandoned::TimedOut)));
        assert_ne!(thread_of(), first, "the busy thread is not waited for");
        drop(release);
    }
}
