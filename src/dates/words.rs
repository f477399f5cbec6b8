//! The date vocabulary: what a month, weekday or date-word token means.
//!
//! The lexicon pass already tagged these tokens (MONTH, WEEKDAY,
//! DATE_WORD, DATE_COUNT) and gave each date word an index in its tags;
//! this module answers by that index from a table built once.

use crate::lexicon::DATE_WORDS;
#[cfg(test)]
use crate::lexicon::{Tags, entries};
use jiff::civil::Weekday;
use once_cell::sync::Lazy;

/// A length of time that a relative date counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    /// Days ("dag", "dage").
    Day,
    /// Weeks ("uge", "uger").
    Week,
    /// Months ("måned", "måneder").
    Month,
    /// Years ("år").
    Year,
}

/// A preposition or determiner that opens a date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    /// "i": "i går", "i marts", "i 2019", "i mandags".
    In,
    /// "på": "på mandag".
    On,
    /// "om": "om to uger".
    Within,
    /// "for": "for tre år siden", and "regnskabet for 2019".
    Ago,
    /// "den", "d.": "den 3. marts".
    The,
    /// "siden": closes "for ... siden"; opens "siden 2019".
    Since,
    /// Other words a bare month or year may follow: prepositions ("fra",
    /// "til", "inden", "før", "efter", "indtil", "af", "pr.") and
    /// "foråret", "året" ("i efteråret 1985").
    Preposition,
    /// "primo", "ultimo", "medio": a part of a month or year.
    Part,
    /// "sidste", "forrige".
    Last,
    /// "næste", "kommende".
    Next,
    /// "denne", "dette".
    This,
}

/// What one tagged token means in a date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Word {
    /// A month, 1–12; `short` for an abbreviation ("sept.", "Aug").
    Month { month: i8, short: bool },
    /// A weekday; `past_form` for "mandags" (as in "i mandags").
    Weekday { weekday: Weekday, past_form: bool },
    /// A day ordinal in words ("tredje").
    Ordinal(i8),
    /// A count in words ("to", "et").
    Count(i32),
    /// A word that may stand between "om"/"for" and a count ("allerede").
    Hedge,
    /// An opener.
    Cue(Cue),
    /// A unit of time.
    Unit(Unit),
    /// A day or year named relative to today after "i" ("går" → −1 day,
    /// "fjor" → −1 year).
    Deictic(i32, Unit),
    /// Not a date word.
    Other,
}

