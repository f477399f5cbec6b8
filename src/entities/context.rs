//! What the entity rules need to know of each token, computed once: its
//! text, tags, letter case and whether it opens a sentence.

use crate::document::Document;
use crate::lexicon::{self, Tags};
use crate::model::{Span, TokenKind};

/// The letter case of a word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Not a word, or a word that starts with a digit or a mark.
    Other,
    /// Starts with a lower-case letter and has no capital inside ("hos").
    Lower,
    /// Starts with a capital and is not all capitals ("Huawei", "McDonald").
    Capitalised,
    /// Two or more letters, all capitals ("TDC", "NORRIQS").
    Upper,
    /// Starts with a lower-case letter but has a capital inside ("netIP").
    Mixed,
}

/// One token as the entity rules see it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok<'t> {
    /// The token's text.
    pub(crate) text: &'t str,
    /// Its span in the text.
    pub(crate) span: Span,
    /// Its lexicon tags; for a capitalised genitive without tags of its own
    /// ("Venstres", "Huaweis"), the tags of the word without the ending.
    pub(crate) tags: Tags,
    /// Whether `tags` are those of the word without a genitive ending.
    pub(crate) genitive: bool,
    /// Its letter case.
    pub(crate) case: Case,
    /// Whether it is a word token.
    pub(crate) word: bool,
    /// Whether a capital here says nothing: the first word of a sentence
    /// or of a line (quotes and dashes before it aside), or after a colon.
    pub(crate) initial: bool,
    /// Index of the sentence it lies in (saturating at `u32::MAX`, which
    /// no text a `str` can hold reaches in practice), kept small so that a
    /// token costs fewer bytes to walk over.
    pub(crate) sentence: u32,
}

impl<'t> Tok<'t> {
    /// Whether the word starts with a capital or is all capitals.
    pub(crate) fn is_capital(&self) -> bool {
        matches!(self.case, Case::Capitalised | Case::Upper)
    }

    /// Whether the word may be part of a proper name: capitalised, all
    /// capitals, or a brand written with an inner capital.
    pub(crate) fn is_proper(&self) -> bool {
        matches!(self.case, Case::Capitalised | Case::Upper | Case::Mixed)
    }

    /// Whether the token is exactly `s`.
    pub(crate) fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// The word without the genitive ending its tags were found under.
    pub(crate) fn base(&self) -> &'t str {
        if self.genitive {
            genitive_stem(self.text).unwrap_or(self.text)
        } else {
            self.text
        }
    }
}

/// The tokens of a document with what the rules need of each.
pub(crate) struct Context<'t> {
    /// The analysed text.
    pub(crate) text: &'t str,
    /// One entry per token, in order.
    pub(crate) toks: Vec<Tok<'t>>,
    /// Indices of the tokens an entity can start at: words with a capital
    /// (or an inner one) and opening parentheses. The rules walk these
    /// rather than every token.
    pub(crate) starts: Vec<usize>,
}

