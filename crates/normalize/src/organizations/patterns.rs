//! Public bodies known by the form of their names rather than by a list: municipalities
//! ("Kiruna kommun", "Göteborgs Stad"), universities and colleges ("Lunds universitet",
//! "Luleå tekniska universitet", "Högskolan i Gävle"), county administrative boards
//! ("Länsstyrelsen i Hallands län", "Länsstyrelsen Gotland"), the associations of a
//! county's municipalities ("Regionförbundet i Kalmar län", "Kommunförbundet Skåne"),
//! foundations ("KK-stiftelsen", "Kempestiftelserna", "Knut och Alice Wallenbergs
//! stiftelse"), hospitals ("Danderyds sjukhus", "Ystads lasarett"), companies ("Gävle
//! Hamn AB"), bodies named after their kind ("Stiftelsen Silviahemmet"), and bodies set
//! after a noun that tells their kind ("fackförbundet Kommunal": [`appositions`]).
//!
//! Each form is found by a substring search for its fixed word, then the capitalized
//! name before or after it is read.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use memchr::memmem::Finder;

use crate::entities::Span;
use crate::regions;
use crate::text::{char_after, char_before, is_word_char, DANGLING_WORDS};

mod appositions;
pub(super) use appositions::is_firm_word;
mod capitals;
mod genitives;
pub(super) use genitives::genitive_and_capital;

/// A name found by its form: where it stands and what it is reported as.
pub(super) struct Found<'t> {
    pub canonical: &'t str,
    pub span: Span,
}

impl<'t> Found<'t> {
    /// A name reported as the text writes it between `start` and `end`.
    fn spanning(text: &'t str, start: usize, end: usize) -> Found<'t> {
        Found {
            canonical: &text[start..end],
            span: Span { start, end },
        }
    }
}

/// Capitalized words that open sentences or name no place or firm: "Varje kommun",
/// "Enligt Gävle Hamn AB" must not take them into a name.
const FUNCTION_WORDS: &[&str] = &[
    // "Se Mälardalens högskolas nyhetsrum", "Läs mer": the imperatives of a page's
    // links.
    "Läs",
    "Se",
    // The heading an English wire sets before the sender's description ("About
    // Gästrike Lättmetall AB"), as a Swedish one sets "Om".
    "About",
    "Alla",
    "Annan",
    "Annat",
    "Ansvarig",
    "Att",
    "Av",
    "Berörd",
    "Berörda",
    "Både",
    "Den",
    "Denna",
    "Dessa",
    "Det",
    "Detta",
    "Din",
    "Ditt",
    "Där",
    "Då",
    "Efter",
    "Egen",
    "En",
    "Enligt",
    "Er",
    "Ert",
    "Ett",
    "Från",
    "För",
    "Före",
    "Hela",
    "Hemkommun",
    "Hos",
    "Här",
    "I",
    "Ingen",
    "Inget",
    "Inom",
    "Med",
    "Mellan",
    "Men",
    "Min",
    "Mitt",
    "Mot",
    "Mottagande",
    "Nu",
    "Ny",
    "Nya",
    // "Nytt teknikgymnasium öppnar": the adjective's neuter opens headlines.
    "Nytt",
    "När",
    "Någon",
    "Något",
    "Och",
    "Om",
    "Region",
    "Regionen",
    "Respektive",
    "Samma",
    // Conjunctions and adverbs that open a clause before a firm's name ("Sedan Orrefors
    // Kosta Boda AB lade ned hyttan", "Innan Byggbolaget AB …").
    "Sedan",
    "Innan",
    "Eftersom",
    "Medan",
    "Sin",
    "Sitt",
    "Som",
    "Staten",
    "Till",
    "Under",
    "Varje",
    "Vid",
    "Vilken",
    "Vilket",
    "Vår",
    "Vårt",
    "Även",
];

/// The labels a news wire sets in capitals before the sender's name ("SOURCE Hälsinge
/// Limträ AB", PR Newswire's line under every release): no word of the name.
const WIRE_LABELS: &[&str] = &["SOURCE"];

/// Adjectives among [`FUNCTION_WORDS`] that open firms' and papers' names ("Nya
/// Wermlands-Tidningen", "Ny Teknik").
const NAME_ADJECTIVES: [&str; 2] = ["Ny", "Nya"];

/// Words that open two-word municipality and parish names ("Upplands Väsby", "Lilla
/// Edet", "Östra Göinge", "Gamla Uppsala", "Stora Tuna").
pub(super) const TWO_WORD_LEADS: &[&str] = &[
    "Upplands", "Lilla", "Östra", "Västra", "Norra", "Södra", "Gamla", "Stora",
];

/// A word of a proper name: a capital and then lower-case letters or hyphens, each
/// part after a hyphen in either case ("Göteborgs", "Malung-Sälens", "Dals-Eds"), or,
/// where `acronyms`, two or more capitals ("LKAB"), a short code of capitals and
/// figures ([`is_code_word`]) or a brand with a capital inside ("MittSverige").
pub(super) fn is_name_word(word: &str, acronyms: bool) -> bool {
    if WIRE_LABELS.contains(&word) {
        return false;
    }
    if acronyms && (is_code_word(word) || is_brand_word(word)) {
        return true;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || FUNCTION_WORDS.contains(&word) {
        return false;
    }
    let rest = chars.as_str();
    let proper = !rest.is_empty()
        && !rest.ends_with('-')
        && rest.split('-').enumerate().all(|(i, part)| {
            let mut part = part.chars();
            // Only a part after a hyphen may open with a capital.
            let head_ok = match part.next() {
                Some(c) => c.is_lowercase() || (i > 0 && c.is_uppercase()),
                None => i == 0,
            };
            head_ok && part.all(char::is_lowercase)
        });
    proper || (acronyms && !rest.is_empty() && rest.chars().all(char::is_uppercase))
}

/// Most characters of a [`is_code_word`].
const CODE_WORD_MAX: usize = 4;

/// A firm's name word made of capitals and figures ("C4 Energi AB", "H2 Green Steel
/// AB", "3M Svenska AB"): two to [`CODE_WORD_MAX`] ASCII letters and figures, at least
/// one of each, every letter a capital. A figure alone ("2030") is none.
fn is_code_word(word: &str) -> bool {
    (2..=CODE_WORD_MAX).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.bytes().any(|b| b.is_ascii_digit())
        && word.bytes().any(|b| b.is_ascii_uppercase())
}

/// A brand written with a capital inside its word, as firms' names are ("MittSverige",
/// "NordPulp"): letters only, a capital first and another after a lower-case letter.
fn is_brand_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && chars
            .zip(word.chars().skip(2))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// The start of the word that ends at `end` (one space before a later word).
pub(super) fn word_before(text: &str, end: usize) -> Option<usize> {
    word_start(text, end, false)
}

/// The start of the word that ends at `end`, its figures counted as letters where
/// `figures` (a [`is_code_word`] is one word).
pub(super) fn word_start(text: &str, end: usize, figures: bool) -> Option<usize> {
    let head = text.get(..end)?;
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || (figures && c.is_ascii_digit())))
        .map_or(0, |(i, c)| i + c.len_utf8());
    (start < end).then_some(start)
}

/// The word that ends one space before `at`, and where it starts.
fn word_one_space_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let end = text[..at].strip_suffix(' ')?.len();
    let start = word_before(text, end)?;
    Some((start, &text[start..end]))
}

/// True when `word` ends as a Swedish noun in the definite form ("Bolaget", "Investeringen",
/// "Kommunerna").
pub(super) fn is_definite(word: &str) -> bool {
    ["en", "et", "na"].iter().any(|e| word.ends_with(e))
}

/// The start of up to `max_words` name words that end at `end`, one space between
/// them; `None` when the word right before `end` is not one.
///
/// A sentence's first word in the definite form ("Bolaget Kalix Energi AB") is a noun
/// before the name, not part of it, where it names a kind of body or two name words
/// follow it: before one ("Omsorgshuset Norden AB", "Affärsverken Karlskrona AB") it is
/// the name's own first word, as a place alone names no company.
fn name_before(text: &str, end: usize, max_words: usize, acronyms: bool) -> Option<usize> {
    let mut starts = Vec::with_capacity(max_words);
    let mut word_end = end;
    for _ in 0..max_words {
        // "Anders J Ahlström AB", "Per B. Nilsson Bygg AB": a given name's middle initial
        // between two of a firm's name words belongs to the name and counts as no word.
        if acronyms && !starts.is_empty() {
            if let Some(before_initial) = middle_initial_start(text, word_end) {
                word_end = before_initial;
            }
        }
        let Some(word_start) = word_start(text, word_end, acronyms) else {
            break;
        };
        let word = &text[word_start..word_end];
        // "och Nya Wermlands-Tidningens AB": an adjective that opens sentences, and so
        // no name there, is a name's first word where a sentence goes on before it.
        let inside_sentence_adjective =
            NAME_ADJECTIVES.contains(&word) && in_running_text(text, word_start);
        if !is_name_word(word, acronyms) && !inside_sentence_adjective {
            break;
        }
        // "Sydsvenska Industri- och Handelskammaren": a name word may be the second of
        // two coordinated words, the first cut short by a hyphen; the two are one word.
        let word_start = capitals::coordinated_first(text, word_start).unwrap_or(word_start);
        starts.push(word_start);
        let Some(head) = text[..word_start].strip_suffix(' ') else {
            break;
        };
        word_end = head.len();
        // "Tourism in Skåne AB", "Fiber i Mo ekonomisk förening": a small word between
        // two of a firm's name words.
        if acronyms {
            if let Some(link) = FIRM_NAME_LINKS.iter().find(|link| head.ends_with(*link)) {
                // The name word before the link ends where the link's space starts.
                let before_end = word_end - link.len();
                let named = self::word_start(text, before_end, acronyms).is_some_and(|start| {
                    is_name_word(&text[start..before_end], acronyms)
                        && (*link != PLACE_LINK
                            || in_running_text(text, start)
                            || !is_definite(&text[start..before_end]))
                });
                if !named {
                    break;
                }
                word_end = before_end;
            }
        }
    }
    let first = *starts.last()?;
    if let [.., second, _] = starts[..] {
        let first_word = text[first..].split(' ').next().unwrap_or("");
        let noun = appositions::names_a_kind(first_word) || starts.len() > 2;
        let family = FAMILY_FIRMS.contains(&first_word);
        if noun && !family && is_definite(first_word) && at_sentence_start(text, first) {
            return Some(second);
        }
    }
    Some(first)
}

/// Where the word before a middle initial ends: when the text up to `end` closes with one
/// capital, or a capital and a full stop, one space after a letter ("Anders J", "Per
/// B."), the end of the word before it.
fn middle_initial_start(text: &str, end: usize) -> Option<usize> {
    let head = &text[..end];
    let head = head.strip_suffix('.').unwrap_or(head);
    let mut chars = head.chars();
    let initial = chars.next_back()?;
    let before = chars.as_str().strip_suffix(' ')?;
    (initial.is_uppercase() && before.ends_with(char::is_alphabetic)).then_some(before.len())
}

/// Plural nouns in the definite form that open family firms' names ("Bröderna
/// Anderssons Bygg AB", "Systrarna Lindbergs Café AB"): the name's first word even at a
/// sentence's start, where another such noun is the sentence's own.
const FAMILY_FIRMS: [&str; 2] = ["Bröderna", "Systrarna"];

/// The small words of a firm's name between its name words: an English name's ("Elite
/// Hotels of Sweden AB") and the Swedish "i" of a firm or cooperative named for what it
/// does in its place ("Bostäder i Borås AB", "Fiber i Mo ekonomisk förening").
const FIRM_NAME_LINKS: [&str; 4] = [" in", " of", " for", PLACE_LINK];

/// The Swedish link of [`FIRM_NAME_LINKS`]. A sentence's first word before it in the
/// definite form ("Investeringen i Volvo AB") is the sentence's own noun, as in
/// [`name_before`]; inside a sentence, or in another form ("Skoterleder i Jämtland
/// ekonomisk förening samordnar …"), it opens the name.
const PLACE_LINK: &str = " i";

/// True when `word` is the kind that opens a body's name in the forms read after it
/// ("Kommunförbundet Östsam", "Riksförbundet HjärtLung"), at a sentence's start too.
fn opens_a_name_of_its_kind(word: &str) -> bool {
    ASSOCIATIONS.contains(&word) || KINDS_BEFORE_NAME.iter().any(|kind| word.starts_with(kind))
}

/// True when a lower-case word or a comma stands before the word at `at`, one space
/// between: the word is inside a sentence, where a capital marks a name.
pub(super) fn in_running_text(text: &str, at: usize) -> bool {
    text[..at]
        .strip_suffix(' ')
        .and_then(|head| head.chars().next_back())
        .is_some_and(|c| c.is_lowercase() || c == ',')
}

/// True when only white space, or a sentence's end, stands before `at` on its line.
pub(super) fn at_sentence_start(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches(' ');
    head.is_empty() || head.ends_with(['\n', '.', '!', '?', ':'])
}

/// Where a name that ends in `word` at `at` ends: after the word, or after its genitive
/// "s" (`end_with_s`), when no letter follows.
fn word_end(text: &str, at: usize, word: &str) -> Option<(usize, usize)> {
    let end = at + word.len();
    let free = |i: usize| !char_after(text, i).is_some_and(is_word_char);
    if free(end) {
        Some((end, end))
    } else if char_after(text, end) == Some('s')
        && free(end + 1)
        // "Sveriges universitets- och högskoleförbund": a hyphen after the "s" makes the
        // word the first part of a compound cut short, not the name's end.
        && char_after(text, end + 1) != Some('-')
    {
        Some((end, end + 1))
    } else {
        None
    }
}

/// " kommun", " stad", " Stad" and the other words a name ends in.
struct Tail {
    word: &'static str,
    /// Name words the tail may follow.
    max_words: usize,
    acronyms: bool,
    /// The name may open with a given name and "och" ("Knut och Alice Wallenbergs").
    couples: bool,
    /// Bytes at the tail's start left out of the search: the fast prefilter of
    /// [`FORM_WORDS`] tests a word's first three bytes, and " för…" or " fo…" open some
    /// of the commonest words, so such a tail is searched from a rarer part
    /// ("rsamling" for " församling") and checked whole where that part is found.
    key: usize,
}

impl Tail {
    const fn new(word: &'static str, max_words: usize, acronyms: bool) -> Tail {
        Tail {
            word,
            max_words,
            acronyms,
            couples: false,
            key: 0,
        }
    }

    /// The same tail, searched from byte `key` of its word.
    const fn searched_from(self, key: usize) -> Tail {
        Tail { key, ..self }
    }

    /// A tail after a founder's name, which may name a couple.
    const fn founders(word: &'static str, max_words: usize) -> Tail {
        Tail {
            couples: true,
            ..Tail::new(word, max_words, false)
        }
    }
}

const TAILS: [Tail; 26] = [
    Tail::new(" kommun", 1, false),
    Tail::new(" stad", 1, false),
    Tail::new(" universitet", 1, false),
    Tail::new(" tekniska universitet", 1, false),
    // "Ersta Sköndal Bräcke högskola", "Sophiahemmet högskola".
    Tail::new(" högskola", 3, false),
    Tail::new(" tekniska högskola", 1, false),
    Tail::new(" sjukhus", 1, false),
    Tail::new(" universitetssjukhus", 1, false),
    Tail::new(UNIVERSITY_HOSPITAL, 1, false),
    // "Kullbergska sjukhuset", "Carlanderska sjukhuset", "Bergska gymnasiet": a hospital
    // or a school named by an adjective made from its founder's name, before the definite
    // noun ([`FOUNDERS_ADJECTIVE`]).
    Tail::new(NAMED_HOSPITAL, 1, false),
    Tail::new(NAMED_SCHOOL, 1, false),
    // "Helsingborgs lasarett", "Ystads lasarett": the older word for a county hospital.
    Tail::new(" lasarett", 1, false),
    // Museums and orchestras named after their county or town ("Östergötlands museum",
    // "Nordiska museet", "Norrköpings symfoniorkester", "Västerås kammarorkester").
    Tail::new(" museum", 1, false),
    Tail::new(" museet", 1, false),
    // The county museums, named after their county ("Östergötlands länsmuseum",
    // "Gävleborgs länsmuseum").
    Tail::new(" länsmuseum", 1, false),
    Tail::new(" symfoniorkester", 1, false),
    Tail::new(" kammarorkester", 1, false),
    // A county's public transport company named after its county ("Kalmar länstrafik",
    // "Jönköpings Länstrafik" is read by the capitalized tails).
    Tail::new(" länstrafik", 1, false),
    // A foundation named for its founders ("Ragnar Söderbergs stiftelse", "Knut och
    // Alice Wallenbergs stiftelse").
    Tail::founders(FOUNDATION_LOWER, 2),
    // The same, the word capitalized as part of the name ("Knut och Alice Wallenbergs
    // Stiftelse", "Torsten Söderbergs Stiftelse").
    Tail::founders(FOUNDATION_CAPITALIZED, 2),
    // A district court named after its town ("Stockholms tingsrätt", "Umeå tingsrätt").
    Tail::new(" tingsrätt", 1, false),
    // A folk high school named after its town or county ("Malungs folkhögskola",
    // "Västerbergs folkhögskola"): some 150 in the country, run by regions, churches and
    // movements, named in the releases on courses and grants that local bodies send.
    Tail::new(" folkhögskola", 1, false).searched_from(" fo".len()),
    // The Church of Sweden's local and regional units, named after their town or
    // village: a parish ("Fårö församling"; a compound, "Kalmar domkyrkoförsamling", is
    // read as a place and its kind in `capitals`), a group of parishes ("Slite pastorat")
    // and a diocese ("Lunds stift"); they own the churches and cemeteries a release on
    // their care names.
    // A parish may have a second name word ("Falu Kristine församling").
    Tail::new(" församling", 2, false).searched_from(" fö".len()),
    Tail::new(" pastorat", 1, false).searched_from(" ".len()),
    Tail::new(" stift", 1, false),
    // Up to four name words: a brand and an English name of three ("Eurofins
    // Environment Testing Sweden AB").
    Tail::new(COMPANY, 4, true),
];

/// The tails of a county's hospital group's name, which the town of one of its
/// hospitals may follow ("Hallands sjukhus Halmstad", "Skaraborgs Sjukhus Skövde").
const HOSPITAL_GROUP_TAILS: [&str; 2] = [" sjukhus", " Sjukhus"];

/// A university hospital's compound, capitalized as a name's last word ("Lunds
/// Universitetssjukhuset").
const UNIVERSITY_HOSPITAL: &str = " Universitetssjukhuset";

/// A founders' foundation's tail capitalized. The one search for all forms finds it
/// before "Stiftelsen" one byte later, the kind a foundation's own name follows
/// ("Stiftelsen Silviahemmet"), which is then read from there.
const FOUNDATION_CAPITALIZED: &str = " Stiftelse";

/// The definite noun after which a hospital's name is an adjective from its founder's
/// name ("Kullbergska sjukhuset").
const NAMED_HOSPITAL: &str = " sjukhuset";

/// The definite noun after which a school's name is an adjective from its founder's name
/// ("Bergska gymnasiet").
const NAMED_SCHOOL: &str = " gymnasiet";

/// The ending of an adjective made from a founder's name ("Kullbergska", "Sahlgrenska"):
/// before [`NAMED_HOSPITAL`] any other word ("nya sjukhuset", "Hela sjukhuset") is a
/// description.
const FOUNDERS_ADJECTIVE: &str = "ska";

/// The start of the capitalized adjective made from a founder's name ("Crafoordska",
/// "Bergska") that stands one space before `at`.
fn founders_adjective_before(text: &str, at: usize) -> Option<usize> {
    let (start, word) = word_one_space_before(text, at)?;
    (word.len() > FOUNDERS_ADJECTIVE.len() + 2
        && word.ends_with(FOUNDERS_ADJECTIVE)
        && is_name_word(word, false)
        && !NATIONAL_ADJECTIVES.contains(&word))
    .then_some(start)
}

/// Adjectives of a country or a language that end as a founder's adjective does
/// ("Svenska", "Engelska"): before a foundation's or a school's noun they describe it.
const NATIONAL_ADJECTIVES: [&str; 6] = [
    "Svenska", "Engelska", "Tyska", "Franska", "Finska", "Danska",
];

/// Words that name a saint before the genitive that ends a place's or hospital's name
/// ("S:t Görans sjukhus", "Sankt Eriks ögonsjukhus"): part of the name.
const SAINTS: [&str; 5] = ["S:t ", "S:ta ", "St. ", "Sankt ", "Sankta "];

