//! Agreements made as contracts between public bodies: "ett avtal med SKR om X",
//! "Malmö stad och Trafikverket har tecknat ett avtal om X" (the state's side and a
//! region or municipality, or two agencies, or two states), and contracts of a kind
//! public bodies make with each other ("ett samverkansavtal om X") between any two of
//! them, a region and a municipality too, as is a plain "avtal" between those on care or
//! on funding a task together (a grant to an institution too), on a task the
//! municipalities hold by law (water supply, rescue services) or handing the
//! responsibility for a task over. In a release that has
//! named an agreement, "ett avtal med X om Y" with no subject binds its sender to X.
//! Contracts with firms or staff, and purchases of goods, are no such agreements.

use super::agreed::{names_any, push, AgreementKind, SECTOR, SECTOR_INDEFINITE_PLURALS, STATE};
use super::{care_compounds, Mention};
use crate::text::{
    alphanumeric_run_start, char_before, sentence_end, sentence_start, wrapped_line_start,
};

/// Most bytes between "avtal" and the "om" before its topic (the parties).
pub(super) const LONGEST_PARTIES: usize = 80;

/// The first [`LONGEST_PARTIES`] characters of `parties`, where a contract's parties
/// are read.
pub(super) fn parties_window(parties: &str) -> &str {
    let end = parties
        .char_indices()
        .nth(LONGEST_PARTIES)
        .map_or(parties.len(), |(i, _)| i);
    &parties[..end]
}

/// What "Avtal med SKR om X" is reported as.
pub(super) const CONTRACT_PREFIX: &str = "Avtal om ";

/// Mentions of contracts between public bodies, added to `out`: "avtal", "Avtal",
/// "avtalet", "Avtalet" and the compounds of [`CONTRACT_KINDS`], followed by their
/// parties and "om", are looked for where "vtal" stands (`vtal`).
pub(super) fn mentions<'t>(text: &'t str, vtal: &[usize], out: &mut Vec<Mention<'t>>) {
    let bytes = text.as_bytes();
    for &vtal in vtal {
        let Some(at) = vtal.checked_sub(1) else {
            continue;
        };
        if !matches!(bytes[at], b'a' | b'A') {
            continue;
        }
        // "avtal", or one of the compounds public bodies name their contracts by.
        let (start, kind) = if char_before(text, at).is_some_and(char::is_alphabetic) {
            match contract_compound(text, at) {
                Some(found) => found,
                None => {
                    care_compounds::mention(text, at, out);
                    continue;
                }
            }
        } else {
            (at, CONTRACT_PREFIX)
        };
        let compound = kind != CONTRACT_PREFIX;
        let Some(om) = contract_topic_start(text, start, vtal + "vtal".len(), compound) else {
            continue;
        };
        // "ett ramavtal för X" is reported as the text names it, by its "för".
        let reported = if text[..om].ends_with(NAMED_FOR) {
            named_for(kind)
        } else {
            kind
        };
        if is_purchase(&text[om..]) {
            continue;
        }
        let mut head = &text[sentence_start(text, start)..om];
        let mut parties = public_parties(head);
        if parties.all == 0 {
            if let Some(wrapped) = wrapped_line_start(text, om - head.len()) {
                head = &text[wrapped..om];
                parties = public_parties(head);
            }
        }
        if parties.all == 0 {
            parties = parties_after_passive(text, om);
        }
        if parties.all == 0 {
            parties = parties_in_next_sentence(text, om);
        }
        if parties.all == 0 {
            parties = parties_in_relative_clause(text, om);
        }
        if parties.all == 0 {
            parties = parties_agreed_before(text, start);
        }
        if parties.all == 1 {
            parties.all += parties_together_after(text, om).all;
        }
        if parties.all == 0 && is_cooperation(kind) && within_care_region(text, om) {
            parties.all = 2;
        }
        if kind == NATIONAL_PREFIX {
            parties.all = parties.all.max(2);
        }
        // "Ett nytt avtal med Naturvårdsverket om …" names one party, after "med", and no
        // subject; in a release that has already named an agreement, the sender that
        // names it is the other. A framework contract is as often a purchase: not so.
        let sender_is_party = || {
            kind != FRAMEWORK_PREFIX
                && is_with_one(text, vtal)
                && public_parties(&text[sentence_start(text, start)..start]).all == 0
                && out.iter().any(|m| m.span.start < start)
        };
        if parties.all == 1 && sender_is_party() {
            parties.all = 2;
        }
        // "Regionerna har tecknat ett samverkansavtal om …": the plural subject is
        // several public bodies, which a contract of cooperation binds to each other.
        if parties.all == 1 && is_cooperation(kind) && names_several_of_sector(head) {
            parties.all = 2;
        }
        // "Regionen har ett samverkansavtal med Gotlands Hemslöjdsförening om …": a
        // contract of cooperation binds a public body to the named body after "med",
        // public or not.
        if parties.all == 1
            && is_cooperation(kind)
            && (with_named_body(text, vtal) || with_named_body_after_topic(text, om))
        {
            parties.all = 2;
        }
        // "Sjöräddningssällskapet och Sjöfartsverket har tecknat ett avtal om …": a
        // voluntary society of the subject is the public body's other party; in a
        // contract of cooperation, also one the subject names again by its common noun
        // ("kommunen och föreningen har tecknat ett samverkansavtal om …").
        if parties.all == 1
            && (names_society(head) || (is_cooperation(kind) && names_society_again(head)))
        {
            parties.all = 2;
        }
        let parties_known =
            || out.iter().any(|m| m.span.start < start) && starts_with_parties(head);
        // A plain "avtal" between a region and a municipality may be any contract
        // (premises, parking); one of a kind public bodies make, or one with the
        // state's side, is an agreement between them.
        let public = parties.all >= 2
            && (kind != CONTRACT_PREFIX
                || parties.state > 0
                || is_care(&text[om..])
                || is_public_transport(&text[om..])
                || is_joint_funding(&text[om..])
                || is_statutory_task(&text[om..])
                || is_task_transfer(&text[om..])
                || is_joint_committee(&text[om..]));
        let with_sector = || names_any(head, SECTOR) || names_any(head, SECTOR_INDEFINITE_PLURALS);
        let titled = (kind == CONTRACT_PREFIX && is_title_after_a_word(text, start))
            || is_quoted_title(text, start);
        if names_any(head, STATE) && with_sector() || public || parties_known() || titled {
            push(text, start, om, AgreementKind::Contract(reported), out);
        }
    }
}

/// True when the "avtal" whose "vtal" stands at `vtal` brings in its party with "med"
/// ("ett avtal med X om", "avtalet med X om"): the writer is the other party.
fn is_with_one(text: &str, vtal: usize) -> bool {
    let rest = text.get(vtal + "vtal".len()..).unwrap_or_default();
    rest.strip_prefix("et").unwrap_or(rest).starts_with(" med ")
}

/// True when the "avtal" whose "vtal" stands at `vtal` brings in its other party with
/// "med" and a capitalized name that is no firm's ("samverkansavtal med
/// Kustbevakningen om", "… med Gotlands Hemslöjdsförening om"; not "… med Lernia AB om").
fn with_named_body(text: &str, vtal: usize) -> bool {
    let rest = text.get(vtal + "vtal".len()..).unwrap_or_default();
    let rest = rest.strip_prefix("et").unwrap_or(rest);
    let Some(named) = rest.strip_prefix(" med ") else {
        return false;
    };
    let name = parties_window(named);
    is_named_body(name.split(" om ").next().unwrap_or(name))
}

/// True when the sentence of a contract whose topic starts at `topic_start` brings in
/// the other party with "med" after the topic ("ett samverkansavtal om X med Smålands
/// Idrottsförbund"), by a capitalized name that is no firm's ([`is_named_body`]).
fn with_named_body_after_topic(text: &str, topic_start: usize) -> bool {
    named_after_topic(text, topic_start).is_some_and(|named| is_named_body(parties_window(named)))
}

/// True for a capitalized name that is no firm's: a body, public or not.
fn is_named_body(name: &str) -> bool {
    name.starts_with(char::is_uppercase)
        && !name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "AB")
}

/// Endings of the names of voluntary societies and associations, alone or in a
/// compound ("Sjöräddningssällskapet", "Gotlands Hemslöjdsförening", "föreningen"): a
/// non-profit body that takes on a public task by contract with an agency, a region or
/// a municipality, where a firm sells its services.
const SOCIETIES: [&str; 2] = ["sällskap", "förening"];

