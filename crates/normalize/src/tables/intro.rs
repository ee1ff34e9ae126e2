//! A list of sums whose unit no line states: "Så fördelas pengarna:" above rows of whole
//! kronor ("Umeå kommun 1 100 000"). A line that introduces the rows by naming money
//! heads them in kronor, if every figure is large enough to be whole kronor; so does a
//! caption naming money above a header that labels a column for money ("Utbetalda bidrag
//! 2019" above "Förening   Belopp").

use crate::text::{is_year, lowercase, trim};

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

/// The smallest figure read as whole kronor in a column labelled for money under a
/// caption naming money ([`captions_kronor`]): such a table of grants in whole kronor
/// lists sums of tens of thousands at least ("450 000"), while "Län   Anslag" over
/// "Halland   4 250" is a table in thousands whose unit was lost in the copy.
pub(super) const SMALLEST_LABELLED_KRONOR: u64 = 10_000;

/// True for a short line ending in ":" that names money and holds no figure.
pub(super) fn introduces_kronor(line: &str) -> bool {
    let trimmed = trim(line);
    if trimmed.len() > MAX_INTRO_LEN
        || !trimmed.ends_with(':')
        || trimmed.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    names_money(trimmed)
}

/// True for a table's caption that names money handed out and states no unit, dated by a
/// year or not ("Beviljade bidrag 2020", "Fördelade medel"): a short phrase, no sentence,
/// no figure but a year. Above a header labelling a column for money ("Organisation
/// Belopp"), its rows are whole kronor.
pub(super) fn captions_kronor(line: &str) -> bool {
    let trimmed = trim(line);
    trimmed.len() <= MAX_INTRO_LEN
        && !trimmed.ends_with(['.', '!', '?'])
        && trimmed
            .split(' ')
            .all(|w| is_year(w) || !w.bytes().any(|b| b.is_ascii_digit()))
        && names_money(trimmed)
}

/// True when a word of `line` starts with one of [`MONEY_STEMS`].
fn names_money(line: &str) -> bool {
    lowercase(line)
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

    #[test]
    fn captions_that_name_money() {
        assert!(captions_kronor("Utbetalda bidrag 2019"));
        assert!(captions_kronor("Fördelade medel per förening"));
        assert!(!captions_kronor("Föreningar som deltar 2019"));
        assert!(!captions_kronor("Bidragen betalas ut i april."));
        assert!(!captions_kronor("Bidrag till 12 föreningar"));
    }
}
