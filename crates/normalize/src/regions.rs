//! Sweden's 21 regions under every name they go by ("Region Östergötland",
//! "Östergötlands län", "landstinget i Östergötland", "Västra Götalandsregionen", "VGR"),
//! mapped to one canonical name.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::entities::Span;
use crate::gazetteer::Gazetteer;
use crate::text::{char_after, char_before, is_word_char, lowercase};

mod after_acronym;
mod wire_tags;

pub(crate) use after_acronym::follows_acronym;

/// One region: its canonical name, the names that follow "Region", the genitive forms
/// before "län", whether its bare name means the region in prose, and other aliases.
struct RegionNames {
    canonical: &'static str,
    names: &'static [&'static str],
    lan: &'static [&'static str],
    bare_in_prose: bool,
    extra: &'static [&'static str],
}

const REGIONS: &[RegionNames] = &[
    RegionNames {
        canonical: "Stockholm",
        names: &["Stockholm"],
        lan: &["Stockholms"],
        bare_in_prose: false,
        extra: &["SLL", "Stockholms läns landsting"],
    },
    RegionNames {
        canonical: "Uppsala",
        names: &["Uppsala"],
        lan: &["Uppsala"],
        bare_in_prose: false,
        extra: &[],
    },
    RegionNames {
        canonical: "Sörmland",
        names: &["Sörmland", "Södermanland"],
        lan: &["Södermanlands", "Sörmlands"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Östergötland",
        names: &["Östergötland"],
        lan: &["Östergötlands"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Jönköpings län",
        names: &["Jönköpings län", "Jönköping"],
        lan: &["Jönköpings"],
        bare_in_prose: false,
        extra: &[],
    },
    RegionNames {
        canonical: "Kronoberg",
        names: &["Kronoberg"],
        lan: &["Kronobergs"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Kalmar län",
        names: &["Kalmar län", "Kalmar"],
        lan: &["Kalmar"],
        bare_in_prose: false,
        extra: &[],
    },
    RegionNames {
        canonical: "Gotland",
        names: &["Gotland"],
        lan: &["Gotlands"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Blekinge",
        names: &["Blekinge"],
        lan: &["Blekinge"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Skåne",
        names: &["Skåne"],
        lan: &["Skåne"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Halland",
        names: &["Halland"],
        lan: &["Hallands"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Västra Götaland",
        names: &["Västra Götaland"],
        lan: &["Västra Götalands"],
        bare_in_prose: true,
        extra: &["Västra Götalandsregionen", "VGR"],
    },
    RegionNames {
        canonical: "Värmland",
        names: &["Värmland"],
        lan: &["Värmlands"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Örebro län",
        names: &["Örebro län", "Örebro"],
        lan: &["Örebro"],
        bare_in_prose: false,
        extra: &[],
    },
    RegionNames {
        canonical: "Västmanland",
        names: &["Västmanland"],
        lan: &["Västmanlands"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Dalarna",
        names: &["Dalarna"],
        lan: &["Dalarnas", "Kopparbergs"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Gävleborg",
        names: &["Gävleborg"],
        lan: &["Gävleborgs"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Västernorrland",
        names: &["Västernorrland"],
        lan: &["Västernorrlands"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Jämtland Härjedalen",
        names: &["Jämtland Härjedalen", "Jämtland"],
        lan: &["Jämtlands"],
        bare_in_prose: true,
        extra: &["Härjedalen"],
    },
    RegionNames {
        canonical: "Västerbotten",
        names: &["Västerbotten"],
        lan: &["Västerbottens"],
        bare_in_prose: true,
        extra: &[],
    },
    RegionNames {
        canonical: "Norrbotten",
        names: &["Norrbotten"],
        lan: &["Norrbottens"],
        bare_in_prose: true,
        extra: &[],
    },
];

/// Names that label a region's row in a table but in prose name something else. Gotland's
/// municipality held the county council's tasks until it became Region Gotland (2011),
/// so county tables of those years list it as "Gotlands kommun".
const LABEL_ONLY: &[(&str, &str)] = &[("Gotlands kommun", "Gotland")];

/// Every alias and its canonical name. Prose aliases exclude bare city names
/// ("Stockholm", "Uppsala"), which name the region only as a table row label.
struct Aliases {
    prose: Gazetteer<&'static str>,
    labels: FxHashMap<String, &'static str>,
}

static ALIASES: LazyLock<Aliases> = LazyLock::new(build);

/// The county's own bodies named after its genitive ("Sörmlands landsting").
const COUNTY_BODIES_AFTER_GENITIVE: &[&str] = &["landsting", "regionförbund"];

fn build() -> Aliases {
    let mut prose = FxHashMap::default();
    let mut labels = FxHashMap::default();
    for r in REGIONS {
        let mut add = |alias: String, in_prose: bool| {
            labels.insert(lowercase(&alias), r.canonical);
            if in_prose {
                prose.insert(alias, r.canonical);
            }
        };
        for name in r.names {
            for prefix in [
                "Region",
                "region",
                "Landstinget i",
                "landstinget i",
                "Landstinget",
                "landstinget",
            ] {
                add(format!("{prefix} {name}"), true);
            }
            add(
                (*name).to_string(),
                r.bare_in_prose || name.ends_with(" län"),
            );
            // "Sörmlands landsting", "Dalarnas regionförbund": the county's own bodies
            // after its genitive name the region as "Landstinget i Sörmland" does
            // (a name with "län" has these forms from `lan`).
            if !name.ends_with(" län") {
                for body in COUNTY_BODIES_AFTER_GENITIVE {
                    add(format!("{name}s {body}"), true);
                }
            }
        }
        for lan in r.lan {
            add(format!("{lan} län"), true);
            add(format!("{lan} läns landsting"), true);
            add(format!("Landstinget i {lan} län"), true);
            add(format!("landstinget i {lan} län"), true);
        }
        for extra in r.extra {
            add((*extra).to_string(), true);
        }
        add(
            r.canonical.to_string(),
            r.bare_in_prose || r.canonical.ends_with(" län"),
        );
    }
    for (label, canonical) in LABEL_ONLY {
        labels.insert(lowercase(label), *canonical);
    }
    let prose = Gazetteer::new(
        prose
            .iter()
            .map(|(alias, &canonical)| (alias.as_str(), canonical)),
    );
    Aliases { prose, labels }
}

/// A region named in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RegionMention {
    /// Canonical name.
    pub canonical: &'static str,
    /// Where the alias stands.
    pub span: Span,
}

/// Region mentions in running text outside the `skip` ranges, in order; `capitals`
/// comes from [`crate::gazetteer::capitals`].
///
/// Where a word starts, the longest alias counts if it ends a word, perhaps with a
/// genitive "s" ("Region Skånes"); the search goes on after it. An alias glued to the
/// next word ("Hallandsåsen") names nothing and hides nothing.
pub(crate) fn find(text: &str, capitals: &[usize], skip: &[Range<usize>]) -> Found {
    let prose = &ALIASES.prose;
    let mut out = Vec::new();
    let mut county_bodies = Vec::new();
    let mut pos = 0;
    for start in prose.candidates(text, capitals) {
        if start < pos || char_before(text, start).is_some_and(is_word_char) {
            continue;
        }
        let Some((end, canonical)) = prose.longest_at(text, start) else {
            continue;
        };
        if !ends_word_maybe_genitive(text, end) {
            continue;
        }
        pos = end;
        // "Kalmar läns museum": the county's genitive opens a body's name.
        if let Some(body_end) = crate::organizations::county_body_end(text, &text[start..end], end)
        {
            county_bodies.push(Span {
                start,
                end: body_end,
            });
            continue;
        }
        if names_a_school(text, start, end)
            || after_acronym::follows_acronym(text, start)
            || wire_tags::in_region_tags(text, start)
        {
            continue;
        }
        if !skip.iter().any(|r| r.contains(&start)) {
            out.push(RegionMention {
                canonical,
                span: Span { start, end },
            });
        }
    }
    coordinated_counties(text, &mut out);
    Found {
        mentions: out,
        county_bodies,
    }
}

/// What [`find`] reads at the counties' and regions' names.
pub(crate) struct Found {
    /// The region mentions, in order.
    pub mentions: Vec<RegionMention>,
    /// Bodies named by a county's genitive and their kind ("Kalmar läns museum"), in
    /// order: the name is the body's, no mention of the region.
    pub county_bodies: Vec<Span>,
}

/// Most counties a coordination names before those already found.
const COORDINATED_COUNTIES: usize = 4;

/// "Stockholms, Västra Götalands och Skåne län": counties in the genitive, coordinated
/// before a county named with "län", share that word. A genitive that only "län" makes a
/// county's name (a city's, "Stockholms") is no alias in prose, so the word before such
/// a coordination is read again as "X län" and added to `out` where that names a county.
fn coordinated_counties(text: &str, out: &mut Vec<RegionMention>) {
    let mut added = Vec::new();
    for (i, m) in out.iter().enumerate() {
        if !text[m.span.start..m.span.end].ends_with(" län") {
            continue;
        }
        let mut first = i;
        while first > 0 && joined(text, out[first - 1].span.end, out[first].span.start) {
            first -= 1;
        }
        let mut at = out[first].span.start;
        for _ in 0..COORDINATED_COUNTIES {
            let head = &text[..at];
            let Some(head) = head
                .strip_suffix(", ")
                .or_else(|| head.strip_suffix(" och "))
            else {
                break;
            };
            let word_start = crate::text::alphanumeric_run_start(text, head.len());
            let word = &head[word_start..];
            // The genitive of the county's name ("Stockholms", "Uppsala", "Skåne").
            let Some(canonical) = word
                .starts_with(char::is_uppercase)
                .then(|| lookup_label(&format!("{word} län")))
                .flatten()
            else {
                break;
            };
            added.push(RegionMention {
                canonical,
                span: Span {
                    start: word_start,
                    end: head.len(),
                },
            });
            at = word_start;
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.span.start);
        out.dedup_by_key(|m| m.span.start);
    }
}

/// What stands right before a place's name in the name of a university or college:
/// "Högskolan Dalarna", "Högskolan i Gävle", "Högskolan på Gotland".
const SCHOOL_BEFORE: [&str; 3] = ["Högskolan ", "Högskolan i ", "Högskolan på "];

/// What stands right after a place's name (perhaps in the genitive) in the name of a
/// university or college: "Örebro universitet", "Blekinge tekniska högskola".
const SCHOOL_AFTER: [&str; 4] = [
    " universitet",
    " högskola",
    " tekniska högskola",
    " tekniska universitet",
];

/// True when the region's name at `start..end` is part of the name of a university or
/// college named after its county or town ([`SCHOOL_BEFORE`], [`SCHOOL_AFTER`]): the
/// name is the institution's, no mention of the region, which a release about the
/// school's courses is not about. A museum or association named after its county is read
/// apart ([`crate::organizations::county_body_end`]).
fn names_a_school(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();
    let genitive = after.strip_prefix('s');
    let after = genitive.unwrap_or(after);
    let opens = |rest: &str, w: &str| {
        rest.starts_with(w) && !char_after(rest, w.len()).is_some_and(is_word_char)
    };
    SCHOOL_BEFORE.iter().any(|w| before.ends_with(w))
        || SCHOOL_AFTER.iter().any(|w| opens(after, w))
}

/// True when a mention ending at `end` and the next, at `next`, are joined as parts of
/// one coordination: by ", " or " och ", a genitive "s" before it or not.
fn joined(text: &str, end: usize, next: usize) -> bool {
    let gap = text.get(end..next).unwrap_or_default();
    let gap = gap.strip_prefix('s').unwrap_or(gap);
    matches!(gap, ", " | " och ")
}

/// True when no letter follows `end`, or only a genitive "s" does.
fn ends_word_maybe_genitive(text: &str, end: usize) -> bool {
    let glued = |at: usize| char_after(text, at).is_some_and(is_word_char);
    let genitive_end = if char_after(text, end) == Some('s') {
        end + 1
    } else {
        end
    };
    !glued(genitive_end) || !glued(end)
}

/// Adjectives in lower case for a part of a region or a town ("i östra Värmland", "Visby
/// norra hälsocentral").
pub(crate) const PART_ADJECTIVES: [&str; 6] =
    ["östra", "västra", "norra", "södra", "mellersta", "inre"];

/// The region a table row label names, bare city names included ("Stockholm",
/// "Jönköpings län", "Region Skåne"), also when the label names the county's body that
/// receives the sum: "Länsstyrelsen i Hallands län", "Halland (länsstyrelse)".
pub(crate) fn lookup_label(label: &str) -> Option<&'static str> {
    let key = label.trim().trim_end_matches([':', '*', '.']).trim();
    let key = lowercase(key);
    if let Some(&region) = ALIASES.labels.get(&key) {
        return Some(region);
    }
    // "Halland (regionförbund)": the receiving body in parentheses.
    let bare = match key.strip_suffix(')').and_then(|k| k.rsplit_once(" (")) {
        Some((bare, _)) => bare.trim_end(),
        None => key.as_str(),
    };
    let bare = COUNTY_BODY_PREFIXES
        .iter()
        .find_map(|prefix| bare.strip_prefix(prefix))
        .unwrap_or(bare);
    ALIASES.labels.get(bare).copied()
}

/// How a county's own bodies are named before the county ("länsstyrelsen i Hallands
/// län", "regionförbundet i Kalmar län"), in lower case.
const COUNTY_BODY_PREFIXES: &[&str] = &[
    "länsstyrelsen i ",
    "länsstyrelsen ",
    "regionförbundet i ",
    "regionförbundet ",
    "landstinget i ",
];

/// The canonical name of a region for any name it goes by, in any case: "södermanland",
/// "Region Östergötland", "jönköpings län", "VGR", "Landstinget i Västmanlands län" and the
/// bare city names of the counties ("Jönköping"). `None` for anything else. The one
/// alias table of extraction, for query parsers that want to accept every name.
pub fn region_canonical(name: &str) -> Option<&'static str> {
    lookup_label(name)
}

/// The region whose body signs a page outside its text ("Region Sörmland" in a footer,
/// "Landstinget i Västmanland" in a logo): a name that [`region_canonical`] knows and
/// that names a region's body, not a county or a town alone ("Jönköping" is a town's
/// page as often).
pub fn sender_region(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_lowercase();
    let body = ["region", "landsting"]
        .iter()
        .any(|word| lower.contains(word));
    body.then(|| lookup_label(name.trim())).flatten()
}

/// "Länsstyrelsen i Hallands län": the county administrative board of a region, named
/// by the county's genitive.
static COUNTY_BOARDS: LazyLock<Vec<(&'static str, String)>> = LazyLock::new(|| {
    REGIONS
        .iter()
        .filter_map(|r| {
            let lan = r.lan.first()?;
            Some((r.canonical, format!("Länsstyrelsen i {lan} län")))
        })
        .collect()
});

/// The county administrative board of the region with the canonical name `canonical`.
pub(crate) fn county_board(canonical: &str) -> Option<&'static str> {
    COUNTY_BOARDS
        .iter()
        .find(|(region, _)| *region == canonical)
        .map(|(_, board)| board.as_str())
}

#[cfg(test)]
mod tests;
