//! The forms read at the text's capitals rather than by a substring search: every such
//! name holds a capital there, and a look at the bytes around each capital costs less
//! than another pass over the text. The words that close a name after a name word
//! (capitalized tails, compounds of a kind, a county after an acronym, a foreign
//! company form), kinds and clubs written in capitals, a genitive and its kind, and the
//! bodies named after the noun of their kind ([`super::appositions`]).

use super::*;
use crate::organizations::sieve::Sieve;
use crate::text::BytePairs;

/// Tails that are a capitalized word of the name, read at the text's capitals (after a
/// space) rather than searched for: a word already found as a capital costs a few byte
/// comparisons there, and a word in [`FORM_WORDS`] costs a look at every byte.
const CAPITAL_TAILS: [Tail; 50] = [
    Tail::new(" Stad", 1, false),
    // A hospital group whose name sets the word in capitals ("Skaraborgs Sjukhus",
    // "Södra Älvsborgs Sjukhus").
    Tail::new(" Sjukhus", 1, false),
    Tail::new(" Länssjukhus", 1, false),
    // Museums named with the word capitalized ("Gotlands Museum", "Jamtli Museum"), and
    // the art museums and halls that municipalities run ("Göteborgs Konstmuseum",
    // "Arvika Konsthall").
    Tail::new(" Museum", 1, false),
    Tail::new(" Konstmuseum", 1, false),
    Tail::new(" Konsthall", 1, false),
    // A town's concert hall, run as its music institution ("Vara Konserthus").
    Tail::new(" Konserthus", 1, false),
    // An association named as "X Förening", the word capitalized as part of the name
    // ("Sveriges Ornitologiska Förening", "Göteborgs Konstnärliga Förening").
    Tail::new(" Förening", 2, false),
    // The city missions, charities named after their town ("Stockholms Stadsmission",
    // "Skellefteå Stadsmission").
    Tail::new(" Stadsmission", 1, false),
    // A research centre with an English name, after its town and field ("Uppsala
    // Clinical Research Center", "Lund Stem Cell Research Centre").
    Tail::new(" Research Center", 3, false),
    Tail::new(" Research Centre", 3, false),
    // The regional chambers of commerce, named after their part of the country
    // ("Västsvenska Handelskammaren", "Stockholms Handelskammare").
    Tail::new(" Handelskammaren", 1, false),
    Tail::new(" Handelskammare", 1, false),
    // Municipal and regional companies named after their town or area and the service
    // they run, often written without "AB" ("Umeå Energi", "Gävle Hamn", "Stockholm
    // Vatten", "Luleå Renhållning"), and the trade bodies named the same way ("Svensk
    // Energi", "Svenskt Vatten"). Left out: "Kraft", a surname as often, and "Airport",
    // "Flygplats", which name the place as often as its operator.
    Tail::new(" Energi", 2, false),
    Tail::new(" Vatten", 2, false),
    Tail::new(" Hamn", 2, false),
    Tail::new(" Stadsnät", 2, false),
    Tail::new(" Elnät", 2, false),
    Tail::new(" Fjärrvärme", 2, false),
    Tail::new(" Renhållning", 2, false),
    Tail::new(" Parkering", 2, false),
    // Sports clubs named after their town and sport ("Piteå Hockey", "Sirius Bandy",
    // "Lugi Handboll", "Kalmar Volleyboll Klubb").
    Tail::new(" Hockey", 2, false),
    Tail::new(" Bandy", 2, false),
    Tail::new(" Innebandy", 2, false),
    Tail::new(" Handboll", 2, false),
    Tail::new(" Klubb", 2, false),
    // Builders named by their founder's or town's name and their trade, often without
    // "AB" ("Lindbäcks Bygg", "Veidekke Entreprenad").
    Tail::new(" Bygg", 2, false),
    Tail::new(" Entreprenad", 2, false),
    // Science parks, named after their town or university ("Linköping Science Park",
    // "Karolinska Institutet Science Park"), or by a brand ("NetPort Science Park").
    Tail::new(" Science Park", 3, true),
    // Regional theatres, opera houses, music institutions and orchestras, named after
    // their county or town, which regions and municipalities fund ("Västmanlands Teater",
    // "Malmö Opera", "Gävle Symfoniorkester", "Västmanlands Musik", "Musik i Dalarna" is
    // read as no such tail).
    Tail::new(" Teater", 2, false),
    Tail::new(" Opera", 2, false),
    Tail::new(" Musik", 2, false),
    Tail::new(" Symfoniorkester", 2, false),
    Tail::new(" Symfoniker", 2, false),
    Tail::new(" Länstrafik", 1, false),
    // Municipal bus companies and fire brigades named after their town or area
    // ("Skellefteå Buss", "Nerikes Brandkår").
    Tail::new(" Buss", 2, false),
    Tail::new(" Brandkår", 2, false),
    // A folk high school whose name sets the word in capitals ("Malungs Folkhögskola"),
    // as the lower-case tail reads it otherwise.
    Tail::new(" Folkhögskola", 1, false),
    // A union or association named by its members' genitive and the word capitalized
    // ("Fastighetsanställdas Förbund", "Byggnadsarbetarnas Förbund"), as " Förening".
    Tail::new(" Förbund", 2, false),
    // Grid companies named after their town or parent ("Telge Nät", "Ellevio Nät"), as
    // " Elnät", and firms named in English for their trade ("Hitachi Energy").
    Tail::new(" Nät", 2, false),
    Tail::new(" Energy", 2, false),
    // Municipal energy and water companies and rescue services named after their town
    // or area ("Finspångs Tekniska Verk", "Sörmlandskustens Räddningstjänst").
    Tail::new(" Tekniska Verk", 1, false),
    Tail::new(" Räddningstjänst", 2, false),
    // The city missions' older form ("Göteborgs Räddningsmission").
    Tail::new(" Räddningsmission", 1, false),
    // The tourism companies of a municipality or area ("Siljan Turism").
    Tail::new(" Turism", 2, false),
    // A savings bank named by its area's genitive ("Roslagens Sparbank").
    Tail::new(" Sparbank", 1, false),
    // A body or its branch named for the part of the country it serves ("Tolkförmedling
    // Väst", "Biogas Syd", "Byggnads Öst"); a region's or an agency's own ("Region Väst")
    // opens with a word that names none. "Nord" is left out: a surname as often.
    Tail::new(" Väst", 1, true),
    Tail::new(" Öst", 1, true),
    Tail::new(" Syd", 1, true),
    Tail::new(" Norr", 1, true),
];

