//! Word endings looked up by their last two bytes, so that testing a word
//! against a list of endings costs a table index, a short scan and a
//! compare or two instead of a compare per ending, and no hashing at all.

use super::bytes::ends_with;

/// One ending of a [`Suffixes`] list.
struct Ending<T> {
    /// The ending as listed.
    text: &'static str,
    /// Its last bytes, for a first test.
    text_tail: Tail,
    /// The ending past its first character, for [`Suffixes::may_end`].
    past_first: &'static str,
    /// Its last bytes, for a first test.
    past_first_tail: Tail,
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
    fn of(ending: &str) -> Tail {
        let n = ending.len().min(4);
        Tail {
            bytes: last_four(ending.as_bytes()),
            mask: u32::MAX.checked_shl(32 - 8 * n as u32).unwrap_or(0),
        }
    }

    /// Whether the word of `word_tail` (its [`last_four`]) ends with
    /// `ending`, the ending of this tail.
    fn ends(self, word_tail: u32, word: &str, ending: &str) -> bool {
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

/// Endings with a value each, grouped by their last two bytes.
pub(crate) struct Suffixes<T: Copy + 'static> {
    /// For each last byte, the range of `groups` whose endings end in it.
    by_last: Box<[(u16, u16); 256]>,
    /// One entry per last two bytes that some ending has: those bytes and
    /// the range of `endings` that end in them. Few endings share a last
    /// byte, so finding the group of a word's two bytes is a short scan.
    groups: Vec<([u8; 2], u16, u16)>,
    /// The endings sorted by their last two bytes, list order kept within
    /// a group.
    endings: Vec<Ending<T>>,
}

impl<T: Copy + 'static> Suffixes<T> {
    /// Groups `endings`; within a group the list order is kept, so an
    /// earlier ending wins. Endings must be at least two bytes long.
    pub(crate) fn new(endings: &[(&'static str, T)]) -> Suffixes<T> {
        let mut sorted: Vec<([u8; 2], Ending<T>)> = endings
            .iter()
            .filter_map(|&(text, value)| {
                let past_first = text.get(text.chars().next()?.len_utf8()..)?;
                let ending = Ending {
                    text,
                    text_tail: Tail::of(text),
                    past_first,
                    past_first_tail: Tail::of(past_first),
                    value,
                };
                Some((tail(text)?, ending))
            })
            .collect();
        // A stable sort keeps the list order within each group.
        sorted.sort_by_key(|&(tail, _)| (tail[1], tail[0]));
        // The lists hold a few dozen endings, far below u16::MAX.
        let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        let mut groups: Vec<([u8; 2], u16, u16)> = Vec::new();
        for (at, (tail, _)) in sorted.iter().enumerate() {
            match groups.last_mut() {
                Some((last, _, end)) if last == tail => *end = to_u16(at + 1),
                _ => groups.push((*tail, to_u16(at), to_u16(at + 1))),
            }
        }
        let mut by_last = Box::new([(0u16, 0u16); 256]);
        for (at, (tail, _, _)) in groups.iter().enumerate() {
            let range = &mut by_last[usize::from(tail[1])];
            if range.0 == range.1 {
                range.0 = to_u16(at);
            }
            range.1 = to_u16(at + 1);
        }
        Suffixes {
            by_last,
            groups,
            endings: sorted.into_iter().map(|(_, ending)| ending).collect(),
        }
    }

    /// Whether `word` ends in some ending without that ending's first
    /// character: a cheap test that rules most words out both before
    /// [`Suffixes::find`] and before a search for an ending that is the
    /// whole word but for its (differently cased) first letter.
    pub(crate) fn may_end(&self, word: &str) -> bool {
        let word_tail = last_four(word.as_bytes());
        self.candidates(word).iter().any(|ending| {
            ending
                .past_first_tail
                .ends(word_tail, word, ending.past_first)
        })
    }

    /// The value of the first ending that `word` ends with.
    pub(crate) fn find(&self, word: &str) -> Option<T> {
        let word_tail = last_four(word.as_bytes());
        self.candidates(word)
            .iter()
            .find(|ending| ending.text_tail.ends(word_tail, word, ending.text))
            .map(|ending| ending.value)
    }

    /// The value of the first ending that is all of `word` and whose value
    /// `fits`.
    pub(crate) fn find_whole(&self, word: &str, fits: impl Fn(T) -> bool) -> Option<T> {
        self.candidates(word)
            .iter()
            .find(|ending| word == ending.text && fits(ending.value))
            .map(|ending| ending.value)
    }

    /// The endings that end in the same two bytes as `word`, in list
    /// order.
    fn candidates(&self, word: &str) -> &[Ending<T>] {
        let Some(word_tail) = tail(word) else {
            return &[];
        };
        let (start, end) = self.by_last[usize::from(word_tail[1])];
        let group = self
            .groups
            .get(usize::from(start)..usize::from(end))
            .unwrap_or(&[])
            .iter()
            .find(|(tail, _, _)| tail[0] == word_tail[0]);
        match group {
            Some(&(_, start, end)) => self
                .endings
                .get(usize::from(start)..usize::from(end))
                .unwrap_or(&[]),
            None => &[],
        }
    }
}

/// The last two bytes of `word`.
fn tail(word: &str) -> Option<[u8; 2]> {
    match word.as_bytes() {
        [.., a, b] => Some([*a, *b]),
        _ => None,
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
        fn lookups_agree_with_a_walk_over_the_list(word in "[a-dø]{0,7}") {
            let list: &[(&'static str, usize)] =
                &[("abc", 0), ("bc", 1), ("dabc", 2), ("øc", 3), ("cdabc", 4), ("ab", 5), ("øø", 6)];
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
