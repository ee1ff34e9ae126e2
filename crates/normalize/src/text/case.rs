//! Comparing and changing letter case cheaply: Swedish lines are tested against lists
//! of lower-case prefixes and words many times per release, so these avoid allocating
//! and decoding where ASCII and Latin-1 allow.

/// True when `s` starts with `prefix`, ignoring case; `prefix` is in lower case.
/// Compares character by character without allocating, for per-line checks.
#[inline(always)]
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    // Most calls test a line against a list of prefixes and fail on the first letter;
    // when both first bytes are ASCII that answer needs no character decoding, and
    // inlined, no call (106.3 → 105.7 instructions per byte on the seeds, 155.5 → 153.6
    // on the dev releases). A plain `#[inline]` stopped being honoured as the callers
    // grew: forced, 137.40 → 135.91.
    if let (Some(&c), Some(&p)) = (s.as_bytes().first(), prefix.as_bytes().first()) {
        // Beyond ASCII only the Kelvin sign lowers to an ASCII letter, so a line opened
        // by "–" or "Ö" is told from an ASCII prefix here too (135.91 → 135.32).
        let differ = if c.is_ascii() {
            c.to_ascii_lowercase() != p
        } else {
            !s.starts_with(KELVIN_SIGN)
        };
        if p.is_ascii() && c != p && differ {
            return false;
        }
    }
    starts_with_ci_by_chars(s, prefix)
}

/// The one character beyond ASCII whose lower case is an ASCII letter ("k").
const KELVIN_SIGN: char = '\u{212A}';

/// [`starts_with_ci`] past its first-byte test.
fn starts_with_ci_by_chars(s: &str, prefix: &str) -> bool {
    let mut chars = s.chars();
    for p in prefix.chars() {
        let Some(c) = chars.next() else {
            return false;
        };
        let same = c == p
            || if c.is_ascii() {
                c.to_ascii_lowercase() == p
            } else {
                c.is_uppercase() && c.to_lowercase().eq(std::iter::once(p))
            };
        if !same {
            return false;
        }
    }
    true
}

/// How [`starts_with_ci`] compares a character with a lower-case one: ASCII and
/// single-character lower-casing of upper-case letters; anything else as it is.
#[cfg(test)]
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c.is_uppercase() {
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            return l;
        }
    }
    c
}

/// True when folding changes nothing in `s`: the form prefix lists must be in for
/// [`starts_with_ci`] to find them.
#[cfg(test)]
pub(crate) fn is_folded(s: &str) -> bool {
    s.chars().all(|c| fold_char(c) == c)
}

/// True when `s` equals `other` ignoring case; `other` is in lower case.
pub(crate) fn eq_ci(s: &str, other: &str) -> bool {
    // Case changes within Latin-1 keep the UTF-8 length, so lengths must agree.
    s.len() == other.len() && starts_with_ci(s, other)
}

