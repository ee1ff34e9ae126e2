//! `pressarkiv`: index, search and watch a folder of Swedish press releases.

mod commands;
mod format;
mod progress;
mod sync;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use pressarkiv_ingest::{LoadOptions, PdfParsing};

/// Extraction makes many short strings per release; mimalloc serves them faster than
/// glibc's malloc (see BENCHMARKS.md). The `system-allocator` feature keeps glibc's,
/// for heap profilers that hook malloc (heaptrack, valgrind).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status when the run finished but some files could not be indexed.
pub const EXIT_SOME_FILES_FAILED: u8 = 3;

/// The hidden subcommand that parses one PDF in a process of its own.
const PDF_HELPER_COMMAND: &str = "pdf-text";

#[derive(Debug, Parser)]
#[command(
    name = "pressarkiv",
    version,
    about = "Search a folder of Swedish press releases: amounts, ministers, agreements, regions."
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Option<Command>,
}

/// Options every subcommand takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Folder of press releases.
    #[arg(
        long,
        global = true,
        default_value = "corpus",
        env = "PRESSARKIV_CORPUS"
    )]
    pub corpus: PathBuf,
    /// Folder of the search index.
    #[arg(long, global = true, default_value = "index", env = "PRESSARKIV_INDEX")]
    pub index: PathBuf,
    /// More log output (-v debug, -vv trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
}

/// Limits per file, for the commands that read the corpus (`index`, `watch`, `serve`,
/// `extract`); `search` and `stats` read only the index and do not take them.
#[derive(Debug, Clone, Copy, Args)]
pub struct Limits {
    /// Larger files are reported as failed, not read (bytes, or with K, M, G: 64M).
    #[arg(
        long,
        default_value = "64M",
        env = "PRESSARKIV_MAX_FILE_SIZE",
        value_parser = parse_size
    )]
    pub max_file_size: u64,
    /// Seconds one file may take to parse and extract before it is reported as failed.
    #[arg(
        long,
        default_value_t = pressarkiv_ingest::DEFAULT_TIME_BUDGET.as_secs(),
        env = "PRESSARKIV_FILE_TIMEOUT"
    )]
    pub file_timeout: u64,
}

impl Default for Limits {
    /// The same limits as the options' defaults (for `pressarkiv` without a command).
    fn default() -> Self {
        let defaults = LoadOptions::default();
        Limits {
            max_file_size: defaults.max_file_bytes,
            file_timeout: defaults.time_budget.as_secs(),
        }
    }
}

impl Limits {
    /// The limits per file that ingest applies. PDFs are parsed by this binary again, in
    /// a helper process (`pressarkiv pdf-text`) that is killed when the file's time is
    /// up and caps its own memory.
    pub fn load_options(&self) -> Result<LoadOptions> {
        let program = std::env::current_exe()
            .context("finding the pressarkiv binary, which parses PDFs in a helper process")?;
        Ok(LoadOptions {
            max_file_bytes: self.max_file_size,
            time_budget: Duration::from_secs(self.file_timeout),
            pdf: PdfParsing::Helper {
                program,
                args: vec![PDF_HELPER_COMMAND.into()],
            },
        })
    }
}

