//! A corpus of hostile files beside the five seeds, indexed by the real binary: each bad
//! file gets exactly one line on stderr naming it and the reason, every good file is
//! searchable, nothing panics, the run ends, and the exit status says some files failed.
//! PDFs go through the real helper process (`pressarkiv pdf-text`).

mod common;
#[path = "common/hostile_files.rs"]
mod hostile_files;

use std::ffi::OsStr;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::Workspace;
use hostile_files::{nested_divs, pdf_bytes, pdf_flate_bomb, zip_bomb};

/// The run must end well within this, on any machine: it is a deadline against hangs,
/// not a timing assertion (a normal run takes seconds).
const DEADLINE: Duration = Duration::from_secs(120);

/// A bad file: the name it shows as on stderr and a piece of the reason given there.
struct Bad {
    shown: &'static str,
    reason: &'static str,
}

const BAD: &[Bad] = &[
    Bad {
        shown: "tom.txt",
        reason: "file is empty",
    },
    Bad {
        shown: "jatte.txt",
        reason: "file too large",
    },
    Bad {
        shown: "brus.txt",
        reason: "binary data",
    },
    Bad {
        shown: "bomb.docx",
        reason: "zip bomb",
    },
    Bad {
        shown: "avkortad.pdf",
        reason: "cannot parse as pdf",
    },
    Bad {
        shown: "skannad.pdf",
        reason: "no text layer",
    },
    // Its helper runs out of the memory it may take: the reason says so, and memory
    // stays bounded (in-process, a bomb like it took gigabytes).
    Bad {
        shown: "bomb.pdf",
        reason: "out of the memory a PDF may take",
    },
    Bad {
        shown: "slinga.txt",
        reason: "Too many levels of symbolic links",
    },
    Bad {
        shown: "saknas.txt",
        reason: "No such file",
    },
    Bad {
        shown: "namn-\u{FFFD}.txt",
        reason: "not valid UTF-8",
    },
];

/// Files that are not indexed but are no failure: one line each saying why.
const SKIPPED: &[Bad] = &[
    Bad {
        shown: "ror.txt",
        reason: "named pipe",
    },
    Bad {
        shown: "varv",
        reason: "symbolic link to a folder that contains it",
    },
];

/// Good files among the hostile ones, each with a word found only in it.
const GOOD: &[(&str, &str)] = &[
    ("lang-rad.txt", "zqlangradx"),
    ("latin1.txt", "zqlatinx"),
    ("djup.html", "zqdjupx"),
    ("rad\nbrytning.txt", "zqradbrytningx"),
    ("textlager.pdf", "zqtextlagerx"),
];

fn write(corpus: &Path, name: impl AsRef<OsStr>, bytes: &[u8]) {
    std::fs::write(corpus.join(name.as_ref()), bytes).expect("write hostile file");
}