/// "Sveriges Byggindustrier", "Sveriges Ingenjörer": a national association named by
/// the country's genitive and one capitalized word. Only capitalized: "Sveriges
/// kommuner" is a common noun.
pub(super) const NATIONAL_NAME: &str = "Sveriges ";

/// Capitalized words after [`NATIONAL_NAME`] that name parliament and government, which
/// are no organizations here or are named otherwise ("Regeringen").
const NOT_NATIONAL_BODIES: [&str; 2] = ["Riksdag", "Regering"];

/// The tail of a company's name.
pub(super) const COMPANY: &str = " AB";

/// What may follow [`COMPANY`] at the end of a name. Searched with the character after
/// it, " AB" is no longer the one three-byte word of [`FORM_WORDS`]: with every word
/// four bytes or longer the search tests four bytes at a time and stops at far fewer
/// places (the three-byte test made the forms cost 2.5 % of all extraction time on the
/// seeds). A name that ends the text, with nothing after " AB", is not found.
const AFTER_AB: [char; 7] = [' ', ',', '.', '\n', ')', 's', ':'];

/// Where in [`FORM_WORDS`] the words of [`AFTER_AB`] after its first one start.
const MORE_AB_WORDS: usize = TAILS.len()
    + 3
    + FOUNDATIONS.len()
    + ASSOCIATIONS.len()
    + KINDS_BEFORE_NAME.len()
    + COURTS.len();

/// The letters that end a sports club's name after its town or district: "idrottsförening"
/// (IF), "fotbollsförening" (FF), "idrottsklubb" (IK), "bollklubb" (BK), "sportklubb"
/// (SK), "handbollsklubb" (HK), "hockeyclub" (HC), "allmänna idrottsklubb" (AIK),
/// "gymnastik- och idrottsförening" (GIF), "allmänna idrottssällskap" (AIS),
/// "allmänna idrottsförening" (AIF), "innebandyklubb" (IBK) —
/// "Berga IF", "Kalmar FF", "Sandvikens IK", "Färjestad BK", "Västerås SK", "Lugi HK",
/// "Vetlanda HC", "Skellefteå AIK", "Vedums AIS", "Mjällby AIF", "Ulricehamns IBK".
/// Looked for at the text's capitals, with the character after them, like
/// [`CAPITAL_KINDS`].
const CLUBS: [&str; 12] = [
    "IF", "FF", "IK", "BK", "SK", "HK", "HC", "AIK", "GIF", "AIS", "AIF", "IBK",
];
/// What may follow one of [`CLUBS`] at the end of a name; ":" opens a genitive ("FF:s").
const AFTER_CLUB: [u8; 6] = [b' ', b',', b'.', b'\n', b')', b':'];
/// Most name words before a club's letters ("Malmö Redhawks" takes none; "Ljungby IF",
/// "Östers IF" one, "Upsala Simsällskap" is no such form).
const CLUB_NAME_WORDS: usize = 2;

/// "Berga IF", "Kalmar FF:s": the club whose letters (one of [`CLUBS`]) stand at `at`,
/// with the capitalized name words before them.
fn club<'t>(text: &'t str, at: usize, letters: usize, out: &mut Vec<Found<'t>>) {
    let end = at + letters + 1;
    let Some(mut start) = name_before(text, at, CLUB_NAME_WORDS, false) else {
        return;
    };
    // "Idrottsklubbarna Timrå IK": a noun of the kind before the club's name.
    if let Some((noun, rest)) = text[start..at].split_once(' ') {
        if !rest.is_empty() && appositions::names_a_kind(noun) {
            start += noun.len() + 1;
        }
    }
    out.push(Found::spanning(text, start, end));
}

/// "Förvaltningsrätten i Stockholm": one of [`COURTS`] at `at` (its first letter just
/// before, either case, opening a word) and a capitalized town after it, or the county
/// of a county court ("Länsrätten i Örebro län").
fn court_in_town<'t>(text: &'t str, court: (u8, &str), at: usize, out: &mut Vec<Found<'t>>) {
    let Some(start) = at.checked_sub(1) else {
        return;
    };
    let (expected, rest) = court;
    let first = text.as_bytes()[start].to_ascii_lowercase();
    if first != expected || char_before(text, start).is_some_and(is_word_char) {
        return;
    }
    let seat = at + rest.len();
    if court == COUNTY_COURT {
        if let Some((end, _)) = county_after(text, seat) {
            out.push(Found::spanning(text, start, end));
        }
    } else {
        with_town(text, start, seat, out);
    }
}

/// The ending of a special court's name ("Migrationsdomstolen").
const SPECIAL_COURT: &str = "domstolen";
/// What joins a special court to the court it sits at ("Mark- och miljödomstolen vid
/// Vänersborgs tingsrätt").
const SEATED_AT: &str = " vid ";

/// "Mark- och miljödomstolen vid Vänersborgs tingsrätt", "Migrationsdomstolen vid
/// Förvaltningsrätten i Göteborg": the start of a special court's name when the court
/// found at `court_start` is the one it sits at; its name is the whole. The special
/// court's compound is capitalized, or the second of two coordinated parts after a
/// capitalized first ("Mark- och miljö…", "Patent- och marknads…").
fn seated_court_start(text: &str, court_start: usize) -> Option<usize> {
    let head = text[..court_start].strip_suffix(SEATED_AT)?;
    if !head.ends_with(SPECIAL_COURT) {
        return None;
    }
    let compound = word_before(text, head.len())?;
    let first = text[..compound]
        .strip_suffix(AND)
        .filter(|h| h.ends_with('-'))
        .map_or(compound, |h| {
            h.char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8())
        });
    text[first..]
        .starts_with(char::is_uppercase)
        .then_some(first)
}

/// The word a college's name follows ("Högskolan i Gävle").
pub(super) const COLLEGE: &str = "Högskolan";
/// Kinds of body that take a proper name after them ("Stiftelsen Silviahemmet",
/// "Riksförbundet Attention"). "Föreningen" is left out: its first letters open "För…",
/// among the commonest words, and the search for it cost more than its names gave.
///
/// "Länsförsäkringar" opens the names of the regional mutual insurers that fund much
/// local prevention and research ("Länsförsäkringar Värmland", "Länsförsäkringar
/// Göinge-Kristianstad"); alone it names the group and is left out.
///
/// "Riksförbund" is searched without its article: "Riksförbundet" takes its name after
/// it, while the bare word ends a name in the genitive before it ("Länkarnas
/// Riksförbund", "Sveriges Pensionärers Riksförbund"), the older national associations'
/// form; one search word serves both, as two would overlap.
///
/// "Räddningstjänsten" opens the names of the rescue services that municipalities run
/// together, named for their area ("Räddningstjänsten Syd", "Räddningstjänsten Östra
/// Götaland", "Räddningstjänsten Skåne Nordväst"); alone, or in lower case, it is a
/// municipality's service and names no body.
///
/// "Samordningsförbundet" opens the names of the financial coordination associations
/// that the Public Employment Service, the Social Insurance Agency, a region and its
/// municipalities form under the law on financial coordination (2003:1210), some 80,
/// named for their area ("Samordningsförbundet Västra Mälardalen",
/// "Samordningsförbundet Centrala Östergötland"); alone it is one named before.
const KINDS_BEFORE_NAME: [&str; 5] = [
    FOUNDATION_KIND,
    "Riksförbund",
    "Länsförsäkringar",
    "Räddningstjänsten",
    "Samordningsförbundet",
];
/// Kinds written in capitals that take a place after them, looked for at the text's
/// capitals rather than in [`FORM_WORDS`] (short words there stop its prefilter at far
/// more places: the first five and [`CLUBS`] cost 2 % of all extraction when searched so).
///
/// The short names of the national pensioners' organizations, PRO (Pensionärernas
/// Riksorganisation), SPF (SPF Seniorerna), SKPF (SKPF Pensionärerna) and RPG
/// (Riksförbundet Pensionärsgemenskap), the four of the government's
/// pensioners' council, open the names of their districts and local associations,
/// named for their county or town ("PRO Gävleborg", "SPF Seniorerna Visby", "SKPF
/// avd 12" is none). Matched with the space after them; [`kind_before_name`] reads the
/// kind without it.
///
/// "IFK" (Idrottsföreningen Kamraterna) opens the names of the clubs of that movement,
/// named for their town ("IFK Norrköping", "IFK Luleå"), the other way round from the
/// letters of [`CLUBS`]; so may "IK", "GIF" and "IBK" ("IK Sirius", "GIF Sundsvall",
/// "IBK Ljusdal").
///
/// "Energikontor" (a regional energy agency, one in most parts of the country, run by
/// the regions and municipalities of its area) opens a name of its area after it, in
/// either form ("Energikontor Norr", "Energikontoret Skåne"); read here, at the
/// capital it starts with, so that it adds no search of its own.
///
/// "Studieförbundet" opens the names of the study associations of adult education,
/// named after it ("Studieförbundet Vuxenskolan", "Studieförbundet Bilda"), and
/// "Kommunalförbundet" those of federations of municipalities or regions
/// ("Kommunalförbundet Svenskt Ambulansflyg"); lower case, each is the common noun.
/// "Föreningen" opens the names of associations named after it ("Föreningen Norden",
/// "Föreningen Svensk Form", "Föreningen Sveriges Socialchefer"); before a lower-case
/// word it is the noun.
///
/// "Leader" opens the names of the local action groups of the EU's rural programmes, one
/// for each area, named after it ("Leader Skåne Nordost", "Leader Hälsingebygden").
///
/// "Sparbanken" opens the names of the savings banks, named after their area, that fund
/// much local sport and culture ("Sparbanken Skåne", "Sparbanken Rekarne").
///
/// "Vårdcentralen" and "Hälsocentralen" open the names of the health centres of primary
/// care, public and private, named for their district or by a name of their own
/// ("Vårdcentralen Teleborg", "Hälsocentralen Odensala"), which regions' releases on
/// care name; alone, or in lower case, each is the common noun.
///
/// "Strukturfondspartnerskapet" opens the names of the eight partnerships that rank the
/// EU's regional fund projects in each of the country's programme areas, named for it
/// ("Strukturfondspartnerskapet Övre Norrland", "… för Mellersta Norrland").
///
/// "Folktandvården" opens the names of the regions' public dental services, named for
/// their county ("Folktandvården Dalarna", "Folktandvården Skåne").
///
/// "Komvux" opens the names of the municipalities' adult education, named for its town
/// ("Komvux i Älmhult", "Komvux Malmö").
///
/// "Länsmuseet" opens the names of the county museums, named for their county
/// ("Länsmuseet Gävleborg", "Länsmuseet i Varberg").
///
/// "Destination" and "Visit" open the names of the tourism companies that
/// municipalities and regions own, named for their area ("Destination Höga Kusten",
/// "Visit Dalarna AB").
///
/// "Campus" opens the names of the municipalities' centres for higher and vocational
/// education, named for their town ("Campus Varberg", "Campus Skellefteå").
///
/// "Film", "Musik" and "FoU" open the names of the regional film centres, music
/// institutions and research and development units that regions and municipalities run
/// together, named for their area after "i" ("Film i Skåne", "Musik i Dalarna", "FoU i
/// Väst").
const CAPITAL_KINDS: [&str; 27] = [
    "PRO ",
    "SPF ",
    "SKPF ",
    "RPG ",
    "IFK ",
    "IK ",
    "GIF ",
    "IBK ",
    "Energikontor ",
    "Energikontoret ",
    "Studieförbundet ",
    "Kommunalförbundet ",
    "Föreningen ",
    "Leader ",
    "Sparbanken ",
    "Vårdcentralen ",
    "Hälsocentralen ",
    "Strukturfondspartnerskapet ",
    "Folktandvården ",
    "Komvux ",
    "Länsmuseet ",
    "Destination ",
    "Visit ",
    CAMPUS,
    "Film ",
    "Musik ",
    "FoU ",
];

/// The kind of [`CAPITAL_KINDS`] of learning centres. After a university's or a
/// college's name it names that body's own campus ("Uppsala universitet Campus
/// Gotland"), a part of the university and no body of its own.
const CAMPUS: &str = "Campus ";
/// The last words of the names a campus of the university's own follows.
const CAMPUS_OWNERS: [&str; 3] = ["universitet ", "Universitet ", "högskola "];
/// Kinds of [`CAPITAL_KINDS`] named for an area that may follow "i" or "för" as well
/// as stand right after them ("Strukturfondspartnerskapet i Norra Mellansverige",
/// "Vårdcentralen i Tierp").
const KINDS_WITH_AREA_AFTER_IN: [&str; 12] = [
    "Strukturfondspartnerskapet",
    "Film",
    "Musik",
    "FoU",
    "Vårdcentralen",
    "Hälsocentralen",
    "Komvux",
    "Länsmuseet",
    // The pensioners' associations' local branches ("PRO i Svedala").
    "PRO",
    "SPF",
    "SKPF",
    "RPG",
];
/// A county hospital named as the hospital in its town ("Lasarettet i Enköping",
/// "Lasarettet i Ystad"), the older form of a county's smaller hospitals' names; read at
/// the capital it opens with.
const HOSPITAL_OF_TOWN: &str = "Lasarettet i ";
/// The same form with the common noun ("Sjukhuset i Arvika"), a name only inside a
/// sentence, where its capital marks one: opening a sentence it is the noun.
const HOSPITAL_OF_TOWN_INSIDE: &str = "Sjukhuset i ";
/// A founders' foundation's tail ("Ragnar Söderbergs stiftelse"); the one search for all
/// forms finds it before "stiftelsen" one byte later too.
const FOUNDATION_LOWER: &str = " stiftelse";
/// The kind a foundation's own name follows ("Stiftelsen Silviahemmet").
const FOUNDATION_KIND: &str = "Stiftelsen";
/// The bare kind that ends a name in the genitive, and its definite ending.
const NATIONAL_ASSOCIATION: &str = "Riksförbund";
const DEFINITE: &str = "et";
/// Most words of the genitive name before [`NATIONAL_ASSOCIATION`].
const GENITIVE_WORDS: usize = 2;
/// The preposition a kind may take before its name, and the word joining its name's words.
const FOR: &str = " för ";
pub(super) const AND: &str = " och ";
/// Most name words after such a kind ("Riksförbundet Enskilda Vägar").
const NAME_AFTER_KIND_WORDS: usize = 3;
/// "Länsstyrelsen" without its first letter, which may be "L" or "l".
const COUNTY_BOARD: &str = "änsstyrelsen";
/// The end of a hospital's compound name, before its town or its own name
/// ("Centralsjukhuset i Karlstad", "Länssjukhuset Ryhov").
const HOSPITAL_IN_TOWN: &str = "sjukhuset ";
/// The kinds of hospital a compound names without a name of its own, so that the town
/// after it completes the name ("Centralsjukhuset i Karlstad", "Länssjukhuset i Kalmar").
pub(super) const HOSPITAL_KINDS: &[&str] = &[
    "Central",
    "Läns",
    "Universitets",
    "Akut",
    "Region",
    "Lands",
    "Distrikts",
    "Närs",
    "Barn",
    "Läns-",
    "Lasarett",
];
/// The word between a hospital's compound and its town.
const IN: &str = "i ";
/// The words a county's body is named by, before its county: its association of
/// municipalities, and (until 2008) the county labour board of Arbetsmarknadsverket
/// ("Länsarbetsnämnden i Norrbottens län"), one in each county, in the releases of its
/// time on labour-market money shared by county.
const ASSOCIATIONS: [&str; 3] = ["Regionförbundet", "Kommunförbundet", "Länsarbetsnämnden"];
/// Administrative courts, named by their kind and their seat ("Förvaltningsrätten i
/// Stockholm", "kammarrätten i Sundsvall", and until 2010 the county's "Länsrätten i
/// Örebro län"): the first letter in lower case, and the rest, which is searched for
/// since the first letter may be in either case. A release on a decision names the
/// court that tried it.
const COURTS: [(u8, &str); 3] = [
    (b'f', "örvaltningsrätten i "),
    (b'k', "ammarrätten i "),
    (COUNTY_COURT.0, COUNTY_COURT.1),
];

/// The county administrative court, seated in its county ("Länsrätten i Skåne län").
const COUNTY_COURT: (u8, &str) = (b'l', "änsrätten i ");
/// The end of a foundation's name, one or several ("KK-stiftelsen",
/// "Wallenbergstiftelsen", "Kempestiftelserna").
const FOUNDATIONS: [&str; 2] = ["stiftelsen", "stiftelserna"];

/// The fixed word of each form, [`TAILS`] first and in their order, found in one
/// leftmost-longest search of the text rather than one search per word.
///
/// A word that search skips, inside a longer or earlier match, would name nothing:
/// " universitet" in " universitetssjukhus" has a letter after it, and " universitet"
/// in " tekniska universitet" a lower-case word before it. No other word can start
/// inside a match: each tail starts with a space and only the "tekniska" tails hold
/// another, and the words after the tails are searched without the space after them
/// (" AB" may follow "Högskolan"). "stiftelsen" inside " stiftelsen" is the exception,
/// and would name nothing: a foundation's compound has no space before its ending.
///
/// " AB", the last of [`TAILS`], is searched with the character after it, one word per
/// character of [`AFTER_AB`], the first in the tail's place and the others last.
static FORM_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let with_after = |c: &char| format!("{COMPANY}{c}");
    let words: Vec<String> = TAILS
        .iter()
        .map(|tail| tail.word[tail.key..].to_string())
        .map(|word| match word.as_str() {
            COMPANY => with_after(&AFTER_AB[0]),
            _ => word,
        })
        .chain(
            [COLLEGE, COUNTY_BOARD, HOSPITAL_IN_TOWN]
                .into_iter()
                .chain(FOUNDATIONS)
                .chain(ASSOCIATIONS)
                .chain(KINDS_BEFORE_NAME)
                .chain(COURTS.map(|(_, rest)| rest))
                .map(str::to_string),
        )
        .chain(AFTER_AB[1..].iter().map(with_after))
        .collect();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(words)
        .expect("constant word list builds")
});

/// Activities that open a company's name before its form, the company's own name after
/// it: the older form of many municipal housing and property companies ("Förvaltnings AB
/// Framtiden", "Fastighets AB Balder", "Bostads AB Mimer", "Byggnads AB Karlstadshus"),
/// and of shipping companies ("Rederi AB Gotland").
const ACTIVITY_BEFORE_FORM: [&str; 5] = [
    "Förvaltnings",
    "Fastighets",
    "Bostads",
    "Byggnads",
    "Rederi",
];

/// "Förvaltnings AB Framtiden": where the name ends when the one word before " AB"
/// (from `start` to the form's end `end`) is one of [`ACTIVITY_BEFORE_FORM`] and a
/// capitalized word follows the form; `None` otherwise.
fn name_after_activity(text: &str, start: usize, end: usize) -> Option<usize> {
    let activity = text.get(start..end)?.strip_suffix(COMPANY)?;
    if !ACTIVITY_BEFORE_FORM.contains(&activity) {
        return None;
    }
    let word_start = end + 1;
    let rest = text.get(end..)?.strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    let word_end = word_start + len;
    if !is_name_word(&rest[..len], true) {
        return None;
    }
    // "Byggnads AB Karlsson & Wingesjö": the founders' names joined by "&".
    let joined_end = text[word_end..]
        .strip_prefix(AMPERSAND)
        .and_then(|_| town_after(text, word_end + AMPERSAND.len()));
    Some(joined_end.unwrap_or(word_end))
}

/// The tails of parishes and groups of parishes, which after [`IN_PLACE`] name an area.
pub(super) const PARISH_TAILS: [&str; 2] = [" församling", " pastorat"];
/// The preposition before a place.
pub(super) const IN_PLACE: &str = " i ";