/// True when `head` names a voluntary society ([`SOCIETIES`]) by a capitalized word.
fn names_society(head: &str) -> bool {
    head.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.starts_with(char::is_uppercase)
            && SOCIETIES.iter().any(|s| {
                w.strip_suffix("et")
                    .or(w.strip_suffix("en"))
                    .unwrap_or(w)
                    .ends_with(s)
            })
    })
}

/// True when `head` names a voluntary society again by its definite common noun
/// ([`SOCIETIES`]: "föreningen", "sällskapet"), as a release does after naming it.
fn names_society_again(head: &str) -> bool {
    head.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let stem = w.strip_suffix("et").or(w.strip_suffix("en"));
        SOCIETIES.iter().any(|s| stem == Some(s))
    })
}

/// How the topic of a joint committee opens: "avtalet om den gemensamma nämnden för vård
/// och omsorg", "ett avtal om en gemensam nämnd för hjälpmedel". A municipality and a
/// region (or several municipalities) set up a joint committee by law only by such an
/// agreement between them, so it binds public bodies as care does.
const JOINT_COMMITTEES: [&str; 3] = [
    "den gemensamma nämnden",
    "en gemensam nämnd",
    "gemensam nämnd",
];

/// True when the topic from the start of `topic` is a joint committee
/// ([`JOINT_COMMITTEES`]).
fn is_joint_committee(topic: &str) -> bool {
    JOINT_COMMITTEES.iter().any(|c| topic.starts_with(c))
}

/// The word that brings in the topic of a compound contract named by what it covers
/// rather than what it is about: "ett ramavtal för ungdomsmottagningarna i X",
/// "Samverkansavtal för krisberedskap i Y". A plain "avtal för" is not read: it is as
/// often "avtal för 2020" or an "avtal för alla".
const NAMED_FOR: &str = " för ";

