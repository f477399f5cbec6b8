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
pub(crate) fn ends_with(word: &str, ending: &str) -> bool {
    let (word, ending) = (word.as_bytes(), ending.as_bytes());
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
            assert_eq!(ends_with(a, b), a.ends_with(b), "{a} {b}");
        }
    }

    proptest::proptest! {
        #[test]
        fn comparisons_agree_on_any_words(a in "[a-cø]{0,5}", b in "[a-cø]{0,5}") {
            proptest::prop_assert_eq!(same(&a, &b), a == b);
            proptest::prop_assert_eq!(starts_with(&a, &b), a.starts_with(&b));
            proptest::prop_assert_eq!(ends_with(&a, &b), a.ends_with(&b));
        }
    }
}