fn hostile_corpus(corpus: &Path) {
    write(corpus, "tom.txt", b"");
    // 100 MB of text, written in pieces.
    let mut big = BufWriter::new(File::create(corpus.join("jatte.txt")).expect("create"));
    let line = "Regeringen ger 44 miljoner kronor till Region Gotland.\n".repeat(100);
    for _ in 0..(100_000_000 / line.len() + 1) {
        big.write_all(line.as_bytes()).expect("write");
    }
    big.flush().expect("flush");
    // One 10 MB line.
    let mut long = String::from("Rubrik zqlangradx ");
    while long.len() < 10_000_000 {
        long.push_str("miljoner kronor till Region Gotland och ");
    }
    write(corpus, "lang-rad.txt", long.as_bytes());
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let noise: Vec<u8> = (0..65_536)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    write(corpus, "brus.txt", &noise);
    // Windows-1252, not UTF-8: å, ä, ö as single bytes.
    write(
        corpus,
        "latin1.txt",
        b"Pengar till \xd6sterg\xf6tland zqlatinx\n\nRegeringen ger 44 miljoner kronor till Region \xd6sterg\xf6tland.",
    );
    write(
        corpus,
        "djup.html",
        nested_divs(200_000, "Ytan.", "Djupt ner: zqdjupx om Region Kalmar.").as_bytes(),
    );
    write(corpus, "bomb.docx", &zip_bomb(2 << 30));
    let pdf = pdf_bytes(&[
        "Pengar till Region Gotland",
        "Regeringen ger 44 miljoner kronor.",
    ]);
    write(corpus, "avkortad.pdf", &pdf[..pdf.len() / 2]);
    write(corpus, "skannad.pdf", &pdf_bytes(&[]));
    write(
        corpus,
        "textlager.pdf",
        &pdf_bytes(&["Rubrik zqtextlagerx", "Pengar till Region Gotland."]),
    );
    // 64 MiB of text operators in 100 KB: parsed in-process, it took 5.6 GB.
    write(corpus, "bomb.pdf", &pdf_flate_bomb(64 << 20));
    std::os::unix::fs::symlink("slinga.txt", corpus.join("slinga.txt")).expect("symlink");
    std::os::unix::fs::symlink("finns-inte.txt", corpus.join("saknas.txt")).expect("symlink");
    std::os::unix::fs::symlink(".", corpus.join("varv")).expect("symlink");
    let status = std::process::Command::new("mkfifo")
        .arg(corpus.join("ror.txt"))
        .status()
        .expect("mkfifo");
    assert!(status.success(), "mkfifo failed");
    write(
        corpus,
        "rad\nbrytning.txt",
        b"Rubrik\n\nText om zqradbrytningx och Region Gotland.",
    );
    write(
        corpus,
        OsStr::from_bytes(b"namn-\xff.txt"),
        b"Rubrik\n\nText om Region Gotland.",
    );
}

#[test]
fn hostile_files_are_named_once_and_the_rest_is_searchable() {
    let ws = Workspace::with_shipped_corpus();
    hostile_corpus(&ws.corpus());

    let log = ws.dir.path().join("stderr.log");
    let out = ws.dir.path().join("stdout.log");
    let mut child = ws
        .command(&["index"])
        .env_remove("NO_COLOR")
        .stdout(Stdio::from(File::create(&out).expect("stdout file")))
        .stderr(Stdio::from(File::create(&log).expect("stderr file")))
        .spawn()
        .expect("start index");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "index still running after {DEADLINE:?}: {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let stderr = std::fs::read_to_string(&log).expect("stderr");
    let stdout = std::fs::read_to_string(&out).expect("stdout");

    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !stderr.contains('\x1b'),
        "colour codes in a log file: {stderr:?}"
    );
    assert_eq!(status.code(), Some(3), "{stdout}\n{stderr}");
    for bad in BAD.iter().chain(SKIPPED) {
        let lines: Vec<&str> = stderr.lines().filter(|l| l.contains(bad.shown)).collect();
        assert_eq!(lines.len(), 1, "{}: {lines:?}\n{stderr}", bad.shown);
        assert!(lines[0].contains(bad.reason), "{}: {}", bad.shown, lines[0]);
    }
    assert!(
        stdout.contains(&format!("failed {}", BAD.len())),
        "{stdout}\n{stderr}"
    );

    let everything = ws.search("*");
    for seed in common::seeds(&["000", "001", "002", "003", "004"]) {
        assert!(
            everything.contains(&seed),
            "{seed} not searchable: {everything:?}"
        );
    }
    assert_eq!(
        ws.search("patientmiljarden"),
        common::seeds(&["000", "001"])
    );
    for (name, word) in GOOD {
        assert_eq!(
            ws.search(word),
            vec![name.to_string()],
            "{name:?}\n{stderr}"
        );
        assert!(
            !stderr
                .lines()
                .any(|l| l.contains(&name.replace('\n', "\\n"))),
            "{name:?} is good but was reported: {stderr}"
        );
    }
}