impl<'t> Context<'t> {
    /// Builds the token view of `document`.
    pub(crate) fn new(document: &Document<'t>) -> Context<'t> {
        let text = document.text;
        let tokens = &document.segmentation.tokens;
        let sentences = &document.segmentation.sentences;
        let mut toks = Vec::with_capacity(tokens.len());
        let mut starts = Vec::with_capacity(tokens.len() / 4);
        let mut sentence = 0;
        let mut at_start = true;
        let mut previous_end = 0;
        let bytes = text.as_bytes();
        for (i, token) in tokens.iter().enumerate() {
            while sentences
                .get(sentence)
                .is_some_and(|s| s.end <= token.start)
            {
                sentence += 1;
                at_start = true;
            }
            // The gap is mostly one space: test it without a memchr call.
            let newline_before = match bytes.get(previous_end..token.start) {
                Some([]) | None => false,
                Some([b]) => *b == b'\n',
                Some(gap) => gap.contains(&b'\n'),
            };
            if newline_before {
                at_start = true;
            }
            previous_end = token.end;
            let token_text = document.token_text(token);
            let word = token.kind == TokenKind::Word;
            let case = if word {
                case_of(token_text)
            } else {
                Case::Other
            };
            let mut tags = document.tags.get(i).copied().unwrap_or(Tags::NONE);
            let mut genitive = false;
            if tags.is_empty() && case != Case::Lower && word {
                if let Some(stem) = genitive_stem(token_text) {
                    tags = lexicon::lookup(stem);
                    genitive = !tags.is_empty();
                }
                if tags.is_empty() {
                    tags = hyphenated_name_tags(token_text);
                }
            }
            let tok = Tok {
                text: token_text,
                span: Span::new(token.start, token.end),
                tags,
                genitive,
                case,
                word,
                initial: word && at_start,
                sentence: u32::try_from(sentence).unwrap_or(u32::MAX),
            };
            if tok.is_proper() || token_text == "(" {
                starts.push(i);
            }
            toks.push(tok);
            if word || token.kind == TokenKind::Number {
                at_start = false;
            } else if matches!(token_text, ":" | "–" | "-" | "—" | "•") {
                at_start = true;
            }
        }
        Context { text, toks, starts }
    }

    /// The token at `i`, if any.
    pub(crate) fn get(&self, i: usize) -> Option<&Tok<'t>> {
        self.toks.get(i)
    }

    /// Whether token `i` exists, lies in the same sentence as token `j`
    /// and is exactly `s`.
    pub(crate) fn is_at(&self, i: usize, j: usize, s: &str) -> bool {
        self.same_sentence(i, j) && self.toks.get(i).is_some_and(|t| t.text == s)
    }

    /// Whether tokens `i` and `j` both exist and lie in one sentence.
    pub(crate) fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// The text from the start of token `from` to the end of token `to`
    /// (inclusive), or `""` if either is missing.
    pub(crate) fn text_between(&self, from: usize, to: usize) -> &'t str {
        match (self.toks.get(from), self.toks.get(to)) {
            (Some(a), Some(b)) => self.text.get(a.span.start..b.span.end).unwrap_or(""),
            _ => "",
        }
    }
}

/// The letter case of a word.
fn case_of(word: &str) -> Case {
    // Most words are plain lower-case ASCII: answer those without a char
    // walk.
    let bytes = word.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_lowercase) {
        // Most words: an ASCII capital makes it mixed, and without
        // non-ASCII bytes there is no other capital to find.
        match ascii_capital(bytes) {
            Some(true) => return Case::Mixed,
            Some(false) => return Case::Lower,
            None => {}
        }
    } else if word.is_ascii() {
        return ascii_case_of(bytes);
    }
    let Some(first) = word.chars().next() else {
        return Case::Other;
    };
    if first.is_lowercase() {
        return if word.chars().any(char::is_uppercase) {
            Case::Mixed
        } else {
            Case::Lower
        };
    }
    if !first.is_uppercase() {
        return Case::Other;
    }
    // A genitive ending does not make "TDC's" or "DBUs" less of an
    // acronym.
    let stem = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| {
            word.strip_suffix('s')
                .filter(|stem| stem.chars().count() >= 3)
        })
        .unwrap_or(word);
    let second_letter = word.chars().skip(1).any(char::is_alphabetic);
    if second_letter && !stem.chars().any(char::is_lowercase) {
        Case::Upper
    } else {
        Case::Capitalised
    }
}

/// Whether ASCII `bytes` hold a capital letter, eight bytes at a time;
/// `None` when they are not all ASCII.
fn ascii_capital(bytes: &[u8]) -> Option<bool> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut capital = false;
    for chunk in bytes.chunks(8) {
        // Pad with a lower-case letter, which is neither capital nor
        // non-ASCII.
        let mut word = [b'a'; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if x & HIGH != 0 {
            return None;
        }
        // With every byte below 0x80 no addition carries into the next
        // byte: a byte's high bit is then set by +0x3F from 'A' up and
        // by +0x25 from past 'Z' up.
        let from_a = x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
        let past_z = x.wrapping_add(0x2525_2525_2525_2525);
        capital |= from_a & !past_z & HIGH != 0;
    }
    Some(capital)
}

