//! Agreements named in running text: "en överenskommelse om …", "överenskommelsen för
//! 2022 med SKR om …".

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;

use super::agreed::{names_any, SECTOR, STATE};
use super::contracts::public_parties;
use super::enders::{cut_name, without_headline_predicate, NAME_ENDER_SET, PROSE_ENDER_SET};
use super::headings::LONGEST_HEADING_WITHOUT_COLON;
use super::merge::is_plural;
use super::named::is_political as is_political_deal;
use super::{compound_kind, Mention, Name, Source};
use crate::entities::Span;
use crate::text::{alphanumeric_run_start, char_before, compile, is_whole_word};

/// "överenskommelse(n) [för 2022] [med SKR | mellan staten och Sveriges Kommuner och
/// Regioner (SKR)] om " or "… inom området " (or another word that brings in the topic,
/// [`TOPIC_WORDS`]), anchored: it is tried only where
/// [`phrase_matches`] finds the word, since a search for the pattern itself would check
/// every " om " in the text. The parties are names (capitalized words, an abbreviation in
/// brackets and "och", and the lower-case words of the names of public bodies:
/// "Länsstyrelsen i Västerbottens län", "Umeå kommun") or the
/// words for the state and the sectors, at most [`PARTY_WORDS`] of them, or several
/// regions or municipalities named as a group ([`SECTOR_GROUP`]). A hard-wrapped text may
/// break the line before "med", between the parties' words or before the topic word
/// ("med Region\nHalland om") or right after it, before the topic on the next line,
/// indented as a list item's wrapped line is ([`wrap_after_om`]), so a line break joins
/// them as a space does.
static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    let party = format!(
        r"(?:\p{{Lu}}[\p{{L}}-]*|\([A-ZÅÄÖ]{{2,}}\)|och|i|län|kommun|stad|staten|regeringen|regionerna|kommunerna|landstingen|{SECTOR_GROUP})"
    );
    compile(&format!(
        r"^[ÖöOo]verenskommelse(?:n|r|rna)?(?: för (?:år )?\d{{4}})?(?:[ \n](?:med|mellan)[ \n]{party}(?:[ \n]{party}){{0,{}}})?[ \n](?:om|inom området|som rör|kring|avseende|gällande|rörande)(?: |\n[ \t]*)",
        PARTY_WORDS - 1
    ))
});

/// Several regions or municipalities named as a group, by a determiner, at most one word
/// (their number: "tio", "21") and an indefinite or definite plural: "länets tio
/// kommuner", "de fyra regionerna", "samtliga landsting", "alla kommuner". An agreement
/// "med" or "mellan" them is one between public bodies, as with each named.
const SECTOR_GROUP: &str = r"(?:de|länets|alla|samtliga)(?:[ \n](?:\p{Ll}+|\d+))?[ \n](?:kommuner|kommunerna|regioner|regionerna|landsting|landstingen)";

/// Most words the parties to an agreement take ("staten och Sveriges Kommuner och
/// Regioner" has six).
const PARTY_WORDS: usize = 8;

/// A phrase "överenskommelsen om satsningen" refers back; it names no agreement.
const ANAPHORA: &[&str] = &[
    "satsningen",
    "detta",
    "det",
    "dessa",
    "denna",
    "den",
    "medlen",
    "pengarna",
    "arbetet",
    "fördelningen",
];

/// Words that open a clause saying what was agreed, not an agreement's name ("om att
/// förlänga …", "om hur medlen ska användas").
const CLAUSE_WORDS: &[&str] = &[
    "att", "hur", "vad", "vilka", "vilken", "vilket", "när", "huruvida",
];

/// Words that alone name what any agreement is about, so no agreement in particular
/// ("en överenskommelse om insatser med anledning av …").
const GENERIC_TOPICS: &[&str] = &[
    "insatser",
    "stöd",
    "medel",
    "åtgärder",
    "bidrag",
    "ersättning",
];

/// Phrases around `agreement_words`, where "verenskommelse" occurs.
pub(super) fn phrases<'t>(text: &'t str, agreement_words: &[usize], out: &mut Vec<Mention<'t>>) {
    for (m_start, m_end, prefix) in phrase_matches(text, agreement_words) {
        if !is_whole_word(text, m_start, m_end - 1) || hyphenated_with_topic(text, m_start) {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..m_start]).map_or(0, |i| i + 1);
        if text[line_start..m_start].trim().is_empty() && is_heading(text, m_start, out) {
            continue;
        }
        if is_political(text, line_start, m_start, m_end) || after_same(text, m_start) {
            continue;
        }
        let topic = amended_by_year(text, m_end, prefix)
            .or_else(|| topic_after(text, m_end))
            .or_else(|| {
                concluded_before(text, line_start, m_start)
                    .then(|| topic_with(text, m_end, Clause::Att))
                    .flatten()
            });
        // An amendment's topic is the agreement it amends, named in full.
        let Some(topic) = topic.map(|t| {
            if prefix == super::AMENDMENT_PREFIX {
                t
            } else {
                before_next_agreement(t)
            }
        }) else {
            continue;
        };
        let topic = if is_genitive(text, m_start) {
            without_possessed_noun(topic)
        } else {
            topic
        };
        if topic.is_empty() {
            continue;
        }
        let (topic, second) = if is_plural(text, m_start) {
            each_respectively(topic)
        } else {
            (topic, None)
        };
        out.push(Mention {
            name: Name::of_kind(prefix, topic),
            span: Span {
                start: m_start,
                end: m_end + topic.len(),
            },
            source: Source::Phrase,
        });
        if is_plural(text, m_start) && second.is_none() {
            each_listed_after(text, m_end + topic.len(), prefix, out);
        }
        if let Some(second) = second {
            // A slice of the topic, which is a slice of `text`.
            let start = second.as_ptr() as usize - text.as_ptr() as usize;
            out.push(Mention {
                name: Name::of_kind(prefix, second),
                span: Span {
                    start,
                    end: start + second.len(),
                },
                source: Source::Phrase,
            });
        }
    }
}

