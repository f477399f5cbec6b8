//! The tense of the clause around a date that gives no year ("i marts",
//! "den 3. marts", "mandag", "den 15.").
//!
//! The rule: look for the nearest tense-bearing word, first inside the
//! date's own clause (up to a comma, colon, semicolon, dash, bracket or
//! quote mark), then in the rest of the sentence, never more than
//! [`REACH`] tokens away on either side.
//!
//! - Past: a word the lexicon tags PAST_TENSE ("droppede", "blev",
//!   "sagde"); a lower-case weak verb in "-ede" or "-te" that no
//!   determiner leads ("de allierede" is a noun) and, for "-te", no "at"
//!   or modal ("skal starte" is an infinitive; "-ste" superlatives never
//!   count); "har" with a participle in "-et", "-gt", "-dt", "-bt" close
//!   after ("har vundet", "har sagt"), or "er" with one in "-et" ("er
//!   kommet"; "er planlagt" is a present passive).
//! - Future: a word tagged FUTURE_TENSE ("vil", "skal", "næste",
//!   "forventes", "planlagt", present forms of scheduling verbs such as
//!   "begynder", "åbner").
//!
//! The first such word found decides. With none, the date is taken as
//! future: Danish uses the present for what is to come ("Butikken åbner
//! i marts"), and news told in the past nearly always carries a past verb.
//!
//! Past means the last such date on or before the reference date (the
//! last March, the last 3 March, the last Monday, the last 15th); future
//! the next one on or after it. The reference month or day itself is the
//! same in both tenses.

use super::window::Window;
use crate::lexicon::Tags;
use crate::model::TokenKind;
use crate::token_list::PackedToken;

/// How far the search for a tense-bearing word reaches, in tokens.
const REACH: usize = 16;

/// The tense a date without a year is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    /// The last such date on or before the reference date.
    Past,
    /// The next such date on or after the reference date.
    Future,
}

/// The tense of the clause around tokens `first..end` of `w`.
pub(super) fn of(w: &Window, first: usize, end: usize) -> Tense {
    let clause = match nearest(w, first, end, true, Read::NONE) {
        Ok(tense) => return tense,
        Err(read) => read,
    };
    nearest(w, first, end, false, clause).unwrap_or(Tense::Future)
}

/// How far a search has read on each side without finding a tense:
/// tokens at a smaller distance are known to bear none.
#[derive(Clone, Copy, Debug)]
struct Read {
    left: usize,
    right: usize,
}

impl Read {
    /// Nothing read yet.
    const NONE: Read = Read { left: 1, right: 1 };
}

/// The tense of the nearest tense-bearing word, looking both ways from
/// the date; with `in_clause`, not past a clause boundary. Tokens closer
/// than `known` says were read before and bear no tense, so are not read
/// again: a side read to its end (past [`REACH`]) is closed from the
/// start, and the search begins at the nearer side's first unread token.
/// Without a tense, says how far it read.
fn nearest(
    w: &Window,
    first: usize,
    end: usize,
    in_clause: bool,
    known: Read,
) -> Result<Tense, Read> {
    let mut left_open = known.left <= REACH;
    let mut right_open = known.right <= REACH;
    let mut read = Read {
        left: REACH + 1,
        right: REACH + 1,
    };
    for distance in known.left.min(known.right)..=REACH {
        if !left_open && !right_open {
            break;
        }
        if left_open && distance >= known.left {
            let left = first.checked_sub(distance);
            let found = left.map_or(Step::Outside, |i| step(w, i, in_clause));
            if let Some(tense) = found.apply(distance, &mut left_open, &mut read.left) {
                return Ok(tense);
            }
        }
        if right_open && distance >= known.right {
            let found = step(w, end + distance - 1, in_clause);
            if let Some(tense) = found.apply(distance, &mut right_open, &mut read.right) {
                return Ok(tense);
            }
        }
    }
    Err(read)
}

/// What the search for a tense learns from one token.
enum Step {
    /// The token lies outside the sentence.
    Outside,
    /// The token ends the clause (asked for only within a clause).
    Boundary,
    /// The token bears a tense.
    Tense(Tense),
    /// Nothing to act on.
    Nothing,
}

