//! Titles and functions: words from the role list and compounds that end
//! in a role ("landechef", "it-konsulent", "Digitaliseringschef").

use super::context::{Context, Tok};
use super::suffixes::Suffixes;
use crate::lexicon::Tags;
use once_cell::sync::Lazy;
use std::borrow::Cow;

/// Endings that make a compound a role; each also matches with the
/// definite "-en" after it ("direktøren").
const ROLE_ENDINGS: &[&str] = &[
    "minister",
    "chef",
    "direktør",
    "formand",
    "ordfører",
    "leder",
    "konsulent",
    "redaktør",
    "rådgiver",
    "sekretær",
    "mester",
    "ansvarlig",
    "manager",
    "director",
    "officer",
    "specialist",
    "koordinator",
    "ekspert",
    "analytiker",
    "økonom",
    "forsker",
    "professor",
    "lektor",
    "advokat",
    "dommer",
    "inspektør",
    "kommissær",
    "præsident",
    "ambassadør",
    "medlem",
    "talsmand",
    "talskvinde",
    "træner",
    "politiker",
    "partner",
    "ingeniør",
    "konsul",
];

/// Whether the word is a role: in the role list or ending in a role.
/// Inlined, with the tests that answer nearly every word: the marks of a
/// capitalised word, then a small word's tags, length and last bytes.
/// As a call, its entry and exit cost more than those tests; only the
/// few words whose last bytes may be a role ending's have the endings
/// looked up, out of line.
#[inline(always)]
pub(crate) fn is_role(tok: &Tok) -> bool {
    if let Some(role) = tok.known_role() {
        return role;
    }
    if let Some(role) = role_by_tags(tok) {
        return role;
    }
    let word = tok.text.as_bytes();
    word.len() > SHORTEST_ENDING
        && may_end_in_role_or_stem(word)
        && ends_in_role_looked_up(tok.text)
}

/// Whether `word`, or its stem without a definite "-en", may end in one
/// of [`ROLE_ENDINGS`] by the bit test of [`may_end_in_role`]: a word
/// that does not is no role unless listed as one.
#[inline(always)]
pub(crate) fn may_end_in_role_or_stem(word: &[u8]) -> bool {
    may_end_in_role(word) || (word.ends_with(b"en") && may_end_in_role(stem_of(word)))
}

/// The word without its last two bytes (a definite "-en").
#[inline(always)]
fn stem_of(word: &[u8]) -> &[u8] {
    word.get(..word.len().saturating_sub(2)).unwrap_or(word)
}

/// [`ends_in_role`] for a word that [`is_role`]'s inlined tests left:
/// kept out of line, as few words come this far.
#[inline(never)]
fn ends_in_role_looked_up(text: &str) -> bool {
    ends_in_role(text)
}

/// [`is_role`] worked out from the word itself: once per token for
/// capitalised words, when the token view is built, and on demand for the
/// rest.
#[inline]
pub(crate) fn role_shape(tok: &Tok) -> bool {
    role_by_tags(tok).unwrap_or_else(|| ends_in_role(tok.text))
}

/// [`role_shape`] of a word token whose bytes are `word` and whose tags
/// are `tags`, for the token view's words that need no [`Tok`].
#[inline(always)]
pub(crate) fn word_role_shape(word: &[u8], tags: Tags) -> bool {
    word_role_by_tags(tags).unwrap_or_else(|| ends_in_role_bytes(word))
}

/// What a token's kind and tags alone say of its being a role: none but
/// a word is one, a listed role is one, and a name is none; `None` when
/// only its letters can tell.
#[inline(always)]
fn role_by_tags(tok: &Tok) -> Option<bool> {
    if !tok.word() {
        return Some(false);
    }
    word_role_by_tags(tok.tags)
}

/// [`role_by_tags`] of a word token with tags `tags`.
#[inline(always)]
fn word_role_by_tags(tags: Tags) -> Option<bool> {
    if tags.contains(Tags::ROLE) {
        return Some(true);
    }
    if tags.intersects(Tags::FIRST_NAME.union(Tags::SURNAME)) {
        return Some(false);
    }
    None
}

