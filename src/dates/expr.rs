//! What a found date expression means, before it is resolved.

use super::numbers::Year;
use super::words::Unit;
use crate::model::Grain;
use jiff::civil::Weekday;

/// The year of a day or month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum YearSpec {
    /// Written out: "3. marts 2015".
    Given(Year),
    /// Relative to the reference year: "marts sidste år" is −1.
    Offset(i32),
    /// Not given: the sentence's tense picks the year ("i marts").
    ByTense,
}

/// Which one of a weekday is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pick {
    /// A bare weekday: the nearest one in the sentence's tense, the
    /// reference day itself included.
    Nearest,
    /// "på mandag": the next one after the reference day.
    After,
    /// "i mandags": the last one before the reference day.
    Before,
    /// "næste onsdag", "onsdag i næste uge": that day in the week this
    /// many weeks from the reference week.
    InWeek(i32),
}

/// A date expression's meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Expr {
    /// A calendar day: "1. september 2025", "den 3. marts".
    Day { year: YearSpec, month: i8, day: i8 },
    /// A month: "oktober 2014", "i marts".
    Month { year: YearSpec, month: i8 },
    /// A year: "i 2019".
    Year(Year),
    /// A day of an unnamed month: "den 15.".
    DayOfMonth(i8),
    /// So many units from the reference date: "i går" is −1 day, "om to
    /// uger" +2 weeks, "sidste år" −1 year.
    Offset(i32, Unit),
    /// A weekday.
    Weekday(Weekday, Pick),
    /// An ISO week of the reference year: "uge 7".
    IsoWeek(i8),
}

impl Expr {
    /// How precise the expression is.
    pub(super) fn grain(self) -> Grain {
        match self {
            Expr::Day { .. } | Expr::DayOfMonth(_) | Expr::Weekday(..) => Grain::Day,
            Expr::Month { .. } => Grain::Month,
            Expr::Year(_) => Grain::Year,
            Expr::IsoWeek(_) => Grain::Week,
            Expr::Offset(_, unit) => match unit {
                Unit::Day => Grain::Day,
                Unit::Week => Grain::Week,
                Unit::Month => Grain::Month,
                Unit::Year => Grain::Year,
            },
        }
    }

    /// Whether the value depends on the reference date.
    pub(super) fn is_relative(self) -> bool {
        match self {
            Expr::Day { year, .. } | Expr::Month { year, .. } => {
                !matches!(year, YearSpec::Given(_))
            }
            Expr::Year(_) => false,
            _ => true,
        }
    }

    /// Whether resolving needs the sentence's tense.
    pub(super) fn needs_tense(self) -> bool {
        match self {
            Expr::Day { year, .. } | Expr::Month { year, .. } => year == YearSpec::ByTense,
            Expr::DayOfMonth(_) | Expr::Weekday(_, Pick::Nearest) => true,
            _ => false,
        }
    }
}

/// A date expression found in a sentence: its tokens `first..end` and
/// its meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Found {
    /// Index of its first token in the sentence.
    pub(super) first: usize,
    /// Index one past its last token.
    pub(super) end: usize,
    /// What it means.
    pub(super) expr: Expr,
}
