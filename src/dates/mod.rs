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
use crate::model::{DateMention, Span, TokenKind};
use crate::token_list::PackedToken;
use absolute::Lead;
use expr::{Found, Pick};
use window::Window;
use words::{Cue, Word};

/// The tags of tokens that may open a date.
const OPENERS: Tags = Tags::NUMBER
    .union(Tags::MONTH)
    .union(Tags::WEEKDAY)
    .union(Tags::DATE_WORD)
    .union(Tags::DATE_COUNT);

/// Finds the date expressions of `document`, in text order, and resolves
/// them against `reference` (relative ones get no value without it).
///
/// One pass over the tokens: the test that rejects a token reads only its
/// tags; the sentence it lies in is looked up only for tokens
/// that pass, with a cursor that moves forward only.
pub(crate) fn find(document: &Document, reference: Option<Date>) -> Vec<DateMention> {
    let tokens = document.tokens;
    let tags = &document.tags;
    let sentences = document.sentences;
    let mut mentions = Vec::new();
    let mut sentence = 0;
    // One window for the whole scan, moved to each candidate's sentence:
    // set up once, not once per candidate.
    let mut window = Window::new(document.text, tokens, tags, Span::new(0, 0));
    let mut i = 0;
    // The tags alone say whether a token may open a date, so the scan
    // reads 8 bytes a token and touches the token itself only then.
    while let Some(&tag) = tags.get(i) {
        if !tag.intersects(OPENERS) || !may_open_on_tags(document, tag, i) {
            i += 1;
            continue;
        }
        let Some(token) = tokens.get(i) else { break };
        while sentences
            .get(sentence)
            .is_some_and(|s| s.end <= token.start())
        {
            sentence += 1;
        }
        let Some(span) = sentences.get(sentence).map(|s| s.span()) else {
            break;
        };
        window.move_to(span);
        match may_open(&window, i).then(|| open_at(&window, i)).flatten() {
            Some(found) => {
                if mentions.len() == mentions.capacity() {
                    let read = token.start().saturating_sub(document.start);
                    let more = more_mentions(mentions.len(), read, document.len());
                    mentions.reserve_exact(more);
                }
                mentions.extend(mention(&window, found, reference));
                i = found.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    mentions
}

/// Room for the date mentions of a text of `len` bytes, taken at its
/// first: news text has about one in 200 bytes, so a short article's
/// fit at once where a Vec grown from four would be allocated three
/// times. Capped, so that a long text without many dates holds little
/// unused room; one with more grows by [`more_mentions`].
fn expected_mentions(len: usize) -> usize {
    (len / 160 + 1).clamp(4, 64)
}

/// Room for more date mentions when the `found` ones fill the list, the
/// first `read` bytes of a text of `len` bytes read: at the first date,
/// [`expected_mentions`]; later, as many as the rest of the text holds
/// at the rate found so far, a quarter more, so that a long text's list
/// grows once or twice instead of doubling from 64 five times (each a
/// copy of the whole). At least the list's length again, as doubling
/// gives, and at most four times it: a text whose dates thin out after
/// its first pages holds little unused room.
fn more_mentions(found: usize, read: usize, len: usize) -> usize {
    if found == 0 {
        return expected_mentions(len);
    }
    let left = len.saturating_sub(read);
    let at_rate = found.saturating_mul(left) / read.max(1);
    (at_rate + at_rate / 4).clamp(found, found.saturating_mul(4))
}

/// The cheapest test, on tags: a date word or count (most often "i")
/// may open a date only before a number, another date word, or a mark
/// followed by a number (the "." of "i 3. kvartal"), so every other one
/// is passed over before its sentence is looked up. Every Number token
/// is tagged NUMBER, so only that mark needs its token read, and only
/// where a number follows it. False only where [`may_open`] is false.
#[inline]
fn may_open_on_tags(document: &Document, tag: Tags, i: usize) -> bool {
    if tag.contains(Tags::NUMBER) {
        return number_may_open_on_tags(document, i);
    }
    if tag.intersects(Tags::MONTH | Tags::WEEKDAY) {
        return true;
    }
    let tags_at = |k: usize| document.tags.get(k).copied().unwrap_or(Tags::NONE);
    tags_at(i + 1).intersects(OPENERS)
        || (tags_at(i + 2).contains(Tags::NUMBER)
            && document
                .tokens
                .get(i + 1)
                .is_some_and(|next| next.kind() == TokenKind::Punctuation))
}

/// The cheap test for a number (tagged NUMBER, so a Number token and no
/// date word): by itself it opens a date only as a day before a month,
/// next or after its ordinal's full stop ("3 marts", "3. marts"), or as
/// a numeric date, which holds a '/' or two separators ("15/02",
/// "3.3.2015", "2015-03-03"). So the tags of the next two tokens and the
/// number's own bytes pass over the counts and sums of news text ("40
/// procent", "2.200 kr.", "2-1") before their sentence is looked up,
/// where [`may_open`] let many through to [`open_at`] to fail there.
/// False only where `open_at` finds nothing. Out of line, so that the
/// scan's loop keeps its registers.
#[inline(never)]
fn number_may_open_on_tags(document: &Document, i: usize) -> bool {
    let month_at = |k: usize| {
        document
            .tags
            .get(k)
            .is_some_and(|tag| tag.contains(Tags::MONTH))
    };
    let bytes = |token: &PackedToken| {
        document
            .text
            .as_bytes()
            .get(token.start()..token.end())
            .unwrap_or(&[])
    };
    month_at(i + 1)
        || month_at(i + 2)
        || document
            .tokens
            .get(i)
            .is_some_and(|token| may_be_numeric_date(bytes(token)))
}

/// Whether a Number token of bytes `number` may be a whole date: only
/// one with a '/' ("15/02") or two separators ("3.3.2015") reads as one
/// (see `numbers::read`).
fn may_be_numeric_date(number: &[u8]) -> bool {
    // One pass over a few bytes: a count and a search would each set up
    // a loop made for long slices.
    let mut separators = 0;
    for &byte in number {
        if byte == b'/' {
            return true;
        }
        separators += usize::from(!byte.is_ascii_digit());
    }
    separators >= 2
}

/// The cheap test: whether token `i` may open a date at all. An opener
/// counts only before a number, a month or weekday, or another date word
/// ("i går", "i sidste uge"), but not before "den" ("i den", "til den"
/// are everywhere), and before a count only for "om" and "for" or where
/// a month follows ("den tredje marts").
fn may_open(w: &Window, i: usize) -> bool {
    let tags = w.tags(i);
    if w.kind(i) == Some(TokenKind::Number) {
        return number_may_open(w, i);
    }
    if tags.intersects(Tags::MONTH | Tags::WEEKDAY) {
        return true;
    }
    let next = w.tags(i + 1);
    if tags.contains(Tags::DATE_COUNT) {
        return next.contains(Tags::MONTH);
    }
    if !tags.contains(Tags::DATE_WORD) {
        return false;
    }
    w.kind(i + 1) == Some(TokenKind::Number)
        || next.intersects(Tags::MONTH | Tags::WEEKDAY)
        || (next.contains(Tags::DATE_WORD) && !w.is_ascii_word(i + 1, "den"))
        || (next.contains(Tags::DATE_COUNT)
            && (w.is_ascii_word(i, "om")
                || w.is_ascii_word(i, "for")
                || w.tags(i + 2).contains(Tags::MONTH)))
        || (w.is_mark(i + 1, ".") && w.kind(i + 2) == Some(TokenKind::Number))
}

/// Whether the Number token `i` may open a date by itself: a day before
/// a month or an ordinal's full stop ("3 marts", "3. marts"), or a
/// numeric date ("3/12-2019", "2015-03-03", "3.3.2015"). A year alone
/// opens only after its preposition, which is read first.
fn number_may_open(w: &Window, i: usize) -> bool {
    w.tags(i + 1).contains(Tags::MONTH)
        || w.is_mark(i + 1, ".")
        || w.bytes(i).iter().any(|b| matches!(b, b'/' | b'-' | b'.'))
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
        // "ultimo marts", "primo 2014", "medio næste år".
        Word::Cue(Cue::Part) => {
            absolute::at(w, i + 1, cued(i)).or_else(|| relative::shifted(w, i + 1, i))
        }
        Word::Cue(Cue::Last | Cue::Next | Cue::This) => relative::shifted(w, i, i),
        Word::Unit(words::Unit::Week) => relative::iso_week(w, i, i),
        Word::Month { .. } | Word::Ordinal(_) | Word::Other => absolute::at(w, i, Lead::bare(i)),
        _ => None,
    }
}

/// The mention of `found`, resolved against `reference`.
fn mention(w: &Window, found: Found, reference: Option<Date>) -> Option<DateMention> {
    let start = w.token(found.first)?.start();
    let end = w.token(found.end.checked_sub(1)?)?.end();
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

#[cfg(test)]
mod tests {
    use super::{
        Window, Word, expected_mentions, may_open, more_mentions, number_may_open_on_tags, open_at,
    };
    use crate::document::Document;
    use crate::lexicon::Tags;
    use crate::model::Span;

    /// A window moved to another sentence reads none of the last one's
    /// words, however it remembered them, and reads them again once
    /// moved back.
    #[test]
    fn a_moved_window_reads_only_its_sentence() {
        let text = "Hun kom i marts. Han gik.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let spans: Vec<Span> = document.sentences.iter().map(|s| s.span()).collect();
        assert_eq!(spans.len(), 2);
        let march = document
            .tokens
            .iter()
            .position(|t| &text[t.start()..t.end()] == "marts")
            .unwrap_or(usize::MAX);
        let mut window = Window::new(text, document.tokens, &document.tags, spans[0]);
        let month = Word::Month {
            month: 3,
            short: false,
        };
        assert_eq!(window.word(march), month);
        window.move_to(spans[1]);
        assert_eq!(window.word(march), Word::Other);
        window.move_to(spans[0]);
        assert_eq!(window.word(march), month);
    }

    /// A number that the tags and its bytes pass over opens no date: every
    /// Number token of sentences with numbers of every form, before and
    /// after months, marks, units and date words.
    #[test]
    fn numbers_passed_over_on_tags_open_no_date() {
        let numbers = [
            "3",
            "3.",
            "12",
            "31",
            "2019",
            "2000",
            "2.200",
            "2-1",
            "15/02",
            "3/4",
            "3.3.2015",
            "2015-03-03",
            "03-03-2015",
            "3/3-15",
            "1.000.000",
            "14.30",
            "1,5",
            "45/60",
            "12.12.12",
            "130.000",
            "3-1-0",
        ];
        let followers = [
            "marts",
            ". marts",
            ".marts",
            "kr.",
            "i marts",
            "og 4. maj",
            ".",
            "Marts",
            "MAJ",
            "sept.",
            "Aug",
            "i",
            "procent",
            ". Maj",
            "jul 1987",
            "til 5. juni",
        ];
        let mut text = String::new();
        for lead in ["Det skete", "Den", "fra", "i", "d."] {
            for number in numbers {
                for follower in followers {
                    text.push_str(&format!("{lead} {number} {follower} her. "));
                    text.push_str(&format!("{lead} {number}{follower} her. "));
                }
            }
        }
        let segmentation = crate::segment::segment(&text);
        let document = Document::new(&text, &segmentation);
        let mut window = Window::new(&text, document.tokens, &document.tags, Span::new(0, 0));
        let (mut passed_over, mut opened) = (0, 0);
        for (i, tag) in document.tags.iter().enumerate() {
            if !tag.contains(Tags::NUMBER) {
                continue;
            }
            let start = document.tokens[i].start();
            let Some(sentence) = document.sentences.iter().find(|s| s.end > start) else {
                continue;
            };
            window.move_to(sentence.span());
            let opens = may_open(&window, i) && open_at(&window, i).is_some();
            if number_may_open_on_tags(&document, i) {
                opened += usize::from(opens);
            } else {
                passed_over += 1;
                assert!(!opens, "{:?}", &text[sentence.start..sentence.end]);
            }
        }
        assert!(passed_over > 300 && opened > 300, "{passed_over} {opened}");
    }

    /// The first room is the short text's guess; later the list grows by
    /// the rate found so far, never by less than doubling nor by more
    /// than five times, and a text read to its end still grows.
    #[test]
    fn more_mentions_grows_by_the_rate_within_bounds() {
        assert_eq!(more_mentions(0, 0, 1600), expected_mentions(1600));
        // 64 dates in the first 12,800 of 128,000 bytes: 576 to come, and
        // a quarter more, but at most four times 64.
        assert_eq!(more_mentions(64, 12_800, 128_000), 256);
        // 64 dates in the first 100,000 bytes: 17 to come, and a quarter
        // more, but at least 64.
        assert_eq!(more_mentions(64, 100_000, 128_000), 64);
        // 320 dates in the first 64,000 bytes: 320 to come, 400 asked.
        assert_eq!(more_mentions(320, 64_000, 128_000), 400);
        assert_eq!(more_mentions(10, 500, 500), 10);
        assert_eq!(more_mentions(10, 0, 500), 40);
    }
}
