//! Word endings looked up by the low bits of their last two bytes, so that
//! testing a word against a list of endings costs a table index and a
//! compare or two instead of a compare per ending, and no hashing at all.

use super::bytes::ends_with;

/// One ending of a [`Suffixes`] list.
struct Ending<T> {
    /// The ending as listed.
    text: &'static [u8],
    /// Its last bytes, for a first test.
    text_tail: Tail,
    /// What [`Suffixes::may_end`] asks a word to end with: the ending past
    /// its first character, but at least its last two bytes.
    loose: &'static [u8],
    /// Its last bytes, for a first test.
    loose_tail: Tail,
    /// Its value.
    value: T,
}

/// The last four bytes (or fewer) of an ending as a number, with a mask
/// that keeps as many bytes of a word's last four: one compare rules out
/// nearly every ending a word does not end with, where a byte loop would
/// run for each.
#[derive(Clone, Copy)]
struct Tail {
    /// The ending's last bytes, the last one highest, as [`last_four`]
    /// reads a word's.
    bytes: u32,
    /// Ones over the bytes the ending has.
    mask: u32,
}

impl Tail {
    /// The tail of `ending`.
    fn of(ending: &[u8]) -> Tail {
        let n = ending.len().min(4);
        Tail {
            bytes: last_four(ending),
            mask: u32::MAX.checked_shl(32 - 8 * n as u32).unwrap_or(0),
        }
    }

    /// Whether the word of `word_tail` (its [`last_four`]) ends with
    /// `ending`, the ending of this tail.
    fn ends(self, word_tail: u32, word: &[u8], ending: &[u8]) -> bool {
        if word_tail & self.mask != self.bytes {
            return false;
        }
        if ending.len() <= 4 {
            word.len() >= ending.len()
        } else {
            ends_with(word, ending)
        }
    }
}

/// The last four bytes of `bytes` as a number, the last byte highest and
/// missing ones as zeros.
fn last_four(bytes: &[u8]) -> u32 {
    match bytes {
        [.., a, b, c, d] => u32::from_le_bytes([*a, *b, *c, *d]),
        _ => bytes
            .iter()
            .rev()
            .enumerate()
            .fold(0, |tail, (k, &b)| tail | u32::from(b) << (24 - 8 * k)),
    }
}

/// How many slots the table of [`Suffixes`] has: one per pair of six-bit
/// values.
const SLOTS: usize = 1 << 12;

/// The slot of a word or ending that ends in `tail`: the low six bits of
/// its last two bytes, which tell the lower-case letters of ASCII and
/// Latin-1 apart. Words in a slot that end otherwise are told apart by
/// their [`Tail`].
fn slot_of(tail: u32) -> usize {
    let last = (tail >> 24) as usize;
    let second = (tail >> 16) as usize;
    (second & 0x3F) << 6 | (last & 0x3F)
}

/// Endings with a value each, grouped by the slot of their last two bytes.
pub(crate) struct Suffixes<T: Copy + 'static> {
    /// For each slot, the range of `endings` that fall in it.
    by_slot: Box<[(u8, u8)]>,
    /// The endings sorted by slot, list order kept within a slot.
    endings: Vec<Ending<T>>,
}

