//! Dates named from the reference date: "i dag", "i går", "i forgårs",
//! "i morgen", "i overmorgen", "i år", "i fjor", "sidste/næste/denne
//! uge, måned, år", "om to uger", "for tre år siden", weekdays ("mandag",
//! "på mandag", "i mandags", "sidste tirsdag", "næste onsdag", "onsdag i
//! næste uge"), "uge 7".
//!
//! "sidste/næste" count weeks: "næste onsdag" is the Wednesday of next
//! week, "sidste mandag" the Monday of last week, while "på mandag" is the
//! next Monday after today and "i mandags" the last one before it. "de
//! sidste år", "sit sidste år", "den næste uge" are spans of time, not
//! dates: a determiner before "sidste/næste" rules them out (but "den
//! kommende uge" and "det kommende år" are next week and next year).
//! "hver fredag" and "en fredag" are no particular day.

use super::absolute::{self, Lead};
use super::expr::{Expr, Found, Pick};
use super::window::Window;
use super::words::{Cue, Unit, Word};
use crate::model::TokenKind;

/// Words before "sidste/næste/denne" that make it a span of time.
const DETERMINERS: &[&str] = &[
    "de", "den", "det", "sin", "sit", "sine", "hans", "hendes", "deres", "min", "mit", "mine",
    "din", "dit", "dine", "vores", "jeres", "hver", "disse", "ens",
];

/// The shift of "sidste" (−1), "næste" (+1), "denne" (0).
fn shift(word: Word) -> Option<i32> {
    match word {
        Word::Cue(Cue::Last) => Some(-1),
        Word::Cue(Cue::Next) => Some(1),
        Word::Cue(Cue::This) => Some(0),
        _ => None,
    }
}

/// "sidste uge", "næste måned", "denne uge", "næste onsdag" with the
/// shift word at `i`; the span starts at `start`.
pub(super) fn shifted(w: &Window, i: usize, start: usize) -> Option<Found> {
    let n = shift(w.word(i))?;
    // "den kommende uge" is next week all the same; "de kommende år" is
    // a span.
    let determined = start > 0 && w.is_any(start - 1, DETERMINERS);
    let singular_kommende = w.is_any(i, &["kommende"]) && w.is_any(start - 1, &["den", "det"]);
    if determined && !singular_kommende {
        return None;
    }
    let expr = match w.word(i + 1) {
        Word::Weekday {
            weekday,
            past_form: false,
        } => Expr::Weekday(weekday, Pick::InWeek(n)),
        // Singular only: "sidste uger" is a span.
        Word::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year))
            if w.is_any(i + 1, &["uge", "måned", "år"]) =>
        {
            Expr::Offset(n, unit)
        }
        _ => return None,
    };
    Some(Found {
        first: start,
        end: i + 2,
        expr,
    })
}

/// What follows "i" at `i`: "i dag", "i går", "i år", "i sidste uge", "i
/// mandags", "i uge 7".
pub(super) fn after_in(w: &Window, i: usize) -> Option<Found> {
    let next = i + 1;
    let expr = match w.word(next) {
        Word::Deictic(n, unit) => Expr::Offset(n, unit),
        Word::Unit(Unit::Day) if w.is_any(next, &["dag"]) => Expr::Offset(0, Unit::Day),
        Word::Unit(Unit::Year) => Expr::Offset(0, Unit::Year),
        Word::Unit(Unit::Week) => return iso_week(w, next, i),
        Word::Weekday {
            weekday,
            past_form: true,
        } => Expr::Weekday(weekday, Pick::Before),
        word if shift(word).is_some() => return shifted(w, next, i),
        _ => return None,
    };
    // "i år 2000" is the year 2000, left to the year reader.
    if expr == Expr::Offset(0, Unit::Year) && w.kind(next + 1) == Some(TokenKind::Number) {
        return None;
    }
    Some(Found {
        first: i,
        end: next + 1,
        expr,
    })
}