impl Step {
    /// Acts on what the token `distance` away on one side told: a tense
    /// ends the search; a token outside the sentence, or past the clause
    /// boundary, closes that side (every token further on lies outside
    /// too), and a boundary records how far the side was read.
    fn apply(self, distance: usize, open: &mut bool, read: &mut usize) -> Option<Tense> {
        match self {
            Step::Outside => *open = false,
            Step::Boundary => {
                *open = false;
                *read = distance;
            }
            Step::Tense(tense) => return Some(tense),
            Step::Nothing => {}
        }
        None
    }
}

/// What token `i` tells the search: whether it ends a clause, when
/// `in_clause`, and whether it bears a tense. The token is read once for
/// both; this runs on every token around every date.
fn step(w: &Window, i: usize, in_clause: bool) -> Step {
    let Some(token) = w.token(i) else {
        return Step::Outside;
    };
    match token.kind() {
        TokenKind::Punctuation if in_clause && is_boundary(w.bytes_of(token)) => Step::Boundary,
        TokenKind::Word => tense_of(w, i, token).map_or(Step::Nothing, Step::Tense),
        _ => Step::Nothing,
    }
}

/// Whether the punctuation mark of UTF-8 bytes `mark` ends a clause: one
/// of `,` `;` `:` `"` `(` `)` `»` `«` `“` `”` `–` `—` (one jump on the
/// length and the first byte, not a comparison with each mark in turn).
fn is_boundary(mark: &[u8]) -> bool {
    matches!(
        mark,
        b"," | b";" | b":" | b"\"" | b"(" | b")"
            // » «
            | [0xC2, 0xBB | 0xAB]
            // “ ” – —
            | [0xE2, 0x80, 0x9C | 0x9D | 0x93 | 0x94]
    )
}

/// Words that make a following "-ede" word a noun or adjective.
const DETERMINERS: &[&str] = &[
    "de", "den", "det", "en", "et", "alle", "sin", "sit", "sine", "hans", "hendes", "deres",
    "vores", "mine", "dine", "nogle", "flere", "mange", "disse",
];

/// The tense the word `token` (at `i`, in the sentence) points to, if
/// any: the tags decide first. Beyond them only "har" and "er" (a
/// perfect) and a word in "-e" (a weak past in "-ede" or "-te") bear a
/// tense, so the last byte passes over every other word before its text
/// is read; this runs on every word around every date.
fn tense_of(w: &Window, i: usize, token: &PackedToken) -> Option<Tense> {
    let tags = w.tags_in_sentence(i);
    if tags.contains(Tags::FUTURE_TENSE) {
        return Some(Tense::Future);
    }
    if tags.contains(Tags::PAST_TENSE) {
        return Some(Tense::Past);
    }
    let bytes = w.bytes_of(token);
    let past = match bytes.last() {
        Some(b'r' | b'R') => is_perfect(w, i, bytes),
        Some(b'e') => is_weak_past(w, i, w.text_of(token)),
        _ => false,
    };
    past.then_some(Tense::Past)
}

/// Adverbs and adjectives that end like participles.
const NOT_PARTICIPLES: &[&str] = &["meget", "langt", "sikkert", "helt", "slet", "stadigt"];

/// "har vundet", "har sagt", "er kommet": "har" (the word of bytes
/// `word` at `i`) with a participle in "-et", "-gt", "-dt", "-bt" within
/// three words, or "er" with one in "-et" ("er planlagt" is a present
/// passive, "er kommet" a perfect).
fn is_perfect(w: &Window, i: usize, word: &[u8]) -> bool {
    let endings: &[&str] = if word.eq_ignore_ascii_case(b"har") {
        &["et", "gt", "dt", "bt"]
    } else if word.eq_ignore_ascii_case(b"er") {
        &["et"]
    } else {
        return false;
    };
    (i + 1..i + 4).any(|j| {
        w.word_text(j).is_some_and(|participle| {
            participle.len() > 3
                && endings.iter().any(|end| participle.ends_with(end))
                && !w.is_any(j, NOT_PARTICIPLES)
        })
    })
}