/// `67108864`, `64M`, `64MiB`, `512k`, `1G`: bytes, or binary multiples.
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size (e.g. 64M)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        other => return Err(format!("unknown size unit {other:?} (use K, M or G)")),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("{text:?} is too large"))
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build or update the index from the corpus.
    Index(Limits),
    /// Search the index.
    Search(commands::search::SearchArgs),
    /// Add up the amounts of matching releases per region, agreement, minister, year or organization.
    Stats(commands::stats::StatsArgs),
    /// Bring the index up to date, then keep it fresh while files change.
    Watch(Limits),
    /// Index, watch and serve the web app and JSON API on http://127.0.0.1:7700 (the default).
    Serve(commands::serve::ServeArgs),
    /// Print the entities of files.
    Extract(commands::extract::ExtractArgs),
    /// Read a PDF on stdin and write its text on stdout: the helper process that parses
    /// each PDF for the commands above.
    #[command(name = PDF_HELPER_COMMAND, hide = true)]
    PdfText,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Started once per PDF: nothing else is set up for it.
    if let Some(Command::PdfText) = cli.command {
        return pressarkiv_ingest::pdf_helper_main();
    }
    init_logging(&cli.global);
    quiet_parser_panics();
    let command = cli.command.unwrap_or_else(serve_by_default);
    let result = match command {
        Command::Index(limits) => commands::index::run(&cli.global, &limits),
        Command::Search(args) => commands::search::run(&cli.global, &args),
        Command::Stats(args) => commands::stats::run(&cli.global, &args),
        Command::Watch(limits) => commands::watch::run(&cli.global, &limits),
        Command::Serve(args) => commands::serve::run(&cli.global, &args),
        Command::Extract(args) => commands::extract::run(&args),
        Command::PdfText => Ok(pressarkiv_ingest::pdf_helper_main()),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`pressarkiv search … | head`): nothing left to say.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `pressarkiv` alone runs `serve`, with serve's options read from the environment just
/// as `pressarkiv serve` would read them.
fn serve_by_default() -> Command {
    let with_serve = std::env::args_os().chain(std::iter::once("serve".into()));
    Cli::parse_from(with_serve)
        .command
        .unwrap_or_else(|| Command::Serve(commands::serve::ServeArgs::default()))
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(|json| json.io_error_kind())
                == Some(std::io::ErrorKind::BrokenPipe)
    })
}

fn init_logging(global: &Global) {
    let level = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) => "info",
        (false, 1) => "debug",
        (false, _) => "trace",
    };
    // tantivy's segment manager warns, with every segment's id, when a merge ends after
    // one of its segments emptied and was dropped: the merge is discarded, nothing is
    // lost, and tantivy itself says it is "not necessarily a bug".
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("PRESSARKIV_LOG").unwrap_or_else(|_| {
            tracing_subscriber::EnvFilter::new(format!(
                "warn,tantivy::indexer::segment_manager=error,pressarkiv={level},pressarkiv_ingest={level},pressarkiv_search={level},pressarkiv_server={level}"
            ))
        });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colour_logs())
        .without_time()
        .with_target(false)
        .init();
}

/// Colour only on a terminal, and never when `NO_COLOR` is set to anything
/// (<https://no-color.org>): escape codes in a log file are noise.
fn colour_logs() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    std::io::stderr().is_terminal() && !no_color
}

/// A panic on a parser thread is a hostile file tripping a parser: ingest catches it and
/// reports the file as failed (one error line), so the panic's own message is only
/// debug output. A panic anywhere else is a bug and is shown as usual.
fn quiet_parser_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(pressarkiv_ingest::PARSER_THREAD_NAME) {
            tracing::debug!("parser panicked (the file is reported as failed): {info}");
        } else {
            default(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_commands_that_read_files_take_file_limits() {
        for command in ["index", "watch", "serve", "extract"] {
            let mut args = vec![
                "pressarkiv",
                command,
                "--max-file-size",
                "1M",
                "--file-timeout",
                "5",
            ];
            if command == "extract" {
                args.push("a.txt");
            }
            assert!(Cli::try_parse_from(&args).is_ok(), "{command}");
        }
        for command in ["search", "stats"] {
            let args = ["pressarkiv", command, "vård", "--max-file-size", "1M"];
            assert!(
                Cli::try_parse_from(args).is_err(),
                "{command} takes file limits"
            );
        }
    }

    #[test]
    fn sizes_take_binary_units() {
        assert_eq!(parse_size("1234"), Ok(1234));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert_eq!(parse_size("512 k"), Ok(512 << 10));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5T").is_err());
    }
}
