//! Which sums a text ties to a region: "12 miljoner kronor till Region Dalarna",
//! "3,5 miljoner kronor för Region Dalarna", "För Region Dalarna innebär detta
//! 2,1 miljoner kronor". A sum in the next sentence carries no region.

mod forms;
mod grants;
mod municipalities;
mod row_label;

pub(crate) use row_label::is_branch_row_label;

use crate::entities::Amount;
use crate::regions::{self, RegionMention};
use crate::text::{is_year, lower_case_starts_with, lowercase, sentence_end, sentence_start};

/// Prepositions that tie a region to a sum.
const PREPOSITIONS: &[&str] = &["till", "för", "åt", "i", "inom", "hos"];
/// Words that open the next item of a list after a sum.
const COORDINATORS: &[&str] = &["och", "samt"];
/// Most words between a sum and "till Region X" ("kronor går till Region X").
const MAX_GAP_WORDS: usize = 3;

/// Sets `region` on the amounts of running text that the text ties to one region.
pub(crate) fn tie(text: &str, amounts: &mut [Amount], mentions: &[RegionMention]) {
    // Every rule ties a sum to a region the text names.
    if mentions.is_empty() {
        return;
    }
    respectively(text, amounts, mentions);
    for i in 0..amounts.len() {
        if amounts[i].region.is_some()
            || forms::is_rate(text, &amounts[i])
            || forms::is_each(text, &amounts[i])
        {
            continue;
        }
        let next_amount = amounts.get(i + 1).map_or(usize::MAX, |a| a.span.start);
        let prev_amount = i.checked_sub(1).map_or(0, |p| amounts[p].span.end);
        let region = forms::gapped(text, &amounts[i], mentions)
            .or_else(|| after(text, &amounts[i], mentions, next_amount))
            .or_else(|| before(text, &amounts[i], mentions, prev_amount))
            .or_else(|| receiver(text, &amounts[i], mentions, prev_amount))
            .or_else(|| the_regions(text, &amounts[i], mentions))
            .or_else(|| forms::receiver_first(text, &amounts[i], mentions))
            .or_else(|| forms::money_to_region(text, &amounts[i], mentions))
            .or_else(|| grants::grant_to_region(text, &amounts[i], mentions))
            .or_else(|| forms::allotted_in(text, &amounts[i], mentions))
            .or_else(|| forms::the_region_again(text, &amounts[i], mentions))
            .or_else(|| forms::received_in_relative_clause(text, &amounts[i], mentions))
            .or_else(|| {
                let previous = i.checked_sub(1).map(|p| &amounts[p]);
                forms::ranking_goes_on(text, &amounts[i], previous, mentions)
            });
        amounts[i].region = region.map(str::to_string);
    }
    one_receiver_respectively(text, amounts);
}

/// "Region Kronoberg får 11,3 respektive 7,8 miljoner kronor ur A och B": one receiver
/// of a list of sums closed by "respektive" (the sums pair with what follows, not with
/// regions) receives each of them; the first sum, tied by the other rules, gives its
/// region to the rest of the list.
fn one_receiver_respectively(text: &str, amounts: &mut [Amount]) {
    let mut i = 0;
    while i < amounts.len() {
        let run = respective_run(text, &amounts[i..]);
        if run > 1 && amounts[i + 1..i + run].iter().all(|a| a.region.is_none()) {
            if let Some(region) = amounts[i].region.clone() {
                for amount in &mut amounts[i + 1..i + run] {
                    amount.region = Some(region.clone());
                }
            }
        }
        i += run.max(1);
    }
}

/// What joins the sums of a list paired with its receivers by "respektive".
const SUM_JOINERS: &[&str] = &[", ", " respektive "];

/// What joins the regions of a coordinated subject, a genitive "s" before it or not
/// ("Norrbottens och Västerbottens län", "Region Halland, Region Blekinge och …").
const REGION_JOINERS: &[&str] = &[", ", " och ", " samt "];

/// Rule E: "Norrbottens och Västerbottens län får 12 respektive 9,5 miljoner kronor":
/// regions joined as the subject of a verb of receiving, and as many sums after it
/// joined by "respektive" (and commas), pair up in order. Where the counts differ the
/// text pairs nothing this rule can read, and the other rules decide.
fn respectively(text: &str, amounts: &mut [Amount], mentions: &[RegionMention]) {
    let mut i = 0;
    while i < amounts.len() {
        let run = respective_run(text, &amounts[i..]);
        if run > 1 {
            let prev_amount = i.checked_sub(1).map_or(0, |p| amounts[p].span.end);
            if let Some(receivers) = receivers_before(text, &amounts[i], mentions, prev_amount, run)
            {
                for (amount, region) in amounts[i..i + run].iter_mut().zip(receivers) {
                    amount.region = Some(region.to_string());
                }
            }
        }
        i += run.max(1);
    }
}

/// How many amounts from the first of `amounts` form a list closed by "respektive":
/// each joined to the next by [`SUM_JOINERS`], the last join "respektive"; 1 when the
/// first stands alone.
fn respective_run(text: &str, amounts: &[Amount]) -> usize {
    let mut run = 1;
    let mut closed = 1;
    for pair in amounts.windows(2) {
        let gap = text
            .get(pair[0].span.end..pair[1].span.start)
            .unwrap_or_default();
        if !SUM_JOINERS.contains(&gap) {
            break;
        }
        run += 1;
        if gap == " respektive " {
            closed = run;
            break;
        }
    }
    closed
}

/// The `count` regions that receive a list of sums opening with `first`: the mentions
/// between the clause's start (and the sum before) and `first`, joined by
/// [`REGION_JOINERS`], the last followed by a verb of receiving.
fn receivers_before(
    text: &str,
    first: &Amount,
    mentions: &[RegionMention],
    prev_amount: usize,
    count: usize,
) -> Option<Vec<&'static str>> {
    let start = clause_start(
        text,
        sentence_start(text, first.span.start),
        first.span.start,
    )
    .max(prev_amount);
    let before: Vec<&RegionMention> = mentions
        .iter()
        .filter(|m| m.span.start >= start && m.span.end <= first.span.start)
        .collect();
    let receivers = before.get(before.len().checked_sub(count)?..)?;
    let last = receivers.last()?;
    if !receives(text.get(last.span.end..first.span.start)?) {
        return None;
    }
    let joined = receivers.windows(2).all(|pair| {
        let gap = text
            .get(pair[0].span.end..pair[1].span.start)
            .unwrap_or_default();
        let gap = gap.strip_prefix('s').unwrap_or(gap);
        REGION_JOINERS.contains(&gap)
    });
    joined.then(|| receivers.iter().map(|m| m.canonical).collect())
}

/// Rule A: "… kronor till Region X".
fn after(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
    next_amount: usize,
) -> Option<&'static str> {
    let end = sentence_end(text, amount.span.end).min(next_amount);
    let m = mentions
        .iter()
        .find(|m| m.span.start >= amount.span.end && m.span.start < end)?;
    let gap = &text[amount.span.end..m.span.start];
    let gap = after_apposition(text, amount, gap);
    if gap.contains([',', '.', ';', ':', '\n']) {
        return None;
    }
    if is_place_attribute(text, m)
        || opens_a_list(text, m, mentions)
        || sizes_own_economy(text, amount)
    {
        return None;
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    // "… får 31 miljoner kronor och Länsstyrelsen i Värmlands län 24,5 miljoner": after
    // "och" the region opens the next receiver of a list whose verb is left out.
    if words.first().is_some_and(|w| COORDINATORS.contains(w)) {
        return None;
    }
    let last = lowercase(words.last()?);
    (words.len() <= MAX_GAP_WORDS
        && PREPOSITIONS.contains(&last.as_str())
        && !from_a_body_in(&words, &last)
        && !municipalities::places_municipalities(text, m))
    .then_some(m.canonical)
}

/// True when the gap's place preposition closes the name of the sum's source after "från"
/// ("450 000 kronor från Länsstyrelsen i Skåne län", "bidrag från fonden hos Region X"): the
/// county or region places the body that pays, not a receiver. "från staten till Region X"
/// still ties, its last preposition being one of direction.
fn from_a_body_in(words: &[&str], last: &str) -> bool {
    PLACE_PREPOSITIONS.contains(&last)
        && words
            .iter()
            .rev()
            .skip(1)
            .any(|w| w.eq_ignore_ascii_case("från"))
}

