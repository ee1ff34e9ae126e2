//! `Archive::open_once` starts no thread: a one-shot search pays for none. Alone in its
//! test binary, so that no other test's threads come and go while the threads of the
//! process are counted.

#[cfg(target_os = "linux")]
#[test]
fn opening_once_starts_no_thread_and_following_commits_does() {
    use pressarkiv_search::Archive;

    let threads = || {
        std::fs::read_dir("/proc/self/task")
            .expect("this process's threads")
            .count()
    };
    let alone = threads();
    let dir = tempfile::tempdir().expect("temp dir");
    let created = Archive::open_or_create(dir.path()).expect("new archive");
    drop(created);
    // The threads of the archive just dropped end on their own time.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while threads() > alone {
        assert!(std::time::Instant::now() < deadline, "threads left running");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }

    let before = threads();
    let once = Archive::open_once(dir.path()).expect("opened once");
    assert_eq!(threads(), before, "open_once started a thread");
    drop(once);

    // The check above would pass if no opening started threads: the archive that follows
    // commits does.
    let before = threads();
    let following = Archive::open(dir.path()).expect("opened");
    assert!(threads() > before, "open follows commits with a thread");
    drop(following);
}
