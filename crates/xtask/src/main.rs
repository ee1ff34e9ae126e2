//! `cargo run -p xtask -- gen-corpus --docs N --seed S --out DIR`

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: xtask gen-corpus --docs N [--seed S] --out DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, options)) = args.split_first() else {
        return Err("no task given".to_string());
    };
    if command != "gen-corpus" {
        return Err(format!("unknown task {command:?}"));
    }
    let (mut docs, mut seed, mut out) = (None, 1u64, None);
    let mut options = options.iter();
    while let Some(option) = options.next() {
        let value = options
            .next()
            .ok_or_else(|| format!("{option} needs a value"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|err| format!("{option} {value}: {err}"))
        };
        match option.as_str() {
            "--docs" => docs = Some(number()?),
            "--seed" => seed = number()?,
            "--out" => out = Some(PathBuf::from(value)),
            other => return Err(format!("unknown option {other}")),
        }
    }
    let docs = docs.ok_or("--docs is required")?;
    let out = out.ok_or("--out is required")?;
    let written = xtask::write_corpus(&out, docs, seed)
        .map_err(|err| format!("writing {}: {err}", out.display()))?;
    eprintln!(
        "wrote {} releases ({:.1} MB) to {}, truth in {}",
        written.releases,
        written.bytes as f64 / 1e6,
        out.display(),
        xtask::truth_path(&out).display()
    );
    Ok(())
}