/// The prepositions of [`PREPOSITIONS`] that place a name rather than direct the money.
const PLACE_PREPOSITIONS: &[&str] = &["i", "inom", "hos"];

/// The words after a sum set off by commas as an apposition to the word before it
/// ("Resten, 3,5 miljoner kronor, går till Jämtlands län"): the comma after it closes the
/// apposition and parts nothing, so the words that follow tie the sum as they would
/// without it. `gap` as it is otherwise.
fn after_apposition<'t>(text: &str, amount: &Amount, gap: &'t str) -> &'t str {
    let opened = text[..amount.span.start].ends_with(", ");
    match gap.strip_prefix(", ") {
        Some(rest) if opened => rest,
        _ => gap,
    }
}

/// True when the region after "till" opens a list of regions ("till landstingen i
/// Norrbotten, Västerbotten och Jämtland"): the sum is shared among them, and no one of
/// them receives it.
fn opens_a_list(text: &str, m: &RegionMention, mentions: &[RegionMention]) -> bool {
    mentions
        .iter()
        .find(|o| o.span.start >= m.span.end)
        .and_then(|next| text.get(m.span.end..next.span.start))
        .is_some_and(|gap| matches!(gap, ", " | " och " | " samt " | " eller "))
}

/// True when the mention names the region's body ("Region Halland", "Landstinget
/// Dalarna", "Jönköpings läns landsting"), not the county as a place ("Halland").
fn names_a_body(text: &str, m: &RegionMention) -> bool {
    REGION_BODY_WORDS
        .iter()
        .any(|w| text[m.span.start..m.span.end].contains(w))
}

/// The words that make a mention name the region's body rather than the county.
const REGION_BODY_WORDS: &[&str] = &["Region", "regionen", "Landsting", "landsting"];

/// True for a county's name in the genitive before a common noun: "Skånes
/// universitetssjukhus", "Hallands museum", "Jämtlands kommuner" name a body in the
/// county or its parts, and a sum "till" them is theirs, not the region's. The region
/// itself ("Region Skånes vårdcentraler") still receives what goes to its own parts.
fn is_place_attribute(text: &str, m: &RegionMention) -> bool {
    !names_a_body(text, m)
        && text
            .get(m.span.end..)
            .and_then(|rest| rest.strip_prefix("s "))
            .is_some_and(|noun| noun.starts_with(char::is_lowercase))
}

/// Rule B: "För Region X innebär detta 8,8 miljoner kronor": a sentence that opens with
/// a preposition and a region, and no other sum before this one.
fn before(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
    prev_amount: usize,
) -> Option<&'static str> {
    // The region stands after the sum before: where none does, the sentence is not read.
    if !mentions
        .iter()
        .any(|m| m.span.start >= prev_amount && m.span.end <= amount.span.start)
    {
        return None;
    }
    let start = clause_start(
        text,
        sentence_start(text, amount.span.start),
        amount.span.start,
    );
    if prev_amount > start {
        return None;
    }
    let m = mentions
        .iter()
        .find(|m| m.span.start >= start && m.span.end <= amount.span.start)?;
    let opening: Vec<&str> = text[start..m.span.start].split_whitespace().collect();
    let preposition = opening.first().map(|w| lowercase(w));
    // "I Halland byggs en väg för 90 miljoner kronor": "i" before a county's bare name
    // says where the money is spent; before the region's body it may say who spends it.
    let place = preposition
        .as_deref()
        .is_some_and(|p| matches!(p, "i" | "inom"))
        && !names_a_body(text, m);
    let only_region = mentions
        .iter()
        .filter(|o| o.span.start >= start && o.span.end <= amount.span.start)
        .all(|o| o.canonical == m.canonical);
    (opening.len() == 1
        && !place
        && only_region
        && preposition.is_some_and(|p| PREPOSITIONS.contains(&p.as_str())))
    .then_some(m.canonical)
}

/// Words that open a second main clause after a comma: "…, och till Region X går 12
/// miljoner kronor" opens with its preposition as a sentence would.
const CLAUSE_OPENERS: &[&str] = &[", och ", ", men ", ", medan "];

/// Where the clause holding `at` starts: after the last of [`CLAUSE_OPENERS`] between
/// the sentence's start and `at`, at the sentence's start otherwise. Every opener starts
/// with a comma, so the commas are walked back from `at` (one substring search per
/// opener cost a searcher built for each sum).
fn clause_start(text: &str, sentence: usize, at: usize) -> usize {
    let Some(head) = text.get(sentence..at) else {
        return sentence;
    };
    memchr::memrchr_iter(b',', head.as_bytes())
        .find_map(|comma| {
            CLAUSE_OPENERS
                .iter()
                .find(|w| head[comma..].starts_with(**w))
                .map(|w| sentence + comma + w.len())
        })
        .unwrap_or(sentence)
}

/// True when `word` (lower case) is one of the one-word verbs of [`RECEIVING`] ("får",
/// "tilldelades"): the one list of verbs of receiving, which amounts read too.
pub(crate) fn is_receiving_verb(word: &str) -> bool {
    RECEIVING.iter().any(|phrase| phrase == &[word])
}

/// Verbs that take the receiver as their object, the giver the subject: "som ger regionen
/// 96 miljoner kronor". Inverted, a verb of receiving ([`is_receiving_verb`]) takes it as
/// its subject right before the sum: "Genom överenskommelsen får regionen 31 miljoner
/// kronor".
const GIVES: [&str; 2] = ["ger", "gav"];

/// True when `word` (lower case) is one of [`GIVES`].
pub(crate) fn is_giving_verb(word: &str) -> bool {
    GIVES.contains(&word)
}

/// Verb phrases by which a region, as the subject, receives the sum that follows:
/// "Region Västerbotten får 25,6 miljoner kronor", "Region Uppsala beräknas få omkring
/// 115 miljoner kronor". The empty phrase is a list: "Region Skåne 50 miljoner kronor".
const RECEIVING: &[&[&str]] = &[
    &[],
    &["får"],
    &["fick"],
    &["erhåller"],
    &["erhöll"],
    &["tilldelas"],
    &["tilldelades"],
    &["beviljas"],
    &["beviljades"],
    &["tar", "emot"],
    &["tog", "emot"],
    &["har", "fått"],
    &["har", "tilldelats"],
    &["har", "beviljats"],
    &["ska", "få"],
    &["skall", "få"],
    &["kan", "få"],
    &["beräknas", "få"],
    &["väntas", "få"],
    // A hedged estimate: "Stockholms läns landsting beräknas kunna få upp till 110 …".
    &["beräknas", "kunna", "få"],
    &["väntas", "kunna", "få"],
    // A region's stated need, in the demands of county councils and their associations:
    // "Landstinget i Östergötland behöver 96 Mkr mer".
    &["behöver"],
    &["kommer", "att", "få"],
    // The region's own expectation: "Region Skåne räknar med att få 130 miljoner kronor".
    &["räknar", "med", "att", "få"],
];