/// What opens each further topic of a list after a plural phrase: "överenskommelserna
/// om X 2025, om Y 2025 och om Z 2025", and "respektive", which pairs each agreement with
/// its own topic ("överenskommelserna om X 2011 respektive om Y 2011").
const LISTED_TOPIC_JOINERS: [&str; 3] = [", om ", " och om ", " respektive om "];

/// Most agreements one list after a plural phrase names besides its first.
const MOST_LISTED: usize = 6;

/// "överenskommelserna om X 2025, om Y 2025 och om Z 2025": after a plural phrase's
/// first topic, ending at `at`, each further topic that the list opens with its own "om"
/// names one more agreement of the same kind. A year closing a topic is skipped to reach
/// the joiner; a list without "om" before each item ("om X och Y") is one topic.
fn each_listed_after<'t>(
    text: &'t str,
    mut at: usize,
    prefix: &'static str,
    out: &mut Vec<Mention<'t>>,
) {
    for _ in 0..MOST_LISTED {
        let Some(rest) = text.get(at..) else { return };
        let year = rest
            .strip_prefix(' ')
            .and_then(|r| r.get(..4))
            .filter(|y| crate::text::is_year(y))
            .map_or(0, |y| 1 + y.len());
        let Some(joiner) = LISTED_TOPIC_JOINERS
            .iter()
            .find(|j| rest.get(year..).is_some_and(|r| r.starts_with(*j)))
        else {
            return;
        };
        let start = at + year + joiner.len();
        let Some(topic) = topic_after(text, start).map(before_next_agreement) else {
            return;
        };
        if topic.is_empty() {
            return;
        }
        out.push(Mention {
            name: Name::of_kind(prefix, topic),
            span: Span {
                start,
                end: start + topic.len(),
            },
            source: Source::Phrase,
        });
        at = start + topic.len();
    }
}

/// The topic of an amendment ([`super::AMENDMENT_PREFIX`]) that names the agreement it
/// amends by its year ("ändringsöverenskommelse avseende 2020 års överenskommelse om X"):
/// the year and the amended agreement's name, which [`topic_after`] would end at the
/// year's digits. `None` for any other phrase or topic.
fn amended_by_year<'t>(text: &'t str, at: usize, prefix: &str) -> Option<&'t str> {
    if prefix != super::AMENDMENT_PREFIX {
        return None;
    }
    let rest = text.get(at..)?;
    let year = rest.get(..4).filter(|y| crate::text::is_year(y))?;
    let lead = year.len()
        + rest[year.len()..]
            .strip_prefix(" års ")
            .map(|_| " års ".len())?;
    let topic = topic_after(text, at + lead)?;
    text.get(at..at + lead + topic.len())
}

/// The word that pairs each of several agreements with its own topic: "de två
/// överenskommelserna om X respektive Y" names one agreement on X and one on Y.
const RESPECTIVELY: &str = " respektive ";

/// The topics of a plural phrase ([`RESPECTIVELY`]): the first, and the second where
/// the word joins two; a second topic that repeats the phrase's "om" ("om X respektive om
/// Y") is named without it.
fn each_respectively(topic: &str) -> (&str, Option<&str>) {
    match topic.split_once(RESPECTIVELY) {
        Some((first, second)) if !first.is_empty() && !second.trim().is_empty() => {
            let second = second.trim();
            (first, Some(second.strip_prefix("om ").unwrap_or(second)))
        }
        _ => (topic, None),
    }
}

/// Agreements named by a compound of a proper name and the agreement word: a
/// capitalized name or abbreviation and a hyphen ("PRIO-överenskommelsen"), or a name
/// run into the word ("Dagmaröverenskommelsen"), at `agreement_words`. A run-in
/// compound is a proper name where the text writes it with its capital inside a
/// sentence ("årets Dagmaröverenskommelse"); at a sentence's start the capital says
/// nothing ("Psykiatriöverenskommelsen omfattar …"), and the kinds of
/// [`super::COMPOUND_KINDS`] are read as phrases. A year right after the name is part
/// of it ("Dagmaröverenskommelsen 2005"). A deal between parties named after a month
/// ("sedan Decemberöverenskommelsen slöts") is no agreement ([`is_political_deal`]).
pub(super) fn compounds<'t>(text: &'t str, agreement_words: &[usize], out: &mut Vec<Mention<'t>>) {
    // (start, end) of each run-in compound, and whether one of them stands inside a
    // sentence; names with the same first part are one name.
    let mut run_in: Vec<(usize, usize)> = Vec::new();
    let mut proper: Vec<&str> = Vec::new();
    for &word in agreement_words {
        let Some(lead) = word.checked_sub("ö".len()) else {
            continue;
        };
        if text.get(lead..word) != Some("ö") {
            continue;
        }
        // Most agreement words stand alone, after a space: passed at once.
        let hyphenated = text[..lead].ends_with('-');
        if !hyphenated && !text[..lead].ends_with(char::is_alphabetic) {
            continue;
        }
        let start = alphanumeric_run_start(text, lead.saturating_sub(usize::from(hyphenated)));
        let stem = text[start..lead].trim_end_matches('-');
        if stem.chars().count() < 2 || !stem.starts_with(char::is_uppercase) {
            continue;
        }
        if !hyphenated && compound_kind(text, lead).is_some() {
            continue;
        }
        let end = name_end(text, word);
        if is_political_deal(&text[start..end]) {
            continue;
        }
        if hyphenated {
            let start = with_name_words_before(text, start);
            out.push(hyphenated_mention(text, start, end));
            continue;
        }
        if inside_sentence(text, start) && !proper.contains(&stem) {
            proper.push(stem);
        }
        run_in.push((start, end));
    }
    for (start, end) in run_in {
        let stem = text[start..]
            .split("överenskommelse")
            .next()
            .unwrap_or_default();
        if proper.contains(&stem) {
            out.push(compound_mention(text, start, end));
        }
    }
}

