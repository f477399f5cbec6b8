//! Properties of segmentation that hold for any input: nothing panics,
//! and paragraphs, sentences and tokens nest, follow each other in order
//! and together cover every character that is not white space.

use kilde::segment::{Segmentation, segment};
use proptest::prelude::*;

/// White space as the segmenter sees it: never inside a token.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Checks every structural promise of `segment` on `text`.
fn check(text: &str) -> Result<(), TestCaseError> {
    let Segmentation {
        paragraphs,
        sentences,
        tokens,
    } = segment(text);
    let on_boundary = |at: usize| text.is_char_boundary(at);

    let tokens: Vec<_> = tokens.iter().collect();
    for pair in tokens.windows(2) {
        prop_assert!(pair[0].end <= pair[1].start, "tokens overlap: {pair:?}");
    }
    for token in &tokens {
        prop_assert!(token.start < token.end, "empty token {token:?}");
        prop_assert!(on_boundary(token.start) && on_boundary(token.end));
        prop_assert!(token.end <= text.len());
    }

    for pair in sentences.windows(2) {
        prop_assert!(pair[0].end <= pair[1].start, "sentences overlap: {pair:?}");
        prop_assert!(pair[0].paragraph <= pair[1].paragraph);
    }
    for sentence in &sentences {
        prop_assert!(sentence.start < sentence.end);
        prop_assert!(on_boundary(sentence.start) && on_boundary(sentence.end));
        let paragraph = paragraphs.get(sentence.paragraph);
        prop_assert!(
            paragraph.is_some_and(|p| p.start <= sentence.start && sentence.end <= p.end),
            "sentence {sentence:?} outside its paragraph {paragraph:?}"
        );
    }

    for pair in paragraphs.windows(2) {
        prop_assert!(pair[0].end < pair[1].start, "paragraphs overlap: {pair:?}");
    }
    for paragraph in &paragraphs {
        prop_assert!(paragraph.start < paragraph.end);
        prop_assert!(on_boundary(paragraph.start) && on_boundary(paragraph.end));
    }

    // Every token lies inside exactly one sentence.
    let mut next_sentence = 0;
    for token in &tokens {
        while sentences
            .get(next_sentence)
            .is_some_and(|s| s.end <= token.start)
        {
            next_sentence += 1;
        }
        let inside = sentences
            .get(next_sentence)
            .is_some_and(|s| s.start <= token.start && token.end <= s.end);
        prop_assert!(inside, "token {token:?} lies in no sentence");
    }

    // Every non-space character lies inside a token (and so a sentence),
    // and no white space does.
    let mut next_token = 0;
    for (at, c) in text.char_indices() {
        while tokens.get(next_token).is_some_and(|t| t.end <= at) {
            next_token += 1;
        }
        let covered = tokens.get(next_token).is_some_and(|t| t.start <= at);
        if is_space(c) {
            prop_assert!(!covered, "white space {c:?} at {at} inside a token");
        } else {
            prop_assert!(covered, "{c:?} at {at} is in no token");
        }
    }
    Ok(())
}

/// Pieces of Danish news text, and the characters that trip splitters.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "Regeringen",
        "siger",
        "hun",
        "Trine",
        "Bramsen",
        "æbler",
        "Østerbro",
        "TDC's",
        "5G-netværk",
        "IT-Afdelingen",
        "Computerworld.dk",
        "www.dr.dk/nyheder",
        "info@avis.dk",
        "Cand.it",
        "A/S",
        "(S)",
        "(V)",
        "bl.a.",
        "f.eks.",
        "osv.",
        "kr.",
        "pr.",
        "ca.",
        "kl.",
        "nr.",
        "1.",
        "1,5",
        "2.200",
        "14.30",
        "3/12-2019",
        "september",
        "P.",
        "H.C.",
        "a.",
        "1)",
        "•",
        "-",
        "–",
        ".",
        ". ",
        "..",
        "...",
        "…",
        "?!",
        "!!",
        ":",
        ",",
        "\"",
        "'",
        "“",
        "”",
        "„",
        "»",
        "«",
        "‘",
        "’",
        "(",
        ")",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\u{00A0}",
        "\u{00AD}",
        "\u{200B}",
        "\u{0301}",
        "\0",
        "😀",
        "مرحبا",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn any_string_of_awkward_characters(text in "[a-zA-Z0-9æøåÆØÅ .!?:,;\"'»«„“”‘’()\\[\\]\\-–•*/@\n\r\t\u{a0}\u{ad}\u{200b}\u{301}\u{0}]{0,80}") {
        check(&text)?;
    }

    #[test]
    fn danish_news_like_text(pieces in prop::collection::vec(piece(), 0..60)) {
        check(&pieces.concat())?;
    }

    #[test]
    fn danish_news_like_text_with_spaces(pieces in prop::collection::vec(piece(), 0..60)) {
        check(&pieces.join(" "))?;
    }
}
