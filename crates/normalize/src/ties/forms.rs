//! Sums tied to a region by word orders the main rules of [`super`] do not read: the
//! region between a verb of receiving and its sum ("Mest får Region X, 118 miljoner
//! kronor"), a ranking ("följt av Region Y med 89 miljoner kronor"), a list whose verb is
//! left out after its first item ("till Region X 86 miljoner kronor"), a noun for the
//! money and the region before a verb of size ("Stödet till X län uppgår till 64
//! miljoner kronor"), and an object before the sum ("har fått en ram på 46 mkr").

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::{is_phrase, lower_case_words, receives, SHARE_VERBS};
use crate::entities::Amount;
use crate::regions::RegionMention;
use crate::text::{lowercase, sentence_start};

/// The region named right before `amount`, and the text between them.
fn region_before<'m, 't>(
    text: &'t str,
    amount: &Amount,
    mentions: &'m [RegionMention],
) -> Option<(&'m RegionMention, &'t str)> {
    let m = mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= amount.span.start)?;
    Some((m, text.get(m.span.end..amount.span.start)?))
}

/// The word before `at` in `text`, in lower case, and where it starts.
pub(super) fn word_before(text: &str, at: usize) -> Option<(usize, String)> {
    let head = text.get(..at)?.strip_suffix(' ')?;
    let start = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
    Some((start, lowercase(&head[start..])))
}

/// "Mest får Region Stockholm, 118 miljoner kronor", "Minst får Region Gotland: 3,1 …":
/// inverted word order, a verb of receiving before the region and the sum set off after
/// it by a comma, or joined to it by "med" as a ranking states a size ("Störst belopp
/// får Stockholms län med 82 miljoner kronor"); and a ranking that goes on from it,
/// "följt av Västra Götalandsregionen med 89 miljoner kronor".
pub(super) fn receiver_first(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    let (m, gap) = region_before(text, amount, mentions)?;
    let (verb_start, verb) = word_before(text, m.span.start)?;
    let inverted = matches!(gap, ", " | " med ")
        && (super::is_receiving_verb(&verb) || goes_to_the_top(text, verb_start, &verb));
    let ranked = gap == " med "
        && verb == "av"
        && word_before(text, verb_start)
            .is_some_and(|(_, w)| matches!(w.as_str(), "följt" | "följd" | "följda"));
    (inverted || ranked || ranking_ends(text, verb_start, &verb, gap)).then_some(m.canonical)
}

/// Words that open a ranking: "Mest går till …", "Störst belopp går till …", "Den
/// största delen går till …", "Näst mest går till …".
const SUPERLATIVES: &[&str] = &[
    "mest", "minst", "störst", "största", "minsta", "högst", "lägst",
];

/// Most words of a ranking's opening before its verb ("Den största delen av pengarna").
const RANKING_OPENING_WORDS: usize = 5;

/// "Mest går till Stockholms län, 60 miljoner kronor", "Störst belopp går till Region X
/// med 690 miljoner kronor": "till" before the region, "går" (or "gick") before it, and
/// a sentence that opens with a superlative ([`SUPERLATIVES`], as its first or second
/// word) in at most [`RANKING_OPENING_WORDS`] words before the verb: the ranking names
/// the region that gets the most, and the sum set off after it is that region's. Without
/// the superlative "går till Region X, 12 miljoner kronor till …" may be a list of
/// receivers, and ties nothing here.
fn goes_to_the_top(text: &str, till_start: usize, till: &str) -> bool {
    if till != "till" {
        return false;
    }
    let Some((verb_start, verb)) = word_before(text, till_start) else {
        return false;
    };
    if !matches!(verb.as_str(), "går" | "gick") {
        return false;
    }
    let opening = &text[sentence_start(text, verb_start)..verb_start];
    let mut words = opening.split_whitespace();
    let first_two = words.by_ref().take(2).map(lowercase).collect::<Vec<_>>();
    first_two.iter().any(|w| SUPERLATIVES.contains(&w.as_str()))
        && first_two.len() + words.count() <= RANKING_OPENING_WORDS
}