/// The name that ends in `tail` at `at`: the name words before it, and the tail.
fn by_tail<'t>(text: &'t str, tail: &Tail, at: usize, out: &mut Vec<Found<'t>>) {
    let Some((end, word_end)) = word_end(text, at, tail.word) else {
        return;
    };
    // "Sydsvenska Industri- och Handelskammaren": the tail's word may be the second of
    // two coordinated words, the first cut short by a hyphen; the name goes on before it.
    let name_end = capitals::coordinated_first(text, at + 1)
        .and_then(|first| first.checked_sub(1))
        .filter(|&space| text.as_bytes()[space] == b' ')
        .unwrap_or(at);
    let Some(mut start) = name_before(text, name_end, tail.max_words, tail.acronyms) else {
        if tail.word == COMPANY {
            // "SunPine AB": a brand alone before the form, with a capital inside its word.
            if let Some(start) = town_and_trades(text, at).or_else(|| brand_before(text, at + 1)) {
                out.push(Found {
                    canonical: &text[start..end],
                    span: Span {
                        start,
                        end: word_end.max(end),
                    },
                });
                return;
            }
            company_after(text, at, out);
        }
        // "med Universitetssjukhuset MAS": the capitalized compound found as a tail
        // opens the name when no name stands before it; read as a hospital's compound.
        if tail.word == UNIVERSITY_HOSPITAL && text[end..].starts_with(' ') {
            hospital_in_town(text, end - HOSPITAL_IN_TOWN.len() + 1, out);
        }
        return;
    };
    if [NAMED_HOSPITAL, NAMED_SCHOOL].contains(&tail.word)
        && !text[start..at].ends_with(FOUNDERS_ADJECTIVE)
    {
        return;
    }
    // "en lokal i Klara församling", "född i Bunge församling": after "i" a parish or
    // a group of parishes names the area it covers, the unit of registration it long
    // was, not the body.
    if PARISH_TAILS.contains(&tail.word) && text[..start].ends_with(IN_PLACE) {
        return;
    }
    // "Upplands Väsby kommun"
    if let Some(lead_start) = text[..start]
        .strip_suffix(' ')
        .and_then(|head| word_before(text, head.len()))
    {
        if TWO_WORD_LEADS.contains(&&text[lead_start..start - 1]) {
            start = lead_start;
        }
    }
    if tail.word != COMPANY {
        start = saint_start(text, start);
    }
    let end = if tail.word == COMPANY {
        name_after_activity(text, start, end).unwrap_or(end)
    } else {
        end
    };
    if tail.word == COMPANY {
        start = company_in_town(text, start).unwrap_or(start);
        start = region_inside(text, start).unwrap_or(start);
        start = joined_by_and(text, start, at).unwrap_or(start);
        start = brand_before(text, start).unwrap_or(start);
    }
    if tail.couples {
        start = couple_start(text, start).unwrap_or(start);
        // "Familjen Kamprads stiftelse": a family's foundation names the family.
        if let Some(head) = text[..start].strip_suffix(FAMILY) {
            if !head.ends_with(|c: char| c.is_alphanumeric()) {
                start = head.len();
            }
        }
    }
    out.push(Found {
        canonical: &text[start..end],
        span: Span {
            start,
            end: word_end.max(end),
        },
    });
}

/// "S:t Görans sjukhus", "Capio S:t Görans sjukhus": the start of a name whose genitive
/// at `start` follows one of [`SAINTS`], with the saint's word, and with a brand's
/// capitalized word before it where one stands inside a sentence (at a sentence's start
/// a capitalized word says nothing: "Vid S:t Görans sjukhus").
fn saint_start(text: &str, start: usize) -> usize {
    let Some(head) = SAINTS.iter().find_map(|w| text[..start].strip_suffix(w)) else {
        return start;
    };
    if head.ends_with(|c: char| c.is_alphanumeric()) {
        return start;
    }
    let saint = head.len();
    let brand = head
        .strip_suffix(' ')
        .and_then(|h| word_before(text, h.len()).map(|w| (w, h.len())))
        .filter(|&(w, end)| is_name_word(&text[w..end], true) && !at_sentence_start(text, w));
    brand.map_or(saint, |(w, _)| w)
}

/// The state's genitive opening the names of its bodies.
const STATE: &str = "Statens ";

/// Endings of the compounds that name a body of the state after [`STATE`] ("Statens
/// inköpscentral", "Statens konstråd", "Statens fastighetsverk", "Statens
/// haverikommission", "Statens servicecenter", "Statens maritima museer" has two words).
const STATE_BODY_ENDINGS: [&str; 10] = [
    "central",
    "råd",
    "verk",
    "institut",
    "nämnd",
    "kommission",
    "center",
    "styrelse",
    "inspektion",
    "byrå",
];

/// "Statens inköpscentral vid Kammarkollegiet", "… av Statens medieråd": the state's
/// genitive at `at` and a lower-case compound of a body's kind after it
/// ([`STATE_BODY_ENDINGS`]); the state's other things are no body, capitalized in a
/// heading or a list of topics as they may be ("Statens budget", "Statens offentliga
/// utredningar"). The listed bodies are read by the lists first.
fn state_body(text: &str, at: usize) -> Option<Found<'_>> {
    let word_start = at + STATE.len();
    let word_end = word_end_from(text, word_start);
    let word = &text[word_start..word_end];
    let kind = word.starts_with(char::is_lowercase)
        && STATE_BODY_ENDINGS.iter().any(|e| word.ends_with(e));
    // "Statens inspektion för försvarsunderrättelseverksamhet": a bare kind names its
    // field after "för", which opens with no function word ("Statens institut för att …"
    // goes on with the sentence, as "Statens fastighetsverk för …" does).
    let bare = STATE_BODY_ENDINGS.contains(&word);
    let field_end = || {
        let field = text[word_end..].strip_prefix(FOR)?;
        let first = &field[..field.find(' ').unwrap_or(field.len())];
        (!DANGLING_WORDS.contains(&first))
            .then(|| field_after_for(text, word_end))
            .flatten()
    };
    let end = bare.then(field_end).flatten().unwrap_or(word_end);
    kind.then(|| Found::spanning(text, at, end))
}

/// "Sveriges Byggindustrier", "Svensk Form", "Svenskt Vatten": the country's genitive
/// ([`NATIONAL_NAME`]) or adjective ([`NATIONAL_LOWER`]) at the capital at `at` (a word's
/// start), and one capitalized word after it (no [`NOT_NATIONAL_BODIES`]), reported
/// without a genitive "s"; with the capitalized word a genitive or an adjective governs
/// ("Sveriges Elevråds Centralorganisation", "Sveriges Allmännyttiga Bostadsföretag"),
/// or with the second of two coordinated compounds ("Sveriges Kyrkogårds- och
/// Krematorieförbund"); or a national association named in lower case
/// ([`national_association`]). A name the lists hold ("Sveriges Allmännytta")
/// is read by the lists first. Called for each capital outside the listed names, so the
/// prefix test comes first.
pub(super) fn national_name(text: &str, at: usize) -> Option<Found<'_>> {
    let rest = &text.as_bytes()[at..];
    // Every prefix opens with "S", which most capitals are not.
    if rest.first() != Some(&b'S') {
        return None;
    }
    if rest.starts_with(STATE.as_bytes()) {
        return state_body(text, at);
    }
    let prefix = std::iter::once(NATIONAL_NAME)
        .chain(NATIONAL_LOWER)
        .find(|prefix| rest.starts_with(prefix.as_bytes()))?;
    let word_start = at + prefix.len();
    let word_end = word_end_from(text, word_start);
    let word = &text[word_start..word_end];
    if let Some(end) = coordinated_capital_end(text, word_end) {
        return Some(Found::spanning(text, at, end));
    }
    if !is_name_word(word, false) || NOT_NATIONAL_BODIES.contains(&word) {
        return national_association(text, at, word_start);
    }
    let genitive = word.ends_with('s');
    // "Sveriges Allmännyttiga Bostadsföretag", "Svenska Förenade …": an adjective's or
    // participle's weak form before the noun.
    let adjective = word.ends_with('a') || word.ends_with("de") || word.ends_with("te");
    // "Svensk Förening för Akutsjukvård": a capitalized bare kind names its field too.
    let capitalized_kind = ASSOCIATION_ENDINGS
        .iter()
        .any(|e| word.len() == e.len() && word.as_bytes()[1..] == e.as_bytes()[1..]);
    if capitalized_kind {
        if let Some(end) = field_after_for(text, word_end) {
            return Some(Found::spanning(text, at, end));
        }
    }
    if !(genitive || adjective) {
        // "Svenska Blå Stjärnan": after the country's adjective a name may go on with
        // another capitalized word.
        let next_end = (prefix != NATIONAL_NAME)
            .then(|| text[word_end..].strip_prefix(' ').map(|_| word_end + 1))
            .flatten()
            .and_then(|next| town_after(text, next))
            .filter(|&end| !NOT_NATIONAL_BODIES.contains(&&text[word_end + 1..end]));
        let end = next_end.unwrap_or(word_end);
        // "Sveriges Bagare & Konditorer": a second capitalized word joined by "&".
        let joined_end = text[end..]
            .strip_prefix(AMPERSAND)
            .and_then(|_| town_after(text, end + AMPERSAND.len()));
        return Some(Found::spanning(text, at, joined_end.unwrap_or(end)));
    }
    // "Sveriges Elevråds Centralorganisation": a capitalized word after the genitive or
    // the adjective goes on with the name ("Sveriges Pensionärers Riksförbund" is read by
    // its own form too).
    let next_start = word_end + 1;
    let next_end = text
        .get(next_start..)
        .filter(|_| text[word_end..].starts_with(' '))
        .and_then(|next| next.find(|c: char| !c.is_alphabetic()).or(Some(next.len())))
        .map(|len| next_start + len);
    if let Some(next_end) = next_end.filter(|&e| is_name_word(&text[next_start..e], false)) {
        return Some(Found::spanning(text, at, next_end));
    }
    // "Svensk Luftambulans, som …": a word in "s" that no word follows is the name's own,
    // not a genitive before what it owns.
    if adjective || !text[word_end..].starts_with(' ') {
        return Some(Found::spanning(text, at, word_end));
    }
    // "Sveriges Hamnars rapport": the association in the genitive.
    Some(Found {
        canonical: &text[at..word_end - 1],
        span: Span {
            start: at,
            end: word_end,
        },
    })
}

/// "Kyrkogårds- och Krematorieförbund": where a name's capitalized first part, cut
/// short with a hyphen at `cut_end`, ends with the capitalized compound that " och "
/// joins to it.
fn coordinated_capital_end(text: &str, cut_end: usize) -> Option<usize> {
    if !text[..cut_end].ends_with('-') {
        return None;
    }
    let second = cut_end + text[cut_end..].strip_prefix(AND).map(|_| AND.len())?;
    let end = word_end_from(text, second);
    is_name_word(&text[second..end], false).then_some(end)
}

/// The country's adjective and genitive before a national association's name in lower
/// case ("Svensk sjuksköterskeförening", "Sveriges universitets- och högskoleförbund").
pub(super) const NATIONAL_LOWER: [&str; 3] = ["Svensk ", "Svenska ", "Svenskt "];

/// Endings of the compound that closes such a name: an association's, or a national
/// institute's ("Svenska barnboksinstitutet").
const ASSOCIATION_ENDINGS: [&str; 9] = [
    "förening",
    "föreningen",
    "förbund",
    "förbundet",
    "sällskap",
    "sällskapet",
    "samfund",
    "samfundet",
    "institutet",
];

/// "Svensk sjuksköterskeförening", "Svenska läkaresällskapet", "Sveriges universitets- och
/// högskoleförbund": a national association whose name, after the country's adjective
/// or genitive at `at`, is a lower-case compound of [`ASSOCIATION_ENDINGS`] starting at
/// `word_start`, perhaps the second of two coordinated compounds. A compound of any
/// other kind is a common noun ("Sveriges kommuner", "svensk sjukvård").
fn national_association(text: &str, at: usize, word_start: usize) -> Option<Found<'_>> {
    let mut end = word_end_from(text, word_start);
    if text[word_start..end].ends_with('-') {
        let second = text[end..].strip_prefix(AND)?;
        end = word_end_from(text, text.len() - second.len());
    }
    let compound = &text[word_start..end];
    let lower = compound.starts_with(char::is_lowercase);
    let association = ASSOCIATION_ENDINGS.iter().any(|e| compound.ends_with(e));
    if !(lower && association) || char_after(text, end).is_some_and(is_word_char) {
        return None;
    }
    // "Svensk förening för allmänmedicin": the bare kind names its field after "för".
    let bare_kind = ASSOCIATION_ENDINGS.contains(&compound);
    let end = if bare_kind {
        field_after_for(text, end).unwrap_or(end)
    } else {
        end
    };
    Some(Found::spanning(text, at, end))
}

/// Endings of an adjective before a field's noun ([`field_after_for`]), in the singular
/// or in the plural ("sällsynta diagnoser", "kommunstrategiska studier", "ovanliga
/// sjukdomar", "sociala frågor"), and of a definite noun's genitive
/// ("trafiksäkerhetens främjande", "havets miljö", "kvinnornas hälsa"), which governs the
/// noun after it as an adjective does. A plural adjective's "-a" is read only after the
/// letters adjectives end in: a noun's "-a" ("djurhälsa", "skola") is the field's end.
const FIELD_ADJECTIVE_ENDINGS: [&str; 13] = [
    "sk", "al", "ell", "ens", "ets", "nas", "ska", "iga", "nga", "ala", "lla", "nta", "ara",
];

/// Where the field after " för " at `end` ends: a lower-case noun, with an adjective
/// before it ("klinisk kemi") or a second noun joined by "och" ("hygien och
/// smittskydd", "ögon- och öronvård"). A verb or a preposition after it is no part.
fn field_after_for(text: &str, end: usize) -> Option<usize> {
    let start = end + text[end..].strip_prefix(FOR).map(|_| FOR.len())?;
    // Lower-case, or capitalized as the whole name may be ("Svensk Förening för
    // Akutsjukvård"), every word of the field as its first: a capital after a lower-case
    // field opens another name ("… för skolsköterskor och Lärarförbundet").
    let capitalized = text[start..].starts_with(char::is_uppercase);
    let lower_word = |from: usize| {
        let word_end = word_end_from(text, from);
        let word = &text[from..word_end];
        let mut chars = word.chars();
        let first_ok = chars
            .next()
            .is_some_and(|c| c.is_lowercase() || (capitalized && c.is_uppercase()));
        (first_ok && chars.all(|c| c.is_lowercase() || c == '-')).then_some(word_end)
    };
    let mut field_end = lower_word(start)?;
    // "klinisk kemi", "rural medicin", "kulturell hållbarhet": an adjective before the
    // noun, or a genitive ("trafiksäkerhetens främjande").
    if FIELD_ADJECTIVE_ENDINGS
        .iter()
        .any(|ending| text[start..field_end].ends_with(ending))
    {
        // A word that ends the name ("skola i Umeå", "hälsa och vård") is no noun.
        if let Some(noun_end) = text[field_end..]
            .strip_prefix(' ')
            .and_then(|_| lower_word(field_end + 1))
            .filter(|&noun_end| {
                !AFTER_FIELD
                    .iter()
                    .any(|w| w.trim() == &text[field_end + 1..noun_end])
            })
        {
            field_end = noun_end;
        }
    }
    // A capitalized field is one word: "och" and a capital after it open another name,
    // unless it is a common noun written in capitals ("radio och TV").
    if let Some(second_end) = text[field_end..]
        .strip_prefix(AND)
        .filter(|_| !capitalized)
        .and_then(|_| {
            lower_word(field_end + AND.len())
                .or_else(|| noun_in_capitals_end(text, field_end + AND.len()))
        })
    {
        field_end = second_end;
    }
    // … or two nouns paired as a name pairs them ("Svensk Förening för Kardiologi och
    // Hjärtsjukvård"), the second closing the clause's subject.
    if capitalized {
        field_end = paired_noun_end(text, field_end).unwrap_or(field_end);
    }
    Some(field_end)
}

/// Common nouns written in capitals, which a field may hold as it holds lower-case
/// words ("Granskningsnämnden för radio och TV").
const NOUNS_IN_CAPITALS: [&str; 3] = ["TV", "IT", "AI"];

/// The end of one of [`NOUNS_IN_CAPITALS`] standing as a word at `at`.
fn noun_in_capitals_end(text: &str, at: usize) -> Option<usize> {
    NOUNS_IN_CAPITALS.iter().find_map(|noun| {
        let end = at + noun.len();
        (text[at..].starts_with(noun) && !char_after(text, end).is_some_and(is_word_char))
            .then_some(end)
    })
}

/// "Riksbankens Jubileumsfond", "Sparbankernas Utvecklingsfond": the start of a fund's
/// name whose capitalized compound on "fond" opens at `compound`: the capitalized
/// genitive before it, the fund's founder. A fund named by no genitive ("Kulturfond",
/// where a capital at a sentence's start says nothing) is left to the list.
pub(super) fn founder_before(text: &str, compound: usize) -> Option<usize> {
    let (start, founder) = word_one_space_before(text, compound)?;
    (founder.ends_with('s') && is_name_word(founder, false)).then_some(start)
}

/// "Familjebostäder i Göteborg AB", "Energibolaget i Mölndal AB": the start of a company
/// named for what it is and the town it is in, whose town starts at `town_start`. A
/// sentence's first word in the definite form ("Investeringen i Volvo AB") is a noun, no
/// name, as in [`name_before`].
fn company_in_town(text: &str, town_start: usize) -> Option<usize> {
    let head = text[..town_start].strip_suffix(" i ")?;
    let start = word_before(text, head.len())?;
    let word = &text[start..head.len()];
    let definite = is_definite(word);
    let name = is_name_word(word, false) && !FUNCTION_WORDS.contains(&word);
    if name {
        // "Svensk Biogas i Linköping AB": the name may have more than one word.
        let first = name_before(text, head.len(), COMPANY_IN_TOWN_WORDS, false)?;
        let alone = first == start;
        return (!(alone && definite && at_sentence_start(text, start))).then_some(first);
    }
    described_before_town(text, start, word, definite)
}

/// Most name words before " i " and the town of a company named for it.
const COMPANY_IN_TOWN_WORDS: usize = 3;

/// "Tekniska verken i Linköping AB", "Kommunala bostadsbolaget i Eda AB": a company
/// named for what it is by an adjective and a noun in the definite form, the noun in
/// lower case, before the town; `noun_start` is where `noun` starts. The start of the
/// capitalized adjective (ending in "-a", as a Swedish adjective before a definite noun
/// does), or `None`.
fn described_before_town(
    text: &str,
    noun_start: usize,
    noun: &str,
    definite: bool,
) -> Option<usize> {
    if !definite || !noun.chars().all(char::is_lowercase) {
        return None;
    }
    let (start, adjective) = word_one_space_before(text, noun_start)?;
    (adjective.ends_with('a') && is_name_word(adjective, false)).then_some(start)
}

/// "PostNord Sverige AB", "BillerudKorsnäs Skog AB": a company's name opened by a brand
/// written with a capital inside its word, before the name words [`name_before`] read
/// (which stops at such a word, a proper name's word having no capital inside); the
/// start of the brand. Without it the brand is cut off and the rest ("Sverige AB")
/// reported as a name of its own.
fn brand_before(text: &str, start: usize) -> Option<usize> {
    let (brand, word) = word_one_space_before(text, start)?;
    let capital_inside = word.chars().skip(1).any(char::is_uppercase);
    (capital_inside && appositions::is_firm_word(word)).then_some(brand)
}

/// "Business Region Göteborg AB": "Region" inside a company's name, between its name
/// words, is one of them (opening a name, "Region Skåne AB", it stays a region's word,
/// as in [`FUNCTION_WORDS`]); the start of the name words before it.
fn region_inside(text: &str, start: usize) -> Option<usize> {
    let head = text[..start].strip_suffix("Region ")?;
    let end = head.strip_suffix(' ')?.len();
    name_before(text, end, 2, true)
}

/// What joins the two trades of a company's name: Swedish, or English in the names of
/// international groups' Swedish companies ("Essity Hygiene and Health AB").
const COMPANY_JOINERS: [&str; 3] = [AND, " and ", AMPERSAND];

/// "Uppsala Vatten och Avfall AB", "Halmstads Energi och Miljö AB", "Martin & Servera
/// AB": a company named for its town and two trades joined by "och" (or
/// [`COMPANY_JOINERS`]), or for its founders joined by "&", whose last word starts at
/// `start` and whose " AB" stands at `at`; the start of the name words before the
/// joiner. Before "och" two words are needed: one word is a firm of its own
/// ("Vattenfall och Skanska AB"). A noun of a kind of body opening the words is no part
/// of the name ("Grossisterna Martin & Servera AB").
fn joined_by_and(text: &str, start: usize, at: usize) -> Option<usize> {
    let (joiner, head) = COMPANY_JOINERS
        .iter()
        .find_map(|joiner| text[..start].strip_suffix(joiner).map(|h| (*joiner, h)))?;
    // After "och" one trade closes the name; after "&" the founders' firm may go on
    // ("Hansson & Söner Bygg AB").
    if joiner != AMPERSAND && text[start..at].contains(' ') {
        return None;
    }
    // Brands and acronyms count ("MittSverige Vatten & Avfall AB"), the form of another
    // company's name does not ("… AB Stångåstaden och Bostads AB").
    let most_words = if joiner == AMPERSAND {
        AMPERSAND_FIRST_WORDS
    } else {
        AND_FIRST_WORDS
    };
    let mut first = name_before(text, head.len(), most_words, true)?;
    let words = &text[first..head.len()];
    // "Com Hem och Bahnhof AB": a listed firm before the joiner is a firm of its own,
    // and so is a name in its place ("Yrkeshögskolan i Borås och Lärande AB").
    if words.split(' ').any(|word| word == COMPANY.trim_start())
        || super::list::org_canonical(words).is_some()
        || words.contains(IN_PLACE)
        || names_a_body_by_its_form(text, first, head.len())
    {
        return None;
    }
    if let Some((noun, _)) = words.split_once(' ') {
        if appositions::names_a_kind(noun) {
            first += noun.len() + 1;
        }
    }
    let one_word = !text[first..head.len()].contains(' ');
    (!one_word || joiner == AMPERSAND).then_some(first)
}

