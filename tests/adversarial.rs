//! Hostile input: none of it may panic, hang or take time out of
//! proportion to its length. Each input is about a megabyte in an
//! optimised build (an eighth of that unoptimised), so anything quadratic
//! shows as a run far over its time limit.

use std::time::{Duration, Instant};

/// Generous even for an unoptimised build; a quadratic stage on a
/// megabyte takes minutes.
const LIMIT: Duration = Duration::from_secs(20);

fn run(name: &str, text: &str) {
    let started = Instant::now();
    let analysis = kilde::Analyzer::builder()
        .reference_date(kilde::Date::constant(2013, 2, 12))
        .build()
        .analyze(text);
    let took = started.elapsed();
    assert!(took < LIMIT, "{name}: {took:?} for {} bytes", text.len());
    for sentence in &analysis.sentences {
        assert!(
            text.is_char_boundary(sentence.start) && text.is_char_boundary(sentence.end),
            "{name}"
        );
    }
}

fn repeat(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len().max(1) + 1)
}

/// "A megabyte": the full size where the build is optimised.
const MB: usize = if cfg!(debug_assertions) {
    1 << 17
} else {
    1 << 20
};

#[test]
fn a_megabyte_without_a_space() {
    run("letters", &repeat("abcæøå", MB));
    run("dots", &repeat("a.", MB));
}

#[test]
fn a_hundred_thousand_quote_marks() {
    run("straight", &"\"".repeat(100_000));
    run("guillemets", &repeat("»«", 200_000));
    run("curly, spaced", &repeat("“ ", 200_000));
    run("opening only", &repeat("»Ja, siger hun. ", MB));
}

#[test]
fn unbalanced_quotes_and_brackets() {
    run("open brackets", &"(".repeat(MB));
    run("close brackets", &repeat(") » ” ", MB));
    run(
        "deep nesting",
        &format!(
            "{}Han siger ja{}",
            "(»„".repeat(50_000),
            "“«)".repeat(50_000)
        ),
    );
}

#[test]
fn a_megabyte_of_party_letters() {
    run("(S)", &repeat("(S) ", MB));
    run(
        "names and parties",
        &repeat("Trine Bramsen (S) siger, at ", MB),
    );
}

#[test]
fn all_caps_and_line_ends() {
    run("caps", &repeat("TRINE BRAMSEN SIGER NEJ. ", MB));
    run("crlf", &repeat("Han kom.\r\n\r\nHun gik\r\n", MB));
    run("lone cr", &repeat("Han kom.\rHun gik\r\r", MB));
}

#[test]
fn invisible_and_unusual_characters() {
    run(
        "nbsp",
        &repeat("Trine\u{a0}Bramsen\u{a0}siger\u{a0}ja. ", MB),
    );
    run("soft hyphens", &repeat("for\u{ad}svars\u{ad}minister ", MB));
    run(
        "zero-width",
        &repeat("Hun\u{200b}siger\u{200b}ja.\u{200b}", MB),
    );
    run("combining", &repeat("e\u{301}\u{301}\u{301} ", MB));
    run("nul", &repeat("\0. \0", MB));
    run("rtl", &repeat("שלום عالم. ", MB));
    run("emoji", &repeat("😀👍🏽👨‍👩‍👧 ", MB));
}

#[test]
fn news_repeated_as_one_long_text() {
    let article = include_str!("../examples/texts/havn.txt");
    run("article", &repeat(article, MB));
}
