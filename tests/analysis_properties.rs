//! Properties every `Analysis` must have, whatever the input: no panic,
//! every span ordered, on char boundaries and inside the text, every index
//! valid, every speaker outside the words it is said to have spoken.

mod common;

use common::check;
use kilde::{Analyzer, Date};
use proptest::prelude::*;

/// Pieces of Danish news, to build inputs that reach every stage.
const PIECES: &[&str] = &[
    "Trine Bramsen",
    " (S) ",
    "siger",
    " hun",
    "»",
    "«",
    "“",
    "”",
    "\"",
    "'",
    "– ",
    "\n",
    "\n\n",
    ". ",
    ", ",
    ": ",
    "? ",
    "kl. 14.30",
    "pr. 1. september 2025",
    " i går",
    " i marts",
    "3/12-2019",
    " Huawei",
    " A/S",
    " Politiken",
    " ifølge ",
    " at ",
    "lød det fra",
    " den tidligere minister",
    " ministeren",
    "Venstres",
    " S-formand",
    "\r\n",
    "\r",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "e\u{301}",
    "\0",
    "שלום",
    "😀",
    "Cand.it",
    "bl.a.",
    " 2-1 ",
    " Lichao",
    " til avisen",
    "(",
    ")",
    "Nyt job",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_gives_a_sound_analysis(text in any::<String>()) {
        let analysis = kilde::analyze(&text);
        prop_assert_eq!(check(&text, &analysis), Ok(()));
    }

    #[test]
    fn news_like_text_gives_a_sound_analysis(text in news_like()) {
        let analyzer = Analyzer::builder().reference_date(Date::constant(2013, 2, 12)).build();
        let analysis = analyzer.analyze(&text);
        prop_assert_eq!(check(&text, &analysis), Ok(()));
    }
}
