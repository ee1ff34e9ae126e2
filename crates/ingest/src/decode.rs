//! Bytes to text: byte-order marks, UTF-8, UTF-16, legacy Windows-1252 / ISO-8859-1 guessed
//! with chardetng, repair of double-encoded UTF-8, and a test for binary garbage.
//!
//! Text is borrowed from the file's bytes whenever it can be (valid UTF-8 without
//! mojibake), so a large file is not held twice.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::budget::{Budget, OutOfTime};

/// Top-level domain hint for chardetng: the corpus is Swedish.
const TLD_HINT: &[u8] = b"se";

/// Above this share of control characters (other than tab, line feed, carriage return
/// and form feed) or replacement characters, decoded "text" is binary data. Random bytes
/// give about 15 %; real text with a stray control character stays far below 1 %.
const MAX_GARBAGE_SHARE: f64 = 0.02;

/// Sequences that UTF-8 Swedish (and common punctuation) turns into when its bytes are
/// read as Windows-1252 and written back as UTF-8: their presence triggers the repair.
const MOJIBAKE_MARKERS: &[&str] = &[
    "Ã¶", "Ã¤", "Ã¥", "Ã–", "Ã„", "Ã…", "Ã©", "Ã¼", "â€", "Â\u{a0}",
];

/// The second bytes of Ã, â and Â (0xC3 0x83, 0xC3 0xA2, 0xC3 0x82), with which every
/// marker starts: one scan for them finds every marker, where a search per marker would
/// stop at each å, ä and ö (0xC3 too).
const MARKER_SECOND_BYTES: [u8; 3] = [0x83, 0xA2, 0x82];

/// How many bytes [`garbage_reason`] counts between two ticks of the budget.
const BYTES_PER_TICK: usize = 1 << 20;

/// Decodes `bytes` to text, picking the encoding as a Swedish reader would: a byte-order
/// mark wins; then UTF-16 without BOM if every other byte is zero; then UTF-8 if valid;
/// then chardetng's guess (hinted `.se`), which for Swedish legacy files is Windows-1252.
/// Double-encoded UTF-8 ("Ã¶" for "ö") is repaired.
pub(crate) fn decode<'a>(bytes: &'a [u8], budget: &mut Budget) -> Result<Cow<'a, str>, OutOfTime> {
    let text = match plain_utf8(bytes) {
        Some(text) => Cow::Borrowed(text),
        None => detect_encoding(bytes).decode(bytes).0,
    };
    repair_mojibake(text, budget)
}

/// UTF-8 without a byte-order mark, the common case: validated once and borrowed.
fn plain_utf8(bytes: &[u8]) -> Option<&str> {
    // Before the UTF-8 test: ASCII written as UTF-16 is valid UTF-8 full of NULs.
    if Encoding::for_bom(bytes).is_some() || utf16_without_bom(bytes).is_some() {
        return None;
    }
    // The vector validator: `std`'s is quick on ASCII only, and Swedish is not.
    simdutf8::basic::from_utf8(bytes).ok()
}

/// The encoding of bytes that are not [`plain_utf8`].
fn detect_encoding(bytes: &[u8]) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding;
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return encoding;
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(TLD_HINT), Utf8Detection::Deny);
    // UTF-8 is denied (the bytes are not valid UTF-8); anything but a Western guess
    // is unlikely for a Swedish corpus, but chardetng knows better for e.g. a Russian file.
    guess
}

/// UTF-16 without a byte-order mark shows as ASCII letters interleaved with zero bytes.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_at = |offset: usize| {
        sample
            .chunks_exact(2)
            .filter(|pair| pair[offset] == 0 && pair[1 - offset] != 0)
            .count()
    };
    if zero_at(1) * 10 >= pairs * 9 {
        Some(UTF_16LE)
    } else if zero_at(0) * 10 >= pairs * 9 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Repairs UTF-8 that was decoded as Windows-1252 and re-encoded (once or twice): each
/// run of characters whose Windows-1252 bytes form a valid multi-byte UTF-8 sequence is
/// replaced by what that sequence means. Text without a typical marker is returned as it
/// is (not copied), so a legitimate "Ã" elsewhere is never touched.
pub(crate) fn repair_mojibake<'a>(
    text: Cow<'a, str>,
    budget: &mut Budget,
) -> Result<Cow<'a, str>, OutOfTime> {
    let mut text = text;
    // Twice covers text that went through the mistake twice.
    for _ in 0..2 {
        if !has_mojibake_marker(&text) {
            break;
        }
        text = Cow::Owned(repair_once(&text, budget)?);
    }
    Ok(text)
}

