//! Dates on the shared data: the acceptance article and the DDT dev text.
//! Needs /work/shared; run with `cargo test --release -- --ignored`.

mod common;

use common::shared;
use kilde::{Analyzer, Date, Grain};

#[test]
#[ignore]
fn sample_article_dates() {
    let text = shared("samples/huawei-antispionage.txt");
    let analyzer = Analyzer::builder()
        .reference_date(Date::constant(2019, 12, 10))
        .build();
    let analysis = analyzer.analyze(&text);
    let dates: Vec<(String, Option<String>, Grain, bool)> = analysis
        .dates
        .iter()
        .map(|d| {
            (
                d.span().text(&text).to_string(),
                d.value.clone(),
                d.grain,
                d.relative,
            )
        })
        .collect();
    let want = |span: &str, value: &str, grain: Grain, relative: bool| {
        (span.to_string(), Some(value.to_string()), grain, relative)
    };
    assert_eq!(
        dates,
        [
            want("i marts", "2019-03", Grain::Month, true),
            // A headline of a linked article, read against the article's
            // own date: the week two weeks on.
            want("om allerede to uger", "2019-12-23", Grain::Week, true),
            want("1. september 2025", "2025-09-01", Grain::Day, false),
            want("1. oktober 2025", "2025-10-01", Grain::Day, false),
            want("8. december 2025", "2025-12-08", Grain::Day, false),
            want("1. november 2025", "2025-11-01", Grain::Day, false),
        ]
    );
}

#[test]
#[ignore]
fn ddt_dev_dates_are_well_formed() {
    let data = shared("data/ddt_dev.conllu");
    let analyzer = Analyzer::builder()
        .reference_date(Date::constant(2013, 2, 12))
        .build();
    let mut count = 0;
    for line in data.lines() {
        let Some(text) = line.strip_prefix("# text = ") else {
            continue;
        };
        for date in analyzer.analyze(text).dates {
            count += 1;
            assert!(text.get(date.start..date.end).is_some(), "{text}");
            let value = date.value.expect("every date resolves with a reference");
            let parses = match date.grain {
                Grain::Day | Grain::Week => value.parse::<Date>().is_ok(),
                Grain::Month => value.len() == 7,
                Grain::Year => value.len() == 4,
            };
            assert!(parses, "{value} in {text}");
        }
    }
    // The dev text is fiction and news from the 1980s and 90s; it holds
    // a few dozen dates.
    assert!(count >= 30, "only {count} dates found");
}
