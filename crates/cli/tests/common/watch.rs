//! A running `pressarkiv watch` whose log lines are collected, for tests that wait on
//! what it says rather than on the clock.

use std::io::{BufRead, BufReader};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::Workspace;

/// Long enough for anything a watch test waits for on a loaded 2-core machine in a
/// debug build.
pub const PATIENCE: Duration = Duration::from_secs(120);

pub struct Watch {
    child: Child,
    log: Arc<Mutex<Vec<String>>>,
}

impl Watch {
    /// Starts `watch` and waits until it says it is watching.
    pub fn start(ws: &Workspace) -> Watch {
        Watch::start_with(ws, &[])
    }

    /// Starts `watch ARGS` and waits until it says it is watching.
    pub fn start_with(ws: &Workspace, args: &[&str]) -> Watch {
        let mut child = ws
            .command(&[&["watch"], args].concat())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start watch");
        let stderr = child.stderr.take().expect("stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let watch = Watch { child, log };
        watch.wait_for_log("watching");
        watch
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Every log line so far.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// Waits until a log line contains `needle`; panics after [`PATIENCE`].
    pub fn wait_for_log(&self, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.log().iter().any(|line| line.contains(needle)) {
            assert!(
                Instant::now() < deadline,
                "no {needle:?} in {:?}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The exit status, once the process has ended by itself; panics after [`PATIENCE`].
    pub fn wait_for_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "watch did not exit: {:?}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends SIGINT (Ctrl-C) and returns the exit status.
    pub fn interrupt(&mut self) -> ExitStatus {
        let status = std::process::Command::new("kill")
            .args(["-INT", &self.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        self.wait_for_exit()
    }

    /// True while the process runs.
    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