/// Company forms of the Nordic neighbours and of English after a firm's name ("Planmeca
/// Oy", "Nokia Oyj", "Laerdal Medical AS", "Equinor ASA", "Elekta Ltd"), read as " AB"
/// is: up to [`FOREIGN_NAME_WORDS`] capitalized name words before the form, which
/// stands as a word after a space (a line break between name and form is left: the
/// name reported must be the text's own, and would hold the break).
const FOREIGN_FORMS: [&str; 5] = ["Oy", "Oyj", "AS", "ASA", "Ltd"];

/// The first two bytes of [`FOREIGN_FORMS`], in lower case.
static FOREIGN_FORM_PAIRS: BytePairs = BytePairs::of(&[&FOREIGN_FORMS]);

/// Most name words before a foreign company form.
const FOREIGN_NAME_WORDS: usize = 3;

/// The firm named with one of [`FOREIGN_FORMS`] whose form opens with the capital at
/// `at`, after a space: read at the text's capitals, where every form starts, rather
/// than by a substring search for each (three SIMD passes over the text cost more than
/// a look at each capital).
fn foreign_company_at<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    let bytes = text.as_bytes();
    // Most capitals open no form, which their first two bytes tell by a look in a table
    // (129.35 → 129.19 instructions per byte).
    let second = bytes.get(at + 1).copied().unwrap_or(0);
    if !FOREIGN_FORM_PAIRS.contains(bytes[at].to_ascii_lowercase(), second.to_ascii_lowercase()) {
        return;
    }
    // A word longer than every form is passed over without reading it to its end.
    let longest_form = FOREIGN_FORMS
        .iter()
        .map(|form| form.len())
        .max()
        .unwrap_or(0);
    let form_end = bytes[at..]
        .iter()
        .take(longest_form + 1)
        .position(|b| !b.is_ascii_alphabetic())
        .map_or(text.len(), |i| at + i);
    if !FOREIGN_FORMS.contains(&&text[at..form_end])
        || char_after(text, form_end).is_some_and(is_word_char)
    {
        return;
    }
    if let Some(start) = name_before(text, at - 1, FOREIGN_NAME_WORDS, false) {
        out.push(Found::spanning(text, start, form_end));
    }
}