/// Where a compound name whose agreement word starts at `word` ends: after the word,
/// and after a year that follows it.
fn name_end(text: &str, word: usize) -> usize {
    let end = text[word..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(text.len(), |i| word + i);
    let year = text[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.get(..4))
        .filter(|y| crate::text::is_year(y))
        .filter(|_| !text[end + 5..].starts_with(|c: char| c.is_alphanumeric()));
    year.map_or(end, |y| end + 1 + y.len())
}

/// Most capitalized words a proper name before a hyphen takes besides the one glued to
/// it ("Green Deal-", "Nära vård Plus-" is not one: its middle word is lower case).
const NAME_WORDS_BEFORE: usize = 2;

/// `start` moved back over the capitalized words that stand right before the word at
/// `start`, inside a sentence ([`inside_sentence`]): a proper name of several words
/// before a hyphen ("en Green Deal-överenskommelse"). A sentence's first word is
/// capitalized whatever it is, and joins nothing ("Nya PRIO-överenskommelsen").
fn with_name_words_before(text: &str, mut start: usize) -> usize {
    for _ in 0..NAME_WORDS_BEFORE {
        let Some(space) = start.checked_sub(1).filter(|&s| text.as_bytes()[s] == b' ') else {
            break;
        };
        let word = alphanumeric_run_start(text, space);
        let capitalized = text[word..space].starts_with(char::is_uppercase);
        if word == space || !capitalized || !inside_sentence(text, word) {
            break;
        }
        start = word;
    }
    start
}

/// What a hyphenated compound ending at `end` opens: "om" and a topic after it make one
/// name of the two ("Green Deal-överenskommelse om fossilfria arbetsmaskiner"), which
/// [`phrases`] then leaves to this; without a topic the compound is the name.
fn hyphenated_mention(text: &str, start: usize, end: usize) -> Mention<'_> {
    let topic = text
        .get(end..)
        .filter(|rest| rest.starts_with(" om "))
        .and_then(|_| topic_after(text, end + " om ".len()))
        .map(before_next_agreement)
        .filter(|topic| !topic.is_empty());
    match topic {
        Some(topic) => {
            let name_end = end + " om ".len() + topic.len();
            Mention::written(
                text,
                Span {
                    start,
                    end: name_end,
                },
                Source::Phrase,
            )
        }
        None => compound_mention(text, start, end),
    }
}

/// True when the agreement word whose first letter starts at `lead` ends a compound
/// with a capitalized name and a hyphen before it and "om" after it ("PRIO-
/// överenskommelsen om …"): [`compounds`] names it with its topic.
fn hyphenated_with_topic(text: &str, lead: usize) -> bool {
    let Some(hyphen) = lead.checked_sub(1).filter(|&h| text.as_bytes()[h] == b'-') else {
        return false;
    };
    let stem = &text[alphanumeric_run_start(text, hyphen)..hyphen];
    let end = name_end(text, lead + "ö".len());
    stem.chars().nth(1).is_some()
        && stem.starts_with(char::is_uppercase)
        && text[end..].starts_with(" om ")
}

fn compound_mention(text: &str, start: usize, end: usize) -> Mention<'_> {
    Mention::written(text, Span { start, end }, Source::Phrase)
}

/// True when a word at `start` stands inside a sentence: after a lower-case letter, a
/// digit or a comma.
fn inside_sentence(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end_matches(' ')
        .ends_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == ',')
}

/// Adjectives that make an agreement a deal between parties ("den sakpolitiska
/// överenskommelsen om …").
const POLITICAL: &[&str] = &[
    "politiska",
    "sakpolitiska",
    "blocköverskridande",
    "partiöverskridande",
];

/// True for a deal between parties or states, not between the state and the regions or
/// municipalities: a political adjective before the phrase at `start..end`, or parties
/// named in it ("med Vänsterpartiet om", "mellan EU och Turkiet om") none of which is
/// the state, that sector or another public body (a state agency: "med Migrationsverket
/// om").
fn is_political(text: &str, line_start: usize, start: usize, end: usize) -> bool {
    let before = text[line_start..start].trim_end();
    // Every adjective ends with an "a", and only "a" and "A" lower-case to it: other words
    // are passed without a lower-cased copy.
    let adjective = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.ends_with(['a', 'A']) && POLITICAL.contains(&w.to_lowercase().as_str()));
    // A wrap inside the parties reads as the space it stands for; only then is the
    // phrase copied.
    let phrase = &text[start..end];
    let phrase: Cow<str> = if phrase.contains('\n') {
        Cow::Owned(phrase.replace('\n', " "))
    } else {
        Cow::Borrowed(phrase)
    };
    let parties = PARTY_OPENERS
        .iter()
        .find_map(|opener| opener.find(phrase.as_bytes()).map(|i| &phrase[i..]));
    adjective
        || parties.is_some_and(|p| {
            !names_any(p, STATE) && !names_any(p, SECTOR) && public_parties(p).all == 0
        })
}

/// Searchers for " med " and " mellan ", which bring in the parties of a phrase, built once:
/// building one per phrase cost more than the search.
static PARTY_OPENERS: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| [Finder::new(" med "), Finder::new(" mellan ")]);

