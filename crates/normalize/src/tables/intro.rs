//! A list of sums whose unit no line states: "Så fördelas pengarna:" above rows of whole
//! kronor ("Umeå kommun 1 100 000"). A line that introduces the rows by naming money
//! heads them in kronor, if every figure is large enough to be whole kronor.

use crate::text::{lowercase, trim};

/// Longest introducing line.
const MAX_INTRO_LEN: usize = 80;

/// Word stems that name money handed out ("pengarna", "medlen", "bidragen", "stödet",
/// "fördelas", "beviljas").
const MONEY_STEMS: &[&str] = &[
    "pengar",
    "medel",
    "medlen",
    "bidrag",
    "stöd",
    "fördelning",
    "fördelas",
    "anslag",
    "belopp",
    "beviljas",
    "beviljat",
    "tilldelas",
];

/// The smallest figure read as whole kronor under such a line: grants to a body are
/// thousands of kronor at least, while "12,5" in a list means millions stated elsewhere.
pub(super) const SMALLEST_IMPLIED_KRONOR: u64 = 1_000;

/// True for a short line ending in ":" that names money and holds no figure.
pub(super) fn introduces_kronor(line: &str) -> bool {
    let trimmed = trim(line);
    if trimmed.len() > MAX_INTRO_LEN
        || !trimmed.ends_with(':')
        || trimmed.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    lowercase(trimmed)
        .split(|c: char| !c.is_alphabetic())
        .any(|w| MONEY_STEMS.iter().any(|s| w.starts_with(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_introduce_money() {
        assert!(introduces_kronor("Så fördelas pengarna:"));
        assert!(introduces_kronor("Följande kommuner beviljas bidrag:"));
        assert!(introduces_kronor("Fördelningen per kommun:"));
        assert!(!introduces_kronor("Följande kommuner deltar:"));
        assert!(!introduces_kronor("Så fördelas pengarna 2022:"));
        assert!(!introduces_kronor("Så fördelas pengarna."));
    }
}