/// "följt av Region X med 66 miljoner kronor och Region Y med 52 miljoner kronor",
/// "Mest får Region A med 9 miljoner, Region B med 7 miljoner …": a ranking or list of
/// "region med sum" items goes on after an item already tied, joined by a comma or
/// "och"; each later item's sum is its own region's. The item before must be of the same
/// form and tied to its own region, so "med" after a region that was never ranked
/// ("samarbetar med …") ties nothing.
pub(super) fn ranking_goes_on(
    text: &str,
    amount: &Amount,
    previous: Option<&Amount>,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    let previous = previous?;
    let tied = previous.region.as_deref()?;
    let (m, gap) = region_before(text, amount, mentions)?;
    if gap != " med " || m.span.start < previous.span.end {
        return None;
    }
    let joiner = text.get(previous.span.end..m.span.start)?;
    if !matches!(joiner, ", " | " och " | ", och ") {
        return None;
    }
    let (before, before_gap) = region_before(text, previous, mentions)?;
    (before_gap == " med " && before.canonical == tied).then_some(m.canonical)
}

/// The other end of a ranking, its verb left out: "Störst andel får Region X, 23
/// miljoner kronor, och minst Region Y med 0,6 miljoner kronor". A superlative of the
/// end ("minst", "lägst") joined by "och" or a comma, the region and "med" before the
/// sum, in a sentence whose verb of receiving stands before it. Without that verb the
/// words rank something else ("och minst Region Y med tre sjukhus").
fn ranking_ends(text: &str, superlative_start: usize, superlative: &str, gap: &str) -> bool {
    if gap != " med " || !matches!(superlative, "minst" | "lägst") {
        return false;
    }
    let head = text[..superlative_start].trim_end();
    let joined = head.ends_with(',') || head.ends_with(" och");
    let sentence = &text[sentence_start(text, superlative_start)..superlative_start];
    joined
        && sentence
            .split_whitespace()
            .any(|w| super::is_receiving_verb(&lowercase(w.trim_end_matches(','))))
}

/// What stands between a fronted receiver and its sum: nothing but a space where a list's
/// verb is left out, or the verb of going ("Till Region Skåne går 58 miljoner kronor").
const GAPS_AFTER_FRONTED_RECEIVER: [&str; 3] = [" ", " går ", " gick "];

/// The state's authorities of a county, named "Läns…" and set before their county with
/// "i" ("Länsstyrelsen i Kalmar län", "Länsarbetsnämnden i Norrbottens län", "Länsrätten
/// i Skåne län"): a sum such a body receives is its county's, as a region's own is.
const COUNTY_AUTHORITIES: [&str; 5] = [
    "länsstyrelse",
    "länsarbetsnämnd",
    "länsrätt",
    "länsbostadsnämnd",
    "länsskattemyndighet",
];

/// True when `noun`, in lower case, names one of [`COUNTY_AUTHORITIES`].
pub(super) fn is_county_authority(noun: &str) -> bool {
    COUNTY_AUTHORITIES.iter().any(|kind| noun.starts_with(kind))
}

/// Where one of [`COUNTY_AUTHORITIES`] and "i" before the county at `county_start`
/// start ("Länsstyrelsen i " before "Kalmar län").
pub(super) fn county_authority_start(text: &str, county_start: usize) -> Option<usize> {
    let (in_start, word) = word_before(text, county_start)?;
    let (start, noun) = word_before(text, in_start).filter(|_| word == "i")?;
    // "(Länsstyrelsen i …": a mark before the name is no part of it.
    let name = noun.trim_start_matches(|c: char| !c.is_alphabetic());
    is_county_authority(name).then_some(start + noun.len() - name.len())
}

/// "Till Region Skåne går 58 miljoner kronor, till Västra Götalandsregionen 86 miljoner
/// kronor och till Region Halland 17 …": a preposition opening its clause, the region
/// (or its county's board) and, after the verb of going or with the verb left out after
/// the first item of a list, the sum. The sum is that region's, not the next item's.
pub(super) fn gapped(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    let (m, gap) = region_before(text, amount, mentions)?;
    if !GAPS_AFTER_FRONTED_RECEIVER.contains(&gap) {
        return None;
    }
    // "Till Länsstyrelsen i Kalmar län går …": the county's board stands between the
    // preposition and the county.
    let receiver_start = county_authority_start(text, m.span.start).unwrap_or(m.span.start);
    let (prep_start, prep) = word_before(text, receiver_start)?;
    if !matches!(prep.as_str(), "till" | "för") {
        return None;
    }
    let head = &text[..prep_start];
    let opens = head.ends_with(", ")
        || head.ends_with(" och ")
        || prep_start == sentence_start(text, prep_start);
    opens.then_some(m.canonical)
}