/// Verbs of making an agreement, in the forms a release uses ("har tecknat", "sluter",
/// "undertecknade").
const CONCLUDING_VERBS: &[&str] = &[
    "tecknat",
    "tecknar",
    "tecknade",
    "slutit",
    "sluter",
    "slöt",
    "träffat",
    "träffar",
    "träffade",
    "ingått",
    "ingår",
    "ingick",
    "undertecknat",
    "undertecknar",
    "undertecknade",
];

/// Most words between a concluding verb and the agreement word ("tecknat i dag en ny
/// överenskommelse").
const CONCLUDED_GAP_WORDS: usize = 4;

/// True when a verb of making an agreement ([`CONCLUDING_VERBS`]) stands a few words
/// before the agreement word at `start`, in the same clause: "har slutit en
/// överenskommelse om att korta köerna" makes an agreement whose name is the clause,
/// while "det finns ingen överenskommelse om att …" or "överens om att …" names none.
fn concluded_before(text: &str, line_start: usize, start: usize) -> bool {
    let head = &text[line_start..start];
    let clause = head
        .rfind([',', '.', ';', ':'])
        .map_or(head, |i| &head[i + 1..]);
    clause
        .split_whitespace()
        .rev()
        .take(CONCLUDED_GAP_WORDS + 1)
        .any(|w| CONCLUDING_VERBS.contains(&w))
}

/// Which clause may open a topic.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Clause {
    /// None: "om att …", "om hur …" say what was agreed.
    None,
    /// "om att …": where an agreement was made, the clause is its name.
    Att,
}

/// The topic an agreement phrase names from `at` on: the clause up to punctuation or a
/// word that ends a name, without a headline's predicate at its end; `None` when it is
/// empty, a clause ([`CLAUSE_WORDS`]) or a single word that refers back ("satsningen")
/// or names no topic in particular ("insatser").
pub(super) fn topic_after(text: &str, at: usize) -> Option<&str> {
    topic_with(text, at, Clause::None)
}

/// [`topic_after`], with a topic opening with `clause` allowed.
pub(super) fn topic_with(text: &str, at: usize, clause: Clause) -> Option<&str> {
    let rest = text.get(at..)?;
    // The marks are ASCII, so a byte scan finds the first as a char search would.
    // A colon inside a word ("EU:s fonder", "SKR:s") ends nothing.
    let bytes = rest.as_bytes();
    let clause_end = bytes
        .iter()
        .enumerate()
        .position(|(i, &b)| {
            matches!(b, b'.' | b'!' | b'?' | b';' | b'(' | b'\n')
                || (b == b':' && !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic))
        })
        .unwrap_or(rest.len());
    let topic = cut_name(before_nickname(&rest[..clause_end]), &NAME_ENDER_SET);
    let topic = without_headline_predicate(cut_name(topic, &PROSE_ENDER_SET).trim_end_matches(','));
    let topic = without_dangling_conjunction(before_negated_verb(before_second_clause(topic)));
    let mut words = topic.split_whitespace();
    match (words.next(), words.next()) {
        (None, _) => None,
        (Some("att"), Some(_)) if clause == Clause::Att => Some(topic),
        (Some(first), _) if CLAUSE_WORDS.contains(&first) => None,
        (Some(only), None)
            if ANAPHORA.contains(&only)
                || GENERIC_TOPICS.contains(&only)
                || only.ends_with("ningen") =>
        {
            None
        }
        _ => Some(topic),
    }
}

/// What sets off the name an agreement goes by in everyday speech after its topic: "Avtal
/// om medfinansiering av X, i dagligt tal Y-avtalet".
const NICKNAME_OPENERS: [&str; 6] = [
    ", i dagligt tal ",
    ", i folkmun ",
    ", även kallat ",
    ", även kallad ",
    ", populärt kallat ",
    ", populärt kallad ",
];

/// `clause` up to a [`NICKNAME_OPENERS`] apposition, or one whose first few words hold a
/// participle of calling ([`opens_called_apposition`]): the nickname after it is another
/// name of the agreement, no part of its topic. The clause is short, so each comma is
/// tried.
fn before_nickname(clause: &str) -> &str {
    memchr::memchr_iter(b',', clause.as_bytes())
        .find(|&i| {
            let rest = &clause[i..];
            NICKNAME_OPENERS.iter().any(|o| rest.starts_with(o)) || opens_called_apposition(rest)
        })
        .map_or(clause, |i| &clause[..i])
}

/// True when `rest`, from a comma on, opens an apposition whose participle of calling
/// ([`super::CALLED_PARTICIPLES`]) stands among its first words, after at most
/// [`super::CALLED_LEAD_WORDS`] words of who calls it so, where or how often ("…, ofta
/// kallat X", "…, i vården kallad X"), and is followed by the name.
fn opens_called_apposition(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(", ") else {
        return false;
    };
    let mut words = after.split(' ');
    words
        .by_ref()
        .take(super::CALLED_LEAD_WORDS + 1)
        .any(|w| super::CALLED_PARTICIPLES.contains(&w))
        && words.next().is_some_and(|name| !name.is_empty())
}

/// Conjunctions that join a second predicate to a sentence ("kompletterar överenskommelsen
/// om X och omfattar …"): where the predicate was cut off, the conjunction before it is no
/// part of the name.
const DANGLING_CONJUNCTIONS: &[&str] = &["och", "samt", "men", "eller"];

/// Searcher for the negation inside a topic, built once.
static NEGATION: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" inte "));

