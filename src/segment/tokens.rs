//! Tokens: words, numbers, punctuation, web and e-mail addresses.
//!
//! One pass over the bytes with ASCII fast paths; a character is decoded
//! only where a byte is not ASCII. Nothing is allocated besides the output.

use super::addresses::{ends_in_domain, scan_email, scan_url};
use super::chars::{
    char_at, is_ascii_space, is_line_break, is_punctuation, is_space, is_word_char,
    is_word_extender,
};
use super::paragraphs::ParagraphBuilder;
use super::sentences;
use crate::lexicon::{self, Tags, abbreviations};
use crate::model::{Paragraph, Sentence, TokenKind};
use crate::pieces::{self, MAX_PIECE};
use crate::token_list::{MAX_TOKEN_LEN, PackedToken, Tokens};
use std::ops::Range;

/// A table of the 256 bytes, built at compile time: `byte_table!(|byte|
/// class)` gives each byte the class the expression finds for it.
macro_rules! byte_table {
    (|$byte:ident| $class:expr) => {{
        let mut table = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let $byte = b as u8;
            table[b] = $class;
            b += 1;
        }
        table
    }};
}

/// Splits `text` into tokens, in text order. White space is never part of
/// a token; every other character is part of exactly one. Never panics.
///
/// ```
/// use kilde::TokenKind;
/// let text = "Ring på tlf. 1234 5678 eller skriv til info@firma.dk.";
/// let tokens = kilde::segment::tokenize(text);
/// let email = tokens.iter().find(|t| t.kind == TokenKind::Email).unwrap();
/// assert_eq!(&text[email.start..email.end], "info@firma.dk");
/// ```
pub fn tokenize(text: &str) -> Tokens {
    if text.len() <= MAX_PIECE {
        return Tokens::from_packed(scan::<false>(text).0);
    }
    let mut tokens = Tokens::new();
    for (offset, piece) in pieces::cut(text, MAX_PIECE) {
        tokens.append_piece(&Tokens::from_packed(scan::<false>(piece).0), offset);
    }
    tokens
}

/// Splits `text` into tokens; with `SENTENCES`, also, in the same pass,
/// into paragraphs, and each paragraph into sentences as soon as it
/// closes, while its tokens are still in cache. Without, the paragraphs
/// and sentences come back empty, and nothing but the tokens is
/// allocated ([`tokenize`] runs on every name the gazetteers key).
pub(crate) fn scan<const SENTENCES: bool>(
    text: &str,
) -> (Vec<PackedToken>, Vec<Paragraph>, Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut sentences = Vec::new();
    // Only the sentence splitter reads the possible ends.
    let mut ends = PossibleEnds::default();
    if SENTENCES {
        sentences.reserve(text.len() / 64 + 1);
        ends.indices.reserve(16);
    }
    // Room for the paragraphs of a short article at once (news lines are
    // short), so that the Vec does not grow several times per article.
    let mut paragraphs = ParagraphBuilder::with_capacity(if SENTENCES {
        (text.len() / 48 + 1).min(256)
    } else {
        0
    });
    let mut pos = 0;
    // Whether no token stands before `pos` on its line: a list marker
    // ("a.", "1.") may only open a line.
    let mut line_start = true;
    while let Some(&byte) = bytes.get(pos) {
        if is_ascii_space(byte) {
            if is_line_break(byte) {
                line_start = true;
                if SENTENCES {
                    // "\r\n" is one line end.
                    let crlf = byte == b'\n' && pos > 0 && bytes[pos - 1] == b'\r';
                    if crlf {
                        ends.line_break();
                    } else {
                        ends.end_line(text, &tokens, &mut paragraphs, &mut sentences);
                    }
                }
            }
            pos += 1;
            continue;
        }
        // A run may open with a mark too: a dialogue dash, a quote mark,
        // a bracket at the head of a line or after a token of the full
        // scan.
        if may_start_run(byte) || may_be_plain_mark(byte) {
            let first = tokens.len();
            if SENTENCES {
                // The run notes its possible ends itself, after this one.
                ends.token_follows();
            }
            let (after, last_may_end) =
                push_plain_run::<SENTENCES>(text, pos, &mut tokens, &mut ends.indices);
            if let Some(last) = tokens.len().checked_sub(1).filter(|&last| last >= first) {
                if SENTENCES {
                    ends.token(last, last_may_end);
                    paragraphs.token(pos, first);
                    if bytes.get(after..after + 2) == Some(b"\n\n") {
                        // A blank line, as after most paragraphs: its two
                        // line breaks read at once (no token stands
                        // before the first to make "\r\n" of it).
                        ends.end_line(text, &tokens, &mut paragraphs, &mut sentences);
                        ends.end_line(text, &tokens, &mut paragraphs, &mut sentences);
                        line_start = true;
                        pos = after + 2;
                        continue;
                    }
                }
                line_start = false;
                pos = after;
                continue;
            }
        }
        let c = if byte < 0x80 {
            char::from(byte)
        } else {
            match char_at(text, pos) {
                Some(c) if is_space(c) => {
                    pos += c.len_utf8();
                    continue;
                }
                Some(c) => c,
                None => break,
            }
        };
        let (end, kind) = scan_token(text, pos, c, line_start);
        let first = tokens.len();
        push_token(&mut tokens, text, pos, end, kind);
        if SENTENCES {
            // A run cut into several tokens may end a sentence only after
            // its last.
            let last = tokens.len() - 1;
            ends.token(last, sentences::may_end_alone(text, pos, end, kind));
            paragraphs.token(pos, first);
        }
        line_start = false;
        pos = end;
    }
    if SENTENCES {
        // The last token may end the last sentence.
        ends.line_break();
        let closed = paragraphs.close(&tokens);
        ends.split(text, &tokens, closed, &mut sentences);
    }
    (tokens, paragraphs.finish(), sentences)
}

/// The tokens the sentence splitter must look at, found as they are
/// pushed: those that may end a sentence by themselves
/// ([`sentences::may_end_alone`]) and those a line break follows. All
/// others plainly continue their sentence.
#[derive(Debug, Default)]
struct PossibleEnds {
    /// Indices of such tokens, among all tokens, in the open paragraph.
    indices: Vec<usize>,
    /// The last token, while what follows it is unknown, and whether it
    /// may end a sentence by itself.
    pending: Option<(usize, bool)>,
}

impl PossibleEnds {
    /// Notes token number `index`, which may end a sentence by itself
    /// when `may_end` holds; the token before it is now known to be
    /// followed by no line break.
    #[inline(always)]
    fn token(&mut self, index: usize, may_end: bool) {
        if let Some((last, true)) = self.pending {
            self.indices.push(last);
        }
        self.pending = Some((index, may_end));
    }

