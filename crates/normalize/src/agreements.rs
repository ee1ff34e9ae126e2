//! Agreements (överenskommelser) a release announces or refers to, named as the text
//! names them: "Överenskommelse om …" headings, "en överenskommelse om …" in running
//! text, supplements and other compounds of a kind ("Tilläggsöverenskommelse om …",
//! "en ramöverenskommelse om …"), numbered lists under "De fyra
//! överenskommelserna är:" (funding lines left out), and named funds ("Patientmiljarden",
//! "samordnings- och tillgänglighetsmiljarden", "Europeiska socialfonden"). Mentions of
//! one agreement merge into one entry. An agreement is also read from its making
//! ("Regeringen och SKR har kommit överens om …", "ett avtal med SKR om …"), or named
//! otherwise: "överenskommelsen Vision e-hälsa 2025", "stadsmiljöavtal",
//! "Sverigeförhandlingen", or by the abbreviation "ÖK" ("ÖK e-hälsa"), or by a dated name
//! set off beside the noun ("en överenskommelse, X 2016, som …", "X 2018, en
//! överenskommelse mellan staten och SKR"). A supplement named by the agreement it adds to
//! ("en tilläggsöverenskommelse till överenskommelsen om X") is a second agreement.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use self::needles::{Hits, Needle};
use crate::entities::{Agreement, Span};
use crate::text::{sentence_end, sentence_start, wrapped_line_start};

mod abbreviated;
mod acronyms;
mod agreed;
mod appositions;
mod by_parties;
mod care_compounds;
mod contracts;
mod counted;
mod enders;
mod eu_funds;
mod funds;
mod headings;
mod keys;
mod known;
mod merge;
mod named;
mod needles;
mod partnership;
mod phrases;
mod supplements;
#[cfg(test)]
mod tests;
mod topic_compounds;

/// The part of the agreement word every heading and phrase holds, whatever its first
/// letter's case.
const AGREEMENT_STEM: &str = "verenskommelse";
/// Searcher for [`AGREEMENT_STEM`], built once.
static AGREEMENT_WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(AGREEMENT_STEM));

/// What headings and phrases put before the topic they read.
const AGREEMENT_PREFIX: &str = "Överenskommelse om ";

/// Compounds of the agreement word that name an agreement by its kind, as the part
/// before "överenskommelse" (its first letter in either case), and the prefix each is
/// reported by: a supplement ("tilläggsöverenskommelse om …"), a framework
/// ("ramöverenskommelse om …") and an agreement on cooperation between public bodies
/// ("samverkansöverenskommelse om …", "samarbetsöverenskommelse om …") and an
/// agreement in principle that binds its parties before the final contract
/// ("principöverenskommelse om …"; unlike an "avsiktsförklaring", which only declares
/// intent), an amendment of an agreement ("ändringsöverenskommelse avseende …", see
/// [`AMENDMENT_PREFIX`]) and a member state's agreement with the European Commission on
/// the EU funds ("partnerskapsöverenskommelse för …"), and a county-wide agreement of a
/// region with the county's municipalities ("länsöverenskommelse om …"). A compound of any other first part
/// ("Psykiatriöverenskommelsen") is no phrase with a topic.
const COMPOUND_KINDS: [(&str, &str); 8] = [
    ("tilläggs", "Tilläggsöverenskommelse om "),
    // An agreement of a county's landsting or region with all its municipalities.
    ("läns", "Länsöverenskommelse om "),
    ("samverkans", "Samverkansöverenskommelse om "),
    ("samarbets", "Samarbetsöverenskommelse om "),
    ("ram", "Ramöverenskommelse om "),
    ("princip", "Principöverenskommelse om "),
    ("ändrings", AMENDMENT_PREFIX),
    ("partnerskaps", "Partnerskapsöverenskommelse om "),
];

/// What an amending agreement is reported by. Its topic is the agreement it amends
/// ("en ändringsöverenskommelse avseende 2020 års överenskommelse om X"), so its name runs
/// on over that agreement's word, which ends every other name.
const AMENDMENT_PREFIX: &str = "Ändringsöverenskommelse om ";

