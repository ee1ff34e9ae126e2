//! `pressarkiv search QUERY`: ranked hits with snippets and entities.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use pressarkiv_search::{Archive, Hit, SearchError, SearchRequest, SearchResults, SortOrder};
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
    /// Order of the hits.
    #[arg(long, value_enum, default_value_t = Sort::Relevance)]
    sort: Sort,
    /// No typo tolerance: only words as written (after stemming) match.
    #[arg(long)]
    exact: bool,
    /// Also count all matching releases by minister, agreement, region, organization and year.
    #[arg(long)]
    facets: bool,
    /// One JSON document on stdout instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Sort {
    /// Best match first, equal scores newest first.
    Relevance,
    /// Newest publication date first.
    Date,
    /// Largest amount first.
    Amount,
}

impl From<Sort> for SortOrder {
    fn from(sort: Sort) -> SortOrder {
        match sort {
            Sort::Relevance => SortOrder::Relevance,
            Sort::Date => SortOrder::Date,
            Sort::Amount => SortOrder::Amount,
        }
    }
}

pub fn run(global: &Global, args: &SearchArgs) -> Result<ExitCode> {
    let archive = Archive::open_once(&global.index)?;
    let request = SearchRequest {
        query: args.query.join(" "),
        limit: args.limit,
        offset: args.offset,
        sort: args.sort.into(),
        exact: args.exact,
        facets: args.facets,
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

/// A query error with the query printed and a caret under the problem.
pub fn explain_query_error(err: SearchError) -> anyhow::Error {
    match &err {
        SearchError::Query {
            query, position, ..
        } => {
            let column = query
                .get(..*position)
                .map_or(0, |before| before.chars().count());
            anyhow::anyhow!("{err}\n  {query}\n  {}^", " ".repeat(column))
        }
        _ => anyhow::Error::new(err),
    }
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
                "snippet_amounts": hit.snippet.amounts,
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
    let mut out = json!({"query": query, "total": results.total, "hits": hits});
    if let Some(facets) = &results.facets {
        out["facets"] = json!(facets);
    }
    out
}

fn print_text(
    out: &mut impl Write,
    results: &SearchResults,
    terminal: bool,
) -> std::io::Result<()> {
    let (bold, plain) = if terminal {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    if results.hits.is_empty() {
        writeln!(out, "no hits")?;
    }
    for (rank, hit) in results.hits.iter().enumerate() {
        print_hit(out, rank + 1, hit, bold, plain)?;
    }
    if !results.hits.is_empty() {
        writeln!(out, "{} of {} hits", results.hits.len(), results.total)?;
    }
    if let Some(facets) = &results.facets {
        for (kind, values) in facets {
            if values.is_empty() {
                continue;
            }
            writeln!(out, "\n{bold}{kind}{plain}")?;
            for value in values {
                writeln!(out, "  {:>5}  {}", value.count, value.value)?;
            }
        }
    }
    Ok(())
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
    if !hit.snippet.amounts.is_empty() {
        let amounts: Vec<String> = hit
            .snippet
            .amounts
            .iter()
            .map(|amount| {
                format!(
                    "{} = {} kr",
                    amount.text,
                    format::signed(amount.sek, format::grouped)
                )
            })
            .collect();
        writeln!(out, "   amounts: {}", amounts.join("; "))?;
    }
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