    /// Notes that a token follows the last one, before that token is
    /// known: the last is now known to be followed by no line break.
    #[inline(always)]
    fn token_follows(&mut self) {
        if let Some((last, true)) = self.pending {
            self.indices.push(last);
            self.pending = None;
        }
    }

    /// Notes a line break: the last token may end a sentence.
    #[inline(always)]
    fn line_break(&mut self) {
        if let Some((last, _)) = self.pending.take() {
            self.indices.push(last);
        }
    }

    /// Notes a line break that ends a line (every one but the "\n" of
    /// "\r\n"): a line without a token closes the open paragraph, which
    /// is split into sentences onto `out` at once.
    #[inline(always)]
    fn end_line(
        &mut self,
        text: &str,
        tokens: &[PackedToken],
        paragraphs: &mut ParagraphBuilder,
        out: &mut Vec<Sentence>,
    ) {
        self.line_break();
        let closed = paragraphs.line_break(tokens);
        self.split(text, tokens, closed, out);
    }

    /// Splits the paragraph that `closed` names, if one closed (its
    /// index and its tokens' indices among `tokens`), into sentences
    /// pushed onto `out`; its possible ends are then all read. Inlined,
    /// so that the test of a line break that closes nothing costs no
    /// call; the splitter itself is kept out of line.
    #[inline(always)]
    fn split(
        &mut self,
        text: &str,
        tokens: &[PackedToken],
        closed: Option<(usize, Range<usize>)>,
        out: &mut Vec<Sentence>,
    ) {
        let Some((index, range)) = closed else {
            return;
        };
        if let Some(inside) = tokens.get(range.clone()) {
            sentences::split_paragraph(text, inside, range.start, &self.indices, index, out);
        }
        self.indices.clear();
    }
}