/// The start of the [`COMPOUND_KINDS`] compound whose "överenskommelse" starts at
/// `word_start`, and the prefix it is reported by; [`AGREEMENT_PREFIX`] and
/// `word_start` itself when the word is no compound.
fn compound_kind(text: &str, word_start: usize) -> Option<(usize, &'static str)> {
    let head = text.get(..word_start)?;
    if !head.ends_with(char::is_alphabetic) {
        return Some((word_start, AGREEMENT_PREFIX));
    }
    COMPOUND_KINDS.iter().find_map(|&(stem, prefix)| {
        let start = word_start.checked_sub(stem.len())?;
        let written = head.get(start..)?.as_bytes();
        // Every stem starts with an ASCII letter, written in either case.
        let stem = stem.as_bytes();
        let same = written[0].to_ascii_lowercase() == stem[0] && written[1..] == stem[1..];
        let whole = !head[..start].ends_with(char::is_alphabetic);
        (same && whole).then_some((start, prefix))
    })
}

/// What found a mention, in the order of trust in its name: where two mentions are one
/// agreement, the name of the later source wins.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    /// A row of a table of agreements: a short label, which any sentence naming the
    /// same agreement spells out.
    TableRow,
    /// An agreement told by its making ("har kommit överens om en satsning på …"): a
    /// description, which a name the text gives the same agreement replaces.
    Agreed,
    Phrase,
    Fund,
    List,
    Heading,
}

/// A name as `prefix` + `rest`: headings and phrases name an agreement by a slice of
/// the text after [`AGREEMENT_PREFIX`], so no name is built until merging keeps it.
#[derive(Clone, Copy)]
struct Name<'a> {
    prefix: &'static str,
    rest: &'a str,
}

impl<'a> Name<'a> {
    /// "Överenskommelse om {topic}".
    fn agreement(topic: &'a str) -> Self {
        Name {
            prefix: AGREEMENT_PREFIX,
            rest: topic,
        }
    }

    /// "{prefix}{topic}": an agreement of a kind named by its compound
    /// ([`COMPOUND_KINDS`]), or [`AGREEMENT_PREFIX`].
    fn of_kind(prefix: &'static str, topic: &'a str) -> Self {
        Name {
            prefix,
            rest: topic,
        }
    }

    /// A name exactly as written.
    fn written(name: &'a str) -> Self {
        Name {
            prefix: "",
            rest: name,
        }
    }

    fn len(&self) -> usize {
        self.prefix.len() + self.rest.len()
    }

    /// True when both spell the same string, however it is split.
    fn same(&self, other: &Name) -> bool {
        if self.prefix == other.prefix {
            return self.rest == other.rest;
        }
        self.len() == other.len() && self.bytes().eq(other.bytes())
    }

    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        self.prefix.bytes().chain(self.rest.bytes())
    }

    fn to_owned_string(self) -> String {
        let mut name = String::with_capacity(self.len());
        name.push_str(self.prefix);
        name.push_str(self.rest);
        name
    }
}

/// One mention of an agreement: its name, where it is, and what found it.
struct Mention<'a> {
    name: Name<'a>,
    span: Span,
    source: Source,
}

