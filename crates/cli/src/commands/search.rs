//! `pressarkiv search QUERY`: ranked hits with snippets and entities.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use pressarkiv_search::{Archive, Hit, SearchRequest, SearchResults};
use serde_json::json;

use crate::format;
use crate::Global;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query: Swedish words, "phrases", AND/OR/NOT, minister:, agreement:, region:,
    /// org:, amount:, published:.
    #[arg(required = true, num_args = 1..)]
    query: Vec<String>,
    /// Hits to show at most.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
    /// Hits to skip, for paging.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// One JSON document on stdout instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(global: &Global, args: &SearchArgs) -> Result<ExitCode> {
    let archive = Archive::open(&global.index)?;
    let request = SearchRequest {
        query: args.query.join(" "),
        limit: args.limit,
        offset: args.offset,
    };
    let results = archive.search(&request).map_err(|err| match &err {
        pressarkiv_search::SearchError::Query {
            query, position, ..
        } => anyhow::anyhow!(
            "{err}\n  {query}\n  {}^",
            " ".repeat(query[..*position].chars().count())
        ),
        _ => anyhow::Error::new(err),
    })?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer(&mut out, &to_json(&request.query, &results))?;
        writeln!(out)?;
    } else {
        print_text(&mut out, &results, stdout.is_terminal()).context("writing results")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn to_json(query: &str, results: &SearchResults) -> serde_json::Value {
    let hits: Vec<_> = results
        .hits
        .iter()
        .map(|hit| {
            json!({
                "path": hit.path,
                "title": hit.title,
                "published": hit.published,
                "score": hit.score,
                "snippet": hit.snippet.marked("<b>", "</b>", format::html_escape),
                "department": hit.entities.department,
                "ministers": hit.entities.ministers.iter()
                    .map(|m| json!({"name": m.name, "title": m.title})).collect::<Vec<_>>(),
                "agreements": hit.entities.agreements.iter().map(|a| &a.name).collect::<Vec<_>>(),
                "regions": hit.entities.regions.iter().map(|r| &r.name).collect::<Vec<_>>(),
                "organizations": hit.entities.organizations.iter().map(|o| &o.name).collect::<Vec<_>>(),
                "max_amount": hit.entities.max_amount(),
            })
        })
        .collect();
    json!({"query": query, "total": results.total, "hits": hits})
}

fn print_text(
    out: &mut impl Write,
    results: &SearchResults,
    terminal: bool,
) -> std::io::Result<()> {
    if results.hits.is_empty() {
        writeln!(out, "no hits")?;
        return Ok(());
    }
    let (bold, plain) = if terminal {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    for (rank, hit) in results.hits.iter().enumerate() {
        print_hit(out, rank + 1, hit, bold, plain)?;
    }
    writeln!(out, "{} of {} hits", results.hits.len(), results.total)
}

fn print_hit(
    out: &mut impl Write,
    rank: usize,
    hit: &Hit,
    bold: &str,
    plain: &str,
) -> std::io::Result<()> {
    let title = hit.title.as_deref().unwrap_or("(no title)");
    writeln!(out, "{rank}. {bold}{title}{plain}")?;
    let published = hit
        .published
        .as_deref()
        .map(|d| format!(" · {d}"))
        .unwrap_or_default();
    writeln!(out, "   {}{published} · score {:.2}", hit.path, hit.score)?;
    let snippet = hit
        .snippet
        .marked(bold, plain, |text| text.replace('\n', " "));
    writeln!(out, "   {snippet}")?;
    let entities = &hit.entities;
    if !entities.ministers.is_empty() {
        let names: Vec<String> = entities
            .ministers
            .iter()
            .map(|m| match &m.title {
                Some(title) => format!("{} ({title})", m.name),
                None => m.name.clone(),
            })
            .collect();
        writeln!(out, "   ministers: {}", names.join(", "))?;
    }
    if !entities.agreements.is_empty() {
        let names: Vec<&str> = entities
            .agreements
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        writeln!(out, "   agreements: {}", names.join("; "))?;
    }
    if let Some(largest) = entities.max_amount() {
        writeln!(out, "   largest amount: {}", format::sek(largest))?;
    }
    writeln!(out)
}