/// Most bytes of a verb of size between a region and its sum, with its spaces (" beräknas
/// till " has 15).
const LONGEST_SIZE_VERB: usize = 16;

/// "Stödet till Örebro län uppgår till 64 miljoner kronor", "Bidraget för Region Dalarna
/// blir 12 miljoner kronor": a clause opening with a noun in the definite form for the
/// money, "till" or "för" and the region, then a verb of size (those of a region's
/// share) and the sum.
pub(super) fn money_to_region(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    let (m, gap) = region_before(text, amount, mentions)?;
    // The gap is tested for a verb only when it is short and holds only words: the region
    // before a sum may stand paragraphs away.
    if gap.len() > LONGEST_SIZE_VERB
        || !gap.starts_with(' ')
        || gap.contains(|c: char| !c.is_alphabetic() && c != ' ')
        || !SHARE_VERBS
            .iter()
            .any(|phrase| is_phrase(&lower_case_words(gap), phrase))
    {
        return None;
    }
    let (prep_start, prep) = word_before(text, m.span.start)?;
    let (noun_start, noun) = word_before(text, prep_start)?;
    let definite = noun.ends_with("et") || noun.ends_with("en") || noun.ends_with("na");
    (matches!(prep.as_str(), "till" | "för")
        && definite
        && noun_start == sentence_start(text, noun_start))
    .then_some(m.canonical)
}

/// Passive verbs of allotting that take the sum as their subject right after them
/// ("fördelas": "I Jämtlands län fördelas 8 miljoner kronor", a county's share of a
/// national sum shared out by county).
const ALLOTTED: &[&str] = &[
    " satsas ",
    " investeras ",
    " avsätts ",
    " anslås ",
    " fördelas ",
];

/// The active forms of [`ALLOTTED`], which take the one who allots as their subject and the
/// sum as their object ("I Kalmar län satsar Trafikverket 12 miljoner kronor").
const ALLOTTING: &[&str] = &["satsar", "investerar", "avsätter", "anslår", "fördelar"];

/// The longest gap [`allots_with_subject`] reads: a verb, a name of three words and an
/// adverb.
const LONGEST_ALLOTTING_GAP: usize = 72;

/// " satsar Vägverket ", " investerar Region Halland också ": an active verb of allotting
/// ([`ALLOTTING`]), its subject named with a capital (one to three words, a body's name),
/// and at most one adverb in lower case before the sum ("samtidigt", "i år" is two and
/// not read): the sentence "I Gotlands län satsar Banverket dessutom 40 Mkr" states the
/// county's share as the passive "I Gotlands län satsas 40 Mkr" does. A gap with more
/// words ("satsar Vägverket på vägar som kostar …") or anything but letters is no such
/// sentence.
fn allots_with_subject(gap: &str) -> bool {
    if gap.len() > LONGEST_ALLOTTING_GAP || !gap.ends_with(' ') {
        return false;
    }
    // The verb is compared as a word: a slice comparison tests the length first, so most
    // gaps cost no byte comparison at all.
    let Some((verb, rest)) = gap.strip_prefix(' ').and_then(|g| g.split_once(' ')) else {
        return false;
    };
    if !ALLOTTING.contains(&verb) {
        return false;
    }
    // Words of the name, then words after it; no allocation, the gap is walked once.
    let (mut named, mut after) = (0, 0);
    for word in rest.split(' ').filter(|w| !w.is_empty()) {
        if !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return false;
        }
        if after == 0 && word.starts_with(char::is_uppercase) {
            named += 1;
        } else {
            after += 1;
        }
    }
    (1..=3).contains(&named) && after <= 1
}