impl<'a> Mention<'a> {
    /// A mention named as the text writes it over `span`.
    fn written(text: &'a str, span: Span, source: Source) -> Mention<'a> {
        Mention {
            name: Name::written(&text[span.start..span.end]),
            span,
            source,
        }
    }
}

/// Every agreement once, in order of first mention.
pub(crate) fn find(text: &str) -> Vec<Agreement> {
    // One search for the word feeds both headings and phrases.
    let agreement_words: Vec<usize> = AGREEMENT_WORD.find_iter(text.as_bytes()).collect();
    let hits = Hits::find(text);
    let vtal = hits.of(Needle::Vtal);
    let named = named::find(text, &agreement_words, vtal, hits.of(Needle::Negotiation));
    let funds = funds::find(text, hits.of(Needle::FundWord));
    let mut mentions: Vec<Mention> = Vec::new();
    headings::headings_and_lists(text, &agreement_words, &mut mentions);
    phrases::phrases(text, &agreement_words, &mut mentions);
    phrases::compounds(text, &agreement_words, &mut mentions);
    funds.mentions(&mut mentions);
    named.mentions(&mut mentions);
    eu_funds::mentions(text, &hits, &mut mentions);
    agreed::mentions(text, hits.of(Needle::AgreedEnd), &mut mentions);
    abbreviated::mentions(text, hits.of(Needle::AbbreviatedAgreement), &mut mentions);
    contracts::mentions(text, vtal, &mut mentions);
    counted::mentions(text, &agreement_words, &mut mentions);
    partnership::mentions(text, &hits, &mut mentions);
    known::mentions(text, &agreement_words, &hits, &mut mentions);
    topic_compounds::mentions(text, &agreement_words, &mut mentions);
    appositions::mentions(text, &agreement_words, &hits, &mut mentions);
    supplements::mentions(text, &agreement_words, &mut mentions);
    mentions.sort_by_key(|m| m.span.start);
    drop_bare_kinds(&mut mentions);
    drop_described_then_named(text, &mut mentions);
    mentions.retain(|m| !is_called_back(text, m.span.start));
    let nicknames = nicknames(text, &mentions);
    let mut agreements = merge::merge(text, &mentions, &nicknames);
    headline_into_body(text, &mut agreements);
    drop_summary(text, &mut agreements);
    if agreements.is_empty() {
        agreements.extend(by_parties::find(text, &agreement_words));
    }
    if agreements.is_empty() {
        agreements.extend(acronyms::bare_contract_compounds(text, vtal));
    }
    agreements
}

/// A compound of a contract's kind read bare ("Samverkansavtal", from a sentence naming
/// both sides) where another search reads the same word with its topic ("Samverkansavtal
/// om X") is that contract: at the same start (the one word read twice) or anywhere else
/// (a definite repetition, "Enligt samverkansavtalet ska …", refers back to the contract
/// the text has named). The bare mention is dropped, so the two do not stand as two
/// agreements. Mentions are few, so each bare one is compared with all.
fn drop_bare_kinds(mentions: &mut Vec<Mention>) {
    let spelled_out = |bare: &Mention, full: &Mention| {
        bare.name.prefix.is_empty()
            && !bare.name.rest.is_empty()
            && full.name.prefix.len() > bare.name.rest.len()
            && full.name.prefix.starts_with(bare.name.rest)
    };
    let mut i = 0;
    while i < mentions.len() {
        if mentions.iter().any(|full| spelled_out(&mentions[i], full)) {
            mentions.remove(i);
        } else {
            i += 1;
        }
    }
}

/// The heads of a sentence that refer back to the agreement the sentence before
/// described and name it in apposition: the definite noun and a dash or a comma ("Den nya
/// överenskommelsen – X 2007 – ger …", "Överenskommelsen, X 2019, gäller …").
const NAMING_BACK: [&str; 2] = ["överenskommelsen – ", "överenskommelsen, "];

/// Most bytes of a sentence's head before the name it gives: a determiner, an adjective
/// and [`NAMING_BACK`]'s noun with its mark ("Den nya överenskommelsen – ").
const LONGEST_NAMING_BACK_HEAD: usize = 48;

/// A release may describe an agreement in words of its own in one sentence and name it
/// in the next: "SKL och regeringen har träffat en överenskommelse om statens stöd till
/// X. Den nya överenskommelsen – Y 2007 – ger …". The description (an indefinite noun,
/// "en överenskommelse om …", its topic running to the end of its sentence) names no
/// agreement of its own when the next sentence opens with the definite noun that names it
/// in apposition ([`NAMING_BACK`]) and the name found there: it is dropped, and the
/// name stays. Mentions are few and in text order, so each is compared with the next.
fn drop_described_then_named(text: &str, mentions: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < mentions.len() {
        if describes_before_naming(text, &mentions[i], &mentions[i + 1]) {
            mentions.remove(i);
        } else {
            i += 1;
        }
    }
}

/// True when `described` is an indefinite phrase closing its sentence and `named` stands
/// right after the definite noun opening the next, as [`drop_described_then_named`]
/// reads them.
fn describes_before_naming(text: &str, described: &Mention, named: &Mention) -> bool {
    let word = text.get(described.span.start..).unwrap_or_default();
    let indefinite =
        word.starts_with("överenskommelse ") && text[..described.span.start].ends_with("en ");
    if described.source != Source::Phrase || !indefinite {
        return false;
    }
    let end = sentence_end(text, described.span.end);
    if named.span.start < end {
        return false;
    }
    let head = text
        .get(end..named.span.start)
        .unwrap_or_default()
        .trim_start_matches(['.', '!', '?'])
        .trim_start();
    // "… en överenskommelse om stöd till X som … . Överenskommelsen om Y 2022 omfattar
    // …": the next sentence opens with the definite noun and a dated name of its own,
    // whatever the description's sentence went on with.
    if head.is_empty() && opens_with_dated_name(text, named) {
        return true;
    }
    // Only the sentence's mark may stand between the topic and the sentence's end.
    let closes_sentence = text
        .get(described.span.end..end)
        .is_some_and(|rest| matches!(rest.trim(), "" | "." | "!" | "?"));
    if !closes_sentence {
        return false;
    }
    if head.len() > LONGEST_NAMING_BACK_HEAD
        || memchr::memchr2(b'.', b'\n', head.as_bytes()).is_some()
    {
        return false;
    }
    NAMING_BACK.iter().any(|noun| {
        // The noun after a determiner ("Den nya överenskommelsen – "), or opening the
        // sentence with its capital ("Överenskommelsen, ").
        let after_determiner = head
            .strip_suffix(noun)
            .is_some_and(|det| det.ends_with(' '));
        let opening = head.strip_prefix('Ö') == noun.strip_prefix('ö');
        after_determiner || opening
    })
}

/// The definite noun that opens a sentence naming an agreement with its topic.
const DEFINITE_OPENING: &str = "Överenskommelsen om ";

/// True when `named` opens its sentence with [`DEFINITE_OPENING`] and its name holds a
/// year: the formal name of an agreement, dated as names are ("… hjärnskada 2022").
fn opens_with_dated_name(text: &str, named: &Mention) -> bool {
    let Some(mention) = text.get(named.span.start..named.span.end) else {
        return false;
    };
    let tail = text.get(named.span.end..).unwrap_or_default();
    // The year may stand inside the name or right after it.
    let year_after = tail
        .strip_prefix(' ')
        .is_some_and(|rest| rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit));
    mention.starts_with(DEFINITE_OPENING)
        && (year_after
            || mention
                .as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit)))
}

