//! Direct quotes: spans between quote marks, and dialogue lines that open
//! with a dash.

use super::Found;
use super::view::{View, class, short};
use crate::lexicon::Tags;
use crate::model::{QuoteKind, Span};

/// A family of quote marks; a quote closes only with a mark of the family
/// that opened it, so a ‘single’ quote inside a »double« one is nested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Guillemet,
    Curly,
    Straight,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Open,
    Close,
}

/// The family of the quote mark whose UTF-8 bytes are `mark`, or `None`
/// for any other token.
fn style_of(mark: &[u8]) -> Option<Style> {
    // One jump on the first byte, not a comparison with each mark in
    // turn.
    match mark {
        // » «
        [0xC2, 0xBB | 0xAB] => Some(Style::Guillemet),
        // “ ” „
        [0xE2, 0x80, 0x9C..=0x9E] => Some(Style::Curly),
        b"\"" => Some(Style::Straight),
        // ‘ ’ ‚ ' ‹ ›
        [0xE2, 0x80, 0x98..=0x9A | 0xB9..=0xBA] | b"'" => Some(Style::Single),
        _ => None,
    }
}

/// Whether a mark with this character before it sits where a quote opens.
fn opens_after(c: Option<char>) -> bool {
    // `matches!`, not `str::contains`: a jump table, no call per mark.
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(c, '(' | '[' | '{' | '-' | '–' | '—' | '/' | ':')
            || style_of_char(c)
    })
}

/// Whether a mark with this character after it sits where a quote closes.
fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '-' | '–' | '—' | '…'
            )
            || style_of_char(c)
    })
}

/// Whether `c` is a quote mark of any family.
fn style_of_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '‚' | '‹' | '›'
    )
}

/// Which side the mark at token `i` stands on, from the characters around
/// it; `open` says whether a quote of its style is open now.
fn side(view: &View, i: usize, open: bool) -> Option<Side> {
    let token = view.tokens.get(i)?;
    // The bytes, not the text: a token lies on character boundaries.
    if view.bytes(i) == "„".as_bytes() {
        return Some(Side::Open);
    }
    let before = opens_after(view.char_before(token.start()));
    let after = closes_before(view.char_at(token.end()));
    // `, "siger han`: a closing mark written with the space on the wrong
    // side, as older texts often have it.
    let cue_follows =
        view.tags(i + 1).contains(Tags::SPEECH_VERB) && i > 0 && view.is_punct(i - 1, ",.!?…");
    match (before, after) {
        (true, false) if cue_follows => Some(Side::Close),
        (true, false) => Some(Side::Open),
        (false, true) => Some(Side::Close),
        (true, true) if open => Some(Side::Close),
        (true, true) => Some(Side::Open),
        (false, false) if open => Some(Side::Close),
        (false, false) => None,
    }
}

/// An open quote: its style, opening mark token and content start.
#[derive(Clone, Copy)]
struct Opened {
    style: Style,
    mark: usize,
    /// The quote of the last paragraph this one continues.
    continues: Option<usize>,
}

/// Finds the quotes between marks in one paragraph and pushes them to
/// `found`. `carried` is the index of a quote the last paragraph left
/// open; a paragraph that starts with an opening mark continues it.
/// Returns the index of a quote this paragraph leaves open.
pub(super) fn scan_paragraph(
    view: &View,
    paragraph: usize,
    carried: Option<usize>,
    found: &mut Vec<Found>,
) -> Option<usize> {
    let (first, last) = view.paragraph_tokens(paragraph);
    let mut open: Option<Opened> = None;
    // Where the last quote ended: a closing mark without an opening one
    // reaches back no further, so quotes never overlap.
    let mut settled = first;
    for i in view.with_class(first, last, class::QUOTE) {
        let Some(style) = style_of(view.bytes(i)) else {
            continue;
        };
        let open_here = open.is_some_and(|o| o.style == style);
        let Some(side) = side(view, i, open_here) else {
            continue;
        };
        let continues = if i == first { carried } else { None };
        match (open, side) {
            (None, Side::Open) => {
                open = Some(Opened {
                    style,
                    mark: i,
                    continues,
                })
            }
            (Some(o), Side::Close) if o.style == style => {
                push(view, found, paragraph, o.mark, i, Some(i), o.continues);
                open = None;
                settled = i + 1;
            }
            (Some(o), Side::Open) if o.style == style => {
                // The last quote was never closed; a new one starts here.
                push(view, found, paragraph, o.mark, i, None, o.continues);
                open = Some(Opened {
                    style,
                    mark: i,
                    continues: None,
                });
            }
            (None, Side::Close) if style != Style::Single => {
                let (sentence_first, _) = view.sentence_tokens(view.sentence_of(i));
                let from = sentence_first.max(settled);
                if from < i {
                    push_orphan(view, found, paragraph, from, i);
                }
                settled = i + 1;
            }
            _ => {}
        }
    }
    let o = open?;
    if o.mark + 1 >= last {
        return None;
    }
    push(view, found, paragraph, o.mark, last, None, o.continues);
    Some(found.len() - 1)
}

