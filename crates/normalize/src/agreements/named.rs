//! Agreements named otherwise than "överenskommelse om …": by a name right after the
//! noun ("överenskommelsen Vision e-hälsa 2025", "avtalet Storstadsavtalet"), by dated
//! names listed after the plural ("överenskommelserna A 2024 och B 2024"), by a
//! compound on "-avtal" that the state makes with municipalities or regions
//! ("stadsmiljöavtal"), and by a named negotiation the state leads
//! ("Sverigeförhandlingen").

use super::agreed::{names_any, SECTOR, STATE};
use super::contracts::{parties_window, public_parties};
use super::enders::{NAME_ENDER_SET, PROSE_ENDER_SET};
use super::{Mention, Name, Source};
use crate::entities::Span;
use crate::text::{capitalize, char_after, char_before, lowercase, sentence_end, sentence_start};

/// The noun a named negotiation ends in ("Sverigeförhandlingen").
pub(super) const NEGOTIATION_WORD: &str = "förhandlingen";

/// Nouns after which a capitalized word names the agreement, without their first
/// letter: "[Öö]verenskommelsen ", "[Aa]vtalet ".
const NOUN_TAILS: [&str; 2] = ["verenskommelsen ", "vtalet "];

/// Endings of an "-avtal" compound: indefinite, definite and plural forms.
const AVTAL_ENDINGS: &[&str] = &["avtal", "avtalet", "avtalen"];

/// Kinds of contract that are no agreement between the state and the sector: labour,
/// procurement and property contracts, and deals between states ("frihandelsavtal").
const NOT_AGREEMENTS: &[&str] = &[
    "kollektiv",
    "ram",
    "hyres",
    "anställnings",
    "köpe",
    "arrende",
    "mark",
    "leverantörs",
    "licens",
    "upphandlings",
    "sekretess",
    "tjänste",
    "entreprenad",
    "låne",
    "försäkrings",
    "löne",
    "frihandels",
    "handels",
    "freds",
    "klimat",
    "skatte",
    "association",
    "partnerskaps",
];

/// Political deals named after a place: not agreements with the sector. Those named
/// after a month are read by [`MONTHS`].
const POLITICAL_DEALS: &[&str] = &["tidöavtal"];

/// The months, in lower case, from the one list of their names. A deal between parties
/// goes by the month it was struck in ("Decemberöverenskommelsen", "Januariavtalet",
/// "Septemberöverenskommelsen"); an agreement of the state with municipalities or regions
/// goes by its topic or its year, never by a month.
const MONTHS: [&str; 12] = crate::date::MONTH_NAMES;

/// The nouns a deal's name runs into after its month.
const DEAL_NOUNS: [&str; 2] = ["avtal", "överenskommelse"];

/// Words of a sentence that name the state's side of an "-avtal" besides [`STATE`]:
/// state funding and state agencies ("Trafikverket", "Länsstyrelsen", "…myndigheten").
const STATE_BODIES: &[&str] = &["statlig", "verket", "Länsstyrelsen", "myndigheten"];

/// Words of a sentence that name the sector's side besides [`SECTOR`], in lower case.
const SECTOR_WORDS: &[&str] = &["kommun", "region", "landsting"];

/// Most words a name after the noun takes.
const LONGEST_NAME_WORDS: usize = 6;
/// Most words a name closed by its year takes: the government's names for its yearly
/// agreements run long in sentence case ("Ökad tillgänglighet i hälso- och sjukvården
/// 2024").
pub(super) const LONGEST_DATED_NAME_WORDS: usize = 10;

/// Agreements named in these ways, each name built once.
pub(super) struct Named<'t> {
    names: Vec<String>,
    mentions: Vec<(usize, Span)>,
    written: Vec<(&'t str, Span)>,
}

impl Named<'_> {
    /// The mentions, named.
    pub(super) fn mentions<'a>(&'a self, out: &mut Vec<Mention<'a>>) {
        out.extend(self.mentions.iter().map(|&(name, span)| Mention {
            name: Name::written(self.names.get(name).map_or("", String::as_str)),
            span,
            source: Source::Phrase,
        }));
        out.extend(self.written.iter().map(|&(name, span)| Mention {
            name: Name::written(name),
            span,
            source: Source::Phrase,
        }));
    }
}

