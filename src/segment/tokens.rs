//! Tokens: words, numbers, punctuation, web and e-mail addresses.
//!
//! One pass over the bytes with ASCII fast paths; a character is decoded
//! only where a byte is not ASCII. Nothing is allocated besides the output.

use super::addresses::{ends_in_domain, scan_email, scan_url};
use super::chars::{
    char_at, is_ascii_space, is_line_break, is_punctuation, is_space, is_word_char,
};
use crate::lexicon::{self, Tags, abbreviations};
use crate::model::{Token, TokenKind};

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
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut pos = 0;
    // Whether no token stands before `pos` on its line: a list marker
    // ("a.", "1.") may only open a line.
    let mut line_start = true;
    while let Some(&byte) = bytes.get(pos) {
        if is_ascii_space(byte) {
            line_start |= is_line_break(byte);
            pos += 1;
            continue;
        }
        let c = if byte < 0x80 {
            char::from(byte)
        } else {
            match char_at(text, pos) {
                Some(c) => c,
                None => break,
            }
        };
        if is_space(c) {
            pos += c.len_utf8();
            continue;
        }
        let (end, kind) = scan_token(text, pos, c, line_start);
        tokens.push(Token {
            start: pos,
            end,
            kind,
        });
        line_start = false;
        pos = end;
    }
    tokens
}

/// Scans the token that starts with `c` at `pos`; returns its end and kind.
fn scan_token(text: &str, pos: usize, c: char, line_start: bool) -> (usize, TokenKind) {
    if c.is_alphanumeric() {
        if let Some(end) = scan_url(text, pos) {
            return (end, TokenKind::Url);
        }
        return scan_word_or_number(text, pos, line_start);
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

/// What one scan of letters, digits and inner separators found.
struct WordScan {
    /// Byte offset one past the run.
    end: usize,
    /// Whether any character is a letter.
    has_letter: bool,
    /// Whether a full stop joins two parts ("bl.a", "Computerworld.dk").
    inner_dot: bool,
    /// Whether every part between full stops is one character ("H.C",
    /// "B.T"), as in initials.
    single_char_parts: bool,
    /// Whether the run is digits only, with no separator.
    plain_digits: bool,
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
        plain_digits: true,
    };
    let mut part_chars = 0usize;
    loop {
        // One run of word characters, ASCII first.
        let mut last_digit = false;
        while let Some(&b) = bytes.get(scan.end) {
            if b.is_ascii_alphanumeric() {
                last_digit = b.is_ascii_digit();
                scan.has_letter |= !last_digit;
                scan.end += 1;
            } else if b >= 0x80 {
                match char_at(text, scan.end) {
                    Some(c) if is_word_char(c) => {
                        last_digit = false;
                        scan.has_letter |= c.is_alphabetic();
                        scan.end += c.len_utf8();
                    }
                    _ => break,
                }
            } else {
                break;
            }
            part_chars += 1;
        }
        let Some(&sep) = bytes.get(scan.end) else {
            break;
        };
        let next = char_at(text, scan.end + 1);
        let joins = match sep {
            b'-' => next.is_some_and(is_word_char),
            b'\'' => next.is_some_and(char::is_alphanumeric) && !last_digit,
            b'.' => next.is_some_and(|n| n.is_alphanumeric() && n.is_ascii_digit() == last_digit),
            b',' | b':' | b'/' => last_digit && next.is_some_and(|n| n.is_ascii_digit()),
            0xE2 if text[scan.end..].starts_with('’') => {
                // A typographic apostrophe in a genitive ("TDC’s").
                char_at(text, scan.end + 3).is_some_and(char::is_alphabetic) && !last_digit
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if sep == b'.' {
            scan.inner_dot = true;
            scan.single_char_parts &= part_chars == 1;
            part_chars = 0;
        }
        scan.plain_digits = false;
        scan.end += if sep == 0xE2 { 3 } else { 1 };
    }
    scan.single_char_parts &= part_chars == 1;
    scan.plain_digits &= !scan.has_letter;
    scan
}

/// Scans a word, number, domain or e-mail address that starts at `pos`.
fn scan_word_or_number(text: &str, pos: usize, line_start: bool) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let scan = scan_run(text, pos);
    let end = scan.end;
    if matches!(bytes.get(end), Some(b'@' | b'_' | b'+')) {
        if let Some(email_end) = scan_email(text, pos) {
            return (email_end, TokenKind::Email);
        }
    }
    let followed_by_stop = bytes.get(end) == Some(&b'.');
    if !scan.has_letter {
        let ordinal = followed_by_stop
            && scan.plain_digits
            && end - pos <= 3
            && (line_start || starts_lower_case_or_month(text, end + 1));
        return (end + usize::from(ordinal), TokenKind::Number);
    }
    let word = &text[pos..end];
    if scan.inner_dot && !abbreviations::contains_prefix_form(word) && ends_in_domain(word) {
        return (end, TokenKind::Url);
    }
    if followed_by_stop && keeps_full_stop(text, pos, &scan, line_start) {
        return (end + 1, TokenKind::Word);
    }
    (end, TokenKind::Word)
}

/// Whether the full stop after `word` belongs to it: an abbreviation
/// ("bl.a.", "kr."), initials ("P.", "H.C."), or a list letter opening a
/// line ("a.").
fn keeps_full_stop(text: &str, pos: usize, scan: &WordScan, line_start: bool) -> bool {
    if scan.single_char_parts {
        let upper = char_at(text, pos).is_some_and(char::is_uppercase);
        // The "S" of "A/S" and the "B" of "C-B" are no initials.
        let joined = pos
            .checked_sub(1)
            .and_then(|before| text.as_bytes().get(before))
            .is_some_and(|b| matches!(b, b'/' | b'-' | b'&'));
        if (upper && !joined) || scan.inner_dot || line_start {
            return true;
        }
    }
    text.get(pos..scan.end + 1)
        .is_some_and(abbreviations::contains)
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

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
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
        assert_eq!(tokens[3].kind, TokenKind::Url);
        assert_eq!(tokens[6].kind, TokenKind::Url);
        assert_eq!(tokens[7].kind, TokenKind::Punctuation);
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
}