/// `topic` up to the verb a negation follows: "överenskommelsen om ersättning för X
/// påverkas inte av ändringen" names the agreement on compensation for X. A name holds no
/// negated predicate; "om att inte höja avgifterna" is a clause and keeps its "inte".
fn before_negated_verb(topic: &str) -> &str {
    let Some(negation) = NEGATION
        .find(topic.as_bytes())
        .or_else(|| topic.strip_suffix(" inte").map(str::len))
    else {
        return topic;
    };
    let head = &topic[..negation];
    match head.rsplit_once(' ') {
        Some((name, verb)) if verb != "att" && name.contains(' ') => name.trim_end(),
        _ => topic,
    }
}

/// What opens a second main clause after a comma: "… avtal om praktikplatser i
/// parkerna, och i Skellefteå samordnas insatserna …". A name lists its parts with
/// commas and joins the last by "och" without one.
const SECOND_CLAUSE: &[u8] = b" och ";

/// `topic` up to a comma that opens a second main clause ([`SECOND_CLAUSE`]): the
/// sentence goes on about something else there, and the name ended before it. Only the
/// commas of the topic are read, by a byte scan.
fn before_second_clause(topic: &str) -> &str {
    let bytes = topic.as_bytes();
    memchr::memchr_iter(b',', bytes)
        .find(|&i| bytes[i + 1..].starts_with(SECOND_CLAUSE))
        .map_or(topic, |i| topic[..i].trim_end())
}

/// `topic` without a conjunction left at its end ([`DANGLING_CONJUNCTIONS`]).
fn without_dangling_conjunction(topic: &str) -> &str {
    match topic.trim_end().rsplit_once(' ') {
        Some((head, last)) if DANGLING_CONJUNCTIONS.contains(&last) => head.trim_end(),
        _ => topic,
    }
}

/// Words that join one agreement to the next in a list ("om X och en ny
/// överenskommelse för Y", "om X, samt tilläggsöverenskommelsen om Y").
const JOINING_WORDS: &[&str] = &[
    "och", "samt", "eller", "en", "ett", "den", "det", "de", "ny", "nya",
];

/// `topic` up to another agreement it runs into: a name holds no second agreement
/// word, so where one follows ("ökad tillgänglighet och en ny överenskommelse för …")
/// the first name ended before the words that join the two.
fn before_next_agreement(topic: &str) -> &str {
    let Some(word) = super::AGREEMENT_WORD.find(topic.as_bytes()) else {
        return topic;
    };
    // Back to the start of the word that holds the agreement word ("tilläggs…", "ö…").
    let mut head = topic[..word].rfind(' ').map_or("", |space| &topic[..space]);
    loop {
        let trimmed = head.trim_end_matches([' ', ',']);
        match trimmed.rsplit_once(' ') {
            Some((rest, last)) if JOINING_WORDS.contains(&last) => head = rest,
            None if JOINING_WORDS.contains(&trimmed) => head = "",
            _ => return trimmed,
        }
    }
}

/// True when the line from `start` (its first visible character) is a heading: when it
/// was read as one. That line was read trimmed, and only its length can differ with the
/// white space after it, so a heading without a colon must be short with it too.
fn is_heading(text: &str, start: usize, mentions: &[Mention]) -> bool {
    let read_as_heading = mentions
        .iter()
        .any(|m| m.source == Source::Heading && m.span.start == start);
    read_as_heading && {
        let line = text[start..].lines().next().unwrap_or("");
        line.trim_end().ends_with(':') || line.len() <= LONGEST_HEADING_WITHOUT_COLON
    }
}