/// Rule C: the region named last before the sum, in the same clause and with no other
/// sum between them, receives it: as the subject of a verb of receiving ("Region
/// Västerbotten får 25,6 miljoner kronor"), in a second predicate joined by "och"
/// ("Region Värmland klarade kraven för 2009 och får 38,6 miljoner kronor", where the
/// region opens the sentence), as the receiver of a part of the money, the sum set off
/// by a comma ("Region Dalarna får del av pengarna, 12 miljoner kronor"), or as the owner of a share ("Region Kalmar läns andel
/// blir 40 miljoner kronor").
fn receiver(
    text: &str,
    amount: &Amount,
    mentions: &[RegionMention],
    prev_amount: usize,
) -> Option<&'static str> {
    let m = mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= amount.span.start)?;
    let gap = text.get(m.span.end..amount.span.start)?;
    // A sum between the region and this one parts them, unless it stands in a relative
    // clause on the region ("Region X, vars budget är 8 miljarder kronor, får …").
    if m.span.start < prev_amount && !receives_around_relative(gap) {
        return None;
    }
    let row_gap = is_list_entry(gap)
        || is_dashed_list_entry(text, m, gap)
        || !gap.is_empty() && gap.bytes().all(|b| b == b' ' || b == b'\t');
    if (row_gap && row_label::names_another_body(text, m))
        || row_label::ends_another_bodys_name(text, m)
    {
        return None;
    }
    // "projekt i Stockholms län (410 miljoner kronor)": a sum in brackets after the
    // place is the place's, however the place is introduced.
    let bracketed = is_bracketed(text, gap, amount);
    let listed_board = is_listed_county_board(text, m, gap, prev_amount);
    if !listed_board
        && (is_place_complement(text, m, gap) || (!bracketed && places_a_common_noun(text, m)))
    {
        return None;
    }
    let opens_sentence = m.span.start == sentence_start(text, amount.span.start);
    let received = is_list_entry(gap)
        || is_dashed_list_entry(text, m, gap)
        || bracketed
        || receives(gap)
        || forms::receives_object(gap)
        || inverted_receives(text, m.span.start, gap)
        || opens_sentence && receives_later(gap)
        || receives_part_of(gap)
        || is_share(gap)
        || receives_around_relative(gap)
        || listed_board;
    (received && !municipalities::places_municipalities(text, m)).then_some(m.canonical)
}

/// ", som får ", ", som har flest invånare, får ", ", vars budget är 8,2 miljarder
/// kronor, får ": a relative clause on the region, with a verb of receiving opening it
/// (the region is the one that receives: "Region Norrbotten, som får 11,5 miljoner
/// kronor") or right after it (the region is the subject of that verb: "Stockholms läns
/// landsting, som har flest invånare, får 61 miljoner kronor"). The clause ends at its
/// last comma, so a sum in it ("vars budget är 8,2 miljarder kronor") does not end it,
/// and a genitive "vars" opens it as "som" does, as do an attribute on "med" and a
/// clause on "där" ("Region X, med 130 000 invånare, får …", "Region X, där köerna är
/// längst, får …"), which the verb after them must close.
fn receives_around_relative(gap: &str) -> bool {
    let Some(relative) = INSERTION_OPENERS
        .iter()
        .find_map(|opener| gap.strip_prefix(opener))
    else {
        return false;
    };
    // Only "som" and "vars" leave a verb right after them ("Region X, som får …").
    relative.starts_with(' ') && receives(relative)
        || relative.rsplit_once(',').is_some_and(|(clause, verb)| {
            !clause.contains([';', ':', '(', '\n', '.']) && receives(verb)
        })
}

/// What opens a relative clause or attribute set off by a comma after a region: see
/// [`receives_around_relative`].
const INSERTION_OPENERS: &[&str] = &[", som", ", vars", ", med ", ", där "];

/// Participles of receiving, which follow the subject when the auxiliary comes first.
const RECEIVED: &[&str] = &["fått", "tilldelats", "beviljats", "erhållit"];

/// The auxiliaries that open inverted word order before the subject.
const AUXILIARIES: &[&str] = &["har", "hade"];

/// Infinitives of receiving, which follow the subject when a modal verb comes first.
const TO_RECEIVE: &[&str] = &["få", "att få", "erhålla", "tilldelas", "beviljas"];

/// Modal verbs that open inverted word order before the subject, in a sentence about
/// money still to come ("Från staten väntas Region X få …", "Nästa år ska Region X få …",
/// "I år kommer Region X att få …").
const MODALS: &[&str] = &[
    "ska",
    "skall",
    "kommer",
    "väntas",
    "förväntas",
    "beräknas",
    "bör",
    "kan",
    "skulle",
];

/// " fått " after a region that "har" stands right before: inverted word order ("I år
/// har Region Dalarna fått 12 miljoner kronor", "Totalt har Västerbottens län fått …"),
/// where a sentence opening with an adverbial puts the auxiliary before the subject; and
/// likewise " få " after a region that a modal verb of [`MODALS`] stands right before.
fn inverted_receives(text: &str, region_start: usize, gap: &str) -> bool {
    // The participles are lower case, so the gap is compared as written: it may run
    // from a region named far before the sum, and folding it would cost more than the
    // test.
    let verb = gap.trim_matches(' ');
    let opens_with = if RECEIVED.contains(&verb) {
        AUXILIARIES
    } else if TO_RECEIVE.contains(&verb) {
        MODALS
    } else {
        return false;
    };
    if !gap.starts_with(' ') {
        return false;
    }
    let auxiliary = text[..region_start]
        .strip_suffix(' ')
        .and_then(|head| head.rsplit(' ').next())
        .map(lowercase);
    auxiliary.is_some_and(|a| opens_with.contains(&a.as_str()))
}

/// True when the region right before the sum, nothing but a space between them, follows
/// "i": "beviljade nämnden i Region X 46 miljoner kronor till projekten", where "i Region
/// X" places the noun before it (the body that grants) and the sum is the verb's object.
/// The bare region before a sum reads as a list line ("Region Skåne 50 miljoner kronor",
/// [`RECEIVING`]'s empty phrase), and a list line never opens with "i". After a verb of
/// receiving the body placed there receives ("får Länsstyrelsen i Gotlands län 25
/// miljoner kronor"), and the county with it.
fn is_place_complement(text: &str, m: &RegionMention, gap: &str) -> bool {
    if gap != " " {
        return false;
    }
    let Some((i_start, "i")) = forms::word_before(text, m.span.start)
        .as_ref()
        .map(|(start, w)| (*start, w.as_str()))
    else {
        return false;
    };
    let verb = forms::word_before(text, i_start)
        .and_then(|(noun_start, _)| forms::word_before(text, noun_start));
    !verb.is_some_and(|(_, v)| is_receiving_verb(&v))
}

/// What joins the items of a list whose verb is left out after its first item.
const LIST_ITEM_JOINERS: [&str; 3] = [", ", " och ", ", och "];

/// "Länsstyrelsen i Södermanlands län får 4,2 miljoner kronor, Länsstyrelsen i Skåne län
/// 3,1 miljoner kronor", "… tilldelas 34 miljoner kronor för att sanera Svartån, och
/// Länsstyrelsen i Gävleborgs län 27,5 miljoner kronor": a county's board, its county and
/// right after it the sum, set after the sum before (`prev_amount`, in the same
/// sentence, what it is for between them or not) and a comma or "och": the next item of
/// a list whose verb is left out, which names the county's receiver as the first item
/// does.
fn is_listed_county_board(text: &str, m: &RegionMention, gap: &str, prev_amount: usize) -> bool {
    if gap != " " || prev_amount == 0 {
        return false;
    }
    let Some(board_start) = forms::county_authority_start(text, m.span.start) else {
        return false;
    };
    text.get(prev_amount..board_start).is_some_and(|between| {
        LIST_ITEM_JOINERS.iter().any(|j| between.ends_with(j))
            && !between.contains(['.', ';', ':', '\n'])
    })
}

/// True when "i" (and perhaps an adjective of [`regions::PART_ADJECTIVES`]) before the region
/// follows a noun: "Sex projekt i östra Värmland får …", "skolor i Region Skåne får …"
/// place the noun, which is the subject that receives, not the region; so does a body
/// named by its kind and its county ("Samordningsförbundet i Kalmar län har fått …",
/// "Hushållningssällskapet i Halland får …"). A region's own body or a county's
/// authority ("landstinget i Östergötland", "Länsstyrelsen i Kalmar län") is the
/// region's.
fn places_a_common_noun(text: &str, m: &RegionMention) -> bool {
    let Some((mut start, mut word)) = forms::word_before(text, m.span.start) else {
        return false;
    };
    if regions::PART_ADJECTIVES.contains(&word.as_str()) {
        let Some(before) = forms::word_before(text, start) else {
            return false;
        };
        (start, word) = before;
    }
    if word != "i" {
        return false;
    }
    let noun_start = forms::word_before(text, start).map(|(s, _)| s);
    noun_start.is_some_and(|s| {
        let noun = &text[s..start - 1];
        noun.chars().all(char::is_alphabetic)
            && !REGION_BODY_WORDS.iter().any(|w| noun.contains(w))
            && !forms::is_county_authority(&lowercase(noun))
    })
}