/// Ordinals and words of order that refer back to one of agreements named before ("Den
/// första överenskommelsen", "den sistnämnda överenskommelsen").
const REFERRING_ORDINALS: [&str; 6] = [
    "första",
    "andra",
    "tredje",
    "förstnämnda",
    "sistnämnda",
    "senare",
];

/// What brings in the name an agreement goes by, in a relative clause after the noun:
/// "…, som brukar kallas X", "…, som kallas X", "…, som ofta kallas X".
const CALLED: [&str; 3] = [
    "överenskommelsen, som brukar kallas ",
    "överenskommelsen, som ofta kallas ",
    "överenskommelsen, som kallas ",
];

/// The verb every clause of [`CALLED`] ends with.
const CALLED_VERB: &str = "kallas ";

/// True when the mention at `start` is the name an agreement named before goes by, given
/// in a relative clause after a noun that refers back to it by order: "SKL har tecknat
/// dels A, dels B. Den första överenskommelsen, som brukar kallas kömiljarden, …". The
/// nickname adds no agreement, and which of those named before it belongs to is the
/// ordinal's, so it is dropped. A name in quotes after such a clause right after a
/// name of its own is read elsewhere ([`named`]).
fn is_called_back(text: &str, start: usize) -> bool {
    // Every clause of [`CALLED`] ends so: most mentions are passed before their sentence
    // is looked for.
    if !text[..start].ends_with(CALLED_VERB) {
        return false;
    }
    let head = &text[sentence_start(text, start)..start];
    let Some(noun) = CALLED.iter().find_map(|c| head.strip_suffix(c)) else {
        return false;
    };
    let noun = noun.trim_end();
    REFERRING_ORDINALS.iter().any(|ordinal| {
        noun.strip_suffix(ordinal)
            .is_some_and(|d| d.ends_with("Den ") || d.ends_with("den "))
    })
}