/// "I Värmlands län satsas 170 miljoner kronor", "I Region Gävleborg investeras 40 Mkr":
/// a sentence (or a clause after a comma and "och") opening with "i" and a region, a
/// passive verb of allotting, and the sum as its subject: the region's share of an
/// allocation, as a county row is. A sum the verb does not take as its subject ("I
/// Halland byggs en väg för 90 miljoner kronor") stays untied.
pub(super) fn allotted_in(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    let (m, gap) = region_before(text, amount, mentions)?;
    // The longest verb with its spaces has 13 bytes; a longer gap is no such sentence.
    if !(gap.len() <= 13 && ALLOTTED.contains(&gap) || allots_with_subject(gap)) {
        return None;
    }
    let (prep_start, prep) = word_before(text, m.span.start)?;
    let head = &text[..prep_start];
    (prep == "i" && (prep_start == sentence_start(text, prep_start) || head.ends_with(", och ")))
        .then_some(m.canonical)
}

/// " har fått en ram på ", " får ett bidrag på ": a verb of receiving, an object that
/// names the money, and "på" before the sum.
pub(super) fn receives_object(gap: &str) -> bool {
    let Some(rest) = gap.strip_suffix(" på ") else {
        return false;
    };
    let Some((verb, object)) = rest.rsplit_once(' ').and_then(|(head, noun)| {
        let (verb, article) = head.rsplit_once(' ')?;
        matches!(article, "en" | "ett").then_some((verb, noun))
    }) else {
        return false;
    };
    // The verb itself must be there: a region after an inverted verb ("redovisar Region
    // Skåne ett underskott på …") leaves none in the gap.
    !verb.trim().is_empty()
        && object.chars().all(char::is_lowercase)
        && receives(&format!("{verb} "))
}

/// What follows a sum that is a rate, not a sum received: "4 000 kronor per patient",
/// "6 000 kronor för varje patient", "1 200 kr/invånare".
const RATE_FOLLOWERS: [&str; 3] = [" per ", " för varje ", "/"];

/// Periods a sum may be stated for and still be the sum received: "Region X får 25
/// miljoner kronor per år" is its yearly grant, not a rate per unit.
const PERIODS: &[&str] = &[
    "år", "året", "halvår", "månad", "kvartal", "termin", "läsår",
];

/// True when `amount` is a rate per unit ([`RATE_FOLLOWERS`], a unit not of
/// [`PERIODS`]): "Region Norrbotten får 4 200 kronor per invånare" gives the rate the
/// region is paid at, and ties it to no region whatever the words before it.
pub(super) fn is_rate(text: &str, amount: &Amount) -> bool {
    let Some(rest) = text.get(amount.span.end..) else {
        return false;
    };
    RATE_FOLLOWERS.iter().any(|f| {
        rest.strip_prefix(f).is_some_and(|unit| {
            let word = unit
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            !word.is_empty() && !PERIODS.contains(&word)
        })
    })
}

/// The word that makes a sum each of several receivers' ("Länsstyrelserna i Stockholms
/// och Skåne län får 300 000 kronor vardera", "får vardera 6 miljoner kronor").
const EACH: &str = "vardera";

/// True when `amount` is each of several receivers' ([`EACH`] right after or before
/// it): no one region receives it alone.
pub(super) fn is_each(text: &str, amount: &Amount) -> bool {
    let after = text
        .get(amount.span.end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.strip_prefix(EACH))
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    let before = text
        .get(..amount.span.start)
        .and_then(|head| head.strip_suffix(' '))
        .and_then(|head| head.strip_suffix(EACH))
        .is_some_and(|head| !head.ends_with(char::is_alphanumeric));
    after || before
}

/// What follows a sum that is a difference to another sum, not what is received: "2
/// miljoner kronor mer än i fjol", "1 miljon kronor mindre än …".
const DIFFERENCE_FOLLOWERS: [&str; 2] = [" mer än ", " mindre än "];

/// True when `amount` is a difference ([`DIFFERENCE_FOLLOWERS`]).
fn is_difference(text: &str, amount: &Amount) -> bool {
    text.get(amount.span.end..)
        .is_some_and(|rest| DIFFERENCE_FOLLOWERS.iter().any(|f| rest.starts_with(f)))
}

