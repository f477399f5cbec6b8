//! Abbreviations whose full stop does not end a sentence.

use once_cell::sync::Lazy;
use std::collections::HashSet;

static ABBREVIATIONS: Lazy<HashSet<String>> = Lazy::new(|| {
    super::entries(include_str!("data/abbreviations.txt"))
        .map(str::to_lowercase)
        .collect()
});

/// Whether `word` (with its final full stop) is a known abbreviation,
/// ignoring case.
pub(crate) fn contains(word: &str) -> bool {
    if word.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 64];
    let lower = lowercase_into(word, &mut buf);
    ABBREVIATIONS.contains(lower)
}

/// Whether `word` is an abbreviation written without its last full stop
/// ("Cand.it", "bl.a"), so that it is not mistaken for a domain.
pub(crate) fn contains_prefix_form(word: &str) -> bool {
    if word.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 64];
    let lower = lowercase_into(word, &mut buf);
    if ABBREVIATIONS.contains(lower) {
        return true;
    }
    let mut with_dot = [0u8; 65];
    with_dot[..lower.len()].copy_from_slice(lower.as_bytes());
    with_dot[lower.len()] = b'.';
    std::str::from_utf8(&with_dot[..=lower.len()]).is_ok_and(|w| ABBREVIATIONS.contains(w))
}

/// Lower-cases `word` into `buf` without allocating; `word` is at most 16
/// bytes, and no lower-case form is more than three times longer.
fn lowercase_into<'b>(word: &str, buf: &'b mut [u8; 64]) -> &'b str {
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            break;
        }
        c.encode_utf8(&mut buf[len..]);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).unwrap_or("")
}
