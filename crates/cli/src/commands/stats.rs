//! `pressarkiv stats QUERY --by GROUP`: how much money, per group, in the releases a
//! query matches.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use pressarkiv_search::{Archive, GroupBy, Stats};

use crate::format;
use crate::Global;

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Which releases to add up, in the query language of `search` (`*` for all).
    #[arg(required = true, num_args = 1..)]
    query: Vec<String>,
    /// What to group the sums by.
    #[arg(long, value_enum, default_value_t = By::Region)]
    by: By,
    /// No typo tolerance.
    #[arg(long)]
    exact: bool,
    /// JSON on stdout instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum By {
    Region,
    Agreement,
    Minister,
    Year,
    Organization,
}

impl From<By> for GroupBy {
    fn from(by: By) -> GroupBy {
        match by {
            By::Region => GroupBy::Region,
            By::Agreement => GroupBy::Agreement,
            By::Minister => GroupBy::Minister,
            By::Year => GroupBy::Year,
            By::Organization => GroupBy::Organization,
        }
    }
}

pub fn run(global: &Global, args: &StatsArgs) -> Result<ExitCode> {
    let archive = Archive::open_once(&global.index)?;
    let query = args.query.join(" ");
    let stats = archive
        .stats(&query, args.by.into(), args.exact)
        .map_err(super::search::explain_query_error)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer(&mut out, &stats)?;
        writeln!(out)?;
    } else {
        print_table(&mut out, &stats)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_table(out: &mut impl Write, stats: &Stats) -> std::io::Result<()> {
    if stats.groups.is_empty() {
        return writeln!(out, "no amounts in the {} matching releases", stats.matched);
    }
    let by = serde_json::to_value(stats.by)
        .ok()
        .and_then(|value| value.as_str().map(str::to_string))
        .unwrap_or_default();
    let rows: Vec<(String, String, String)> = stats
        .groups
        .iter()
        .chain(std::iter::once(&stats.total))
        .map(|group| {
            (
                group.name.clone(),
                format::mnkr(group.sek),
                group.documents.to_string(),
            )
        })
        .collect();
    let name_width = rows
        .iter()
        .map(|row| row.0.chars().count())
        .chain([by.chars().count()])
        .max()
        .unwrap_or(0);
    let sum_width = rows
        .iter()
        .map(|row| row.1.chars().count())
        .max()
        .unwrap_or(0);
    let pad = |text: &str, width: usize| " ".repeat(width.saturating_sub(text.chars().count()));
    writeln!(
        out,
        "{by}{}  {}sum  releases",
        pad(&by, name_width),
        pad("sum", sum_width)
    )?;
    let last = rows.len() - 1;
    for (index, (name, sum, documents)) in rows.iter().enumerate() {
        if index == last {
            writeln!(out, "{}", "-".repeat(name_width + sum_width + 12))?;
        }
        writeln!(
            out,
            "{name}{}  {}{sum}  {documents:>8}",
            pad(name, name_width),
            pad(sum, sum_width)
        )?;
    }
    Ok(())
}