/// The forms read at the text's capitals (`capitals`, from
/// [`crate::gazetteer::capitals`]): a club's letters after its name ([`CLUBS`]), the
/// kinds written in capitals before a place ([`CAPITAL_KINDS`]), each opening a word,
/// names set after the noun of their kind ([`appositions`]), and the words that close a
/// name after a name word: capitalized tails, compounds of a kind, a county after an
/// acronym, a foreign company form ([`FOREIGN_FORMS`]).
pub(super) fn at_capitals<'t>(text: &'t str, capitals: &[usize], out: &mut Vec<Found<'t>>) {
    let bytes = text.as_bytes();
    let mut previous = None;
    for &at in capitals {
        let before = previous.replace(at);
        let rest = &bytes[at..];
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        // Each list is tested by its words' first bytes first: a capital opens few of
        // them, and a look in a table costs less than a comparison with each. The
        // clubs' table holds the pairs in lower case.
        let pair = (
            rest[0].to_ascii_lowercase(),
            rest.get(1).copied().unwrap_or(0).to_ascii_lowercase(),
        );
        let club_letters = if CLUB_PAIRS.contains(pair.0, pair.1) {
            CLUBS.iter().find(|club| {
                rest.starts_with(club.as_bytes())
                    && rest.get(club.len()).is_some_and(|b| AFTER_CLUB.contains(b))
            })
        } else {
            None
        };
        // The club's letters stand after a space, as a name's last word; with no name
        // before them they may open one ("IK Brage"), as they do before a name word
        // when they are a kind of [`CAPITAL_KINDS`] ("Uppsalaklubben IK Sirius").
        let opens_name = club_letters.is_some_and(|letters| {
            rest.get(letters.len() + 1)
                .is_some_and(u8::is_ascii_uppercase)
                && CAPITAL_KINDS
                    .iter()
                    .any(|kind| kind.strip_suffix(' ') == Some(letters))
        });
        let found_before = out.len();
        if let Some(letters) =
            club_letters.filter(|_| at > 0 && bytes[at - 1] == b' ' && !opens_name)
        {
            club(text, at - 1, letters.len(), out);
        }
        let read_as_club = out.len() > found_before;
        let opening = rest.first_chunk().copied();
        let kind = opening.and_then(|opening| {
            KINDS_BY_START
                .words(opening)
                .map(|k| CAPITAL_KINDS[k])
                .find(|k| rest.starts_with(k.as_bytes()))
        });
        let may_open_hospital =
            opening.is_some_and(|opening| HOSPITALS_BY_START.words(opening).next().is_some());
        if let Some(kind) = kind.filter(|_| !read_as_club) {
            kind_before_name(text, kind, at, out);
        } else if may_open_hospital && rest.starts_with(HOSPITAL_OF_TOWN.as_bytes()) {
            with_town(text, at, at + HOSPITAL_OF_TOWN.len(), out);
        } else if may_open_hospital
            && rest.starts_with(HOSPITAL_OF_TOWN_INSIDE.as_bytes())
            && !at_sentence_start(text, at)
        {
            with_town(text, at, at + HOSPITAL_OF_TOWN_INSIDE.len(), out);
        }
        if at > 0 && bytes[at - 1] == b' ' {
            appositions::at_capital(text, at, out);
            // A name word's capital stands close before a word that may close the
            // name ("Umeå Energi"): most capitals, a sentence's first or a lone
            // name's, have none and are passed over without a look at those forms.
            let after_name_word = before.is_some_and(|p| at - p <= NAME_WORD_BYTES);
            if after_name_word {
                capital_tail(text, at, out);
                acronym_branch(text, at, out);
                foreign_company_at(text, at, out);
            }
            // Inside a sentence a lower-case word or a comma stands before the capital.
            let inside_sentence = at
                .checked_sub(2)
                .and_then(|i| bytes.get(i))
                .is_some_and(|&b| b.is_ascii_lowercase() || b >= 0x80 || b == b',');
            // A sentence's first word after a full stop may open a name of a place and
            // its kind ("Fyrbodals kommunalförbund samordnar …"), read by the stricter
            // test of a sentence's start.
            let opens_sentence = at
                .checked_sub(2)
                .and_then(|i| bytes.get(i))
                .is_some_and(|&b| matches!(b, b'.' | b'!' | b'?'));
            if after_name_word || inside_sentence || opens_sentence {
                capital_compound(text, at, after_name_word, inside_sentence, out);
            }
        } else if at == 0 || at.checked_sub(2).and_then(|i| bytes.get(i..at)) == Some(b"\n\n") {
            // A paragraph's first word may open a genitive name ("Hjälmarens
            // vattenvårdsförbund får …"); the rows of a table, one a line, are passed
            // over.
            capital_compound(text, at, false, false, out);
        }
    }
}

/// The first two bytes of [`CLUBS`], to tell at one look whether a capital may open
/// one of them.
static CLUB_PAIRS: BytePairs = BytePairs::of(&[&CLUBS]);

