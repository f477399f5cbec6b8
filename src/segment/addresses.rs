//! Web addresses, domains and e-mail addresses inside running text.
//!
//! Every scan here is bounded or stops at the first white space, so that a
//! long run without spaces is read once, not once per position.

use super::chars::{char_at, is_space};

/// Top-level domains that mark "Computerworld.dk" as a domain rather than
/// two words run together.
const DOMAINS: &[&str] = &[
    "dk", "com", "org", "net", "eu", "se", "no", "de", "uk", "io", "info", "gl", "fo", "fi", "nu",
    "biz", "gov", "edu", "fr", "is",
];

/// Whether `word` ("Computerworld.dk") ends in a known top-level domain
/// after a full stop.
pub(crate) fn ends_in_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(head, tld)| {
        !head.is_empty() && DOMAINS.iter().any(|d| tld.eq_ignore_ascii_case(d))
    })
}

/// Whether `text` at `pos` starts with `prefix`, ignoring ASCII case.
fn starts_with_ignore_case(text: &str, pos: usize, prefix: &str) -> bool {
    text.as_bytes()
        .get(pos..pos + prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A web address that starts at `pos`: a scheme or "www.", up to white
/// space or a quote mark, without trailing punctuation. Returns its end.
pub(crate) fn scan_url(text: &str, pos: usize) -> Option<usize> {
    let first = text.as_bytes().get(pos)?.to_ascii_lowercase();
    if first != b'h' && first != b'w' {
        return None;
    }
    if !(starts_with_ignore_case(text, pos, "http://")
        || starts_with_ignore_case(text, pos, "https://")
        || starts_with_ignore_case(text, pos, "www."))
    {
        return None;
    }
    let rest = &text[pos..];
    let len = rest
        .find(|c: char| is_space(c) || matches!(c, '"' | '»' | '«' | '”' | '“' | '<' | '>'))
        .unwrap_or(rest.len());
    let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
    Some(pos + url.len())
}

/// Longest local part of an e-mail address (RFC 5321).
const MAX_LOCAL: usize = 64;
/// Longest domain of an e-mail address (RFC 5321).
const MAX_DOMAIN: usize = 255;

/// An e-mail address that starts at `pos`; returns its end.
pub(crate) fn scan_email(text: &str, pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // No "@" close enough: no address, and no need to read the local part.
    let window = bytes
        .get(pos..(pos + MAX_LOCAL + 1).min(bytes.len()))
        .unwrap_or(&[]);
    if !window.contains(&b'@') {
        return None;
    }
    let is_local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+');
    let local_len = count_while(text, pos, MAX_LOCAL + 1, |c| {
        c.is_alphanumeric() || (c.is_ascii() && is_local(c as u8))
    });
    if local_len == 0 || local_len > MAX_LOCAL || bytes.get(pos + local_len) != Some(&b'@') {
        return None;
    }
    let domain_start = pos + local_len + 1;
    let domain_len = count_while(text, domain_start, MAX_DOMAIN, |c| {
        c.is_alphanumeric() || c == '.' || c == '-'
    });
    let domain = text
        .get(domain_start..domain_start + domain_len)?
        .trim_end_matches(['.', '-']);
    if !domain.contains('.') || domain.starts_with('.') {
        return None;
    }
    Some(domain_start + domain.len())
}

/// Bytes from `pos` while `keep` holds, at most about `limit` bytes.
fn count_while(text: &str, pos: usize, limit: usize, keep: impl Fn(char) -> bool) -> usize {
    let mut len = 0;
    while len < limit {
        match char_at(text, pos + len) {
            Some(c) if keep(c) => len += c.len_utf8(),
            _ => break,
        }
    }
    len
}