fn has_mojibake_marker(text: &str) -> bool {
    let bytes = text.as_bytes();
    let [a, b, c] = MARKER_SECOND_BYTES;
    memchr::memchr3_iter(a, b, c, bytes).any(|second| {
        let from = &bytes[second.saturating_sub(1)..];
        MOJIBAKE_MARKERS
            .iter()
            .any(|marker| from.starts_with(marker.as_bytes()))
    })
}

fn repair_once(text: &str, budget: &mut Budget) -> Result<String, OutOfTime> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        budget.tick()?;
        let (kept, used) = repair_sequence(rest).unwrap_or((c, c.len_utf8()));
        out.push(kept);
        rest = &rest[used..];
    }
    Ok(out)
}

/// If `text` starts with a UTF-8 lead byte and its continuation bytes, each written as
/// the Windows-1252 character for that byte, returns the real character and how many
/// bytes of `text` it used.
fn repair_sequence(text: &str) -> Option<(char, usize)> {
    let mut chars = text.chars();
    let lead = cp1252_byte(chars.next()?)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = [0u8; 4];
    bytes[0] = lead;
    let mut used = text.chars().next()?.len_utf8();
    for slot in &mut bytes[1..len] {
        let c = chars.next()?;
        let byte = cp1252_byte(c)?;
        if !(0x80..=0xBF).contains(&byte) {
            return None;
        }
        *slot = byte;
        used += c.len_utf8();
    }
    let repaired = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
    Some((repaired, used))
}

/// The Windows-1252 byte (0x80–0xFF) that decodes to `c`, as encoding_rs decodes it
/// (the five unassigned bytes map to the C1 controls of the same value).
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0xA0..=0xFF).contains(&code) || (0x80..=0x9F).contains(&code) {
        return u8::try_from(code).ok();
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    match (&*bytes, unmappable) {
        ([byte], false) if *byte >= 0x80 => Some(*byte),
        _ => None,
    }
}

/// Why `text` is not text, if it looks like binary data decoded by force.
pub(crate) fn garbage_reason(text: &str, budget: &mut Budget) -> Result<Option<String>, OutOfTime> {
    // Counted in bytes, in passes simple enough to vectorize (a pass per character cost
    // more than decoding), and characters only counted when there is garbage to weigh.
    // C0 controls and DEL are one byte; C1 controls are 0xC2 0x80–0x9F; U+FFFD is
    // 0xEF 0xBF 0xBD; a character starts at each byte that is not a continuation byte.
    let bytes = text.as_bytes();
    let mut garbage = 0usize;
    for chunk in bytes.chunks(BYTES_PER_TICK) {
        budget.tick()?;
        // Counted in bytes per block of 255, which cannot overflow one: the compiler
        // then sums 16 or 32 bytes at a time.
        garbage += chunk
            .chunks(usize::from(u8::MAX))
            .map(|block| {
                let count = block.iter().fold(0u8, |count, &byte| {
                    count + u8::from(is_control_garbage(byte))
                });
                usize::from(count)
            })
            .sum::<usize>();
    }
    garbage += memchr::memchr2_iter(0xC2, 0xEF, bytes)
        .filter(|&lead| match bytes[lead] {
            0xC2 => matches!(bytes.get(lead + 1), Some(0x80..=0x9F)),
            _ => bytes.get(lead + 1..lead + 3) == Some(&[0xBF, 0xBD][..]),
        })
        .count();
    if garbage == 0 {
        return Ok(None);
    }
    let total = bytes.iter().filter(|&&byte| byte & 0xC0 != 0x80).count();
    if total == 0 {
        return Ok(None);
    }
    let share = garbage as f64 / total as f64;
    Ok((share > MAX_GARBAGE_SHARE).then(|| {
        format!(
            "{:.0} % of its {total} characters are control or invalid bytes: binary data",
            share * 100.0
        )
    }))
}