/// Pushes the tokens from `pos` on, as long as each is a plain run of
/// letters and digits (see [`word_before_stop`] for the one kind of word
/// before a full stop it takes too) or a mark that is one token
/// wherever it stands ([`plain_mark`]), stepping over one space after
/// each: most of a sentence of running text, in a loop that holds little
/// else. Returns where it stopped, and whether the last token pushed may
/// end a sentence ([`sentences::may_end_alone`]). With `SENTENCES`, the
/// index of every other token pushed that may end one is pushed onto
/// `ends`: a token follows it in the run, so it is in the splitter's
/// list (see [`PossibleEnds`]). Pushes nothing when the token at `pos`
/// needs the full scan.
#[inline(never)]
fn push_plain_run<const SENTENCES: bool>(
    text: &str,
    mut pos: usize,
    tokens: &mut Vec<PackedToken>,
    ends: &mut Vec<usize>,
) -> (usize, bool) {
    let bytes = text.as_bytes();
    let start = pos;
    // The index of the last token pushed that may end a sentence, which
    // `ends` holds when another follows it.
    let mut last_end = None;
    while let Some(&byte) = bytes.get(pos) {
        if !may_start_run(byte) {
            let Some((mark_end, kind, may_end)) = plain_mark(bytes, pos, byte) else {
                break;
            };
            if may_end {
                note_end::<SENTENCES>(tokens.len(), &mut last_end, ends);
            }
            tokens.push(PackedToken::new(pos, mark_end, kind));
            pos = mark_end + usize::from(bytes.get(mark_end) == Some(&b' '));
            continue;
        }
        let (mut letters_end, mut seen) = ascii_letters(bytes, pos);
        if seen != 0 && bytes.get(letters_end) == Some(&b' ') {
            // The commonest token: ASCII letters and a space, most often
            // before another, read here without the loop's first test.
            loop {
                push_token(tokens, text, pos, letters_end, TokenKind::Word);
                pos = letters_end + 1;
                (letters_end, seen) = ascii_letters(bytes, pos);
                if seen == 0 || bytes.get(letters_end) != Some(&b' ') {
                    break;
                }
            }
            if seen == 0 {
                // No ASCII letter here: the loop's first test decides.
                continue;
            }
        }
        if seen != 0 && bytes.get(letters_end) == Some(&b',') {
            // The next commonest: a comma joins digits only, so it ends
            // the letters as a token of its own.
            let comma_end = letters_end + 1;
            let comma = PackedToken::new(letters_end, comma_end, TokenKind::Punctuation);
            push_token(tokens, text, pos, letters_end, TokenKind::Word);
            tokens.push(comma);
            pos = comma_end + usize::from(bytes.get(comma_end) == Some(&b' '));
            continue;
        }
        let (found, kind) = if seen != 0 && bytes.get(letters_end) == Some(&b'.') {
            // ASCII letters before a full stop, where the byte loop would
            // stop at once.
            let found = word_before_stop::<true>(text, pos, letters_end, TokenKind::Word, true);
            (found, TokenKind::Word)
        } else {
            let (end, seen) = rest_of_letters(text, letters_end, seen);
            if end == pos {
                // "×" or "÷": the lead byte of a Latin-1 letter, but no letter.
                break;
            }
            let kind = if seen & LETTER != 0 {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
            let plain = bytes
                .get(end)
                .is_none_or(|&b| ends_plain_word(bytes, pos, end, b));
            // A plain run ends in a letter or digit, so it may not end a
            // sentence.
            let found = if plain {
                Some((end, false))
            } else {
                // Only the run's first token may stand at a line's head.
                word_before_stop::<false>(text, pos, end, kind, pos != start)
            };
            (found, kind)
        };
        let Some((end, may_end)) = found else {
            if pos == start {
                // Only the main loop knows whether a line starts here.
                break;
            }
            let (end, kind, may_end) = full_word(text, pos);
            push_token(tokens, text, pos, end, kind);
            if may_end {
                note_end::<SENTENCES>(tokens.len() - 1, &mut last_end, ends);
            }
            pos = end + usize::from(bytes.get(end) == Some(&b' '));
            continue;
        };
        push_token(tokens, text, pos, end, kind);
        if may_end {
            note_end::<SENTENCES>(tokens.len() - 1, &mut last_end, ends);
        }
        // Most words are followed by one space: step over it here.
        pos = end + usize::from(bytes.get(end) == Some(&b' '));
    }
    // The last token, if it may end a sentence, is the caller's to note.
    let last_may_end = last_end.is_some() && last_end == tokens.len().checked_sub(1);
    if SENTENCES && last_may_end {
        ends.pop();
    }
    (pos, last_may_end)
}

/// The token that starts at `pos` with a letter or digit, not at the
/// head of a line, as the main loop's full scan ([`scan_token`]) finds
/// it, and whether it may end a sentence by itself
/// ([`sentences::may_end_alone`]): for the words a run of plain tokens
/// cannot settle itself ("IT-chef", "bl.a.", "2,4", "1."), so that the
/// run goes on after them.
#[inline(never)]
fn full_word(text: &str, pos: usize) -> (usize, TokenKind, bool) {
    let (end, kind) = scan_word_or_url(text, pos, false);
    (end, kind, sentences::may_end_alone(text, pos, end, kind))
}

/// Pushes the token `start..end` of `kind`; one longer than
/// [`MAX_TOKEN_LEN`] bytes, which a token list cannot hold, as tokens of
/// that length (the last shorter), cut at character boundaries.
#[inline(always)]
fn push_token(
    tokens: &mut Vec<PackedToken>,
    text: &str,
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    if end.saturating_sub(start) <= MAX_TOKEN_LEN {
        tokens.push(PackedToken::new(start, end, kind));
    } else {
        push_long_token(tokens, text, start, end, kind);
    }
}

/// [`push_token`] for a token longer than [`MAX_TOKEN_LEN`]: a run of
/// kilobytes without a space, which no news text has.
#[cold]
#[inline(never)]
fn push_long_token(
    tokens: &mut Vec<PackedToken>,
    text: &str,
    mut start: usize,
    end: usize,
    kind: TokenKind,
) {
    while end - start > MAX_TOKEN_LEN {
        // A character is at most four bytes, so the cut moves on.
        let cut = pieces::floor_char_boundary(text, start + MAX_TOKEN_LEN);
        tokens.push(PackedToken::new(start, cut, kind));
        start = cut;
    }
    tokens.push(PackedToken::new(start, end, kind));
}

/// Notes that token number `index`, just pushed by [`push_plain_run`]
/// (the last, if it cut the run into several), may end a sentence: it is
/// `last_end` now, and with `SENTENCES` is pushed onto `ends` (taken off
/// again if no token follows it in the run).
#[inline(always)]
fn note_end<const SENTENCES: bool>(
    index: usize,
    last_end: &mut Option<usize>,
    ends: &mut Vec<usize>,
) {
    *last_end = Some(index);
    if SENTENCES {
        ends.push(index);
    }
}

/// Whether a run of letters and digits may start with `byte`: an ASCII
/// letter or digit, or 0xC3, the lead byte of the Latin-1 letters.
#[inline(always)]
fn may_start_run(byte: u8) -> bool {
    RUN_START[usize::from(byte)] != 0
}

/// 1 for each byte a run may start with (see [`may_start_run`]), 0 for
/// the others: one test of a byte that starts nearly every token.
static RUN_START: [u8; 256] =
    byte_table!(|byte| (byte.is_ascii_alphanumeric() || byte == 0xC3) as u8);

/// The mark `byte` at `pos` starts, when it is one token wherever it
/// stands, as [`scan_token`] finds it: its end, its kind and whether it
/// may end a sentence by itself ([`sentences::may_end_alone`]). Every
/// ASCII mark is one (a full stop unless an ellipsis or another stop
/// follows), and so are « and »; `None` for white space and other
/// characters, which take the main loop.
#[inline(always)]
fn plain_mark(bytes: &[u8], pos: usize, byte: u8) -> Option<(usize, TokenKind, bool)> {
    let next = bytes.get(pos + 1).copied();
    match PLAIN_MARK[usize::from(byte)] {
        MARK => Some((pos + 1, TokenKind::Punctuation, false)),
        END_MARK if byte != b'.' || next != Some(b'.') => {
            Some((pos + 1, TokenKind::Punctuation, true))
        }
        SYMBOL => Some((pos + 1, TokenKind::Symbol, false)),
        // « and », U+00AB and U+00BB.
        _ if byte == 0xC2 && matches!(next, Some(0xAB | 0xBB)) => {
            Some((pos + 2, TokenKind::Punctuation, false))
        }
        _ => None,
    }
}

/// Whether `byte` may start a mark that [`plain_mark`] takes: an ASCII
/// mark, or 0xC2, the lead byte of « and ».
#[inline(always)]
fn may_be_plain_mark(byte: u8) -> bool {
    PLAIN_MARK[usize::from(byte)] != 0 || byte == 0xC2
}

/// A mark that is a punctuation token, in [`PLAIN_MARK`].
const MARK: u8 = 1;
/// A mark that is a punctuation token and may end a sentence.
const END_MARK: u8 = 2;
/// A mark that is a symbol token.
const SYMBOL: u8 = 3;

/// What each ASCII byte other than a letter, a digit or white space
/// stands for as a token of its own (see [`plain_mark`]); 0 for all
/// other bytes.
static PLAIN_MARK: [u8; 256] = byte_table!(|byte| {
    if !byte.is_ascii() || byte.is_ascii_alphanumeric() || is_ascii_space(byte) {
        0
    } else if matches!(byte, b'.' | b'!' | b'?' | b':') {
        END_MARK
    } else if is_punctuation(byte as char) {
        MARK
    } else {
        SYMBOL
    }
});

/// For the run of letters and digits `text[pos..end]`, of kind `kind`,
/// with a full stop at `end` that joins it to nothing after: where the
/// word ends (past the stop for an abbreviation, "kr.") and whether it
/// then may end a sentence (when it keeps the stop). This is what the
/// full scan ([`scan_token`]) finds, for the commonest token it is
/// needed for. `None` when the full scan must decide: no full stop
/// follows, a letter or digit after the stop joins the run ("bl.a",
/// "Computerworld.dk"), a number may be an ordinal ("1."), one letter
/// may be an initial or a list letter ("P.", "a."), or "www." may open a
/// web address. With `ASCII_LETTERS`, the run is ASCII letters alone, so
/// it is looked up among the abbreviations of one part in ASCII letters
/// only ([`abbreviations::ascii_one_part_in`]). A number before a
/// full stop (an ordinal keeps it: "5. maj") is settled here too when
/// `mid_line` says that no line starts at `pos`; at a line's head "1."
/// opens a list, which only the main loop knows.
#[inline(never)]
fn word_before_stop<const ASCII_LETTERS: bool>(
    text: &str,
    pos: usize,
    end: usize,
    kind: TokenKind,
    mid_line: bool,
) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b'.') {
        return None;
    }
    let after = bytes.get(end + 1).copied().unwrap_or(b' ');
    if after >= 0x80 || ASCII_CLASS[usize::from(after)] != 0 {
        return None;
    }
    if kind == TokenKind::Number && mid_line {
        let ordinal = keeps_ordinal_stop(text, pos, end, false);
        return Some((end + usize::from(ordinal), ordinal));
    }
    if kind != TokenKind::Word {
        return None;
    }
    let first = *bytes.get(pos)?;
    // The run starts with an ASCII character or a two-byte Latin-1 letter.
    let one_char = end - pos <= if first < 0x80 { 1 } else { 2 };
    if one_char || first | 0x20 == b'w' {
        return None;
    }
    // A word of ASCII letters, the commonest before a full stop, can only
    // be an abbreviation of one part, which a table of its own holds.
    let abbreviation = if ASCII_LETTERS {
        abbreviations::ascii_one_part_in(bytes, pos, end + 1)
    } else {
        abbreviations::contains_in(text, pos, end + 1)
    };
    Some((end + usize::from(abbreviation), abbreviation))
}