/// True when the words at `start..end` name a body by their form, no trade of a firm:
/// the country's genitive and a noun ("Sveriges Tandläkarförbund"), or a last word with
/// an agency's or association's ending ("Tandvårdsförbundet", "Konsumentverket").
fn names_a_body_by_its_form(text: &str, start: usize, end: usize) -> bool {
    let last = word_before(text, end).unwrap_or(start);
    national_name(text, start).is_some_and(|found| found.span.end == end)
        || super::agencies::agency_at(text, last).is_some_and(|(name_end, _)| name_end == end)
}

/// Most name words before "och" joining a firm's two trades ("Umeå Vatten och Avfall
/// AB"), and before "&" ("Bröderna Anderssons Mark & Anläggning AB"), which joins no
/// two firms of a list.
const AND_FIRST_WORDS: usize = 2;
const AMPERSAND_FIRST_WORDS: usize = 3;

/// The joiner of founders' names in a firm's ("Martin & Servera"), and of two name
/// words in a part's ("Färs & Frosta").
pub(super) const AMPERSAND: &str = " & ";

/// "Nacka vatten och avfall AB", "Kalix energi och miljö AB": a municipal company named
/// for its town and two trades joined by "och", the trades in lower case, with " AB" at
/// `at`; the start of the town. The town must be a capitalized name word, and not a
/// sentence's first word in the definite form (a noun, as in [`name_before`]).
fn town_and_trades(text: &str, at: usize) -> Option<usize> {
    let lower = |from: usize, to: usize| {
        let word = &text[from..to];
        !word.is_empty() && word.chars().all(char::is_lowercase)
    };
    let second = word_before(text, at)?;
    if !lower(second, at) {
        return None;
    }
    let head = text[..second].strip_suffix(AND)?;
    let first = word_before(text, head.len())?;
    if !lower(first, head.len()) {
        return None;
    }
    let (town, word) = word_one_space_before(text, first)?;
    let definite = is_definite(word);
    (is_name_word(word, false) && !(definite && at_sentence_start(text, town))).then_some(town)
}

/// Compound endings of the kinds of body named as "kind för field" ("Forskningsrådet
/// för arbetsliv och socialvetenskap", "Delegationen för unga till arbete", "Centrum
/// för idrott och hälsa", "Riksorganisationen för kvinnojourer och tjejjourer i Sverige").
const KIND_FOR_ENDINGS: &[&str] = &[
    "rådet",
    "nämnden",
    "delegationen",
    "kommittén",
    "myndigheten",
    "institutet",
    "centrum",
    "akademien",
    "förbundet",
    "stiftelsen",
    "organisationen",
    "föreningen",
];

/// The country after a national body's field, part of its name.
const IN_THE_COUNTRY: &str = " i Sverige";
/// The country's name alone.
const COUNTRY: &str = "Sverige";
/// The definite ending of nouns in "-a" ("Högskolan", "Kyrkan"), which [`is_definite`]
/// leaves out: names in "-an" are as often places ("Tranan") as such nouns.
const DEFINITE_IN_A: &str = "an";
/// The ending of the adjectives that open a body's name before its noun ("Naturhistoriska
/// riksmuseet", "Europeiska kommissionen").
const ADJECTIVE_IN_SKA: &str = "ska";

/// Words after which a "kind för field" name without initials has ended: a place or
/// host after it, or the verb of its clause ("Institutet för stressmedicin i Göteborg",
/// "Centrum för rural medicin har följt upp").
const AFTER_FIELD: [&str; 12] = [
    " i ", " vid ", " på ", " och ", " som ", " har ", " hade ", " ska ", " är ", " var ",
    " kommer ", " får ",
];

/// "Institutet för stressmedicin", "Centrum för rural medicin": a capitalized compound
/// of [`KIND_FOR_ENDINGS`] at `at..end`, inside a sentence or opening one (where a kind
/// and its field are a name as often: the noun alone would refer back without "för"),
/// then " för " and a field ([`field_after_for`]) that ends where the name must:
/// at a clause's punctuation or before one of [`AFTER_FIELD`]. A comma before another
/// lower-case word and "och" or a comma is a longer field listed ("Forskningsrådet för
/// hälsa, arbetsliv och välfärd"), read only with the initials after it
/// ([`kind_for_field`]). Whether a kind opens the field is read only after " för ".
pub(super) fn kind_for_plain_field<'t>(
    text: &'t str,
    at: usize,
    end: usize,
    out: &mut Vec<Found<'t>>,
) -> bool {
    let kind = text[at..end].to_lowercase();
    if !KIND_FOR_ENDINGS.iter().any(|e| kind.ends_with(e)) {
        return false;
    }
    let Some(mut field_end) = field_after_for(text, end) else {
        return false;
    };
    // "bidrag från Riksidrottsförbundet för hallen": one noun in the definite form is a
    // thing the text spoke of, no field.
    let field = &text[end + FOR.len()..field_end];
    if !field.contains(' ') && (is_definite(field) || field.ends_with(DEFINITE_IN_A)) {
        return false;
    }
    // "Riksorganisationen för kvinnojourer och tjejjourer i Sverige": a national body's
    // country closes its name; another place after "i" is its seat, no part of it.
    // The country ends the name as a stop would: nothing of it follows.
    let mut national = false;
    if text[field_end..].starts_with(IN_THE_COUNTRY)
        && !char_after(text, field_end + IN_THE_COUNTRY.len()).is_some_and(is_word_char)
    {
        field_end += IN_THE_COUNTRY.len();
        national = true;
    }
    let after = &text[field_end..];
    let listed = after.strip_prefix(", ").is_some_and(|rest| {
        let word_end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        word.starts_with(char::is_lowercase)
            && (rest[word_end..].starts_with(AND) || rest[word_end..].starts_with(','))
    });
    let ended = national
        || after.is_empty()
        || after.starts_with(['.', ',', ';', ':', '!', '?', ')', '\n'])
        || AFTER_FIELD.iter().any(|w| after.starts_with(w));
    if !ended || listed {
        return false;
    }
    out.push(Found::spanning(text, at, field_end));
    true
}

/// Most words of the field between "för" and the bracket.
const FIELD_WORDS: usize = 8;

/// Most lower-case letters of a short name written as a word ("Roks", "Brå").
const SHORT_NAME_LOWER: usize = 5;

/// Most bytes between the brackets of initials: six capitals, or a capital and
/// [`SHORT_NAME_LOWER`] letters of two bytes each.
const SHORT_NAME_MAX_BYTES: usize = 11;

/// What opens a body's initials in brackets after its name.
const OPEN_BRACKET: &[u8] = b" (";

/// The initials in brackets after " (" at `at`: two to six capitals ("FAS"), or a short
/// name written as a word, a capital and up to [`SHORT_NAME_LOWER`] lower-case letters
/// ("Roks"), closed by ")". Returns the first letter, and whether the short name is
/// written as a word: its first letter must then be the name's.
fn bracketed_initials(text: &str, at: usize) -> Option<(char, bool)> {
    let inside = text.get(at + 2..)?;
    // ")" is ASCII, so its byte position is a character boundary.
    let close = inside
        .bytes()
        .take(SHORT_NAME_MAX_BYTES + 1)
        .position(|b| b == b')')?;
    let short = &inside[..close];
    let mut chars = short.chars();
    let first = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let capitals = (1..=5).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_uppercase());
    let word = (1..=SHORT_NAME_LOWER).contains(&rest.chars().count())
        && rest.chars().all(char::is_lowercase);
    (capitals || word).then_some((first, word))
}

/// True for a word the field of a "kind för field" name may hold, read from the
/// bracket back, the word standing at `start..end`: a lower-case word or a cut first
/// part ("arbetsmarknads-"); a capitalized word only as a place after "i" ("… i
/// Sverige") or as a coordinated compound's capitalized parts ("Östersjö- och
/// Östeuropaforskning"). Any other capital ("Rådet för Nordens") is no field's.
fn is_field_word(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if word.chars().all(|c| c.is_lowercase() || c == '-') {
        return true;
    }
    let capitalized = word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
    let head = &text[..start];
    capitalized
        && (head.ends_with(" i ")
            || head.ends_with("- och ")
            || head.ends_with("- och\n")
            || (word.ends_with('-') && text[end..].starts_with(" och")))
}

/// "Forskningsrådet för arbetsliv och socialvetenskap (FAS)": a capitalized compound of
/// one of [`KIND_FOR_ENDINGS`], "för", a field of [`is_field_word`]s (joined by "och"
/// and commas), and the body's initials in brackets right after, which close the name:
/// the initials say the words before them are a name, not a description. The initials
/// open with a capital A–Z, so the brackets are looked for only before the text's
/// `capitals` (from [`crate::gazetteer::capitals`]), not by a pass of their own; they
/// fail on the bytes after them unless initials and ")" follow ([`bracketed_initials`]).
fn kind_for_field<'t>(text: &'t str, capitals: &[usize], out: &mut Vec<Found<'t>>) {
    let bytes = text.as_bytes();
    for &initials in capitals {
        let Some(at) = initials.checked_sub(OPEN_BRACKET.len()) else {
            continue;
        };
        if !bytes[at..].starts_with(OPEN_BRACKET) {
            continue;
        }
        let Some((initial, as_word)) = bracketed_initials(text, at) else {
            continue;
        };
        let mut end = at;
        let mut found = None;
        for _ in 0..FIELD_WORDS {
            let Some(start) = word_before(text, end) else {
                break;
            };
            let word = &text[start..end];
            if word == "för" {
                found = text[..start]
                    .strip_suffix(' ')
                    .and_then(|head| word_before(text, head.len()).map(|k| (k, head.len())));
                break;
            }
            if !is_field_word(text, start, end) {
                break;
            }
            let head = &text[..start];
            // A hard-wrapped line may break the field anywhere; `extract` reports the
            // name on one line.
            end = match head.strip_suffix(", ") {
                Some(h) => h.len(),
                None => match head.strip_suffix([' ', '\n']) {
                    Some(h) => h.len(),
                    None => break,
                },
            };
        }
        let Some((kind_start, kind_end)) = found else {
            continue;
        };
        let kind = &text[kind_start..kind_end];
        // The kind alone ("Nämnden", "Centrum") or a compound on it; the word is short
        // and only read after the initials matched.
        let lower = kind.to_lowercase();
        let named = kind.starts_with(char::is_uppercase)
            && KIND_FOR_ENDINGS.iter().any(|e| lower.ends_with(e))
            // "Riksorganisationen … (Roks)": a short name written as a word opens with
            // the name's first letter, which sets it apart from a word in brackets.
            && (!as_word || kind.starts_with(initial));
        // The field holds a word at least: "Rådet för (X)" names nothing.
        if named && kind_end + " för".len() < at {
            out.push(Found::spanning(text, kind_start, at));
        }
    }
}

/// "AB Bostäder i Borås", "AB Volvo": a company whose name follows "AB" (" AB" at
/// `at`, with no name before it), its capitalized words and the town it may end in.
fn company_after<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    company_from(text, at + 1, out);
}

/// "AB" and a space opening the text or a line: where a letterhead or a paragraph names
/// its company form first ("AB Fortifikationsbyggen" as the sender line), which the
/// search for " AB" after a space never sees.
const AB_OPENING: &[u8] = b"AB ";

/// The companies named "AB" and their name at the start of the text or of a line (as
/// [`company_after`] reads them after a space), found among the text's `capitals` (from
/// [`crate::gazetteer::capitals`]) rather than by a pass of its own over the text.
fn companies_at_line_starts<'t>(text: &'t str, capitals: &[usize], out: &mut Vec<Found<'t>>) {
    let bytes = text.as_bytes();
    for &at in capitals {
        let opens_line = at == 0 || bytes[at - 1] == b'\n';
        if opens_line && bytes[at..].starts_with(AB_OPENING) {
            company_from(text, at, out);
        }
    }
}

/// The legal forms of associations, written after the name as "AB" is after a
/// company's: a cooperative ("Södra Skogsägarna ekonomisk förening") and a non-profit
/// ("Vänersborgs Segelsällskap ideell förening").
const ASSOCIATION_FORMS: [&str; 2] = ["ekonomisk", "ideell"];

/// True when `name` ends in a legal form: a company's " AB" or an association's
/// ([`ASSOCIATION_FORMS`]: "Riksbyggen ekonomisk förening").
pub(super) fn ends_in_legal_form(name: &str) -> bool {
    name.ends_with(COMPANY)
        || name.strip_suffix(" förening").is_some_and(|head| {
            ASSOCIATION_FORMS
                .iter()
                .any(|form| head.strip_suffix(form).is_some_and(|h| h.ends_with(' ')))
        })
}

/// The noun of [`ASSOCIATION_FORMS`], with the space before it: searched for once.
static ASSOCIATION_NOUN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" förening"));

/// Most name words before an association's form.
const ASSOCIATION_NAME_WORDS: usize = 4;

/// "Södra Skogsägarna ekonomisk förening", "Vårdkooperativet Solbacken ekonomisk
/// förening": an association named with its legal form ([`ASSOCIATION_FORMS`]) after
/// its capitalized name words, reported as written, form and all. The search is one
/// `memmem` pass for the form's noun.
fn associations_by_form<'t>(text: &'t str, out: &mut Vec<Found<'t>>) {
    for at in ASSOCIATION_NOUN.find_iter(text.as_bytes()) {
        let end = at + ASSOCIATION_NOUN.needle().len();
        if char_after(text, end).is_some_and(is_word_char) {
            continue;
        }
        let Some(form) = word_before(text, at) else {
            continue;
        };
        if !ASSOCIATION_FORMS.contains(&&text[form..at]) {
            continue;
        }
        let Some(name_end) = text[..form].strip_suffix(' ').map(str::len) else {
            continue;
        };
        if let Some(start) = name_before(text, name_end, ASSOCIATION_NAME_WORDS, true) {
            out.push(Found::spanning(text, start, end));
        }
    }
}

/// The company whose form "AB" starts at `ab`: the form, its capitalized name words and
/// the town the name may end in.
fn company_from<'t>(text: &'t str, ab: usize, out: &mut Vec<Found<'t>>) {
    // "AB Göta kanalbolag": a listed company's name after the form is read whole.
    let name_start = ab + COMPANY.len();
    if let Some((listed_end, _)) = text
        .get(name_start..)
        .filter(|_| text[ab..].starts_with(COMPANY.trim_start()))
        .and_then(|_| super::listed_name_at(text, name_start))
    {
        out.push(Found::spanning(text, ab, listed_end));
        return;
    }
    let mut end = ab + COMPANY.len() - 1;
    let mut words = 0;
    while words < NAME_AFTER_KIND_WORDS {
        let from = match text[end..].strip_prefix(" i ") {
            Some(_) if words > 0 => end + " i ".len(),
            _ => end + 1,
        };
        if text.as_bytes().get(end) != Some(&b' ') {
            break;
        }
        let word_end = word_end_from(text, from);
        if word_end == from || !is_name_word(&text[from..word_end], true) {
            break;
        }
        end = word_end;
        words += 1;
    }
    if words > 0 {
        out.push(Found::spanning(text, ab, end));
    }
}

/// The word before a founder's name that makes the foundation a family's.
const FAMILY: &str = "Familjen ";

/// The start of a given name and "och" right before the name at `start` ("Knut och
/// Alice Wallenbergs"), if one stands there.
fn couple_start(text: &str, start: usize) -> Option<usize> {
    let head = text[..start].strip_suffix(" och ")?;
    let given = word_before(text, head.len())?;
    is_name_word(&text[given..head.len()], false).then_some(given)
}

/// Words that, after a name word, name the part of a county or the country a body
/// serves ("Räddningstjänsten Dala Mitt"), though alone they open sentences ("Mitt
/// förslag").
pub(super) const AREA_PARTS: [&str; 1] = ["Mitt"];

/// The word after a county's name that names the county in full ("Uppsala län").
const COUNTY_WORD: &str = " län";

/// "Stiftelsen Silviahemmet", "Riksförbundet FUB": one of [`KINDS_BEFORE_NAME`] at `at`
/// and the capitalized words or abbreviations of the name after it, a county named in
/// full among them ("Samordningsförbundet Uppsala län").
fn kind_before_name<'t>(text: &'t str, kind: &str, at: usize, out: &mut Vec<Found<'t>>) {
    // A kind searched with its space ("PRO ") is read without it.
    let kind = kind.trim_end();
    if char_before(text, at).is_some_and(is_word_char) {
        return;
    }
    if kind == CAMPUS.trim_end()
        && CAMPUS_OWNERS
            .iter()
            .any(|owner| text[..at].ends_with(owner))
    {
        return;
    }
    let mut kind_end = at + kind.len();
    if kind == NATIONAL_ASSOCIATION {
        if !text[kind_end..].starts_with(DEFINITE) {
            genitive_before_kind(text, at, kind_end, out);
            return;
        }
        kind_end += DEFINITE.len();
    }
    // "Riksförbundet för Social och Mental Hälsa": the name may follow "för", its
    // capitalized words joined by "och"; lower-case words after "för" name no body.
    // A kind of [`KINDS_WITH_AREA_AFTER_IN`] may take its area after "i" as well.
    let link = if KINDS_WITH_AREA_AFTER_IN.contains(&kind) && text[kind_end..].starts_with(" i ") {
        " i "
    } else {
        FOR
    };
    let after_for = text[kind_end..]
        .strip_prefix(link)
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    let mut end = if after_for {
        kind_end + link.len() - 1
    } else {
        kind_end
    };
    let name_start = end;
    let mut words = 0;
    let mut most_words = NAME_AFTER_KIND_WORDS;
    while words < most_words {
        // "Stiftelsen Oscar och Lili Lamms Minne": a foundation named for a couple joins
        // their given names by "och"; the second given name is one word more.
        let couple = kind == FOUNDATION_KIND
            && words == 1
            && !after_for
            && text[end..]
                .strip_prefix(AND)
                .is_some_and(|_| given_name_and_genitive(text, end + AND.len()));
        if couple {
            most_words += 1;
        }
        let joined = text[end..]
            .strip_prefix(AND)
            .filter(|_| (after_for && link == FOR && end > name_start) || couple)
            .map_or(end, |_| end + AND.len() - 1);
        let Some(word_start) = text[joined..].strip_prefix(' ').map(|_| joined + 1) else {
            break;
        };
        let word_end = text[word_start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(text.len(), |i| word_start + i);
        // "Riksförbundet HjärtLung": a name after its kind may be written as a brand,
        // with a capital inside its word, as firms' names are.
        let word = &text[word_start..word_end];
        let area_part = end > name_start && AREA_PARTS.contains(&word);
        // "Föreningen för Generiska Läkemedel och LIF", "… och Myndigheten för vård- och
        // omsorgsanalys": after "och" an abbreviation, or a body's kind of its own,
        // names another body.
        let another_body_after_and = joined > end
            && ((word.len() > 1 && word.chars().all(|c| c.is_uppercase())) || {
                let lower = word.to_lowercase();
                KIND_FOR_ENDINGS.iter().any(|e| lower.ends_with(e))
            });
        if (!appositions::is_firm_word(word) && !area_part) || another_body_after_and {
            break;
        }
        end = word_end;
        words += 1;
    }
    if end > name_start && !after_for {
        end = paired_noun_end(text, end).unwrap_or(end);
    }
    // "Samordningsförbundet Uppsala län": a county named in full closes the name.
    if let Some(county_end) = text[end..]
        .strip_prefix(COUNTY_WORD)
        .filter(|rest| !rest.starts_with(|c: char| is_word_char(c)))
        .map(|_| end + COUNTY_WORD.len())
    {
        if end > name_start && regions::lookup_label(&text[name_start + 1..county_end]).is_some() {
            end = county_end;
        }
    }
    if end > name_start {
        let end = governed_noun_end(text, name_start + 1, end)
            .or_else(|| {
                (kind == FOUNDATION_KIND)
                    .then(|| estate_end(text, end).or_else(|| founders_fund_end(text, end)))
                    .flatten()
            })
            .unwrap_or(end);
        out.push(Found::spanning(text, at, end));
    } else if kind == FOUNDATION_KIND {
        if let Some(end) = purpose_before_short_form(text, kind_end) {
            out.push(Found::spanning(text, at, end));
        }
    }
}

