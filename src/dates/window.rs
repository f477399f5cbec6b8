//! The tokens of one sentence, as the date matchers read them.

use super::numbers::{self, NumberForm};
use super::words::{self, Word};
use crate::lexicon::{Tags, lowercase_into};
use crate::model::{Token, TokenKind};

/// Tags that make a token part of the date vocabulary.
pub(super) fn date_tags() -> Tags {
    Tags::MONTH | Tags::WEEKDAY | Tags::DATE_WORD
}

/// Longest date word read; longer tokens are never date words.
const MAX_WORD: usize = 24;

/// One sentence's tokens and tags. Indices are into the sentence, and
/// every accessor answers for an index past the end as for a non-word.
pub(super) struct Window<'a> {
    text: &'a str,
    tokens: &'a [Token],
    tags: &'a [Tags],
}

impl<'a> Window<'a> {
    /// A window over `tokens` (and their `tags`, index for index).
    pub(super) fn new(text: &'a str, tokens: &'a [Token], tags: &'a [Tags]) -> Window<'a> {
        Window { text, tokens, tags }
    }

    /// Number of tokens.
    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token at `i`.
    pub(super) fn token(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// The text of token `i`, or "".
    pub(super) fn str(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The kind of token `i`.
    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// The lexicon tags of token `i`.
    pub(super) fn tags(&self, i: usize) -> Tags {
        self.tags.get(i).copied().unwrap_or(Tags::NONE)
    }

    /// Whether token `i` is a word.
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// Whether token `i` is a word that starts with a capital letter.
    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.str(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is the punctuation mark `mark`.
    pub(super) fn is_mark(&self, i: usize, mark: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punctuation) && self.str(i) == mark
    }

    /// Whether token `j` starts right where token `i` ends.
    pub(super) fn touches(&self, i: usize, j: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(j)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// What token `i` means in a date expression; only tagged tokens are
    /// read.
    pub(super) fn word(&self, i: usize) -> Word {
        if !self.tags(i).intersects(date_tags()) {
            return Word::Other;
        }
        let mut buf = [0u8; MAX_WORD * 3];
        self.lower(i, &mut buf).map_or(Word::Other, words::classify)
    }

    /// Whether token `i`, lower-cased, is one of `candidates`.
    pub(super) fn is_any(&self, i: usize, candidates: &[&str]) -> bool {
        let mut buf = [0u8; MAX_WORD * 3];
        self.lower(i, &mut buf)
            .is_some_and(|lower| candidates.contains(&lower))
    }

    /// Token `i` lower-cased into `buf`, when it is a short word.
    fn lower<'b>(&self, i: usize, buf: &'b mut [u8]) -> Option<&'b str> {
        let text = self.str(i);
        if !self.is_word(i) || text.len() > MAX_WORD {
            return None;
        }
        lowercase_into(text, buf)
    }

    /// What Number token `i` says as a date part.
    pub(super) fn number(&self, i: usize) -> NumberForm {
        if self.kind(i) == Some(TokenKind::Number) {
            numbers::read(self.str(i))
        } else {
            NumberForm::Other
        }
    }
}