/// The matches of [`PHRASE`] in `text`, as an unanchored search would give them: left to
/// right and not overlapping, each with the prefix its name is reported by. Every match
/// starts with "Ö", "ö", "O" or "o" right before "verenskommelse", or with the compound
/// that word ends ("tilläggsöverenskommelse", [`super::COMPOUND_KINDS`]).
fn phrase_matches<'a>(
    text: &'a str,
    agreement_words: &'a [usize],
) -> impl Iterator<Item = (usize, usize, &'static str)> + 'a {
    let mut next_free = 0;
    agreement_words.iter().filter_map(move |&word| {
        let lead = char_before(text, word)?;
        if !matches!(lead, 'Ö' | 'ö' | 'O' | 'o') {
            return None;
        }
        let lead_start = word - lead.len_utf8();
        // "Ramöverenskommelse": the name of an agreement of a kind starts with the
        // compound; a compound of another kind is no phrase.
        let (start, prefix) = compound_kind(text, lead_start)?;
        if start < next_free {
            return None;
        }
        let end = phrase_end(text, lead_start, word + "verenskommelse".len())?;
        next_free = end;
        Some((start, end, prefix))
    })
}

/// The genitive's ending and the " om " after it: "överenskommelsens om tidig
/// demensutredning medel".
const GENITIVE_OM: &str = "ns om ";

/// True when the agreement word at `start` is in the genitive ("överenskommelsens om X
/// medel"), read by [`phrase_end`] only before " om ".
fn is_genitive(text: &str, start: usize) -> bool {
    let rest = text.get(start..).unwrap_or_default();
    let word = memchr::memchr(b' ', rest.as_bytes()).map_or(rest, |end| &rest[..end]);
    word.ends_with("elsens")
}

/// Nouns an agreement owns in a genitive phrase ("överenskommelsens om X medel"): its
/// money, its terms, its aims and its parts.
const OWNED_NOUNS: &[&str] = &[
    "medel",
    "pengar",
    "villkor",
    "krav",
    "mål",
    "syfte",
    "del",
    "delar",
    "ramar",
    "resultat",
    "parter",
    "innehåll",
    "giltighetstid",
];

/// The topic of a genitive phrase without the noun the agreement owns
/// ([`OWNED_NOUNS`]) where it closes the topic: "överenskommelsens om tidig
/// demensutredning medel, 8,2 miljoner kronor, går till …" is about "tidig
/// demensutredning", and "medel" is what of it the sentence speaks of. Where the topic
/// was cut before the owned noun (at a year or a verb), it stays as cut.
fn without_possessed_noun(topic: &str) -> &str {
    match topic.rsplit_once(' ') {
        Some((head, last)) if OWNED_NOUNS.contains(&last) => head.trim_end(),
        _ => topic,
    }
}

/// Words besides " om " that bring in an agreement's topic right after the agreement
/// word: "en överenskommelse som rör …", "kring …", "avseende …", "gällande …",
/// "rörande …". ("som
/// gäller" is left out: it also opens a predicate, "som gäller i tre år".)
const TOPIC_WORDS: [&str; 5] = [
    " som rör ",
    " kring ",
    " avseende ",
    " gällande ",
    " rörande ",
];

/// Where the [`PHRASE`] match ends whose agreement word starts at `lead_start` (its
/// "Ö") and ends at `after_word`. Whatever follows the word's ending must start " om ",
/// " för ", " med ", " mellan " or " inom "; the usual " om " is read by hand, the rarer
/// ones go to the pattern.
fn phrase_end(text: &str, lead_start: usize, after_word: usize) -> Option<usize> {
    let rest = text.as_bytes().get(after_word..)?;
    // The endings are tried in the pattern's order; no two fit before the same " ". A
    // wrap after the word is read only before the parties' "med" or "mellan" below.
    let ending = ["n ", "r ", "rna ", " ", "n\n", "r\n", "rna\n", "\n"]
        .iter()
        .find(|e| rest.starts_with(e.as_bytes()));
    // The genitive ("överenskommelsens om X medel") brings in its topic by " om " alone.
    let Some(ending) = ending else {
        return rest
            .starts_with(GENITIVE_OM.as_bytes())
            .then_some(after_word + GENITIVE_OM.len());
    };
    let after_ending = &rest[ending.len() - 1..];
    // "Överenskommelsen (2019–2022) om …", "Tilläggsöverenskommelsen (S2024/01786) om …":
    // the period or the diary number stands between word and topic.
    let period = period_in_brackets(after_ending).max(diary_number_in_brackets(after_ending));
    let after_period = &after_ending[period..];
    if after_period.starts_with(b" om ") {
        return Some(after_word + ending.len() - 1 + period + " om ".len());
    }
    if let Some(wrap) = wrap_after_om(after_period) {
        return Some(after_word + ending.len() - 1 + period + wrap);
    }
    if let Some(words) = TOPIC_WORDS
        .iter()
        .find(|w| after_period.starts_with(w.as_bytes()))
    {
        return Some(after_word + ending.len() - 1 + period + words.len());
    }
    // A wrap may stand before the parties' word or right after it ("överenskommelsen
    // mellan\nRegion X och …"), as [`PHRASE`] reads it.
    let rarer = [
        " för ",
        " med ",
        " mellan ",
        " inom ",
        "\nmed ",
        "\nmellan ",
        " med\n",
        " mellan\n",
    ];
    if !rarer.iter().any(|r| after_ending.starts_with(r.as_bytes())) {
        return None;
    }
    // The pattern crosses at most a wrap inside the parties, so the rest of this line and
    // the next are enough haystack.
    let line_end = next_line_end(text, lead_start);
    let haystack_end = text
        .as_bytes()
        .get(line_end)
        .map_or(line_end, |_| next_line_end(text, line_end + 1));
    PHRASE
        .find(text.get(lead_start..haystack_end)?)
        .map(|m| lead_start + m.end())
        .or_else(|| {
            // The plural ("fyra överenskommelser för fortsatt förstärkning av …") tells
            // what several agreements are for, and names none of them.
            let singular = matches!(*ending, " " | "n ");
            singular
                .then(|| topic_after_for(after_ending))
                .flatten()
                .map(|at| after_word + ending.len() - 1 + at)
        })
}

/// Bytes of " om", a line break and the indent after it that `after_ending` opens
/// with, where a hard-wrapped line breaks right after the topic word and the topic goes on
/// at the next line's text ("- Överenskommelse om\n  X", the indent of a list item's
/// wrapped line too); `None` when it opens otherwise or the next line is blank.
fn wrap_after_om(after_ending: &[u8]) -> Option<usize> {
    let next = after_ending.strip_prefix(b" om\n")?;
    let indent = next
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    next.get(indent)
        .is_some_and(|&b| b != b'\n')
        .then_some(" om\n".len() + indent)
}

/// Where the line holding `at` ends: its line break, or the end of the text.
fn next_line_end(text: &str, at: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i)
}

/// Bytes of a year or span of years in brackets that `after_ending` opens with, " (2024)"
/// or " (2019–2022)"; 0 when it opens otherwise.
fn period_in_brackets(after_ending: &[u8]) -> usize {
    let Some(inside) = after_ending.strip_prefix(b" (") else {
        return 0;
    };
    let year = |b: &[u8]| b.get(..4).is_some_and(|y| y.iter().all(u8::is_ascii_digit));
    if !year(inside) {
        return 0;
    }
    let mut len = 4;
    for dash in ["–", "-"] {
        if let Some(to) = inside[len..].strip_prefix(dash.as_bytes()) {
            if year(to) {
                len += dash.len() + 4;
            }
            break;
        }
    }
    if inside.get(len) == Some(&b')') {
        " (".len() + len + 1
    } else {
        0
    }
}

/// Labels a diary number may carry inside its brackets ("(dnr S2019/04567)").
const DIARY_LABELS: [&str; 3] = ["dnr ", "Dnr ", "diarienummer "];

