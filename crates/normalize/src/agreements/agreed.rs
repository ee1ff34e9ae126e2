//! Agreements told by their making rather than by the word "överenskommelse":
//! "Regeringen och SKR har i dag kommit överens om X", "staten och regionerna enades om
//! X" (and, in `contracts.rs`, "ett avtal med SKR om X"). Only where the sentence names
//! both the state (the government) and the regions' or municipalities' side: two
//! parties or two firms that agree on something make no such agreement.

use super::phrases::topic_after;
use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::text::{char_before, is_word_char, sentence_start};

/// The verb phrases that end in the topic agreed on. All end in [`AGREED_END`], which
/// one search finds; the words before it are then compared. The space after "om" is
/// read by hand, as a relative clause may end on "om" ("…, som regeringen och SKR kommit
/// överens om.").
const AGREED: [&str; 3] = ["överens om", "enats om", "enades om"];
/// The end every phrase of [`AGREED`] shares.
pub(super) const AGREED_END: &str = "s om";

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
    // A county council by its name before the regions ("Jämtlands läns landsting").
    " läns landsting",
];

/// The indefinite plurals of [`SECTOR`]'s words, naming several regions or
/// municipalities after a number ("de sju landsting och regioner som …", "fyra
/// kommuner"; "regioner" also stands in "regionerna"; the bare "landsting" is also the
/// singular). Read only where a contract's parties are weighed, so that the many
/// searches for [`SECTOR`] stay as short.
pub(super) const SECTOR_INDEFINITE_PLURALS: &[&str] = &["regioner", "kommuner"];

/// Mentions of agreements told by their making ("kommit överens om X"), added to `out`;
/// [`AGREED_END`] stands at `ends`.
pub(super) fn mentions<'t>(text: &'t str, ends: &[usize], out: &mut Vec<Mention<'t>>) {
    let bytes = text.as_bytes();
    for &s_om in ends {
        let om_end = s_om + AGREED_END.len();
        let Some(phrase) = AGREED.iter().find(|p| text[..om_end].ends_with(*p)) else {
            continue;
        };
        let at = om_end - phrase.len();
        if char_before(text, at).is_some_and(is_word_char) {
            continue;
        }
        let head = &text[sentence_start(text, at)..at];
        if let Some(antecedent) = relative_antecedent(text, head, om_end) {
            push_antecedent(text, antecedent, out);
        } else if bytes.get(om_end) == Some(&b' ')
            && names_any(head, STATE)
            && names_any(head, SECTOR)
        {
            push(text, at, om_end + 1, AgreementKind::Agreed, out);
        }
    }
}

/// Where the thing agreed on starts when the verb phrase ends a relative clause whose
/// subject is the state and the sector: "Pengarna kommer från satsningen på X, som
/// regeringen och SKR har kommit överens om för 2024." names the agreement by "satsningen
/// på X", the noun phrase before ", som", read from the last preposition before it ("från",
/// "ur", "genom", "enligt", "inom") or from the sentence's start. Only where nothing but
/// a year or the sentence's end follows "om": a topic after it is read as usual.
/// `head` is the sentence up to the verb phrase, `om_end` where "om" ends.
fn relative_antecedent(text: &str, head: &str, om_end: usize) -> Option<usize> {
    let after = text.get(om_end..)?;
    let closes = after.starts_with(['.', ',', ';', '!', '?', '\n'])
        || after
            .strip_prefix(" för ")
            .is_some_and(|year| year.starts_with(|c: char| c.is_ascii_digit()));
    if !closes {
        return None;
    }
    let comma = head.rfind(RELATIVE)?;
    let subject = &head[comma + RELATIVE.len()..];
    if !(names_any(subject, STATE) && names_any(subject, SECTOR)) {
        return None;
    }
    let before = &head[..comma];
    let start = SOURCE_PREPOSITIONS
        .iter()
        .filter_map(|p| before.rfind(p).map(|i| i + p.len()))
        .max()
        .unwrap_or(0);
    let head_start = head.as_ptr() as usize - text.as_ptr() as usize;
    Some(head_start + start)
}

/// The agreement named by the noun phrase at `start` that a relative clause speaks of,
/// when the phrase runs to the clause's comma and holds more than one word: a verbal noun
/// ("satsningen på X") names it there, as after "överens om" it would not, but a bare
/// "satsningen" or "pengarna" refers back.
fn push_antecedent<'t>(text: &'t str, start: usize, out: &mut Vec<Mention<'t>>) {
    let Some(topic) = topic_after(text, start) else {
        return;
    };
    let end = start + topic.len();
    let whole = text
        .get(end..)
        .is_some_and(|rest| rest.starts_with(RELATIVE));
    if !whole || !topic.contains(' ') || topic.contains("verenskommelse") {
        return;
    }
    out.push(Mention {
        name: Name::agreement(topic),
        span: Span { start, end },
        source: Source::Agreed,
    });
}

/// What opens a relative clause on the noun phrase before it.
const RELATIVE: &str = ", som ";

/// Prepositions that bring in where money or a task comes from ("pengarna kommer från
/// …", "medel ur …", "finansieras genom …"): the noun phrase after the last of them is
/// what a relative clause after it speaks of.
const SOURCE_PREPOSITIONS: [&str; 5] = [" från ", " ur ", " genom ", " enligt ", " inom "];

#[derive(Clone, Copy)]
pub(super) enum AgreementKind {
    /// "kommit överens om X": an agreement.
    Agreed,
    /// "avtal med SKR om X", "ett samverkansavtal om X": a contract, reported with
    /// this prefix.
    Contract(&'static str),
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
pub(super) fn push<'t>(
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
            AgreementKind::Contract(prefix) => Name {
                prefix,
                rest: topic,
            },
        },
        span: Span {
            start,
            end: topic_start + topic.len(),
        },
        source: match kind {
            AgreementKind::Agreed => Source::Agreed,
            AgreementKind::Contract(_) => Source::Phrase,
        },
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
    fn a_relative_clause_names_the_agreement_by_the_noun_phrase_before_it() {
        assert_eq!(
            names("Medlen kommer från satsningen på en jämlik strokevård, som staten och SKR har kommit överens om för 2025. Mer följer."),
            ["Överenskommelse om satsningen på en jämlik strokevård"]
        );
        assert_eq!(
            names("Kommunen får pengar genom arbetet med tidiga insatser i skolan, som regeringen och Sveriges Kommuner och Regioner enades om."),
            ["Överenskommelse om arbetet med tidiga insatser i skolan"]
        );
        // The subject of the clause must be the state and the sector.
        assert!(names(
            "Pengarna kommer från satsningen på fler poliser, som partierna har kommit överens om."
        )
        .is_empty());
        // A bare noun refers back; a topic after "om" is read as the topic.
        assert!(names("Det gäller pengarna, som regeringen och SKR kommit överens om.").is_empty());
        assert_eq!(
            names("Regionen följer satsningen, som regeringen och SKR har kommit överens om en ny modell för stroke."),
            ["Överenskommelse om en ny modell för stroke"]
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
}