/// Pushes the quote opened at `mark` whose content runs to token `end`.
fn push(
    view: &View,
    found: &mut Vec<Found>,
    paragraph: usize,
    mark: usize,
    end: usize,
    close: Option<usize>,
    continues: Option<usize>,
) {
    if mark + 1 >= end {
        return;
    }
    found.push(Found {
        content: view.span(mark + 1, end),
        kind: QuoteKind::Direct,
        open: Some(short(mark)),
        close: close.map(short),
        tokens: (short(mark + 1), short(end)),
        paragraph: short(paragraph),
        dash: false,
        continues: continues.map(short),
        cue: None,
        speaker: None,
        addressee: None,
    });
}

/// Pushes a quote whose closing mark `close` has no opening mark before
/// it: its content starts with the sentence.
fn push_orphan(view: &View, found: &mut Vec<Found>, paragraph: usize, first: usize, close: usize) {
    let start = if view.is_dash(first) {
        first + 1
    } else {
        first
    };
    if start >= close {
        return;
    }
    found.push(Found {
        content: view.span(start, close),
        kind: QuoteKind::Direct,
        open: None,
        close: Some(short(close)),
        tokens: (short(start), short(close)),
        paragraph: short(paragraph),
        dash: false,
        continues: None,
        cue: None,
        speaker: None,
        addressee: None,
    });
}

/// Finds dialogue lines: a dash that opens a sentence, or that follows a
/// full stop, question or exclamation mark and comes before a capital
/// (where a splitter left two lines in one sentence), and lies in no
/// quote found so far. A dash line that opens its paragraph runs to the
/// paragraph's end (the cue inside it splits it later); one inside a
/// paragraph runs to the end of its sentence.
pub(super) fn dash_lines(view: &View, paragraph: usize, found: &mut Vec<Found>, from: usize) {
    let (first, last) = view.paragraph_tokens(paragraph);
    let known = found.len();
    for dash in view.with_class(first, last, class::DASH) {
        if dash + 1 >= last || !view.is_word(dash + 1) {
            continue;
        }
        let (sentence_first, sentence_last) = view.sentence_tokens(view.sentence_of(dash));
        let opens_line = dash == sentence_first
            || view.is_punct(dash - 1, ".!?…:") && view.is_capitalized(dash + 1);
        if !opens_line {
            continue;
        }
        let end = if dash == first { last } else { sentence_last };
        let content = view.span(dash + 1, end);
        // The quotes between marks come in text order and do not overlap:
        // only the last one that starts before the line can hold it.
        let marked = &found[from..known];
        let before = marked.partition_point(|f| f.content.start < content.start);
        if before > 0 && marked[before - 1].content.end > content.start {
            continue;
        }
        let _ = sentence_first;
        found.push(Found {
            content,
            kind: QuoteKind::Direct,
            open: Some(short(dash)),
            close: None,
            tokens: (short(dash + 1), short(end)),
            paragraph: short(paragraph),
            dash: true,
            continues: None,
            cue: None,
            speaker: None,
            addressee: None,
        });
    }
}

/// Drops what the marks enclose but is no statement: titles, names and
/// scare quotes ("The Healer", »Brødrene Løvehjerte«, en "jernnæve").
/// A quote with a cue or speaker stays; so does one that ends like a
/// sentence or a clause and either opens its sentence or is long. A
/// dropped quote keeps its place (other quotes point at it by index) with
/// an empty content span, which the caller leaves out.
pub(super) fn drop_titles(view: &View, found: &mut [Found]) {
    for f in found.iter_mut() {
        let attributed = f.cue.is_some() || f.speaker.is_some();
        if !f.dash && f.kind == QuoteKind::Direct && !attributed && !is_statement(view, f) {
            f.content = Span::new(0, 0);
        }
    }
}

/// Whether an unattributed quote reads as a statement rather than a title.
fn is_statement(view: &View, f: &Found) -> bool {
    let (first, last) = f.tokens();
    if first >= last {
        return false;
    }
    let ends_clause = view.is_punct(last - 1, ".,!?…;") || f.close.is_none();
    let opens_sentence = || {
        f.open().is_none_or(|mark| {
            let (sentence_first, _) = view.sentence_tokens(view.sentence_of(mark));
            mark == sentence_first || view.is_punct(mark.wrapping_sub(1), ":-–—")
        })
    };
    // The words are counted only when the rest leaves it open.
    let long = || (first..last).filter(|&i| view.is_word(i)).count() >= 6;
    ends_clause && (opens_sentence() || long())
}

#[cfg(test)]
mod tests {
    use super::{Style, style_of};

    /// Every mark has its family, and nothing longer or else has one.
    #[test]
    fn style_of_knows_each_mark_and_nothing_else() {
        let families = [
            ("»«", Some(Style::Guillemet)),
            ("“”„", Some(Style::Curly)),
            ("\"", Some(Style::Straight)),
            ("‘’‚'‹›", Some(Style::Single)),
            ("–—-:.,…¿€", None),
        ];
        for (marks, style) in families {
            for mark in marks.chars() {
                assert_eq!(
                    style_of(mark.encode_utf8(&mut [0; 4]).as_bytes()),
                    style,
                    "{mark}"
                );
            }
        }
        for text in ["", "»»", "\"\"", "''", "„x", "ja"] {
            assert_eq!(style_of(text.as_bytes()), None, "{text:?}");
        }
    }
}