/// The region's body named again by its common noun, in either case ("Region Västerbotten
/// … ger regionen 96 miljoner kronor").
/// "Länet" names the county a county board or region wrote of before: "Med
/// kommunernas del får länet totalt 15 miljoner kronor".
pub(super) const THE_REGION_AGAIN: [&str; 6] = [
    "regionen",
    "Regionen",
    "landstinget",
    "Landstinget",
    "länet",
    "Länet",
];

/// The letters of [`THE_REGION_AGAIN`] in either case, searched for in the window
/// before a sum before any word is read: built once, as a `str::contains` on each sum
/// costs more than the rest of the test.
static NOUN_STEMS: LazyLock<[Finder<'static>; 3]> = LazyLock::new(|| {
    [
        Finder::new("egionen"),
        Finder::new("andstinget"),
        Finder::new("änet"),
    ]
});

/// Most bytes from the noun to the sum, the verb between them included ("Landstinget
/// beräknas kunna få därmed " has 37).
const AGAIN_WINDOW: usize = 48;

/// "Avtalet ger regionen 14 miljoner kronor", "Genom satsningen får regionen 9 miljoner
/// kronor", "Regionen får därmed 6 miljoner kronor": the region's body named again by
/// "regionen", "landstinget" or the county by "länet", as the receiver of the sum right after it (the object of
/// "ger", the subject of a verb of receiving before or after it). It is the region the
/// text has named before the sum, when it has named one only; after two the noun says
/// not which.
pub(super) fn the_region_again(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    // Only the few words before the sum are read, and only where the noun's letters
    // stand among them: most sums are tied or left untied long before this rule.
    let end = amount.span.start;
    let mut from = end.saturating_sub(AGAIN_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..end)?;
    if !NOUN_STEMS.iter().any(|f| f.find(head.as_bytes()).is_some()) {
        return None;
    }
    let (before, word) = head
        .strip_suffix(' ')?
        .rsplit_once(' ')
        .unwrap_or(("", head.trim_end()));
    let received = if THE_REGION_AGAIN.contains(&word) {
        // "ger regionen 96 …": the verb right before the noun.
        before.rsplit(' ').next().is_some_and(|verb| {
            let verb = lowercase(verb);
            super::is_giving_verb(&verb) || super::is_receiving_verb(&verb)
        })
    } else {
        // "Regionen får därmed 6 …": the noun as the subject of a verb of receiving.
        THE_REGION_AGAIN
            .iter()
            .filter_map(|noun| {
                let at = head.rfind(noun)?;
                let whole = head[..at].ends_with([' ', '\n']) || at == 0 && from == 0;
                whole.then(|| &head[at + noun.len()..])
            })
            .any(receives)
    };
    // A rate is left untied before any rule runs ([`is_rate`], in `tie`).
    if !received || is_difference(text, amount) {
        return None;
    }
    only_region_before(amount.span.start, mentions)
}

/// The region the text names before `at`, when it names one only (in any of its names):
/// the one a common noun ("regionen", "landstinget") can stand for; after two regions
/// the noun says not which.
pub(super) fn only_region_before(at: usize, mentions: &[RegionMention]) -> Option<&'static str> {
    let mut named = mentions
        .iter()
        .take_while(|m| m.span.end <= at)
        .map(|m| m.canonical);
    let first = named.next()?;
    named.all(|c| c == first).then_some(first)
}

/// What opens the relative clause after a sum.
const RELATIVE: &str = " som ";

/// Most words of the verb phrase of receiving, an adverb before it included ("också har
/// fått").
const RECEIVING_CLAUSE_WORDS: usize = 4;

/// Words after the verb of receiving that leave it one of receiving: a source, a time or
/// a purpose ("får ur överenskommelsen", "får under 2024"), or the clause's end. Any
/// other word makes the verb an auxiliary ("får betala", "får stå för").
const AFTER_RECEIVING: &[&str] = &[
    "ur", "från", "av", "för", "i", "under", "genom", "via", "inom", "per", "varje", "efter", "och",
];

