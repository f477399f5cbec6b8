//! The first two bytes of a set of lower-cased words, as a bitmap: a test
//! that rules most words out before they are lower-cased and hashed.

use crate::lexicon::latin1_lower;

/// A set of lower-cased two-byte word beginnings, kept by the low six bits
/// of each byte: every pair of lower-case ASCII or Latin-1 letters has a
/// bit of its own, and the set costs 512 bytes to build for a short text.
pub(crate) struct Beginnings {
    /// One bit per pair of six-bit values.
    bits: [u64; 64],
}

impl Beginnings {
    /// The beginnings of the lower-cased `words`.
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Beginnings {
        let mut bits = [0u64; 64];
        for word in words {
            let slot = slot_of(pair_of(word.as_bytes()));
            bits[slot >> 6] |= 1 << (slot & 63);
        }
        Beginnings { bits }
    }

    /// Whether `word`, lower-cased, may begin like one of the words (its
    /// genitive stem too, which begins like it). `true` when its first
    /// letters are outside ASCII and Latin-1, whose lower-casing this test
    /// does not know.
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let Some(pair) = lowered_pair(word.as_bytes()) else {
            return true;
        };
        let slot = slot_of(pair);
        self.bits[slot >> 6] & (1 << (slot & 63)) != 0
    }
}

/// The bit of a pair of bytes: the low six bits of each.
fn slot_of(pair: [u8; 2]) -> usize {
    usize::from(pair[0] & 0x3F) << 6 | usize::from(pair[1] & 0x3F)
}

/// The first two bytes of `bytes` (a missing byte as 0).
fn pair_of(bytes: &[u8]) -> [u8; 2] {
    let first = bytes.first().copied().unwrap_or(0);
    let second = bytes.get(1).copied().unwrap_or(0);
    [first, second]
}

/// The first two bytes the lower-cased `bytes` will have, when lowering
/// them is plain: ASCII letters, and a Latin-1 letter (0xC3 and a second
/// byte) first. `None` otherwise.
fn lowered_pair(bytes: &[u8]) -> Option<[u8; 2]> {
    let first = bytes.first().copied().unwrap_or(0);
    let second = bytes.get(1).copied().unwrap_or(0);
    let pair = match (first, second) {
        (0xC3, b) => [0xC3, latin1_lower(b)],
        // A lead byte after an ASCII letter keeps its value when lowered
        // only for Latin-1 (0xC3).
        (a, b) if a.is_ascii() && (b.is_ascii() || b == 0xC3) => {
            [a.to_ascii_lowercase(), b.to_ascii_lowercase()]
        }
        _ => return None,
    };
    Some(pair)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_ruled_out_by_their_lowered_beginning() {
        let set = Beginnings::of(["huawei", "ørsted", "tdc", "ø"]);
        assert!(set.may_hold("Huawei"));
        assert!(set.may_hold("HUAWEIS"));
        assert!(set.may_hold("Ørsteds"));
        assert!(set.may_hold("TDC's"));
        assert!(set.may_hold("Ø"));
        assert!(!set.may_hold("Ericsson"));
        assert!(!set.may_hold("Hansen"));
        assert!(set.may_hold("Σοφία"));
    }

    proptest::proptest! {
        #[test]
        fn a_word_is_never_ruled_out_of_a_set_that_holds_it(word in "\\PC{1,6}") {
            let lower = word.to_lowercase();
            let set = Beginnings::of([lower.as_str()]);
            proptest::prop_assert!(set.may_hold(&word));
        }
    }
}