/// A release's headline may name its agreement in words of its own ("Landstinget
/// ansluter sig till överenskommelse om stärkt psykiatri" over a body on "överenskommelsen
/// … om utvecklingsmedel till den psykiatriska vården"). Where the headline names one
/// agreement by a phrase and the body never names it, and the body names one other
/// agreement and the headline never names that, the two are one, named as the body names
/// it. A nickname in a headline ("Kömiljarden …") is a name of its own and stays.
///
/// The headline is what stands before the first line that ends a sentence: a release's
/// letterhead, date and headline carry no full stop, its body does. Two names of
/// different kinds are two agreements: a headline's supplement ("… ur
/// Tilläggsöverenskommelse om X 2022") over a body naming only the agreement it adds to
/// ("ett tillägg till årets överenskommelse om Y") is not that agreement.
fn headline_into_body(text: &str, agreements: &mut Vec<Agreement>) {
    let [first, second] = &agreements[..] else {
        return;
    };
    if let (Some(a), Some(b)) = (kind_of(first), kind_of(second)) {
        if a != b {
            return;
        }
    }
    let body = body_start(text);
    let in_headline = |a: &Agreement| a.spans.iter().all(|s| s.end <= body);
    let in_body = |a: &Agreement| a.spans.iter().all(|s| s.start >= body);
    let by_phrase = |a: &Agreement| {
        std::iter::once(AGREEMENT_PREFIX)
            .chain(COMPOUND_KINDS.iter().map(|&(_, prefix)| prefix))
            .any(|prefix| a.name.starts_with(prefix))
    };
    // A headline's plain "avtal om X" over a body's agreement on the same topic
    // ("sluter avtal om extratjänster i välfärden" over "en nationell överenskommelse om
    // extratjänster i kommuner …") is that agreement, when the two topics open alike.
    let short_contract = |a: &Agreement, b: &Agreement| {
        a.name
            .strip_prefix(contracts::CONTRACT_PREFIX)
            .zip(b.name.split_once(" om ").map(|(_, topic)| topic))
            .is_some_and(|(short, long)| same_first_word(short, long))
    };
    let by_phrase = |a: &Agreement, b: &Agreement| by_phrase(a) || short_contract(a, b);
    if !(in_headline(first) && by_phrase(first, second) && in_body(second)) {
        return;
    }
    let headline = agreements.remove(0);
    if let Some(body) = agreements.first_mut() {
        body.spans.splice(0..0, headline.spans);
    }
}

/// The prefix of the kind an agreement is named by ([`COMPOUND_KINDS`] or
/// [`AGREEMENT_PREFIX`]), if its name is a phrase's.
fn kind_of(agreement: &Agreement) -> Option<&'static str> {
    COMPOUND_KINDS
        .iter()
        .map(|&(_, prefix)| prefix)
        .chain(std::iter::once(AGREEMENT_PREFIX))
        .find(|prefix| agreement.name.starts_with(prefix))
}

/// True when two topics open with the same word, case aside ("extratjänster i
/// välfärden", "extratjänster i kommuner").
fn same_first_word(a: &str, b: &str) -> bool {
    let first = |t: &str| t.split(' ').next().unwrap_or_default().to_lowercase();
    let (a, b) = (first(a), first(b));
    !a.is_empty() && a == b
}

/// A headline or a lead may sum up the agreements the text then names one by one ("Två
/// nya överenskommelser om vårdens beredskap" over a list of two): an agreement named
/// only by an indefinite plural ("överenskommelser om …"), with two or more agreements
/// first named after its last mention, is that summary and no agreement of its own.
/// Where fewer follow, the plural may be all the text says of them, and it stays.
fn drop_summary(text: &str, agreements: &mut Vec<Agreement>) {
    if agreements.len() < 3 {
        return;
    }
    let firsts: Vec<usize> = agreements
        .iter()
        .map(|a| a.spans.first().map_or(0, |s| s.start))
        .collect();
    // Agreements stand in order of first mention: those after the i-th are named later.
    let mut i = 0;
    agreements.retain(|a| {
        i += 1;
        let last = a.spans.iter().map(|s| s.end).max().unwrap_or(0);
        let summary = a
            .spans
            .iter()
            .all(|s| merge::is_indefinite_plural(text, s.start))
            && firsts[i..].iter().filter(|&&f| f >= last).count() >= 2;
        !summary
    });
}

/// Where the body of a release starts: the start of the first line that ends with a
/// sentence's mark; the text's end when none does. In a hard-wrapped paragraph the
/// first sentence may end inside a line ("… Norrtågstrafiken 2022-2026. Staten bidrar
/// med …") that a wrap then breaks, so the body starts at the first line of the
/// paragraph that holds it: the wrapped lines before it are read back to a blank line or
/// a closed sentence ([`wrapped_line_start`]).
fn body_start(text: &str) -> usize {
    let mut at = 0;
    // Line by line as `split_inclusive('\n')` gives them, by a byte search.
    while at < text.len() {
        let next = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i + 1);
        let raw = &text[at..next];
        let line = raw.trim_end();
        if line.ends_with(['.', '!', '?']) {
            return at;
        }
        if ends_a_sentence_inside(line) {
            while let Some(before) = wrapped_line_start(text, at) {
                at = before;
            }
            return at;
        }
        at = next;
    }
    text.len()
}

