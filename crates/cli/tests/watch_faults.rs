//! `pressarkiv watch` when its folders are pulled away or a PDF will not end, and its
//! exit status: the real binary on real folders, waiting on what it logs and what a
//! search finds.

mod common;
#[path = "common/hostile_files.rs"]
mod hostile_files;

use std::time::{Duration, Instant};

use common::watch::{Watch, PATIENCE};
use common::Workspace;

/// Polls `query` until it finds `expected` releases.
fn wait_for_total(ws: &Workspace, query: &str, expected: u64) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let output = ws.run(&["search", "--json", "--limit", "1", query]);
        let found = output
            .status
            .success()
            .then(|| serde_json::from_slice::<serde_json::Value>(&output.stdout).ok())
            .flatten()
            .and_then(|json| json["total"].as_u64());
        if found == Some(expected) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{query}: {found:?} hits, want {expected}; {}",
            String::from_utf8_lossy(&output.stderr)
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn assert_no_panic(watch: &Watch) {
    let log = watch.log();
    assert!(!log.iter().any(|line| line.contains("panicked")), "{log:?}");
}

/// CPU time (user + system) the process has used, from /proc.
#[cfg(target_os = "linux")]
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command name (which may hold spaces), from field 3 on.
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    // USER_HZ is 100 on every Linux this runs on.
    Duration::from_millis(ticks * 10)
}

/// A process waiting for a folder to come back sleeps: over a few seconds it uses a small
/// fraction of one core. A spinning loop would use all of the core it gets.
#[cfg(target_os = "linux")]
fn assert_idle(watch: &mut Watch) {
    let window = Duration::from_secs(3);
    let (cpu_before, start) = (cpu_time(watch.pid()), Instant::now());
    // The window of the measurement, not a wait for something to happen.
    std::thread::sleep(window);
    let used = cpu_time(watch.pid()) - cpu_before;
    let elapsed = start.elapsed();
    assert!(watch.is_running(), "{:?}", watch.log());
    assert!(
        used < elapsed / 10,
        "watch used {used:?} of CPU in {elapsed:?} while waiting"
    );
}

#[cfg(not(target_os = "linux"))]
fn assert_idle(watch: &mut Watch) {
    assert!(watch.is_running(), "{:?}", watch.log());
}

#[test]
fn a_deleted_corpus_folder_is_waited_for_and_watched_again_when_recreated() {
    let ws = Workspace::with_shipped_corpus();
    let mut watch = Watch::start(&ws);
    wait_for_total(&ws, "*", 5);

    std::fs::remove_dir_all(ws.corpus()).unwrap();
    watch.wait_for_log("the corpus folder was deleted; waiting for it to come back");
    assert_idle(&mut watch);
    // Searches keep working on what was indexed (a drive that went away should not
    // empty the index).
    wait_for_total(&ws, "*", 5);

    std::fs::create_dir(ws.corpus()).unwrap();
    std::fs::write(
        ws.corpus().join("åter.txt"),
        "Om renskötsel\n\nRenskötseln får 3 miljoner kronor.",
    )
    .unwrap();
    watch.wait_for_log("the corpus folder is back");
    wait_for_total(&ws, "renskötseln", 1);
    // The index now follows the new folder: the releases of the old one are gone.
    wait_for_total(&ws, "*", 1);
    // And the new folder is watched: a file written into it later is indexed too.
    std::fs::write(
        ws.corpus().join("sedan.txt"),
        "Om fjällräv\n\nFjällrävar räknas.",
    )
    .unwrap();
    wait_for_total(&ws, "fjällrävar", 1);
    wait_for_total(&ws, "*", 2);

    assert!(watch.interrupt().success(), "{:?}", watch.log());
    assert_no_panic(&watch);
}

#[test]
fn a_deleted_index_folder_stops_watch_with_a_clear_error() {
    let ws = Workspace::with_shipped_corpus();
    let mut watch = Watch::start(&ws);
    std::fs::remove_dir_all(ws.index()).unwrap();
    let status = watch.wait_for_exit();
    assert_eq!(status.code(), Some(1), "{:?}", watch.log());
    // The reader thread may still be flushing the last lines.
    watch.wait_for_log("was deleted while watching");
    let log = watch.log().join("\n");
    assert!(
        log.contains(&format!("the index folder {}", ws.index().display())),
        "{log}"
    );
    assert_no_panic(&watch);
}

