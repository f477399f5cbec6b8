//! Dates that name their day, month or year: "1. september 2025", "den
//! 3. marts", "3 marts 2015", "tredje marts 2015", "3/12-2019",
//! "2015-03-03", "15/02", "februar 15", "8 Aug", "oktober 2014", "i
//! marts", "ultimo marts", "i 2019".
//!
//! A day number becomes a date only next to a month name, or after "den"
//! when nothing but punctuation follows ("den 15."): "5. gade", "2.
//! kontor" and "nr. 3" name no month. A month name alone needs an opener
//! before it ("i", "fra", "primo", ...), so "Maj" the name is not read as
//! a month, nor a capitalised month followed by a capitalised word ("Maj
//! Hansen", "August Krogh"). An abbreviated month ("jan", "jul") needs a
//! day or year beside it. A year alone needs an opener, and must not be
//! followed by a unit ("til 1995 kr."); a round number ("i 2000
//! husstande") is a year only when what follows can follow a year (a verb,
//! a preposition, punctuation), since round numbers are mostly counts.

use super::expr::{Expr, Found, YearSpec};
use super::numbers::{NumberForm, Year};
use super::window::Window;
use super::words::{Cue, Unit, Word};
use crate::lexicon::Tags;

/// How the expression starting at a token was opened.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Lead {
    /// Index of the first token of the span (the opener when it belongs
    /// to the expression, as "i" and "den" do).
    pub(super) start: usize,
    /// Whether a preposition or "primo/ultimo/medio" stands before.
    pub(super) cued: bool,
    /// Whether "den" or "d." stands right before.
    pub(super) after_den: bool,
    /// Whether the opener makes "3/4" a date rather than a fraction
    /// ("fra 3/4", not "i 3/4 af tilfældene").
    pub(super) loose_ok: bool,
}

impl Lead {
    /// No opener: the expression starts at `start`.
    pub(super) fn bare(start: usize) -> Lead {
        Lead {
            start,
            ..Lead::default()
        }
    }
}

/// The absolute date expression at token `i` (a number, an ordinal word
/// or a month), if any.
pub(super) fn at(w: &Window, i: usize, lead: Lead) -> Option<Found> {
    match w.word(i) {
        Word::Month { month, short } => from_month(w, i, month, short, lead),
        Word::Ordinal(day) => day_month_at(w, lead.start, day, i + 1),
        _ => from_number(w, i, lead),
    }
}

/// Dates that open with a number.
fn from_number(w: &Window, i: usize, lead: Lead) -> Option<Found> {
    match w.number(i) {
        NumberForm::Ordinal(day) => ordinal_day(w, i, i + 1, day, lead),
        NumberForm::Plain { value, digits } if digits <= 2 => {
            if w.is_mark(i + 1, ".") && w.touches(i, i + 1) {
                ordinal_day(w, i, i + 2, value, lead)
            } else {
                // "3 marts 2015", "8 Aug": a day without its full stop.
                day_month_at(w, lead.start, i8::try_from(value).ok()?, i + 1)
            }
        }
        NumberForm::Plain { value, digits: 4 } if lead.cued && !is_decade(w, i) => {
            let year = i16::try_from(value)
                .ok()
                .filter(|y| (1000..=2199).contains(y))?;
            let is_year = if value % 100 == 0 {
                year_may_follow(w, i + 1)
            } else {
                !w.is_any_undotted(i + 1, UNITS) && !in_counted_range(w, i + 1)
            };
            is_year.then_some(Found {
                first: lead.start,
                end: i + 1,
                expr: Expr::Year(Year::Full(year)),
            })
        }
        NumberForm::Date {
            day,
            month,
            year,
            loose,
        } => {
            if loose && !(lead.loose_ok || lead.after_den) {
                return None;
            }
            let year = year.map_or(YearSpec::ByTense, YearSpec::Given);
            Some(Found {
                first: lead.start,
                end: i + 1,
                expr: Expr::Day { year, month, day },
            })
        }
        _ => None,
    }
}