/// True when a full stop followed by a space and a capital ends a sentence inside `line`.
fn ends_a_sentence_inside(line: &str) -> bool {
    // A byte search for the stop: a substring searcher would cost more to build than
    // the short lines before a body take to scan.
    memchr::memchr_iter(b'.', line.as_bytes()).any(|i| {
        line.get(i + 1..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// For each mention, whether it is a nickname in brackets right after the mention
/// before it ("Överenskommelse om tillgänglighet (kömiljarden)", "Patientmiljarden
/// (Överenskommelse om …)") or in an apposition that gives the name it goes by
/// ([`is_so_called`]): the two are names of one agreement.
fn nicknames(text: &str, mentions: &[Mention]) -> Vec<bool> {
    let mut out = vec![false; mentions.len()];
    for (i, pair) in mentions.windows(2).enumerate() {
        let (before, nickname) = (&pair[0], &pair[1]);
        let between = text
            .get(before.span.end..nickname.span.start)
            .unwrap_or_default();
        let closed = text[nickname.span.end..].starts_with(')');
        out[i + 1] = closed && matches!(between, "(" | " (")
            || is_so_called(between)
            || is_called_apposition(between)
            || is_definite_apposition(text, between, nickname);
    }
    out
}

/// The agreement word in the definite form, which opens an apposition that says what the
/// name before it is ("sjukskrivningsmiljarden, överenskommelsen mellan staten och SKL om
/// …").
const DEFINITE_AGREEMENT: &str = "överenskommelsen ";

/// True when `mention` right after a comma opens with [`DEFINITE_AGREEMENT`]: an
/// apposition to the mention before it, the same agreement described.
fn is_definite_apposition(text: &str, between: &str, mention: &Mention) -> bool {
    between == ", " && text[mention.span.start..].starts_with(DEFINITE_AGREEMENT)
}

/// How an apposition brings in the name an agreement goes by: "överenskommelsen om X,
/// den så kallade Y-överenskommelsen", "… – det så kallade Y-avtalet".
const SO_CALLED: [&str; 2] = ["den så kallade ", "det så kallade "];

/// Most bytes between the end of a name and its apposition: a year or a period the name
/// was cut before ("… för 2005, den så kallade …").
const SO_CALLED_GAP: usize = 40;

/// The participle of calling, which closes an apposition that gives the name an agreement
/// goes by: "…, i vården redan kallad ”X”", "…, ofta kallat X", "…, av många kallade X".
pub(super) const CALLED_PARTICIPLES: [&str; 3] = ["kallad", "kallat", "kallade"];

/// Most words an apposition of [`CALLED_PARTICIPLES`] holds before its participle: who
/// calls it so, where or since when ("i vården redan", "av många", "populärt", "ofta").
pub(super) const CALLED_LEAD_WORDS: usize = 4;

/// Quotation marks a nickname may open with after its participle.
const OPENING_QUOTES: [char; 5] = ['"', '”', '“', '»', '\''];

/// True when `between`, what stands between two mentions, is a short rest of the first's
/// sentence and an apposition set off by a comma that closes with a participle of calling
/// ([`CALLED_PARTICIPLES`]), the second mention's quotation mark aside: "Överenskommelse om
/// X 2009, i vården redan kallad ”Y-miljarden”". The second is the name the first goes
/// by, as after [`SO_CALLED`]; a finite "kallas" says something of its own ("som kallas
/// …" is read by the relative clause) and is not read here.
fn is_called_apposition(between: &str) -> bool {
    if between.len() > SO_CALLED_GAP || memchr::memchr2(b'.', b'\n', between.as_bytes()).is_some() {
        return false;
    }
    let Some((_, apposition)) = between.rsplit_once(", ") else {
        return false;
    };
    let apposition = apposition.trim_end_matches(OPENING_QUOTES).trim_end();
    let mut words = apposition.split(' ').rev();
    let participle = words.next().unwrap_or_default();
    CALLED_PARTICIPLES.contains(&participle) && words.count() <= CALLED_LEAD_WORDS
}

/// True when `between`, what stands between two mentions, is a short rest of the first's
/// sentence and a comma or dash opening a [`SO_CALLED`] apposition, so the second is
/// the name the first goes by.
fn is_so_called(between: &str) -> bool {
    between.len() <= SO_CALLED_GAP
        && !between.contains(['.', '\n'])
        && SO_CALLED.iter().any(|marker| {
            between.strip_suffix(marker).is_some_and(|head| {
                let head = head.trim_end();
                head.ends_with(',') || head.ends_with('–')
            })
        })
}
