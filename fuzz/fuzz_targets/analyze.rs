//! Fuzzes the whole pipeline: any bytes that are UTF-8 are analysed, with
//! and without a reference date, and in blocks of a third of the text (as
//! a text over 256 KiB is read, which the fuzzer's inputs never reach),
//! and every span and index is checked against the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let analyzer = kilde::Analyzer::builder().reference_date(kilde::Date::constant(2013, 2, 12)).build();
    let in_blocks = kilde::Analyzer::builder().block_size(text.len() / 3).build();
    for analysis in [kilde::analyze(text), analyzer.analyze(text), in_blocks.analyze(text)] {
        for sentence in &analysis.sentences {
            assert!(sentence.paragraph < analysis.paragraphs.len());
        }
        for sentence in &analysis.sentences {
            assert!(text.get(sentence.start..sentence.end).is_some());
        }
        for token in &analysis.tokens {
            assert!(text.get(token.start..token.end).is_some());
        }
        for person in &analysis.people {
            for mention in &person.mentions {
                assert!(text.get(mention.start..mention.end).is_some());
            }
            assert!(person.organization.is_none_or(|o| o < analysis.organizations.len()));
        }
        for organization in &analysis.organizations {
            for mention in &organization.mentions {
                assert!(text.get(mention.start..mention.end).is_some());
            }
        }
        for date in &analysis.dates {
            assert!(text.get(date.start..date.end).is_some());
        }
        for quote in &analysis.quotes {
            assert!(text.get(quote.start..quote.end).is_some());
            if let Some(speaker) = quote.speaker {
                assert!(text.get(speaker.start..speaker.end).is_some());
                assert!(!speaker.span().overlaps(quote.span()));
                assert!(speaker.person.is_none_or(|p| p < analysis.people.len()));
                assert!(speaker.organization.is_none_or(|o| o < analysis.organizations.len()));
            }
        }
    }
});
