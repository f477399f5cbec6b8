//! Segmentation checks on the shared acceptance article. The article is
//! not part of the crate: these tests read it from `../shared/samples/`
//! next to the checkout and fail loudly when it is missing. Run them with
//! `cargo test --release -- --ignored`.

mod common;

use common::article;
use kilde::segment::{Segmentation, segment};

/// Byte offsets of every occurrence of `needle` in `text`.
fn offsets(text: &str, needle: &str) -> Vec<usize> {
    text.match_indices(needle).map(|(at, _)| at).collect()
}

/// Asserts that no sentence boundary falls strictly inside any occurrence
/// of `phrase`, and that the phrase occurs at all.
fn assert_never_split(text: &str, segmentation: &Segmentation, phrase: &str) {
    let found = offsets(text, phrase);
    assert!(
        !found.is_empty(),
        "{phrase:?} does not occur in the article"
    );
    for start in found {
        let end = start + phrase.len();
        for sentence in &segmentation.sentences {
            let cuts = [sentence.start, sentence.end];
            assert!(
                cuts.iter().all(|&cut| cut <= start || cut >= end),
                "a sentence boundary falls inside {phrase:?} at {start}: {:?}",
                &text[sentence.start..sentence.end]
            );
        }
    }
}

#[test]
#[ignore = "needs ../shared/samples"]
fn no_break_inside_a_date_after_pr() {
    let text = article();
    let segmentation = segment(&text);
    assert_never_split(&text, &segmentation, "pr. 1. september 2025");
    for ordinal_date in ["pr. 1. oktober 2025", "pr. 8. december 2025"] {
        assert_never_split(&text, &segmentation, ordinal_date);
    }
}

#[test]
#[ignore = "needs ../shared/samples"]
fn no_break_inside_a_degree() {
    let text = article();
    let segmentation = segment(&text);
    // The degree and the word after it, however the article goes on.
    let at = text.find("Cand.it").expect("the article names a Cand.it");
    let after = &text[at + "Cand.it".len()..];
    let next_word_end = after
        .trim_start()
        .find(char::is_whitespace)
        .map_or(after.len(), |end| {
            end + after.len() - after.trim_start().len()
        });
    let phrase = &text[at..at + "Cand.it".len() + next_word_end];
    assert_never_split(&text, &segmentation, phrase);
}

#[test]
#[ignore = "needs ../shared/samples"]
fn no_break_after_party_letters() {
    let text = article();
    let segmentation = segment(&text);
    assert_never_split(&text, &segmentation, "Trine Bramsen (S) skriver");
}

#[test]
#[ignore = "needs ../shared/samples"]
fn each_nyt_job_at_a_line_end_is_a_sentence_of_its_own() {
    let text = article();
    let segmentation = segment(&text);
    let line_ends: Vec<usize> = offsets(&text, "Nyt job")
        .into_iter()
        .filter(|&at| {
            let after = &text[at + "Nyt job".len()..];
            after.is_empty() || after.starts_with(['\n', '\r'])
        })
        .collect();
    assert!(
        !line_ends.is_empty(),
        "no line of the article ends in \"Nyt job\""
    );
    for at in line_ends {
        let own = segmentation
            .sentences
            .iter()
            .any(|s| s.start == at && s.end == at + "Nyt job".len());
        assert!(own, "\"Nyt job\" at {at} is not a sentence of its own");
    }
}

#[test]
#[ignore = "needs ../shared/samples"]
fn every_sentence_starts_with_a_capital_or_a_mark() {
    // A sentence that starts in lower case was cut in the middle.
    let text = article();
    for sentence in segment(&text).sentences {
        let first = text[sentence.start..].chars().next();
        assert!(
            first.is_some_and(|c| !c.is_lowercase()),
            "sentence starts in lower case: {:?}",
            &text[sentence.start..sentence.end]
        );
    }
}

#[test]
#[ignore = "needs ../shared/samples"]
fn a_company_form_before_the_next_sentence_ends_it() {
    // "... A/S. Han er ..." is two sentences, not an initial "S.".
    let text = article();
    let segmentation = segment(&text);
    let found = offsets(&text, "A/S. ");
    assert!(!found.is_empty(), "no \"A/S. \" in the article");
    for at in found {
        let stop = at + "A/S.".len();
        assert!(
            segmentation.sentences.iter().any(|s| s.end == stop),
            "no sentence ends after \"A/S.\" at {at}"
        );
    }
}