/// "de 2,3 miljoner kronor som Region Västmanland får ur överenskommelsen": a sum
/// qualified by a relative clause whose subject is a region and whose verb is one of
/// receiving ([`receives`]).
pub(super) fn received_in_relative_clause(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
) -> Option<&'static str> {
    let at = amount.span.end + RELATIVE.len();
    if !text.get(amount.span.end..)?.starts_with(RELATIVE) {
        return None;
    }
    let m = mentions.iter().find(|m| m.span.start == at)?;
    let after = text.get(m.span.end..)?;
    let clause_end = after
        .find(|c: char| !c.is_alphabetic() && c != ' ')
        .unwrap_or(after.len());
    let clause = &after[..clause_end];
    let word_ends: Vec<usize> = clause
        .match_indices(' ')
        .map(|(i, _)| i)
        .skip(1)
        .chain(std::iter::once(clause.len()))
        .take(RECEIVING_CLAUSE_WORDS)
        .collect();
    word_ends
        .iter()
        .any(|&end| {
            let next = clause[end..].split_whitespace().next();
            receives(&clause[..end])
                && next.is_none_or(|word| AFTER_RECEIVING.contains(&lowercase(word).as_str()))
        })
        .then_some(m.canonical)
}

#[cfg(test)]
mod tests {
    use super::super::tests::regions;

    #[test]
    fn a_county_opening_a_sentence_with_an_active_verb_of_allotting_takes_the_sum() {
        assert_eq!(
            regions("I Gotlands län satsar Banverket dessutom 40 Mkr på nya spår."),
            [Some("Gotland".into())]
        );
        assert_eq!(
            regions("I Värmlands län investerar Vägverket också 12\nmiljoner kronor i år."),
            [Some("Värmland".into())]
        );
        // More than a name and an adverb between verb and sum: the sum is no share.
        assert_eq!(
            regions("I Gotlands län satsar Banverket på spår som kostar 40 Mkr."),
            [None]
        );
        // No subject named: the verb alone says not whose share it is.
        assert_eq!(
            regions("I Gotlands län satsar man samtidigt 40 Mkr på spår."),
            [None]
        );
    }

    #[test]
    fn a_region_receiving_in_a_relative_clause_after_the_sum_takes_it() {
        assert_eq!(
            regions("Av de 4,1 miljoner kronor som Region Dalarna får ur avtalet går hälften till vården."),
            [Some("Dalarna".into())]
        );
        assert_eq!(
            regions("Det gäller de 800 000 kronor som Region Gävleborg också har fått."),
            [Some("Gävleborg".into())]
        );
        // An auxiliary "får" makes the region pay, not receive.
        assert_eq!(
            regions("Det är 12 miljoner kronor som Region Gävleborg får betala själv."),
            [None]
        );
    }

    #[test]
    fn the_region_named_again_receives_the_sum() {
        assert_eq!(
            regions("Region Uppsala har tagit fram en plan.\n\nAvtalet ger regionen 14 miljoner kronor."),
            [Some("Uppsala".into())]
        );
        assert_eq!(
            regions(
                "Region Halland har sökt medel. Genom satsningen får regionen 9 miljoner kronor."
            ),
            [Some("Halland".into())]
        );
        assert_eq!(
            regions("Region Blekinge bygger ut vården. Regionen får därmed 6 miljoner kronor."),
            [Some("Blekinge".into())]
        );
        // Two regions named before: the noun says not which.
        assert_eq!(
            regions("Region Skåne och Region Halland samarbetar. Avtalet ger regionen 5 miljoner kronor."),
            [None]
        );
        // A rate the region is paid per unit is no sum it receives.
        assert_eq!(
            regions("Region Västmanland deltar i satsningen. Regionen får 5 000 kronor för varje patient som fullföljer behandlingen."),
            [None]
        );
        // None named before, or the region spending, not receiving.
        assert_eq!(regions("Avtalet ger regionen 5 miljoner kronor."), [None]);
        assert_eq!(
            regions(
                "Region Örebro län bygger ett sjukhus. Regionen investerar 300 miljoner kronor."
            ),
            [None]
        );
    }

