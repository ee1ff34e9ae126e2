//! `pressarkiv index`: bring the index up to date with the corpus, once.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::sync::Syncer;
use crate::{progress, Global, Limits, EXIT_SOME_FILES_FAILED};

pub fn run(global: &Global, limits: &Limits) -> Result<ExitCode> {
    let start = Instant::now();
    let archive = super::open_for_writing(global)?;
    let mut syncer =
        Syncer::new(&global.corpus, &archive)?.with_load_options(limits.load_options()?);
    let bar = progress::bar(0, global.quiet);
    let mut summary = syncer.reconcile(&bar)?;
    summary.add(&syncer.retry_incomplete(&bar)?);
    bar.finish_and_clear();
    syncer.commit()?;
    syncer.finish().context("finishing the index")?;
    if !global.quiet {
        println!("{}", summary.report(start.elapsed()));
    }
    Ok(if summary.failed > 0 {
        ExitCode::from(EXIT_SOME_FILES_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}