/// Every agreement of `text` named in these ways; "verenskommelse" stands at
/// `agreement_words`, "vtal" at `vtal`, [`NEGOTIATION_WORD`] at `negotiation_words`.
pub(super) fn find<'t>(
    text: &'t str,
    agreement_words: &[usize],
    vtal: &[usize],
    negotiation_words: &[usize],
) -> Named<'t> {
    let mut named = Named {
        names: Vec::new(),
        mentions: Vec::new(),
        written: Vec::new(),
    };
    // Each noun starts one byte before its tail: "Ö" and "ö" are two bytes, "A" one.
    let nouns = agreement_words
        .iter()
        .filter_map(|&w| noun_at(text, w, "Öö", NOUN_TAILS[0]))
        .chain(
            vtal.iter()
                .filter_map(|&w| noun_at(text, w, "Aa", NOUN_TAILS[1])),
        );
    for (at, start) in nouns {
        after_the_noun(text, at, start, &mut named.written);
    }
    for &w in agreement_words {
        if let Some((at, start)) = PLURAL_TAILS
            .iter()
            .find_map(|tail| noun_at(text, w, "Öö", tail))
        {
            dated_names_after(text, at, start, &mut named.written);
        }
    }
    for &at in agreement_words {
        defined_as_agreement(text, at, &mut named.written);
        named_in_relative_clause(text, at, &mut named.written);
    }
    negotiations(text, negotiation_words, &mut named.written);
    compounds(text, vtal, &mut named);
    named
}

/// The start of a noun whose tail `tail` stands at `at` after one of `leads`, and the
/// end of the noun.
fn noun_at(text: &str, at: usize, leads: &str, tail: &str) -> Option<(usize, usize)> {
    // The tail, a byte comparison, fails for most words: tried before the lead is decoded.
    if !text.get(at..)?.starts_with(tail) {
        return None;
    }
    let lead = char_before(text, at).filter(|&c| leads.chars().any(|l| l == c))?;
    Some((at - lead.len_utf8(), at + tail.len()))
}

/// "överenskommelsen Vision e-hälsa 2025": a capitalized word right after the noun
/// starts the name, which ends where an agreement's topic ends.
fn after_the_noun<'t>(text: &'t str, at: usize, start: usize, out: &mut Vec<(&'t str, Span)>) {
    if char_before(text, at).is_some_and(char::is_alphabetic) {
        return;
    }
    // "Överenskommelsen heter ”X”": a naming verb may stand between the noun and a
    // quoted name.
    let named_by_verb = NAMING_VERBS.iter().find_map(|verb| {
        let after = start + verb.len();
        text[start..].starts_with(verb).then_some(after)
    });
    let (start, name) = match quoted(&text[start..]) {
        Some((open, name)) => (start + open, name),
        None if text[start..].starts_with(char::is_uppercase) => {
            (start, name_words(clause_words(&text[start..])))
        }
        None => match named_by_verb.and_then(|after| Some((after, quoted(&text[after..])?))) {
            Some((after, (open, name))) => (after + open, name),
            None => return,
        },
    };
    // A party named after the noun ("avtalet Trafikverket tecknat") is no name.
    let first = name.split(' ').next().unwrap_or("");
    if names_any(first, STATE)
        || names_any(first, STATE_BODIES)
        || names_any(name, SECTOR)
        || is_political(name)
    {
        return;
    }
    let end = start + name.len();
    out.push((name, Span { start, end }));
}

/// The plural noun's tails, after which the names of several agreements may follow: the
/// definite ("[Ö]verenskommelserna A 2024 och B 2024") and the indefinite before a colon
/// that opens their list ("två överenskommelser: A 2019 och B 2019").
const PLURAL_TAILS: [&str; 2] = ["verenskommelserna ", "verenskommelser: "];

/// What joins the names of a list of agreements.
const NAME_LIST_JOINERS: [&str; 2] = [" och ", ", "];

/// "överenskommelserna Vårdplatser och akutsjukvård 2024 och Hälsodata 2024", "två
/// överenskommelser: Vårdplatser och akutsjukvård 2024 och Hälsodata 2024": after the
/// plural noun, the names of the year's agreements, each capitalized and closed by its
/// year (or quoted), joined by "och" or commas. A name without a year is no name here: a
/// capital after the plural may open anything ("överenskommelserna Socialstyrelsen följer
/// upp").
fn dated_names_after<'t>(text: &'t str, at: usize, start: usize, out: &mut Vec<(&'t str, Span)>) {
    if char_before(text, at).is_some_and(char::is_alphabetic) {
        return;
    }
    let mut from = start;
    loop {
        let rest = &text[from..];
        let (open, name) = match quoted(rest) {
            Some((open, name)) => (open, name),
            None if rest.starts_with(char::is_uppercase) => (0, name_words(clause_words(rest))),
            None => return,
        };
        let dated = name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
        if (open == 0 && !dated) || is_political(name) {
            return;
        }
        let name_start = from + open;
        let name_end = name_start + name.len();
        out.push((
            name,
            Span {
                start: name_start,
                end: name_end,
            },
        ));
        // Past the closing quote, if any, to the joiner before the next name.
        let after = if open > 0 {
            name_end + text[name_end..].chars().next().map_or(0, char::len_utf8)
        } else {
            name_end
        };
        let Some(joiner) = NAME_LIST_JOINERS
            .iter()
            .find(|j| text.get(after..).is_some_and(|t| t.starts_with(*j)))
        else {
            return;
        };
        from = after + joiner.len();
    }
}