/// A list line "Region Dalarna: 15 miljoner kronor".
fn is_list_entry(gap: &str) -> bool {
    gap.strip_prefix(':')
        .is_some_and(|rest| rest.bytes().all(|b| b == b' '))
}

/// Bullets that may open a list line before the region ("- Region X – 5 mkr").
const BULLETS: &[&str] = &["- ", "– ", "* ", "• "];

/// A list line "Region Halland – 5,2 miljoner kronor": the region opens its line (after
/// a bullet or not), a dash set off by spaces, and the sum. Inside a sentence a dash
/// opens an aside, and ties nothing here.
fn is_dashed_list_entry(text: &str, m: &RegionMention, gap: &str) -> bool {
    if !matches!(gap, " – " | " - " | " — ") {
        return false;
    }
    let line = &text[..m.span.start];
    let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
    line.is_empty() || BULLETS.contains(&line)
}

/// "Stockholms län (410 miljoner kronor)": the sum in brackets right after the region,
/// which states the region's share as a list line does.
fn is_bracketed(text: &str, gap: &str, amount: &Amount) -> bool {
    matches!(gap, " (" | "(") && text[amount.span.end..].starts_with(')')
}

/// Sentence adverbs that may stand between a verb of receiving and the sum: "Region
/// Dalarna får därmed 12 miljoner kronor", "får därigenom", "får också". The additive
/// ones that say the sum comes on top of another ("får dessutom", "får därtill") tie as
/// "också" does. A negation is none of them: "får inte" receives nothing.
const ADVERBS: &[&str] = &[
    "därmed",
    "därigenom",
    "därför",
    "alltså",
    "också",
    "även",
    "dessutom",
    "därtill",
    "nu",
    "då",
];

/// " får ", " har tilldelats ", " får därmed ": a verb of receiving and nothing else, or
/// with one of [`ADVERBS`] after it. A genitive "s" ("Region Skånes budget") or any
/// punctuation breaks the tie.
fn receives(gap: &str) -> bool {
    if gap.contains(|c: char| !c.is_alphabetic() && c != ' ') || gap.starts_with(|c: char| c != ' ')
    {
        return false;
    }
    let mut words = lower_case_words(gap);
    let receiving = |words: &[String]| RECEIVING.iter().any(|phrase| is_phrase(words, phrase));
    if receiving(&words) {
        return true;
    }
    let adverb = words.last().is_some_and(|w| ADVERBS.contains(&w.as_str()));
    if adverb && words.len() > 1 {
        words.pop();
        if receiving(&words) {
            return true;
        }
    }
    without_time_adverbial(&words).is_some_and(receiving)
        || without_adverbial_before_verb(&words).is_some_and(receiving)
}

/// Adverbials of time that may stand between a verb of receiving and the sum: "Region
/// Västmanland får i år 400 miljoner kronor", "får nästa år". A year in figures ("får
/// under 2025") is no word, and leaves the tie to the rules that read figures.
const TIME_ADVERBIALS: &[&[&str]] = &[
    &["i", "år"],
    &["nästa", "år"],
    &["i", "fjol"],
    // Last year's share, set beside this year's: "Region X fick förra året 21 miljoner".
    &["förra", "året"],
    &["föregående", "år"],
    &["i", "höst"],
    &["i", "vår"],
    &["under", "året"],
    // Not of time, but read the same way: "Landstinget X får i sin tur 17 miljoner".
    &["i", "sin", "tur"],
];

/// `words` without a [`TIME_ADVERBIAL`](TIME_ADVERBIALS) at their end, or `None` where
/// none ends them (or nothing would be left).
fn without_time_adverbial(words: &[String]) -> Option<&[String]> {
    TIME_ADVERBIALS.iter().find_map(|adverbial| {
        let head = words
            .len()
            .checked_sub(adverbial.len())
            .filter(|&h| h > 0)?;
        words[head..]
            .iter()
            .zip(adverbial.iter())
            .all(|(w, a)| w == a)
            .then_some(&words[..head])
    })
}

/// `words` without the sentence adverb of [`ADVERBS`] or the adverbial of time of
/// [`TIME_ADVERBIALS`] that opens them, or `None` where none does (or no verb would be
/// left). In a subordinate clause these stand between the subject and the finite verb
/// ("… där Region Gävleborg i år får 31 miljoner kronor", "eftersom Region Halland också
/// får …"), so the region still receives what follows the verb; after the adverbial a
/// verb must follow, so "Region X i år 12 miljoner kronor" is no list line.
fn without_adverbial_before_verb(words: &[String]) -> Option<&[String]> {
    let first = words.first()?;
    let rest = if ADVERBS.contains(&first.as_str()) {
        &words[1..]
    } else {
        TIME_ADVERBIALS.iter().find_map(|adverbial| {
            let opens = words.len() > adverbial.len()
                && words.iter().zip(adverbial.iter()).all(|(w, a)| w == a);
            opens.then(|| &words[adverbial.len()..])
        })?
    };
    (!rest.is_empty()).then_some(rest)
}

/// " klarade kraven för 2009 och får ": words and figures, then "och" and a verb of
/// receiving.
fn receives_later(gap: &str) -> bool {
    if gap.contains([',', ';', ':', '(', '\n']) || !gap.starts_with(' ') {
        return false;
    }
    let mut words = lower_case_words(gap);
    // A sentence adverb may follow the verb, as in [`receives`]: "och får därför".
    if words.last().is_some_and(|w| ADVERBS.contains(&w.as_str())) {
        words.pop();
    }
    RECEIVING.iter().filter(|p| !p.is_empty()).any(|phrase| {
        words
            .len()
            .checked_sub(phrase.len() + 1)
            .is_some_and(|joined| words[joined] == "och" && is_phrase(&words[joined + 1..], phrase))
    })
}

/// Most words of the money a region receives a part of ("pengarna", "de nya medlen").
const SHARED_MONEY_WORDS: usize = 3;

/// " får del av pengarna, ", " får en del av potten, ": a verb of receiving, a part of
/// the money named before, and the region's sum set off after it by a comma, in
/// apposition to that part.
fn receives_part_of(gap: &str) -> bool {
    let Some(rest) = gap.strip_suffix(", ") else {
        return false;
    };
    if receives_the_largest_part(rest) {
        return true;
    }
    let Some((verb, money)) = rest
        .split_once(" en del av ")
        .or_else(|| rest.split_once(" del av "))
    else {
        return false;
    };
    let words = money.split(' ').count();
    words <= SHARED_MONEY_WORDS
        && money.chars().all(|c| c.is_lowercase() || c == ' ')
        && receives(&format!("{verb} "))
}

/// Which part of the money a ranking names: "den största delen", "den minsta andelen",
/// "det största beloppet".
const RANKED_PARTS: &[&str] = &["delen", "andelen", "summan", "beloppet", "potten"];

/// " får den största delen", " tilldelas den minsta andelen av pengarna": a verb of
/// receiving and the part of the money a ranking names ([`RANKED_PARTS`]), of which the
/// sum set off after it states the size.
fn receives_the_largest_part(rest: &str) -> bool {
    let words = lower_case_words(rest);
    // "… av pengarna", "… av de nya medlen": the money it is a part of may follow.
    let part_end = words
        .iter()
        .position(|w| w == "av")
        .filter(|&i| words.len() - i - 1 <= SHARED_MONEY_WORDS)
        .unwrap_or(words.len());
    let Some(start) = part_end.checked_sub(3) else {
        return false;
    };
    let ranked = matches!(words[start].as_str(), "den" | "det")
        && matches!(
            words[start + 1].as_str(),
            "största" | "minsta" | "högsta" | "lägsta"
        )
        && RANKED_PARTS.contains(&words[start + 2].as_str());
    let verb = words[..start].join(" ");
    ranked && receives(&format!(" {verb} "))
}

/// Verb phrases between a region's share and its size: "Region Kalmar läns andel blir
/// 40 miljoner kronor", "Region Skånes andel uppgår till 1,2 miljarder".
const SHARE_VERBS: &[&[&str]] = &[
    &["blir"],
    &["är"],
    &["var"],
    &["uppgår", "till"],
    &["landar", "på"],
    &["beräknas", "till"],
    &["beräknas", "bli"],
];

