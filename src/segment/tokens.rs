//! Tokens: words, numbers, punctuation, web and e-mail addresses.

use crate::lexicon::abbreviations;
use crate::model::{Token, TokenKind};

/// Splits `text` into tokens, in text order. White space is never part of
/// a token. Never panics.
///
/// ```
/// use kilde::TokenKind;
/// let text = "Ring på tlf. 1234 5678 eller skriv til info@firma.dk.";
/// let tokens = kilde::segment::tokenize(text);
/// let email = tokens.iter().find(|t| t.kind == TokenKind::Email).unwrap();
/// assert_eq!(&text[email.start..email.end], "info@firma.dk");
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        if is_space(c) {
            pos += c.len_utf8();
            continue;
        }
        let (end, kind) = scan_token(text, pos, c);
        tokens.push(Token {
            start: pos,
            end,
            kind,
        });
        pos = end;
    }
    tokens
}

/// White space, including the invisible separators that feeds leave in.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Characters that continue a word without being letters: combining marks,
/// soft hyphens and joiners.
fn is_word_extender(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200C}' | '\u{200D}')
        || ('\u{0300}'..='\u{036F}').contains(&c)
        || ('\u{1AB0}'..='\u{1AFF}').contains(&c)
        || ('\u{1DC0}'..='\u{1DFF}').contains(&c)
        || ('\u{20D0}'..='\u{20FF}').contains(&c)
        || ('\u{FE20}'..='\u{FE2F}').contains(&c)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_word_extender(c)
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|rest| rest.chars().next())
}

/// Scans the token that starts with `c` at `pos`; returns its end and kind.
fn scan_token(text: &str, pos: usize, c: char) -> (usize, TokenKind) {
    if c.is_alphanumeric() {
        if let Some(end) = scan_url(text, pos) {
            return (end, TokenKind::Url);
        }
        if let Some(end) = scan_email(text, pos) {
            return (end, TokenKind::Email);
        }
        return scan_word_or_number(text, pos);
    }
    if c == '.' && text[pos..].starts_with("...") {
        let dots = text[pos..].bytes().take_while(|&b| b == b'.').count();
        return (pos + dots, TokenKind::Punctuation);
    }
    let end = pos + c.len_utf8();
    if is_punctuation(c) {
        (end, TokenKind::Punctuation)
    } else if is_word_extender(c) {
        // A stray mark with no letter before it still belongs somewhere.
        (end, TokenKind::Symbol)
    } else {
        (end, TokenKind::Symbol)
    }
}

/// Punctuation and quote marks used in Danish text.
pub(crate) fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | '«'
            | '»'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '‹'
            | '›'
            | '-'
            | '–'
            | '—'
            | '…'
            | '/'
            | '•'
            | '·'
            | '*'
    )
}

/// Scans a run of letters and digits joined by inner hyphens, apostrophes,
/// full stops (abbreviations, domains) and number separators.
fn scan_word_or_number(text: &str, pos: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut end = pos;
    let mut has_letter = false;
    let mut inner_dot = false;
    loop {
        // A run of word characters.
        while let Some(c) = char_at(text, end) {
            if !is_word_char(c) {
                break;
            }
            has_letter |= c.is_alphabetic();
            end += c.len_utf8();
        }
        let Some(&sep) = bytes.get(end) else { break };
        let next = char_at(text, end + 1);
        let joins = match sep {
            b'-' | b'\'' => next.is_some_and(is_word_char),
            b'.' => next.is_some_and(|n| {
                n.is_alphanumeric() && (n.is_ascii_digit() == last_is_digit(text, end))
            }),
            b',' | b':' | b'/' => {
                next.is_some_and(|n| n.is_ascii_digit()) && last_is_digit(text, end)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        inner_dot |= sep == b'.';
        end += 1;
    }
    if text[pos..end]
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '/' | '-'))
    {
        return (end, TokenKind::Number);
    }
    if inner_dot
        && !abbreviations::contains_prefix_form(&text[pos..end])
        && is_domain(&text[pos..end])
    {
        return (end, TokenKind::Url);
    }
    // An abbreviation keeps its closing full stop ("bl.a.", "kr.").
    if bytes.get(end) == Some(&b'.') && abbreviations::contains(&text[pos..end + 1]) {
        end += 1;
    }
    let _ = has_letter;
    (end, TokenKind::Word)
}

fn last_is_digit(text: &str, end: usize) -> bool {
    text[..end]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
}

/// Top-level domains that mark "Computerworld.dk" as a domain rather than
/// two words run together.
const DOMAINS: &[&str] = &[
    "dk", "com", "org", "net", "eu", "se", "no", "de", "uk", "io", "info", "gl", "fo", "fi", "nu",
    "biz", "gov", "edu", "fr", "is",
];

fn is_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(head, tld)| {
        !head.is_empty() && DOMAINS.iter().any(|d| tld.eq_ignore_ascii_case(d))
    })
}

/// A web address that starts at `pos`: a scheme or "www.", up to white
/// space, without trailing punctuation.
fn scan_url(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let head = rest.as_bytes();
    let starts = |prefix: &[u8]| {
        head.get(..prefix.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
    };
    if !(starts(b"http://") || starts(b"https://") || starts(b"www.")) {
        return None;
    }
    let len = rest
        .find(|c: char| is_space(c) || matches!(c, '"' | '»' | '«' | '”' | '<' | '>'))
        .unwrap_or(rest.len());
    let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
    Some(pos + url.len())
}

/// An e-mail address that starts at `pos`.
fn scan_email(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let local_len = rest
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')))
        .unwrap_or(rest.len());
    if rest.as_bytes().get(local_len) != Some(&b'@') || local_len == 0 {
        return None;
    }
    let domain = &rest[local_len + 1..];
    let domain_len = domain
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-')))
        .unwrap_or(domain.len());
    let domain = domain[..domain_len].trim_end_matches(['.', '-']);
    if !domain.contains('.') {
        return None;
    }
    Some(pos + local_len + 1 + domain.len())
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
}