/// "uge 7" with "uge" at `i`: an ISO week of the reference year.
pub(super) fn iso_week(w: &Window, i: usize, start: usize) -> Option<Found> {
    let super::numbers::NumberForm::Plain { value, digits } = w.number(i + 1) else {
        return None;
    };
    let week = i8::try_from(value).ok().filter(|n| (1..=53).contains(n))?;
    (digits <= 2 && w.is_any(i, &["uge"])).then_some(Found {
        first: start,
        end: i + 2,
        expr: Expr::IsoWeek(week),
    })
}

/// A count at `j` after "om" or "for", with an optional hedge word
/// before it ("om allerede to uger"), and the unit after it: the count,
/// the unit and the index after the unit.
fn count_and_unit(w: &Window, j: usize) -> Option<(i32, Unit, usize)> {
    let j = if w.word(j) == Word::Hedge { j + 1 } else { j };
    // "et par år": a couple.
    let j = if w.is_any(j + 1, &["par"]) { j + 1 } else { j };
    let n = match (w.word(j), w.number(j)) {
        (Word::Count(n), _) => n,
        (_, super::numbers::NumberForm::Plain { value, digits }) if digits <= 3 => {
            i32::try_from(value).ok()?
        }
        _ => return None,
    };
    match w.word(j + 1) {
        Word::Unit(unit) => Some((n, unit, j + 2)),
        _ => None,
    }
}

/// "om to uger" with "om" at `i`.
pub(super) fn within(w: &Window, i: usize) -> Option<Found> {
    let (n, unit, end) = count_and_unit(w, i + 1)?;
    Some(Found {
        first: i,
        end,
        expr: Expr::Offset(n, unit),
    })
}

/// "for tre år siden" with "for" at `i`.
pub(super) fn ago(w: &Window, i: usize) -> Option<Found> {
    let (n, unit, end) = count_and_unit(w, i + 1)?;
    (w.word(end) == Word::Cue(Cue::Since)).then_some(Found {
        first: i,
        end: end + 1,
        expr: Expr::Offset(-n, unit),
    })
}

/// A weekday at `i`, picked as `pick`, with the span starting at
/// `start`: "mandag den 18. februar" is that date, "onsdag i næste uge"
/// a day of next week, a weekday alone is read by `pick`.
pub(super) fn weekday(w: &Window, i: usize, start: usize, pick: Pick) -> Option<Found> {
    let Word::Weekday { weekday, past_form } = w.word(i) else {
        return None;
    };
    if past_form != (pick == Pick::Before) || is_not_a_day(w, i) {
        return None;
    }
    if let Some(date) = date_after_weekday(w, i + 1, start) {
        return Some(date);
    }
    if pick == Pick::Nearest && w.word(i + 1) == Word::Cue(Cue::In) {
        if let (Some(n), true) = (shift(w.word(i + 2)), w.is_any(i + 3, &["uge"])) {
            return Some(Found {
                first: start,
                end: i + 4,
                expr: Expr::Weekday(weekday, Pick::InWeek(n)),
            });
        }
    }
    Some(Found {
        first: start,
        end: i + 1,
        expr: Expr::Weekday(weekday, pick),
    })
}

/// "hver fredag" is every Friday and "på en fredag" any Friday;
/// "Mandag Morgen" and "SØNDAG" (in capitals) are names of papers and
/// magazines.
fn is_not_a_day(w: &Window, i: usize) -> bool {
    let text = w.str(i);
    let all_caps = text.chars().all(|c| c.is_uppercase());
    all_caps || absolute::is_name(w, i) || (i > 0 && w.is_any(i - 1, &["hver", "en"]))
}

/// "den 18. februar", "d. 18/2", "18. februar", "den 15." after a weekday.
fn date_after_weekday(w: &Window, j: usize, start: usize) -> Option<Found> {
    let (j, after_den) = match w.word(j) {
        Word::Cue(Cue::The) if w.is_mark(j + 1, ".") => (j + 2, true),
        Word::Cue(Cue::The) => (j + 1, true),
        _ => (j, false),
    };
    let lead = Lead {
        start,
        cued: after_den,
        after_den,
        loose_ok: true,
    };
    match w.word(j) {
        Word::Month { .. } | Word::Other | Word::Ordinal(_) => absolute::at(w, j, lead),
        _ => None,
    }
}
