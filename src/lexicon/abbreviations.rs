//! Abbreviations whose full stop does not end a sentence.

use once_cell::sync::Lazy;
use std::collections::HashSet;

static ABBREVIATIONS: Lazy<HashSet<String>> = Lazy::new(|| {
    super::entries(include_str!("data/abbreviations.txt"))
        .map(str::to_lowercase)
        .collect()
});

/// Longest abbreviation looked up.
const MAX_LEN: usize = 20;

/// Whether `word` (with its final full stop) is a known abbreviation,
/// ignoring case.
pub(crate) fn contains(word: &str) -> bool {
    let mut buf = [0u8; MAX_LEN * 3];
    word.len() <= MAX_LEN
        && super::lowercase_into(word, &mut buf).is_some_and(|lower| ABBREVIATIONS.contains(lower))
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