/// A C0 control other than tab, line feed, form feed and carriage return, or DEL.
/// Written with `&` and `|` rather than a `match`, so that the count over a text runs
/// on vector compares instead of a branch per byte (10 instructions a byte before).
fn is_control_garbage(byte: u8) -> bool {
    let control = (byte < 0x20) & (byte != b'\t') & (byte != b'\n') & (byte != 0x0C);
    (control & (byte != b'\r')) | (byte == 0x7F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> String {
        decode(bytes, &mut Budget::unlimited())
            .unwrap()
            .into_owned()
    }

    fn repaired(text: &str) -> String {
        repair_mojibake(Cow::Borrowed(text), &mut Budget::unlimited())
            .unwrap()
            .into_owned()
    }

    #[test]
    fn control_garbage_is_every_control_but_white_space() {
        for byte in 0..=u8::MAX {
            let expected = matches!(byte, 0x00..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F);
            assert_eq!(is_control_garbage(byte), expected, "{byte:#04x}");
        }
    }

    #[test]
    fn valid_utf8_wins_over_guessing() {
        assert_eq!(decoded("Östergötland".as_bytes()), "Östergötland");
    }

    #[test]
    fn plain_utf8_is_what_the_standard_library_accepts() {
        let long = "Region Östergötland får 44,3 miljoner kronor. ".repeat(40);
        let mut cut_in_a_char = long.as_bytes().to_vec();
        cut_in_a_char.truncate(long.find('Ö').unwrap_or(0) + 1);
        let mut latin1_in_the_middle = long.as_bytes().to_vec();
        latin1_in_the_middle[1000] = 0xF6;
        let cases: [&[u8]; 8] = [
            b"",
            long.as_bytes(),
            &cut_in_a_char,
            &latin1_in_the_middle,
            b"\xC0\xAF overlong",
            b"surrogate \xED\xA0\x80",
            b"past U+10FFFF \xF4\x90\x80\x80",
            "emoji 😀 and ö".as_bytes(),
        ];
        for bytes in cases {
            assert_eq!(
                plain_utf8(bytes),
                std::str::from_utf8(bytes).ok(),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn windows_1252_bytes_are_guessed() {
        let (bytes, _, _) = WINDOWS_1252.encode("Östergötland får 44 miljoner kronor");
        assert_eq!(decoded(&bytes), "Östergötland får 44 miljoner kronor");
    }

    #[test]
    fn double_encoded_utf8_is_repaired() {
        assert_eq!(
            repaired("Ã–stergÃ¶tland fÃ¥r â€“ 44"),
            "Östergötland får – 44"
        );
    }

    #[test]
    fn mixed_correct_and_broken_text_is_repaired_per_sequence() {
        assert_eq!(repaired("ö och Ã¶"), "ö och ö");
    }

    #[test]
    fn text_without_markers_is_untouched() {
        assert_eq!(repaired("Ã la carte"), "Ã la carte");
        let text = "Östergötland";
        let kept = decode(text.as_bytes(), &mut Budget::unlimited()).unwrap();
        assert!(
            matches!(kept, Cow::Borrowed(_)),
            "valid UTF-8 is not copied"
        );
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let bytes: Vec<u8> = "Hej Sverige"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decoded(&bytes), "Hej Sverige");
    }

    #[test]
    fn random_bytes_are_garbage() {
        let bytes: Vec<u8> = (0u32..4000)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(garbage_reason(&decoded(&bytes), &mut Budget::unlimited())
            .unwrap()
            .is_some());
        assert!(garbage_reason("Hej\tdå\r\n", &mut Budget::unlimited())
            .unwrap()
            .is_none());
    }

    #[test]
    fn every_marker_starts_with_a_byte_pair_the_scan_looks_for() {
        for marker in MOJIBAKE_MARKERS {
            let bytes = marker.as_bytes();
            assert_eq!(bytes[0], 0xC3, "{marker}");
            assert!(MARKER_SECOND_BYTES.contains(&bytes[1]), "{marker}");
            assert!(has_mojibake_marker(&format!("• 5 € {marker}")));
        }
        assert!(!has_mojibake_marker("• Å, ä och ö kostar 5 €"));
    }

    #[test]
    fn garbage_is_counted_in_characters_of_every_width() {
        let reason = |text: &str| garbage_reason(text, &mut Budget::unlimited()).unwrap();
        // 100 characters, å ö — – € among them; tab, line feed, carriage return and form
        // feed are text.
        let clean = "åö—–€\t\n\r\u{c}".repeat(10) + &"x".repeat(10);
        assert_eq!(clean.chars().count(), 100);
        assert_eq!(reason(&clean), None);
        // Three of them garbage, one of each width: a C0 control or DEL, a C1 control, a
        // replacement character.
        for garbage in ["\u{7}\u{85}\u{FFFD}", "\u{7f}\u{9f}\u{FFFD}"] {
            let text = garbage.to_string() + &clean[..clean.len() - 3];
            assert_eq!(text.chars().count(), 100);
            let reason = reason(&text).expect("3 % is garbage");
            assert!(reason.starts_with("3 % of its 100 characters"), "{reason}");
        }
        // Letters whose bytes hold 0x85 or 0xBF 0xBD are not garbage.
        assert_eq!(reason(&"ą\u{FFBD}\u{FFFE}".repeat(30)), None);
    }
}