/// ":s andel blir ", "s andel uppgår till ", "s tilldelning blir ": the region's share
/// or allotment and a verb, the
/// share's period between them or not ("s andel för 2022 är ", "s andel i år blir ").
fn is_share(gap: &str) -> bool {
    [
        ":s andel ",
        "s andel ",
        " andel ",
        ":s tilldelning ",
        "s tilldelning ",
    ]
    .iter()
    .find_map(|genitive| gap.strip_prefix(genitive))
    .is_some_and(|verb| {
        let words = lower_case_words(verb);
        let words = without_period(&words);
        let words = without_what_of(words, verb);
        SHARE_VERBS.iter().any(|phrase| is_phrase(words, phrase))
    })
}

/// Stems of what a region pays, of which its share is no money received.
const PAID_STEMS: [&str; 2] = ["kostnad", "finansiering"];

/// Most words of what a share is of ("andel av statens satsning på hjälpmedel").
const MAX_SHARE_OF_WORDS: usize = 8;

/// `words` without what the share is of, when they open with "av" and a verb of
/// [`SHARE_VERBS`] closes them ("av statens satsning på snabbare hjälpmedel blir"): the
/// share is the region's still. `gap` is the text the words were read from; a comma or a
/// full stop in it ends the clause, and the words are left as they are.
fn without_what_of<'w>(words: &'w [String], gap: &str) -> &'w [String] {
    if words.first().map(String::as_str) != Some("av") || gap.contains([',', '.', ';', ':']) {
        return words;
    }
    // "andel av kostnaden", "andel av budgeten": a share of what the region pays or
    // owns is its own economy, no money it receives.
    let paid = words.iter().any(|w| {
        PAID_STEMS
            .iter()
            .chain(OWN_ECONOMY)
            .any(|stem| w.starts_with(stem))
    });
    if paid {
        return words;
    }
    SHARE_VERBS
        .iter()
        .filter(|phrase| {
            words.len() > phrase.len() && words.len() <= MAX_SHARE_OF_WORDS + phrase.len()
        })
        .find_map(|phrase| {
            let verb = &words[words.len() - phrase.len()..];
            is_phrase(verb, phrase).then_some(verb)
        })
        .unwrap_or(words)
}

/// `words` without the period opening them: "för 2022", "2022", "i år", "för i år".
/// A share is stated for a year as often as not, and the year ties nothing else.
fn without_period(words: &[String]) -> &[String] {
    let rest = match words.first().map(String::as_str) {
        Some("för") => &words[1..],
        _ => words,
    };
    match rest {
        [year, tail @ ..] if is_year(year) => tail,
        [i, ar, tail @ ..] if i == "i" && ar == "år" => tail,
        _ => words,
    }
}

fn lower_case_words(s: &str) -> Vec<String> {
    s.split_whitespace().map(lowercase).collect()
}

/// True when `words` (in lower case) are the words of `phrase`.
fn is_phrase(words: &[String], phrase: &[&str]) -> bool {
    phrase.iter().copied().eq(words.iter().map(String::as_str))
}

/// How a sentence names the region it just spoke of as its subject: "Regionens andel
/// är 12 mkr", "Landstingets kostnad blir 4 mkr" (in lower case).
const THE_REGIONS: &[&str] = &["regionens ", "landstingets "];

/// The stems of the region's own economy: a budget, a result, a forecast, a debt, its
/// revenue or investments, which the region has or makes, not money it receives.
const OWN_ECONOMY: &[&str] = &[
    "budget",
    "resultat",
    "prognos",
    "skuld",
    "låneskuld",
    "underskott",
    "överskott",
    "intäkt",
    "skatteintäkt",
    "omsättning",
    "investering",
];

/// "Överskott på 312 miljoner kronor för Region X", "ett underskott på 40 miljoner kronor
/// för landstinget i Y": the sum sizes a noun of [`OWN_ECONOMY`] right before it, after
/// "på"; the region after it is the one whose economy it is, not a receiver.
fn sizes_own_economy(text: &str, amount: &Amount) -> bool {
    let Some(head) = text[..amount.span.start].strip_suffix(" på ") else {
        return false;
    };
    let noun = lowercase(&head[head.trim_end_matches(char::is_alphabetic).len()..]);
    OWN_ECONOMY.iter().any(|stem| noun.contains(stem))
}

/// Most words from "Regionens" to the noun it owns ("Regionens samlade budget").
const OWN_ECONOMY_WORDS: usize = 2;

/// Rule D: a sentence opening with "Regionens …" speaks of the region last named before
/// it in the same paragraph, and every sum in it is that region's; unless the sentence
/// opens with the region's own economy ("Regionens samlade budget är 13 miljarder
/// kronor", [`OWN_ECONOMY`]), which gets no region.
fn the_regions(text: &str, amount: &Amount, mentions: &[RegionMention]) -> Option<&'static str> {
    let start = sentence_start(text, amount.span.start);
    let opening = text.get(start..)?;
    if !THE_REGIONS
        .iter()
        .any(|w| lower_case_starts_with(opening, w))
    {
        return None;
    }
    let own_economy = opening
        .split_whitespace()
        .skip(1)
        .take(OWN_ECONOMY_WORDS)
        .any(|w| {
            OWN_ECONOMY
                .iter()
                .any(|stem| lower_case_starts_with(w, stem))
        });
    if own_economy {
        return None;
    }
    let paragraph = text.get(..start)?.rfind("\n\n").map_or(0, |i| i + 2);
    mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= start)
        .filter(|m| m.span.start >= paragraph)
        .map(|m| m.canonical)
}

#[cfg(test)]
mod tests {
    use crate::extract;

    /// The region of each amount `extract` finds in `text`, in order.
    pub(super) fn regions(text: &str) -> Vec<Option<String>> {
        extract(text)
            .amounts
            .into_iter()
            .map(|a| a.region)
            .collect()
    }

    #[test]
    fn region_after_amount() {
        assert_eq!(
            regions("Det blir 44 miljoner kronor till Region Östergötland."),
            [Some("Östergötland".into())]
        );
        assert_eq!(
            regions("Patientmiljarden innebär preliminärt 44,3 miljoner kronor för Region Östergötland."),
            [Some("Östergötland".into())]
        );
        assert_eq!(
            regions("Det blir 5 mkr för en bättre vård i Region Skåne."),
            [None]
        );
        assert_eq!(
            regions("Av medlen går 12 miljoner kronor till Hallands museum och 3 mkr till Region Hallands vårdcentraler."),
            [None, Some("Halland".into())]
        );
    }

    #[test]
    fn a_sum_each_of_several_receivers_get_is_no_one_regions() {
        assert_eq!(
            regions("Region Skåne och Region Halland får 300 000 kronor vardera. Region Blekinge och Region Kalmar län får vardera 2 miljoner kronor. Region Gotland får 1 miljon kronor."),
            [None, None, Some("Gotland".into())]
        );
    }

    #[test]
    fn a_region_placing_a_common_noun_receives_nothing() {
        assert_eq!(
            regions("Fyra projekt i norra Dalarna får 2,1 miljoner kronor. Landstinget i Dalarna får 3 miljoner kronor, och länsstyrelsen i Dalarnas län får 1 miljon kronor."),
            [None, Some("Dalarna".into()), Some("Dalarna".into())]
        );
        // A sum in brackets after the place is the place's.
        assert_eq!(
            regions("Mest har gått till projekt i Dalarnas län (4 miljoner kronor)."),
            [Some("Dalarna".into())]
        );
    }

    #[test]
    fn a_county_closing_another_bodys_name_receives_nothing() {
        assert_eq!(
            regions("Bidrag går till Studiefrämjandet Gävleborg 1,3 mnkr och Brottsofferjouren Gävleborg 620 tkr. I år får Region Gävleborg 5 mnkr."),
            [None, None, Some("Gävleborg".into())]
        );
    }