/// Whether `text`, or `text` without a definite "-en", is a compound that
/// ends in one of [`ROLE_ENDINGS`].
#[inline(always)]
fn ends_in_role(text: &str) -> bool {
    ends_in_role_bytes(text.as_bytes())
}

/// [`ends_in_role`] of the bytes of a word.
#[inline(always)]
fn ends_in_role_bytes(word: &[u8]) -> bool {
    // A compound is longer than its ending, and its stem shorter than
    // it: a word no longer than every ending is none, and is turned down
    // before any ending is looked up ("Det", "Han", "Vi" often open a
    // sentence).
    if word.len() <= SHORTEST_ENDING {
        return false;
    }
    ends_in_role_by_endings(word)
}

/// [`ends_in_role_bytes`] by a look at the endings alone.
#[inline(always)]
fn ends_in_role_by_endings(word: &[u8]) -> bool {
    let stem = word.strip_suffix(b"en").unwrap_or(word);
    let endings = &*ENDINGS;
    // Most words end in no ending's last two bytes, and are ruled out by
    // them before any ending is looked up.
    let compound = |word: &[u8]| {
        may_end_in_role(word)
            && endings
                .find_bytes(word)
                .is_some_and(|ending_len| word.len() > ending_len)
    };
    compound(word) || (stem.len() < word.len() && compound(stem))
}

/// The length in bytes of the shortest of [`ROLE_ENDINGS`].
const SHORTEST_ENDING: usize = {
    let mut shortest = usize::MAX;
    let mut k = 0;
    while k < ROLE_ENDINGS.len() {
        if ROLE_ENDINGS[k].len() < shortest {
            shortest = ROLE_ENDINGS[k].len();
        }
        k += 1;
    }
    shortest
};

/// The last two bytes of each of [`ROLE_ENDINGS`], by the low six bits of
/// each byte: bit `slot % 64` of entry `slot / 64`, as [`tail_slot`]
/// reads them.
static ROLE_TAILS: [u64; 64] = {
    let mut tails = [0u64; 64];
    let mut k = 0;
    while k < ROLE_ENDINGS.len() {
        let ending = ROLE_ENDINGS[k].as_bytes();
        if ending.len() >= 2 {
            let slot = tail_slot(ending[ending.len() - 2], ending[ending.len() - 1]);
            tails[slot / 64] |= 1 << (slot % 64);
        }
        k += 1;
    }
    tails
};

/// The slot in [`ROLE_TAILS`] of a word that ends in bytes `a`, `b`.
const fn tail_slot(a: u8, b: u8) -> usize {
    ((a & 0x3F) as usize) << 6 | (b & 0x3F) as usize
}

/// Whether `word` may end in one of [`ROLE_ENDINGS`]: its last two bytes
/// are, by their low six bits, some ending's. A word that does not is no
/// compound of a role ending, which a bit test tells without a look at
/// the endings.
#[inline(always)]
pub(crate) fn may_end_in_role(word: &[u8]) -> bool {
    let [.., a, b] = word else {
        return false;
    };
    let slot = tail_slot(*a, *b);
    ROLE_TAILS
        .get(slot / 64)
        .is_some_and(|bits| bits & (1 << (slot % 64)) != 0)
}