impl<T: Copy + 'static> Suffixes<T> {
    /// Groups `endings`; within a group the list order is kept, so an
    /// earlier ending wins. Endings must be at least two bytes long, and
    /// there may be at most 255 of them.
    pub(crate) fn new(endings: &[(&'static str, T)]) -> Suffixes<T> {
        let mut sorted: Vec<(usize, Ending<T>)> = endings
            .iter()
            .filter(|(text, _)| text.len() >= 2)
            .filter_map(|&(text, value)| {
                let past_first = text.chars().next()?.len_utf8();
                let loose = text.as_bytes().get(past_first.min(text.len() - 2)..)?;
                let ending = Ending {
                    text: text.as_bytes(),
                    text_tail: Tail::of(text.as_bytes()),
                    loose,
                    loose_tail: Tail::of(loose),
                    value,
                };
                Some((slot_of(last_four(text.as_bytes())), ending))
            })
            .take(255)
            .collect();
        // A stable sort keeps the list order within each slot.
        sorted.sort_by_key(|&(slot, _)| slot);
        let mut by_slot = vec![(0u8, 0u8); SLOTS].into_boxed_slice();
        for (at, &(slot, _)) in sorted.iter().enumerate() {
            // At most 255 endings, so their indices fit a byte.
            let to_u8 = |n: usize| u8::try_from(n).unwrap_or(u8::MAX);
            let range = &mut by_slot[slot];
            if range.0 == range.1 {
                range.0 = to_u8(at);
            }
            range.1 = to_u8(at + 1);
        }
        Suffixes {
            by_slot,
            endings: sorted.into_iter().map(|(_, ending)| ending).collect(),
        }
    }

    /// Whether `word` ends in some ending without that ending's first
    /// character (and in its last two bytes): a cheap test that rules
    /// most words out both before [`Suffixes::find`] and before a search
    /// for an ending that is the whole word but for its (differently
    /// cased) first letter.
    #[inline]
    pub(crate) fn may_end(&self, word: &str) -> bool {
        let (word, word_tail) = (word.as_bytes(), last_four(word.as_bytes()));
        self.candidates(word, word_tail)
            .iter()
            .any(|ending| ending.loose_tail.ends(word_tail, word, ending.loose))
    }

    /// The value of the first ending that `word` ends with. Inlined: most
    /// words are ruled out by their slot, which a call costs more than.
    #[inline]
    pub(crate) fn find(&self, word: &str) -> Option<T> {
        self.find_bytes(word.as_bytes())
    }

    /// [`Suffixes::find`] on the bytes of a word.
    #[inline]
    pub(crate) fn find_bytes(&self, word: &[u8]) -> Option<T> {
        let word_tail = last_four(word);
        self.candidates(word, word_tail)
            .iter()
            .find(|ending| ending.text_tail.ends(word_tail, word, ending.text))
            .map(|ending| ending.value)
    }

    /// The value of the first ending that is all of `word` and whose value
    /// `fits`.
    pub(crate) fn find_whole(&self, word: &str, fits: impl Fn(T) -> bool) -> Option<T> {
        let (word, word_tail) = (word.as_bytes(), last_four(word.as_bytes()));
        self.candidates(word, word_tail)
            .iter()
            .find(|ending| word == ending.text && fits(ending.value))
            .map(|ending| ending.value)
    }

    /// The endings in the slot of `word`, which ends in `word_tail`: all
    /// that may end it, in list order, and a few that do not.
    #[inline]
    fn candidates(&self, word: &[u8], word_tail: u32) -> &[Ending<T>] {
        if word.len() < 2 {
            return &[];
        }
        let (start, end) = self.by_slot[slot_of(word_tail)];
        self.endings
            .get(usize::from(start)..usize::from(end))
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_matching_ending_wins() {
        let table = Suffixes::new(&[("minister", 1), ("ster", 2), ("chef", 3)]);
        assert_eq!(table.find("forsvarsminister"), Some(1));
        assert_eq!(table.find("søster"), Some(2));
        assert_eq!(table.find("landechef"), Some(3));
        assert_eq!(table.find("hus"), None);
        assert_eq!(table.find("f"), None);
        assert!(table.may_end("monster"));
        assert!(table.may_end("Ster"));
        assert!(!table.may_end("hus"));
        assert!(!table.may_end("kaffer"));
    }

    proptest::proptest! {
        #[test]
        fn lookups_agree_with_a_walk_over_the_list(word in "[a-døxã#]{0,7}") {
            let list: &[(&'static str, usize)] =
                &[("abc", 0), ("bc", 1), ("dabc", 2), ("øc", 3), ("cdabc", 4), ("ab", 5), ("øø", 6), ("ax", 7), ("ã", 8), ("x#", 9)];
            let table = Suffixes::new(list);
            let first = list.iter().find(|(e, _)| word.ends_with(e)).map(|&(_, v)| v);
            proptest::prop_assert_eq!(table.find(&word), first);
            let whole = list.iter().find(|(e, v)| word == *e && v % 2 == 0).map(|&(_, v)| v);
            proptest::prop_assert_eq!(table.find_whole(&word, |v| v % 2 == 0), whole);
            let may_end = list.iter().any(|(e, _)| {
                let past_first = &e[e.chars().next().map_or(0, char::len_utf8)..];
                word.as_bytes().ends_with(&e.as_bytes()[e.len() - 2..]) && word.ends_with(past_first)
            });
            proptest::prop_assert_eq!(table.may_end(&word), may_end);
        }
    }

    #[test]
    fn endings_sharing_a_last_byte_keep_their_order() {
        let table = Suffixes::new(&[("leder", 1), ("ansvar", 2), ("der", 3), ("r", 4)]);
        assert_eq!(table.find("afdelingsleder"), Some(1));
        assert_eq!(table.find("hovedansvar"), Some(2));
        assert_eq!(table.find("ryder"), Some(3));
        assert_eq!(table.find("ør"), None);
        assert_eq!(table.find_whole("ryder", |_| true), None);
        assert_eq!(table.find_whole("der", |_| true), Some(3));
        assert_eq!(table.find_whole("der", |value| value == 2), None);
    }
}