/// [`case_of`] for an ASCII word, on its bytes.
fn ascii_case_of(bytes: &[u8]) -> Case {
    let Some(&first) = bytes.first() else {
        return Case::Other;
    };
    if first.is_ascii_lowercase() {
        return if bytes.iter().any(u8::is_ascii_uppercase) {
            Case::Mixed
        } else {
            Case::Lower
        };
    }
    if !first.is_ascii_uppercase() {
        return Case::Other;
    }
    let stem = bytes
        .strip_suffix(b"'s")
        .or_else(|| bytes.strip_suffix(b"s").filter(|stem| stem.len() >= 3))
        .unwrap_or(bytes);
    let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if letters >= 2 && !stem.iter().any(u8::is_ascii_lowercase) {
        Case::Upper
    } else {
        Case::Capitalised
    }
}

/// The name tags of the first part of a hyphenated name ("Poul-Erik",
/// "Ellemann-Jensen"): only when every part is capitalised.
fn hyphenated_name_tags(word: &str) -> Tags {
    let Some((head, _)) = word.split_once('-') else {
        return Tags::NONE;
    };
    if !word
        .split('-')
        .all(|part| part.starts_with(char::is_uppercase))
    {
        return Tags::NONE;
    }
    let tags = lexicon::lookup(head);
    let names = Tags::FIRST_NAME
        .union(Tags::SURNAME)
        .union(Tags::FEMALE)
        .union(Tags::MALE);
    if tags.intersects(Tags::FIRST_NAME.union(Tags::SURNAME)) {
        tags.intersection(names)
    } else {
        Tags::NONE
    }
}

/// The word without its genitive ending: "TDC's" → "TDC", "Jens'" →
/// "Jens", "Huaweis" → "Huawei"; `None` when it has none.
pub(crate) fn genitive_stem(word: &str) -> Option<&str> {
    let stem = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .or_else(|| word.strip_suffix('s'))
        .or_else(|| word.strip_suffix('S'))?;
    (stem.chars().count() >= 2).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(case_of("Huawei"), Case::Capitalised);
        assert_eq!(case_of("TDC's"), Case::Upper);
        assert_eq!(case_of("netIP's"), Case::Mixed);
        assert_eq!(case_of("hos"), Case::Lower);
        assert_eq!(case_of("5G-netværk"), Case::Other);
        assert_eq!(case_of("A"), Case::Capitalised);
    }

    #[test]
    fn capitals_found_eight_bytes_at_a_time() {
        assert_eq!(ascii_capital(b"netvaerksudstyr"), Some(false));
        assert_eq!(ascii_capital(b"netvaerksudstyR"), Some(true));
        assert_eq!(ascii_capital(b"aZ@[`{"), Some(true));
        assert_eq!(ascii_capital(b"a@[`{"), Some(false));
        assert_eq!(ascii_capital("blå".as_bytes()), None);
        assert_eq!(case_of("iPhone"), Case::Mixed);
        assert_eq!(case_of("søÅ"), Case::Mixed);
        assert_eq!(case_of("sø"), Case::Lower);
    }

    #[test]
    fn genitives() {
        assert_eq!(genitive_stem("TDC's"), Some("TDC"));
        assert_eq!(genitive_stem("Venstres"), Some("Venstre"));
        assert_eq!(genitive_stem("Jens'"), Some("Jens"));
        assert_eq!(genitive_stem("Bo"), None);
    }

    #[test]
    fn initial_positions() {
        let document = Document::new("Han så Jens. Læs også: Ole kom.\nMogens Lykketoft");
        let context = Context::new(&document);
        let initial: Vec<&str> = context
            .toks
            .iter()
            .filter(|t| t.initial)
            .map(|t| t.text)
            .collect();
        assert_eq!(initial, ["Han", "Læs", "Ole", "Mogens"]);
    }
}
