//! Compiles the Swedish word list (`data/sv_words.txt`) into a finite state machine once,
//! at build time. Hashing its 135 000 words at start-up was half of a small search's
//! whole process; the machine is read where it lies, in the binary.

use std::path::PathBuf;

const WORD_LIST: &str = "data/sv_words.txt";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed={WORD_LIST}");
    let list = std::fs::read_to_string(WORD_LIST)?;
    // The machine wants its keys sorted by byte and unique; the list is, but need not be.
    let mut words: Vec<&str> = list.lines().filter(|line| !line.is_empty()).collect();
    words.sort_unstable();
    words.dedup();
    let mut builder = tantivy_fst::MapBuilder::memory();
    for word in words {
        builder.insert(word, 0)?;
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    std::fs::write(out.join("sv_words.fst"), builder.into_inner()?)?;
    Ok(())
}