    #[test]
    fn a_list_of_receivers_whose_verb_is_left_out() {
        // The county after "och" is the next receiver's, not the first sum's.
        assert_eq!(
            regions("Länsstyrelsen i Kalmar län får 12 miljoner kronor och Länsstyrelsen i Gävleborgs län 8 miljoner kronor.")[0],
            Some("Kalmar län".into())
        );
        // Each later county board receives the sum right after it.
        assert_eq!(
            regions("Länsstyrelsen i Kalmar län får 12 miljoner kronor, Länsstyrelsen i Hallands län 9 miljoner kronor och Länsstyrelsen i Gävleborgs län 8 miljoner kronor."),
            [Some("Kalmar län".into()), Some("Halland".into()), Some("Gävleborg".into())]
        );
        // What the sum before is for may stand between the items.
        assert_eq!(
            regions("Länsstyrelsen i Kalmar län tilldelas 12 miljoner kronor för att sanera sjöar, och Länsstyrelsen i Hallands län 9 miljoner kronor för att rena åar."),
            [Some("Kalmar län".into()), Some("Halland".into())]
        );
        // A board after a sum and no joiner places a noun, as "i" does.
        assert_eq!(
            regions("Myndigheten ger 12 miljoner kronor till projekt. Samverkan med Länsstyrelsen i Hallands län 9 miljoner kronor."),
            [None, None]
        );
        // The county's other state authorities receive for it as its board does.
        assert_eq!(
            regions("Enligt beslutet tilldelas Länsarbetsnämnden i Uppsala län 40 miljoner kronor och Länsarbetsnämnden i Jämtlands län 31 miljoner kronor."),
            [Some("Uppsala".into()), Some("Jämtland Härjedalen".into())]
        );
        assert_eq!(
            regions("Länsrätten i Skåne län får 6 miljoner kronor, men Samordningsförbundet i Skåne län 2 miljoner kronor."),
            [Some("Skåne".into()), None]
        );
    }

    #[test]
    fn a_sum_the_municipalities_of_a_county_receive_ties_nothing() {
        assert_eq!(
            regions("Kommunerna i Jämtlands län får 3,4 miljoner kronor för att ordna feriejobb."),
            [None]
        );
        assert_eq!(
            regions("I år får alla kommuner i Västerbotten 800 000 kronor var till läxhjälp."),
            [None]
        );
        assert_eq!(
            regions("Staten ger 5 miljoner kronor till kommunerna i Kalmar län för simskolor."),
            [None]
        );
        assert_eq!(
            regions("Kommunerna i Gävleborgs län har fått 1,9 miljoner kronor till sommarlovet."),
            [None]
        );
        assert_eq!(
            regions("Region Jämtland Härjedalen får 3,4 miljoner kronor för att ordna feriejobb."),
            [Some("Jämtland Härjedalen".into())]
        );
    }

    #[test]
    fn a_sum_from_a_body_placed_in_a_county_ties_nothing() {
        assert_eq!(
            regions("Föreningen har sökt 80 000 kronor från Länsstyrelsen i Dalarnas län."),
            [None]
        );
        assert_eq!(
            regions("Projektet får 1,5 miljoner kronor från stiftelsen inom Region Halland."),
            [None]
        );
        assert_eq!(
            regions("Det blir 2 miljoner kronor från staten till Region Halland i år."),
            [Some("Halland".into())]
        );
        assert_eq!(
            regions("Regeringen ger 3 miljoner kronor i Kronobergs län till lokala projekt."),
            [Some("Kronoberg".into())]
        );
    }

    #[test]
    fn a_county_that_ends_a_branch_name_in_a_list_row_is_no_region() {
        let text = "Så fördelas pengarna:\nFriluftsfrämjandet Gävleborg: 300 000 kr\n\
                    - Sensus Studieförbund Västmanlands län   80 tkr\n\
                    Region Kronoberg: 2 mnkr\nLänsstyrelsen Dalarna: 50 tkr\n";
        let names: Vec<String> = extract(text).regions.into_iter().map(|r| r.name).collect();
        assert_eq!(names, ["Kronoberg", "Dalarna"]);
    }

    #[test]
    fn a_row_labelled_with_a_body_named_after_its_county_ties_nothing() {
        let text = "Bidragen fördelas så här:\nFriluftsfrämjandet Dalarna: 300 000 kr\n\
                    - Naturskyddsföreningen Halland – 150 000 kr\n\
                    Sensus Studieförbund Gotland   80 tkr\n\
                    Region Halland: 2 mnkr\nGotland: 90 tkr\n\
                    Länsstyrelsen Dalarna: 50 tkr\n";
        assert_eq!(
            regions(text),
            [
                None,
                None,
                None,
                Some("Halland".into()),
                Some("Gotland".into()),
                Some("Dalarna".into())
            ]
        );
    }

    #[test]
    fn a_sum_for_a_list_of_regions_ties_to_none() {
        assert_eq!(
            regions("Staten ger 46 miljoner kronor till Region Norrbotten, Region Västerbotten och Region Jämtland Härjedalen."),
            [None]
        );
        assert_eq!(
            regions("Det blir 5 mkr till landstingen i Halland och Blekinge."),
            [None]
        );
        // One region, and then something else: the region receives.
        assert_eq!(
            regions("Det blir 5 mkr till Region Halland och resten till kommunerna."),
            [Some("Halland".into())]
        );
    }

    #[test]
    fn a_sum_set_off_by_commas_ties_as_without_them() {
        assert_eq!(
            regions("Resten, 4 miljoner kronor, går till Region Halland."),
            [Some("Halland".into())]
        );
        // A comma only after the sum parts it from what follows.
        assert_eq!(
            regions("Staten ger 4 miljoner kronor, till skillnad från Region Halland."),
            [None]
        );
    }