/// [`ROLE_ENDINGS`] by their endings, with their lengths.
static ENDINGS: Lazy<Suffixes<usize>> = Lazy::new(|| {
    let endings: Vec<(&'static str, usize)> = ROLE_ENDINGS.iter().map(|e| (*e, e.len())).collect();
    Suffixes::new(&endings)
});

/// Modifiers that belong to the role after them ("tidligere
/// forsvarsminister"); they are in the role list but are no role alone.
const MODIFIERS: &[&str] = &[
    "tidligere",
    "forhenværende",
    "nuværende",
    "afgående",
    "nyvalgte",
    "nyudnævnte",
    "ansvarshavende",
    "konstitueret",
    "fungerende",
    "administrerende",
    "adm.",
];

/// Whether the word only qualifies a role.
pub(crate) fn is_modifier(tok: &Tok) -> bool {
    MODIFIERS.iter().any(|m| tok.text.eq_ignore_ascii_case(m))
}

/// The role phrase that ends at token `last` (inclusive) and reads
/// backwards over roles and their modifiers: its first token, or `None`
/// when token `last` is no role.
pub(crate) fn phrase_ending_at(context: &Context, last: usize) -> Option<usize> {
    let tok = context.get(last)?;
    if !is_role(&tok) || is_modifier(&tok) {
        return None;
    }
    let mut first = last;
    while first > 0 && last - first < 4 {
        let Some(before) = context.get(first - 1) else {
            break;
        };
        if !context.same_sentence(first - 1, last) || !(is_role(&before) || before.is("og")) {
            break;
        }
        first -= 1;
    }
    while first < last && context.get(first).is_some_and(|t| t.is("og")) {
        first += 1;
    }
    Some(first)
}

/// The role phrase from token `first` to `last` as written, with a capital
/// that only opens the sentence lowered ("Forsvarsminister" →
/// "forsvarsminister"). Borrowed from the text unless a capital was
/// lowered, so that a role already known costs no string.
pub(crate) fn phrase_text<'t>(context: &Context<'t>, first: usize, last: usize) -> Cow<'t, str> {
    let text = context.text_between(first, last);
    let opens_sentence = context.get(first).is_some_and(|t| t.initial());
    let mut chars = text.chars();
    match chars.next() {
        Some(c)
            if opens_sentence
                && c.is_uppercase()
                && !is_title_case_phrase(context, first, last) =>
        {
            // Sized at once: collected char by char, the string grew
            // (and was reallocated) on the way.
            let mut lowered = String::with_capacity(text.len() + 2);
            lowered.extend(c.to_lowercase());
            lowered.push_str(chars.as_str());
            Cow::Owned(lowered)
        }
        _ => Cow::Borrowed(text),
    }
}

