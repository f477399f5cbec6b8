//! Word endings looked up by their last two bytes, so that testing a word
//! against a list of endings costs one small hash lookup and a compare or
//! two instead of a compare per ending.

use crate::lexicon::FastMap;

/// Endings with a value each, grouped by their last two bytes.
pub(crate) struct Suffixes<T: Copy + 'static> {
    by_tail: FastMap<[u8; 2], Vec<(&'static str, T)>>,
}

impl<T: Copy + 'static> Suffixes<T> {
    /// Groups `endings`; within a group the list order is kept, so an
    /// earlier ending wins. Endings must be at least two bytes long.
    pub(crate) fn new(endings: &[(&'static str, T)]) -> Suffixes<T> {
        let mut by_tail: FastMap<[u8; 2], Vec<(&'static str, T)>> = FastMap::default();
        for &(ending, value) in endings {
            if let Some(tail) = tail(ending) {
                by_tail.entry(tail).or_default().push((ending, value));
            }
        }
        Suffixes { by_tail }
    }

    /// The value of the first ending that `word` ends with.
    pub(crate) fn find(&self, word: &str) -> Option<T> {
        self.by_tail
            .get(&tail(word)?)?
            .iter()
            .find(|(ending, _)| word.ends_with(ending))
            .map(|&(_, value)| value)
    }
}

/// The last two bytes of `word`.
fn tail(word: &str) -> Option<[u8; 2]> {
    let bytes = word.as_bytes();
    let n = bytes.len();
    (n >= 2).then(|| [bytes[n - 2], bytes[n - 1]])
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
    }
}