/// "Stiftelsen Hav och Kust", "Riksförbundet Hem och Skola": a name after its kind may
/// pair two nouns by "och". Where the name's word ending at `end` is followed by "och"
/// and one more capitalized noun in the indefinite form that closes the clause's subject
/// (a lower-case word or a stop after it), the name ends after that noun. A definite
/// noun ("… och Vasamuseet"), initials, a genitive, a county, the country or its
/// adjective ("… och Svensk förening för …") after "och" is another body or place.
fn paired_noun_end(text: &str, end: usize) -> Option<usize> {
    let start = end + text[end..].strip_prefix(AND).map(|_| AND.len())?;
    let noun_end = word_end_from(text, start);
    let noun = &text[start..noun_end];
    let next = text[noun_end..].strip_prefix(' ');
    // A capital after it goes on with another name; a genitive before a lower-case
    // noun opens one ("… och Vilhelmsbyns sameby").
    let closes = !next.is_some_and(|next| {
        next.starts_with(char::is_uppercase)
            || (noun.ends_with('s') && next.starts_with(char::is_lowercase))
    });
    (closes
        && is_name_word(noun, false)
        && !NATIONAL_LOWER
            .iter()
            .any(|national| national.trim_end() == noun)
        && !is_definite(noun)
        && !noun.ends_with(DEFINITE_IN_A)
        && !noun.ends_with(ADJECTIVE_IN_SKA)
        && noun != COUNTRY
        && regions::lookup_label(noun).is_none())
    .then_some(noun_end)
}

/// True when a given name and a surname in the genitive start at `at` ("Lili Lamms"),
/// the second of a couple a foundation is named for.
fn given_name_and_genitive(text: &str, at: usize) -> bool {
    let given_end = word_end_from(text, at);
    let Some(surname) = text[given_end..].strip_prefix(' ') else {
        return false;
    };
    let surname_end = word_end_from(text, given_end + 1);
    let surname = &surname[..surname_end - given_end - 1];
    let given = &text[at..given_end];
    // "Riksförbundet Skånes": a noun in the definite form is a body's kind, no given name.
    is_name_word(given, false)
        && !is_definite(given)
        && is_name_word(surname, false)
        && surname.ends_with('s')
}

/// The genitive of a county in full ("Kalmar läns").
pub(super) const COUNTY_GENITIVE: &str = " läns ";

/// Fewest letters of the noun a place's genitive governs in a name: short lower-case
/// words after a genitive ("och", "att") are not nouns.
const GOVERNED_NOUN_MIN_CHARS: usize = 4;

/// "Riksförbundet Sveriges museer", "Stiftelsen Kalmar läns sjukhem": where a name read
/// after its kind (its words from `name_start` to `end`) ends when its last word is the
/// genitive of the country or a county: at the lower-case noun that genitive governs,
/// since no name ends in a place's genitive. Only a place's: an association's own
/// genitive governs what belongs to it ("Föreningen Nordens ordförande").
fn governed_noun_end(text: &str, name_start: usize, end: usize) -> Option<usize> {
    let noun_start = if text[end..].starts_with(COUNTY_GENITIVE)
        && regions::lookup_label(&format!("{}{}", &text[name_start..end], COUNTY_WORD)).is_some()
    {
        end + COUNTY_GENITIVE.len()
    } else {
        let last = word_before(text, end)?;
        let genitive = &text[last..end];
        let place = NATIONAL_NAME.trim_end() == genitive
            || genitive
                .strip_suffix('s')
                .is_some_and(|stem| regions::lookup_label(stem).is_some());
        if !place || !text[end..].starts_with(' ') {
            return None;
        }
        end + 1
    };
    let noun_end = word_end_from(text, noun_start);
    let noun = &text[noun_start..noun_end];
    let lower = noun.chars().all(|c| c.is_lowercase() || c == '-');
    (lower && noun.chars().count() >= GOVERNED_NOUN_MIN_CHARS).then_some(noun_end)
}

/// Nouns of the estates and buildings foundations are named for after the place's name
/// ("Stiftelsen Läckö slott", "Stiftelsen Roma kungsgård", "Stiftelsen Skottorps
/// herrgård").
const ESTATES: [&str; 5] = ["slott", "kungsgård", "herrgård", "gård", "bruk"];

/// Where a foundation's name read up to `end` ends when the noun of its estate follows
/// ([`ESTATES`]).
fn estate_end(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let estate = ESTATES.iter().find(|e| rest.starts_with(**e))?;
    let estate_end = end + 1 + estate.len();
    (!char_after(text, estate_end).is_some_and(is_word_char)).then_some(estate_end)
}

/// Where a foundation's name read up to `end` ends when its last word is the founders'
/// genitive and the fund it keeps follows in lower case, a compound on "fond" or the
/// bare noun ("Stiftelsen Olof och Elsa Hammarbergs fond", "Stiftelsen Gunnar och
/// Lillian Nicholsons minnesfond"): no foundation's name ends in a genitive.
fn founders_fund_end(text: &str, end: usize) -> Option<usize> {
    if !text[..end].ends_with('s') {
        return None;
    }
    let start = end + text[end..].strip_prefix(' ').map(|_| 1)?;
    let fund_end = word_end_from(text, start);
    let fund = &text[start..fund_end];
    (fund.ends_with(super::agencies::FUND) && fund.chars().all(char::is_lowercase))
        .then_some(fund_end)
}

/// Longest purpose read after "Stiftelsen för", in bytes: the longest such names run to
/// some seventy ("Stiftelsen för internationalisering av högre utbildning och forskning").
const PURPOSE_MAX_BYTES: usize = 100;

/// "Stiftelsen för strategisk forskning (SSF)", "Stiftelsen för kunskaps- och
/// kompetensutveckling (KK-stiftelsen)": a foundation named for its purpose, in lower
/// case after "för", ends where its short form opens in brackets; without the brackets
/// nothing tells the purpose from the sentence that goes on ("Stiftelsen för strategisk
/// forskning har beviljat …"). `kind_end` is the end of "Stiftelsen"; the end of the
/// purpose's last word.
fn purpose_before_short_form(text: &str, kind_end: usize) -> Option<usize> {
    let start = kind_end + FOR.len();
    let rest = text.get(kind_end..)?.strip_prefix(FOR)?;
    let window = &rest[..rest.floor_char_boundary(PURPOSE_MAX_BYTES)];
    let close = window.find(" (")?;
    let purpose = &window[..close];
    let lower_words = purpose.split(' ').all(|word| {
        let word = word.trim_end_matches('-');
        !word.is_empty() && word.chars().all(char::is_lowercase)
    });
    let short = rest[close + 2..].split(')').next()?;
    let short_form = short.starts_with(char::is_uppercase)
        && !short.contains(char::is_whitespace)
        && short.len() <= PURPOSE_MAX_BYTES / 4;
    (lower_words && short_form).then_some(start + close)
}

/// "Länkarnas Riksförbund": the bare [`NATIONAL_ASSOCIATION`] at `at`, ending its word,
/// after up to [`GENITIVE_WORDS`] name words, the last in the genitive.
fn genitive_before_kind<'t>(text: &'t str, at: usize, end: usize, out: &mut Vec<Found<'t>>) {
    if char_after(text, end).is_some_and(is_word_char) {
        return;
    }
    let Some(head) = text[..at].strip_suffix(' ') else {
        return;
    };
    if !head.ends_with('s') {
        return;
    }
    if let Some(start) = name_before(text, head.len(), GENITIVE_WORDS, false) {
        // "Sveriges Kvinno- och Tjejjourers Riksförbund": a coordinated first part, and
        // the country's genitive before it, belong to the name.
        let start = super::national_start(text, super::coordinated_start(text, start));
        out.push(Found::spanning(text, start, end));
    }
}

/// "Högskolan i Gävle", "Högskolan på Gotland", "Högskolan Dalarna", with [`COLLEGE`]
/// at `at`.
fn college<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    if char_before(text, at).is_some_and(is_word_char) {
        return;
    }
    if !text[at + COLLEGE.len()..].starts_with(' ') {
        return;
    }
    let after = at + COLLEGE.len() + 1;
    let rest = &text[after..];
    // "Högskolan i\nKalmar": a line may break inside the name of a wrapped text.
    let name_start = ["i ", "på ", "i\n", "på\n"]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|_| after + p.len()))
        .unwrap_or(after);
    let name_end = word_end_from(text, name_start);
    if name_end == name_start || !is_name_word(&text[name_start..name_end], false) {
        return;
    }
    // "Högskolan Västs nyhetsrum": without "i" a name word before a lower-case word may
    // be the college's genitive; after "i" the "s" is the town's ("Högskolan i Borås").
    let genitive = name_start == after
        && text[..name_end].ends_with('s')
        && text[name_end..]
            .strip_prefix(' ')
            .is_some_and(|next| next.starts_with(char::is_lowercase));
    if genitive {
        out.push(Found {
            canonical: &text[at..name_end - 1],
            span: Span {
                start: at,
                end: name_end,
            },
        });
        return;
    }
    out.push(Found::spanning(text, at, slashed_place_end(text, name_end)));
}

/// Words a county's name may have after "Länsstyrelsen i" ("Västra Götalands län").
const COUNTY_WORDS: usize = 3;

/// "Länsstyrelsen i Hallands län", "länsstyrelsen i Skåne", "Länsstyrelsen Gotland",
/// with [`COUNTY_BOARD`] at `at`: reported as "Länsstyrelsen i Gotlands län", whatever
/// the form.
fn county_board<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    let Some(start) = at.checked_sub(1) else {
        return;
    };
    if !matches!(text.as_bytes()[start], b'L' | b'l')
        || char_before(text, start).is_some_and(is_word_char)
    {
        return;
    }
    if !text[at + COUNTY_BOARD.len()..].starts_with(' ') {
        return;
    }
    let after = at + COUNTY_BOARD.len() + 1;
    let found = county_after(text, after)
        .and_then(|(end, county)| Some((end, regions::county_board(county)?)));
    if let Some((end, canonical)) = found {
        out.push(Found {
            canonical,
            span: Span { start, end },
        });
    }
}

/// The county named from `after` on ("i Hallands län", "Gotland", "Västra Götalands
/// län"): where the name ends and the county's canonical name, for the longest run of
/// up to [`COUNTY_WORDS`] words that names one.
pub(super) fn county_after(text: &str, after: usize) -> Option<(usize, &'static str)> {
    // A hard-wrapped paragraph may break the line after "i" ("Länsarbetsnämnden i\n
    // Norrbottens län"); the name is reported on one line (`extract`).
    let name_start = text[after..]
        .strip_prefix("i ")
        .or_else(|| text[after..].strip_prefix("i\n"))
        .map_or(after, |_| after + "i ".len());
    let mut ends = Vec::with_capacity(COUNTY_WORDS);
    let mut word_start = name_start;
    for _ in 0..COUNTY_WORDS {
        let word_end = text[word_start..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |i| word_start + i);
        if word_end == word_start {
            break;
        }
        ends.push(word_end);
        if !text[word_end..].starts_with(' ') {
            break;
        }
        word_start = word_end + 1;
    }
    ends.iter().rev().find_map(|&end| {
        let name = &text[name_start..end];
        let county = regions::lookup_label(name)
            .or_else(|| name.strip_suffix('s').and_then(regions::lookup_label))?;
        Some((end, county))
    })
}

/// Where the word of letters and hyphens starting at `start` ends ("Malung-Sälen").
pub(super) fn word_end_from(text: &str, start: usize) -> usize {
    text[start..]
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .map_or(text.len(), |i| start + i)
}

/// "Högskolan Trollhättan/Uddevalla", "Riksteatern Jämtland/Härjedalen": where a body's
/// place ends when a second place follows the one ending at `end` after a slash, no
/// space between, the body serving both; `end` when none does.
pub(super) fn slashed_place_end(text: &str, end: usize) -> usize {
    let Some(rest) = text[end..].strip_prefix('/') else {
        return end;
    };
    let second_end = word_end_from(text, end + 1);
    let second = &rest[..second_end - end - 1];
    if is_name_word(second, false) {
        second_end
    } else {
        end
    }
}

/// The end of a town's name, one capitalized name word, starting at `start` ("Lund",
/// "Malung-Sälen"), where no letter follows it.
pub(super) fn town_after(text: &str, start: usize) -> Option<usize> {
    let end = word_end_from(text, start);
    is_name_word(&text[start..end], false).then_some(end)
}

/// "Regionförbundet i Kalmar län", "Kommunförbundet Skåne": one of [`ASSOCIATIONS`] at
/// `at` and a county after it, reported as written. Alone the word names no body.
fn association<'t>(text: &'t str, word: &str, at: usize, out: &mut Vec<Found<'t>>) {
    if char_before(text, at).is_some_and(is_word_char) || !text[at + word.len()..].starts_with(' ')
    {
        return;
    }
    let after = at + word.len() + 1;
    if let Some((end, _)) = county_after(text, after).or_else(|| county_by_short_name(text, after))
    {
        out.push(Found::spanning(text, at, end));
    }
}

/// "Örebro" in "Regionförbundet Örebro": a county whose name is "X län" called by X
/// alone, as associations named after their county often are ("Regionförbundet Kalmar",
/// "Regionförbundet Uppsala län" beside it). Only after an association's word: alone,
/// "Örebro" is the town.
fn county_by_short_name(text: &str, after: usize) -> Option<(usize, &'static str)> {
    let end = text[after..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(text.len(), |i| after + i);
    let name = text
        .get(after..end)
        .filter(|n| n.starts_with(char::is_uppercase))?;
    let county = regions::lookup_label(&format!("{name} län"))?;
    Some((end, county))
}

/// The start of the capitalized compound whose ending stands at `at` ("Kempe" before
/// "stiftelserna", "KK-" before "stiftelsen"), if its stem has two letters or more.
fn compound_start(text: &str, at: usize) -> Option<usize> {
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let stem = text[start..at].trim_end_matches('-');
    (stem.chars().count() >= 2 && stem.starts_with(char::is_uppercase)).then_some(start)
}

/// "Centralsjukhuset i Karlstad", "Länssjukhuset i Kalmar", "Länssjukhuset Ryhov": a
/// hospital named by its kind and its town or its own name, with [`HOSPITAL_IN_TOWN`]
/// at `at`. The town or name makes it a name even where the compound opens a sentence.
fn hospital_in_town<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    let Some(start) = compound_start(text, at) else {
        return;
    };
    let after = at + HOSPITAL_IN_TOWN.len();
    // "Vrinnevisjukhuset i Norrköping": a compound on a name of its own names the
    // hospital alone, and "i Norrköping" says where it stands.
    let stem = &text[start..at];
    if !HOSPITAL_KINDS.iter().any(|k| stem.eq_ignore_ascii_case(k)) && text[after..].starts_with(IN)
    {
        let end = after - 1;
        out.push(Found::spanning(text, start, end));
        return;
    }
    let town = if text[after..].starts_with(IN) {
        after + IN.len()
    } else {
        // "Universitetssjukhuset MAS": a hospital's own name after its kind may be its
        // initials.
        if let Some(end) = initials_at(text, after) {
            out.push(Found::spanning(text, start, end));
            return;
        }
        after
    };
    with_town(text, start, town, out);
}

/// The end of two to four capitals standing as a word at `at` ("MAS", "SÄS").
fn initials_at(text: &str, at: usize) -> Option<usize> {
    let (count, end) = text[at..]
        .char_indices()
        .take(5)
        .take_while(|&(_, c)| c.is_uppercase())
        .fold((0, at), |(n, _), (i, c)| (n + 1, at + i + c.len_utf8()));
    ((2..=4).contains(&count) && !char_after(text, end).is_some_and(is_word_char)).then_some(end)
}

/// A name from `start` that ends in the town opening at `town_start` ("… i Karlstad"),
/// if a capitalized name word stands there.
fn with_town<'t>(text: &'t str, start: usize, town_start: usize, out: &mut Vec<Found<'t>>) {
    let town_end = word_end_from(text, town_start);
    if !is_name_word(&text[town_start..town_end], false) {
        return;
    }
    out.push(Found::spanning(text, start, town_end));
}

/// "KK-stiftelsen", "Wallenbergstiftelsen", "Kempestiftelserna": a capitalized compound
/// on `word`, one of [`FOUNDATIONS`], at `at`, also in the genitive. At a sentence's start a capital says nothing
/// ("Forskningsstiftelsen"), so there it needs a capital or hyphen of its own ("KK-").
fn foundation<'t>(text: &'t str, word: &str, at: usize, out: &mut Vec<Found<'t>>) {
    let Some((end, word_end)) = word_end(text, at, word) else {
        return;
    };
    // "Crafoordska stiftelsen": a foundation named by an adjective made from its
    // founder's name, as a hospital is ([`FOUNDERS_ADJECTIVE`]).
    if let Some(start) = founders_adjective_before(text, at) {
        out.push(Found {
            canonical: &text[start..end],
            span: Span {
                start,
                end: word_end,
            },
        });
        return;
    }
    let Some(start) = compound_start(text, at) else {
        return;
    };
    let stem = text[start..at].trim_end_matches('-');
    let marked = stem.chars().skip(1).any(char::is_uppercase) || text[start..at].ends_with('-');
    // "Sparbanksstiftelsen Upland beviljar …": a name word after the compound makes it a
    // name at a sentence's start too.
    let named_after = text[word_end..]
        .strip_prefix(' ')
        .is_some_and(|_| town_after(text, word_end + 1).is_some());
    if !marked && !named_after && at_sentence_start(text, start) {
        return;
    }
    out.push(Found {
        canonical: &text[start..end],
        span: Span {
            start,
            end: word_end,
        },
    });
}

