//! Word endings looked up by their last byte, so that testing a word
//! against a list of endings costs one table index and a compare or two
//! instead of a compare per ending, and no hashing at all.

use super::bytes::ends_with;

/// Endings with a value each, grouped by their last byte.
pub(crate) struct Suffixes<T: Copy + 'static> {
    /// For each last byte, the range of `endings` that end in it.
    by_last: Box<[(u16, u16); 256]>,
    /// The endings in groups by last byte, list order kept within a
    /// group, each with its last two bytes for a quick first test.
    endings: Vec<(&'static str, [u8; 2], T)>,
}

impl<T: Copy + 'static> Suffixes<T> {
    /// Groups `endings`; within a group the list order is kept, so an
    /// earlier ending wins. Endings must be at least two bytes long.
    pub(crate) fn new(endings: &[(&'static str, T)]) -> Suffixes<T> {
        let mut grouped: Vec<(&'static str, [u8; 2], T)> = endings
            .iter()
            .filter_map(|&(ending, value)| Some((ending, tail(ending)?, value)))
            .collect();
        // A stable sort keeps the list order within each group.
        grouped.sort_by_key(|&(_, tail, _)| tail[1]);
        let mut by_last = Box::new([(0u16, 0u16); 256]);
        let mut start = 0;
        while start < grouped.len() {
            let last = grouped[start].1[1];
            let end = start + grouped[start..].partition_point(|e| e.1[1] == last);
            // The lists hold a few dozen endings, far below u16::MAX.
            let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
            by_last[usize::from(last)] = (to_u16(start), to_u16(end));
            start = end;
        }
        Suffixes {
            by_last,
            endings: grouped,
        }
    }

    /// Whether `word` ends in some ending without that ending's first
    /// character: a cheap test that rules most words out both before
    /// [`Suffixes::find`] and before a search for an ending that is the
    /// whole word but for its (differently cased) first letter.
    pub(crate) fn may_end(&self, word: &str) -> bool {
        self.candidates(word).any(|&(ending, _, _)| {
            let past_first = ending.chars().next().map_or(0, char::len_utf8);
            ends_with(word, ending.get(past_first..).unwrap_or(""))
        })
    }

    /// The value of the first ending that `word` ends with.
    pub(crate) fn find(&self, word: &str) -> Option<T> {
        self.find_where(word, |ending, _| ends_with(word, ending))
    }

    /// The value of the first ending that is all of `word` and whose value
    /// `fits`.
    pub(crate) fn find_whole(&self, word: &str, fits: impl Fn(T) -> bool) -> Option<T> {
        self.find_where(word, |ending, value| word == ending && fits(value))
    }

    /// The value of the first ending in the group of `word`'s last bytes
    /// that `fits`.
    fn find_where(&self, word: &str, fits: impl Fn(&str, T) -> bool) -> Option<T> {
        self.candidates(word)
            .find(|&&(ending, _, value)| fits(ending, value))
            .map(|&(_, _, value)| value)
    }

    /// The endings that end in the same two bytes as `word`, in list
    /// order.
    fn candidates<'s>(
        &'s self,
        word: &str,
    ) -> impl Iterator<Item = &'s (&'static str, [u8; 2], T)> {
        let word_tail = tail(word);
        let (start, end) = word_tail.map_or((0, 0), |t| self.by_last[usize::from(t[1])]);
        self.endings
            .get(usize::from(start)..usize::from(end))
            .unwrap_or(&[])
            .iter()
            .filter(move |&&(_, tail, _)| Some(tail) == word_tail)
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