/// The prefix a compound contract of `kind` ([`CONTRACT_KINDS`]) is reported by when
/// its topic follows [`NAMED_FOR`]: "Ramavtal om " becomes "Ramavtal för ".
fn named_for(kind: &'static str) -> &'static str {
    match kind {
        "Samverkansavtal om " => "Samverkansavtal för ",
        "Samarbetsavtal om " => "Samarbetsavtal för ",
        FRAMEWORK_PREFIX => "Ramavtal för ",
        NATIONAL_PREFIX => "Riksavtal för ",
        "Tilläggsavtal om " => "Tilläggsavtal för ",
        "Medfinansieringsavtal om " => "Medfinansieringsavtal för ",
        _ => kind,
    }
}

/// True for a contract of cooperation ("samverkansavtal", "samarbetsavtal"): the kind
/// public bodies make with each other, however many of them one plural word names.
fn is_cooperation(kind: &str) -> bool {
    kind.starts_with("Samverkans") || kind.starts_with("Samarbets")
}

/// The word a healthcare region is named by in every form ("Uppsala–Örebro
/// sjukvårdsregion", "i norra sjukvårdsregionen"), and the compounds on it.
const CARE_REGION: &str = "sjukvårdsregion";

/// True when the sentence of a contract whose topic starts at `topic_start` places it in a
/// healthcare region ([`CARE_REGION`]): "samverkansavtalet om X inom Uppsala–Örebro
/// sjukvårdsregion". Each of the six healthcare regions is a group of regions that the
/// law has cooperate on specialized care, so a contract of cooperation made within one
/// binds those regions, though its sentence names none of them.
fn within_care_region(text: &str, topic_start: usize) -> bool {
    text[topic_start..sentence_end(text, topic_start)].contains(CARE_REGION)
}

/// True when `head` names several regions or municipalities by one plural word: a
/// definite plural of [`SECTOR`] ("Regionerna i norra Sverige", "landstingen") or one
/// of [`SECTOR_INDEFINITE_PLURALS`].
fn names_several_of_sector(head: &str) -> bool {
    SECTOR
        .iter()
        .filter(|w| w.ends_with("erna") || w.ends_with("ingen"))
        .any(|w| head.contains(w))
        || names_any(head, SECTOR_INDEFINITE_PLURALS)
}

/// Most words of a contract's topic read for what it is about.
const CARE_TOPIC_WORDS: usize = 4;

/// True when the topic from the start of `topic` is care ("högspecialiserad vård för
/// …", "hälso- och sjukvård i hemmet", "tandvården", rehabilitation:
/// [`is_rehabilitation`]) or, as its first noun, a part of
/// care named by a compound on "vård" ("gemensam vårddokumentation", "vårdplanering";
/// not "vårdnad", custody): a task the regions and municipalities hold by law, so a
/// plain "avtal" on it between two of them is an agreement between public bodies, as
/// premises or parking are not (a compound further on, "lokaler för vårdcentralen",
/// says where, not what).
fn is_care(topic: &str) -> bool {
    topic_words(topic).any(|w| w.ends_with("vård") || w.ends_with("vården") || is_rehabilitation(w))
        || topic_words(topic)
            .take(FIRST_NOUN_WORDS)
            .any(|w| w.starts_with("vård") && !w.starts_with("vårdnad"))
}

/// The endings of the words for habilitation and rehabilitation, alone or in a compound
/// ("rehabilitering", "strokerehabiliteringen", "habilitering"): care the regions hold
/// by law as they hold treatment, named without a compound on "vård".
const REHABILITATION: [&str; 2] = ["habilitering", "habiliteringen"];

/// True when `word` names habilitation or rehabilitation ([`REHABILITATION`]).
fn is_rehabilitation(word: &str) -> bool {
    REHABILITATION.iter().any(|e| word.ends_with(e))
}

/// Words of a topic's first noun with the adjective before it ("gemensam
/// vårddokumentation").
const FIRST_NOUN_WORDS: usize = 2;

/// True when the topic from the start of `topic` is public transport ("stadstrafiken i
/// X", "kollektivtrafik på landsbygden", "busstrafiken"): the region is its public
/// transport authority by law and runs it with the municipalities, so a plain "avtal" on
/// it between them is an agreement between public bodies, as care is.
fn is_public_transport(topic: &str) -> bool {
    topic_words(topic).any(|w| w.ends_with("trafik") || w.ends_with("trafiken"))
}

/// The first [`CARE_TOPIC_WORDS`] words of `topic`, without the punctuation after them.
fn topic_words(topic: &str) -> impl Iterator<Item = &str> {
    topic
        .split_whitespace()
        .take(CARE_TOPIC_WORDS)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
}

/// True when the topic from the start of `topic` is the funding of something
/// ("gemensam finansiering av nya pendelparkeringar", "medfinansiering av en ny
/// busslinje", "finansieringen av …"): public bodies that pay together for a public task
/// make an agreement between them, as a lease or a purchase between them is not. So do
/// bodies that run a public service together ("gemensam drift av hjälpmedelsverksamheten",
/// "gemensam drift av en räddningstjänst"): "gemensam drift" opens the topic. A grant
/// they pay toward a public institution ("driftsbidrag till länsmuseet", "bidraget till
/// en gemensam musikskola") is such funding too.
fn is_joint_funding(topic: &str) -> bool {
    topic.starts_with(JOINT_OPERATION)
        || topic_words(topic).any(|w| w.contains("finansiering") || is_grant(w))
}

/// True for a word naming a grant: "bidrag" or a compound on it, in any form
/// ("driftsbidrag", "bidraget", "verksamhetsbidragen"); not "bidragit" (a verb).
fn is_grant(word: &str) -> bool {
    ["bidrag", "bidraget", "bidragen"]
        .iter()
        .any(|form| word.ends_with(form))
}

/// Endings of the words for tasks the municipalities hold by law, alone or in a compound
/// ("vattenförsörjning", "nödvattenförsörjningen", "räddningstjänst", "gemensam
/// räddningstjänst"): water supply (the Water Services Act) and rescue services (the
/// Civil Protection Act), which municipalities share with each other, with a region or
/// across a border by contract.
const STATUTORY_TASKS: [&str; 4] = [
    "vattenförsörjning",
    "vattenförsörjningen",
    "räddningstjänst",
    "räddningstjänsten",
];

/// True when the topic from the start of `topic` is a task of [`STATUTORY_TASKS`]: a
/// plain "avtal" on it between two public bodies is an agreement between them, as one on
/// care or public transport is.
fn is_statutory_task(topic: &str) -> bool {
    topic_words(topic).any(|w| STATUTORY_TASKS.iter().any(|t| w.ends_with(t)))
}

/// The words a topic opens with that hands a task over: "överlåtelse av ansvaret för
/// färdtjänsten", "övertagande av huvudmannaskapet för hemsjukvården".
const TRANSFERS: [&str; 3] = ["överlåtelse av ", "övertagande av ", "överföring av "];

/// What is handed over after [`TRANSFERS`]: the responsibility for a task, which only a
/// public body holds.
const RESPONSIBILITIES: [&str; 2] = ["ansvaret ", "huvudmannaskapet "];

/// True when the topic from the start of `topic` hands the responsibility for a task
/// from one body to another ([`TRANSFERS`], [`RESPONSIBILITIES`]): between public
/// bodies, a task the law gives them moves by such a contract, so it is an agreement
/// between them ("Regionen och kommunerna har tecknat avtal om överlåtelse av ansvaret
/// för färdtjänsten"); the handing over of premises or goods names no responsibility.
fn is_task_transfer(topic: &str) -> bool {
    TRANSFERS.iter().any(|t| {
        topic
            .strip_prefix(t)
            .is_some_and(|rest| RESPONSIBILITIES.iter().any(|r| rest.starts_with(r)))
    })
}

/// The words a topic that buys goods or services opens with: "köp av ambulanser",
/// "inköp av skyddsutrustning", "leverans av vaccin", "leveranser av …".
const PURCHASE_TOPICS: [&str; 4] = ["köp av ", "inköp av ", "leverans av ", "leveranser av "];

/// True when the topic from the start of `topic` is a purchase or a delivery of goods: a
/// commercial contract, whoever its parties are (a public body may sell, too), as a lease
/// is; no agreement between public bodies.
fn is_purchase(topic: &str) -> bool {
    PURCHASE_TOPICS.iter().any(|p| topic.starts_with(p))
}

/// The words a topic of running a service together opens with.
const JOINT_OPERATION: &str = "gemensam drift ";

/// The words that bring in a contract's topic right after "avtal[et]": "om", and the
/// prepositions of official prose that mean the same ("ett avtal gällande …", "avtalet
/// rörande …", "avseende").
const TOPIC_WORDS: [&str; 4] = [" om ", " gällande ", " rörande ", " avseende "];

/// Participles of the verbs a contract is made by, in the passive: "Ett avtal om X har i
/// dag tecknats mellan A och B".
const MADE_PASSIVE: &[&str] = &[
    "tecknats",
    "undertecknats",
    "slutits",
    "ingåtts",
    "träffats",
];

/// The parties of a contract named before them, as the subject of a passive verb of
/// [`MADE_PASSIVE`] and "mellan": "Ett avtal om sanering av X har i dag tecknats mellan
/// Naturvårdsverket, Länsstyrelsen i Y län och Z kommun" (from `topic_start` to the end
/// of its sentence). No parties where the sentence has no such verb before "mellan".
fn parties_after_passive(text: &str, topic_start: usize) -> Parties {
    let none = Parties { all: 0, state: 0 };
    let rest = &text[topic_start..sentence_end(text, topic_start)];
    let Some(between) = rest.find(" mellan ") else {
        return none;
    };
    let made = rest[..between]
        .rsplit(' ')
        .take(3)
        .any(|word| MADE_PASSIVE.contains(&word));
    if made {
        public_parties(&rest[between..])
    } else {
        none
    }
}

/// What brings in the other parties of a contract after its topic, when its subject
/// names one: "Regionen har tecknat ett avtal om X tillsammans med Region Y", and "med"
/// alone in that place ("Kommunen har tecknat ett samverkansavtal om X med regionen"):
/// the word order of a sentence that puts the topic before the other party. A "med"
/// inside the topic ("vård för personer med demens") brings in no public body, and the
/// bodies after it are what is counted.
const WITH: &str = " med ";

/// The parties a contract's sentence brings in after its topic by [`WITH`] (from
/// `topic_start` to the end of its sentence, or to a relative clause on the contract,
/// whose own subject is a party and which is read apart, [`parties_in_relative_clause`]:
/// "enligt det avtal om X som bolaget har med Y kommun" binds the firm, not the main
/// clause's subject): the subject before the contract is one party, these the others.
/// No parties where the sentence has no such word.
fn parties_together_after(text: &str, topic_start: usize) -> Parties {
    named_after_topic(text, topic_start).map_or(Parties { all: 0, state: 0 }, public_parties)
}

/// What a contract's sentence names after its topic by [`WITH`], up to the sentence's
/// end or a relative clause on the contract ([`parties_together_after`]).
fn named_after_topic(text: &str, topic_start: usize) -> Option<&str> {
    let rest = &text[topic_start..sentence_end(text, topic_start)];
    let rest = rest.find(" som ").map_or(rest, |som| &rest[..som]);
    rest.find(WITH).map(|at| &rest[at + WITH.len()..])
}

/// Verbs of making a contract in the active, as they stand after its parties in a
/// relative clause on it ("det avtal om X som A och B tecknade", "… som A och B har
/// slutit") or right before a bare contract noun as its object ("A och B har tecknat
/// avtal om X").
const MADE_ACTIVE: &[&str] = &[
    "tecknade",
    "tecknat",
    "tecknar",
    "slöt",
    "slutit",
    "sluter",
    "ingick",
    "ingått",
    "ingår",
    "undertecknade",
    "undertecknat",
    "undertecknar",
];

/// The parties of a contract named in a relative clause after its topic: "det avtal om
/// nödvattenförsörjning som Mörbylånga kommun och Kalmar kommun tecknade förra året"
/// (from `topic_start` to the end of its sentence). The clause opens with "som" and its
/// subject, the parties, ends at a verb of [`MADE_ACTIVE`] or the "har" before one,
/// within [`LONGEST_PARTIES`] bytes. No parties where no such clause follows.
fn parties_in_relative_clause(text: &str, topic_start: usize) -> Parties {
    let none = Parties { all: 0, state: 0 };
    let rest = &text[topic_start..sentence_end(text, topic_start)];
    let Some(som) = rest.find(" som ") else {
        return none;
    };
    let clause = parties_window(&rest[som + " som ".len()..]);
    let mut at = 0;
    for word in clause.split(' ') {
        if MADE_ACTIVE.contains(&word) || word == "har" {
            return public_parties(&clause[..at]);
        }
        at += word.len() + 1;
    }
    none
}

/// How the sentence after a contract's may open when it names the contract's parties:
/// the definite contract word, then a passive verb of making it and "med" or "mellan"
/// ("Avtalet tecknas med Region X och Region Y").
const NEXT_SENTENCE_OPENINGS: [&str; 2] = ["Avtalet ", "Samverkansavtalet "];

/// The parties of a contract whose sentence names none ("Ett nytt samverkansavtal om X
/// godkändes."), named by the next sentence, which opens with the definite contract
/// word ([`NEXT_SENTENCE_OPENINGS`]) and brings them in by "med" or "mellan" (from
/// `topic_start`). No parties where that sentence opens otherwise.
fn parties_in_next_sentence(text: &str, topic_start: usize) -> Parties {
    let none = Parties { all: 0, state: 0 };
    let next_start = sentence_end(text, topic_start);
    let Some(next) = text.get(next_start..) else {
        return none;
    };
    let next = next.trim_start();
    if !NEXT_SENTENCE_OPENINGS.iter().any(|o| next.starts_with(o)) {
        return none;
    }
    let offset = text.len() - next.len();
    let sentence = &text[offset..sentence_end(text, offset)];
    match sentence.find(" med ").or_else(|| sentence.find(" mellan ")) {
        Some(at) => public_parties(&sentence[at..]),
        None => none,
    }
}

/// The definite contract word that opens a sentence and refers to what the sentence
/// before agreed.
const AGREED_OPENING: &str = "Avtalet ";

/// Verbs of coming to an agreement: the subject before one is the parties of what was
/// agreed.
const AGREED_VERBS: [&str; 5] = [
    " har kommit överens",
    " kom överens",
    " är överens",
    " har enats",
    " enades",
];

/// "Staten och SKL har kommit överens om X. Avtalet om Y 2009 ger …": the parties of a
/// contract named by the definite "Avtalet" (at `start`, opening its sentence) are the
/// subject of the sentence right before it when that sentence says they came to an
/// agreement ([`AGREED_VERBS`]). Asked only of a contract none of whose parties its own
/// sentence names, and only where "Avtalet" opens a sentence, so the search is short.
fn parties_agreed_before(text: &str, start: usize) -> Parties {
    let none = Parties { all: 0, state: 0 };
    if !text[start..].starts_with(AGREED_OPENING) || sentence_start(text, start) != start {
        return none;
    }
    let before = text[..start].trim_end();
    if !before.ends_with('.') || before.len() < 2 {
        return none;
    }
    let sentence = &before[sentence_start(text, before.len() - 1)..];
    match AGREED_VERBS.iter().find_map(|verb| sentence.find(verb)) {
        Some(at) => public_parties(&sentence[..at]),
        None => none,
    }
}

/// Compounds on "-avtal" that name a contract between public bodies by its kind, and
/// how such a contract is reported: "ett samverkansavtal om …" between a region and a
/// municipality or two agencies, "ett ramavtal om …" and "ett tilläggsavtal om …"
/// between the state, a region and municipalities. Contracts of other kinds
/// ("kollektivavtal", "hyresavtal") are no agreements between public bodies.
const CONTRACT_KINDS: [(&str, &str); 6] = [
    ("samverkans", "Samverkansavtal om "),
    ("samarbets", "Samarbetsavtal om "),
    ("ram", FRAMEWORK_PREFIX),
    ("tilläggs", "Tilläggsavtal om "),
    ("medfinansierings", "Medfinansieringsavtal om "),
    ("riks", NATIONAL_PREFIX),
];

/// What a national contract ("riksavtalet för utomlänsvård") is reported as: one that
/// all regions (or all of a sector's bodies) make together, so its parties are public
/// bodies whichever the sentence names.
const NATIONAL_PREFIX: &str = "Riksavtal om ";

/// What a framework contract ("ramavtal") is reported as.
const FRAMEWORK_PREFIX: &str = "Ramavtal om ";

/// The start of the [`CONTRACT_KINDS`] compound whose "avtal" stands at `at`, and the
/// prefix it is reported by.
fn contract_compound(text: &str, at: usize) -> Option<(usize, &'static str)> {
    CONTRACT_KINDS.iter().find_map(|&(stem, prefix)| {
        let start = at.checked_sub(stem.len())?;
        let written = text.get(start..at)?;
        // Every stem starts with an ASCII letter, written in either case.
        let (written, stem) = (written.as_bytes(), stem.as_bytes());
        let same = written[0].to_ascii_lowercase() == stem[0] && written[1..] == stem[1..];
        (same && !char_before(text, start).is_some_and(char::is_alphabetic))
            .then_some((start, prefix))
    })
}

/// Words naming a public party of a contract besides [`STATE`] and [`SECTOR`]: Sweden
/// and the states it signs contracts with most (its neighbours around the Baltic), of
/// the state's side.
const STATES: &[&str] = &[
    "Sverige", "Norge", "Danmark", "Finland", "Island", "Estland", "Lettland", "Litauen", "Polen",
    "Tyskland",
];

/// The word a county board's name holds in every form ("Länsstyrelsen i X län",
/// "länsstyrelsen", "länsstyrelserna"): the state's authority in its county, of the
/// state's side when it makes an agreement with a region, a municipality or an agency.
const COUNTY_BOARD: &[&str] = &["änsstyrelse"];

/// The words a rescue service's name holds ("Räddningstjänsten Syd", "Södra Älvsborgs
/// Räddningstjänstförbund", "Lapplands räddningsverk"): a municipality's service, an
/// association of municipalities or a foreign regional authority, a public party of
/// the sector's side.
const RESCUE_SERVICES: &[&str] = &["äddningstjänst", "äddningsverk"];

/// Public parties a sentence names: all of them, and those of the state's side.
pub(super) struct Parties {
    pub(super) all: usize,
    pub(super) state: usize,
}

/// The public parties `head` names: the state's side (the government, the state,
/// states ([`STATES`]), county boards ([`COUNTY_BOARD`]) and state agencies of the list
/// in `data/agencies.txt` named in one word, "Tullverket", "MSB") and regions and
/// municipalities ([`SECTOR`]) and rescue services ([`RESCUE_SERVICES`]), each
/// counted once however many of these words it holds ("Sveriges Kommuner och
/// Regioner" is one).
pub(super) fn public_parties(head: &str) -> Parties {
    // (start, end, of the state's side) of each word naming a party.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    for (parties, state) in [
        (STATE, true),
        (STATES, true),
        (COUNTY_BOARD, true),
        (SECTOR, false),
        (RESCUE_SERVICES, false),
    ] {
        for party in parties {
            for (i, _) in head.match_indices(party) {
                let (start, end) = word_bounds(head, i, i + party.len());
                if parties == STATES && !names_a_state(head, i, start, end) {
                    continue;
                }
                words.push((start, end, state));
            }
        }
    }
    for word in head.split(|c: char| !c.is_alphanumeric()) {
        // The word's own offset: the separators split on may be wider than one byte.
        let start = word.as_ptr() as usize - head.as_ptr() as usize;
        if word.starts_with(char::is_uppercase) {
            if let Some(end) = agency_name_end(head, start, word.len()) {
                words.push((start, end, true));
            }
        }
    }
    words.sort_unstable();
    // Overlapping words are one party, of the state's side if any word says so.
    let mut parties = Parties { all: 0, state: 0 };
    let mut end = 0;
    let mut state = false;
    for (i, &(s, e, of_state)) in words.iter().enumerate() {
        if i == 0 || s >= end {
            parties.all += 1;
            parties.state += usize::from(state);
            state = false;
        }
        state |= of_state;
        end = end.max(e);
    }
    parties.state += usize::from(state);
    parties
}