    #[test]
    fn a_second_predicate_with_an_adverb_after_its_verb() {
        assert_eq!(
            regions("Region Kronoberg nådde målen för 2011 och får därför 9 miljoner kronor."),
            [Some("Kronoberg".into())]
        );
        // The adverb is no licence for any verb: "och betalar därför" receives nothing.
        assert_eq!(
            regions("Region Kronoberg missade målen och betalar därför 9 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn a_part_of_the_money_and_the_sum_set_off_after_it() {
        assert_eq!(
            regions("Även Region Jämtland Härjedalen får del av medlen, 4,5 miljoner kronor."),
            [Some("Jämtland Härjedalen".into())]
        );
        assert_eq!(
            regions("Region Blekinge får en del av potten, 2 miljoner kronor, för sitt arbete."),
            [Some("Blekinge".into())]
        );
        // A part of something else, or a part the sum is no apposition to.
        assert_eq!(
            regions("Region Blekinge står för en del av kostnaden, 2 miljoner kronor."),
            [None]
        );
        assert_eq!(
            regions("Region Blekinge får del av Europeiska socialfonden, 2 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn the_largest_part_and_its_size_set_off_after_it() {
        assert_eq!(
            regions("Region Gävleborg får den största delen, 40 miljoner kronor, i år."),
            [Some("Gävleborg".into())]
        );
        assert_eq!(
            regions("Länsstyrelsen i Kalmar län tilldelas den minsta andelen av pengarna, 3 miljoner kronor."),
            [Some("Kalmar län".into())]
        );
        // A largest part the region pays, or of something else, ties nothing.
        assert_eq!(
            regions("Region Gävleborg står för den största delen, 40 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn a_region_placing_the_granting_body_takes_no_sum() {
        assert_eq!(
            regions(
                "I går beviljade styrelsen i Region Dalarna 12 miljoner kronor till tre projekt."
            ),
            [None]
        );
        // After a verb of receiving the body placed in the region receives.
        assert_eq!(
            regions("I år får Länsstyrelsen i Dalarnas län 8 miljoner kronor för tillsynen."),
            [Some("Dalarna".to_string())]
        );
        // The bare region before its sum, as a list line, still takes it.
        assert_eq!(
            regions("Fördelningen blir Region Dalarna 12 miljoner kronor och Region Värmland 9 miljoner kronor."),
            [Some("Dalarna".to_string()), Some("Värmland".to_string())]
        );
    }

    #[test]
    fn regions_and_sums_paired_by_respektive() {
        assert_eq!(
            regions("Region Halland och Region Kronoberg får 12 respektive 9 miljoner kronor."),
            [Some("Halland".into()), Some("Kronoberg".into())]
        );
        assert_eq!(
            regions("Dalarnas och Värmlands län får 4,5 respektive 3 miljoner kronor i år."),
            [Some("Dalarna".into()), Some("Värmland".into())]
        );
        assert_eq!(
            regions(
                "Region Halland, Region Blekinge och Region Kronoberg tilldelas 7, 5 respektive \
                 6 miljoner kronor."
            ),
            [
                Some("Halland".into()),
                Some("Blekinge".into()),
                Some("Kronoberg".into())
            ]
        );
        // One region and two sums: the pairing is with something else (years here), and
        // the one region receives both.
        assert_eq!(
            regions("Region Halland får 12 respektive 9 miljoner kronor 2024 och 2025."),
            [Some("Halland".into()), Some("Halland".into())]
        );
        // Regions that pay are no receivers.
        assert_eq!(
            regions("Region Halland och Region Kronoberg betalar 12 respektive 9 miljoner kronor."),
            [None, None]
        );
    }

    #[test]
    fn a_sum_in_brackets_after_a_region_is_its_share() {
        assert_eq!(
            regions("Mest går till Skåne län (52 miljoner kronor) och Region Halland (9 mnkr)."),
            [Some("Skåne".into()), Some("Halland".into())]
        );
        // A bracket that goes on after the sum is no share.
        assert_eq!(
            regions("Region Halland (varav 9 mnkr till kommunerna) tar emot patienter."),
            [None]
        );
    }

    #[test]
    fn an_adverb_after_the_verb_of_receiving_keeps_the_receiver() {
        assert_eq!(
            regions("Region Värmland får därmed 14 miljoner kronor."),
            [Some("Värmland".into())]
        );
        assert_eq!(
            regions("Landstinget i Kalmar län får också 3 miljoner kronor för jouren."),
            [Some("Kalmar län".into())]
        );
        assert_eq!(
            regions("Region Värmland får inte 14 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn an_additive_adverb_after_the_verb_of_receiving_keeps_the_receiver() {
        assert_eq!(
            regions("Region Kronoberg får dessutom 2,5 miljoner kronor för tolkar."),
            [Some("Kronoberg".into())]
        );
        assert_eq!(
            regions("Region Gotland får därtill 900 000 kronor från staten."),
            [Some("Gotland".into())]
        );
    }

    #[test]
    fn a_region_expecting_to_receive() {
        assert_eq!(
            regions("Region Kalmar län räknar med att få 48 miljoner kronor av satsningen."),
            [Some("Kalmar län".to_string())]
        );
        assert_eq!(
            regions("Region Kalmar län räknar med att betala 48 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn region_opening_the_sentence() {
        let text = "För 2018 fördelas 500 miljoner kronor. För Region Östergötland innebär detta 8,8 \
                    miljoner kronor. Efter redovisning kan ytterligare cirka 8,8 miljoner kronor utbetalas.";
        assert_eq!(regions(text), [None, Some("Östergötland".into()), None]);
    }

    #[test]
    fn region_opening_a_second_clause() {
        let text = "Region Kronoberg får 6 miljoner kronor, och till Region Halland går 12 \
                    miljoner kronor.";
        assert_eq!(
            regions(text),
            [Some("Kronoberg".into()), Some("Halland".into())]
        );
        // The clause must open with the preposition and the region.
        let text = "Kommunerna får 6 miljoner kronor, och vården i Region Halland kostar 12 miljoner kronor.";
        assert_eq!(regions(text), [None, None]);
    }

    #[test]
    fn a_region_receiving_in_inverted_word_order() {
        assert_eq!(
            regions("I år har Region Dalarna fått 12 miljoner kronor för ambulanser."),
            [Some("Dalarna".into())]
        );
        assert_eq!(
            regions("Hittills har Hallands län beviljats 3 miljoner kronor."),
            [Some("Halland".into())]
        );
        assert_eq!(
            regions("Nästa år väntas Region Dalarna få 14 miljoner kronor från staten."),
            [Some("Dalarna".into())]
        );
        assert_eq!(
            regions("Från 2026 kommer Region Halland att få 9 miljoner kronor per år."),
            [Some("Halland".into())]
        );
        // An infinitive without a modal verb before the region ties nothing.
        assert_eq!(
            regions("För att Region Dalarna få 14 miljoner kronor krävs ett beslut."),
            [None]
        );
        // Without the auxiliary before the region, a bare participle ties nothing.
        assert_eq!(
            regions("Pengar som Region Dalarna fått 12 miljoner kronor av, räcker inte."),
            [None]
        );
    }

    #[test]
    fn one_region_ties_one_sum_in_a_headline() {
        let text = "44 miljoner kronor till Region Östergötland och minst 8 miljoner kronor för en bättre cancervård";
        assert_eq!(regions(text), [Some("Östergötland".into()), None]);
    }

    #[test]
    fn region_receiving_the_sum() {
        assert_eq!(
            regions("Region Västerbotten får 25,6 miljoner kronor och Region Norrbotten får cirka 24 miljoner kronor."),
            [Some("Västerbotten".into()), Some("Norrbotten".into())]
        );
        assert_eq!(
            regions("Region Uppsala beräknas få omkring 115 miljoner kronor, medan Gotland får ca. 18 mkr."),
            [Some("Uppsala".into()), Some("Gotland".into())]
        );
        assert_eq!(
            regions(
                "Fördelningen: Region Skåne 50 miljoner kronor, Region Halland 20 miljoner kronor."
            ),
            [Some("Skåne".into()), Some("Halland".into())]
        );
        assert_eq!(
            regions("Region Dalarna: 15 miljoner kronor\nRegion Gävleborg: 17 mkr"),
            [Some("Dalarna".into()), Some("Gävleborg".into())]
        );
    }

    #[test]
    fn a_region_receiving_around_a_relative_clause() {
        assert_eq!(
            regions("Mest går till Region Dalarna, som får 9 miljoner kronor."),
            [Some("Dalarna".into())]
        );
        assert_eq!(
            regions("Region Skåne, som får 50 miljoner kronor, är nöjd."),
            [Some("Skåne".into())]
        );
        assert_eq!(
            regions("Region Halland, som har flest äldre invånare, får 61 miljoner kronor."),
            [Some("Halland".into())]
        );
        // A relative clause that does not receive, or a second subject, ties nothing.
        for text in [
            "Region Halland, som har en budget på 40 miljoner kronor, är nöjd.",
            "Region Halland, som har kritiserat förslaget, och kommunerna får 6 miljoner kronor.",
        ] {
            assert_eq!(regions(text), [None], "{text}");
        }
    }

    #[test]
    fn an_attribute_or_a_where_clause_on_the_region() {
        assert_eq!(
            regions("Region Västernorrland, med drygt 240 000 invånare, får 11 miljoner kronor."),
            [Some("Västernorrland".into())]
        );
        assert_eq!(
            regions("Landstinget Kronoberg, där väntetiderna är längst, får 4 miljoner kronor."),
            [Some("Kronoberg".into())]
        );
        // The attribute is no verb: "med" right before the sum ties nothing here.
        assert_eq!(
            regions("Störst blev satsningen i Region Halland, med 12 miljoner kronor från EU."),
            [None]
        );
    }

    #[test]
    fn a_dashed_list_line() {
        assert_eq!(
            regions("Så fördelas pengarna:\nRegion Halland – 5,2 miljoner kronor\n- Kalmar län - 3 miljoner kronor\n"),
            [Some("Halland".into()), Some("Kalmar län".into())]
        );
        // A dash inside a sentence opens an aside.
        assert_eq!(
            regions("Projektet i Region Halland – 5,2 miljoner kronor – är klart."),
            [None]
        );
    }

    #[test]
    fn an_allotment_and_an_adverbial_of_sequence() {
        assert_eq!(
            regions("Region Jönköpings läns tilldelning blir 41 miljoner kronor."),
            [Some("Jönköpings län".into())]
        );
        assert_eq!(
            regions("Landstinget Blekinge får i sin tur 6 miljoner kronor."),
            [Some("Blekinge".into())]
        );
        assert_eq!(
            regions("Region Kalmar län får nästan 30 miljoner kronor."),
            [Some("Kalmar län".into())]
        );
    }

    #[test]
    fn an_adverbial_between_the_region_and_its_verb_in_a_subordinate_clause() {
        assert_eq!(
            regions("Stödet växer, eftersom Region Värmland i år tilldelas 14 miljoner kronor ur potten."),
            [Some("Värmland".into())]
        );
        assert_eq!(
            regions("Planen gäller länet, där Landstinget Dalarna också får 7,5 miljoner kronor."),
            [Some("Dalarna".into())]
        );
        // Without a verb after the adverbial the sum is no share received.
        assert_eq!(
            regions("Kostnaderna ökar när Region Jönköpings län i år 19 miljoner kronor saknar."),
            [None]
        );
        // A negation is no adverb of the list: the region receives nothing.
        assert_eq!(
            regions("Det beror på att Region Blekinge inte får 5 miljoner kronor i år."),
            [None]
        );
    }

    #[test]
    fn a_sum_in_a_relative_clause_on_the_region() {
        // The clause's own sum is the region's budget or last year's money; the sum after
        // the verb is what the region receives now.
        assert_eq!(
            regions("Region Västmanland, vars kostnader i fjol uppgick till 40,5 miljoner kronor, får 12 miljoner kronor i år."),
            [None, Some("Västmanland".into())]
        );
        assert_eq!(
            regions("Landstinget Gävleborg, som fick 3 miljoner kronor förra året, får i år 4,5 miljoner kronor."),
            [Some("Gävleborg".into()), Some("Gävleborg".into())]
        );
        // A clause that closes before a second subject ties nothing after it.
        assert_eq!(
            regions("Region Halland, vars budget är 9 miljarder kronor, och kommunerna får 6 miljoner kronor."),
            [None, None]
        );
    }

    #[test]
    fn a_region_receiving_in_a_second_predicate() {
        assert_eq!(
            regions("Region Gävleborg nådde målen för 2019 och får 12 miljoner kronor."),
            [Some("Gävleborg".into())]
        );
        assert_eq!(
            regions("Region Gävleborg, som nådde målen, och kommunerna får 12 miljoner kronor."),
            [None]
        );
        assert_eq!(
            regions("Region Gävleborg nådde målen och Region Dalarna får 12 miljoner kronor."),
            [Some("Dalarna".into())]
        );
    }

    #[test]
    fn a_county_as_a_place_receives_nothing() {
        assert_eq!(
            regions("I Halland byggs en ny väg för 90 miljoner kronor."),
            [None]
        );
        assert_eq!(
            regions("För Halland innebär det 20 miljoner kronor."),
            [Some("Halland".into())]
        );
    }

    #[test]
    fn a_share_stated_for_a_period_ties_its_size() {
        assert_eq!(
        regions("Region Gävleborgs andel för 2024 är 31 miljoner kronor. Region Dalarnas andel i år blir 28 miljoner kronor. Region Kalmar läns andel 2023 uppgår till 19 miljoner kronor."),
        [Some("Gävleborg".into()), Some("Dalarna".into()), Some("Kalmar län".into())]
    );
        // A sentence about something else after "andel för" ties nothing.
        assert_eq!(
            regions("Region Gävleborgs andel för vården ökar och kostar 31 miljoner kronor."),
            [None]
        );
    }

    #[test]
    fn a_named_regions_share() {
        assert_eq!(
            regions("Region Kalmar läns andel blir 40 miljoner kronor. Region Skånes andel uppgår till 1,2 miljarder kronor."),
            [Some("Kalmar län".into()), Some("Skåne".into())]
        );
        // What the share is of may stand between the share and its verb.
        assert_eq!(
            regions("Region Hallands andel av statens satsning på kortare köer blir 14 miljoner kronor."),
            [Some("Halland".into())]
        );
        // A share of a cost is paid, not received.
        assert_eq!(
            regions("Region Hallands andel av kostnaden för banan är 14 miljoner kronor."),
            [None]
        );
        assert_eq!(
            regions(
                "Region Skånes andel av satsningen, som totalt är 3 miljarder kronor, är okänd."
            ),
            [None]
        );
    }

    #[test]
    fn region_not_receiving_the_sum() {
        for text in [
            "Region Skånes budget är 50 miljoner kronor.",
            "Region Skåne har i dag 50 miljoner kronor i reserv.",
            "Region Skåne: Vi har fått 50 miljoner kronor.",
            "I Region Skåne bor 1,4 miljoner. Staten ger 5 miljoner kronor.",
            "Region Skåne får 5 miljoner kronor och 3 miljoner kronor går till forskning.",
        ] {
            let found = regions(text);
            assert!(
                found
                    .iter()
                    .skip(usize::from(text.contains("får 5")))
                    .all(Option::is_none),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn the_regions_share_is_the_region_named_before() {
        let text = "Region Kalmar län och Trafikverket bygger om vägen. Regionens kostnad blir \
                    40 mkr i år, och nästa år tillkommer 15 mkr.";
        assert_eq!(
            regions(text),
            [Some("Kalmar län".into()), Some("Kalmar län".into())]
        );
        // A region named in another paragraph, or none, ties nothing.
        let text = "Region Kalmar län bygger om vägen.\n\nRegionens kostnad blir 40 mkr.";
        assert_eq!(regions(text), [None]);
        assert_eq!(regions("Regionens kostnad blir 40 mkr."), [None]);
    }

    #[test]
    fn the_regions_own_budget_is_not_a_sum_it_receives() {
        let text =
            "Region Västmanland får 15 miljoner kronor. Regionens budget är 12 miljarder kronor.";
        assert_eq!(regions(text), [Some("Västmanland".into()), None]);
        let text = "Landstinget Blekinge får 4 mkr. Landstingets samlade resultat blev 95 mkr.";
        assert_eq!(regions(text), [Some("Blekinge".into()), None]);
        let text = "Region Gotland får 6 mkr. Regionens andel av resten är 2 mkr.";
        assert_eq!(
            regions(text),
            [Some("Gotland".into()), Some("Gotland".into())]
        );
    }

    #[test]
    fn a_body_named_by_its_kind_and_county_receives_for_itself() {
        assert_eq!(
            regions("Samordningsförbundet i Kalmar län har fått 1,2 miljoner kronor."),
            [None]
        );
        assert_eq!(
            regions("Hushållningssällskapet i Halland får 300 000 kronor för rådgivning."),
            [None]
        );
        assert_eq!(
            regions("Länsstyrelsen i Kalmar län får 1,2 miljoner kronor."),
            [Some("Kalmar län".into())]
        );
    }

    #[test]
    fn a_sum_sizing_a_regions_result_after_it_ties_nothing() {
        assert_eq!(
            regions("Överskott på 90 miljoner kronor för Region Kronoberg"),
            [None]
        );
        assert_eq!(
            regions("Bokslutet visar ett underskott på 40 miljoner kronor för Region Gotland."),
            [None]
        );
        assert_eq!(
            regions("Staten ger ett bidrag på 40 miljoner kronor för Region Gotland."),
            [Some("Gotland".into())]
        );
        // The noun is read back to the character before it, which may take two bytes.
        assert_eq!(
            regions("Bokslutet visar ·underskott på 40 miljoner kronor för Region Gotland."),
            [None]
        );
    }

    #[test]
    fn landstinget_and_lan_aliases_tie_too() {
        assert_eq!(
            regions("Regeringen ger 10 mkr till landstinget i Östergötland."),
            [Some("Östergötland".into())]
        );
        assert_eq!(
            regions("Regeringen ger 10 mkr till Västra Götalandsregionen."),
            [Some("Västra Götaland".into())]
        );
    }

    #[test]
    fn a_county_council_in_the_genitive_or_with_i_receives_its_sum() {
        for (text, region) in [
            (
                "Sörmlands landsting fick 12 miljoner kronor.",
                Some("Sörmland"),
            ),
            (
                "Landstinget i Sörmland får 12 miljoner kronor.",
                Some("Sörmland"),
            ),
            (
                "Regeringen ger 4 mkr till Sörmlands landsting.",
                Some("Sörmland"),
            ),
            ("Dalarnas regionförbund tilldelas 3 mkr.", Some("Dalarna")),
            // The county seat's genitive names the county council too.
            ("Stockholms landsting får 50 mkr.", Some("Stockholm")),
            // A sum the council spends or owns is not one it receives.
            ("Sörmlands landstings budget är 12 miljoner kronor.", None),
        ] {
            assert_eq!(regions(text), [region.map(str::to_string)], "{text}");
        }
    }
}
