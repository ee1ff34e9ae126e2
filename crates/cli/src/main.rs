//! `pressarkiv`: index, search and watch a folder of Swedish press releases.

mod commands;
mod format;
mod progress;
mod sync;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Extraction makes many short strings per release; mimalloc serves them faster than
/// glibc's malloc (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status when the run finished but some files could not be indexed.
pub const EXIT_SOME_FILES_FAILED: u8 = 3;

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

#[derive(Debug, Subcommand)]
enum Command {
    /// Build or update the index from the corpus.
    Index,
    /// Search the index.
    Search(commands::search::SearchArgs),
    /// Add up the amounts of matching releases per region, agreement, minister, year or organization.
    Stats(commands::stats::StatsArgs),
    /// Bring the index up to date, then keep it fresh while files change.
    Watch,
    /// Index, watch and serve the web app and JSON API on http://127.0.0.1:7700 (the default).
    Serve(commands::serve::ServeArgs),
    /// Print the entities of files.
    Extract(commands::extract::ExtractArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.global);
    let command = cli
        .command
        .unwrap_or_else(|| Command::Serve(commands::serve::ServeArgs::default()));
    let result = match command {
        Command::Index => commands::index::run(&cli.global),
        Command::Search(args) => commands::search::run(&cli.global, &args),
        Command::Stats(args) => commands::stats::run(&cli.global, &args),
        Command::Watch => commands::watch::run(&cli.global),
        Command::Serve(args) => commands::serve::run(&cli.global, &args),
        Command::Extract(args) => commands::extract::run(&args),
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
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("PRESSARKIV_LOG").unwrap_or_else(|_| {
            tracing_subscriber::EnvFilter::new(format!(
                "warn,pressarkiv={level},pressarkiv_ingest={level},pressarkiv_search={level},pressarkiv_server={level}"
            ))
        });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .init();
}
