//! Segmentation of Danish text into paragraphs, sentences and tokens.
//!
//! This stage runs first and alone is enough for callers who only need
//! sentences: [`segment`] does no entity, date or quote work.
//!
//! It is one pass over the bytes: the tokenizer finds tokens and blank
//! lines, and each paragraph is split into sentences as soon as it closes,
//! while its tokens are still in cache. Abbreviations are looked up only
//! where a word is followed by a full stop.
//!
//! ```
//! let text = "Han kom pr. 1. september 2025. Hun gik.\n\nNyt afsnit";
//! let segmentation = kilde::segment::segment(text);
//! assert_eq!(segmentation.paragraphs.len(), 2);
//! assert_eq!(segmentation.sentences.len(), 3);
//! ```

mod addresses;
mod chars;
mod paragraphs;
mod sentences;
mod tokens;

use crate::model::{Paragraph, Sentence, Token};

pub use tokens::tokenize;

/// The paragraphs, sentences and tokens of one text, each in text order.
///
/// ```
/// let segmentation = kilde::segment::segment("Det regner. Det blæser.");
/// assert_eq!(segmentation.tokens.len(), 6);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraphs: runs of text between blank lines.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences; each lies inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// Tokens; each lies inside one sentence.
    pub tokens: Vec<Token>,
}

impl Segmentation {
    /// The tokens of sentence number `index`, or an empty slice when there
    /// is no such sentence.
    ///
    /// ```
    /// let segmentation = kilde::segment::segment("Ja. Nej tak.");
    /// assert_eq!(segmentation.sentence_tokens(1).len(), 3);
    /// assert!(segmentation.sentence_tokens(9).is_empty());
    /// ```
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        let Some(sentence) = self.sentences.get(index) else {
            return &[];
        };
        let first = self.tokens.partition_point(|t| t.start < sentence.start);
        let last = self.tokens.partition_point(|t| t.start < sentence.end);
        &self.tokens[first..last]
    }
}

/// Splits `text` into paragraphs, sentences and tokens. Never panics.
///
/// ```
/// let text = "Trine Bramsen (S) skriver i en mail, at aftalen er død.";
/// let segmentation = kilde::segment::segment(text);
/// assert_eq!(segmentation.sentences.len(), 1);
/// ```
pub fn segment(text: &str) -> Segmentation {
    let (tokens, paragraphs, sentences) = tokens::scan::<true>(text);
    Segmentation {
        paragraphs,
        sentences,
        tokens,
    }
}
