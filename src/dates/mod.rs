//! Date expressions, found and resolved against a reference date.
//!
//! The scan walks each sentence's tokens once. Most tokens are rejected on
//! their kind and lexicon tags alone: only a number, a month or weekday
//! name, or a date word followed by a number or another date word can
//! open a date. From there a matcher reads a few tokens forward
//! ([`absolute`] for dates that name their day, month or year,
//! [`relative`] for those named from today), and [`resolve`] turns the
//! result into a calendar value with jiff. Dates without a year, bare
//! months and bare weekdays take their year or week from the tense of
//! their clause ([`tense`]).
//!
//! Spans cover the words that carry the date: "i" belongs to "i går", "i
//! marts" and "i 2019", "den" to "den 3. marts", "primo" to "primo
//! marts"; other prepositions ("pr.", "siden", "fra") do not.

mod absolute;
mod expr;
mod numbers;
mod relative;
mod resolve;
mod tense;
mod window;
mod words;

use crate::Date;
use crate::document::Document;
use crate::lexicon::Tags;
use crate::model::{DateMention, TokenKind};
use absolute::Lead;
use expr::{Found, Pick};
use window::{Window, date_tags};
use words::{Cue, Word};

/// Finds the date expressions of `document`, in text order, and resolves
/// them against `reference` (relative ones get no value without it).
pub(crate) fn find(document: &Document, reference: Option<Date>) -> Vec<DateMention> {
    let tokens = &document.segmentation.tokens;
    let mut mentions = Vec::new();
    let mut first = 0;
    for sentence in &document.segmentation.sentences {
        let end = first + tokens[first..].partition_point(|t| t.start < sentence.end);
        let window = Window::new(
            document.text,
            &tokens[first..end],
            &document.tags[first..end],
        );
        scan(&window, reference, &mut mentions);
        first = end;
    }
    mentions
}

/// Finds the dates of one sentence.
fn scan(w: &Window, reference: Option<Date>, mentions: &mut Vec<DateMention>) {
    let mut i = 0;
    while i < w.len() {
        match may_open(w, i).then(|| open_at(w, i)).flatten() {
            Some(found) => {
                mentions.extend(mention(w, found, reference));
                i = found.end.max(i + 1);
            }
            None => i += 1,
        }
    }
}

/// The cheap test: whether token `i` may open a date at all.
fn may_open(w: &Window, i: usize) -> bool {
    let tags = w.tags(i);
    w.kind(i) == Some(TokenKind::Number)
        || tags.intersects(Tags::MONTH | Tags::WEEKDAY)
        || (tags.contains(Tags::DATE_WORD)
            && (w.kind(i + 1) == Some(TokenKind::Number)
                || w.tags(i + 1).intersects(date_tags())
                || (w.is_mark(i + 1, ".") && w.kind(i + 2) == Some(TokenKind::Number))))
}

/// The date expression that opens at token `i`, if any.
fn open_at(w: &Window, i: usize) -> Option<Found> {
    let cued = |start| Lead {
        start,
        cued: true,
        after_den: false,
        loose_ok: false,
    };
    match w.word(i) {
        Word::Weekday { .. } => relative::weekday(w, i, i, Pick::Nearest),
        Word::Cue(Cue::In) => relative::after_in(w, i).or_else(|| absolute::at(w, i + 1, cued(i))),
        Word::Cue(Cue::On) => relative::weekday(w, i + 1, i, Pick::After),
        Word::Cue(Cue::Within) => relative::within(w, i),
        Word::Cue(Cue::Ago) => relative::ago(w, i).or_else(|| absolute::at(w, i + 1, cued(i + 1))),
        Word::Cue(Cue::The) => {
            let next = if w.is_mark(i + 1, ".") { i + 2 } else { i + 1 };
            let lead = Lead {
                start: i,
                cued: false,
                after_den: true,
                loose_ok: true,
            };
            absolute::at(w, next, lead)
        }
        Word::Cue(Cue::Since | Cue::Preposition) => {
            let lead = Lead {
                loose_ok: true,
                ..cued(i + 1)
            };
            absolute::at(w, i + 1, lead)
        }
        Word::Cue(Cue::Part) => absolute::at(w, i + 1, cued(i)),
        Word::Cue(Cue::Last | Cue::Next | Cue::This) => relative::shifted(w, i, i),
        Word::Unit(words::Unit::Week) => relative::iso_week(w, i, i),
        Word::Month { .. } | Word::Ordinal(_) | Word::Other => absolute::at(w, i, Lead::bare(i)),
        _ => None,
    }
}

/// The mention of `found`, resolved against `reference`.
fn mention(w: &Window, found: Found, reference: Option<Date>) -> Option<DateMention> {
    let start = w.token(found.first)?.start;
    let end = w.token(found.end.checked_sub(1)?)?.end;
    let tense = if found.expr.needs_tense() {
        tense::of(w, found.first, found.end)
    } else {
        tense::Tense::Future
    };
    Some(DateMention {
        start,
        end,
        value: resolve::value(found.expr, reference, tense),
        grain: found.expr.grain(),
        relative: found.expr.is_relative(),
    })
}