/// Whether `byte`, at `end` right after the run of letters and digits
/// from `pos`, ends it as a plain word or number: what [`scan_run`]
/// joins the run to nothing after, and [`classify_run`] leaves as it is.
/// White space, a bracket, a quote mark and most other marks always do;
/// a comma, colon or slash joins digits only ("1,5", "14:30", "3/12");
/// of the marks that start with 0xE2 only the apostrophe ’ may join.
/// "http:" may start a web address, and a hyphen, an apostrophe, a full
/// stop, "@", "_" or "+" take the full scan.
#[inline(always)]
fn ends_plain_word(bytes: &[u8], pos: usize, end: usize, byte: u8) -> bool {
    match PLAIN_END[usize::from(byte)] {
        ENDS => true,
        JOINS_DIGITS => {
            let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
            let joins = end.checked_sub(1).is_some_and(digit_at) && digit_at(end + 1);
            let url = byte == b':' && bytes.get(pos).is_some_and(|b| b | 0x20 == b'h');
            !joins && !url
        }
        // ’ is E2 80 99.
        QUOTE_OR_DASH => bytes.get(end + 1..end + 3) != Some(&[0x80, 0x99]),
        _ => false,
    }
}

/// A byte that always ends a plain word, in [`PLAIN_END`].
const ENDS: u8 = 1;
/// A comma, colon or slash, which joins digits.
const JOINS_DIGITS: u8 = 2;
/// The byte 0xE2 that starts quote marks, dashes and ’.
const QUOTE_OR_DASH: u8 = 3;

/// What each byte right after a run of letters and digits says of the
/// run's end (see [`ends_plain_word`]); 0 where the full scan decides.
/// Letters and digits never stand there.
static PLAIN_END: [u8; 256] = byte_table!(|byte| match byte {
    b',' | b':' | b'/' => JOINS_DIGITS,
    0xE2 => QUOTE_OR_DASH,
    b'-' | b'\'' | b'.' | b'@' | b'_' | b'+' => 0,
    _ => ENDS,
});

/// Scans the token that starts with `c` at `pos`; returns its end and kind.
#[inline(always)]
fn scan_token(text: &str, pos: usize, c: char, line_start: bool) -> (usize, TokenKind) {
    if c.is_alphanumeric() {
        return scan_word_or_url(text, pos, line_start);
    }
    if c == '.' {
        let dots = text.as_bytes()[pos..]
            .iter()
            .take_while(|&&b| b == b'.')
            .count();
        // "..." is an ellipsis; ".." is one full stop after another.
        return (
            pos + if dots >= 3 { dots } else { 1 },
            TokenKind::Punctuation,
        );
    }
    let end = pos + c.len_utf8();
    if is_punctuation(c) {
        (end, TokenKind::Punctuation)
    } else {
        // Symbols, emoji, control characters and a combining mark with no
        // letter before it: still a token, so that no character is lost.
        (end, TokenKind::Symbol)
    }
}

/// The URL, word or number that starts at `pos` with a letter or digit.
#[inline]
fn scan_word_or_url(text: &str, pos: usize, line_start: bool) -> (usize, TokenKind) {
    if matches!(text.as_bytes().get(pos), Some(b'h' | b'H' | b'w' | b'W')) {
        if let Some(end) = scan_url(text, pos) {
            return (end, TokenKind::Url);
        }
    }
    scan_word_or_number(text, pos, line_start)
}

/// What one scan of letters, digits and inner separators found.
struct WordScan {
    /// Byte offset one past the run.
    end: usize,
    /// Whether any character is a letter.
    has_letter: bool,
    /// Whether a full stop joins two parts ("bl.a", "Computerworld.dk").
    inner_dot: bool,
    /// Whether every part before the last full stop is one character
    /// ("H.C", "B.T"), as in initials.
    single_char_parts: bool,
    /// Byte offset of the last part (after the last inner full stop).
    last_part: usize,
    /// Whether the run is digits only, with no separator.
    plain_digits: bool,
}

/// Byte class of an ASCII digit in [`ASCII_CLASS`].
const DIGIT: u8 = 1;
/// Byte class of an ASCII letter (and of any letter, in a run's summary).
const LETTER: u8 = 2;

/// The class of every byte: ASCII digits and letters; 0 for all else.
static ASCII_CLASS: [u8; 256] = byte_table!(|byte| {
    if byte.is_ascii_digit() {
        DIGIT
    } else if byte.is_ascii_alphabetic() {
        LETTER
    } else {
        0
    }
});

/// Scans one run of word characters from `pos`; returns its end and the
/// union of the classes seen.
#[inline(always)]
fn scan_letters(text: &str, pos: usize) -> (usize, u8) {
    let (pos, seen) = ascii_letters(text.as_bytes(), pos);
    rest_of_letters(text, pos, seen)
}

/// Steps over the ASCII letters from `pos`, eight at a time (most words
/// are plain ASCII, or start so); returns where they end and [`LETTER`]
/// when there was one, else 0.
#[inline(always)]
fn ascii_letters(bytes: &[u8], start: usize) -> (usize, u8) {
    let mut pos = start;
    while let Some(chunk) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) {
        let letters = ascii_letter_prefix(u64::from_le_bytes(*chunk));
        pos += letters;
        if letters < 8 {
            break;
        }
    }
    (pos, if pos > start { LETTER } else { 0 })
}

/// Goes on with a run of word characters at `pos`, where
/// [`ascii_letters`] stopped with `seen`: returns its end and the union
/// of the classes seen.
#[inline(always)]
fn rest_of_letters(text: &str, mut pos: usize, mut seen: u8) -> (usize, u8) {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(pos) {
        let class = ASCII_CLASS[usize::from(b)];
        if class != 0 {
            seen |= class;
            pos += 1;
        } else if b < 0x80 {
            break;
        } else if b == 0xC3 && bytes.get(pos + 1).is_some_and(|&c| c != 0x97 && c != 0xB7) {
            // U+00C0..U+00FF: the Latin-1 letters (æ, ø, å, é, ü, ...);
            // only × and ÷ among them are not letters.
            seen |= LETTER;
            pos += 2;
        } else {
            match char_at(text, pos).map(word_char_class) {
                Some((len, class)) if len > 0 => {
                    seen |= class;
                    pos += len;
                }
                _ => break,
            }
        }
    }
    (pos, seen)
}

