//! Quote checks on the shared acceptance article and the treebank's dev
//! set. Neither is part of the crate: these tests read them from
//! `../shared/` next to the checkout (or next to a directory above it, a
//! worktree under `wt/`) and fail loudly when they are missing. Run them
//! with `cargo test --release -- --ignored`. Only facts are written here;
//! each quote is found at run time by a few of its words.

mod common;

use common::shared;
use kilde::{Analysis, Quote, QuoteKind};

fn article() -> (String, Analysis) {
    let text = shared("samples/huawei-antispionage.txt");
    let analysis = kilde::analyze(&text);
    (text, analysis)
}

/// The quote whose content starts with `opening`, which must occur once.
fn quote_starting<'a>(text: &str, analysis: &'a Analysis, opening: &str) -> &'a Quote {
    let at = text
        .find(opening)
        .unwrap_or_else(|| panic!("{opening:?} is not in the article"));
    analysis
        .quotes
        .iter()
        .find(|q| q.start == at)
        .unwrap_or_else(|| panic!("no quote starts at {opening:?}: {:?}", analysis.quotes))
}

/// The name of the person who said `quote`.
fn said_by<'a>(analysis: &'a Analysis, quote: &Quote) -> &'a str {
    let person = quote
        .speaker
        .and_then(|s| s.person)
        .unwrap_or_else(|| panic!("no person for {quote:?}"));
    &analysis.people[person].name
}

fn speaker_text<'t>(text: &'t str, quote: &Quote) -> &'t str {
    quote.speaker.map_or("", |s| s.span().text(text))
}

fn addressee_text<'t>(text: &'t str, quote: &Quote) -> &'t str {
    quote.addressee.map_or("", |a| a.text(text))
}

#[test]
#[ignore = "needs ../shared"]
fn the_country_manager_speaks_directly_to_the_paper() {
    let (text, analysis) = article();
    let quote = quote_starting(&text, &analysis, "Hvis Huawei en dag");
    assert_eq!(quote.kind, QuoteKind::Direct);
    assert_eq!(speaker_text(&text, quote), "Lichao");
    assert_eq!(said_by(&analysis, quote), "Jiang Lichao");
    assert!(addressee_text(&text, quote).ends_with("avisen"));
}

#[test]
#[ignore = "needs ../shared"]
fn the_former_minister_not_the_questioner() {
    let (text, analysis) = article();
    let quote = quote_starting(&text, &analysis, "Det kan godt være");
    assert_eq!(quote.kind, QuoteKind::Direct);
    assert_eq!(speaker_text(&text, quote), "den tidligere minister");
    assert_eq!(said_by(&analysis, quote), "Claus Hjort Frederiksen");
}

#[test]
#[ignore = "needs ../shared"]
fn the_reported_statement_before_its_cue() {
    let (text, analysis) = article();
    let quote = quote_starting(&text, &analysis, "Den skal sikre, at");
    assert_eq!(quote.kind, QuoteKind::Reported);
    assert_eq!(said_by(&analysis, quote), "Jiang Lichao");
    assert!(addressee_text(&text, quote).ends_with("Politiken"));
}

#[test]
#[ignore = "needs ../shared"]
fn the_minister_writes_indirectly() {
    let (text, analysis) = article();
    let quote = quote_starting(&text, &analysis, "en sådan aftale");
    assert_eq!(quote.kind, QuoteKind::Indirect);
    assert_eq!(said_by(&analysis, quote), "Trine Bramsen");
    assert!(addressee_text(&text, quote).ends_with("Politiken"));
}

#[test]
#[ignore = "needs ../shared"]
fn no_quote_in_the_advert() {
    let (text, analysis) = article();
    let advert = text
        .find("Annonceindlæg")
        .expect("the article has an advert");
    let after = text.find("Navnenyt").expect("a heading follows the advert");
    for quote in &analysis.quotes {
        assert!(
            quote.end <= advert || quote.start >= after,
            "quote in the advert: {:?}",
            quote.span().text(&text)
        );
    }
}

#[test]
#[ignore = "needs ../shared"]
fn every_speaker_lies_outside_its_quote_on_the_dev_set() {
    let data = shared("data/ddt_dev.conllu");
    let text: String = data
        .lines()
        .filter_map(|line| line.strip_prefix("# text = "))
        .collect::<Vec<_>>()
        .join("\n\n");
    let analysis = kilde::analyze(&text);
    assert!(analysis.quotes.len() >= 60);
    for quote in &analysis.quotes {
        assert!(quote.start < quote.end);
        if let Some(speaker) = quote.speaker {
            assert!(!speaker.span().overlaps(quote.span()), "{quote:?}");
        }
    }
}