/// The [`CAPITAL_KINDS`] by their first three bytes, which many capitals share with
/// no kind where two bytes ("Fo", "St", "Ko") were shared with one (149.67 → 148.40
/// instructions per byte).
static KINDS_BY_START: Sieve<3> = Sieve::from_start(&CAPITAL_KINDS);

/// The hospital forms read at a capital ([`HOSPITAL_OF_TOWN`],
/// [`HOSPITAL_OF_TOWN_INSIDE`]) by their first three bytes, looked up before either is
/// compared at every capital that opens no kind.
static HOSPITALS_BY_START: Sieve<3> =
    Sieve::from_start(&[HOSPITAL_OF_TOWN, HOSPITAL_OF_TOWN_INSIDE]);

/// The [`CAPITAL_TAILS`] by their capital and the byte after it (every tail opens with
/// a space): a look in a table for each sorts out most, where a comparison of the
/// capital with each tail cost more (154.12 → 150.97 instructions per byte).
static TAILS_BY_START: Sieve<2> = {
    let mut sieve = Sieve::empty(CAPITAL_TAILS.len());
    let mut t = 0;
    while t < CAPITAL_TAILS.len() {
        sieve.add(t, CAPITAL_TAILS[t].word.as_bytes(), 1);
        t += 1;
    }
    sieve
};

/// Most bytes from a name word's capital to the capital of the word after it.
const NAME_WORD_BYTES: usize = 24;

/// The name ending in the tail of [`CAPITAL_TAILS`] that opens with the capital at
/// `at`, if one does: the longest tail there is the word ("Stadsmission", not "Stad").
fn capital_tail<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    let Some(head) = text.get(at - 1..) else {
        return;
    };
    let Some(&[_, capital, next]) = head.as_bytes().first_chunk() else {
        return;
    };
    let tail = TAILS_BY_START
        .words([capital, next])
        .map(|t| &CAPITAL_TAILS[t])
        .filter(|tail| head.starts_with(tail.word))
        .max_by_key(|tail| tail.word.len());
    // "Bygg-Göta": a tail going on after a hyphen is the first part of another name.
    let hyphen_after = |tail: &Tail| text.as_bytes().get(at - 1 + tail.word.len()) == Some(&b'-');
    if let Some(tail) =
        tail.filter(|tail| !hyphen_after(tail) && !goes_on(text, at - 1 + tail.word.len()))
    {
        let before = out.len();
        by_tail(text, tail, at - 1, out);
        // "Nordvästra Skånes Vatten och Avlopp": a second trade joined by "och".
        if out.len() > before {
            if let Some(found) = out.last_mut() {
                if let Some(end) = second_trade_end(text, found.span.end) {
                    *found = Found::spanning(text, found.span.start, end);
                }
            }
        }
    }
}

/// True when a tail ending at `end` goes on in a longer name by a capitalized word
/// after a space that is no company form ("Kristianstad Handboll Cup", "Umeå Energi
/// Arena" name an event and a venue; "Umeå Energi AB" is the firm).
fn goes_on(text: &str, end: usize) -> bool {
    let Some(next) = text.get(end..).and_then(|rest| rest.strip_prefix(' ')) else {
        return false;
    };
    let word = &next[..next
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(next.len())];
    word.starts_with(char::is_uppercase)
        && word != COMPANY.trim_start()
        && !FOREIGN_FORMS.contains(&word)
}

/// The trades a municipal company's name joins to its first by "och" ("Vatten och
/// Avlopp", "Energi och Miljö", "Vatten och Avfall"), as a regional music institution's
/// does ("Musik och Teater").
const SECOND_TRADES: [&str; 9] = [
    "Avlopp",
    "Avfall",
    "Miljö",
    "Teknik",
    "Energi",
    "Vatten",
    "Värme",
    "Teater",
    "Näringsliv",
];

/// Where a company's name that ends at `end` with a trade ends when " och " or " & " and
/// a second trade of [`SECOND_TRADES`] follow, ending the word.
fn second_trade_end(text: &str, end: usize) -> Option<usize> {
    // "Falu Energi & Vatten": "&" joins the trades as "och" does.
    let joiner = [AND, AMPERSAND]
        .into_iter()
        .find(|joiner| text[end..].starts_with(joiner))?;
    let rest = &text[end + joiner.len()..];
    let trade = SECOND_TRADES.iter().find(|t| rest.starts_with(*t))?;
    let trade_end = end + joiner.len() + trade.len();
    (!char_after(text, trade_end).is_some_and(is_word_char)).then_some(trade_end)
}

/// The definite endings of a school's one-word name ("Ersängsskolan", "Möckelngymnasiet").
const SCHOOL_ENDINGS: [&str; 2] = ["skolan", "gymnasiet"];

