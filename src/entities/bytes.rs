//! Comparisons of short words without a call to `memcmp`. The rules
//! compare words with words of about the same length, and most such
//! comparisons fail on the first byte they look at, where a library call
//! costs more than the comparison itself.

/// Whether `a` and `b` are the same text.
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && starts_with(a, b)
}

/// Whether `word` starts with `prefix`.
pub(crate) fn starts_with(word: &str, prefix: &str) -> bool {
    let Some(head) = word.as_bytes().get(..prefix.len()) else {
        return false;
    };
    for (a, b) in head.iter().zip(prefix.as_bytes()) {
        if a != b {
            return false;
        }
    }
    true
}

/// Whether `word` ends with `ending`, compared from the end, where words
/// that share a beginning differ.
pub(crate) fn ends_with(word: &[u8], ending: &[u8]) -> bool {
    let Some(start) = word.len().checked_sub(ending.len()) else {
        return false;
    };
    for (a, b) in word[start..].iter().rev().zip(ending.iter().rev()) {
        if a != b {
            return false;
        }
    }
    true
}

/// Whether `bytes` hold a full stop or a hyphen, eight bytes at a time:
/// a name word seldom holds either, and a byte loop would cost two
/// compares per byte.
pub(crate) fn has_stop_or_hyphen(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let found = chunks.any(|chunk| {
        let word = chunk.try_into().map_or(0, u64::from_le_bytes);
        stop_or_hyphen_in(word)
    });
    // The last bytes are padded with zeros, which are neither mark.
    found || stop_or_hyphen_in(crate::lexicon::zero_padded(chunks.remainder()))
}

/// Whether some byte of `word` is a full stop or a hyphen.
fn stop_or_hyphen_in(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero exactly where `word` holds the mark; the test
    // is exact about whether some byte is zero.
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    has_zero(word ^ (ONES * u64::from(b'.'))) || has_zero(word ^ (ONES * u64::from(b'-')))
}

/// The part of `word` after its last hyphen, or all of it when it has
/// none: what `word.rsplit('-').next()` gives, found on the bytes, since
/// a char pattern's searcher costs more than the search in a short word.
pub(crate) fn after_last_hyphen(word: &str) -> &str {
    match word.as_bytes().iter().rposition(|&b| b == b'-') {
        Some(at) => word.get(at + 1..).unwrap_or(""),
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons_agree_with_the_standard_ones() {
        for (a, b) in [
            ("minister", "ster"),
            ("ster", "minister"),
            ("A/S", "A/S"),
            ("A/Sx", "A/S"),
            ("ø", "ø"),
            ("", ""),
            ("Hansen", "hansen"),
        ] {
            assert_eq!(same(a, b), a == b, "{a} {b}");
            assert_eq!(starts_with(a, b), a.starts_with(b), "{a} {b}");
            assert_eq!(
                ends_with(a.as_bytes(), b.as_bytes()),
                a.ends_with(b),
                "{a} {b}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn marks_are_found_wherever_they_stand(word in "[a.\\-ø\\x00/,]{0,20}") {
            let expected = word.contains(['.', '-']);
            proptest::prop_assert_eq!(has_stop_or_hyphen(word.as_bytes()), expected);
        }

        #[test]
        fn comparisons_agree_on_any_words(a in "[a-cø]{0,5}", b in "[a-cø]{0,5}") {
            proptest::prop_assert_eq!(same(&a, &b), a == b);
            proptest::prop_assert_eq!(starts_with(&a, &b), a.starts_with(&b));
            proptest::prop_assert_eq!(ends_with(a.as_bytes(), b.as_bytes()), a.ends_with(&b));
        }
    }
}