/// Verbs that give a name, between the noun and the name in quotes ("Överenskommelsen
/// heter ”X”", "avtalet kallas ”Y”", "Överenskommelsen har rubriken ”Z”").
const NAMING_VERBS: [&str; 6] = [
    "heter ",
    "kallas ",
    "har fått namnet ",
    "har rubriken ",
    "har namnet ",
    "bär namnet ",
];

/// The agreement noun's forms, without the first letter, that a relative clause giving
/// the name may follow: definite before indefinite, the longer tried first.
const RELATIVE_NOUN_TAILS: [&str; 2] = ["verenskommelsen", "verenskommelse"];

/// What opens a relative clause right after the noun.
const RELATIVE_OPENERS: [&str; 2] = [" som ", ", som "];

/// Verbs of a relative clause that give a name, after "som" and an optional "har"
/// ("som fått namnet", "som har fått namnet", "som kallas").
const RELATIVE_NAMING_VERBS: [&str; 4] = ["fått namnet ", "går under namnet ", "kallas ", "heter "];

/// "en överenskommelse som fått namnet ”X”", "överenskommelsen, som kallas ”Y”,": a
/// relative clause right after the agreement noun (indefinite or definite, a kind's
/// compound too: "en tilläggsöverenskommelse som heter ”Z”") whose verb gives a name,
/// and the name in quotes after it; "verenskommelse" stands at `at`. The name is written
/// as the quotes hold it ([`quoted`]); a party or a political deal there is no name.
fn named_in_relative_clause<'t>(text: &'t str, at: usize, out: &mut Vec<(&'t str, Span)>) {
    // The words after the noun, compared byte by byte, pass most nouns before the noun
    // itself is read.
    let rest = &text[at..];
    let Some(after_noun) = RELATIVE_NOUN_TAILS
        .iter()
        .find_map(|tail| rest.strip_prefix(tail))
    else {
        return;
    };
    let Some(clause) = RELATIVE_OPENERS
        .iter()
        .find_map(|opener| after_noun.strip_prefix(opener))
    else {
        return;
    };
    let Some(lead) = char_before(text, at).filter(|c| matches!(c, 'Ö' | 'ö')) else {
        return;
    };
    if super::compound_kind(text, at - lead.len_utf8()).is_none() {
        return;
    }
    let clause = clause.strip_prefix("har ").unwrap_or(clause);
    let Some(after_verb) = RELATIVE_NAMING_VERBS
        .iter()
        .find_map(|verb| clause.strip_prefix(verb))
    else {
        return;
    };
    let Some((open, name)) = quoted(after_verb) else {
        return;
    };
    if names_any(name, SECTOR) || is_political(name) {
        return;
    }
    let start = text.len() - after_verb.len() + open;
    out.push((
        name,
        Span {
            start,
            end: start + name.len(),
        },
    ));
}

/// Marks that open and close a quoted name: typographic, straight and angle quotes.
const QUOTES: [char; 5] = ['”', '“', '"', '»', '«'];

/// Most bytes of a quoted name; a longer quote is speech, not a name.
const LONGEST_QUOTED_NAME: usize = 120;

/// `överenskommelsen ”God och nära vård 2021”`, `avtalet "Trafikförsörjning Mälardalen
/// 2017"`: a name in quotes right after the noun, written as the quotes hold it,
/// lower-case words and all. The bytes of the opening mark, and the name; none where
/// the quote does not close within the sentence or opens with a lower-case letter.
pub(super) fn quoted(rest: &str) -> Option<(usize, &str)> {
    let open = rest.chars().next().filter(|c| QUOTES.contains(c))?;
    let inner = &rest[open.len_utf8()..];
    let close = inner.find(QUOTES)?;
    let name = &inner[..close];
    (close <= LONGEST_QUOTED_NAME
        && name.starts_with(char::is_uppercase)
        && !name.contains(['.', '!', '?', '\n']))
    .then_some((open.len_utf8(), name))
}