    #[test]
    fn a_verb_of_receiving_before_the_region() {
        assert_eq!(
            regions("Mest får Region Dalarna, 14 miljoner kronor, följt av Region Gävleborg med 9 miljoner kronor."),
            [Some("Dalarna".into()), Some("Gävleborg".into())]
        );
        assert_eq!(
            regions("Flest resenärer har Region Skåne, 12 miljoner per år."),
            [None]
        );
    }

    #[test]
    fn a_verb_of_receiving_before_the_region_and_med_before_the_sum() {
        assert_eq!(
            regions("Mest pengar får Region Jämtland Härjedalen med 21 miljoner kronor, följt av Norrbottens län med 17 miljoner kronor."),
            [Some("Jämtland Härjedalen".into()), Some("Norrbotten".into())]
        );
        assert_eq!(
            regions("Näst mest får Västerbottens län med 4,5 miljoner kronor."),
            [Some("Västerbotten".into())]
        );
        // Without a verb of receiving before the region, "med" ties nothing.
        assert_eq!(
            regions("Arbetet sker i Region Kalmar län med 3 miljoner kronor från staten."),
            [None]
        );
    }

    #[test]
    fn the_county_named_again_receives_the_sum() {
        assert_eq!(
            regions("Länsstyrelsen har fördelat stödet i Gävleborgs län. Sammantaget får länet 7 miljoner kronor."),
            [Some("Gävleborg".into())]
        );
        assert_eq!(
            regions("Blekinge län deltar i satsningen. Länet får därmed 2,5 miljoner kronor."),
            [Some("Blekinge".into())]
        );
        // A difference to last year's sum is no sum received.
        assert_eq!(
            regions(
                "Blekinge län deltar i satsningen. I år får länet 2 miljoner kronor mer än i fjol."
            ),
            [None]
        );
    }

    #[test]
    fn a_rate_per_unit_ties_no_region() {
        assert_eq!(
            regions("Region Norrbotten får 4 200 kronor per invånare, mest i landet."),
            [None]
        );
        assert_eq!(
            regions("Till Region Dalarna går 650 kronor för varje elev."),
            [None]
        );
        // A sum per year is the region's yearly grant.
        assert_eq!(
            regions("Region Dalarna får 12 miljoner kronor per år i tre år."),
            [Some("Dalarna".into())]
        );
        assert_eq!(
            regions("Region Uppsala deltar. Avtalet ger regionen 3 miljoner kronor per år."),
            [Some("Uppsala".into())]
        );
    }

    #[test]
    fn a_ranking_that_goes_to_the_top_region() {
        assert_eq!(
            regions(
                "Mest går till Uppsala län, drygt 30 miljoner kronor, och resten till kommunerna."
            ),
            [Some("Uppsala".into())]
        );
        assert_eq!(
            regions("Den största delen går till Region Västmanland med 44 miljoner kronor."),
            [Some("Västmanland".into())]
        );
        // No superlative: a list of receivers, whose next sum may be another's.
        assert_eq!(
            regions("Pengarna går till Region Halland, 5 miljoner kronor till Falkenbergs kommun och resten till skolorna."),
            [None]
        );
    }

    #[test]
    fn a_ranking_goes_on_after_its_first_item() {
        assert_eq!(
            regions("Mest får Region Dalarna med 14 miljoner kronor, Region Gävleborg med 11 miljoner kronor och Region Värmland med 9,5 miljoner kronor."),
            [
                Some("Dalarna".into()),
                Some("Gävleborg".into()),
                Some("Värmland".into())
            ]
        );
        // The item before was never tied: "med" after a region ranks nothing.
        assert_eq!(
            regions("Projektet startade med 5 miljoner kronor och Region Halland med 3 miljoner kronor."),
            [None, None]
        );
    }

    #[test]
    fn the_other_end_of_a_ranking_without_its_verb() {
        assert_eq!(
            regions("Mest får Region Uppsala, 14 miljoner kronor, och minst Region Blekinge med 2 miljoner kronor."),
            [Some("Uppsala".into()), Some("Blekinge".into())]
        );
        assert_eq!(
            regions("Högst ersättning får Region Dalarna med 9 miljoner kronor och lägst Region Kronoberg med 1,5 miljoner kronor."),
            [Some("Dalarna".into()), Some("Kronoberg".into())]
        );
        // No verb of receiving: the ranking is of something else.
        assert_eq!(
            regions("Flest vårdplatser har Region Skåne, och minst Region Gotland med 30 miljoner kronor i kostnader."),
            [None]
        );
    }