#[test]
fn watch_exits_3_when_a_file_still_fails_at_the_end() {
    let ws = Workspace::with_shipped_corpus();
    std::fs::write(ws.corpus().join("tom.txt"), "   \n").unwrap();
    let mut watch = Watch::start(&ws);
    let status = watch.interrupt();
    assert_eq!(status.code(), Some(3), "{:?}", watch.log());
    watch.wait_for_log("1 files could not be indexed");
    assert!(watch.log().iter().any(|line| line.contains("tom.txt")));
}

#[test]
fn watch_exits_0_when_the_failed_file_was_fixed_meanwhile() {
    let ws = Workspace::with_shipped_corpus();
    std::fs::write(ws.corpus().join("tom.txt"), "   \n").unwrap();
    let mut watch = Watch::start(&ws);
    std::fs::write(
        ws.corpus().join("tom.txt"),
        "Om vitsippor\n\nVitsippor blommar.",
    )
    .unwrap();
    wait_for_total(&ws, "vitsippor", 1);
    let status = watch.interrupt();
    assert_eq!(status.code(), Some(0), "{:?}", watch.log());
}

#[test]
fn watch_exits_0_when_the_failed_file_was_removed_meanwhile() {
    let ws = Workspace::with_shipped_corpus();
    std::fs::write(ws.corpus().join("tom.txt"), "   \n").unwrap();
    let mut watch = Watch::start(&ws);
    std::fs::remove_file(ws.corpus().join("tom.txt")).unwrap();
    // The removal has been applied once a later change is searchable (batches are
    // applied in order).
    std::fs::write(ws.corpus().join("sist.txt"), "Om blåbär\n\nBlåbär plockas.").unwrap();
    wait_for_total(&ws, "blåbär", 1);
    let status = watch.interrupt();
    assert_eq!(status.code(), Some(0), "{:?}", watch.log());
}

/// The processes whose parent is `pid`, as their `/proc/PID/stat` lines; zombies too (a
/// zombie is a child nobody reaped).
#[cfg(target_os = "linux")]
fn children_of(pid: u32) -> Vec<String> {
    let parent = pid.to_string();
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path().join("stat")).ok())
        .filter(|stat| {
            // "pid (command) state ppid …"; the command may hold spaces.
            let ppid = stat
                .rfind(')')
                .and_then(|end| stat.get(end + 2..)?.split(' ').nth(1));
            ppid == Some(parent.as_str())
        })
        .collect()
}

/// A PDF that would keep pdf-extract busy for minutes fails at the time limit, and its
/// parsing ends there: its helper process is killed and reaped, watch goes back to idle,
/// and later files are indexed as usual. (Parsed on a thread of watch's own, as before
/// PDFs had a helper, it was reported just the same but kept a core busy.)
#[cfg(target_os = "linux")]
#[test]
fn a_pdf_that_overruns_the_time_limit_is_killed_and_watch_goes_on() {
    let ws = Workspace::with_shipped_corpus();
    let mut watch = Watch::start_with(&ws, &["--file-timeout", "1"]);
    wait_for_total(&ws, "*", 5);

    // A thousand pages of 1 MiB of text moves each: about two minutes of pdf-extract.
    std::fs::write(
        ws.corpus().join("seg.pdf"),
        hostile_files::slow_pdf(1000, 1 << 20),
    )
    .unwrap();
    watch.wait_for_log("gave up after 1s");
    let reported: Vec<String> = watch
        .log()
        .into_iter()
        .filter(|line| line.contains("gave up"))
        .collect();
    assert!(
        reported.len() == 1 && reported[0].contains("seg.pdf"),
        "{reported:?}"
    );
    assert_eq!(children_of(watch.pid()), Vec::<String>::new());
    assert_idle(&mut watch);

    std::fs::write(ws.corpus().join("sedan.txt"), "Om lodjur\n\nLodjur räknas.").unwrap();
    wait_for_total(&ws, "lodjur", 1);
    assert_eq!(watch.interrupt().code(), Some(3), "{:?}", watch.log());
    assert_no_panic(&watch);
}