/// "Sverigeförhandlingen": a capitalized compound on "förhandlingen" inside a sentence
/// is the name of a negotiation, which the state holds with municipalities and regions.
/// [`NEGOTIATION_WORD`] stands at `words`.
fn negotiations<'t>(text: &'t str, words: &[usize], out: &mut Vec<(&'t str, Span)>) {
    for &at in words {
        let end = at + NEGOTIATION_WORD.len();
        let start = word_start(text, at);
        if start == at
            || !text[start..].starts_with(char::is_uppercase)
            || char_after(text, end).is_some_and(char::is_alphabetic)
            || opens_sentence(text, start)
        {
            continue;
        }
        out.push((&text[start..end], Span { start, end }));
    }
}

/// "stadsmiljöavtal", "Stadsmiljöavtalen": a compound on "-avtal" counts when some
/// sentence that holds it names both the state's side and the municipalities or
/// regions. Every mention of it then counts, named in the indefinite form,
/// capitalized.
fn compounds(text: &str, vtal: &[usize], named: &mut Named<'_>) {
    // (stem in lower case, span, whether its sentence names both sides)
    let mut found: Vec<(String, Span, bool)> = Vec::new();
    for &v in vtal {
        let Some(at) = v.checked_sub(1).filter(|&a| text.as_bytes()[a] == b'a') else {
            continue;
        };
        let start = word_start(text, at);
        let Some(ending) = AVTAL_ENDINGS
            .iter()
            .rev()
            .find(|e| text[at..].starts_with(*e))
        else {
            continue;
        };
        let end = at + ending.len();
        if start == at || char_after(text, end).is_some_and(char::is_alphabetic) {
            continue;
        }
        let stem = lowercase(&text[start..at]);
        if stem.chars().count() < 4
            || NOT_AGREEMENTS.contains(&stem.as_str())
            || is_political(&text[start..end])
        {
            continue;
        }
        // A capital inside a sentence names a deal after a place or a person.
        if text[start..].starts_with(char::is_uppercase) && !opens_sentence(text, start) {
            continue;
        }
        if with_private_party(text, end) {
            continue;
        }
        let sentence = &text[sentence_start(text, start)..sentence_end(text, start)];
        found.push((stem, Span { start, end }, names_both_sides(sentence)));
    }
    for (stem, span, _) in &found {
        if !found.iter().any(|(s, _, both)| *both && s == stem) {
            continue;
        }
        let name = capitalize(&format!("{stem}avtal"));
        let index = match named.names.iter().position(|n| *n == name) {
            Some(i) => i,
            None => {
                named.names.push(name);
                named.names.len() - 1
            }
        };
        named.mentions.push((index, *span));
    }
}

/// What brings in a contract's other party right after its compound ("vårdavtal med …").
const WITH: &str = " med ";

/// True when the "-avtal" compound ending at `end` brings in its other party by
/// [`WITH`] and that party, up to the sentence's end or
/// [`super::contracts::LONGEST_PARTIES`] bytes, names no public body: "landstingens
/// vårdavtal med privata mottagningar", "hyresavtalet med Vasakronan". Such a compound is
/// a body's contract with a provider or a landlord, however the sentence around it names
/// the state and the sector; "stadsmiljöavtal med Trafikverket" keeps its public party.
fn with_private_party(text: &str, end: usize) -> bool {
    let Some(after) = text.get(end..).and_then(|r| r.strip_prefix(WITH)) else {
        return false;
    };
    let window = parties_window(after);
    let cut = memchr::memchr3(b'.', b';', b'\n', window.as_bytes()).unwrap_or(window.len());
    public_parties(&window[..cut]).all == 0
}

/// What stands between a name and the noun that defines it as an agreement.
const IS_AN: &str = " är en ";
/// The noun's tail and the word before the parties ("[ö]verenskommelse mellan").
const BETWEEN: &str = "verenskommelse mellan ";