/// "1990'erne", "1990’erne", "1990erne": a decade, which the model has no
/// grain for, so no year either.
fn is_decade(w: &Window, i: usize) -> bool {
    w.touches(i, i + 1) && (w.is_word(i + 1) || w.is_mark(i + 1, "'") || w.is_mark(i + 1, "’"))
}

/// A day ordinal at `i` whose next token is `next`: a date before a
/// month, or a day alone after "den" at the end of a clause.
fn ordinal_day(w: &Window, i: usize, next: usize, day: u32, lead: Lead) -> Option<Found> {
    let day = i8::try_from(day).ok()?;
    if let found @ Some(_) = day_month_at(w, lead.start, day, next) {
        return found;
    }
    // "den 15." ends a clause or is followed by its verb ("Den 15. kommer
    // han"); "den 5. gade" is an ordinal before a noun.
    let verb_next = w
        .tags(next)
        .intersects(Tags::PAST_TENSE | Tags::FUTURE_TENSE);
    let alone = lead.after_den && (1..=31).contains(&day) && (!w.is_word(next) || verb_next);
    // The ordinal's own full stop belongs to the span, unless it is also
    // the stop that ends the sentence.
    let end = if next == i + 2 && w.token(next).is_some() {
        next
    } else {
        i + 1
    };
    alone.then_some(Found {
        first: lead.start,
        end,
        expr: Expr::DayOfMonth(day),
    })
}