/// Whether every word of the phrase is capitalised, as English titles are
/// written ("Digital Marketing Manager").
fn is_title_case_phrase(context: &Context, first: usize, last: usize) -> bool {
    last > first
        && (first..=last).all(|i| context.get(i).is_some_and(|t| !t.word() || t.is_capital()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn roles(text: &str) -> Vec<String> {
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        context
            .toks(0, context.len().saturating_sub(1))
            .filter(|t| is_role(t))
            .map(|t| t.text.to_string())
            .collect()
    }

    #[test]
    fn listed_roles_and_compounds() {
        assert_eq!(
            roles("Landechefen og it-konsulenten mødte direktør Hansen og en Projektleder."),
            ["Landechefen", "it-konsulenten", "direktør", "Projektleder"]
        );
    }

    #[test]
    fn phrase_with_modifier() {
        let text = "Den tidligere forsvarsminister sagde nej.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        let first = phrase_ending_at(&context, 2).unwrap();
        assert_eq!(
            phrase_text(&context, first, 2),
            "tidligere forsvarsminister"
        );
    }

    /// `prefix`, role ending number `k` less its first `cut` bytes (the
    /// whole ending when that is no cut), and `after`: words on both
    /// sides of every ending's tests.
    fn near_compound(prefix: &str, k: usize, cut: usize, after: &str) -> String {
        let ending = ROLE_ENDINGS[k];
        let kept = ending.get(cut..).unwrap_or(ending);
        format!("{prefix}{kept}{after}")
    }

    proptest::proptest! {
        /// The length test before the endings agrees with the endings.
        #[test]
        fn short_words_are_turned_down_as_the_endings_turn_them_down(
            prefix in "[a-zø]{0,3}",
            k in 0..ROLE_ENDINGS.len(),
            cut in 0usize..4,
            definite in proptest::bool::ANY,
        ) {
            let word = near_compound(&prefix, k, cut, if definite { "en" } else { "" });
            proptest::prop_assert_eq!(ends_in_role(&word), ends_in_role_by_endings(word.as_bytes()), "{}", word);
        }
    }

    proptest::proptest! {
        /// A word or stem that ends in a role ending ends in its last two
        /// bytes, which the bit test finds.
        #[test]
        fn compounds_of_role_endings_may_end_in_a_role(
            prefix in "[a-zø]{0,4}",
            k in 0..ROLE_ENDINGS.len(),
            after in "(en)?[a-z]?",
        ) {
            let word = format!("{prefix}{}{after}", ROLE_ENDINGS[k]);
            if ends_in_role(&word) {
                proptest::prop_assert!(may_end_in_role_or_stem(word.as_bytes()), "{}", word);
            }
        }
    }

    proptest::proptest! {
        /// The bit test before the endings agrees with the endings alone.
        #[test]
        fn ends_in_role_agrees_with_the_endings_alone(
            prefix in "[a-zø]{0,4}",
            k in 0..ROLE_ENDINGS.len(),
            cut in 0usize..6,
            after in "(en)?[a-z]{0,2}",
        ) {
            let word = near_compound(&prefix, k, cut, &after);
            let stem = word.strip_suffix("en").unwrap_or(&word);
            let compound = |w: &str| ENDINGS.find(w).is_some_and(|len| w.len() > len);
            let expected = compound(&word) || (stem.len() < word.len() && compound(stem));
            proptest::prop_assert_eq!(ends_in_role(&word), expected, "{}", word);
        }
    }

    /// Every token of `text` paired with what the inlined tests of
    /// [`is_role`] and the full [`role_shape`] say of it.
    fn fast_and_slow(text: &str) -> Vec<(String, bool, bool)> {
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        context
            .toks(0, context.len().saturating_sub(1))
            .map(|t| (t.text.to_string(), is_role(&t), role_shape(&t)))
            .collect()
    }

    #[test]
    fn inlined_role_tests_agree_with_the_role_shape() {
        let text = "Direktøren og landechefen talte med it-konsulenten, \
                    formand Lis Holm, 42 medlemmer og Borgmesteren i går.";
        let words = fast_and_slow(text);
        assert!(words.iter().any(|(_, _, slow)| *slow));
        for (word, fast, slow) in words {
            assert_eq!(fast, slow, "{word}");
        }
    }

    proptest::proptest! {
        /// [`is_role`]'s inlined tests before the endings agree with the
        /// full [`role_shape`], on small and capitalised words alike.
        #[test]
        fn inlined_role_tests_agree_on_compounds(
            prefix in "[a-zø]{0,4}",
            k in 0..ROLE_ENDINGS.len(),
            cut in 0usize..6,
            after in "(en)?[a-z]{0,2}",
            capital in proptest::bool::ANY,
        ) {
            let word = near_compound(&prefix, k, cut, &after);
            let word = if capital {
                let mut chars = word.chars();
                chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
            } else {
                word
            };
            let text = format!("Vi mødte {word} i dag.");
            for (token, fast, slow) in fast_and_slow(&text) {
                proptest::prop_assert_eq!(fast, slow, "{}", token);
            }
        }
    }

    #[test]
    fn most_definite_words_cannot_end_in_a_role() {
        for stem in ["virksomhed", "regering", "aftal", "byrådssal"] {
            assert!(!may_end_in_role(stem.as_bytes()), "{stem}");
        }
        for stem in ["landechef", "udenrigsminister", "konsul"] {
            assert!(may_end_in_role(stem.as_bytes()), "{stem}");
        }
        assert!(!may_end_in_role(b"r"));
    }

    #[test]
    fn sentence_initial_capital_is_lowered() {
        let text = "Forsvarsminister Ida Berg kom.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        assert_eq!(phrase_text(&context, 0, 0), "forsvarsminister");
    }
}