/// "Rehabiliteringsgarantin är en överenskommelse mellan regeringen och SKL": a sentence
/// that opens with a one-word name and calls it an agreement between the state and the
/// sector names that agreement; "verenskommelse" stands at `at`.
fn defined_as_agreement<'t>(text: &'t str, at: usize, out: &mut Vec<(&'t str, Span)>) {
    if !text[at..].starts_with(BETWEEN) || char_before(text, at) != Some('ö') {
        return;
    }
    let noun = at - 'ö'.len_utf8();
    let Some(head) = text[..noun].strip_suffix(IS_AN) else {
        return;
    };
    let start = sentence_start(text, noun);
    let Some(name) = text.get(start..head.len()) else {
        return;
    };
    if name.is_empty()
        || name.contains(char::is_whitespace)
        || !name.starts_with(char::is_uppercase)
    {
        return;
    }
    let parties = &text[at..sentence_end(text, at).max(at)];
    if names_any(parties, STATE) && names_any(parties, SECTOR) {
        out.push((
            name,
            Span {
                start,
                end: head.len(),
            },
        ));
    }
}

/// True when `sentence` names the state's side and the sector's.
pub(super) fn names_both_sides(sentence: &str) -> bool {
    let state = names_any(sentence, STATE) || names_any(sentence, STATE_BODIES);
    let lower = lowercase(sentence);
    state
        && (names_any(sentence, SECTOR)
            || names_any(&lower, SECTOR_WORDS)
            || lower
                .split(|c: char| !c.is_alphabetic())
                .any(|w| CITY_WORDS.contains(&w)))
}

/// Whole words that name a municipality as a city ("Göteborgs Stad", "staden"). Only
/// whole words: "stad" also begins "stadsmiljöavtal".
const CITY_WORDS: &[&str] = &["stad", "staden", "städer", "städerna"];

/// True for the name of a political deal: one of [`POLITICAL_DEALS`], or a month run
/// into "avtal" or "överenskommelse" ([`MONTHS`]: "Decemberöverenskommelsen",
/// "Januariavtalet").
pub(super) fn is_political(name: &str) -> bool {
    let lower = lowercase(name);
    POLITICAL_DEALS.iter().any(|d| lower.starts_with(d))
        || MONTHS.iter().any(|month| {
            lower
                .strip_prefix(month)
                .is_some_and(|rest| DEAL_NOUNS.iter().any(|noun| rest.starts_with(noun)))
        })
}

/// True when the word at `start` is the first of its sentence (after any dash or quote).
fn opens_sentence(text: &str, start: usize) -> bool {
    !text[sentence_start(text, start)..start].contains(char::is_alphanumeric)
}

/// Where the word holding byte `at` starts (letters and hyphens).
fn word_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '-')
        .last()
        .map_or(at, |(i, _)| i)
}

/// The words of `rest` up to a punctuation mark or a word that ends a name ("som",
/// "ska"), at most [`LONGEST_DATED_NAME_WORDS`].
fn clause_words(rest: &str) -> &str {
    let clause_end = rest
        .find(['.', '!', '?', ':', ';', ',', '(', '\n'])
        .unwrap_or(rest.len());
    let clause = &rest[..clause_end];
    let mut end = 0;
    for (count, word) in clause.split(' ').enumerate() {
        if count == LONGEST_DATED_NAME_WORDS
            || NAME_ENDER_SET.contains(word)
            || PROSE_ENDER_SET.contains(word)
        {
            break;
        }
        end += word.len() + 1;
    }
    clause[..end.saturating_sub(1).min(clause.len())].trim_end()
}

/// Words that join two words of a name ("Vård och omsorg 2030").
const NAME_JOINERS: &[&str] = &["och", "för", "i"];

/// The words of `topic` that make a name: up to a year that closes it, at most
/// [`LONGEST_DATED_NAME_WORDS`] words ("God och nära vård 2020"), or else capitalized words, numerals and
/// hyphenated words ("Vision e-hälsa"), with joiners between them. A plain lower-case
/// word ("byggs", "ska") ends such a name.
fn name_words(topic: &str) -> &str {
    let year_end = topic
        .split(' ')
        .take(LONGEST_DATED_NAME_WORDS)
        .scan(0, |pos, w| {
            *pos += w.len() + 1;
            Some((*pos - 1, w))
        })
        .filter(|(_, w)| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .map(|(end, _)| end)
        // The first year closes the name: "… 2025 och strategin för 2030" goes on past it.
        .next();
    if let Some(end) = year_end {
        return &topic[..end];
    }
    let is_name_word = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || w.contains('-')
    };
    let mut end = 0;
    let mut pending = false;
    for (count, (at, word)) in topic
        .split(' ')
        .scan(0, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .enumerate()
    {
        if count == LONGEST_NAME_WORDS {
            break;
        }
        if is_name_word(word) {
            end = at + word.len();
            pending = false;
        } else if NAME_JOINERS.contains(&word) && !pending {
            pending = true;
        } else {
            break;
        }
    }
    &topic[..end]
}