/// Most words of an agency's name read as one party ("Sveriges geologiska undersökning").
const AGENCY_NAME_WORDS: usize = 3;

/// Endings of the last word of an authority's name that say what kind of authority it
/// is. The list also holds public companies named in several words ("Sveriges Radio"),
/// which are no party of the state's side.
const AUTHORITY_KINDS: &[&str] = &[
    "universitet",
    "högskola",
    "verk",
    "myndighet",
    "institut",
    "styrelse",
    "nämnd",
    "råd",
    "undersökning",
    "inspektion",
    "kollegium",
];

/// Where the name of a state agency of `data/agencies.txt` that opens with the
/// capitalized word `head[start..start + first]` ends: the word alone ("Tullverket",
/// "MSB") or with the words after it that complete a listed name whose last word says
/// what kind of authority it is ([`AUTHORITY_KINDS`]: "Umeå universitet", "Statens
/// fastighetsverk"); the longest such name wins.
fn agency_name_end(head: &str, start: usize, first: usize) -> Option<usize> {
    let mut end = start + first;
    let mut found = crate::organizations::is_state_agency(head.get(start..end)?).then_some(end);
    for _ in 1..AGENCY_NAME_WORDS {
        let Some(rest) = head.get(end..).and_then(|r| r.strip_prefix(' ')) else {
            break;
        };
        let len = rest
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .unwrap_or(rest.len());
        if len == 0 {
            break;
        }
        let last = &rest[..len];
        end += 1 + len;
        let kind = AUTHORITY_KINDS
            .iter()
            .any(|k| last.strip_suffix("en").unwrap_or(last).ends_with(k) || last.ends_with(k));
        if kind
            && head
                .get(start..end)
                .is_some_and(crate::organizations::is_state_agency)
        {
            found = Some(end);
        }
    }
    found
}

/// True when the state's name at `at`, in the word `head[start..end]`, names the state:
/// the whole word, not led by a capitalized word. "Sveriges Radio" and "Skanska Sverige
/// AB" are no states.
fn names_a_state(head: &str, at: usize, start: usize, end: usize) -> bool {
    let whole = at == start && STATES.contains(&&head[start..end]);
    let led = head[..start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    whole && !led
}

/// From `start` back, and from `end` on, to the ends of the words there.
fn word_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = alphanumeric_run_start(text, start);
    let end = text[end..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| end + i);
    (start, end)
}

