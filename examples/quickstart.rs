//! The shortest useful program with `kilde`: who said what in one article.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use kilde::{Analyzer, Date, QuoteKind};

fn main() {
    let text = include_str!("texts/folketinget.txt");
    let analyzer = Analyzer::builder()
        .reference_date(Date::constant(2026, 11, 24))
        .build();
    let analysis = analyzer.analyze(text);

    println!("People:");
    for person in &analysis.people {
        let party = person.party.as_deref().unwrap_or("-");
        println!(
            "  {} ({party}), {} mentions, roles {:?}",
            person.name,
            person.mentions.len(),
            person.roles
        );
    }

    println!("\nQuotes:");
    for quote in &analysis.quotes {
        let kind = match quote.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
            QuoteKind::Indirect => "indirect",
        };
        let speaker = match quote.speaker {
            Some(speaker) => match (speaker.person, speaker.organization) {
                (Some(person), _) => analysis.people[person].name.clone(),
                (None, Some(organization)) => analysis.organizations[organization].name.clone(),
                (None, None) => speaker.span().text(text).to_string(),
            },
            None => "(unknown)".to_string(),
        };
        println!("  [{kind}] {speaker}: {}", quote.span().text(text));
    }

    println!("\nDates:");
    for date in &analysis.dates {
        let value = date.value.as_deref().unwrap_or("?");
        println!(
            "  {:?} -> {value} ({:?})",
            date.span().text(text),
            date.grain
        );
    }
}