/// The month of a lower-cased month word.
fn month(word: &str) -> Option<(i8, bool)> {
    let full = match word {
        "januar" => 1,
        "februar" => 2,
        "marts" => 3,
        "april" => 4,
        "maj" => 5,
        "juni" => 6,
        "juli" => 7,
        "august" => 8,
        "september" => 9,
        "oktober" => 10,
        "november" => 11,
        "december" => 12,
        _ => 0,
    };
    if full > 0 {
        return Some((full, false));
    }
    let short = match word.strip_suffix('.').unwrap_or(word) {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "okt" | "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some((short, true))
}

/// The weekday of a lower-cased weekday word.
fn weekday(word: &str) -> Option<(Weekday, bool)> {
    let (stem, past_form) = match word.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    let day = match stem {
        "mandag" => Weekday::Monday,
        "tirsdag" => Weekday::Tuesday,
        "onsdag" => Weekday::Wednesday,
        "torsdag" => Weekday::Thursday,
        "fredag" => Weekday::Friday,
        "lørdag" => Weekday::Saturday,
        "søndag" => Weekday::Sunday,
        _ => return None,
    };
    Some((day, past_form))
}

/// Day ordinals in words, first to thirty-first.
const ORDINALS: [&str; 31] = [
    "første",
    "anden",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "syvende",
    "ottende",
    "niende",
    "tiende",
    "ellevte",
    "tolvte",
    "trettende",
    "fjortende",
    "femtende",
    "sekstende",
    "syttende",
    "attende",
    "nittende",
    "tyvende",
    "enogtyvende",
    "toogtyvende",
    "treogtyvende",
    "fireogtyvende",
    "femogtyvende",
    "seksogtyvende",
    "syvogtyvende",
    "otteogtyvende",
    "niogtyvende",
    "tredivte",
    "enogtredivte",
];

/// Counts in words.
fn count(word: &str) -> Option<i32> {
    Some(match word {
        "en" | "et" | "ét" => 1,
        "to" | "par" => 2,
        "tre" => 3,
        "fire" => 4,
        "fem" => 5,
        "seks" => 6,
        "syv" => 7,
        "otte" => 8,
        "ni" => 9,
        "ti" => 10,
        "elleve" => 11,
        "tolv" => 12,
        "femten" => 15,
        "tyve" => 20,
        _ => return None,
    })
}

/// Openers, units and deictic words.
fn other(word: &str) -> Word {
    match word {
        "i" => Word::Cue(Cue::In),
        "på" => Word::Cue(Cue::On),
        "om" => Word::Cue(Cue::Within),
        "for" => Word::Cue(Cue::Ago),
        "den" | "d" | "d." => Word::Cue(Cue::The),
        "siden" => Word::Cue(Cue::Since),
        "fra" | "til" | "inden" | "før" | "efter" | "indtil" | "af" | "pr." | "foråret"
        | "sommeren" | "efteråret" | "vinteren" | "året" => Word::Cue(Cue::Preposition),
        "primo" | "ultimo" | "medio" => Word::Cue(Cue::Part),
        "sidste" | "forrige" => Word::Cue(Cue::Last),
        "næste" | "kommende" => Word::Cue(Cue::Next),
        "denne" | "dette" => Word::Cue(Cue::This),
        "dag" | "dage" => Word::Unit(Unit::Day),
        "uge" | "uger" => Word::Unit(Unit::Week),
        "måned" | "måneder" => Word::Unit(Unit::Month),
        "år" => Word::Unit(Unit::Year),
        "går" | "aftes" => Word::Deictic(-1, Unit::Day),
        "forgårs" => Word::Deictic(-2, Unit::Day),
        "morgen" => Word::Deictic(1, Unit::Day),
        "overmorgen" => Word::Deictic(2, Unit::Day),
        "morges" | "aften" => Word::Deictic(0, Unit::Day),
        "fjor" => Word::Deictic(-1, Unit::Year),
        "forfjor" => Word::Deictic(-2, Unit::Year),
        "allerede" | "kun" | "blot" | "bare" | "godt" | "knap" | "næsten" | "ca." | "cirka"
        | "omkring" => Word::Hedge,
        _ => Word::Other,
    }
}

/// The meaning of every word of the date lists by its index in the tags
/// (see [`crate::lexicon::Tags::date_index`]), worked out once by [`meaning`], so that a
/// tagged token costs one load; index 0 is no date word.
static MEANINGS: Lazy<[Word; 256]> = Lazy::new(|| {
    let mut meanings = [Word::Other; 256];
    for (slot, word) in meanings.iter_mut().skip(1).zip(DATE_WORDS.iter()) {
        *slot = meaning(word);
    }
    meanings
});

/// [`MEANINGS`], for a window to hold.
pub(super) fn meanings() -> &'static [Word; 256] {
    &MEANINGS
}

/// What a word with tags `tags` means in a date expression.
#[cfg(test)]
fn of_tags(tags: Tags) -> Word {
    MEANINGS[tags.date_index() & 0xFF]
}

/// What a lower-cased word of the date lists means in a date expression:
/// the slow path that the tags' index replaces, for the tests.
#[cfg(test)]
pub(super) fn classify(lower: &str) -> Word {
    let listed = DATE_WORDS.iter().any(|word| word == lower);
    if listed { meaning(lower) } else { Word::Other }
}

/// What a lower-cased word means, by the tables above.
fn meaning(lower: &str) -> Word {
    let word = other(lower);
    if word != Word::Other {
        return word;
    }
    if let Some((month, short)) = month(lower) {
        return Word::Month { month, short };
    }
    if let Some((weekday, past_form)) = weekday(lower) {
        return Word::Weekday { weekday, past_form };
    }
    if let Some(n) = count(lower) {
        return Word::Count(n);
    }
    if let Some(index) = ORDINALS.iter().position(|&o| o == lower) {
        // At most 31 entries, so the day fits an i8.
        return Word::Ordinal(index as i8 + 1);
    }
    Word::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_date_word_has_a_meaning() {
        let lists = [
            include_str!("../lexicon/data/date_words.txt"),
            include_str!("../lexicon/data/date_counts.txt"),
            include_str!("../lexicon/data/months.txt"),
            include_str!("../lexicon/data/weekdays.txt"),
        ];
        for entry in lists.into_iter().flat_map(entries) {
            assert_ne!(meaning(entry), Word::Other, "{entry}");
            assert_eq!(classify(entry), meaning(entry), "{entry}");
            let tags = crate::lexicon::lookup(&entry.to_uppercase());
            assert_eq!(of_tags(tags), meaning(entry), "{entry}");
        }
        assert_eq!(
            of_tags(crate::lexicon::lookup("Mandagsavisen")),
            Word::Other
        );
        assert_eq!(of_tags(Tags::NONE), Word::Other);
    }

    #[test]
    fn abbreviations_are_short_months() {
        assert_eq!(
            classify("sept."),
            Word::Month {
                month: 9,
                short: true
            }
        );
        assert_eq!(
            classify("marts"),
            Word::Month {
                month: 3,
                short: false
            }
        );
    }
}
