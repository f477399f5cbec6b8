//! Abbreviations whose full stop does not end a sentence by itself, and
//! the ones among them that go on before a capitalised word.

use super::PackedTable;
use super::table::{SHORT_MASKS, ascii_capitals, latin1_lower_u64, load_u64};
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// Every abbreviation in the data file, lower-cased.
static ABBREVIATIONS: Lazy<HashSet<Box<str>>> = Lazy::new(|| {
    super::entries(include_str!("data/abbreviations.txt"))
        .map(|entry| entry.to_lowercase().into_boxed_str())
        .collect()
});

/// The abbreviations of up to 16 bytes, packed into one number each (see
/// [`pack`]). The tokenizer asks after every word followed by a full
/// stop, so the common case is one multiplication and one or two loads.
/// 1024 slots, several times the list's length.
static PACKED: Lazy<PackedTable<()>> = Lazy::new(|| {
    let packed = ABBREVIATIONS
        .iter()
        .filter_map(|a| pack(a))
        .map(|key| (key, ()));
    PackedTable::new(1024, packed, ())
});

/// The number of slots of [`ASCII_ONE_PART`]: several times the list's
/// length, so that a probe seldom goes past its first slot.
const ASCII_SLOTS: usize = 512;

/// The abbreviations of one part in ASCII letters ("kr.", "ekskl."),
/// each as the number [`pack`] makes of it, in an open-addressing table
/// built when the crate is compiled (0 marks an empty slot). Most words
/// before a full stop are ASCII letters, and the tokenizer asks about
/// each of them: this table needs no lowering of Latin-1, no `Lazy` and
/// no 128-bit keys.
static ASCII_ONE_PART: [u64; ASCII_SLOTS] =
    ascii_one_part_table(include_str!("data/abbreviations.txt").as_bytes());

/// The first slot of [`ASCII_ONE_PART`] to probe for `key`: the top bits
/// of a multiplicative hash.
const fn ascii_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - ASCII_SLOTS.trailing_zeros())) as usize
}