/// True when the sentence opens with "Parterna" (the parties of the agreement named
/// before): "Parterna har även tecknat ett tilläggsavtal om …".
fn starts_with_parties(head: &str) -> bool {
    head.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with("Parterna ")
}

/// True when the contract's word at `word_start` is capitalized inside a sentence
/// ("Trafikverket och kommunen har skrivit under Avtal om medfinansiering av X"): the
/// capital marks the title of one contract, whatever word stands before it (a verb's
/// particle, "under", as well as an article). A capital that opens a sentence or a line
/// marks nothing.
fn is_title_inside_sentence(text: &str, word_start: usize) -> bool {
    text.as_bytes().get(word_start) == Some(&b'A')
        && !text[..word_start].ends_with('\n')
        && sentence_start(text, word_start) != word_start
}

/// True when the contract's word at `word_start` is a title inside a sentence
/// ([`is_title_inside_sentence`]) right after a lower-case word or a comma ("… enligt
/// Avtal om samhällsomvandlingen i Malmberget, som …"): the contract is named by its
/// title, as a document is, whoever its parties are. After a list's bullet or a dash the
/// capital opens an item, as a supplier's contracts are listed ("• Avtal om städning").
fn is_title_after_a_word(text: &str, word_start: usize) -> bool {
    is_title_inside_sentence(text, word_start)
        && text[..word_start]
            .strip_suffix(' ')
            .is_some_and(|head| head.ends_with(|c: char| c.is_lowercase() || c == ','))
}

/// Quotation marks that open a quoted title.
const OPENING_QUOTES: [char; 4] = ['"', '”', '“', '»'];

/// True when the contract's word at `word_start` is capitalized and opens a quotation
/// inside a sentence, after a lower-case word or a comma ("har godkänt ”Samverkansavtal
/// om vuxenutbildning i Sjuhärad 2024–2026”"): the contract is quoted by its title, as a
/// document is, whoever its parties are.
fn is_quoted_title(text: &str, word_start: usize) -> bool {
    let Some(head) = text[..word_start].strip_suffix(OPENING_QUOTES) else {
        return false;
    };
    text[word_start..].starts_with(char::is_uppercase)
        && head
            .strip_suffix([' ', '\n'])
            .is_some_and(|head| head.ends_with(|c: char| c.is_lowercase() || c == ','))
}

/// Where the topic of "avtal[et] med|mellan PARTIES om " or "avtal[et] om " starts, the
/// word starting at `word_start` and `after` being the end of its "avtal". Without
/// parties after the word, they are the sentence's subject ("Malmö stad och
/// Trafikverket har tecknat ett avtal om …").
fn contract_topic_start(
    text: &str,
    word_start: usize,
    after: usize,
    compound: bool,
) -> Option<usize> {
    let rest = text.get(after..)?;
    let definite = rest.starts_with("et");
    let rest = rest.strip_prefix("et").unwrap_or(rest);
    let named_for = || rest.strip_prefix(NAMED_FOR).filter(|_| compound);
    if let Some(topic) = TOPIC_WORDS
        .iter()
        .find_map(|word| rest.strip_prefix(word))
        .or_else(named_for)
    {
        // One contract: "ett (nytt) avtal om", "avtalet om", "det avtal om X som …" (the
        // demonstrative before a relative clause), the bare noun as the object of a
        // verb of making ("har tecknat avtal om"), and a title inside a sentence ("har
        // skrivit under Avtal om X"), also quoted ([`is_quoted_title`]). "flera avtal om
        // pengar" tells what several are about and names none.
        let one = definite
            || is_title_inside_sentence(text, word_start)
            || is_quoted_title(text, word_start)
            || text[..word_start]
                .split_whitespace()
                .rev()
                .find(|w| *w != "nytt")
                .is_some_and(|w| {
                    w.eq_ignore_ascii_case("ett")
                        || w.eq_ignore_ascii_case("det")
                        || MADE_ACTIVE.contains(&w)
                });
        return one.then(|| text.len() - topic.len());
    }
    let parties = rest
        .strip_prefix(" med ")
        .or_else(|| rest.strip_prefix(" mellan "))?;
    let window = parties_window(parties);
    // The topic may start on the next line of a hard-wrapped paragraph ("om\nX").
    let om = window
        .match_indices(" om")
        .map(|(i, _)| i)
        .find(|&i| matches!(window.as_bytes().get(i + " om".len()), Some(b' ' | b'\n')))?;
    if window[..om].contains(['.', '\n', ';']) || !is_list_of_parties(&window[..om]) {
        return None;
    }
    Some(text.len() - parties.len() + om + " om ".len())
}