/// True when `s.to_lowercase() == lower`, for a `lower` without a Greek sigma (whose
/// lower case depends on context), without building the lower-case copy.
pub(crate) fn lower_case_is(s: &str, lower: &str) -> bool {
    if first_letters_differ(s, lower) {
        return false;
    }
    // An ASCII word lower-cases byte by byte to a word as long: most words are told
    // apart by their length, without decoding (101.9 → 101.3 instructions per byte on
    // the seeds, 148.9 → 147.7 on the dev releases).
    if s.is_ascii() {
        return s.len() == lower.len()
            && s.bytes()
                .zip(lower.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b);
    }
    s.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// True when `s` starts with an ASCII letter that lower-cases to something other than
/// the first byte of `lower`: the quick answer for most pairs.
fn first_letters_differ(s: &str, lower: &str) -> bool {
    match (s.as_bytes().first(), lower.as_bytes().first()) {
        (Some(&a), Some(&b)) => a.is_ascii() && a.to_ascii_lowercase() != b,
        _ => false,
    }
}

/// True when `s.to_lowercase()` starts with `prefix`; as [`lower_case_is`].
pub(crate) fn lower_case_starts_with(s: &str, prefix: &str) -> bool {
    if first_letters_differ(s, prefix) {
        return false;
    }
    let mut lowered = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

/// `s.to_lowercase()`, quicker for Swedish text. The standard library looks up every
/// character after the first non-ASCII one in its tables; here ASCII and Latin-1 letters
/// (Å, Ä, Ö, É …) are mapped directly, and only text beyond Latin-1 takes the slow path.
pub(crate) fn lowercase(s: &str) -> String {
    // One pass, which the compiler runs on vector registers, tells whether a character
    // beyond Latin-1 or a capital such as "Å" may stand in `s`: the second byte of À to
    // Þ is one of 0x80 to 0x9E, which no lower-case letter of Latin-1 holds. Most text
    // has neither, and needs no search for capitals (104.2 → 102.7 instructions per
    // byte on the seeds, 152.0 → 150.2 on the dev releases).
    let (beyond, capital) = s.bytes().fold((false, false), |(beyond, capital), b| {
        (
            beyond | (b >= BEYOND_LATIN1),
            capital | (0x80..=0x9E).contains(&b),
        )
    });
    if beyond {
        return s.to_lowercase();
    }
    // The copy is lowered as text, not as bytes checked again for UTF-8 afterwards
    // (that check cost 1.1 instructions per byte of the seeds: 105.7 → 104.6).
    let mut out = s.to_ascii_lowercase();
    if !capital {
        return out;
    }
    let mut from = 0;
    // 0xC3 leads every Latin-1 letter beyond ASCII.
    while let Some(at) = memchr::memchr(0xC3, out.as_bytes().get(from..).unwrap_or_default()) {
        let at = from + at;
        from = at + 2;
        let capital = out.get(at..).and_then(|rest| rest.chars().next());
        if let Some(lower) = capital.and_then(latin1_lower) {
            let mut buf = [0u8; 2];
            out.replace_range(at..at + 2, lower.encode_utf8(&mut buf));
        }
    }
    out
}

/// Lead bytes of the characters beyond Latin-1; continuation bytes are below.
const BEYOND_LATIN1: u8 = 0xC4;

/// The lower case of a Latin-1 capital beyond ASCII, À to Þ but ×: 0x20 higher, and
/// as long in UTF-8. `None` for other characters.
fn latin1_lower(c: char) -> Option<char> {
    let code = u32::from(c);
    ((0xC0..=0xDE).contains(&code) && code != 0xD7)
        .then(|| char::from_u32(code + 0x20))
        .flatten()
}

/// Most bytes of a word [`with_lowercase`] lowers on the stack.
const STACK_WORD_BYTES: usize = 16;

/// Calls `f` with `word` in lower case, as [`lowercase`] gives it. The words looked up
/// in lists are short and in Latin-1, and such a word is lowered in a buffer on the
/// stack; only other words pay for a `String`.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; STACK_WORD_BYTES];
    if let Some(slot) = buffer.get_mut(..word.len()) {
        slot.copy_from_slice(word.as_bytes());
        if lowercase_latin1_in_place(slot) {
            if let Ok(lower) = std::str::from_utf8(slot) {
                return f(lower);
            }
        }
    }
    f(&lowercase(word))
}

/// Lower-cases UTF-8 `bytes` in place when every character is in Latin-1, where lower
/// case keeps each character's length; returns false, leaving `bytes` partly folded, on
/// the first character beyond Latin-1.
pub(crate) fn lowercase_latin1_in_place(bytes: &mut [u8]) -> bool {
    let mut after_c3 = false;
    for b in bytes {
        if after_c3 {
            // 0xC3 and `b` encode U+00C0 + (b − 0x80); its lower case is 0x20 higher.
            if b.checked_add(0x40)
                .map(char::from)
                .and_then(latin1_lower)
                .is_some()
            {
                *b += 0x20;
            }
            after_c3 = false;
            continue;
        }
        match *b {
            b'A'..=b'Z' => *b += 0x20,
            0xC3 => after_c3 = true,
            BEYOND_LATIN1.. => return false,
            _ => {}
        }
    }
    true
}

/// Upper-cases the first character.
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lower-cases the first character, unless the second is a capital too: an
/// abbreviation keeps its case.
pub(crate) fn decapitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        // An abbreviation keeps its capitals ("EU- och handelsminister").
        Some(_) if chars.clone().next().is_some_and(char::is_uppercase) => s.to_string(),
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