/// Stems that make a compound on [`SCHOOL_ENDINGS`] a kind of school, not one school's
/// name ("Kulturskolan", "Forskarskolan", "Gymnasieskolan"), each municipality's or
/// university's own, which releases capitalize as often as not.
const KINDS_OF_SCHOOL: [&str; 12] = [
    "Kultur",
    "Musik",
    "Forskar",
    "Grund",
    "Gymnasie",
    "Special",
    "Sär",
    "Vuxen",
    "Sommar",
    "Yrkes",
    "Förskole",
    "Fri",
];

/// True when `word` is a stem of [`KINDS_OF_SCHOOL`] and one of [`SCHOOL_ENDINGS`] and
/// nothing more ("Friskolan", but not "Fridaskolan").
fn is_kind_of_school(word: &str) -> bool {
    KINDS_OF_SCHOOL.iter().any(|stem| {
        word.strip_prefix(stem)
            .is_some_and(|ending| SCHOOL_ENDINGS.contains(&ending))
    })
}

/// A college's ending, which [`SCHOOL_ENDINGS`] holds: a college is read by its own
/// forms ("Handelshögskolan i Stockholm", "Högskolan i Gävle"), "Folkhögskolan" is the
/// kind alone.
const COLLEGE_ENDING: &str = "högskolan";

/// "Ersängsskolan", "Möckelngymnasiet": a school named by one capitalized compound on its
/// definite kind, inside a sentence (where the capital marks a name: "Skolan" opening one
/// is the noun), at `at..end`; the schools a municipality's release on building,
/// admissions or grants names. The compound needs a stem of its own ("Skolan" alone is
/// none).
fn school<'t>(text: &'t str, at: usize, end: usize, out: &mut Vec<Found<'t>>) {
    let word = &text[at..end];
    let school = SCHOOL_ENDINGS
        .iter()
        .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending));
    // The rarer tests after the ending's: most words in "-n" or "-t" are no school.
    if !school {
        return;
    }
    let kind = is_kind_of_school(word);
    let college = word.ends_with(COLLEGE_ENDING) || word == COLLEGE;
    if !kind && !college && char_after(text, end) != Some('-') {
        out.push(Found {
            canonical: word,
            span: Span { start: at, end },
        });
    }
}

/// Kinds of association that close a capitalized compound ending a name after its
/// place ("Hörby Friidrottsklubb", "Sala-Heby Naturskyddsförening", "Norrbottens
/// Idrottsförbund", "Lunds Botaniska Sällskap" has the bare word instead): the local
/// clubs and associations a municipality's or county's release names as receivers.
const COMPOUND_KINDS: [&str; 8] = [
    "klubb",
    "förening",
    "förbund",
    "sällskap",
    // The guilds of folk dance, crafts and feasts ("Övertorneå Folkdansgille").
    "gille",
    PARISH,
    "gymnasium",
    // "Dalarnas Försäkringsbolag", a mutual insurer named for its county.
    "bolag",
];

/// Most place words before a [`COMPOUND_KINDS`] compound ("Västra Frölunda
/// Konståkningsklubb").
const PLACE_WORDS: usize = 2;

/// Endings of the one-word names of municipalities' housing and property companies,
/// named for their town ("Kirunabostäder", "Mölndalsbostäder", "Gavlefastigheter";
/// "-hem" ends as many places' names, "Ålidhem", and is left out). The
/// same compounds on a common noun ("Hyresbostäder", "Kommunfastigheter") open
/// sentences and headings, where a capital tells nothing; inside a sentence the
/// capital marks the name.
const TOWN_COMPANY_ENDINGS: [&str; 2] = ["bostäder", "fastigheter"];