/// Most bytes of a diary number's serial after its year and slash ("S2024/01786").
const LONGEST_DIARY_SERIAL: usize = 8;

/// Bytes of a government diary number in brackets that `after_ending` opens with, where
/// a release names an agreement by its kind, the number of the decision that made it, and
/// its topic: " (S2024/01786)", " (dnr Fi2021/00345)", " (U2019/01234/S)". The number is the
/// initials of the ministry (at most three letters), a year and a slash before the
/// serial's digits, and any further "/" + letters of a unit; 0 when it opens otherwise.
fn diary_number_in_brackets(after_ending: &[u8]) -> usize {
    let Some(mut inside) = after_ending.strip_prefix(b" (") else {
        return 0;
    };
    if let Some(label) = DIARY_LABELS
        .iter()
        .find(|l| inside.starts_with(l.as_bytes()))
    {
        inside = &inside[label.len()..];
    }
    let initials = inside
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let year = inside
        .get(initials..initials + 4)
        .and_then(|y| std::str::from_utf8(y).ok());
    if !(1..=3).contains(&initials) || !year.is_some_and(crate::text::is_year) {
        return 0;
    }
    let Some(serial) = inside[initials + 4..].strip_prefix(b"/") else {
        return 0;
    };
    let digits = serial.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > LONGEST_DIARY_SERIAL {
        return 0;
    }
    // A unit's letters after a second slash ("U2019/01234/S").
    let mut len = digits;
    if let Some(unit) = serial[len..].strip_prefix(b"/") {
        let letters = unit.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if letters > 0 {
            len += 1 + letters;
        }
    }
    if serial.get(len) != Some(&b')') {
        return 0;
    }
    let label = after_ending.len() - " (".len() - inside.len();
    " (".len() + label + initials + 4 + "/".len() + len + ")".len()
}

/// The determiner of identity: "samma överenskommelse om/för X" says that something
/// comes from an agreement the text names elsewhere, or from any one agreement ("ur
/// samma överenskommelse för barnens hälsa"), and names none itself.
const SAME: &str = "samma";

/// True when the agreement word at `m_start` follows [`SAME`] as a whole word.
fn after_same(text: &str, m_start: usize) -> bool {
    let head = text[..m_start].trim_end_matches(' ');
    head.len() < m_start
        && head
            .get(head.len().saturating_sub(SAME.len())..)
            .is_some_and(|w| w.eq_ignore_ascii_case(SAME))
        && !char_before(head, head.len() - SAME.len()).is_some_and(char::is_alphabetic)
}

