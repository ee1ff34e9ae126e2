//! `pressarkiv extract FILE...`: the entities of each file, as text or JSON lines in the
//! shape of the gold standard.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use pressarkiv_ingest::Outcome;
use pressarkiv_normalize::Extraction;
use serde_json::json;

use crate::{format, Limits, EXIT_SOME_FILES_FAILED};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files to read (any supported format).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// One JSON object per file per line.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    limits: Limits,
}

pub fn run(args: &ExtractArgs) -> Result<ExitCode> {
    let options = &args.limits.load_options()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = 0;
    for file in &args.files {
        let (root, name) = split(file);
        match pressarkiv_ingest::load_with(root, &name, None, options) {
            Outcome::Indexed(doc) => {
                let shown = file.display().to_string();
                if args.json {
                    serde_json::to_writer(&mut out, &gold_json(&shown, &doc.extraction))?;
                    writeln!(out)?;
                } else {
                    print_text(&mut out, &shown, &doc.extraction)?;
                }
            }
            Outcome::Unchanged { .. } => {}
            Outcome::Skipped { reason, .. } => {
                tracing::warn!("skipped {}: {reason}", file.display());
            }
            Outcome::Failed(error) => {
                tracing::error!("{}: {error}", file.display());
                failed += 1;
            }
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(EXIT_SOME_FILES_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}

fn split(file: &Path) -> (&Path, String) {
    let root = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    (root, name)
}

/// The shape of ../shared/gold/README.md, plus spans and the extra amount fields.
pub fn gold_json(file: &str, extraction: &Extraction) -> serde_json::Value {
    let amounts: Vec<_> = extraction
        .amounts
        .iter()
        .map(|amount| {
            json!({
                "text": amount.text,
                "sek": amount.sek,
                "sek_max": amount.sek_max,
                "qualifier": amount.qualifier,
                "region": amount.region,
                "table": amount.table,
                "is_total": amount.is_total,
                "span": [amount.span.start, amount.span.end],
            })
        })
        .collect();
    let ministers: Vec<_> = extraction
        .ministers
        .iter()
        .map(|m| json!({"name": m.name, "title": m.title}))
        .collect();
    let names = |items: Vec<&String>| items.into_iter().cloned().collect::<Vec<String>>();
    json!({
        "file": file,
        "title": extraction.title,
        "published": extraction.published,
        "department": extraction.department,
        "amounts": amounts,
        "ministers": ministers,
        "agreements": names(extraction.agreements.iter().map(|a| &a.name).collect()),
        "regions": names(extraction.regions.iter().map(|r| &r.name).collect()),
        "organizations": names(extraction.organizations.iter().map(|o| &o.name).collect()),
        "people": extraction.people.iter().map(|p| json!({"name": p.name, "role": p.role})).collect::<Vec<_>>(),
    })
}

fn print_text(out: &mut impl Write, file: &str, extraction: &Extraction) -> std::io::Result<()> {
    writeln!(out, "{file}")?;
    let field = |name: &str, value: Option<&str>| format!("  {name:<13} {}", value.unwrap_or("-"));
    writeln!(out, "{}", field("title", extraction.title.as_deref()))?;
    writeln!(
        out,
        "{}",
        field("published", extraction.published.as_deref())
    )?;
    writeln!(
        out,
        "{}",
        field("department", extraction.department.as_deref())
    )?;
    for amount in &extraction.amounts {
        let mut line = format!(
            "  amount        {:<22} {}",
            format::signed(amount.sek, format::sek),
            amount.text
        );
        if let Some(region) = &amount.region {
            line.push_str(&format!("  → {region}"));
        }
        writeln!(out, "{line}")?;
    }
    for minister in &extraction.ministers {
        let title = minister.title.as_deref().unwrap_or("minister");
        writeln!(out, "  minister      {} ({title})", minister.name)?;
    }
    for agreement in &extraction.agreements {
        writeln!(out, "  agreement     {}", agreement.name)?;
    }
    let regions: Vec<&str> = extraction.regions.iter().map(|r| r.name.as_str()).collect();
    if !regions.is_empty() {
        writeln!(out, "  regions       {}", regions.join(", "))?;
    }
    let orgs: Vec<&str> = extraction
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    if !orgs.is_empty() {
        writeln!(out, "  organizations {}", orgs.join(", "))?;
    }
    writeln!(out)
}