/// The length of `c` and its class ([`LETTER`], or 0 for a digit or a
/// mark that extends a word) when it continues a word; length 0 when not.
/// Asks the Unicode tables (slow outside Latin-1) at most twice.
fn word_char_class(c: char) -> (usize, u8) {
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General punctuation: dashes, quotes, ellipsis, bullets, spaces;
        // only the joiners continue a word.
        let joiner = matches!(c, '\u{200C}' | '\u{200D}');
        return (if joiner { c.len_utf8() } else { 0 }, 0);
    }
    if c.is_alphabetic() {
        (c.len_utf8(), LETTER)
    } else if c.is_numeric() || is_word_extender(c) {
        (c.len_utf8(), 0)
    } else {
        (0, 0)
    }
}

/// How many of the eight bytes of `word` (in memory order), from the
/// first, are ASCII letters. Bytes past the first non-letter may be
/// misjudged (a carry out of a non-ASCII byte), but they are not counted.
fn ascii_letter_prefix(word: u64) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lower = word | 0x2020_2020_2020_2020;
    // For an ASCII byte b (b | 0x20 <= 0x7f, so no carry out of it): the
    // high bit of b + 0x1f is set when b >= 'a', of b + 0x05 when b > 'z'.
    let at_least_a = lower.wrapping_add(0x1f1f_1f1f_1f1f_1f1f);
    let above_z = lower.wrapping_add(0x0505_0505_0505_0505);
    let letters = at_least_a & !above_z & !word & HIGH;
    let not_letters = !letters & HIGH;
    (not_letters.trailing_zeros() / 8) as usize
}

/// Scans a run of letters and digits joined by inner hyphens, apostrophes,
/// full stops (abbreviations, domains) and number separators.
fn scan_run(text: &str, pos: usize) -> WordScan {
    let bytes = text.as_bytes();
    let mut scan = WordScan {
        end: pos,
        has_letter: false,
        inner_dot: false,
        single_char_parts: true,
        last_part: pos,
        plain_digits: true,
    };
    loop {
        let (end, seen) = scan_letters(text, scan.end);
        scan.end = end;
        scan.has_letter |= seen & LETTER != 0;
        let last_digit = end
            .checked_sub(1)
            .and_then(|last| bytes.get(last))
            .is_some_and(u8::is_ascii_digit);
        let Some(&sep) = bytes.get(end) else {
            break;
        };
        if !matches!(sep, b'-' | b'\'' | b'.' | b',' | b':' | b'/' | 0xE2) {
            break;
        }
        let next = char_at(text, end + 1);
        let joins = match sep {
            b'-' => next.is_some_and(is_word_char),
            // "TDC's", "90'erne"; a quote mark after a number stands alone.
            b'\'' => next.is_some_and(|n| n.is_alphabetic() || (n.is_numeric() && !last_digit)),
            b'.' => next.is_some_and(|n| n.is_alphanumeric() && n.is_ascii_digit() == last_digit),
            b',' | b':' | b'/' => last_digit && next.is_some_and(|n| n.is_ascii_digit()),
            _ if text[end..].starts_with('’') => {
                // A typographic apostrophe in a genitive ("TDC’s").
                char_at(text, end + 3).is_some_and(char::is_alphabetic)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if sep == b'.' {
            scan.inner_dot = true;
            scan.single_char_parts &= is_one_char(text, scan.last_part, end);
            scan.last_part = end + 1;
        }
        scan.plain_digits = false;
        scan.end += if sep == 0xE2 { 3 } else { 1 };
    }
    scan.plain_digits &= !scan.has_letter;
    scan
}

/// Whether `text[start..end]` is exactly one character.
fn is_one_char(text: &str, start: usize, end: usize) -> bool {
    char_at(text, start).is_some_and(|c| start + c.len_utf8() == end)
}

/// Scans a word, number, domain or e-mail address that starts at `pos`.
fn scan_word_or_number(text: &str, pos: usize, line_start: bool) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let scan = scan_run(text, pos);
    let end = scan.end;
    let after = bytes.get(end).copied().unwrap_or(b' ');
    if scan.has_letter && !scan.inner_dot && is_ascii_space(after) {
        // Most tokens: a plain word before white space.
        return (end, TokenKind::Word);
    }
    classify_run(text, pos, &scan, line_start)
}

/// Decides what the run `scan` from `pos` is, and where it ends, when it
/// is not a plain word before white space: an e-mail address, a number or
/// ordinal, a domain, an abbreviation or initial that keeps its full stop.
#[inline(never)]
fn classify_run(text: &str, pos: usize, scan: &WordScan, line_start: bool) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let end = scan.end;
    if matches!(bytes.get(end), Some(b'@' | b'_' | b'+')) {
        if let Some(email_end) = scan_email(text, pos) {
            return (email_end, TokenKind::Email);
        }
    }
    let followed_by_stop = bytes.get(end) == Some(&b'.');
    if !scan.has_letter {
        let ordinal =
            followed_by_stop && scan.plain_digits && keeps_ordinal_stop(text, pos, end, line_start);
        return (end + usize::from(ordinal), TokenKind::Number);
    }
    let word = &text[pos..end];
    if scan.inner_dot && !abbreviations::contains_prefix_form(word) && ends_in_domain(word) {
        return (end, TokenKind::Url);
    }
    if followed_by_stop && keeps_full_stop(text, pos, scan, line_start) {
        return (end + 1, TokenKind::Word);
    }
    (end, TokenKind::Word)
}

/// Whether the full stop after the digits `text[pos..end]` makes them an
/// ordinal and belongs to them: a number of up to three digits at the
/// head of a line ("1." opens a list) or before a small letter or a
/// month ("5. maj", "3. plads").
#[inline]
fn keeps_ordinal_stop(text: &str, pos: usize, end: usize, line_start: bool) -> bool {
    end - pos <= 3 && (line_start || starts_lower_case_or_month(text, end + 1))
}