/// The name a capitalized word at `at` makes, closes or opens: one of
/// [`COMPOUND_KINDS`] after name words (`after_name_word`; in the indefinite form: the
/// definite "Idrottsförbundet" is an agency's form, read by [`super::agencies`]), a
/// town's company of [`TOWN_COMPANY_ENDINGS`] (`inside_sentence`), or a genitive before
/// one of [`GENITIVE_KINDS`] (inside a sentence, after a name word, or opening a
/// paragraph; after a full stop it is passed over, which spares the test at most
/// sentences' first words).
fn capital_compound<'t>(
    text: &'t str,
    at: usize,
    after_name_word: bool,
    inside_sentence: bool,
    out: &mut Vec<Found<'t>>,
) {
    // The word's end is read by bytes, letters being ASCII or the multi-byte "å", "ä",
    // "ö" (an ASCII byte always starts a character); its last byte rules out most words.
    let bytes = text.as_bytes();
    let end = bytes[at..]
        .iter()
        .position(|&b| !LETTER_BYTES[usize::from(b)])
        .map_or(bytes.len(), |i| at + i);
    let last = bytes.get(end.wrapping_sub(1));
    // A genitive, or a place in its bare form ("Blekinge kustvattenvårdsförbund", "Sala
    // hembygdsförening"), before the kind; a genitive makes no name of the forms below.
    let found = out.len();
    place_and_kind(text, at, end, out);
    if last == Some(&b's') || out.len() > found {
        return;
    }
    // "Rikscentrum för överviktiga barn vid …", at a sentence's start as inside one: a
    // kind and its field before a place, a host or a verb read as a name.
    if text[end..].starts_with(FOR) && kind_for_plain_field(text, at, end, out) {
        return;
    }
    if inside_sentence && matches!(last, Some(b'n' | b't')) {
        school(text, at, end, out);
        return;
    }
    if !matches!(last, Some(b'b' | b'g' | b'd' | b'p' | b'r' | b'm' | b'e'))
        || char_after(text, end).is_some_and(|c| c == '-')
    {
        return;
    }
    let Some(word) = text.get(at..end) else {
        return;
    };
    let closes = |endings: &[&str]| {
        endings
            .iter()
            .any(|ending| word.len() > ending.len() + 1 && word.ends_with(ending))
    };
    if after_name_word && closes(&COMPOUND_KINDS) {
        if let Some(start) = name_before(text, at - 1, PLACE_WORDS, false) {
            out.push(Found::spanning(text, start, end));
        }
    } else if inside_sentence && closes(&TOWN_COMPANY_ENDINGS) {
        out.push(Found {
            canonical: word,
            span: Span { start: at, end },
        });
    }
}

/// The kinds a place's or a group's genitive names an association by, as one compound
/// after it in either case ("Gävleborgs hembygdsförbund", "Hjälmarens
/// vattenvårdsförbund", "Norrbottens Idrottsförbund", "Konstnärernas Riksorganisation"):
/// the indefinite singular, which is the name's form (the definite "hembygdsförbundet"
/// refers back to it, and a plural of "förening" or "klubb" is no name).
///
/// "skola", "gymnasium": the schools and colleges named by their town's or founder's
/// genitive and their field ("Beckmans designhögskola", "Plönninge
/// naturbruksgymnasium"); "arkiv": the archives of the popular movements and of
/// associations, named by their county ("Västerbottens föreningsarkiv").
///
/// "råd": the councils of a county's or a trade's bodies ("Värmlands Turistråd",
/// "Dalarnas föreningsråd", "Däckbranschens Informationsråd"); "kassa": the
/// unemployment funds, named by their members' genitive ("Akademikernas a-kassa",
/// "Byggnadsarbetarnas arbetslöshetskassa").
const GENITIVE_KINDS: [&str; 12] = [
    "förbund",
    "förening",
    "klubb",
    "sällskap",
    "iksorganisation",
    "skola",
    "gymnasium",
    "arkiv",
    PARISH,
    "råd",
    "kassa",
    // "Gällivare skogssameby": a Sami village's compound.
    "sameby",
];

/// Kinds named by an area's genitive and the bare word: a Sami village, a body in law
/// ("Handölsdalens sameby"), and a water council, one of some hundred bodies of a
/// river's or lake's municipalities, landowners and associations that county boards
/// consult and fund ("Emåns vattenråd", "Rönneåns vattenråd"); and the schools named by
/// their village or town ("Locknevi skola", "Strömstad gymnasium", "Uddevalla
/// gymnasieskola").
///
/// The health centres of primary care are named so too ("Hemse hälsocentral", "Bro
/// vårdcentral"), and the state's youth homes, after the estate they stand on ("Bärby
/// ungdomshem"); so are the fire services that municipalities run together, after their
/// area ("Storstockholms brandförsvar"); so are a county hospital, after its part of the
/// county ("Norra Älvsborgs länssjukhus"), and the armed forces' units, after their
/// province ("Gotlands regemente", "Skaraborgs flygflottilj").
const BARE_KINDS: [&str; 12] = [
    "ungdomshem",
    "sameby",
    "vattenråd",
    "skola",
    "gymnasium",
    "gymnasieskola",
    "hälsocentral",
    "vårdcentral",
    "brandförsvar",
    "länssjukhus",
    "regemente",
    "flygflottilj",
];

/// The start of the first of two coordinated words whose second starts at `at`
/// ("Hjärt-" in "Hjärt- och Lungsjukas"): a capitalized word cut short by a hyphen
/// before " och ".
pub(super) fn coordinated_first(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].strip_suffix(" och ")?;
    let cut = head.strip_suffix('-')?;
    let start = cut
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    cut[start..]
        .starts_with(char::is_uppercase)
        .then_some(start)
}

