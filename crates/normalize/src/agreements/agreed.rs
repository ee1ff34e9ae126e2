//! Agreements told by their making rather than by the word "överenskommelse":
//! "Regeringen och SKR har i dag kommit överens om X", "staten och regionerna enades om
//! X", "ett avtal med SKR om X". Only where the sentence names both the state (the
//! government) and the regions' or municipalities' side: two parties or two firms that
//! agree on something make no such agreement.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::phrases::topic_after;
use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::text::{char_before, is_word_char, sentence_start};

/// The verb phrases that end in the topic agreed on. All end in "s om ", which one
/// search finds; the words before it are then compared.
const AGREED: [&str; 3] = ["överens om ", "enats om ", "enades om "];
static S_OM: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("s om "));

/// Words naming the state's side: the government, or Trafikverket, which signs the
/// state's agreements on roads and railways with regions and municipalities (co-financing,
/// urban environment agreements).
pub(super) const STATE: &[&str] = &["egeringen", "Staten", "staten", "Trafikverket"];

/// Words naming the other side: the association of municipalities and regions, or the
/// regions and municipalities themselves, together or one of them.
pub(super) const SECTOR: &[&str] = &[
    "SKR",
    "SKL",
    "Sveriges Kommuner och",
    "regionerna",
    "Regionerna",
    "landstingen",
    "Landstingen",
    "kommunerna",
    "Kommunerna",
    "Region ",
    "landstinget",
    "Landstinget",
    "regionen",
    "Regionen",
    "kommunen",
    "Kommunen",
    // A municipality by its name ("Malmö stad", "Gävle kommun").
    " stad",
    " Stad",
    " kommun",
];

/// Most bytes between "avtal" and the "om" before its topic (the parties).
const LONGEST_PARTIES: usize = 80;

/// What "Avtal med SKR om X" is reported as.
const CONTRACT_PREFIX: &str = "Avtal om ";

/// Mentions of agreements told by their making, added to `out`. "avtal", "Avtal",
/// "avtalet" and "Avtalet", followed by their parties and "om", are looked for where
/// "vtal" stands (`vtal`).
pub(super) fn mentions<'t>(text: &'t str, vtal: &[usize], out: &mut Vec<Mention<'t>>) {
    let bytes = text.as_bytes();
    for s_om in S_OM.find_iter(bytes) {
        let end = s_om + "s om ".len();
        let Some(phrase) = AGREED.iter().find(|p| text[..end].ends_with(*p)) else {
            continue;
        };
        let at = end - phrase.len();
        if char_before(text, at).is_some_and(is_word_char) {
            continue;
        }
        let head = &text[sentence_start(text, at)..at];
        if names_any(head, STATE) && names_any(head, SECTOR) {
            push(text, at, end, AgreementKind::Agreed, out);
        }
    }
    for &vtal in vtal {
        let Some(at) = vtal.checked_sub(1) else {
            continue;
        };
        if !matches!(bytes[at], b'a' | b'A')
            || char_before(text, at).is_some_and(char::is_alphabetic)
        {
            continue;
        }
        let Some(om) = contract_topic_start(text, vtal + "vtal".len()) else {
            continue;
        };
        let head = &text[sentence_start(text, at)..om];
        if names_any(head, STATE) && names_any(head, SECTOR) {
            push(text, at, om, AgreementKind::Contract, out);
        }
    }
}

#[derive(Clone, Copy)]
enum AgreementKind {
    /// "kommit överens om X": an agreement.
    Agreed,
    /// "avtal med SKR om X".
    Contract,
}

/// Where the topic of "avtal[et] med|mellan PARTIES om " or "avtal[et] om " starts,
/// `after` being the end of "avtal". Without parties after the word, they are the
/// sentence's subject ("Malmö stad och Trafikverket har tecknat ett avtal om …").
fn contract_topic_start(text: &str, after: usize) -> Option<usize> {
    let rest = text.get(after..)?;
    let definite = rest.starts_with("et");
    let rest = rest.strip_prefix("et").unwrap_or(rest);
    if rest.starts_with(" om ") {
        // One contract: "ett (nytt) avtal om", "avtalet om". "flera avtal om pengar"
        // tells what several are about and names none.
        let word_start = after - "avtal".len();
        let one = definite
            || text[..word_start]
                .split_whitespace()
                .rev()
                .find(|w| *w != "nytt")
                .is_some_and(|w| w == "ett");
        return one.then(|| text.len() - rest.len() + " om ".len());
    }
    let parties = rest
        .strip_prefix(" med ")
        .or_else(|| rest.strip_prefix(" mellan "))?;
    let window_end = parties
        .char_indices()
        .nth(LONGEST_PARTIES)
        .map_or(parties.len(), |(i, _)| i);
    let window = &parties[..window_end];
    let om = window.find(" om ")?;
    if window[..om].contains(['.', '\n', ',', ';']) {
        return None;
    }
    Some(text.len() - parties.len() + om + " om ".len())
}

pub(super) fn names_any(head: &str, words: &[&str]) -> bool {
    words.iter().any(|w| head.contains(w))
}

