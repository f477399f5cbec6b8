//! Word lists, compiled once per process. The lists themselves are data
//! files under `src/lexicon/data/`, one entry a line; `#` starts a comment.

pub(crate) mod abbreviations;

/// The entries of a word-list file: trimmed lines, without blank lines and
/// `#` comments.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|line| line.split_once('#').map_or(line, |(entry, _)| entry).trim())
        .filter(|line| !line.is_empty())
}

/// Every word list in the crate, by file name, so that one test can check
/// them all.
#[cfg(test)]
pub(crate) const ALL_LISTS: &[(&str, &str)] = &[
    ("abbreviations.txt", include_str!("data/abbreviations.txt")),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_list_has_duplicates() {
        for (name, data) in ALL_LISTS {
            let mut seen = HashSet::new();
            for entry in entries(data) {
                assert!(seen.insert(entry), "{name}: duplicate entry {entry:?}");
            }
            assert!(!seen.is_empty(), "{name} is empty");
        }
    }
}