/// The longest day of each month, leap years counted.
const MONTH_DAYS: [i8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Whether `day` can fall in `month`.
fn day_fits(day: i8, month: i8) -> bool {
    let longest = usize::try_from(month - 1)
        .ok()
        .and_then(|m| MONTH_DAYS.get(m));
    longest.is_some_and(|&longest| (1..=longest).contains(&day))
}

/// A day followed by a month at `j`, and the year after that if any.
fn day_month_at(w: &Window, start: usize, day: i8, j: usize) -> Option<Found> {
    let Word::Month { month, .. } = w.word(j) else {
        return None;
    };
    if !day_fits(day, month) || is_name(w, j) {
        return None;
    }
    let (year, end) = year_after(w, j + 1, true).unwrap_or((YearSpec::ByTense, j + 1));
    Some(Found {
        first: start,
        end,
        expr: Expr::Day { year, month, day },
    })
}

/// "Maj Hansen", "August Krogh", "Mandag Morgen": a capitalised month or
/// weekday name followed by a capitalised word that is no month or
/// weekday.
pub(super) fn is_name(w: &Window, i: usize) -> bool {
    w.is_capitalised(i)
        && w.is_capitalised(i + 1)
        && !w.tags(i + 1).intersects(Tags::MONTH | Tags::WEEKDAY)
}

/// Dates that open with a month name.
fn from_month(w: &Window, i: usize, month: i8, short: bool, lead: Lead) -> Option<Found> {
    if is_name(w, i) {
        return None;
    }
    if let NumberForm::Plain { value, digits } = w.number(i + 1) {
        // "februar 15", "Aug 8": the day after the month.
        let day = i8::try_from(value).ok().filter(|&d| day_fits(d, month));
        let lower_word_next = w.is_word(i + 2) && !w.is_capitalised(i + 2);
        let month_next = w.is_mark(i + 2, ".") && matches!(w.word(i + 3), Word::Month { .. });
        let ends_here = !lower_word_next && !month_next;
        if let (Some(day), true, true) = (day, digits <= 2, ends_here) {
            let (year, end) = year_after(w, i + 2, false).unwrap_or((YearSpec::ByTense, i + 2));
            return Some(Found {
                first: lead.start,
                end,
                expr: Expr::Day { year, month, day },
            });
        }
    }
    // "jul 1987" is Christmas: a short form without its full stop needs
    // a day.
    let undotted_short = short && !w.str(i).ends_with('.');
    let written = year_after(w, i + 1, false).filter(|_| !undotted_short);
    let year = match written {
        Some(found) => Some(found),
        None if short || !lead.cued => None,
        None => Some((YearSpec::ByTense, i + 1)),
    };
    let (year, end) = year?;
    Some(Found {
        first: lead.start,
        end,
        expr: Expr::Month { year, month },
    })
}

/// The year written or named from token `j` on ("2025", "45" when
/// `short_ok`, "sidste år", "i år", "i fjor"), with the index after it.
fn year_after(w: &Window, j: usize, short_ok: bool) -> Option<(YearSpec, usize)> {
    match w.number(j) {
        NumberForm::Plain { value, digits: 4 } if (1000..=2199).contains(&value) => {
            let year = i16::try_from(value).ok()?;
            Some((YearSpec::Given(Year::Full(year)), j + 1))
        }
        NumberForm::Plain { value, digits: 2 } if short_ok && year_may_follow(w, j + 1) => {
            let year = i8::try_from(value).ok()?;
            Some((YearSpec::Given(Year::Short(year)), j + 1))
        }
        _ => relative_year(w, j).map(|(n, end)| (YearSpec::Offset(n), end)),
    }
}

/// "sidste år", "næste år", "i år", "i fjor" from token `j`: the years
/// from the reference year and the index after.
fn relative_year(w: &Window, j: usize) -> Option<(i32, usize)> {
    let offset = match (w.word(j), w.word(j + 1)) {
        (Word::Cue(Cue::Last), Word::Unit(Unit::Year)) => -1,
        (Word::Cue(Cue::Next), Word::Unit(Unit::Year)) => 1,
        (Word::Cue(Cue::In), Word::Unit(Unit::Year)) => 0,
        (Word::Cue(Cue::In), Word::Deictic(n, Unit::Year)) => n,
        _ => return None,
    };
    Some((offset, j + 2))
}

/// Words that may follow a year without making it a count.
const YEAR_FOLLOWERS: &[&str] = &[
    "og", "eller", "men", "hvor", "da", "der", "som", "har", "er", "kan", "samt", "hvis", "mens",
];

/// Units and nouns that make a number before them a count, not a year;
/// without their full stops, which [`Window::is_any_undotted`] drops.
const UNITS: &[&str] = &[
    "kr",
    "kroner",
    "euro",
    "dollar",
    "dollars",
    "mio",
    "mia",
    "millioner",
    "milliarder",
    "procent",
    "pct",
    "meter",
    "m",
    "mm",
    "cm",
    "km",
    "kilometer",
    "kilo",
    "kg",
    "g",
    "gram",
    "ton",
    "tons",
    "liter",
    "stk",
    "stykker",
    "personer",
    "mennesker",
    "ansatte",
    "medarbejdere",
    "elever",
    "børn",
    "gange",
    "point",
    "timer",
    "minutter",
    "sekunder",
    "sider",
    "biler",
    "boliger",
    "husstande",
    "deltagere",
    "tilskuere",
    "indbyggere",
    "medlemmer",
    "patienter",
    "tilfælde",
    "eksemplarer",
    "kvadratmeter",
    "kvm",
    "grader",
    "år",
    "dage",
    "stemmer",
];

/// "fra 1069 til 1082 mm": a number in a range whose other end carries a
/// unit.
fn in_counted_range(w: &Window, j: usize) -> bool {
    w.is_any(j, &["til", "og", "eller"])
        && w.kind(j + 1) == Some(crate::model::TokenKind::Number)
        && w.is_any_undotted(j + 2, UNITS)
}

/// Whether token `j` may follow a year: punctuation, the end, a name, a
/// verb, a preposition, a conjunction; not a noun ("i 2000 husstande")
/// nor a unit ("2000 kr.").
fn year_may_follow(w: &Window, j: usize) -> bool {
    !w.is_word(j)
        || w.is_capitalised(j)
        || w.tags(j)
            .intersects(Tags::PAST_TENSE | Tags::FUTURE_TENSE | Tags::DATE_WORD)
        || w.is_any(j, YEAR_FOLLOWERS)
}