/// Whether the full stop after `word` belongs to it: an abbreviation
/// ("bl.a.", "kr."), initials ("P.", "H.C."), or a list letter opening a
/// line ("a.").
fn keeps_full_stop(text: &str, pos: usize, scan: &WordScan, line_start: bool) -> bool {
    if scan.single_char_parts && is_one_char(text, scan.last_part, scan.end) {
        let upper = char_at(text, pos).is_some_and(char::is_uppercase);
        // The "S" of "A/S" and the "B" of "C-B" are no initials.
        let joined = pos
            .checked_sub(1)
            .and_then(|before| text.as_bytes().get(before))
            .is_some_and(|b| matches!(b, b'/' | b'-' | b'&'));
        if joined && !scan.inner_dot {
            // Nor do they take an abbreviation's stop ("s." for "side").
            return false;
        }
        if upper || scan.inner_dot || line_start {
            return true;
        }
    }
    abbreviations::contains_in(text, pos, scan.end + 1)
}

/// Whether the first word after the white space at `pos` starts with a
/// lower-case letter or is a month name: what makes "1." an ordinal
/// ("1. september", "5. gade").
fn starts_lower_case_or_month(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let mut at = pos;
    // One space, or a few: never scan far.
    while at < pos + 4 && bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
        at += 1;
    }
    if at == pos {
        return false;
    }
    let Some(first) = char_at(text, at) else {
        return false;
    };
    if first.is_lowercase() {
        return true;
    }
    if !first.is_uppercase() {
        return false;
    }
    let rest = &text[at..];
    let len = rest
        .char_indices()
        .take(12)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len().min(48), |(i, _)| i);
    rest.get(..len)
        .is_some_and(|word| lexicon::lookup(word).contains(Tags::MONTH))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens as the stages see them, which index like a slice.
    fn tokenize(text: &str) -> Vec<PackedToken> {
        scan::<false>(text).0
    }

    /// The text of each token.
    fn texts(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect()
    }

    /// Whether `tokens` cover `text[from..to]` without a gap, each at
    /// most [`MAX_TOKEN_LEN`] bytes and on character boundaries.
    fn cover_in_short_tokens(text: &str, tokens: &[PackedToken], from: usize, to: usize) -> bool {
        let mut at = from;
        for token in tokens {
            let fits = token.start() == at
                && token.len() <= MAX_TOKEN_LEN
                && text.is_char_boundary(token.start())
                && text.is_char_boundary(token.end());
            if !fits {
                return false;
            }
            at = token.end();
        }
        at == to
    }

    #[test]
    fn a_run_longer_than_a_token_holds_is_cut_into_tokens_that_cover_it() {
        let run = "a".repeat(2 * MAX_TOKEN_LEN + 100);
        let text = format!("Før {run} efter");
        let tokens = tokenize(&text);
        let words: Vec<_> = tokens.iter().map(|t| t.kind()).collect();
        assert_eq!(words, [TokenKind::Word; 5]);
        let run_tokens = &tokens[1..4];
        let start = "Før ".len();
        assert!(cover_in_short_tokens(
            &text,
            run_tokens,
            start,
            start + run.len()
        ));
        assert_eq!(run_tokens[0].len(), MAX_TOKEN_LEN);
    }

    #[test]
    fn a_long_run_of_two_byte_letters_is_cut_between_letters() {
        let run = "æ".repeat(MAX_TOKEN_LEN);
        let tokens = tokenize(&run);
        assert_eq!(tokens.len(), 3);
        assert!(cover_in_short_tokens(&run, &tokens, 0, run.len()));
        // 8191 bytes end inside a letter: the cut falls one byte before.
        assert_eq!(tokens[0].len(), MAX_TOKEN_LEN - 1);
    }

    #[test]
    fn a_long_run_ends_its_sentence_where_the_whole_run_would() {
        let run = "x".repeat(MAX_TOKEN_LEN + 10);
        let text = format!("Han skrev {run}. Så gik han.\n\nNy sætning uden {run} slut.");
        let segmentation = crate::segment::segment(&text);
        let sentences: Vec<&str> = segmentation
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            sentences,
            [
                format!("Han skrev {run}."),
                "Så gik han.".to_string(),
                format!("Ny sætning uden {run} slut."),
            ]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(24))]
        #[test]
        fn every_token_of_long_runs_fits_and_the_runs_are_covered(
            pieces in proptest::collection::vec(
                ("[aæ€.,!x1-]{1,3}", 1usize..6000, "[ \n.]{0,2}"),
                1..6,
            ),
        ) {
            // Runs of up to 18,000 bytes of one, two and three-byte
            // characters, with and without breaks between them.
            let text: String = pieces
                .iter()
                .map(|(unit, times, gap)| unit.repeat(*times) + gap)
                .collect();
            let segmentation = crate::segment::segment(&text);
            let mut at = 0;
            for token in segmentation.tokens.iter() {
                proptest::prop_assert!(token.start >= at && token.end > token.start);
                proptest::prop_assert!(token.end - token.start <= MAX_TOKEN_LEN);
                proptest::prop_assert!(text.is_char_boundary(token.start));
                proptest::prop_assert!(text.is_char_boundary(token.end));
                // Only white space lies between tokens.
                proptest::prop_assert!(text[at..token.start].trim().is_empty());
                at = token.end;
            }
            proptest::prop_assert!(text[at..].trim().is_empty());
        }
    }

    #[test]
    fn compounds_and_genitives_are_one_word() {
        assert_eq!(
            texts("TDC's 5G-netværk og IT-Afdelingen"),
            ["TDC's", "5G-netværk", "og", "IT-Afdelingen"]
        );
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(
            texts("1,5 mio. og 2.200 kr. kl. 14.30 den 3/12-2019"),
            [
                "1,5",
                "mio.",
                "og",
                "2.200",
                "kr.",
                "kl.",
                "14.30",
                "den",
                "3/12-2019"
            ]
        );
    }

    #[test]
    fn abbreviations_keep_their_full_stop() {
        assert_eq!(
            texts("bl.a. f.eks. Cand.it"),
            ["bl.a.", "f.eks.", "Cand.it"]
        );
    }

    #[test]
    fn domains_and_urls() {
        let tokens = tokenize("(Foto: Computerworld.dk) se https://dr.dk/nyheder.");
        assert_eq!(tokens[3].kind(), TokenKind::Url);
        assert_eq!(tokens[6].kind(), TokenKind::Url);
        assert_eq!(tokens[7].kind(), TokenKind::Punctuation);
    }

    #[test]
    fn ascii_letter_prefix_counts_only_leading_letters() {
        let count = |text: &[u8; 8]| ascii_letter_prefix(u64::from_le_bytes(*text));
        assert_eq!(count(b"abcdefgh"), 8);
        assert_eq!(count(b"ABCxyzZA"), 8);
        assert_eq!(count(b"Hans hej"), 4);
        assert_eq!(count(b"a@[`{z09"), 1);
        assert_eq!(count(b"0abcdefg"), 0);
        assert_eq!(count(&[b'a', b'b', 0xC3, 0xA6, b'c', b'd', b'e', b'f']), 2);
        assert_eq!(count(&[b'a', 0xFF, 0xFF, 0xFF, b'c', b'd', b'e', b'f']), 1);
        for byte in 0..=255u8 {
            let expected = usize::from(byte.is_ascii_alphabetic());
            assert_eq!(count(&[byte, b' ', 0, 0, 0, 0, 0, 0]), expected, "{byte}");
        }
    }

    #[test]
    fn ascii_words_longer_than_any_abbreviation_are_read_as_the_lookup_reads_them() {
        let list = include_str!("../lexicon/data/abbreviations.txt");
        let mut text = String::from("Han sagde nej. Det regner osv. Ekskl. moms. KR. PROF. ");
        for entry in crate::lexicon::entries(list) {
            // Each abbreviation, in capitals, and with a letter more.
            text.push_str(&format!(
                "{} {}x. ",
                entry.to_uppercase(),
                entry.trim_end_matches('.')
            ));
        }
        let bytes = text.as_bytes();
        let mut read = 0;
        for stop in (0..bytes.len()).filter(|&at| bytes[at] == b'.') {
            let pos = (0..stop)
                .rev()
                .take_while(|&at| bytes[at].is_ascii_alphabetic())
                .last()
                .unwrap_or(stop);
            if pos == stop {
                continue;
            }
            read += 1;
            assert_eq!(
                word_before_stop::<true>(&text, pos, stop, TokenKind::Word, true),
                word_before_stop::<false>(&text, pos, stop, TokenKind::Word, true),
                "{:?}",
                &text[pos..=stop]
            );
        }
        assert!(read > 100, "{read}");
    }

    #[test]
    fn numbers_before_a_full_stop_mid_line_are_what_the_full_scan_makes_them() {
        let text = "Se 5. maj, 12. Marts, 3. plads og 123. gang i 1990. Da 2024. \
                    Hun blev nr. 7. Nu 44. juni 9. år 100. Ærø 1. æble 8.\n\
                    x 2.200 og 14.30 og 5.a 7.Maj i 2019. og 10. ";
        let bytes = text.as_bytes();
        let mut read = 0;
        for stop in (1..bytes.len()).filter(|&at| bytes[at] == b'.') {
            let pos = (0..stop)
                .rev()
                .take_while(|&at| bytes[at].is_ascii_digit())
                .last()
                .unwrap_or(stop);
            if pos == stop || pos == 0 || !bytes[pos - 1].is_ascii_whitespace() {
                continue;
            }
            let found = word_before_stop::<false>(text, pos, stop, TokenKind::Number, true);
            let Some((end, may_end)) = found else {
                assert!(bytes[stop + 1].is_ascii_alphanumeric(), "{pos}");
                continue;
            };
            read += 1;
            let (full_end, kind, full_may_end) = full_word(text, pos);
            assert_eq!(kind, TokenKind::Number);
            assert_eq!(
                (end, may_end),
                (full_end, full_may_end),
                "{:?}",
                &text[pos..=stop]
            );
        }
        assert!(read >= 12, "{read}");
        // At a line's head, "1." opens a list: the main loop decides.
        assert_eq!(
            word_before_stop::<false>("1. Ja", 0, 1, TokenKind::Number, false),
            None
        );
    }

    #[test]
    fn possible_ends_are_end_marks_and_line_ends() {
        // Quote marks that start with the byte 0xE2 ("“", "”") take the
        // long way with "…"; "«" and "," plainly continue.
        let text = "Han kom kl. 9, sagde hun: “Ja!” «Det» var godt…\nNy linje";
        let tokens = tokenize(text);
        let may_end: Vec<&str> = tokens
            .iter()
            .filter(|t| sentences::may_end_alone(text, t.start(), t.end(), t.kind()))
            .map(|t| &text[t.start()..t.end()])
            .collect();
        assert_eq!(may_end, ["kl.", ":", "“", "!", "”", "…"]);
        let mut ends = PossibleEnds::default();
        ends.token(0, false);
        ends.token(1, true);
        ends.token(2, false);
        ends.line_break();
        ends.line_break();
        ends.token(3, false);
        ends.token(4, false);
        ends.line_break();
        assert_eq!(ends.indices, [1, 2, 4]);
    }

    #[test]
    fn plain_runs_before_a_full_stop_or_a_space() {
        let text = "Året gik osv. Hun betalte 200 kr. for ×2 og 5G. Ørne fløj.";
        assert_eq!(
            texts(text),
            [
                "Året", "gik", "osv.", "Hun", "betalte", "200", "kr.", "for", "×", "2", "og", "5G",
                ".", "Ørne", "fløj", "."
            ]
        );
        let kinds: Vec<TokenKind> = tokenize("200 5G år").iter().map(|t| t.kind()).collect();
        assert_eq!(kinds, [TokenKind::Number, TokenKind::Word, TokenKind::Word]);
    }

    #[test]
    fn words_of_the_full_scan_inside_a_run_are_what_the_full_scan_makes_them() {
        let text = "a. Se bl.a. IT-chef Anne-Mette, 2,4 mia. og 1. plads a. b.\n\
                    b. Nyt på www.dr.dk og h. 3/12-2025. Winther. SF's 58-årig";
        assert_eq!(
            texts(text).join("|"),
            "a.|Se|bl.a.|IT-chef|Anne-Mette|,|2,4|mia.|og|1.|plads|a|.|b|.|\
             b.|Nyt|på|www.dr.dk|og|h|.|3/12-2025|.|Winther|.|SF's|58-årig"
        );
        let url = tokenize("se www.dr.dk nu");
        let kinds: Vec<TokenKind> = url.iter().map(|t| t.kind()).collect();
        assert_eq!(kinds, [TokenKind::Word, TokenKind::Url, TokenKind::Word]);
    }

    #[test]
    fn commas_and_full_stops_inside_a_run_are_marks_of_their_own() {
        let text = "Ja, nej,, 1,5, kr., to. Tre.. fire... Fem.\nSeks";
        assert_eq!(
            texts(text),
            [
                "Ja", ",", "nej", ",", ",", "1,5", ",", "kr.", ",", "to", ".", "Tre", ".", ".",
                "fire", "...", "Fem", ".", "Seks"
            ]
        );
        let kinds: Vec<TokenKind> = tokenize("Ja, nej.").iter().map(|t| t.kind()).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Word,
                TokenKind::Punctuation,
                TokenKind::Word,
                TokenKind::Punctuation
            ]
        );
    }

    #[test]
    fn marks_inside_a_run_are_tokens_of_their_own() {
        let text = "(Se «Ja» & nu!) Nej: -hvad? #tag\u{1}a–b";
        let tokens = tokenize(text);
        let pieces: Vec<(&str, TokenKind)> = tokens
            .iter()
            .map(|t| (&text[t.start()..t.end()], t.kind()))
            .collect();
        use TokenKind::{Punctuation as P, Symbol as S, Word as W};
        assert_eq!(
            pieces,
            [
                ("(", P),
                ("Se", W),
                ("«", P),
                ("Ja", W),
                ("»", P),
                ("&", S),
                ("nu", W),
                ("!", P),
                (")", P),
                ("Nej", W),
                (":", P),
                ("-", P),
                ("hvad", W),
                ("?", P),
                ("#", S),
                ("tag", W),
                ("\u{1}", S),
                ("a", W),
                ("–", P),
                ("b", W)
            ]
        );
        let may_end: Vec<&str> = tokens
            .iter()
            .filter(|t| sentences::may_end_alone(text, t.start(), t.end(), t.kind()))
            .map(|t| &text[t.start()..t.end()])
            .collect();
        assert_eq!(may_end, ["!", ":", "?", "–"]);
    }

    #[test]
    fn words_end_plainly_before_marks_that_join_only_digits() {
        let text = "Han sagde: «Nej»” og 14:30, 2030, 3/12 a/b 1,5 Jensen’s “Ja” ×2 http://dr.dk";
        assert_eq!(
            texts(text),
            [
                "Han",
                "sagde",
                ":",
                "«",
                "Nej",
                "»",
                "”",
                "og",
                "14:30",
                ",",
                "2030",
                ",",
                "3/12",
                "a",
                "/",
                "b",
                "1,5",
                "Jensen’s",
                "“",
                "Ja",
                "”",
                "×",
                "2",
                "http://dr.dk"
            ]
        );
    }

    #[test]
    fn long_numbers_and_w_words_before_a_full_stop() {
        let text = "I 2030. Og 12345.\n1000.) Winther. www.dr.dk WWW. ww.";
        assert_eq!(
            texts(text),
            [
                "I",
                "2030",
                ".",
                "Og",
                "12345",
                ".",
                "1000",
                ".",
                ")",
                "Winther",
                ".",
                "www.dr.dk",
                "WWW",
                ".",
                "ww",
                "."
            ]
        );
        let kinds: Vec<TokenKind> = tokenize("Winther. WWW.").iter().map(|t| t.kind()).collect();
        use TokenKind::{Punctuation as P, Url, Word};
        assert_eq!(kinds, [Word, P, Url, P]);
    }

    #[test]
    fn ordinals_keep_their_full_stop() {
        assert_eq!(
            texts("pr. 1. september og 5. gade, men i 1990. Da"),
            [
                "pr.",
                "1.",
                "september",
                "og",
                "5.",
                "gade",
                ",",
                "men",
                "i",
                "1990",
                ".",
                "Da"
            ]
        );
    }

    /// The tokens of `text` as the main loop's full scan alone makes
    /// them, token by token, with no plain run.
    fn tokenize_by_full_scan(text: &str) -> Vec<PackedToken> {
        let mut tokens = Vec::new();
        let mut pos = 0;
        let mut line_start = true;
        while let Some(c) = char_at(text, pos) {
            if is_space(c) {
                line_start |= c == '\n' || c == '\r';
                pos += c.len_utf8();
                continue;
            }
            let (end, kind) = scan_token(text, pos, c, line_start);
            tokens.push(PackedToken::new(pos, end, kind));
            line_start = false;
            pos = end;
        }
        tokens
    }

    /// The text and kind of each token of `text`, and the text of each
    /// sentence and paragraph.
    fn segment_texts(text: &str) -> (Vec<(&str, TokenKind)>, Vec<&str>, Vec<&str>) {
        let (tokens, paragraphs, sentences) = scan::<true>(text);
        let tokens = tokens
            .iter()
            .map(|t| (&text[t.start()..t.end()], t.kind()))
            .collect();
        let sentences = sentences.iter().map(|s| &text[s.start..s.end]).collect();
        let paragraphs = paragraphs.iter().map(|p| &text[p.start..p.end]).collect();
        (tokens, sentences, paragraphs)
    }

    /// A blank line right after a run of plain tokens is read at once;
    /// one with a space on it takes the main loop, a byte at a time, and
    /// splits the text alike.
    #[test]
    fn blank_lines_after_a_run_split_as_the_loop_splits_them() {
        let ends = [
            "Slut", "slut.", "kr.", "1.", "Ja:", "»Ja«", "(S)", "1,5", "IT-chef", "bl.a.", "nej,",
        ];
        let breaks = ["\n\n", " \n\n", "\n\n\n", "\n\n ", "\n\n\n\n"];
        let heads = [
            "Ny linje.",
            "1. punkt",
            "a. punkt",
            "(Foto: X) Ja",
            "- Ja, siger han.",
            "æble",
            "",
        ];
        let mut read = 0;
        for end in ends {
            for line_break in breaks {
                for head in heads {
                    let at_once = format!("Han kom. Det er {end}{line_break}{head}");
                    let in_the_loop = at_once.replacen("\n\n", "\n \n", 1);
                    assert_eq!(
                        segment_texts(&at_once),
                        segment_texts(&in_the_loop),
                        "{at_once:?}"
                    );
                    read += 1;
                }
            }
        }
        assert!(read > 300, "{read}");
    }

    /// A run reads a word of ASCII letters and a space, and the words
    /// after it, in a loop of its own, which leaves at anything else.
    #[test]
    fn words_and_spaces_read_in_a_row_are_what_the_full_scan_makes_them() {
        let followers = [
            "ord",
            "Ord",
            "x",
            "12",
            "5.",
            "kr.",
            "bl.a.",
            "Ærø",
            "æble",
            "«Ja»",
            "(se",
            "-",
            "–",
            "IT-chef",
            "é",
            "×2",
            ",",
            ".",
            "..",
            "…",
            "@",
            "www.dr.dk",
            "http://x.dk",
            "a@b.dk",
            "  to",
            "\nny",
            "\r\nny",
            "\u{a0}nbsp",
            "langtordudenende",
            "ordet.",
            "Nej!",
        ];
        for follower in followers {
            for lead in [
                "og ",
                "og det ",
                "alle de gode ord ",
                "Udenrigsministeriet ",
            ] {
                for text in [
                    format!("{lead}{follower}"),
                    format!("{lead}{follower} og sådan"),
                    format!("a. {lead}{follower}. Ja"),
                ] {
                    assert_eq!(tokenize(&text), tokenize_by_full_scan(&text), "{text:?}");
                }
            }
        }
    }
}
