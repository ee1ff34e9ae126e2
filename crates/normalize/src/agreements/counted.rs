//! Agreements counted and then listed by their topics after a colon: "har träffat två
//! överenskommelser: om ökad tillgänglighet i vården och om läkemedelsförmånerna".

use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::text::{char_before, lowercase, sentence_end};

/// Numerals that count the agreements before the colon, two to five; the list after it
/// must hold as many topics.
const COUNTS: [&str; 4] = ["två", "tre", "fyra", "fem"];

/// What follows "ö" in the plural noun, the colon and the first topic's "om".
const COUNTED_TAIL: &str = "verenskommelser: om ";

/// What joins the topics of the list: each repeats its "om".
const TOPIC_JOINERS: [&str; 2] = [" och om ", ", om "];

/// Mentions of the agreements of a counted list at `agreement_words` (where
/// "verenskommelse" stands), added to `out`: one "Överenskommelse om X" per topic,
/// where the numeral before the noun and the number of topics agree.
pub(super) fn mentions<'t>(text: &'t str, agreement_words: &[usize], out: &mut Vec<Mention<'t>>) {
    for &at in agreement_words {
        if !text[at..].starts_with(COUNTED_TAIL) || char_before(text, at) != Some('ö') {
            continue;
        }
        let noun_start = at - 'ö'.len_utf8();
        // COUNTS starts at two.
        let Some(count) = text[..noun_start]
            .strip_suffix(' ')
            .and_then(|head| head.rsplit(' ').next())
            .and_then(|word| COUNTS.iter().position(|c| *c == lowercase(word)))
            .map(|index| index + 2)
        else {
            continue;
        };
        let list_start = at + COUNTED_TAIL.len();
        let list_end = sentence_end(text, list_start);
        let list = text[list_start..list_end].trim_end_matches(['.', '!', '?']);
        let topics = split_topics(list);
        if topics.len() != count || topics.iter().any(|t| t.is_empty()) {
            continue;
        }
        for topic in topics {
            // A slice of `list`, which is a slice of `text`.
            let start = topic.as_ptr() as usize - text.as_ptr() as usize;
            out.push(Mention {
                name: Name::agreement(topic),
                span: Span {
                    start,
                    end: start + topic.len(),
                },
                source: Source::Phrase,
            });
        }
    }
}

/// The topics of `list`, parted at each of [`TOPIC_JOINERS`].
fn split_topics(list: &str) -> Vec<&str> {
    let mut topics = Vec::new();
    let mut rest = list;
    while let Some((i, joiner)) = TOPIC_JOINERS
        .iter()
        .filter_map(|j| rest.find(j).map(|i| (i, j.len())))
        .min()
    {
        topics.push(rest[..i].trim());
        rest = &rest[i + joiner..];
    }
    topics.push(rest.trim());
    topics
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn counted_agreements_listed_by_topic() {
        assert_eq!(
            names("Staten och SKR har tecknat två överenskommelser: om kortare väntetider i akuten och om stärkt elevhälsa."),
            [
                "Överenskommelse om kortare väntetider i akuten",
                "Överenskommelse om stärkt elevhälsa"
            ]
        );
        assert_eq!(
            names("Parterna slöt tre överenskommelser: om förlossningsvård, om cancervård och om psykisk hälsa 2025."),
            [
                "Överenskommelse om förlossningsvård",
                "Överenskommelse om cancervård",
                "Överenskommelse om psykisk hälsa 2025"
            ]
        );
        // The count and the list disagree: the list is read no further.
        assert!(names("Det finns två överenskommelser: om vården.").is_empty());
    }
}
