//! Turning an expression into a calendar value, with jiff doing every
//! step of calendar arithmetic.

use super::expr::{Expr, Pick, YearSpec};
use super::numbers::Year;
use super::tense::Tense;
use super::words::Unit;
use crate::Date;
use jiff::ToSpan;
use jiff::civil::Weekday;

/// The ISO text of `expr` at its grain, or `None` when it needs a
/// reference date and has none, or names no real day ("31. februar").
pub(super) fn value(expr: Expr, reference: Option<Date>, tense: Tense) -> Option<String> {
    match expr {
        Expr::Day { year, month, day } => {
            let date = day_in(year, month, day, reference, tense)?;
            Some(iso_day(date))
        }
        Expr::Month { year, month } => {
            let year = month_year(year, month, reference, tense)?;
            Some(iso_month(year, month))
        }
        Expr::Year(year) => Some(iso_year(full_year(year, reference))),
        Expr::DayOfMonth(day) => day_of_month(day, reference?, tense).map(iso_day),
        Expr::Offset(n, unit) => offset(n, unit, reference?),
        Expr::Weekday(weekday, pick) => weekday_date(weekday, pick, reference?, tense).map(iso_day),
        Expr::IsoWeek(week) => {
            let year = reference?.iso_week_date().year();
            let monday = jiff::civil::ISOWeekDate::new(year, week, Weekday::Monday).ok()?;
            Some(iso_day(monday.date()))
        }
    }
}

/// `date` in ISO form ("2019-12-10"), as jiff writes it; written digit
/// by digit for the years 0 to 9999, without the formatting machinery.
fn iso_day(date: Date) -> String {
    let Ok(year) = u16::try_from(date.year()) else {
        return date.to_string();
    };
    if year > 9999 {
        return date.to_string();
    }
    let mut text = String::with_capacity(10);
    push_digits(&mut text, year, 4);
    text.push('-');
    push_digits(&mut text, date.month().unsigned_abs().into(), 2);
    text.push('-');
    push_digits(&mut text, date.day().unsigned_abs().into(), 2);
    text
}

/// A month in ISO form ("2019-12"), as `format!("{year:04}-{month:02}")`
/// writes it.
fn iso_month(year: i16, month: i8) -> String {
    match (u16::try_from(year), u8::try_from(month)) {
        (Ok(y), Ok(m)) if y <= 9999 && m <= 99 => {
            let mut text = String::with_capacity(7);
            push_digits(&mut text, y, 4);
            text.push('-');
            push_digits(&mut text, m.into(), 2);
            text
        }
        _ => format!("{year:04}-{month:02}"),
    }
}

/// A year in ISO form ("2019"), as `format!("{year:04}")` writes it.
fn iso_year(year: i16) -> String {
    match u16::try_from(year) {
        Ok(y) if y <= 9999 => {
            let mut text = String::with_capacity(4);
            push_digits(&mut text, y, 4);
            text
        }
        _ => format!("{year:04}"),
    }
}

/// Pushes the last `width` decimal digits of `value`, zero-padded.
fn push_digits(text: &mut String, value: u16, width: u32) {
    for power in (0..width).rev() {
        let digit = value / 10u16.pow(power) % 10;
        text.push(char::from(b'0' + digit as u8));
    }
}

/// A two-digit year in the century that puts it at most ten years after
/// the reference year (1930–2029 without one): "45" is 1945 in 2013.
fn full_year(year: Year, reference: Option<Date>) -> i16 {
    match year {
        Year::Full(y) => y,
        Year::Short(yy) => {
            let latest = reference.map_or(2029, |r| r.year() + 10);
            let this_century = 2000 + i16::from(yy);
            if this_century <= latest {
                this_century
            } else {
                this_century - 100
            }
        }
    }
}