/// True when `parties`, what stands between "med" and "om", holds no comma, or lists
/// its parties by commas and a last "och" ("med Region X, Y kommun och Z stad om …"): a
/// comma without the "och" ends a clause, not a party.
fn is_list_of_parties(parties: &str) -> bool {
    match parties.rfind(',') {
        None => true,
        Some(last) => parties[last..].contains(" och "),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;

    #[test]
    fn a_county_board_is_of_the_states_side() {
        assert_eq!(
            names("Gnosjö kommun har slutit en överenskommelse med Länsstyrelsen i Jönköpings län om bosättning av nyanlända för 2011."),
            ["Överenskommelse om bosättning av nyanlända"]
        );
        assert_eq!(
            names("Länsstyrelsen har tecknat ett avtal med Tranås kommun om tillsyn av strandskyddet."),
            ["Avtal om tillsyn av strandskyddet"]
        );
        // A party of no public body's name stays political.
        assert!(
            names("Länsstyrelsen har en överenskommelse med Vänsterpartiet om budgeten.")
                .is_empty()
        );
    }

    #[test]
    fn a_plain_contract_on_public_transport_or_a_part_of_care_binds_a_region_and_a_municipality() {
        assert_eq!(
            names("Region Halland och Kungsbacka kommun har skrivit ett avtal om busstrafiken i Kungsbacka 2021–2028."),
            ["Avtal om busstrafiken i Kungsbacka"]
        );
        assert_eq!(
            names("Region Gotland och Tjörns kommun har tecknat ett avtal om gemensam vårdplanering i hemmet."),
            ["Avtal om gemensam vårdplanering i hemmet"]
        );
        // Premises, or custody, are no public task the two share.
        assert!(names("Region Halland och Kungsbacka kommun har tecknat ett avtal om hyra av lokaler vid stationen.").is_empty());
        assert!(names(
            "Region Halland och Kungsbacka kommun har tecknat ett avtal om vårdnadsutredningar."
        )
        .is_empty());
    }

    #[test]
    fn a_national_contract_binds_public_bodies_whoever_the_sentence_names() {
        assert_eq!(
            names("Från maj betalar regionen för vård i andra regioner enligt riksavtalet för utomlänsvård, som alla står bakom."),
            ["Riksavtal för utomlänsvård"]
        );
        // Fronted by "Enligt", it ends before the verb after it.
        assert_eq!(
            names("Enligt Riksavtalet för utomlänsvård fakturerar landstinget patientens hemlandsting."),
            ["Riksavtal för utomlänsvård"]
        );
        // Bare, it names none.
        assert!(names("Riksavtalet gäller från maj.").is_empty());
    }

    #[test]
    fn a_contract_named_by_its_title_inside_a_sentence_is_one_whoever_its_parties() {
        assert_eq!(
            names("Bolaget ersätter kommunen med 38 miljoner kronor enligt Avtal om flytten av stadsdelen, som parterna tecknade 2012."),
            ["Avtal om flytten av stadsdelen"]
        );
        // In lower case, or opening a sentence, a contract with a firm stays a contract.
        for plain in [
            "Bolaget ersätter kommunen med 38 miljoner kronor enligt avtal om flytten av stadsdelen.",
            "Avtal om flytten av stadsdelen tecknades 2012 av bolaget.",
        ] {
            assert!(names(plain).is_empty(), "{plain}");
        }
    }

    #[test]
    fn a_contract_of_cooperation_within_a_healthcare_region_binds_its_regions() {
        assert_eq!(
            names("Nu förnyas samverkansavtalet om gemensam utbildning av barnmorskor inom Södra sjukvårdsregionen."),
            ["Samverkansavtal om gemensam utbildning av barnmorskor inom Södra sjukvårdsregionen"]
        );
        assert_eq!(
            names("I går godkändes ett samarbetsavtal om ortopedi i Stockholm-Gotlands sjukvårdsregion."),
            ["Samarbetsavtal om ortopedi i Stockholm-Gotlands sjukvårdsregion"]
        );
        // Without a healthcare region, or of a plain contract, there are still no parties.
        assert!(
            names("Nu förnyas samverkansavtalet om gemensam utbildning av barnmorskor.").is_empty()
        );
        assert!(
            names("Nu förnyas avtalet om hyra av lokaler inom Södra sjukvårdsregionen.").is_empty()
        );
    }

    #[test]
    fn parties_brought_in_after_the_topic_by_together_with_are_the_other_parties() {
        assert_eq!(
            names("Kommunen har tecknat ett samverkansavtal om gemensam skolskjuts tillsammans med Ale kommun och Lerums kommun."),
            ["Samverkansavtal om gemensam skolskjuts"]
        );
        assert_eq!(
            names("Region Kronoberg har skrivit ett avtal om gemensam vårdplanering tillsammans med Växjö kommun."),
            ["Avtal om gemensam vårdplanering"]
        );
        // A firm after "tillsammans med" is no public party.
        assert!(names(
            "Regionen har tecknat ett avtal om städning tillsammans med Coor Service Management."
        )
        .is_empty());
    }

    #[test]
    fn the_passive_of_following_up_ends_a_contracts_name() {
        assert_eq!(
            names("Samverkansavtalet om gemensam tolkservice följs upp inom sjukvårdsregionen."),
            ["Samverkansavtal om gemensam tolkservice"]
        );
    }

    #[test]
    fn a_plain_contract_on_rehabilitation_between_two_regions_is_care() {
        assert_eq!(
            names("Region Kronoberg har tecknat ett avtal med Region Blekinge om rehabilitering efter hjärnskada i Karlshamn."),
            ["Avtal om rehabilitering efter hjärnskada i Karlshamn"]
        );
        assert_eq!(
            names("Region Jämtland Härjedalen och Östersunds kommun har skrivit ett avtal om barnhabilitering."),
            ["Avtal om barnhabilitering"]
        );
        // Premises for it are still no care.
        assert!(names("Region Kronoberg och Växjö kommun har tecknat ett avtal om hyra av lokaler för rehabiliteringen.").is_empty());
    }

    #[test]
    fn the_other_party_after_the_topic_brought_in_by_med() {
        assert_eq!(
            names("Ljusdals kommun har tecknat ett samverkansavtal om skolskjutsar på landsbygden med regionen."),
            ["Samverkansavtal om skolskjutsar på landsbygden"]
        );
        // A "med" in a relative clause on the contract binds the clause's subject, here
        // a firm, not the main clause's.
        assert!(names(
            "Trafikverket ersätter kostnaden enligt det avtal om markfrågorna som bolaget har med Gällivare kommun."
        )
        .is_empty());
        // "med" inside the topic brings in no body, and a firm after it is none.
        assert!(names(
            "Ljusdals kommun har tecknat ett samverkansavtal om stöd till personer med demens."
        )
        .is_empty());
        assert!(names(
            "Ljusdals kommun har tecknat ett samverkansavtal om städning med Sodexo AB."
        )
        .is_empty());
    }

    #[test]
    fn a_bare_contract_noun_after_a_verb_of_making_is_one_contract() {
        assert_eq!(
            names("Region Gävleborg och Hudiksvalls kommun har tecknat avtal om gemensam finansiering av ett nytt resecentrum."),
            ["Avtal om gemensam finansiering av ett nytt resecentrum"]
        );
        // Other words before the bare noun name no one contract.
        assert!(names(
            "Region Gävleborg och Hudiksvalls kommun har diskuterat avtal om gemensam finansiering av resecentrum."
        )
        .is_empty());
    }

    #[test]
    fn a_contract_handing_over_the_responsibility_for_a_task() {
        assert_eq!(
            names("Region Sörmland och länets kommuner har tecknat avtal om övertagande av huvudmannaskapet för hemsjukvården."),
            ["Avtal om övertagande av huvudmannaskapet för hemsjukvården"]
        );
        // Handing over premises is a lease's or a sale's business.
        assert!(names(
            "Region Sörmland och Nyköpings kommun har tecknat avtal om överlåtelse av fastigheten vid torget."
        )
        .is_empty());
    }

    #[test]
    fn a_plain_contract_on_a_task_the_municipalities_hold_by_law() {
        assert_eq!(
            names("Ale kommun och Lilla Edets kommun har tecknat ett avtal om gemensam vattenförsörjning från Göta älv."),
            ["Avtal om gemensam vattenförsörjning från Göta älv"]
        );
        assert_eq!(
            names("Räddningstjänsten Mitt och Region Västernorrland har förnyat avtalet om räddningstjänst i väntan på ambulans."),
            ["Avtal om räddningstjänst i väntan på ambulans"]
        );
        // A rescue service and a firm, or a lease between municipalities, stay out.
        assert!(names(
            "Räddningstjänsten Mitt och Securitas AB har tecknat ett avtal om räddningstjänst på flygplatsen."
        )
        .is_empty());
        assert!(names(
            "Ale kommun och Lilla Edets kommun har tecknat ett avtal om hyra av ett vattentorn."
        )
        .is_empty());
    }

    #[test]
    fn parties_named_in_a_relative_clause_after_the_topic() {
        assert_eq!(
            names("Planen kompletterar det avtal om gemensam räddningstjänst som Bjurholms kommun och Vännäs kommun tecknade i fjol."),
            ["Avtal om gemensam räddningstjänst"]
        );
        assert_eq!(
            names("Avtalet om gemensam drift av reningsverket, som Tierps kommun och Älvkarleby kommun har slutit, gäller i tio år."),
            ["Avtal om gemensam drift av reningsverket"]
        );
        // A firm in the clause, or a clause with no verb of making, names no parties.
        assert!(names(
            "Planen kompletterar det avtal om gemensam räddningstjänst som Falck AB och Vännäs kommun tecknade i fjol."
        )
        .is_empty());
        assert!(names(
            "Planen kompletterar det avtal om gemensam räddningstjänst som Vännäs kommun och Bjurholms kommun diskuterade i fjol."
        )
        .is_empty());
    }

    #[test]
    fn a_contract_whose_parties_follow_a_passive_verb() {
        assert_eq!(
            names("Ett avtal om rening av dagvatten i hamnen har i dag undertecknats mellan Trafikverket och Luleå kommun."),
            ["Avtal om rening av dagvatten i hamnen"]
        );
        assert_eq!(
            names("Ett nytt avtal om skolskjutsar har tecknats mellan staten och Region Gotland."),
            ["Avtal om skolskjutsar"]
        );
        // Made between a firm and a municipality, or with no verb of making.
        assert!(
            names("Ett avtal om städning har tecknats mellan Sodexo och Kalix kommun.").is_empty()
        );
        assert!(
            names("Ett avtal om vägen diskuteras mellan Trafikverket och Kalix kommun.").is_empty()
        );
    }

    #[test]
    fn a_contract_with_an_agency_named_in_several_words() {
        assert_eq!(
            names("Region Dalarna har tecknat ett avtal med Uppsala universitet om läkarutbildning i Falun."),
            ["Avtal om läkarutbildning i Falun"]
        );
        assert_eq!(
            names("Statens fastighetsverk och Gotlands kommun har tecknat ett avtal om ett nytt museum."),
            ["Avtal om ett nytt museum"]
        );
        // A firm's name is no agency's, however many words it has, nor is a public
        // company's that the list of authorities holds.
        assert!(
            names("Region Dalarna har tecknat ett avtal med Dalarnas Bygg AB om lokaler.")
                .is_empty()
        );
        assert!(names(
            "Region Dalarna har tecknat ett avtal med Sveriges Television om sändningar."
        )
        .is_empty());
        // A one-word agency before a comma still counts.
        assert_eq!(
            names("Ett avtal om en ny deponi har tecknats mellan Naturvårdsverket, Region Dalarna och Mora kommun."),
            ["Avtal om en ny deponi"]
        );
    }

    #[test]
    fn a_contract_whose_topic_follows_an_official_preposition() {
        assert_eq!(
            names("Trafikverket och Bodens kommun har tecknat ett avtal gällande en ny planskild korsning."),
            ["Avtal om en ny planskild korsning"]
        );
        assert_eq!(
            names("Region Örebro län och Lindesbergs kommun har slutit ett samverkansavtal rörande ungas psykiska hälsa."),
            ["Samverkansavtal om ungas psykiska hälsa"]
        );
        assert!(names("Kommunen har tecknat ett avtal gällande städning med en firma.").is_empty());
    }

    #[test]
    fn a_contract_between_a_region_and_municipalities_to_fund_a_task_together() {
        assert_eq!(
            names("Region Jönköpings län och länets kommuner har tecknat ett avtal om gemensam finansiering av en ny räddningscentral."),
            ["Avtal om gemensam finansiering av en ny räddningscentral"]
        );
        assert_eq!(
            names("Örebro kommun och Region Örebro län har slutit ett avtal om medfinansiering av en ny busslinje."),
            ["Avtal om medfinansiering av en ny busslinje"]
        );
        assert_eq!(
            names("Region Västmanland och länets tio kommuner har tecknat ett avtal om gemensam drift av tolktjänsten."),
            ["Avtal om gemensam drift av tolktjänsten"]
        );
        // A plain contract between them on anything else is still no agreement.
        assert!(names(
            "Region Jönköpings län och Vetlanda kommun har tecknat ett avtal om lokaler för vårdcentralen."
        )
        .is_empty());
    }

    #[test]
    fn a_contract_with_the_sector() {
        assert_eq!(
            names("Regeringen har ingått ett avtal med SKR om nationell cancerstrategi."),
            ["Avtal om nationell cancerstrategi"]
        );
        assert_eq!(
            names("Avtalet mellan staten och Sveriges Kommuner och Regioner om vaccination gäller i år."),
            ["Avtal om vaccination"]
        );
        assert!(names("Kommunen har tecknat kollektivavtal med facket om löner.").is_empty());
        assert!(names("Bolaget har ett avtal med Region Skåne om städning.").is_empty());
    }

    #[test]
    fn a_contract_whose_parties_are_the_subject() {
        assert_eq!(
            names("Trafikverket och Umeå kommun har tecknat ett avtal om medfinansiering av en ny bro över älven."),
            ["Avtal om medfinansiering av en ny bro över älven"]
        );
        assert_eq!(
            names("Staten och Region Gotland har slutit ett nytt avtal om färjetrafiken 2026."),
            ["Avtal om färjetrafiken"]
        );
        assert!(
            names("Regeringen och SKR har slutit flera avtal om pengar till regionerna.")
                .is_empty()
        );
        // Without the state's side, a contract is the parties' own business.
        assert!(names("Umeå kommun och Skanska har tecknat ett avtal om bygget.").is_empty());
        assert!(names("Region Gotland har slutit avtal om städning med Kommunal.").is_empty());
    }

    #[test]
    fn a_contract_between_two_public_bodies() {
        assert_eq!(
            names("Region Halland och Varbergs kommun har tecknat ett samverkansavtal om en gemensam familjecentral."),
            ["Samverkansavtal om en gemensam familjecentral"]
        );
        assert_eq!(
            names("Skatteverket och Försäkringskassan har slutit ett samarbetsavtal om servicekontor i glesbygden."),
            ["Samarbetsavtal om servicekontor i glesbygden"]
        );
        assert_eq!(
            names("Sverige och Finland har undertecknat ett avtal om gemensam räddningstjänst i Tornedalen."),
            ["Avtal om gemensam räddningstjänst i Tornedalen"]
        );
        assert_eq!(
            names("Staten och tre kommuner i Dalarna har tecknat ett ramavtal om en ny järnväg."),
            ["Ramavtal om en ny järnväg"]
        );
        assert_eq!(
            names(
                "Tullverket och Kustbevakningen har tecknat ett avtal om gemensamma patrullbåtar."
            ),
            ["Avtal om gemensamma patrullbåtar"]
        );
    }

    #[test]
    fn a_contract_between_the_state_and_a_number_of_regions() {
        assert_eq!(
            names("Staten och de fem regioner som driver flygplatser har tecknat ett nytt avtal om driftbidrag till regionala flygplatser."),
            ["Avtal om driftbidrag till regionala flygplatser"]
        );
        // Regions in a contract with no party of the state's side, on premises.
        assert!(
            names("Region Skåne har tecknat ett avtal med fyra kommuner om hyra av lokaler.")
                .is_empty()
        );
    }

    #[test]
    fn a_contract_of_cooperation_between_regions_named_by_one_plural() {
        assert_eq!(
            names("Regionerna i norra Sverige har slutit ett samverkansavtal om gemensam jour för barnpsykiatrin."),
            ["Samverkansavtal om gemensam jour för barnpsykiatrin"]
        );
        // A framework contract is a purchase as often, and one region is one party.
        assert!(names("Regionerna har tecknat ett ramavtal om köp av ambulanser.").is_empty());
        assert!(names("Region Kronoberg har tecknat ett samverkansavtal om städning.").is_empty());
    }

    #[test]
    fn a_contract_whose_parties_stand_on_the_line_before_a_wrap() {
        assert_eq!(
            names("Staten och regionerna Gävleborg, Dalarna, Värmland och Västra\nGötaland har tecknat ett avtal om fler regionala tåg i Bergslagen. Staten betalar."),
            ["Avtal om fler regionala tåg i Bergslagen"]
        );
        // A blank line parts a headline from the body, and a closed sentence ends one.
        assert!(names(
            "Staten och regionerna överens om fler nattåg i norr\n\nBolaget har tecknat ett avtal om städning av tågen."
        )
        .iter()
        .all(|n| !n.contains("städning")));
        assert!(names(
            "Staten och regionerna har enats om fler nattåg i norr.\nBolaget har tecknat ett avtal om städning av tågen."
        )
        .iter()
        .all(|n| !n.contains("städning")));
    }

    #[test]
    fn the_parties_of_an_agreement_named_before_make_another() {
        assert_eq!(
            names(
                "Regeringen och SKR har tecknat en överenskommelse om stärkt jourverksamhet. \
                   Parterna har också slutit ett tilläggsavtal om fler jourplatser."
            ),
            [
                "Överenskommelse om stärkt jourverksamhet",
                "Tilläggsavtal om fler jourplatser"
            ]
        );
        // With no agreement before them, "parterna" may be those of a labour market.
        assert!(names("Parterna har tecknat ett nytt avtal om löner och arbetstider.").is_empty());
    }

    #[test]
    fn one_public_body_or_a_contract_of_another_kind_makes_no_agreement() {
        assert!(
            names("Region Halland och Skanska har tecknat ett ramavtal om byggtjänster.")
                .is_empty()
        );
        assert!(names("I dag har kommunen och Peab tecknat ett avtal om bygget.").is_empty());
        assert!(
            names("Sveriges Kommuner och Regioner har tecknat ett ramavtal om läkemedel.")
                .is_empty(),
            "one party, however many of its words name parties"
        );
        assert!(
            names("Kommunen och regionen har tecknat ett nytt kollektivavtal om arbetstider.")
                .is_empty()
        );
        assert!(names(
            "Tullverket och Polismyndigheten har tecknat flera samverkansavtal om kontroller."
        )
        .is_empty());
        // A firm named after the country is no state.
        assert!(
            names("Skanska Sverige AB och Region Skåne har tecknat ett avtal om bygget.")
                .is_empty()
        );
        assert!(
            names("Sveriges Radio och Region Skåne har tecknat ett avtal om sändningar.")
                .is_empty()
        );
        // A plain contract between a region and a municipality may be any contract.
        assert!(names("Regionen och Ystads kommun har tecknat ett avtal om lokaler.").is_empty());
        // Care is the sector's own task, and such a contract does not name a firm.
        assert!(
            names("Region Skåne har tecknat ett avtal med Capio om vård på Lundby.").is_empty()
        );
    }

    #[test]
    fn a_plain_contract_on_care_between_two_regions_or_a_municipality() {
        assert_eq!(
            names("Region Jämtland Härjedalen har tecknat ett nytt avtal med Region Västernorrland om ortopedisk vård för länets patienter."),
            ["Avtal om ortopedisk vård för länets patienter"]
        );
        assert_eq!(
            names("Regionen och Lycksele kommun har tecknat ett avtal om hälso- och sjukvård i hemmet."),
            ["Avtal om hälso- och sjukvård i hemmet"]
        );
    }

    #[test]
    fn a_plain_contract_on_a_grant_binds_a_region_and_a_municipality() {
        assert_eq!(
            names("Region Kalmar län och Kalmar kommun har omförhandlat avtalet om driftsbidrag till länsmuseet för 2015–2017."),
            ["Avtal om driftsbidrag till länsmuseet"]
        );
        // A county council named as before 2019 is a party as "Landstinget" is.
        assert_eq!(
            names("Västmanlands läns landsting och Västerås stad har förlängt avtalet om verksamhetsbidrag till länsteatern."),
            ["Avtal om verksamhetsbidrag till länsteatern"]
        );
        // A lease between them stays out, as before.
        assert!(names("Region Kalmar län och Kalmar kommun har omförhandlat avtalet om hyra av museets lokaler.").is_empty());
    }

    #[test]
    fn a_contract_with_one_party_named_binds_the_writer_of_a_release_on_agreements() {
        let text =
            "Länsstyrelsen i Hallands län och Region Halland har förnyat överenskommelsen om \
                    tillsyn av badvatten. Ett nytt avtal med Folkhälsomyndigheten om\n\
                    finansiering av provtagningen ersätter samtidigt det gamla.";
        assert_eq!(
            names(text),
            [
                "Överenskommelse om tillsyn av badvatten",
                "Avtal om finansiering av provtagningen"
            ]
        );
        // Alone, one party named after "med" is no agreement between public bodies.
        assert!(names(
            "Vi har ett nytt avtal med Folkhälsomyndigheten om finansiering av provtagningen."
        )
        .is_empty());
        // Nor is a purchase by a subject that names the one party, from a firm.
        let text = "Region Halland och Varbergs kommun har tecknat ett samverkansavtal om \
                    skolhälsovård. Regionen har samtidigt tecknat ett avtal med Nordisk Vaccin AB \
                    om finansiering av vaccinet.";
        assert_eq!(names(text), ["Samverkansavtal om skolhälsovård"]);
        // Nor is a lease with a firm, however many agreements stand before it.
        let text = "Region Halland och Varbergs kommun har tecknat ett samverkansavtal om \
                    skolhälsovård. Regionen har också ett avtal med Hallandshem AB om hyra av lokaler.";
        assert_eq!(names(text), ["Samverkansavtal om skolhälsovård"]);
    }

    #[test]
    fn a_contract_on_buying_or_delivering_goods_is_no_agreement() {
        // Between public bodies as with a firm: a sale, not an agreement on a task.
        let text = "Region Halland och Varbergs kommun har tecknat ett samverkansavtal om \
                    skolhälsovård. Regionen har också förnyat sitt avtal med Socialstyrelsen om \
                    leverans av blanketter.";
        assert_eq!(names(text), ["Samverkansavtal om skolhälsovård"]);
        assert!(names(
            "Staten och Region Gotland har tecknat ett avtal om inköp av skyddsutrustning."
        )
        .is_empty());
        // The topic's first words are read: a delivery further on is part of a task.
        assert_eq!(
            names("Staten och Region Gotland har tecknat ett avtal om beredskap för leverans av dricksvatten."),
            ["Avtal om beredskap för leverans av dricksvatten"]
        );
    }

    #[test]
    fn a_compound_contract_named_by_what_it_covers_after_for() {
        assert_eq!(
            names("Region Dalarna och Falu kommun har tecknat ett nytt samverkansavtal för missbruksvården i Falun 2021–2024."),
            ["Samverkansavtal för missbruksvården i Falun"]
        );
        assert_eq!(
            names("Länsstyrelsen i Gävleborgs län och länets tio kommuner har undertecknat Ramavtal för översvämningsskydd längs Ljusnan."),
            ["Ramavtal för översvämningsskydd längs Ljusnan"]
        );
        // A plain "avtal för" names no topic.
        assert!(
            names("Region Dalarna och Falu kommun har tecknat ett avtal för missbruksvården.")
                .is_empty()
        );
    }

    #[test]
    fn a_contract_of_cooperation_with_a_named_body_after_med() {
        assert_eq!(
            names("Luleå kommun har sedan länge ett samverkansavtal med Friluftsfrämjandet Luleå om naturskola för lågstadiet."),
            ["Samverkansavtal om naturskola för lågstadiet"]
        );
        assert_eq!(
            names("Föreningen har förnyat sitt samarbetsavtal med Tullverket om utbildning av sökhundar."),
            ["Samarbetsavtal om utbildning av sökhundar"]
        );
        // A firm is no such body.
        assert!(
            names("Luleå kommun har ett samverkansavtal med Norrbygg AB om snöröjning.").is_empty()
        );
    }

    #[test]
    fn a_plain_contract_of_a_public_body_and_a_voluntary_society() {
        assert_eq!(
            names("Polismyndigheten och Svenska Livräddningssällskapet har tecknat ett avtal om eftersök vid badplatser."),
            ["Avtal om eftersök vid badplatser"]
        );
        // A firm beside the public body is no such society.
        assert!(names(
            "Polismyndigheten och Securitas har tecknat ett avtal om bevakning av stationen."
        )
        .is_empty());
    }

    #[test]
    fn a_contract_of_cooperation_with_a_named_body_after_its_topic() {
        assert_eq!(
            names("Regionen har tecknat ett samverkansavtal om friskvård på recept med Hälsinglands Idrottsförbund och Korpen Hudiksvall."),
            ["Samverkansavtal om friskvård på recept"]
        );
        // A firm is no such body there either.
        assert!(names(
            "Regionen har tecknat ett samverkansavtal om städning av vårdcentralen med Norrstäd AB."
        )
        .is_empty());
    }

    #[test]
    fn a_contract_of_cooperation_quoted_by_its_title() {
        assert_eq!(
            names("Förbundets styrelse har godkänt \"Samverkansavtal om vuxenutbildning i Sjuhärad 2024–2026\", som nu ska antas av varje kommun."),
            ["Samverkansavtal om vuxenutbildning i Sjuhärad"]
        );
    }

    #[test]
    fn a_contract_of_cooperation_with_a_society_named_again() {
        assert_eq!(
            names("Kommunen och föreningen har tecknat ett samverkansavtal om skötsel av elljusspåret."),
            ["Samverkansavtal om skötsel av elljusspåret"]
        );
        // A plain contract with the society named so may be any contract.
        assert!(
            names("Kommunen och föreningen har tecknat ett avtal om hyra av klubbstugan.")
                .is_empty()
        );
        // The bodies named in the plural are no society the release has named.
        assert!(names(
            "Kommunen och föreningarna har tecknat ett samverkansavtal om hyra av hallen."
        )
        .is_empty());
    }

    #[test]
    fn a_contract_on_a_joint_committee_binds_its_public_bodies() {
        assert_eq!(
            names("Ludvika kommun och Region Dalarna har förnyat avtalet om den gemensamma nämnden för hjälpmedel."),
            ["Avtal om den gemensamma nämnden för hjälpmedel"]
        );
    }

    #[test]
    fn the_parties_after_med_listed_by_commas_and_och() {
        assert_eq!(
            names("Regeringen har tecknat ett avtal med Region Uppsala, Knivsta kommun och Uppsala kommun om medfinansiering av en ny station."),
            ["Avtal om medfinansiering av en ny station"]
        );
        // A comma that ends a clause before "om" names no list.
        assert!(names("Regeringen har ett avtal med Region Uppsala, som nu ska förhandla om medfinansiering av en ny station.").is_empty());
    }

    #[test]
    fn the_definite_contract_word_after_a_sentence_of_agreeing_parties() {
        assert_eq!(
            names("Staten och Sveriges Kommuner och Regioner har kommit överens om hur regionerna ska ersättas. Avtalet om ersättning för tolkning i vården 2026 ger regionerna 90 miljoner kronor."),
            // The year ends the name, as in any contract's name.
            ["Avtal om ersättning för tolkning i vården"]
        );
        // Parties that are no public bodies, a sentence that agrees on nothing, or the
        // word inside its sentence bring in no parties.
        assert!(names(
            "Två bolag har kommit överens om priset. Avtalet om leveranser av el gäller i två år."
        )
        .is_empty());
        assert!(names(
            "Staten och SKR möttes i går. Avtalet om tolkning i vården gäller i ett år."
        )
        .is_empty());
        assert!(names(
            "Staten och SKR har kommit överens. Nu gäller avtalet om tolkning i vården."
        )
        .is_empty());
    }
}