/// The kind named bare after its members' genitive ("Konsumentvägledarnas förening").
const MEMBERS_KIND: &str = "förening";

/// Endings of a present participle ("Skapande", "Lärande"), an adjective before a kind,
/// never a place's name.
const PARTICIPLE_ENDINGS: [&str; 2] = ["ande", "ende"];

/// The name that the name word at `at` (ending at `end`), a place or a group in the
/// genitive or a place in its bare form, opens with the association compound after it
/// ([`GENITIVE_KINDS`]).
///
/// Opening a sentence a capital marks no name: there a word in its
/// bare form takes only a compound kind ("Plönninge naturbruksgymnasium", not "Ny skola
/// byggs"), and a genitive is no body's noun ([`BODY_NOUN_GENITIVES`]). A parish
/// after "i" names the area it covers, as [`PARISH_TAILS`] after it do.
fn place_and_kind<'t>(text: &'t str, at: usize, end: usize, out: &mut Vec<Found<'t>>) {
    if !text[end..].starts_with(' ') {
        return;
    }
    // "Kalix älvs fiskevårdsområdesförening": a river's name takes "älv" after it, and
    // its genitive there.
    let next = end
        + 1
        + text[end + 1..]
            .strip_prefix(RIVER_GENITIVE)
            .map_or(0, |_| RIVER_GENITIVE.len());
    // A hyphen inside the word joins its parts ("a-kassa"); a word cut short by one
    // ("hembygds-") ends in no kind, unless "och" and the kind's compound follow
    // ("brand- och räddningsförbund").
    let word_end_at = |from: usize| {
        text.as_bytes()[from..]
            .iter()
            .position(|&b| !LETTER_BYTES[usize::from(b)] && b != b'-')
            .map_or(text.len(), |i| from + i)
    };
    let mut kind_start = next;
    let mut next_end = word_end_at(next);
    if text[..next_end].ends_with('-') && text[next_end..].starts_with(COORDINATED_TAIL) {
        kind_start = next_end + COORDINATED_TAIL.len();
        next_end = word_end_at(kind_start);
    }
    let Some(kind_word) = text.get(kind_start..next_end) else {
        return;
    };
    // A look in a table of the kinds' last three bytes rules out most words before any
    // kind is compared.
    let Some(&ending) = kind_word.as_bytes().last_chunk() else {
        return;
    };
    if KINDS_BY_END.words(ending).next().is_none() {
        return;
    }
    let compound_kind = GENITIVE_KINDS
        .iter()
        .find(|kind| kind_word.len() > kind.len() && kind_word.ends_with(*kind));
    let bare_kind = BARE_KINDS.contains(&kind_word);
    // The kind first: most words before a capital's next word end in no kind, and the
    // tests below cost more.
    if compound_kind.is_none() && !bare_kind && kind_word != MEMBERS_KIND {
        return;
    }
    let Some(word) = text.get(at..end) else {
        return;
    };
    let opens_sentence = at_sentence_start(text, at);
    let genitive = word.ends_with('s');
    // A bare kind after a word in its bare form needs a sentence around it: a lower-case
    // word or a comma before ("Hitta vårdcentral" is a menu's link).
    let bare = bare_kind && (genitive || (!opens_sentence && in_running_text(text, at)));
    // "Konsumentvägledarnas förening": the bare noun after its members' genitive (after
    // an adjective it is the legal form: "Ekonomisk förening").
    let members = genitive && kind_word == MEMBERS_KIND;
    let definite = opens_sentence && BODY_NOUN_GENITIVES.contains(&word);
    // "Livsmedelsverkets kostråd": an agency's genitive governs what it issues or owns
    // (advice, a council of its own), named with the agency, no body of its own.
    let agencys = genitive
        && crate::organizations::agencies::agency_at(text, at)
            .is_some_and(|(name_end, word_end)| word_end == end && name_end + 1 == end);
    let area = compound_kind == Some(&PARISH) && text[..at].ends_with(IN_PLACE);
    // "Skapande skola", a grant scheme: a participle before the kind is no place.
    let named = is_name_word(word, false)
        && !PARTICIPLE_ENDINGS.iter().any(|e| word.ends_with(e))
        && !definite
        && !area
        && !agencys;
    if (compound_kind.is_some() || bare || members) && named {
        // "Hjärt- och Lungsjukas förening": the genitive may be the second of two
        // coordinated words, the first cut short; "Norra Älvsborgs länssjukhus": or the
        // second word of its place's name.
        let start = coordinated_first(text, at)
            .or_else(|| lead_word_before(text, at))
            .unwrap_or(at);
        out.push(Found::spanning(text, start, next_end));
    }
}