/// Builds [`ASCII_ONE_PART`] from the lines of the data file, cut at `#`
/// and trimmed as [`super::entries`] cuts them. An entry of one part in
/// ASCII letters longer than eight bytes fails the build, since
/// [`ascii_one_part_in`] turns such words down unread.
const fn ascii_one_part_table(data: &[u8]) -> [u64; ASCII_SLOTS] {
    let mut table = [0u64; ASCII_SLOTS];
    let mut filled = 0;
    let mut line_start = 0;
    while line_start < data.len() {
        let mut line_end = line_start;
        while line_end < data.len() && data[line_end] != b'\n' {
            line_end += 1;
        }
        let mut end = line_start;
        while end < line_end && data[end] != b'#' {
            end += 1;
        }
        let mut start = line_start;
        while start < end && data[start].is_ascii_whitespace() {
            start += 1;
        }
        while end > start && data[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        let mut letters = start;
        while letters < end && data[letters].is_ascii_alphabetic() {
            letters += 1;
        }
        if letters > start && letters + 1 == end && data[letters] == b'.' {
            assert!(end - start <= 8, "an abbreviation of one part over 8 bytes");
            let mut key = 0u64;
            let mut at = end;
            while at > start {
                at -= 1;
                key = key << 8 | data[at].to_ascii_lowercase() as u64;
            }
            let mut slot = ascii_slot(key) % ASCII_SLOTS;
            while table[slot] != 0 && table[slot] != key {
                slot = (slot + 1) % ASCII_SLOTS;
            }
            if table[slot] == 0 {
                filled += 1;
                assert!(filled * 2 < ASCII_SLOTS, "ASCII_ONE_PART is too full");
                table[slot] = key;
            }
        }
        line_start = line_end + 1;
    }
    table
}

/// Whether `bytes[start..end]`, ASCII-lowered, is an abbreviation of one
/// part in ASCII letters: for a word of ASCII letters and its full stop,
/// exactly [`contains`]. Any other bytes are turned down: a byte from
/// 0x80 stays in the key, and no entry holds one.
#[inline(always)]
pub(crate) fn ascii_one_part_in(bytes: &[u8], start: usize, end: usize) -> bool {
    let len = end.wrapping_sub(start);
    // No mask for a length of 0 (which wraps) or more than 8.
    let Some(mask) = SHORT_MASKS.get(len.wrapping_sub(1)) else {
        return false;
    };
    let word = match bytes.get(start..).and_then(<[u8]>::first_chunk::<8>) {
        Some(eight) => u64::from_le_bytes(*eight) & mask,
        // Near the end of the text.
        None => bytes.get(start..end).map_or(0, super::zero_padded),
    };
    // Bytes from 0x80 may carry into the next in `ascii_capitals`; they
    // stay in the key, so that it matches nothing all the same.
    let key = word | ascii_capitals(word) >> 2;
    let mut slot = ascii_slot(key);
    for _ in 0..ASCII_SLOTS {
        match ASCII_ONE_PART.get(slot) {
            Some(&found) if found == key => return key != 0,
            Some(0) | None => return false,
            Some(_) => slot = (slot + 1) % ASCII_SLOTS,
        }
    }
    false
}

/// Whether the packed `key` is in [`PACKED`].
fn packed_contains(key: u128) -> bool {
    PACKED.get(key).is_some()
}

/// `word` lower-cased and packed into a number, when it is at most 16
/// bytes of ASCII and Latin-1 letters ("Lør." and "lør." pack alike):
/// its bytes, zero-padded, little-endian. Read with fixed-size loads and
/// lowered eight bytes at a time.
#[inline]
pub(crate) fn pack(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    if len > 16 {
        return None;
    }
    let (low, high) = match bytes.split_at_checked(8) {
        Some((_, rest)) => (load_u64(bytes, 0), super::zero_padded(rest)),
        None => (super::zero_padded(bytes), 0),
    };
    let low = latin1_lower_u64(low)?;
    let high = latin1_lower_u64(high)?;
    Some(u128::from(low) | u128::from(high) << 64)
}

/// Abbreviations that stand before what they qualify: a title before a
/// name ("dr. Hansen", "St. Petersborg"), or a linking word before a
/// noun phrase that may start with a name ("bl.a. Danmark", "f.eks.
/// Politiken"). A capitalised word after them continues the sentence;
/// after any other abbreviation ("osv.", "kr.", "mio.") it starts a new
/// one. Read off the treebank data in `../shared/data`: the
/// abbreviations here go on before a capital there ("bl.a.", "f.eks.",
/// "dr.", "d.", "s.", "st.", "Kgs. Nytorv", "Det Kgl. Teater", a "Chr."
/// between two names) and never end a sentence, while units and "osv." do.
const CONTINUING: &[&str] = &[
    "adm.",
    "afd.",
    "ang.",
    "bl.a.",
    "ca.",
    "d.",
    "dir.",
    "dr.",
    "dr.med.",
    "dr.phil.",
    "dr.theol.",
    "dvs.",
    "d.v.s.",
    "ekskl.",
    "evt.",
    "f.",
    "f.eks.",
    "fhv.",
    "fr.",
    "frk.",
    "fx.",
    "gl.",
    "hhv.",
    "hr.",
    "iflg.",
    "ifm.",
    "inkl.",
    "jf.",
    "jvf.",
    "kl.",
    "lic.",
    "m.h.t.",
    "mag.art.",
    "mht.",
    "mr.",
    "mrs.",
    "ms.",
    "ndr.",
    "nr.",
    "p.g.a.",
    "pga.",
    "pr.",
    "prof.",
    "chr.",
    "jac.",
    "joh.",
    "kgl.",
    "kgs.",
    "vilh.",
    "s.",
    "sdr.",
    "skt.",
    "sml.",
    "st.",
    "tlf.",
    "vedr.",
    "vs.",
];

/// [`CONTINUING`] packed (see [`pack`]) and sorted, for a binary search.
static CONTINUING_PACKED: Lazy<Vec<u128>> = Lazy::new(|| {
    let mut packed: Vec<u128> = CONTINUING.iter().filter_map(|a| pack(a)).collect();
    packed.sort_unstable();
    packed
});

/// Longest abbreviation looked up, in bytes.
const MAX_LEN: usize = 20;

/// Lower-cases `word` into `buf` when it is short enough to be an
/// abbreviation.
fn lower<'b>(word: &'b str, buf: &'b mut [u8; MAX_LEN * 3]) -> Option<&'b str> {
    if word.len() > MAX_LEN {
        return None;
    }
    super::lowercase_into(word, buf)
}

/// Whether `text[start..end]` (a word with its final full stop) is a
/// known abbreviation, ignoring case: [`contains`], but a word of up to
/// eight bytes (every abbreviation without an inner full stop, in
/// Latin-1) is packed from one load of the eight bytes from `start`, the
/// bytes past the word masked off, where eight bytes remain. `start` and
/// `end` lie on char boundaries.
#[inline]
pub(crate) fn contains_in(text: &str, start: usize, end: usize) -> bool {
    let len = end.wrapping_sub(start);
    let eight = text
        .as_bytes()
        .get(start..)
        .and_then(<[u8]>::first_chunk::<8>);
    // No mask for a length of 0 (which wraps) or more than 8.
    let mask = SHORT_MASKS.get(len.wrapping_sub(1));
    if let (Some(eight), Some(mask)) = (eight, mask) {
        // Zero-padded, as `pack` pads a short word.
        let word = u64::from_le_bytes(*eight) & mask;
        if let Some(lower) = latin1_lower_u64(word) {
            return packed_contains(u128::from(lower));
        }
    } else if let Some(key) = pack_long_in(text.as_bytes(), start, end) {
        return packed_contains(key);
    }
    text.get(start..end).is_some_and(contains)
}

/// For a word `bytes[start..end]` of 9 to 16 bytes, its [`pack`]: the
/// first eight bytes and the last eight, of which the bytes the first
/// load read are shifted out, so that the rest lies zero-padded as
/// `pack` pads it. `None` for any other length, a word past the end, or
/// one that does not pack.
#[inline(always)]
fn pack_long_in(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end
        .checked_sub(start)
        .filter(|len| (9..=16).contains(len))?;
    let head = bytes.get(start..)?.first_chunk::<8>()?;
    let last = bytes.get(end - 8..end)?.first_chunk::<8>()?;
    let low = latin1_lower_u64(u64::from_le_bytes(*head))?;
    let high = latin1_lower_u64(u64::from_le_bytes(*last) >> (8 * (16 - len)))?;
    Some(u128::from(low) | u128::from(high) << 64)
}

/// Whether `word` (with its final full stop) is a known abbreviation,
/// ignoring case.
pub(crate) fn contains(word: &str) -> bool {
    if let Some(key) = pack(word) {
        return packed_contains(key);
    }
    let mut buf = [0u8; MAX_LEN * 3];
    lower(word, &mut buf).is_some_and(|lower| ABBREVIATIONS.contains(lower))
}

/// Whether the abbreviation `word` (with its final full stop) goes on
/// before a capitalised word rather than ending the sentence there.
pub(crate) fn continues_before_capital(word: &str) -> bool {
    // Every entry packs, so a word lowered outside Latin-1 ("\u{212A}l."
    // with the Kelvin sign) is packed once lowered.
    let lowered_key = || {
        let mut buf = [0u8; MAX_LEN * 3];
        pack(lower(word, &mut buf)?)
    };
    pack(word)
        .or_else(lowered_key)
        .is_some_and(|key| CONTINUING_PACKED.binary_search(&key).is_ok())
}

/// Whether `word`, or `word` with a full stop added, is a known
/// abbreviation ("Cand.it", "bl.a"), so that it is not taken for a domain.
pub(crate) fn contains_prefix_form(word: &str) -> bool {
    if contains(word) {
        return true;
    }
    let mut with_dot = [0u8; MAX_LEN + 1];
    if word.len() >= MAX_LEN {
        return false;
    }
    with_dot[..word.len()].copy_from_slice(word.as_bytes());
    with_dot[word.len()] = b'.';
    std::str::from_utf8(&with_dot[..=word.len()]).is_ok_and(contains)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_continuing_abbreviation_is_listed() {
        for word in CONTINUING {
            assert!(contains(word), "{word} is missing from abbreviations.txt");
        }
    }

    #[test]
    fn the_list_is_long_enough_and_lower_case_with_full_stops() {
        let entries: Vec<&str> =
            super::super::entries(include_str!("data/abbreviations.txt")).collect();
        assert!(entries.len() >= 150, "only {} abbreviations", entries.len());
        for entry in entries {
            assert!(entry.ends_with('.'), "{entry} lacks its full stop");
            assert_eq!(entry, entry.to_lowercase(), "{entry} is not lower case");
        }
    }

    #[test]
    fn the_ascii_table_holds_every_abbreviation_of_one_part_in_ascii_letters() {
        let mut held = 0;
        for entry in super::super::entries(include_str!("data/abbreviations.txt")) {
            let letters = entry.strip_suffix('.').unwrap_or("");
            let ascii_one_part =
                !letters.is_empty() && letters.bytes().all(|b| b.is_ascii_alphabetic());
            let upper = entry.to_uppercase();
            assert_eq!(
                ascii_one_part_in(entry.as_bytes(), 0, entry.len()),
                ascii_one_part,
                "{entry}"
            );
            assert_eq!(
                ascii_one_part_in(upper.as_bytes(), 0, upper.len()),
                ascii_one_part,
                "{upper}"
            );
            held += usize::from(ascii_one_part);
        }
        assert_eq!(ASCII_ONE_PART.iter().filter(|&&key| key != 0).count(), held);
        assert!(held > 100, "{held}");
    }

    #[test]
    fn the_ascii_table_answers_as_contains_for_words_of_ascii_letters() {
        // Near the end too, where fewer than eight bytes remain.
        let text = "Se kr. 5, KR. og Mio. Ekskl. ekskl.x Dr. Bl. jan. Jan. Året. \
                    tlf. mrs. osv. hus. Sdr. Kgl. kgs. huset. Lør. Ca. ca.";
        let bytes = text.as_bytes();
        let mut found = 0;
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let word = &bytes[start..end];
                let ascii_word = word.len() >= 2
                    && word[word.len() - 1] == b'.'
                    && word[..word.len() - 1].iter().all(u8::is_ascii_alphabetic);
                let expected = ascii_word && contains(&text[start..end]);
                assert_eq!(
                    ascii_one_part_in(bytes, start, end),
                    expected,
                    "{start}..{end}"
                );
                found += usize::from(expected);
            }
        }
        assert!(found >= 15, "{found}");
        assert!(!ascii_one_part_in(bytes, 5, 3));
    }

    #[test]
    fn every_continuing_abbreviation_packs() {
        assert_eq!(CONTINUING_PACKED.len(), CONTINUING.len());
        assert!(!continues_before_capital("d"));
        assert!(continues_before_capital("DR.MED."));
        // Lowered outside Latin-1: the Kelvin sign lowers to "k".
        assert!(continues_before_capital("\u{212A}L."));
    }

    #[test]
    fn packing_lowers_and_pads() {
        let bytes = |word: &str| {
            let mut padded = [0u8; 16];
            padded[..word.len()].copy_from_slice(word.as_bytes());
            u128::from_le_bytes(padded)
        };
        for (word, lower) in [
            ("Lør.", "lør."),
            ("ØSTL.", "østl."),
            ("Mag.Art.", "mag.art."),
            ("Dr.Theol.", "dr.theol."),
            ("ABCDEFGHIJKLMNOP", "abcdefghijklmnop"),
            ("", ""),
        ] {
            assert_eq!(pack(word), Some(bytes(lower)), "{word}");
        }
        assert_eq!(pack("abcdefghijklmnopq"), None);
        assert_eq!(pack("Łódź."), None);
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(contains("Bl.a."));
        assert!(continues_before_capital("Dr."));
        assert!(!continues_before_capital("osv."));
        assert!(contains_prefix_form("Cand.it"));
        assert!(contains("LØR."));
        assert!(contains("Østl."));
        assert!(!contains("Året."));
    }

    #[test]
    fn an_abbreviation_read_from_the_text_is_found_as_its_str() {
        let text = "Se bl.a. KR. 5, ØSTL. og tlf. nr. 12; Året. Å. d. Łódź. Mag.Art. \
                    Dr.Theol. \u{212A}r. Sønderjyllands. Cand.Scient.Pol. kr.";
        for (start, _) in text.char_indices() {
            for end in (start + 1..=text.len()).filter(|&end| text.is_char_boundary(end)) {
                let word = &text[start..end];
                assert_eq!(contains_in(text, start, end), contains(word), "{word:?}");
            }
        }
        assert!(contains_in(text, 3, 8));
        assert!(!contains_in(text, 3, 3));
        assert!(!contains_in(text, 8, 3));
    }
}