/// The year of a day given without one: the last such day on or before
/// the reference date in the past tense, the next one on or after it
/// otherwise.
fn day_in(
    year: YearSpec,
    month: i8,
    day: i8,
    reference: Option<Date>,
    tense: Tense,
) -> Option<Date> {
    match year {
        YearSpec::Given(y) => Date::new(full_year(y, reference), month, day).ok(),
        YearSpec::Offset(n) => {
            let year = reference?.year().checked_add(i16::try_from(n).ok()?)?;
            Date::new(year, month, day).ok()
        }
        YearSpec::ByTense => {
            let reference = reference?;
            let this_year = Date::new(reference.year(), month, day).ok();
            let shift: i16 = match (tense, this_year) {
                (Tense::Past, Some(d)) if d > reference => -1,
                (Tense::Future, Some(d)) if d < reference => 1,
                _ => 0,
            };
            Date::new(reference.year().checked_add(shift)?, month, day).ok()
        }
    }
}

/// The year of a month: as [`day_in`], at month grain.
fn month_year(year: YearSpec, month: i8, reference: Option<Date>, tense: Tense) -> Option<i16> {
    match year {
        YearSpec::Given(y) => Some(full_year(y, reference)),
        YearSpec::Offset(n) => reference?.year().checked_add(i16::try_from(n).ok()?),
        YearSpec::ByTense => {
            let reference = reference?;
            let shift = match tense {
                Tense::Past if month > reference.month() => -1,
                Tense::Future if month < reference.month() => 1,
                _ => 0,
            };
            reference.year().checked_add(shift)
        }
    }
}

/// "den 15.": that day of the reference month, or of the month before
/// (past tense) or after (otherwise) when the reference month's is on the
/// wrong side of the reference date.
fn day_of_month(day: i8, reference: Date, tense: Tense) -> Option<Date> {
    let first = reference.first_of_month();
    let months: i32 = match tense {
        Tense::Past if day > reference.day() => -1,
        Tense::Future if day < reference.day() => 1,
        _ => 0,
    };
    let month = first.checked_add(months.months()).ok()?;
    Date::new(month.year(), month.month(), day).ok()
}

/// `n` units from the reference date, at the unit's grain: a week by its
/// Monday, a month as "2013-03", a year as "2014".
fn offset(n: i32, unit: Unit, reference: Date) -> Option<String> {
    match unit {
        Unit::Day => Some(iso_day(reference.checked_add(n.days()).ok()?)),
        Unit::Week => {
            let day = reference.checked_add(n.weeks()).ok()?;
            Some(iso_day(monday_of(day)?))
        }
        Unit::Month => {
            let month = reference.first_of_month().checked_add(n.months()).ok()?;
            Some(iso_month(month.year(), month.month()))
        }
        Unit::Year => {
            let year = reference.checked_add(n.years()).ok()?.year();
            Some(iso_year(year))
        }
    }
}

/// The Monday of the ISO week `day` lies in.
fn monday_of(day: Date) -> Option<Date> {
    day.tomorrow().ok()?.nth_weekday(-1, Weekday::Monday).ok()
}

/// The weekday `pick` names, seen from the reference date.
fn weekday_date(weekday: Weekday, pick: Pick, reference: Date, tense: Tense) -> Option<Date> {
    match pick {
        Pick::After => reference.nth_weekday(1, weekday).ok(),
        Pick::Before => reference.nth_weekday(-1, weekday).ok(),
        Pick::Nearest if reference.weekday() == weekday => Some(reference),
        Pick::Nearest => match tense {
            Tense::Past => reference.nth_weekday(-1, weekday).ok(),
            Tense::Future => reference.nth_weekday(1, weekday).ok(),
        },
        Pick::InWeek(weeks) => {
            let monday = monday_of(reference.checked_add(weeks.weeks()).ok()?)?;
            let days = i32::from(weekday.to_monday_zero_offset());
            monday.checked_add(days.days()).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms_are_written_as_jiff_and_format_write_them() {
        for (y, m, d) in [
            (2019, 12, 10),
            (1, 1, 1),
            (0, 2, 29),
            (9999, 12, 31),
            (-1, 3, 4),
            (-9999, 1, 1),
            (987, 6, 5),
        ] {
            let date = Date::new(y, m, d).unwrap();
            assert_eq!(iso_day(date), date.to_string());
            assert_eq!(iso_month(y, m), format!("{y:04}-{m:02}"));
            assert_eq!(iso_year(y), format!("{y:04}"));
        }
        assert_eq!(iso_year(12), "0012");
    }
}
