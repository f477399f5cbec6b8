//! What a Number token says as a date part: a day ordinal ("3."), a bare
//! count or year ("3", "2019"), or a whole numeric date ("3/12-2019",
//! "2015-03-03").

/// A year as written: four digits, or two ("3/3-15", "4. maj 45").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Year {
    /// A full year, 1000–2199.
    Full(i16),
    /// A two-digit year, 0–99; its century comes from the reference date.
    Short(i8),
}

/// One Number token read as a date part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NumberForm {
    /// Plain digits: their value and how many there are.
    Plain { value: u32, digits: u8 },
    /// Digits with the ordinal full stop kept in the token ("1.").
    Ordinal(u32),
    /// A whole date; `year` is `None` for "15/02". `loose` marks forms that
    /// are dates only in a date context ("3/4" may be a fraction).
    Date {
        day: i8,
        month: i8,
        year: Option<Year>,
        loose: bool,
    },
    /// Anything else: sums ("130.000"), times ("14.30"), scores ("2-1").
    Other,
}

/// Up to three digit groups and the separators between them.
struct Groups {
    values: [u32; 3],
    digits: [u8; 3],
    separators: [u8; 2],
    len: usize,
}

/// Splits `text` into digit groups; `None` for more than three groups, a
/// group of more than four digits, or a character that is neither.
fn groups(text: &str) -> Option<Groups> {
    let mut g = Groups {
        values: [0; 3],
        digits: [0; 3],
        separators: [0; 2],
        len: 1,
    };
    for byte in text.bytes() {
        if byte.is_ascii_digit() {
            let i = g.len - 1;
            if g.digits[i] == 4 {
                return None;
            }
            g.values[i] = g.values[i] * 10 + u32::from(byte - b'0');
            g.digits[i] += 1;
        } else {
            if g.len == 3 || g.digits[g.len - 1] == 0 {
                return None;
            }
            g.separators[g.len - 1] = byte;
            g.len += 1;
        }
    }
    (g.digits[g.len - 1] > 0).then_some(g)
}

/// A day 1–31 and a month 1–12, or `None`.
fn day_month(day: u32, month: u32) -> Option<(i8, i8)> {
    let day = i8::try_from(day).ok().filter(|d| (1..=31).contains(d))?;
    let month = i8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    Some((day, month))
}

/// A year group: four digits in 1000–2199, or two digits.
fn year(value: u32, digits: u8) -> Option<Year> {
    match digits {
        4 if (1000..=2199).contains(&value) => i16::try_from(value).ok().map(Year::Full),
        2 => i8::try_from(value).ok().map(Year::Short),
        _ => None,
    }
}

/// Reads one Number token's text.
pub(super) fn read(text: &str) -> NumberForm {
    if let Some(digits) = text.strip_suffix('.') {
        return match groups(digits) {
            Some(g) if g.len == 1 && g.digits[0] <= 2 => NumberForm::Ordinal(g.values[0]),
            _ => NumberForm::Other,
        };
    }
    let Some(g) = groups(text) else {
        return NumberForm::Other;
    };
    match (g.len, g.separators) {
        (1, _) => NumberForm::Plain {
            value: g.values[0],
            digits: g.digits[0],
        },
        (2, [b'/', _]) => loose_date(&g),
        (3, seps) => full_date(&g, seps),
        _ => NumberForm::Other,
    }
}

/// "15/02", "3/3": day and month only.
fn loose_date(g: &Groups) -> NumberForm {
    match day_month(g.values[0], g.values[1]) {
        Some((day, month)) => NumberForm::Date {
            day,
            month,
            year: None,
            loose: g.digits[0] < 2 || g.digits[1] < 2,
        },
        None => NumberForm::Other,
    }
}

/// Three groups: "3/3/2015", "3/3-15", "03-03-2015", "3.3.2015",
/// "2015-03-03".
fn full_date(g: &Groups, separators: [u8; 2]) -> NumberForm {
    let [a, b, c] = g.values;
    let [da, db, dc] = g.digits;
    let parts = match separators {
        [b'-', b'-'] if da == 4 && db == 2 && dc == 2 => Some((c, b, year(a, 4))),
        // Two-digit years with hyphens only in the zero-padded form, so
        // that a list of scores or a phone number is not read as a date.
        [b'-', b'-'] if dc == 4 || (da == 2 && db == 2) => Some((a, b, year(c, dc))),
        [b'/', b'/'] | [b'/', b'-'] => Some((a, b, year(c, dc))),
        [b'.', b'.'] if dc == 4 => Some((a, b, year(c, dc))),
        _ => None,
    };
    let Some((day, month, Some(year))) = parts else {
        return NumberForm::Other;
    };
    match day_month(day, month) {
        Some((day, month)) => NumberForm::Date {
            day,
            month,
            year: Some(year),
            loose: false,
        },
        None => NumberForm::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(day: i8, month: i8, year: Option<Year>) -> NumberForm {
        NumberForm::Date {
            day,
            month,
            year,
            loose: false,
        }
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(read("3/12-2019"), date(3, 12, Some(Year::Full(2019))));
        assert_eq!(read("2015-03-03"), date(3, 3, Some(Year::Full(2015))));
        assert_eq!(read("03-03-2015"), date(3, 3, Some(Year::Full(2015))));
        assert_eq!(read("3/3-15"), date(3, 3, Some(Year::Short(15))));
        assert_eq!(read("3.3.2015"), date(3, 3, Some(Year::Full(2015))));
        assert_eq!(read("15/02"), date(15, 2, None));
    }

    #[test]
    fn numbers_that_are_not_dates() {
        for text in [
            "2-1", "14.30", "130.000", "2.200", "1,5", "3-1-0", "45/60", "12.12.12",
        ] {
            assert!(
                !matches!(read(text), NumberForm::Date { .. }),
                "{text} read as a date"
            );
        }
        assert_eq!(read("1."), NumberForm::Ordinal(1));
        assert_eq!(
            read("2019"),
            NumberForm::Plain {
                value: 2019,
                digits: 4
            }
        );
    }
}