/// Where one of [`TWO_WORD_LEADS`] stands as a word right before `at`, opening the place's
/// name ("Norra" before "Älvsborgs").
fn lead_word_before(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].strip_suffix(' ')?;
    let lead = TWO_WORD_LEADS.iter().find(|lead| head.ends_with(*lead))?;
    let start = head.len() - lead.len();
    (!char_before(text, start).is_some_and(is_word_char)).then_some(start)
}

/// The kinds [`place_and_kind`] reads ([`GENITIVE_KINDS`], [`BARE_KINDS`],
/// [`MEMBERS_KIND`]) by their last three bytes, which few other words end in where the
/// last byte alone let most through (130.15 → 129.86 instructions per byte).
static KINDS_BY_END: Sieve<3> = {
    let mut sieve = Sieve::empty(GENITIVE_KINDS.len() + BARE_KINDS.len() + 1);
    let mut k = 0;
    while k < GENITIVE_KINDS.len() {
        let kind = GENITIVE_KINDS[k].as_bytes();
        sieve.add(k, kind, kind.len() - 3);
        k += 1;
    }
    let mut b = 0;
    while b < BARE_KINDS.len() {
        let kind = BARE_KINDS[b].as_bytes();
        sieve.add(k + b, kind, kind.len() - 3);
        b += 1;
    }
    let members = MEMBERS_KIND.as_bytes();
    sieve.add(k + b, members, members.len() - 3);
    sieve
};

/// The bytes of a word's letters read by bytes: the ASCII letters and every byte of a
/// multi-byte character ("å", "ä", "ö"). One look in this table a byte, where the two
/// tests it holds were dearer, in the scans for a word's end that [`capital_compound`]
/// and [`place_and_kind`] run at most capitals (120.75 → 120.01 instructions per byte).
static LETTER_BYTES: [bool; 256] = {
    let mut letters = [false; 256];
    let mut byte = 0;
    while byte < letters.len() {
        letters[byte] = (byte as u8).is_ascii_alphabetic() || byte >= 0x80;
        byte += 1;
    }
    letters
};

/// The river's noun in the genitive, after a river's name ("Kalix älvs", "Göta älvs").
const RIVER_GENITIVE: &str = "älvs ";

/// What joins a compound cut short to the kind's compound ("brand- och räddningsförbund").
const COORDINATED_TAIL: &str = " och ";

/// The definite genitives of the nouns a public body's release calls itself and its
/// kind by ("Kommunens kulturskola", "Regionens folkhögskola"): at a sentence's start
/// such a word is the noun, no name. Other definite-looking genitives are names there
/// as anywhere ("Hjälmarens vattenvårdsförbund", "Konstnärernas Riksorganisation",
/// "Kyrkans Akademikerförbund").
const BODY_NOUN_GENITIVES: [&str; 8] = [
    "Kommunens",
    "Regionens",
    "Landstingets",
    "Länets",
    "Stadens",
    "Skolans",
    "Föreningens",
    "Förbundets",
];

/// The kind of a parish's compound ("Umeå landsförsamling", "Kalmar
/// domkyrkoförsamling"), the Church of Sweden's local unit.
const PARISH: &str = "församling";

/// "ABF Västerbotten", "RF-SISU Skåne", "LRF Halland": an association's, union's or
/// company's district branch or regional company named by the body's acronym and the
/// county at `at` ([`regions::follows_acronym`], which for the same reason reads no
/// region there). The acronym must open the name: after another capitalized word it
/// is the middle of a longer one ("Nasdaq OMX Stockholm").
fn acronym_branch<'t>(text: &'t str, at: usize, out: &mut Vec<Found<'t>>) {
    // An acronym ends in a capital or a digit: one byte read spares the rest at most
    // capitals.
    let ends_acronym = at
        .checked_sub(2)
        .and_then(|i| text.as_bytes().get(i))
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if !ends_acronym || !regions::follows_acronym(text, at) {
        return;
    }
    let Some((end, _)) = county_after(text, at) else {
        return;
    };
    // The county's own name, not its genitive opening a longer name ("LRF Skånes").
    if regions::lookup_label(&text[at..end]).is_none() {
        return;
    }
    let head = &text[..at - 1];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let opens_name = !word_one_space_before(text, start)
        .is_some_and(|(_, word)| word.starts_with(char::is_uppercase));
    if opens_name {
        out.push(Found::spanning(text, start, end));
    }
}
