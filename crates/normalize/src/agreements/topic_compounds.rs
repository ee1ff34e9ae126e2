//! Agreements named by a lower-case compound of their topic and the definite agreement
//! word, where the sentence that holds it names both the state's side and the regions'
//! or municipalities': "Enligt kvalitetsregisteröverenskommelsen för 2013 satsar staten
//! och landstingen …", "Regionen får mer i statsbidrag genom den nya
//! kvinnosjukvårdsöverenskommelsen". Regions' and SKR's releases call a yearly
//! agreement by its topic run into the word as often as by its full name; without the
//! two sides in its sentence such a compound may be anything ("partiöverenskommelsen",
//! a wage deal), and a capitalized compound is read by [`super::phrases::compounds`].

use super::agreed::{names_any, SECTOR};
use super::named::{is_political, names_both_sides};
use super::{compound_kind, Mention, Source};
use crate::entities::Span;
use crate::text::{
    alphanumeric_run_start, char_after, char_before, is_year, sentence_end, sentence_start,
};

/// The definite agreement word after its first letter, "[ö]verenskommelsen".
const DEFINITE_TAIL: &str = "verenskommelsen";

/// First parts of compounds that name no agreement of the state with the sector: deals
/// between parties on a policy field ("budgetöverenskommelsen mellan S och C",
/// "energiöverenskommelsen", "pensionsöverenskommelsen", "migrationsöverenskommelsen",
/// "försvarsöverenskommelsen") and a collective agreement's main part
/// ("huvudöverenskommelsen" with a union).
const NOT_AGREEMENT_STEMS: [&str; 6] = [
    "budget",
    "energi",
    "pensions",
    "migrations",
    "försvars",
    "huvud",
];

/// Fewest letters of a topic stem ("ram-" is a kind, and short stems are rarely topics).
const SHORTEST_STEM: usize = 4;

/// A state grant to the sector names the state's side of the money the agreement
/// gives ("Regionen får … i statsbidrag genom …").
const STATE_GRANT: &str = "statsbidrag";

/// Mentions of agreements named by such compounds, added to `out`; "verenskommelse"
/// stands at `agreement_words`. Read after every other reader: a compound whose topic
/// stem a name already in `out` holds ("sjukskrivningsöverenskommelsen" beside
/// "Överenskommelse om sjukskrivningsprocessen 2020") is that agreement's short form,
/// and a compound another reader has named is left to it.
pub(super) fn mentions<'t>(text: &'t str, agreement_words: &[usize], out: &mut Vec<Mention<'t>>) {
    let others = out.len();
    for &at in agreement_words {
        let Some(mention) = mention_at(text, at) else {
            continue;
        };
        let taken = out[..others]
            .iter()
            .any(|m| m.span.start < mention.span.end && mention.span.start < m.span.end);
        if taken || short_form_of_named(&out[..others], &mention) {
            continue;
        }
        out.push(mention);
    }
}

/// The mention of the compound whose "verenskommelse" stands at `at`, if it is one of
/// this module's: a lower-case stem of [`SHORTEST_STEM`] letters or more run into the
/// definite word, no kind of [`super::COMPOUND_KINDS`] nor of
/// [`NOT_AGREEMENT_STEMS`], and a sentence naming both sides. A year after the word,
/// bare or after "för", is part of the name ("kvalitetsregisteröverenskommelsen för
/// 2013").
fn mention_at(text: &str, at: usize) -> Option<Mention<'_>> {
    let lead_start = at.checked_sub('ö'.len_utf8())?;
    if char_before(text, at) != Some('ö') || !text[at..].starts_with(DEFINITE_TAIL) {
        return None;
    }
    let word_end = at + DEFINITE_TAIL.len();
    if char_after(text, word_end).is_some_and(char::is_alphanumeric)
        || compound_kind(text, lead_start).is_some()
    {
        return None;
    }
    let start = alphanumeric_run_start(text, lead_start);
    let stem = &text[start..lead_start];
    if stem.chars().count() < SHORTEST_STEM
        || !stem.starts_with(char::is_lowercase)
        || NOT_AGREEMENT_STEMS.contains(&stem)
        || is_political(&text[start..word_end])
    {
        return None;
    }
    let sentence = &text[sentence_start(text, start)..sentence_end(text, start)];
    let sides = names_both_sides(sentence)
        || (sentence.contains(STATE_GRANT) && names_any(sentence, SECTOR));
    if !sides {
        return None;
    }
    let end = word_end + dated(&text[word_end..]);
    Some(Mention::written(text, Span { start, end }, Source::Phrase))
}

/// Bytes of a year that `rest` opens with, " 2013" or " för 2013", where the year ends a
/// word; 0 otherwise.
fn dated(rest: &str) -> usize {
    let lead = [" för ", " "]
        .iter()
        .find(|l| rest.starts_with(*l))
        .map_or(0, |l| l.len());
    let closed = rest.get(lead..lead + 4).filter(|y| is_year(y)).is_some()
        && !rest[lead + 4..].starts_with(char::is_alphanumeric);
    if lead > 0 && closed {
        lead + 4
    } else {
        0
    }
}

/// True when a name in `named` holds the compound's topic stem, its joining "s" left
/// off ("sjukskrivning" of "sjukskrivningsöverenskommelsen" in "Överenskommelse om
/// sjukskrivningsprocessen"): the compound is that agreement's short form.
fn short_form_of_named(named: &[Mention], compound: &Mention) -> bool {
    let written = compound.name.rest;
    let stem = written.split("överenskommelse").next().unwrap_or(written);
    let stem = stem.strip_suffix('s').unwrap_or(stem);
    named.iter().any(|m| {
        let mut name = String::with_capacity(m.name.len());
        name.push_str(m.name.prefix);
        name.push_str(m.name.rest);
        name.to_lowercase().contains(stem)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_topic_compound_in_a_sentence_naming_both_sides() {
        assert_eq!(
            names("Genom tandhälsoöverenskommelsen för 2026 får regionerna 400 miljoner kronor från staten."),
            ["tandhälsoöverenskommelsen för 2026"]
        );
        assert_eq!(
            names("Landstinget får 12 miljoner kronor i statsbidrag ur den nya strokeöverenskommelsen."),
            ["strokeöverenskommelsen"]
        );
    }

    #[test]
    fn a_topic_compound_needs_both_sides_and_no_deal_between_parties() {
        // Neither side, or only one, in the sentence.
        assert!(names("Frågor om vaccinöverenskommelsen besvaras av vår jurist.").is_empty());
        assert!(names("Regionen följer upp strokeöverenskommelsen i höst.").is_empty());
        // A deal between parties, a wage deal and a month's deal.
        assert!(names(
            "Enligt budgetöverenskommelsen mellan regeringen och två partier får kommunerna mer."
        )
        .is_empty());
        assert!(
            names("SKR och staten berörs inte av huvudöverenskommelsen med facket.").is_empty()
        );
        assert!(names("Regeringen och kommunerna nämns i decemberöverenskommelsen.").is_empty());
    }

    #[test]
    fn a_topic_compound_is_the_short_form_of_an_agreement_named_in_full() {
        let text = "Staten och SKR har tecknat en överenskommelse om strokevård i glesbygd 2026. \
                    Genom strokeöverenskommelsen får regionerna 90 miljoner kronor från staten.";
        let found = names(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("Överenskommelse om strokevård"),
            "{found:?}"
        );
    }
}
