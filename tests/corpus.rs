//! The bench's text (`benches/common/corpus.rs`) is the same on every run
//! and does not repeat itself: a text that does lets the processor learn
//! it, and the bench then measures the text rather than `kilde`.

use std::collections::HashSet;

#[path = "../benches/common/corpus.rs"]
mod corpus;

#[test]
fn the_bench_text_is_the_same_on_every_run() {
    assert_eq!(corpus::document(200_000), corpus::document(200_000));
}

#[test]
fn the_articles_make_the_document() {
    let articles = corpus::articles(300_000);
    assert!(articles.len() > 50);
    assert_eq!(articles.join("\n\n"), corpus::document(300_000));
}

#[test]
fn hardly_a_paragraph_of_the_bench_text_comes_back() {
    let text = corpus::document(1 << 20);
    let long: Vec<&str> = text.split("\n\n").filter(|p| p.len() >= 80).collect();
    let distinct: HashSet<&str> = long.iter().copied().collect();
    assert!(long.len() > 5_000, "{} long paragraphs", long.len());
    assert!(
        distinct.len() * 1000 >= long.len() * 995,
        "{} of {} long paragraphs distinct",
        distinct.len(),
        long.len()
    );
}

#[test]
fn the_old_bench_text_repeats_its_five_articles() {
    let text = corpus::repeated_document(100_000);
    let paragraphs: Vec<&str> = text.split("\n\n").filter(|p| p.len() >= 80).collect();
    let distinct: HashSet<&str> = paragraphs.iter().copied().collect();
    assert!(distinct.len() * 10 < paragraphs.len());
}

#[test]
fn the_bench_text_has_names_parties_dates_and_quotes() {
    let text = corpus::document(100_000);
    let analysis = kilde::Analyzer::new().analyze(&text);
    let per_thousand = |n: usize| n * 1000 / analysis.tokens.len();
    let people: usize = analysis.people.iter().map(|p| p.mentions.len()).sum();
    let parties: usize = analysis.parties.iter().map(|p| p.mentions.len()).sum();
    let organizations: usize = analysis
        .organizations
        .iter()
        .map(|o| o.mentions.len())
        .sum();
    // About as many a thousand tokens as the five example articles have
    // (25, 11, 25, 24 and 23 by kilde's own count).
    assert!((15..=40).contains(&per_thousand(people)));
    assert!((5..=25).contains(&per_thousand(parties)));
    assert!((15..=40).contains(&per_thousand(organizations)));
    assert!((15..=40).contains(&per_thousand(analysis.dates.len())));
    assert!((15..=40).contains(&per_thousand(analysis.quotes.len())));
}