/// Every name of the forms above, in text order; names that start together in the
/// order of their forms' words.
pub(super) fn find<'t>(text: &'t str, capitals: &[usize]) -> Vec<Found<'t>> {
    let mut hits: Vec<(usize, usize)> = FORM_WORDS
        .find_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    hits.sort_unstable();
    let mut out = Vec::new();
    for (word, at) in hits {
        let tail = match word {
            // " AB," and the rest: the company tail, with its next character.
            w if w >= MORE_AB_WORDS => TAILS.last(),
            w => TAILS.get(w),
        };
        match tail {
            Some(tail)
                if tail.word == FOUNDATION_CAPITALIZED
                    && text[at + 1..].starts_with(FOUNDATION_KIND) =>
            {
                kind_before_name(text, FOUNDATION_KIND, at + 1, &mut out);
            }
            // " stiftelse" found where " stiftelsen" stands: the definite noun after a
            // founder's adjective ("Crafoordska stiftelsen"), read as a foundation's word.
            Some(tail)
                if tail.word == FOUNDATION_LOWER && text[at + 1..].starts_with(FOUNDATIONS[0]) =>
            {
                foundation(text, FOUNDATIONS[0], at + 1, &mut out);
            }
            // A tail searched from inside its word: its whole word must stand before.
            Some(tail) if tail.key > 0 => {
                let whole = at
                    .checked_sub(tail.key)
                    .filter(|&start| text.get(start..).is_some_and(|t| t.starts_with(tail.word)));
                if let Some(start) = whole {
                    by_tail(text, tail, start, &mut out);
                }
            }
            Some(tail) => by_tail(text, tail, at, &mut out),
            None => match word - TAILS.len() {
                0 => college(text, at, &mut out),
                1 => county_board(text, at, &mut out),
                2 => hospital_in_town(text, at, &mut out),
                i => {
                    let i = i - 3;
                    if let Some(word) = FOUNDATIONS.get(i) {
                        foundation(text, word, at, &mut out);
                    } else if let Some(name) = ASSOCIATIONS.get(i - FOUNDATIONS.len()) {
                        association(text, name, at, &mut out);
                    } else if let Some(kind) =
                        KINDS_BEFORE_NAME.get(i - FOUNDATIONS.len() - ASSOCIATIONS.len())
                    {
                        kind_before_name(text, kind, at, &mut out);
                    } else if let Some(&court) = COURTS
                        .get(i - FOUNDATIONS.len() - ASSOCIATIONS.len() - KINDS_BEFORE_NAME.len())
                    {
                        court_in_town(text, court, at, &mut out);
                    }
                }
            },
        }
    }
    capitals::at_capitals(text, capitals, &mut out);
    companies_at_line_starts(text, capitals, &mut out);
    associations_by_form(text, &mut out);
    appositions::described_after(text, &mut out);
    kind_for_field(text, capitals, &mut out);
    for found in &mut out {
        if let Some(start) = seated_court_start(text, found.span.start) {
            *found = Found::spanning(text, start, found.span.end);
        }
        // "Skellefteå museum AB": a name read by its tail, then the company's form.
        let written = found.canonical == &text[found.span.start..found.span.end];
        // "Västmanlands sjukhus Västerås": a county's hospital group and the town of
        // one of its hospitals, named together.
        if written
            && HOSPITAL_GROUP_TAILS
                .iter()
                .any(|t| found.canonical.ends_with(t))
        {
            let town_start = found.span.end + 1;
            if text[found.span.end..].starts_with(' ') {
                if let Some(town_end) = town_after(text, town_start) {
                    *found = Found::spanning(text, found.span.start, town_end);
                }
            }
        }
        let written = found.canonical == &text[found.span.start..found.span.end];
        let form_end = found.span.end + COMPANY.len();
        let form_follows = text[found.span.end..].starts_with(COMPANY)
            && !char_after(text, form_end).is_some_and(is_word_char);
        if written && form_follows {
            *found = Found::spanning(text, found.span.start, form_end);
        }
    }
    out.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    // Two forms may read one name ("bolaget Kalix Energi AB"), or one form a part of the
    // name another reads in full ("Riksförbundet HjärtLung", and "HjärtLung" after its
    // kind; "Tåby Båtklubb" and "Tåby Båtklubb ideell förening"): it is found once, in
    // full.
    let mut covered = 0;
    out.retain(|found| {
        let inside = found.span.end <= covered;
        covered = covered.max(found.span.end);
        !inside
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_national_name_ending_in_s_before_a_clauses_end_is_no_genitive() {
        fn national(text: &str) -> Option<&str> {
            let at = text.find("Sve").unwrap_or_default();
            national_name(text, at).map(|found| found.canonical)
        }
        assert_eq!(
            national("Regionen går med i Svensk Luftambulans, som driver helikoptrarna."),
            Some("Svensk Luftambulans")
        );
        assert_eq!(
            national("Det framgår av Sveriges Hamnars rapport."),
            Some("Sveriges Hamnar")
        );
    }

    #[test]
    fn a_kind_and_its_field_without_initials_inside_a_sentence() {
        assert_eq!(
            names("Studien gjordes där Centrum för rural medicin har följt upp patienterna."),
            ["Centrum för rural medicin"]
        );
        assert_eq!(
            names("Forskare vid Institutet för stressmedicin i Göteborg visar det."),
            ["Institutet för stressmedicin"]
        );
        // Opening a sentence, before a place, a host or a verb.
        assert_eq!(
            names("Kommunen får stöd. Rikscentrum för överviktiga barn vid Akademiska sjukhuset leder arbetet."),
            ["Rikscentrum för överviktiga barn", "Akademiska sjukhuset"]
        );
        // An adjective in the plural before the field's noun.
        assert_eq!(
            names("Pengarna går till Centrum för ovanliga sjukdomar i år."),
            ["Centrum för ovanliga sjukdomar"]
        );
        assert_eq!(
            names("Rapporten kommer från Rådet för skola i Umeå."),
            ["Rådet för skola"]
        );
        // A common noun in capitals after "och" is the field's.
        assert_eq!(
            names("Beslutet fattas av Nämnden för radio och TV i dag."),
            ["Nämnden för radio och TV"]
        );
        // The country closes a national body's name, whatever word follows.
        assert_eq!(
            names("Även Organisationen för trädgårdar och parker i Sverige deltar i arbetet."),
            ["Organisationen för trädgårdar och parker i Sverige"]
        );
        // A noun's "-a" ends the field; the verb after it is none of the name.
        assert!(
            names("Beskedet från Rådet för djurhälsa ger kommunerna tid.")
                .iter()
                .all(|name| !name.ends_with(" ger"))
        );
        // One noun in the definite form after "för" is no field.
        assert!(
            names("Kommunen får bidrag från Skidförbundet för banan i år.")
                .iter()
                .all(|n| !n.contains("för"))
        );
        // A national body's country closes its name.
        assert_eq!(
            names("Stöd ges till Riksorganisationen för hemlösa och utsatta i Sverige i år."),
            ["Riksorganisationen för hemlösa och utsatta i Sverige"]
        );
        assert_eq!(
            names("Beslutet togs av Nämnden för hemslöjdsfrågor."),
            ["Nämnden för hemslöjdsfrågor"]
        );
        // A definite noun's genitive before the field's noun.
        assert_eq!(
            names("Stöd ges av Riksföreningen för skogens bevarande."),
            ["Riksföreningen för skogens bevarande"]
        );
        // A field listed with commas is read only with its initials; a sentence's first
        // word is no name by its capital; a field going on in words is no name's end.
        for text in [
            "Medel går till Forskningsrådet för hälsa, arbetsliv och välfärd i år.",
            "Centrum för staden byggs om.",
            "Det gäller Institutet för vuxna elever under hösten.",
        ] {
            assert!(
                !names(text).iter().any(|name| name.contains(" för ")),
                "{text}: {:?}",
                names(text)
            );
        }
    }

    #[test]
    fn a_company_of_four_name_words_and_an_adjective_inside_a_sentence() {
        assert_eq!(
            names("Tre företag, Eurofins Environment Testing Sweden AB och Gota Media AB, deltar."),
            ["Eurofins Environment Testing Sweden AB", "Gota Media AB"]
        );
        assert_eq!(
            names("Bland medlemmarna finns Nya Wermlands-Tidningens AB."),
            ["Nya Wermlands-Tidningens AB"]
        );
        // Opening a sentence the adjective is no part of the name.
        assert_eq!(names("Nya Kalix Energi AB bygger."), ["Kalix Energi AB"]);
    }

    #[test]
    fn the_states_genitive_and_a_compound_name_its_body() {
        fn state(text: &str) -> Option<&str> {
            let at = text.find("Statens").unwrap_or_default();
            national_name(text, at).map(|found| found.canonical)
        }
        assert_eq!(
            state("Statens inköpscentral vid Kammarkollegiet prövar mallarna."),
            Some("Statens inköpscentral")
        );
        assert_eq!(
            state("Frågan utreds av Statens medieråd i år."),
            Some("Statens medieråd")
        );
        assert_eq!(
            state("Det gäller Statens musikverk."),
            Some("Statens musikverk")
        );
        // A bare kind's field after "för", and no more.
        assert_eq!(
            state(
                "Granskningen görs av Statens inspektion för försvarsunderrättelseverksamhet i år."
            ),
            Some("Statens inspektion för försvarsunderrättelseverksamhet")
        );
        assert_eq!(
            state("Enligt Statens institut för ekologisk hållbarhet ökar det."),
            Some("Statens institut för ekologisk hållbarhet")
        );
        assert_eq!(
            state("Pengarna går till Statens fastighetsverk för restaurering av slottet."),
            Some("Statens fastighetsverk")
        );
        assert_eq!(
            state("Pengarna går till Statens institut för att utreda frågan."),
            Some("Statens institut")
        );
        // The state's other things are no body.
        assert_eq!(state("Statens stöd ökar i år."), None);
        assert_eq!(state("Ämnen: Statens budget, Skatter"), None);
        assert_eq!(state("Se Statens offentliga utredningar."), None);
    }

    #[test]
    fn a_name_word_may_be_the_second_of_two_coordinated_words() {
        assert_eq!(
            names("Det anser Sydsvenska Industri- och Handelskammaren i dag."),
            ["Sydsvenska Industri- och Handelskammaren"]
        );
        // Inside a company's name before its form.
        assert_eq!(
            names("Uppdraget går till Norrby Bygg- och Måleri AB i år."),
            ["Norrby Bygg- och Måleri AB"]
        );
        // A lower-case first word is no part of a name.
        assert_eq!(
            names("Stöd till bygg- och Handelskammaren i dag."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_body_before_och_is_no_trade_of_the_firm_after_it() {
        assert_eq!(
            names(
                "Verket har informerat Sveriges Skogsägarförbund och Skogsbolaget AB om beslutet."
            ),
            ["Sveriges Skogsägarförbund", "Skogsbolaget AB"]
        );
    }

    #[test]
    fn guilds_clubs_of_allmänna_idrottssällskap_and_youth_homes_are_named_after_a_place() {
        assert_eq!(
            names("Bidrag går till Övertorneå Folkdansgille och till Norrby Hantverksgille."),
            ["Övertorneå Folkdansgille", "Norrby Hantverksgille"]
        );
        assert_eq!(
            names("Planen delas av Vedums AIS, Mjällby AIF och Ulricehamns IBK i vår."),
            ["Vedums AIS", "Mjällby AIF", "Ulricehamns IBK"]
        );
        assert_eq!(
            names("Eleverna på Bärby ungdomshem får stöd."),
            ["Bärby ungdomshem"]
        );
        // The kinds alone, or opening a sentence after no name, name nothing.
        assert!(names("Ett gille hölls. Ungdomshem byggs i länet.").is_empty());
    }

    #[test]
    fn a_national_name_whose_word_starts_with_a_wide_letter_does_not_panic() {
        // "Äldsta" is as many bytes as "samfund": comparing their tails by `str` slices
        // cut inside "Ä".
        assert!(names("Han talade med Svenska Äldsta i dag.").is_empty());
        // The letterhead in capitals reaches the same reader.
        let letterhead = crate::extract("SVENSKA ÄLDSTA\n\nFöreningen höll möte i dag.");
        assert!(letterhead.organizations.is_empty());
    }

    #[test]
    fn a_definite_first_word_before_a_company_is_a_noun_or_the_names_own() {
        assert_eq!(
            names("Bolaget Kalix Energi AB bygger."),
            ["Kalix Energi AB"]
        );
        assert_eq!(names("Koncernen Tallbo AB växer."), ["Tallbo AB"]);
        // Before one name word it opens the company's own name.
        assert_eq!(
            names("Vårdhuset Nordvik AB bygger."),
            ["Vårdhuset Nordvik AB"]
        );
    }

    #[test]
    fn a_company_named_for_its_town_in_several_words_or_by_a_tail_and_its_form() {
        assert_eq!(
            names("Stödet går till Norrländsk Biogas i Umeå AB och Piteå museum AB."),
            ["Norrländsk Biogas i Umeå AB", "Piteå museum AB"]
        );
    }

    #[test]
    fn a_listed_name_after_the_form_is_read_whole() {
        assert_eq!(
            names("Bidrag ges till AB Göta kanalbolag i år."),
            ["AB Göta kanalbolag"]
        );
    }

    #[test]
    fn an_english_firms_name_with_its_small_words() {
        assert_eq!(
            names("Avtalet tecknas med Hotels of Norden AB och Visit in Kalmar AB i år."),
            ["Hotels of Norden AB", "Visit in Kalmar AB"]
        );
        // A small word with no name word before it is none of the name.
        assert_eq!(names("Det är in Kalmar AB."), ["Kalmar AB"]);
    }

    #[test]
    fn a_founders_middle_initial_in_a_firms_name() {
        assert_eq!(
            names("Bygget görs av byggföretaget Byggmästare Nils K Ek AB och av Per B. Nilsson Bygg AB."),
            ["Byggmästare Nils K Ek AB", "Per B. Nilsson Bygg AB"]
        );
        // An initial that opens the name is none of it.
        assert_eq!(names("Se bilaga B Nilsson Bygg AB."), ["Nilsson Bygg AB"]);
    }

    #[test]
    fn a_family_firm_of_two_trades() {
        assert_eq!(
            names("Bröderna Svenssons Mark & Anläggning AB bygger. Arbetet görs av Bröderna Svenssons Mark & Anläggning AB."),
            ["Bröderna Svenssons Mark & Anläggning AB", "Bröderna Svenssons Mark & Anläggning AB"]
        );
    }

    #[test]
    fn a_firm_named_for_its_trade_in_its_place() {
        assert_eq!(
            names("Uppdraget går till Vatten i Norrtälje AB och Bredband i Ydre ekonomisk förening i vår."),
            ["Vatten i Norrtälje AB", "Bredband i Ydre ekonomisk förening"]
        );
        // A lower-case word before "i" is the sentence's, not the name's.
        assert_eq!(
            names("De är verksamma i Ydre Energi AB."),
            ["Ydre Energi AB"]
        );
        assert_eq!(
            names("Satsningen i Ydre Energi AB fortsätter."),
            ["Ydre Energi AB"]
        );
        assert_eq!(
            names("Ridvägar i Ydre ekonomisk förening sköter lederna."),
            ["Ridvägar i Ydre ekonomisk förening"]
        );
        // A name in its place before "och" is a body of its own, not a firm's first words.
        assert_eq!(
            names("Kurserna ges av Yrkesakademin i Borås och Lärande AB i år."),
            ["Lärande AB"]
        );
    }

    #[test]
    fn a_brand_word_opens_a_company_of_two_trades() {
        assert_eq!(
            names("Ledningarna läggs av NordSkog Vatten & Avfall AB i år."),
            ["NordSkog Vatten & Avfall AB"]
        );
    }

    #[test]
    fn a_code_of_capitals_and_figures_is_a_word_of_a_firms_name() {
        assert_eq!(
            names("Vätgasen levereras av K7 Energi AB och 3M Svenska AB i år."),
            ["K7 Energi AB", "3M Svenska AB"]
        );
        // A year before the form is no word of the name.
        assert_eq!(names("Enligt plan 2030 Bygg AB."), ["Bygg AB"]);
    }

    #[test]
    fn a_brand_alone_before_the_company_form() {
        assert_eq!(
            names("Avtalet med NordPulp AB och GreenTech Nord AB gäller."),
            ["NordPulp AB", "GreenTech Nord AB"]
        );
    }

    #[test]
    fn a_special_court_named_by_the_court_it_sits_at() {
        assert_eq!(
            names("Beslutet överklagas till Mark- och miljödomstolen vid Umeå tingsrätt och Migrationsdomstolen vid Förvaltningsrätten i Malmö."),
            [
                "Mark- och miljödomstolen vid Umeå tingsrätt",
                "Migrationsdomstolen vid Förvaltningsrätten i Malmö"
            ]
        );
        // After the bare noun, capitalized or not, the court is the court.
        assert_eq!(
            names("Domstolen vid Umeå tingsrätt. Dit går miljödomstolen vid Umeå tingsrätt."),
            ["Umeå tingsrätt", "Umeå tingsrätt"]
        );
    }

    #[test]
    fn an_association_named_with_its_legal_form() {
        assert_eq!(
            names("Medlen går till Norra Skogsbrukarna ekonomisk förening och till Tåby Båtklubb ideell förening i år."),
            ["Norra Skogsbrukarna ekonomisk förening", "Tåby Båtklubb ideell förening"]
        );
        // The form without a name, or a noun in lower case before it, names no body.
        assert!(
            names("En ekonomisk förening bildas. Den lokala byalaget ideell förening.").is_empty()
        );
    }

    #[test]
    fn a_company_named_for_what_it_is_in_its_town() {
        assert_eq!(
            names("Kommunala bostadsbolaget i Eda AB bygger nytt."),
            ["Kommunala bostadsbolaget i Eda AB"]
        );
        assert_eq!(
            names("Avtalet med Tekniska kontoret i Bjuv AB gäller i fem år."),
            ["Tekniska kontoret i Bjuv AB"]
        );
        // A noun not in the definite form, or no adjective before it, names no firm's
        // start: only the town and the form are read, as before.
        assert_eq!(names("Vi köpte aktier i Bjuv AB."), ["Bjuv AB"]);
        assert_eq!(names("Hela bolaget i Bjuv AB såldes."), ["Bjuv AB"]);
    }

    #[test]
    fn a_brand_with_a_capital_inside_opens_a_companys_name() {
        assert_eq!(
            names("Avtalet tecknades med LogiPark Norden AB i våras."),
            ["LogiPark Norden AB"]
        );
        assert_eq!(
            names("Leverantör är BillerudKorsnäs Skog AB."),
            ["BillerudKorsnäs Skog AB"]
        );
        // A proper name's word before the name words is read as before.
        assert_eq!(names("Köparen är Gävle Energi AB."), ["Gävle Energi AB"]);
    }

    /// The names the forms find in `text`, as reported.
    pub(super) fn names(text: &str) -> Vec<&str> {
        find(text, &crate::gazetteer::capitals(text))
            .into_iter()
            .map(|f| f.canonical)
            .collect()
    }

    #[test]
    fn associations_of_a_countys_municipalities() {
        assert_eq!(
            names("Beslutet fattades av Regionförbundet i Örebro län och Kommunförbundet Skåne."),
            ["Regionförbundet i Örebro län", "Kommunförbundet Skåne"]
        );
        assert_eq!(
            names("Pengarna fördelas av Länsarbetsnämnden i Gävleborgs län."),
            ["Länsarbetsnämnden i Gävleborgs län"]
        );
        // A line wrapped after "i" still names the county.
        assert_eq!(
            names("Pengarna fördelas av Länsarbetsnämnden i\nGävleborgs län."),
            ["Länsarbetsnämnden i\nGävleborgs län"]
        );
        // Without a county the word names no body in particular.
        assert!(names("Regionförbundet beslutade i går. Kommunförbundet Östsam").is_empty());
        // A county called by its short name ("Örebro" for "Örebro län").
        assert_eq!(
            names("Regionförbundet Örebro och Regionförbundet Kalmar beslutade."),
            ["Regionförbundet Örebro", "Regionförbundet Kalmar"]
        );
    }

    #[test]
    fn administrative_and_district_courts_are_named_by_their_seat() {
        assert_eq!(
            names("Förvaltningsrätten i Stockholm och kammarrätten i Sundsvall dömde, som Umeå tingsrätt."),
            ["Förvaltningsrätten i Stockholm", "kammarrätten i Sundsvall", "Umeå tingsrätt"]
        );
        // Until 2010, the county administrative courts, seated in their county.
        assert_eq!(
            names("Beslutet överklagades till Länsrätten i Västra Götalands län, som gav kommunen rätt."),
            ["Länsrätten i Västra Götalands län"]
        );
        assert!(names("Länsrätten i dag har inte prövat saken.").is_empty());
        // A lower-case word after "i" is no seat; a word running into "förvaltnings-" is no court.
        assert!(names(
            "Ärendet ligger hos förvaltningsrätten i dag. Skatteförvaltningsrätten i Malmö"
        )
        .is_empty());
    }

    #[test]
    fn foundations_by_their_compound() {
        assert_eq!(
            names("Pengarna kommer från KK-stiftelsen och från Wallenbergstiftelsens fond."),
            ["KK-stiftelsen", "Wallenbergstiftelsen"]
        );
        assert_eq!(names("KK-stiftelsen beviljar medel."), ["KK-stiftelsen"]);
        assert_eq!(
            names("Medel kommer också från Kungsstiftelserna och Forssellstiftelsen."),
            ["Kungsstiftelserna", "Forssellstiftelsen"]
        );
        // A sentence's first word, a bare "stiftelsen", a lower-case compound.
        assert!(
            names("Forskningsstiftelsen har beslutat. Stiftelsen och insamlingsstiftelsen.")
                .is_empty()
        );
    }

    #[test]
    fn a_familys_foundation_and_an_association_named_forening() {
        assert_eq!(
            names("Bidrag kommer från Familjen Lindhs stiftelse och Hallands Botaniska Förening."),
            ["Familjen Lindhs stiftelse", "Hallands Botaniska Förening"]
        );
        // A lower-case "förening" is a noun, not part of a name.
        assert!(names("Bildandet av Ekonomisk förening och Ideell förening.").is_empty());
    }

    #[test]
    fn a_company_named_after_ab() {
        assert_eq!(
            names("Husen byggs av bolaget AB Bostäder i Borås och av AB Volvo."),
            ["AB Bostäder i Borås", "AB Volvo"]
        );
        // A town after the name is part of it only after a name word.
        assert!(names("bolaget AB i Borås bygger").is_empty());
    }

    #[test]
    fn a_kind_of_body_before_its_name() {
        assert_eq!(
            names("Stiftelsen Silviahemmet och Riksförbundet FUB samarbetar."),
            ["Stiftelsen Silviahemmet", "Riksförbundet FUB"]
        );
        assert!(names("Stiftelsen har beslutat. Riksförbundet i länet.").is_empty());
        // The bare kind after a name in the genitive ends that name.
        assert_eq!(
            names(
                "Bidrag går till Astmatikernas Riksförbund och Sveriges Pensionärers Riksförbund."
            ),
            [
                "Astmatikernas Riksförbund",
                "Sveriges Pensionärers Riksförbund"
            ]
        );
        assert!(names("Ett nytt Riksförbund bildas. Hela Riksförbund-frågan.").is_empty());
        // After "för", capitalized words joined by "och".
        assert_eq!(
            names(
                "Riksförbundet för Social och Mental Hälsa (RSMH) och Stiftelsen för Vård deltar."
            ),
            [
                "Riksförbundet för Social och Mental Hälsa",
                "Stiftelsen för Vård"
            ]
        );
        // The bare kinds name no body.
        assert_eq!(
            names("Riksförbundet för sexuell upplysning. Stiftelsen och Kommunen."),
            ["Riksförbundet för sexuell upplysning"]
        );
        // An abbreviation, or a kind of its own, after "och" names another body.
        assert_eq!(
            names("Det sker via Stiftelsen för Allmän Hälsa och LIF i år, och via Stiftelsen för Svensk Idrott och Nämnden för hemslöjd."),
            ["Stiftelsen för Allmän Hälsa", "Stiftelsen för Svensk Idrott", "Nämnden för hemslöjd"]
        );
    }

    #[test]
    fn a_foundation_named_after_its_kind_for_a_couple() {
        assert_eq!(
            names("Medel ges av Stiftelsen Karl och Eva Berggrens Minne och Stiftelsen Silviahemmet och Region Skånes klinik."),
            ["Stiftelsen Karl och Eva Berggrens Minne", "Stiftelsen Silviahemmet"]
        );
    }

    #[test]
    fn a_name_after_its_kind_may_pair_two_nouns() {
        assert_eq!(
            names("Pengarna går till Stiftelsen Skog och Mark, som vårdar reservat."),
            ["Stiftelsen Skog och Mark"]
        );
        assert_eq!(
            names("Med i projektet är Föreningen Lek och Rörelse och kommunen."),
            ["Föreningen Lek och Rörelse"]
        );
        // A definite noun, a county or a second name after "och" is another body's.
        assert_eq!(
            names("Stöd ges av Föreningen Norden och Nordiska museet i år."),
            ["Föreningen Norden", "Nordiska museet"]
        );
        assert_eq!(
            names("Stöd ges av Föreningen Norden och Folkhögskolan i år."),
            ["Föreningen Norden"]
        );
        assert_eq!(
            names("Stöd ges av Stiftelsen Silviahemmet och Vasamuseet i år."),
            ["Stiftelsen Silviahemmet"]
        );
        assert_eq!(
            names("Stöd ges av Föreningen Norden och Gotland i år."),
            ["Föreningen Norden"]
        );
    }

    #[test]
    fn foundations_named_for_their_founders() {
        assert_eq!(
            names(
                "Anslaget kommer från Ragnar Holms stiftelse och Erik och Greta Lunds stiftelse."
            ),
            ["Ragnar Holms stiftelse", "Erik och Greta Lunds stiftelse"]
        );
        assert!(names("Den nya stiftelse som bildas. En stiftelse och en fond.").is_empty());
        // An adjective made from the founder's name before the definite noun.
        assert_eq!(
            names("Hammarska stiftelsen delar ut medel. Den svenska stiftelsen och Svenska stiftelsen."),
            ["Hammarska stiftelsen"]
        );
        // The name's last word capitalized; "Stiftelsen" still opens a name of its own.
        assert_eq!(
            names(
                "Medel kommer från Sven och Dagmar Salléns Stiftelse, Hugo Lindbergs Stiftelses \
                 fond och Stiftelsen Kronoberg."
            ),
            [
                "Sven och Dagmar Salléns Stiftelse",
                "Hugo Lindbergs Stiftelse",
                "Stiftelsen Kronoberg"
            ]
        );
        assert!(names("Det är en Stiftelse. Vår Stiftelse delar ut pengar.").is_empty());
    }

    #[test]
    fn municipalities_and_cities() {
        assert_eq!(
            names("Pengarna går till Kiruna kommun och Borås Stad."),
            ["Kiruna kommun", "Borås Stad"]
        );
        assert_eq!(names("Enligt Västerås stads budget"), ["Västerås stad"]);
        assert_eq!(
            names("Invånarna i Upplands Väsby kommun"),
            ["Upplands Väsby kommun"]
        );
        assert_eq!(
            names("Stödet går till Dals-Eds kommun och Malung-Sälens kommun."),
            ["Dals-Eds kommun", "Malung-Sälens kommun"]
        );
        assert!(names("Varje kommun får stöd. Den kommun som söker först.").is_empty());
        assert!(names("Kommunen och kommunerna i länet; Tre kommuner").is_empty());
        assert!(names("landets största stad").is_empty());
    }

    #[test]
    fn universities_and_colleges() {
        assert_eq!(
            names("forskare vid Umeå universitets medicinska fakultet"),
            ["Umeå universitet"]
        );
        assert_eq!(
            names("Kiruna tekniska universitet och Falu tekniska högskola"),
            ["Kiruna tekniska universitet", "Falu tekniska högskola"]
        );
        assert_eq!(
            names("Högskolan i Kalix och Högskolan Jämtland samarbetar"),
            ["Högskolan i Kalix", "Högskolan Jämtland"]
        );
        // A college of two towns names both, joined by a slash.
        assert_eq!(
            names("Högskolan Kalix/Haparanda och Högskolan i Ronneby/Karlshamn samarbetar, 50/50."),
            ["Högskolan Kalix/Haparanda", "Högskolan i Ronneby/Karlshamn"]
        );
        assert!(names("Högskolan har fler sökande än något universitet").is_empty());
    }

    #[test]
    fn county_boards_are_named_by_their_county() {
        assert_eq!(
            names("Länsstyrelsen i Hallands län beslutar"),
            ["Länsstyrelsen i Hallands län"]
        );
        assert_eq!(
            names("Ansök hos länsstyrelsen i Dalarna."),
            ["Länsstyrelsen i Dalarnas län"]
        );
        assert_eq!(
            names("Länsstyrelsen Gotland"),
            ["Länsstyrelsen i Gotlands län"]
        );
        assert_eq!(
            names("Länsstyrelsen i Västra Götalands läns rapport"),
            ["Länsstyrelsen i Västra Götalands län"]
        );
        assert!(names("Länsstyrelsen har ansvaret. länsstyrelsen i länet").is_empty());
    }

    #[test]
    fn a_hospital_named_by_its_initials_after_its_kind() {
        assert_eq!(
            names("Utrustningen går till Universitetssjukhuset MAS och Länssjukhuset SÄS."),
            ["Universitetssjukhuset MAS", "Länssjukhuset SÄS"]
        );
        // A longer word in capitals is no name of the hospital.
        assert!(names("Universitetssjukhuset MEDDELAR").is_empty());
    }

    #[test]
    fn research_centres_with_english_names() {
        assert_eq!(
            names("Data analyseras av Umeå Clinical Research Center och Lund Stem Cell Research Centre."),
            ["Umeå Clinical Research Center", "Lund Stem Cell Research Centre"]
        );
        assert!(names("ett nytt Research Center i staden").is_empty());
    }

    #[test]
    fn folk_high_schools_parishes_dioceses_and_chambers_by_their_last_word() {
        assert_eq!(
            names("Kursen ges av Västerbergs folkhögskola och Tärna folkhögskola i höst."),
            ["Västerbergs folkhögskola", "Tärna folkhögskola"]
        );
        assert_eq!(
            names("Pengarna går till Rättviks församling, Leksands pastorat och Luleå stift."),
            ["Rättviks församling", "Leksands pastorat", "Luleå stift"]
        );
        assert_eq!(
            names("Uppsala domkyrkoförsamling och Växjö församling samarbetar."),
            ["Uppsala domkyrkoförsamling", "Växjö församling"]
        );
        // At a sentence's start, after "i", capitalized after a place.
        assert_eq!(
            names("Det är klart. Umeå landsförsamling bygger. Född i Umeå landsförsamling. Med Kalmar Domkyrkoförsamling."),
            ["Umeå landsförsamling", "Kalmar Domkyrkoförsamling"]
        );
        assert_eq!(
            names("Det anser Sydsvenska Handelskammaren och Stockholms Handelskammare."),
            ["Sydsvenska Handelskammaren", "Stockholms Handelskammare"]
        );
        // A museum that capitalizes the word as part of its name.
        assert_eq!(
            names("Utställningen visas på Västernorrlands Museum, Göteborgs Konstmuseum och Arvika Konsthall i sommar, konserten i Skövde Konserthus."),
            ["Västernorrlands Museum", "Göteborgs Konstmuseum", "Arvika Konsthall", "Skövde Konserthus"]
        );
        // A common noun after a sentence's first word, or with an ending, names none.
        assert!(names("Varje församling får bidrag. Nya stiftet bildas.").is_empty());
        // After "i" a parish names the area it covers.
        assert!(names("Hon är född i Rättviks församling.").is_empty());
        assert!(names("Folkhögskolan i stan har en församlingshem.").is_empty());
    }

    #[test]
    fn a_company_named_by_its_activity_form_and_own_name() {
        assert_eq!(
            names("Bygget görs av Fastighets AB Stångåstaden och Bostads AB Mimer."),
            ["Fastighets AB Stångåstaden", "Bostads AB Mimer"]
        );
        // A shipping company; founders' names joined by "&".
        assert_eq!(
            names(
                "Färjorna drivs av Rederi AB Kustlinjen, huset byggs av Byggnads AB Berg & Lund."
            ),
            ["Rederi AB Kustlinjen", "Byggnads AB Berg & Lund"]
        );
        // Another word before the form keeps the name as it ends in the form.
        assert_eq!(
            names("Beslutet gäller Karlstads Bostads AB från i år."),
            ["Karlstads Bostads AB"]
        );
    }

    #[test]
    fn sports_clubs_by_their_letters() {
        assert_eq!(
            names("Hallen delas av Ljungby IF, Östers IF och Färjestad BK:s juniorer."),
            ["Ljungby IF", "Östers IF", "Färjestad BK"]
        );
        assert_eq!(names("Matchen mot Sandvikens IK."), ["Sandvikens IK"]);
        assert_eq!(
            names("Isen delas av Tranås HC, Kumla SK och Ystads HK."),
            ["Tranås HC", "Kumla SK", "Ystads HK"]
        );
        assert_eq!(
            names("Hallen hyrs av Bodens AIK, IK Brage och GIF Sundsvall."),
            ["Bodens AIK", "IK Brage", "GIF Sundsvall"]
        );
        assert_eq!(
            names("Hallen hyrs av IFK Luleå, IBK Ljusdal och Bodens BK."),
            ["IFK Luleå", "IBK Ljusdal", "Bodens BK"]
        );
        // Letters after a lower-case word, or alone, name no club.
        assert!(names("Frågan gäller IF och fotbollens FF i år.").is_empty());
    }

    #[test]
    fn pensioners_organizations_branches_by_short_name_and_place() {
        assert_eq!(
            names("Frågan väcktes av PRO Gävleborg och SKPF Sandviken i våras."),
            ["PRO Gävleborg", "SKPF Sandviken"]
        );
        // The short name in a word or alone names no branch.
        assert!(names("Ett PROJEKT med PRO och RPG i fokus.").is_empty());
    }

    #[test]
    fn regional_energy_agencies_by_kind_and_area() {
        assert_eq!(
            names("Ansökningarna granskas av Energikontor Norr och Energikontoret Skåne."),
            ["Energikontor Norr", "Energikontoret Skåne"]
        );
        // The kind before a lower-case word names no agency.
        assert!(names("Energikontoret i kommunen ger råd till företag.").is_empty());
    }

    #[test]
    fn a_coordination_association_named_for_its_area() {
        assert_eq!(
            names("Insatsen betalas av Samordningsförbundet Centrala Östergötland i år."),
            ["Samordningsförbundet Centrala Östergötland"]
        );
        assert!(names("Samordningsförbundet beslutade i går.").is_empty());
        assert_eq!(
            names("Samordningsförbundet Kalmar län och Räddningstjänsten Mälardalen Mitt."),
            [
                "Samordningsförbundet Kalmar län",
                "Räddningstjänsten Mälardalen Mitt"
            ]
        );
        // "län" after a name that is no county, and "Mitt" as the name's first word,
        // are none of it.
        assert_eq!(
            names("Samordningsförbundet Ådalen län. Räddningstjänsten Mitt förslag."),
            ["Samordningsförbundet Ådalen"]
        );
    }

    #[test]
    fn study_associations_and_town_hospitals_named_after_their_kind() {
        assert_eq!(
            names("Bidraget går till Studieförbundet Folkvisan. Operationen görs på Lasarettet i Storvik."),
            ["Studieförbundet Folkvisan", "Lasarettet i Storvik"]
        );
        // Without a name or a town after them the words name no body.
        assert!(names("Studieförbundet har 40 kurser. Lasarettet i sin helhet.").is_empty());
        assert_eq!(
            names("Vården ges på Sjukhuset i Storvik och Sjukhuset i Granby."),
            ["Sjukhuset i Storvik", "Sjukhuset i Granby"]
        );
    }

    #[test]
    fn a_rescue_service_named_for_its_area() {
        assert_eq!(
            names("Larmet gick till Räddningstjänsten Östra Götaland vid tolv."),
            ["Räddningstjänsten Östra Götaland"]
        );
        assert_eq!(
            names("Räddningstjänsten Skåne Nordväst ryckte ut. Räddningstjänsten var på plats."),
            ["Räddningstjänsten Skåne Nordväst"]
        );
        // In lower case it is a municipality's service, no name.
        assert!(names("Enligt räddningstjänsten Syd var branden liten.").is_empty());
    }

    #[test]
    fn a_wires_heading_is_no_word_of_the_name() {
        assert_eq!(
            names("About Gästrike Lättmetall AB\nFöretaget grundades 2014."),
            ["Gästrike Lättmetall AB"]
        );
    }

    #[test]
    fn a_fire_service_named_by_its_area() {
        assert_eq!(
            names("Larmet kom i natt. Södertörns brandförsvar och ambulansen var på plats."),
            ["Södertörns brandförsvar"]
        );
        assert_eq!(
            names("Hjälp kom från Attunda brandförsvar i natt."),
            ["Attunda brandförsvar"]
        );
        // A municipality's own service is no body of its own.
        assert!(names("Kommunens brandförsvar ryckte ut.").is_empty());
    }

    #[test]
    fn a_foundation_named_for_its_purpose_before_its_short_form() {
        assert_eq!(
            names("Pengarna kommer från Stiftelsen för strategisk forskning (SSF) i år."),
            ["Stiftelsen för strategisk forskning"]
        );
        assert_eq!(
            names("Stiftelsen för internationalisering av högre utbildning och forskning (STINT) ger stöd."),
            ["Stiftelsen för internationalisering av högre utbildning och forskning"]
        );
        // Without the brackets, and no verb or place closing it, the purpose cannot be told
        // from the sentence.
        assert!(
            names("Stiftelsen för strategisk forskning inom medicin beviljar medel.").is_empty()
        );
        // A number in between is no purpose.
        assert!(names("Stiftelsen för forskning om 2 (två) sjukdomar.").is_empty());
        // The purpose is read in a window of bytes, which may end inside a letter.
        let long = format!(
            "Stiftelsen för {}ö (X) ger stöd.",
            "a".repeat(PURPOSE_MAX_BYTES - 1)
        );
        assert!(names(&long).is_empty());
    }

    #[test]
    fn a_brand_written_name_after_its_kind() {
        assert_eq!(
            names("Riksförbundet HjärtLung och Stiftelsen MedTech Norr"),
            ["Riksförbundet HjärtLung", "Stiftelsen MedTech Norr"]
        );
    }

    #[test]
    fn a_name_after_its_kind_goes_on_past_a_places_genitive() {
        assert_eq!(
            names("Medlen går till Föreningen Sveriges vänorter och Stiftelsen Västerbottens fjällgårdar."),
            ["Föreningen Sveriges vänorter", "Stiftelsen Västerbottens fjällgårdar"]
        );
        assert_eq!(
            names("Även Stiftelsen Uppsala läns vilohem söker bidrag."),
            ["Stiftelsen Uppsala läns vilohem"]
        );
        // A place's name not in the genitive, a short word after the genitive, or none.
        assert_eq!(
            names("Föreningen Kulturarv Väst bjuder in. Stiftelsen Sveriges och Riksförbundet Skånes."),
            ["Föreningen Kulturarv Väst", "Stiftelsen Sveriges", "Riksförbundet Skånes"]
        );
    }

    #[test]
    fn nordic_and_english_company_forms() {
        assert_eq!(
            names("Avtalet med Kuopio Kone Oy, Nokia Oyj, Bergen Marine AS och Equinor ASA.\nTillverkas av Northwind Medical Ltd i Crawley."),
            ["Kuopio Kone Oy", "Nokia Oyj", "Bergen Marine AS", "Equinor ASA", "Northwind Medical Ltd"]
        );
        // No name before the form, a form inside a word, or capitals all through.
        assert!(
            names("Ett AS i Norge. GASTUB. PRESSMEDDELANDE FRÅN BAS AS. Oyster Ltd2").is_empty()
        );
    }

    #[test]
    fn a_kind_for_a_field_closed_by_its_initials() {
        assert_eq!(
            names("Pengar från Forskningsrådet för arbetsliv och socialvetenskap (FAS) och Nämnden för hemslöjdsfrågor (NFH)."),
            [
                "Forskningsrådet för arbetsliv och socialvetenskap",
                "Nämnden för hemslöjdsfrågor"
            ]
        );
        assert_eq!(
            names("Det sker vid Centrum för idrott, hälsa och lärande (CIHL)."),
            ["Centrum för idrott, hälsa och lärande"]
        );
        // No initials, a programme's kind, a capital inside the field, no field.
        assert!(names("Rådet för främjande av kommunala analyser samlar data.").is_empty());
        assert!(
            names("Satsningen för unga (SFU) och Rådet för Nordens (RN) och Rådet för (RF)")
                .is_empty()
        );
    }

    #[test]
    fn a_kind_for_a_field_with_places_and_a_short_name_as_a_word() {
        assert_eq!(
            names("Stöd till Centrum för Norden- och Arktisforskning (CNA) i Tromsø."),
            ["Centrum för Norden- och Arktisforskning"]
        );
        assert_eq!(
            names("Landsorganisationen för fritidsgårdar i Sverige (Lofs) och Rådet för hembygdsvård i Norden (Rhn)."),
            [
                "Landsorganisationen för fritidsgårdar i Sverige",
                "Rådet för hembygdsvård i Norden"
            ]
        );
        // A word in brackets that does not open with the name's letter is no short name:
        // the field ends before its place.
        assert_eq!(
            names("Organisationen för unga i Skåne (Malmö) växer."),
            ["Organisationen för unga"]
        );
        // A hard-wrapped line inside the field.
        assert_eq!(
            names("leds av Centrum för Norden- och\nArktisforskning (CNA) i Tromsø."),
            ["Centrum för Norden- och\nArktisforskning"]
        );
    }

    #[test]
    fn hospitals_named_by_a_founders_adjective_or_a_saint() {
        assert_eq!(
            names("Patienten flyttades från Carlanderska sjukhuset till Ersta sjukhus."),
            ["Carlanderska sjukhuset", "Ersta sjukhus"]
        );
        assert_eq!(
            names("Hon kommer från Aleris S:t Eriks sjukhus och Sankt Lukas sjukhus."),
            ["Aleris S:t Eriks sjukhus", "Sankt Lukas sjukhus"]
        );
        // A description before the definite noun, a capital opening the sentence.
        assert!(names("Det nya sjukhuset och Hela sjukhuset.").is_empty());
        // A school named the same way.
        assert_eq!(
            names("Lundbergska gymnasiet bygger om. Det nya gymnasiet öppnar."),
            ["Lundbergska gymnasiet"]
        );
        assert_eq!(
            names("Vid S:t Jakobs sjukhus väntar färre."),
            ["S:t Jakobs sjukhus"]
        );
    }

    #[test]
    fn a_genitive_association_with_a_coordinated_first_part() {
        assert_eq!(
            names("Pengar till Sveriges Stads- och Landsbygdsbors Riksförbund."),
            ["Sveriges Stads- och Landsbygdsbors Riksförbund"]
        );
    }

    #[test]
    fn a_town_and_two_trades_in_lower_case() {
        assert_eq!(
            names("Kommunens bolag Kalix energi och miljö AB bygger."),
            ["Kalix energi och miljö AB"]
        );
        assert!(names("Bolagen bygger och säljer AB. Vattnet och avloppet AB.").is_empty());
    }

    #[test]
    fn local_clubs_and_associations_closing_a_compound_after_their_place() {
        assert_eq!(
            names("Stöd går till Bergsjö Skidklubb och Öster-Tuna Hembygdsförening."),
            ["Bergsjö Skidklubb", "Öster-Tuna Hembygdsförening"]
        );
        assert_eq!(
            names("Planen delas med Tallby Fotbollsförbund, men inte med Idrottsklubbar."),
            ["Tallby Fotbollsförbund"]
        );
        // A compound at a sentence's start, or going on after a hyphen, closes no name.
        assert!(names("Skidklubb i byn. Hörby Friidrottsklubb-gruppen tränar.").is_empty());
    }

    #[test]
    fn federations_sami_villages_builders_and_science_parks() {
        assert_eq!(
            names("Kommunalförbundet Norra Sjukvård och Vilhelmsbyns sameby deltar."),
            ["Kommunalförbundet Norra Sjukvård", "Vilhelmsbyns sameby"]
        );
        assert_eq!(
            names("Huset byggs av Nordlunds Bygg och Åström Entreprenad, nära Borås Science Park."),
            ["Nordlunds Bygg", "Åström Entreprenad", "Borås Science Park"]
        );
        // Opening a line or a heading, the words name no body.
        assert!(
            names("Bygg och fastighet\nEntreprenad i länet. Sameby och renskötsel.").is_empty()
        );
    }

    #[test]
    fn a_municipal_company_of_two_trades_without_its_form() {
        assert_eq!(
            names("Ledningarna sköts av Mellersta Hallands Vatten och Avlopp i år, och Lerums Energi och Skanska bygger."),
            ["Mellersta Hallands Vatten och Avlopp", "Lerums Energi"]
        );
    }

    #[test]
    fn foundations_named_for_an_estate_and_savings_banks_for_their_area() {
        assert_eq!(
            names(
                "Borgen sköts av Stiftelsen Tjolöholms slott, och Sparbanken Lidköping ger bidrag."
            ),
            ["Stiftelsen Tjolöholms slott", "Sparbanken Lidköping"]
        );
        // Another lower-case word after the name is none of it.
        assert_eq!(
            names("Stiftelsen Tjolöholm gårdsbutik."),
            ["Stiftelsen Tjolöholm"]
        );
    }

    #[test]
    fn foundations_named_for_the_fund_their_founders_left() {
        assert_eq!(
            names("Bidrag ges av Stiftelsen Olof och Elsa Hammarbergs fond och Stiftelsen Anna Whitlocks minnesfond i år."),
            [
                "Stiftelsen Olof och Elsa Hammarbergs fond",
                "Stiftelsen Anna Whitlocks minnesfond"
            ]
        );
        // After a name that is no genitive the word is none of it.
        assert_eq!(
            names("Stiftelsen Anna Whitlock fond är ny."),
            ["Stiftelsen Anna Whitlock"]
        );
    }

    #[test]
    fn local_action_groups_by_leader_and_their_area() {
        assert_eq!(
            names("Pengarna fördelas av Leader Nedre Dalälven och Leader Västra Mälardalen."),
            ["Leader Nedre Dalälven", "Leader Västra Mälardalen"]
        );
        assert!(names("Leader är en metod. Leader-metoden och Leader i länet.").is_empty());
    }

    #[test]
    fn regional_theatres_music_and_orchestras_by_their_county_or_town() {
        assert_eq!(
            names("Bidrag går till Jämtlands Teater, Kronobergs Musik och Borås Symfoniorkester."),
            [
                "Jämtlands Teater",
                "Kronobergs Musik",
                "Borås Symfoniorkester"
            ]
        );
        assert_eq!(
            names("Appen prövas vid Malmö Opera och Värmlands Opera i höst."),
            ["Malmö Opera", "Värmlands Opera"]
        );
        // Opening a sentence the word names no body.
        assert!(
            names("Teater och Musik i skolan. Symfoniorkester saknas. Opera spelas.").is_empty()
        );
    }

    #[test]
    fn unions_grids_and_firms_named_by_a_capitalized_trade_word() {
        assert_eq!(
            names("Avtalet tecknades av Byggarbetarnas Förbund, Sala Nät och Nordkap Energy i år."),
            ["Byggarbetarnas Förbund", "Sala Nät", "Nordkap Energy"]
        );
        assert!(names("Förbund och Nät. Energy drinks säljs.").is_empty());
    }

    #[test]
    fn health_centres_named_after_their_kind_and_colleges_by_a_genitive() {
        assert_eq!(
            names("Patienterna tas emot på Vårdcentralen Granen och Hälsocentralen Odensala, och kursen ges av Bergmans konsthögskola."),
            ["Vårdcentralen Granen", "Hälsocentralen Odensala", "Bergmans konsthögskola"]
        );
        // In lower case, or alone, the nouns name no body.
        assert!(names("Ring vårdcentralen Granen. Vårdcentralen har öppet.").is_empty());
    }

    #[test]
    fn a_partnership_or_health_centre_named_for_its_area_after_i_or_for() {
        assert_eq!(
            names("Beslutet togs av Strukturfondspartnerskapet i Östra Mellansverige och Strukturfondspartnerskapet för Småland, med Vårdcentralen i Tierp."),
            [
                "Strukturfondspartnerskapet i Östra Mellansverige",
                "Strukturfondspartnerskapet för Småland",
                "Vårdcentralen i Tierp"
            ]
        );
        // Another kind takes no area after "i": "Stiftelsen i Lund" is where it sits.
        assert!(names("Pengarna gick till Studieförbundet i Lund.").is_empty());
    }

    #[test]
    fn schools_by_their_one_word_name_their_village_or_a_genitive() {
        assert_eq!(
            names("Eleverna på Tallbackaskolan, Björkgymnasiet, Hova skola, Tidaholms gymnasium och Sörbo naturbruksgymnasium flyttar."),
            [
                "Tallbackaskolan",
                "Björkgymnasiet",
                "Hova skola",
                "Tidaholms gymnasium",
                "Sörbo naturbruksgymnasium"
            ]
        );
        // At a sentence's start, a place and a compound kind; a capitalized compound.
        assert_eq!(
            names(
                "Det är klart. Sörbo naturbruksgymnasium deltar, liksom Hova Naturbruksgymnasium."
            ),
            ["Sörbo naturbruksgymnasium", "Hova Naturbruksgymnasium"]
        );
        // But no bare kind after a word opening a sentence, and no definite genitive.
        assert!(names("Det är klart. Ny skola byggs. Kommunens idrottsförening växer.").is_empty());
        assert!(names("Nytt teknikgymnasium öppnar i Tierp").is_empty());
        // Opening a sentence the noun is the noun; a college is read by its own forms;
        // a kind of school or a programme's name is no school's.
        assert!(names("Skolan öppnar. Gymnasieskolan växer. Med Handelshögskolan.").is_empty());
        assert_eq!(
            names("Avtalet med Högskolan i\nVäxjö gäller, och Högskolan leder det."),
            ["Högskolan i\nVäxjö"]
        );
        assert!(names("Barnen går i Kulturskolan, och Lärande skola startar.").is_empty());
    }

    #[test]
    fn an_archive_named_by_its_county() {
        assert_eq!(
            names("Handlingarna lämnas till Hallands föreningsarkiv i höst."),
            ["Hallands föreningsarkiv"]
        );
    }

    #[test]
    fn a_hospital_groups_site_and_health_centres_by_their_village() {
        assert_eq!(
            names("Vården ges på Blekinge sjukhus Karlshamn, Roma vårdcentral och Gemla hälsocentral."),
            ["Blekinge sjukhus Karlshamn", "Roma vårdcentral", "Gemla hälsocentral"]
        );
        // A link in a menu is no running text.
        assert!(names("Startsida | Hitta vårdcentral · Kontakt · Hitta hälsocentral").is_empty());
    }

    #[test]
    fn firms_named_by_founders_joined_by_ampersand_and_towns_by_two_trades() {
        assert_eq!(
            names(
                "Avtal finns med Grossisterna Martin & Servera AB och Dalarnas Försäkringsbolag."
            ),
            ["Martin & Servera AB", "Dalarnas Försäkringsbolag"]
        );
        // After "&" the founders' firm may go on; a Sami village's compound.
        assert_eq!(
            names("Huset byggs av Berg & Söner Bygg AB nära Jokkmokks skogssameby."),
            ["Berg & Söner Bygg AB", "Jokkmokks skogssameby"]
        );
        // A place's name ending as a plural noun does is the name's own first word.
        assert_eq!(
            names("Samråd sker med Järna Bygg & Mark AB samt Bollnäs Vatten och Avfall AB."),
            ["Järna Bygg & Mark AB", "Bollnäs Vatten och Avfall AB"]
        );
    }

    #[test]
    fn kinds_named_for_their_area_after_i_a_brands_science_park_and_a_colleges_genitive() {
        assert_eq!(
            names("Med PRO i Tierp, Länsmuseet Halland och IDEON Science Park. Se Högskolan Västs nyhetsrum."),
            ["PRO i Tierp", "Länsmuseet Halland", "IDEON Science Park", "Högskolan Väst"]
        );
        // After "i" the town keeps its "s".
        assert_eq!(
            names("Forskare vid Högskolan i Borås deltar."),
            ["Högskolan i Borås"]
        );
    }

    #[test]
    fn a_club_after_its_kinds_noun_and_an_association_by_its_members() {
        assert_eq!(
            names("Enligt Idrottsklubbarna Kiruna IF samt Diabetikernas förening och Hörsel- och Synskadades förening."),
            ["Kiruna IF", "Diabetikernas förening", "Hörsel- och Synskadades förening"]
        );
    }

    #[test]
    fn tourism_companies_by_their_area() {
        assert_eq!(
            names("Marknadsföringen sköts av Destination Vänersborg, Visit Värmland AB och Orsa Turism."),
            ["Destination Vänersborg", "Visit Värmland AB", "Orsa Turism"]
        );
    }

    #[test]
    fn bodies_named_for_their_part_of_the_country() {
        assert_eq!(
            names("Tolkar kommer från Språktolkarna Väst och Ambulansflyg Syd, liksom från Region Syd och Trafikverket Region Öst."),
            ["Språktolkarna Väst", "Ambulansflyg Syd"]
        );
    }

    #[test]
    fn regional_film_and_music_centres_by_their_area() {
        assert_eq!(
            names(
                "Stöd ges av Film i Dalarna, Musik i Halland och FoU i Sörmland. Musik i skolan."
            ),
            ["Film i Dalarna", "Musik i Halland", "FoU i Sörmland"]
        );
    }

    #[test]
    fn learning_centres_by_their_town() {
        assert_eq!(
            names("Campus Ljungby växer. Kurserna ges vid Campus Nyköping och på campus Ulla."),
            ["Campus Ljungby", "Campus Nyköping"]
        );
        // A university's own campus is part of the university.
        assert_eq!(
            names("Kursen ges av Umeå universitet Campus Skellefteå."),
            ["Umeå universitet"]
        );
    }

    #[test]
    fn a_parish_named_after_a_two_word_place() {
        assert_eq!(
            names("Kyrkan ägs av Stora Tuna församling sedan länge."),
            ["Stora Tuna församling"]
        );
    }

    #[test]
    fn a_folk_high_school_with_the_word_capitalized() {
        assert_eq!(
            names("Kursen ges på Tollare Folkhögskola i vår."),
            ["Tollare Folkhögskola"]
        );
        assert!(names("Folkhögskola i länet.").is_empty());
    }

    #[test]
    fn a_clause_opening_conjunction_is_no_word_of_a_firms_name() {
        assert_eq!(
            names("Sedan Hyttbolaget Norr AB lade ned bruket har lokalerna stått tomma."),
            ["Hyttbolaget Norr AB"]
        );
    }

    #[test]
    fn a_wires_label_before_the_sender_is_no_part_of_its_name() {
        assert_eq!(
            names("Mer information om bolaget.\nSOURCE Norrlands Golvfabrik AB\n"),
            ["Norrlands Golvfabrik AB"]
        );
    }

    #[test]
    fn an_agencys_genitive_before_a_kind_names_what_it_issues() {
        assert!(names("Enligt Skogsverkets kostråd ska man äta mindre.").is_empty());
    }

    #[test]
    fn a_rivers_name_or_a_coordinated_compound_before_the_kind() {
        assert_eq!(
            names("Bidraget går till Lagan älvs vattenvårdsförbund i år."),
            ["Lagan älvs vattenvårdsförbund"]
        );
        assert_eq!(
            names("Arbetet leds av Bergslagens miljö- och räddningsförbund sedan 2012."),
            ["Bergslagens miljö- och räddningsförbund"]
        );
    }

    #[test]
    fn an_association_named_by_a_genitive_and_its_kind() {
        assert_eq!(
            names("Pengarna går till Hallsbergs hembygdsförbund, Vättervikens fiskevårdsförening och Musikernas Riksorganisation."),
            ["Hallsbergs hembygdsförbund", "Vättervikens fiskevårdsförening", "Musikernas Riksorganisation"]
        );
        // The plural, the definite form and a genitive that is no name word name none.
        assert!(names(
            "I Hallsbergs idrottsföreningar och Vättervikens fiskevårdsföreningen, SKR:s förbund."
        )
        .is_empty());
    }

    #[test]
    fn a_water_council_and_an_association_named_by_a_place_in_its_bare_form() {
        assert_eq!(
            names("Samråd hålls med Ätrans vattenråd, Gotland kustvattenvårdsförbund och Sala hembygdsförening i vår."),
            ["Ätrans vattenråd", "Gotland kustvattenvårdsförbund", "Sala hembygdsförening"]
        );
        // A sentence's first word, and a word after a full stop, are capitalized
        // whatever they are.
        assert!(names("Ny idrottsförening bildas. Nya vattenråd bildas.").is_empty());
    }

    #[test]
    fn a_towns_housing_or_property_company_by_its_one_word_name() {
        assert_eq!(
            names("Husen byggs av Nordbybostäder, och skolan förvaltas av Tallviksfastigheter."),
            ["Nordbybostäder", "Tallviksfastigheter"]
        );
        // Opening a sentence the compound is a common noun as often.
        assert!(names("Hyresbostäder byggs. Kommunfastigheter säljs.").is_empty());
    }

    #[test]
    fn a_region_set_in_capitals_is_no_acronym_and_county() {
        assert!(names("LANDSTINGET DALARNA\n\nREGION HALLAND\n\nRubrik").is_empty());
    }

    #[test]
    fn a_branch_named_by_its_bodys_acronym_and_county() {
        assert_eq!(
            names("Pengarna går till ABF Jämtland och KFUM-SDF Halland."),
            ["ABF Jämtland", "KFUM-SDF Halland"]
        );
        // Inside a longer name the acronym opens none; a genitive names no branch.
        assert!(names("Aktien handlas på Börsen OMX Stockholm. LRF Skånes ordförande.").is_empty());
    }

    #[test]
    fn companies_and_clubs_named_for_their_town_and_service() {
        assert_eq!(
            names("Värmen kommer från Norrby Energi, och Norrby Vatten sköter ledningarna."),
            ["Norrby Energi", "Norrby Vatten"]
        );
        assert_eq!(
            names("Bidrag går till Bergsjö Hockey, Åkerviks Bandy och Tallbo Volleyboll Klubb."),
            [
                "Bergsjö Hockey",
                "Åkerviks Bandy",
                "Tallbo Volleyboll Klubb"
            ]
        );
        // The same words in lower case, or opening a heading, name no body.
        assert!(names("Mer förnybar energi och rent vatten.\nEnergi och klimat").is_empty());
        // Going on by a capitalized word, they are part of an event's or a venue's name.
        assert!(
            names("Stöd går till Bergsjö Handboll Cup och till Norrby Energi Arena i år.")
                .is_empty()
        );
    }

    #[test]
    fn hospitals_and_companies() {
        assert_eq!(
            names("Patienter från Mora sjukhus och Lunds Universitetssjukhuset"),
            ["Mora sjukhus", "Lunds Universitetssjukhuset"]
        );
        assert_eq!(
            names("Operationerna görs på Ystads lasarett."),
            ["Ystads lasarett"]
        );
        assert_eq!(
            names("Bidrag går till Hallands museum, Moderna museet och Gävle symfoniorkester, liksom Umeå kammarorkester."),
            ["Hallands museum", "Moderna museet", "Gävle symfoniorkester", "Umeå kammarorkester"]
        );
        assert_eq!(
            names("Resor med Gävleborgs länstrafik och konserter med Malmö Symfoniker ökar."),
            ["Gävleborgs länstrafik", "Malmö Symfoniker"]
        );
        assert_eq!(
            names("Utgrävningen gjordes av Blekinge länsmuseum i våras."),
            ["Blekinge länsmuseum"]
        );
        assert!(names("Ett museum i staden. Museet har öppet.").is_empty());
        assert!(names("Ett länsmuseum i staden. Länsmuseet har öppet.").is_empty());
        assert_eq!(
            names("Länssjukhuset i Kalmar och Centralsjukhuset i Kristianstad samarbetar."),
            ["Länssjukhuset i Kalmar", "Centralsjukhuset i Kristianstad"]
        );
        assert!(names("Sjukhuset i Visby. Centralsjukhuset i sin tur").is_empty());
        assert_eq!(
            names("Länssjukhuset Sundsvall-Härnösand och Centralsjukhuset Karlstad."),
            [
                "Länssjukhuset Sundsvall-Härnösand",
                "Centralsjukhuset Karlstad"
            ]
        );
        assert!(names("Det nya länssjukhuset är klart. Akutsjukhuset har öppet.").is_empty());
        // A hospital with a name of its own is named without its town.
        assert_eq!(
            names("Pengarna går till Mälarsjukhuset i Eskilstuna och Centralsjukhuset i Karlstad."),
            ["Mälarsjukhuset", "Centralsjukhuset i Karlstad"]
        );
        assert_eq!(
            names("Bolaget Norrköping Hamn AB och Kalix Energi AB."),
            ["Norrköping Hamn AB", "Kalix Energi AB"]
        );
        assert!(names("Enligt AB är det så").is_empty());
        assert_eq!(
            names("Pengarna går till Familjebostäder i Göteborg AB. Mölndalsbostäder i Mölndal AB bygger."),
            ["Familjebostäder i Göteborg AB", "Mölndalsbostäder i Mölndal AB"]
        );
        assert_eq!(
            names("Investeringen i Volvo AB växer. Satsningarna i Skövde Värme AB."),
            ["Volvo AB", "Skövde Värme AB"]
        );
        assert_eq!(
            names("Avtalet med Kalmar Vatten och Avfall AB. Vattenfall och Skanska AB bygger."),
            ["Kalmar Vatten och Avfall AB", "Skanska AB"]
        );
        assert_eq!(
            names("Varorna köps av Nordic Paper and Pulp AB och Bergs Tryck & Media AB."),
            ["Nordic Paper and Pulp AB", "Bergs Tryck & Media AB"]
        );
        assert_eq!(
            names("Med Business Region Skåne AB och Region Uppsala AB."),
            ["Business Region Skåne AB", "Uppsala AB"]
        );
        assert_eq!(
            names("Vård vid Södra Älvsborgs Sjukhus och Kalix Sjukhus."),
            ["Södra Älvsborgs Sjukhus", "Kalix Sjukhus"]
        );
        assert!(names("Lunds universitets- och högskolebibliotek").is_empty());
        assert_eq!(
            names("Göteborgs Stadsmission och Länsförsäkringar Skåne delar ut medel."),
            ["Göteborgs Stadsmission", "Länsförsäkringar Skåne"]
        );
        assert!(names("Stadsmissionen och Länsförsäkringar ger stöd.").is_empty());
        assert_eq!(
            names("Med Luleå Energi AB, (Piteå Hamn AB) och Umeå Energi ABs vd.\nSkövde Värme AB\nText"),
            ["Luleå Energi AB", "Piteå Hamn AB", "Umeå Energi AB", "Skövde Värme AB"]
        );
    }

    #[test]
    fn a_company_whose_form_opens_a_line() {
        assert_eq!(
            names("AB Fortifikationsbyggen\nPressmeddelande\n\nAB Kustfastigheter i Ystad säljer."),
            ["AB Fortifikationsbyggen", "AB Kustfastigheter i Ystad"]
        );
        // The line before is no name of the company: "Nyheter" stays out.
        assert_eq!(names("Nyheter\nAB Hamnbolaget bygger."), ["AB Hamnbolaget"]);
        // "AB" alone on a line, or before a lower-case word, names nothing.
        assert!(names("AB\nText här.\nAB och HB är bolagsformer.").is_empty());
    }
}