/// Where the topic starts in `after_ending` (what follows a singular agreement word's
/// ending) when it opens " för " and a topic rather than a year: "en ny överenskommelse
/// för förlossningsvården" names the agreement as "om" would.
fn topic_after_for(after_ending: &[u8]) -> Option<usize> {
    let topic = after_ending.strip_prefix(" för ".as_bytes())?;
    let opens_topic =
        topic.first().is_some_and(|b| !b.is_ascii_digit()) && !topic.starts_with("år ".as_bytes());
    opens_topic.then_some(" för ".len())
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_diary_number_in_brackets_stands_between_kind_and_topic() {
        assert_eq!(
            names("Staten och SKR har undertecknat överenskommelsen (S2023/02211) om jourmottagningar i glesbygd."),
            ["Överenskommelse om jourmottagningar i glesbygd"]
        );
        assert_eq!(
            names("Regeringen och SKR är klara med en tilläggsöverenskommelse (dnr Fi2021/00345) om kommunal krisberedskap."),
            ["Tilläggsöverenskommelse om kommunal krisberedskap"]
        );
        assert_eq!(
            names("Överenskommelsen (U2019/01234/S) om lärarassistenter gäller i två år."),
            ["Överenskommelse om lärarassistenter"]
        );
        // Brackets holding anything else keep the agreement word from its "om".
        assert!(
            names("Överenskommelsen (se faktarutan) om lärarassistenter gäller i två år.")
                .is_empty()
        );
        assert!(names("Överenskommelsen (S2023) om lärarassistenter gäller i två år.").is_empty());
    }

    #[test]
    fn an_agreement_after_samma_is_named_elsewhere_or_none() {
        assert!(names(
            "Skolorna och vårdcentralerna får pengar ur samma överenskommelse för unga med diabetes."
        )
        .is_empty());
        assert!(names("Samma överenskommelse om tandvård gäller i Kalmar.").is_empty());
        // A word that ends in the same letters is no determiner.
        assert_eq!(
            names("Regionerna och staten har nu den gemensamma överenskommelsen om hörselvård."),
            ["Överenskommelse om hörselvård"]
        );
    }

    #[test]
    fn a_quote_attribution_ends_the_name() {
        assert_eq!(
            names("– Nu tecknar vi en överenskommelse om bättre hörselvård, säger Eva Berg, chef på SKR."),
            ["Överenskommelse om bättre hörselvård"]
        );
    }

    #[test]
    fn a_comma_and_och_opening_a_second_clause_end_the_name() {
        assert_eq!(
            names("Regeringen och SKR har tecknat en överenskommelse om stöd till skolbibliotek, och i höst följer en ny om läromedel."),
            ["Överenskommelse om stöd till skolbibliotek"]
        );
        // Commas that list the parts of a name end nothing.
        assert_eq!(
            names("Regeringen och SKR har tecknat en överenskommelse om stöd till skolbibliotek, läromedel och läxhjälp."),
            ["Överenskommelse om stöd till skolbibliotek, läromedel och läxhjälp"]
        );
    }

    #[test]
    fn several_agreements_listed_each_with_its_own_om() {
        let found = names(
            "SKR och staten har tecknat överenskommelserna om tandvård för äldre 2026, om \
             digital vårdinformation 2026 och om kortare köer till ortopedin 2026.",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found.iter().any(|n| n.contains("digital vårdinformation")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|n| n.contains("kortare köer till ortopedin")),
            "{found:?}"
        );
        // One "om" before a pair of words: one agreement on both.
        assert_eq!(
            names("Regionen berörs av överenskommelserna om glasögon och hörapparater."),
            ["Överenskommelse om glasögon och hörapparater"]
        );
    }

    #[test]
    fn other_words_bring_in_the_topic_as_om_does() {
        assert_eq!(
            names("Regeringen och SKR har slutit en överenskommelse som rör stärkt cancervård."),
            ["Överenskommelse om stärkt cancervård"]
        );
        assert_eq!(
            names("Staten har träffat en överenskommelse kring förlossningsvården med regionerna."),
            ["Överenskommelse om förlossningsvården"]
        );
        assert_eq!(
            names("Regeringen har tecknat en överenskommelse med SKR avseende elevhälsan i länen."),
            ["Överenskommelse om elevhälsan i länen"]
        );
        assert_eq!(
            names("Länsstyrelsen och kommunerna har slutit en överenskommelse rörande vattenförsörjningen i länet."),
            ["Överenskommelse om vattenförsörjningen i länet"]
        );
        // "som gäller" is a predicate as often as not; a year names no topic.
        assert!(names("Överenskommelsen, som gäller i tre år, är klar.").is_empty());
        assert!(names("Vi följer överenskommelsen gällande 2024 och framåt.").is_empty());
    }

    #[test]
    fn a_wrap_inside_the_parties_joins_them_as_a_space() {
        let text = "Länsstyrelsen i Blekinge län har slutit en överenskommelse med Region\n\
                    Blekinge om tillsyn av kustens naturreservat.";
        assert_eq!(
            names(text),
            ["Överenskommelse om tillsyn av kustens naturreservat"]
        );
        let text = "Kommunen har tecknat en överenskommelse med Länsstyrelsen i Kalmar\n\
                    län om mottagande av nyanlända.";
        assert_eq!(names(text), ["Överenskommelse om mottagande av nyanlända"]);
        // A blank line between is no wrap.
        let text = "Kommunen har tecknat en överenskommelse med Region\n\nBlekinge om tillsyn.";
        assert!(names(text).is_empty());
    }

    #[test]
    fn regions_or_municipalities_named_as_a_group_are_parties() {
        assert_eq!(
            names("Region Dalarna har slutit en överenskommelse med länets femton kommuner om skolskjutsar till vården."),
            ["Överenskommelse om skolskjutsar till vården"]
        );
        assert_eq!(
            names("Förbundet godkände en överenskommelse mellan de tre regionerna om gemensam jourlinje."),
            ["Överenskommelse om gemensam jourlinje"]
        );
        // A wrap before "med" joins it as a space does.
        let text =
            "Kommunen går med i regionens överenskommelse\nmed samtliga kommuner om tolkservice.";
        assert_eq!(names(text), ["Överenskommelse om tolkservice"]);
        // A determiner without the sector's plural names no party.
        assert!(names("Vi har en överenskommelse med de flesta om detta.").is_empty());
    }

    #[test]
    fn a_negated_predicate_ends_the_name() {
        assert_eq!(
            names("Överenskommelsen om stöd till ambulanssjukvården i glesbygd berörs inte av beslutet."),
            ["Överenskommelse om stöd till ambulanssjukvården i glesbygd"]
        );
        assert_eq!(
            names("Regeringen och SKR har slutit en överenskommelse om att inte höja patientavgifterna."),
            ["Överenskommelse om att inte höja patientavgifterna"]
        );
    }

    #[test]
    fn a_second_predicate_leaves_no_conjunction_on_the_name() {
        assert_eq!(
            names("Satsningen bygger på överenskommelsen om stärkt tandvård för barn och ersätter ett tidigare stöd."),
            ["Överenskommelse om stärkt tandvård för barn"]
        );
        assert_eq!(
            names("Regeringen har slutit en överenskommelse om kortare vårdköer samt omfattar alla regioner."),
            ["Överenskommelse om kortare vårdköer"]
        );
    }

    #[test]
    fn a_wrap_right_after_om_onto_an_indented_line_is_read_as_a_space() {
        let text = "Styrelsen beslutade:\n\n- Överenskommelse mellan Region Norrbotten och \
                    Region Västerbotten om\n  gemensam tolktjänst för 2027.\n- Regionens budget.";
        assert_eq!(names(text), ["Överenskommelse om gemensam tolktjänst"]);
        let text = "Nämnden föreslår:\n\n- En överenskommelse om\n  samordnad hemsjukvård \
                    för barn.\n- En ny taxa.";
        assert_eq!(
            names(text),
            ["Överenskommelse om samordnad hemsjukvård för barn"]
        );
        // A blank line after "om" ends the phrase: no topic follows.
        assert!(names("Det saknas en överenskommelse om\n\nNästa fråga gäller taxan.").is_empty());
    }

    #[test]
    fn a_wrap_right_after_the_parties_word_is_read_as_a_space() {
        assert_eq!(
            names(
                "Kommunen ansluter sig till överenskommelsen mellan\nRegion Halland och \
                 länets kommuner om gemensam rehabilitering efter stroke. Beslutet togs i går."
            ),
            ["Överenskommelse om gemensam rehabilitering efter stroke"]
        );
        assert_eq!(
            names(
                "Regionen har tecknat en överenskommelse med\nHalmstads kommun om \
                 skolhälsovård. Den gäller i två år."
            ),
            ["Överenskommelse om skolhälsovård"]
        );
    }
}