/// First words of a topic after "överens om" that say which sums were settled, not
/// what agreement was made: "överens om årets statsbidrag", "om statsbidragen för 2024",
/// "om medlen till …". The named agreements, if any, follow in their own words.
const SETTLED_SUMS: &[&str] = &[
    "årets",
    "nästa",
    "statsbidragen",
    "statsbidraget",
    "medlen",
    "pengarna",
    "ersättningen",
    "beloppen",
    "beloppet",
    "nivån",
];

/// The mention starting at `start` whose topic starts at `topic_start`, unless the
/// topic is a clause ("om att förlänga …"), an agreement named otherwise ("om en ny
/// överenskommelse om …", which the phrase rule reads), or, after "överens om", a
/// verbal noun in the definite form: "överens om fördelningen av medlen" says what was
/// settled about an agreement, it does not name one.
fn push<'t>(
    text: &'t str,
    start: usize,
    topic_start: usize,
    kind: AgreementKind,
    out: &mut Vec<Mention<'t>>,
) {
    let Some(topic) = topic_after(text, topic_start) else {
        return;
    };
    if topic.contains("verenskommelse") || topic.contains("avtal") {
        return;
    }
    let first_word = topic.split(' ').next().unwrap_or_default();
    if matches!(kind, AgreementKind::Agreed)
        && (first_word.ends_with("ingen") || SETTLED_SUMS.contains(&first_word))
    {
        return;
    }
    out.push(Mention {
        name: match kind {
            AgreementKind::Agreed => Name::agreement(topic),
            AgreementKind::Contract => Name {
                prefix: CONTRACT_PREFIX,
                rest: topic,
            },
        },
        span: Span {
            start,
            end: topic_start + topic.len(),
        },
        source: Source::Phrase,
    });
}

#[cfg(test)]
mod tests {
    use super::super::find;

    fn names(text: &str) -> Vec<String> {
        find(text).into_iter().map(|a| a.name).collect()
    }

    #[test]
    fn the_state_and_the_sector_agree_on_a_topic() {
        assert_eq!(
            names("Regeringen och SKR har i dag kommit överens om en satsning på psykisk hälsa."),
            ["Överenskommelse om en satsning på psykisk hälsa"]
        );
        assert_eq!(
            names(
                "Staten och regionerna enades i går om stöd till barnhälsovården, och det är bra."
            ),
            Vec::<String>::new(),
            "the topic must follow the verb"
        );
        assert_eq!(
            names("Staten och regionerna enades om stöd till barnhälsovården 2022."),
            ["Överenskommelse om stöd till barnhälsovården"]
        );
        assert_eq!(
            names("Regeringen och SKL är överens om fortsatt satsning på förlossningsvården. Överenskommelsen omfattar 1 miljard kronor."),
            ["Överenskommelse om fortsatt satsning på förlossningsvården"]
        );
    }

    #[test]
    fn parties_and_clauses_make_no_agreement() {
        // Political parties, or firms, agreeing.
        assert!(names("Partierna är överens om en ny energipolitik.").is_empty());
        assert!(names("SKR och Vårdförbundet har kommit överens om nya löner.").is_empty());
        // A clause is what was agreed, not the agreement's name.
        assert!(
            names("Regeringen och SKR har kommit överens om att förlänga satsningen.").is_empty()
        );
        assert!(names("Staten och regionerna är överens om hur pengarna ska fördelas.").is_empty());
        // What was settled about the money, not a named agreement.
        assert!(names(
            "Regeringen och SKL har kommit överens om inriktningen av stödet till barnhälsovården."
        )
        .is_empty());
        assert!(
            names("Staten och SKR har kommit överens om årets statsbidrag till vården.").is_empty()
        );
        assert!(
            names("Regeringen och regionerna är överens om medlen till ambulansvården.").is_empty()
        );
        // The agreement word itself is read by the phrase rule, once.
        assert_eq!(
            names("Regeringen och SKR har kommit överens om en överenskommelse om ökad tillgänglighet i vården."),
            ["Överenskommelse om ökad tillgänglighet i vården"]
        );
    }

    #[test]
    fn a_contract_with_the_sector() {
        assert_eq!(
            names("Regeringen har ingått ett avtal med SKR om nationell cancerstrategi."),
            ["Avtal om nationell cancerstrategi"]
        );
        assert_eq!(
            names("Avtalet mellan staten och Sveriges Kommuner och Regioner om vaccination gäller i år."),
            ["Avtal om vaccination"]
        );
        assert!(names("Kommunen har tecknat kollektivavtal med facket om löner.").is_empty());
        assert!(names("Bolaget har ett avtal med Region Skåne om städning.").is_empty());
    }

    #[test]
    fn a_contract_whose_parties_are_the_subject() {
        assert_eq!(
            names("Trafikverket och Umeå kommun har tecknat ett avtal om medfinansiering av en ny bro över älven."),
            ["Avtal om medfinansiering av en ny bro över älven"]
        );
        assert_eq!(
            names("Staten och Region Gotland har slutit ett nytt avtal om färjetrafiken 2026."),
            ["Avtal om färjetrafiken"]
        );
        assert!(
            names("Regeringen och SKR har slutit flera avtal om pengar till regionerna.")
                .is_empty()
        );
        // Without the state's side, a contract is the parties' own business.
        assert!(names("Umeå kommun och Skanska har tecknat ett avtal om bygget.").is_empty());
        assert!(names("Region Gotland har slutit avtal om städning med Kommunal.").is_empty());
    }
}
