//! The words the readers of agreements look for in the whole text, found by one search:
//! a substring pass costs about 0.4 instructions a byte whatever its needle, and one
//! packed (Teddy) search for the first ten about 2.1 where their own passes cost 3.9.
//! "verenskommelse" is searched on its own ([`super::AGREEMENT_WORD`]): its many hits
//! made the shared search cost more than the pass it saved.

use std::sync::LazyLock;

use crate::text::Literals;

/// A word of the one search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Needle {
    /// The part of "avtal" and "Avtal" that contracts and "-avtal" compounds share.
    Vtal,
    /// The end of the verb phrases of an agreement told by its making
    /// ([`super::agreed::AGREED_END`]).
    AgreedEnd,
    /// The word every named fund ends in ([`super::funds::FUND_WORD`]).
    FundWord,
    /// A fund's noun without its first letter ([`super::eu_funds::FUND_TAIL`]).
    FundTail,
    /// The EU's genitive before a fund ([`super::eu_funds::EU_GENITIVE`]).
    EuGenitive,
    /// An idéburet offentligt partnerskap spelled out ([`super::partnership::SPELLED_TAIL`]).
    PartnershipSpelled,
    /// Its abbreviation ([`super::partnership::ABBREVIATION`]).
    PartnershipAbbreviation,
    /// The abbreviation of the agreement word ([`super::abbreviated::ABBREVIATION`]).
    AbbreviatedAgreement,
    /// The climate contracts' name ([`super::known::CLIMATE_CONTRACT_TAIL`]).
    ClimateContract,
    /// The noun of a named negotiation ([`super::named::NEGOTIATION_WORD`]).
    Negotiation,
    /// The end of the partitive "av dem" and its comma, which refers back to agreements
    /// ([`super::appositions::PARTITIVE_ENDS`]).
    PartitiveThem,
    /// The end of "av dessa" and its comma.
    PartitiveThese,
}

/// Every [`Needle`], in the order of its discriminant, which is its pattern's number.
const NEEDLES: [Needle; 12] = [
    Needle::Vtal,
    Needle::AgreedEnd,
    Needle::FundWord,
    Needle::FundTail,
    Needle::EuGenitive,
    Needle::PartnershipSpelled,
    Needle::PartnershipAbbreviation,
    Needle::AbbreviatedAgreement,
    Needle::ClimateContract,
    Needle::Negotiation,
    Needle::PartitiveThem,
    Needle::PartitiveThese,
];

impl Needle {
    /// The bytes searched for.
    pub(super) fn word(self) -> &'static str {
        match self {
            Needle::Vtal => "vtal",
            Needle::AgreedEnd => super::agreed::AGREED_END,
            Needle::FundWord => super::funds::FUND_WORD,
            Needle::FundTail => super::eu_funds::FUND_TAIL,
            Needle::EuGenitive => super::eu_funds::EU_GENITIVE,
            Needle::PartnershipSpelled => super::partnership::SPELLED_TAIL,
            Needle::PartnershipAbbreviation => super::partnership::ABBREVIATION,
            Needle::AbbreviatedAgreement => super::abbreviated::ABBREVIATION,
            Needle::ClimateContract => super::known::CLIMATE_CONTRACT_TAIL,
            Needle::Negotiation => super::named::NEGOTIATION_WORD,
            Needle::PartitiveThem => super::appositions::PARTITIVE_ENDS[0],
            Needle::PartitiveThese => super::appositions::PARTITIVE_ENDS[1],
        }
    }
}

/// The search for every [`Needle`], built once.
static SEARCH: LazyLock<Literals> = LazyLock::new(|| Literals::new(&NEEDLES.map(Needle::word)));

/// Where each [`Needle`] stands in a text.
pub(super) struct Hits {
    starts: [Vec<usize>; NEEDLES.len()],
}

impl Hits {
    /// Every needle's starts in `text`, as a substring search for it alone finds them:
    /// in order, none overlapping the one before.
    pub(super) fn find(text: &str) -> Hits {
        let mut starts: [Vec<usize>; NEEDLES.len()] = Default::default();
        let bytes = text.as_bytes();
        let mut at = 0;
        // The search reports one needle at a position; going on from the next byte
        // finds another needle that starts inside it ("EU:s om…" holds "s om").
        while let Some(hit) = SEARCH.find_at(bytes, at) {
            let (needle, start) = (hit.pattern().as_usize(), hit.start());
            let len = NEEDLES[needle].word().len();
            let found = &mut starts[needle];
            if found.last().is_none_or(|&last| start >= last + len) {
                found.push(start);
            }
            at = start + 1;
        }
        Hits { starts }
    }

    /// Where `needle` starts, in text order.
    pub(super) fn of(&self, needle: Needle) -> &[usize] {
        &self.starts[needle as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_needle_is_its_own_pattern() {
        for (i, needle) in NEEDLES.iter().enumerate() {
            assert_eq!(*needle as usize, i);
        }
    }

    #[test]
    fn hits_are_those_of_a_search_for_each_needle_alone() {
        let text = "EU:s omställningsfond, IOP-avtal och ett avtal om kömiljarden: IOPIOP";
        let hits = Hits::find(text);
        for needle in NEEDLES {
            let alone: Vec<usize> =
                memchr::memmem::find_iter(text.as_bytes(), needle.word()).collect();
            assert_eq!(hits.of(needle), alone, "{needle:?}");
        }
        assert_eq!(hits.of(Needle::AgreedEnd), [3]);
        assert_eq!(hits.of(Needle::PartnershipAbbreviation), [24, 65, 68]);
        // The automaton of machines without the vector search finds the same.
        let automaton = Literals::new(&NEEDLES.map(Needle::word)).without_vector();
        for at in 0..=text.len() {
            let hit = |search: &Literals| {
                search
                    .find_at(text.as_bytes(), at)
                    .map(|m| (m.pattern(), m.start()))
            };
            assert_eq!(hit(&SEARCH), hit(&automaton), "{at}");
        }
    }
}