    #[test]
    fn a_time_adverbial_between_the_verb_and_the_sum() {
        assert_eq!(
            regions("Region Jämtland Härjedalen får i år 31 miljoner kronor ur satsningen."),
            [Some("Jämtland Härjedalen".into())]
        );
        assert_eq!(
            regions("Region Halland får nästa år cirka 12 miljoner kronor."),
            [Some("Halland".into())]
        );
        assert_eq!(
            regions("Region Kronoberg fick förra året 8 miljoner kronor ur potten."),
            [Some("Kronoberg".into())]
        );
        assert_eq!(
            regions("Landstinget Sörmland fick föregående år 5 miljoner kronor."),
            [Some("Sörmland".into())]
        );
    }

    #[test]
    fn a_list_whose_verb_is_left_out() {
        assert_eq!(
            regions("Till Region Örebro län går 7 miljoner kronor, till Region Västmanland 5 miljoner kronor och till Region Uppsala 4 miljoner kronor."),
            [
                Some("Örebro län".into()),
                Some("Västmanland".into()),
                Some("Uppsala".into())
            ]
        );
        // The county's board as the receiver, and the verb kept in a later item.
        assert_eq!(
            regions("Till Länsstyrelsen i Kalmar län går 11,5 miljoner kronor och till Region Skåne går 5 miljoner kronor."),
            [Some("Kalmar län".into()), Some("Skåne".into())]
        );
    }

    #[test]
    fn the_money_to_a_region_and_its_size() {
        assert_eq!(
            regions("Bidraget till Region Blekinge uppgår till 6,5 miljoner kronor."),
            [Some("Blekinge".into())]
        );
        assert_eq!(
            regions("Anslaget för Västerbottens län blir 22 miljoner kronor."),
            [Some("Västerbotten".into())]
        );
        assert_eq!(
            regions("Resan till Region Gotland är 2 miljoner kronor dyrare."),
            [None]
        );
    }

    #[test]
    fn a_passive_verb_of_allotting_after_i_and_the_region() {
        assert_eq!(
            regions("I Norrbottens län satsas 300 miljoner kronor på bredband, och i Västerbottens län investeras 120 Mkr."),
            [Some("Norrbotten".into()), Some("Västerbotten".into())]
        );
        // Where the money is spent on something else, "i" names a place only.
        assert_eq!(
            regions("I Halland byggs en väg för 90 miljoner kronor."),
            [None]
        );
        assert_eq!(
            regions("Mest satsas i Skåne län på vägar, totalt 45 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn a_share_allotted_by_county() {
        assert_eq!(
            regions("Stödet går till länen. I Jämtlands län fördelas 8 miljoner kronor i år."),
            [Some("Jämtland Härjedalen".into())]
        );
        // Shared out within a county, by someone the verb does not take: no tie.
        assert_eq!(
            regions("Pengarna fördelas i Jämtlands län, totalt 8 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn a_hedged_estimate_and_a_need() {
        assert_eq!(
            regions("Västerbottens läns landsting beräknas kunna få upp till 40 miljoner kronor."),
            [Some("Västerbotten".into())]
        );
        assert_eq!(
            regions("Landstinget Kronoberg behöver 25 Mkr mer nästa år."),
            [Some("Kronoberg".into())]
        );
    }

    #[test]
    fn an_object_before_the_sum() {
        assert_eq!(
            regions("Region Kronoberg har fått en ram på 18 miljoner kronor för 2025."),
            [Some("Kronoberg".into())]
        );
        assert_eq!(
            regions("Jönköpings län får ett tillskott på 7 mkr."),
            [Some("Jönköpings län".into())]
        );
        assert_eq!(
            regions("Region Kronoberg har byggt en bro på 18 miljoner kronor."),
            [None]
        );
        assert_eq!(
            regions("I prognosen redovisar Region Skåne ett underskott på 452 miljoner kronor."),
            [None]
        );
    }
}
