//! What the integration tests share: finding `../shared` (the data is not
//! part of the crate; the tests that read it are `#[ignore]`d and run in
//! `.ci/run`), and the soundness check every analysis must pass.

// Each test file uses a part of this module, never all of it.
#![allow(dead_code)]

use kilde::{Analysis, Span};
use std::path::PathBuf;

/// The text of `shared/RELATIVE`, found beside the checkout or beside a
/// directory above it (a worktree under `wt/`). Fails loudly when absent.
pub fn shared(relative: &str) -> String {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = manifest
        .ancestors()
        .skip(1)
        .map(|dir| dir.join("shared").join(relative))
        .find(|path| path.is_file())
        .unwrap_or_else(|| panic!("shared/{relative} not found next to {}", manifest.display()));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// The acceptance article.
pub fn article() -> String {
    shared("samples/huawei-antispionage.txt")
}

/// Checks one span against the text; returns a message on failure.
fn check_span(text: &str, what: &str, span: Span) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what} {span:?} out of order or past the end ({})",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what} {span:?} not on char boundaries"));
    }
    Ok(())
}

fn check_ordered(what: &str, spans: impl Iterator<Item = Span>) -> Result<(), String> {
    let mut last: Option<Span> = None;
    for span in spans {
        if let Some(last) = last {
            if span.start < last.start {
                return Err(format!("{what} out of order: {last:?} then {span:?}"));
            }
        }
        last = Some(span);
    }
    Ok(())
}

/// Every property of an analysis of `text`.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let spans = analysis
        .paragraphs
        .iter()
        .map(|p| ("paragraph", p.span()))
        .chain(analysis.sentences.iter().map(|s| ("sentence", s.span())))
        .chain(analysis.tokens.iter().map(|t| ("token", t.span())))
        .chain(
            analysis
                .people
                .iter()
                .flat_map(|p| p.mentions.iter().map(|&m| ("person mention", m))),
        )
        .chain(
            analysis
                .organizations
                .iter()
                .flat_map(|o| o.mentions.iter().map(|&m| ("organization mention", m))),
        )
        .chain(
            analysis
                .parties
                .iter()
                .flat_map(|p| p.mentions.iter().map(|&m| ("party mention", m))),
        )
        .chain(analysis.dates.iter().map(|d| ("date", d.span())))
        .chain(analysis.quotes.iter().flat_map(|q| {
            [
                Some(("quote", q.span())),
                q.cue.map(|c| ("cue", c)),
                q.speaker.map(|s| ("speaker", s.span())),
                q.addressee.map(|a| ("addressee", a)),
            ]
            .into_iter()
            .flatten()
        }));
    for (what, span) in spans {
        check_span(text, what, span)?;
    }
    check_ordered("paragraphs", analysis.paragraphs.iter().map(|p| p.span()))?;
    check_ordered("sentences", analysis.sentences.iter().map(|s| s.span()))?;
    check_ordered("tokens", analysis.tokens.iter().map(|t| t.span()))?;
    check_ordered("dates", analysis.dates.iter().map(|d| d.span()))?;
    check_ordered("quotes", analysis.quotes.iter().map(|q| q.span()))?;
    for sentence in &analysis.sentences {
        if sentence.paragraph >= analysis.paragraphs.len() {
            return Err(format!("sentence {sentence:?} names a missing paragraph"));
        }
    }
    for person in &analysis.people {
        if person.mentions.is_empty() {
            return Err(format!("person {:?} has no mention", person.name));
        }
        if person
            .organization
            .is_some_and(|o| o >= analysis.organizations.len())
        {
            return Err(format!(
                "person {:?} names a missing organization",
                person.name
            ));
        }
    }
    for quote in &analysis.quotes {
        let Some(speaker) = quote.speaker else {
            continue;
        };
        if speaker.person.is_some_and(|p| p >= analysis.people.len()) {
            return Err(format!("quote {quote:?} names a missing person"));
        }
        if speaker
            .organization
            .is_some_and(|o| o >= analysis.organizations.len())
        {
            return Err(format!("quote {quote:?} names a missing organization"));
        }
        if speaker.span().overlaps(quote.span()) {
            return Err(format!(
                "quote {quote:?}: the speaker lies inside the quote"
            ));
        }
    }
    Ok(())
}
