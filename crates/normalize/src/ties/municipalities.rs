//! "Kommunerna i Norrbotten får 4 miljoner kronor", "pengar till alla kommuner i Skåne":
//! the county only places the municipalities that receive. Their sum is theirs, as a
//! municipality's row is, and ties to no region.

use crate::regions::RegionMention;

/// The nouns that name a county's municipalities as a group before "i" and the county.
const MUNICIPALITIES: &[&str] = &["kommunerna", "kommuner"];

/// True when the mention `m` follows "i" after a noun of [`MUNICIPALITIES`] ("kommunerna
/// i Norrbottens län"). Read only where a tie rule would tie the sum to `m`, and without
/// allocating: it stands on the path of every sum.
pub(super) fn places_municipalities(text: &str, m: &RegionMention) -> bool {
    let Some(head) = text.get(..m.span.start).and_then(|h| h.strip_suffix(" i ")) else {
        return false;
    };
    let noun = &head[head.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
    MUNICIPALITIES.iter().any(|w| noun.eq_ignore_ascii_case(w))
}