/// A lower-case weak verb in "-ede" or "-te" ("stemte"; not the "-ste"
/// of superlatives, nor an infinitive after "at" or a modal) that no
/// determiner leads; `word` is the text of token `i`.
fn is_weak_past(w: &Window, i: usize, word: &str) -> bool {
    let weak = (word.len() > 5 && word.ends_with("ede"))
        || (word.len() > 4 && word.ends_with("te") && !word.ends_with("ste"));
    weak && word.starts_with(|c: char| c.is_lowercase())
        && !(i > 0 && w.is_any(i - 1, DETERMINERS))
        && !(word.ends_with("te") && i > 0 && w.is_any(i - 1, INFINITIVE_MARKERS))
}

/// Words before an infinitive, which may end in "-te" too ("skal
/// starte").
const INFINITIVE_MARKERS: &[&str] = &[
    "at", "skal", "vil", "kan", "må", "bør", "skulle", "ville", "kunne", "måtte", "burde",
];

#[cfg(test)]
mod tests {
    use super::{REACH, Read, Step, Tense, is_boundary, nearest, of, step};
    use crate::dates::window::Window;
    use crate::document::Document;

    /// The search as it was before it skipped what it had read: the
    /// second search walks every distance again and tests the tense only
    /// past what the first read.
    fn of_rereading(w: &Window, first: usize, end: usize) -> Tense {
        let clause = match nearest(w, first, end, true, Read::NONE) {
            Ok(tense) => return tense,
            Err(read) => read,
        };
        let (mut left_open, mut right_open) = (true, true);
        let mut read = 0;
        for distance in 1..=REACH {
            if left_open {
                let left = first.checked_sub(distance);
                let found = reread(w, left, distance < clause.left);
                if let Some(tense) = found.apply(distance, &mut left_open, &mut read) {
                    return tense;
                }
            }
            if right_open {
                let right = Some(end + distance - 1);
                let found = reread(w, right, distance < clause.right);
                if let Some(tense) = found.apply(distance, &mut right_open, &mut read) {
                    return tense;
                }
            }
            if !left_open && !right_open {
                break;
            }
        }
        Tense::Future
    }

    /// What the second search learnt from token `i` when it read every
    /// token again: whether it lies in the sentence, and, unless it was
    /// `skipped` as read before, its tense.
    fn reread(w: &Window, i: Option<usize>, skipped: bool) -> Step {
        match i {
            Some(i) if !skipped => step(w, i, false),
            Some(i) if w.token(i).is_some() => Step::Nothing,
            _ => Step::Outside,
        }
    }

    /// The search that skips what it read answers as the one that reads
    /// it again, for every span of one to three tokens in sentences with
    /// tense words near and far, inside and outside the span's clause.
    #[test]
    fn skipping_what_was_read_finds_the_same_tense() {
        let text = "Butikken, som åbnede i går, lukker i marts. \
            I marts, sagde hun, var der fest. \
            Den 3. marts har han vundet, men i april vil han tabe. \
            Hun kom, og han gik, og de så, at mødet i maj blev aflyst. \
            Mødet i maj, juni og juli, hvor de andre, de nye, de gamle og alle de \
            unge medlemmer af foreningen mødes, kom aldrig. \
            Vi ses i marts. \
            Det skete den 5. maj, da han stemte, og hun sagde nej til de allierede.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let (mut past, mut future) = (0, 0);
        for sentence in document.sentences {
            let window = Window::new(text, document.tokens, &document.tags, sentence.span());
            for first in 0..document.tokens.len() {
                if window.token(first).is_none() {
                    continue;
                }
                for end in first + 1..first + 4 {
                    let tense = of(&window, first, end);
                    assert_eq!(tense, of_rereading(&window, first, end), "{first} {end}");
                    match tense {
                        Tense::Past => past += 1,
                        Tense::Future => future += 1,
                    }
                }
            }
        }
        assert!(past > 50 && future > 50, "{past} {future}");
    }

    /// The byte patterns are the twelve marks, and no other mark or
    /// longer token.
    #[test]
    fn the_boundaries_are_the_twelve_marks() {
        for mark in [",", ";", ":", "\"", "»", "«", "“", "”", "–", "—", "(", ")"] {
            assert!(is_boundary(mark.as_bytes()), "{mark}");
        }
        for other in [
            ".", "!", "?", "-", "'", "…", "’", "„", ",,", "»»", "", "a", "‹",
        ] {
            assert!(!is_boundary(other.as_bytes()), "{other}");
        }
    }
}
