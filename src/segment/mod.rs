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

use crate::model::{Paragraph, Sentence};
use crate::pieces::{self, MAX_PIECE};
use crate::token_list::{Iter, Tokens};

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
    pub tokens: Tokens,
}

impl Segmentation {
    /// The tokens of sentence number `index`, or none when there is no
    /// such sentence.
    ///
    /// ```
    /// let segmentation = kilde::segment::segment("Ja. Nej tak.");
    /// assert_eq!(segmentation.sentence_tokens(1).len(), 3);
    /// assert_eq!(segmentation.sentence_tokens(9).count(), 0);
    /// ```
    pub fn sentence_tokens(&self, index: usize) -> Iter<'_> {
        let Some(sentence) = self.sentences.get(index) else {
            return self.tokens.range(0..0);
        };
        let tokens = self.tokens.packed();
        let first = tokens.partition_point(|t| t.start() < sentence.start);
        let last = tokens.partition_point(|t| t.start() < sentence.end);
        self.tokens.range(first..last)
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
    if text.len() <= MAX_PIECE {
        return segment_piece(text);
    }
    segment_in_pieces(text, MAX_PIECE)
}

/// Segments a text of at most [`MAX_PIECE`] bytes.
fn segment_piece(text: &str) -> Segmentation {
    let (mut tokens, mut paragraphs, mut sentences) = tokens::scan::<true>(text);
    // The list was reserved for a token every five bytes, and news has
    // one about every six; the sentences' for one every 64 bytes, and the
    // paragraphs' grew by doubling. The result keeps the lists, so the
    // rest of their room is given back (a shrink in place, no copy).
    tokens.shrink_to_fit();
    sentences.shrink_to_fit();
    paragraphs.shrink_to_fit();
    Segmentation {
        paragraphs,
        sentences,
        tokens: Tokens::from_packed(tokens),
    }
}

/// Segments `text` in pieces of at most `max` bytes, as
/// `Analyzer::analyze` does a text too long for one pass.
pub(crate) fn segment_in_pieces(text: &str, max: usize) -> Segmentation {
    let mut whole = Segmentation::default();
    for (offset, piece) in pieces::cut(text, max) {
        pieces::append_segments(&mut whole, segment_piece(piece), offset);
    }
    whole
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segmentation_keeps_no_spare_room_for_tokens() {
        // Reserved for a token every five bytes; these are longer.
        let text = "Forhandlingerne om sundhedsreformen fortsætter efter sommerferien.";
        let segmentation = segment(text);
        assert_eq!(segmentation.tokens.len(), 7);
        assert_eq!(segmentation.tokens.spare_room(), 0);
    }

    #[test]
    fn a_segmentation_keeps_no_spare_room_for_sentences_or_paragraphs() {
        // Reserved for a sentence every 64 bytes; these are longer. The
        // paragraphs' list grows by doubling past the room it starts with.
        let paragraph = "Forhandlingerne om sundhedsreformen fortsætter efter sommerferien, \
                         siger ministeren.\n\n";
        let text = paragraph.repeat(300);
        let segmentation = segment(&text);
        assert_eq!(segmentation.sentences.len(), 300);
        assert_eq!(segmentation.paragraphs.len(), 300);
        assert_eq!(segmentation.sentences.capacity(), 300);
        assert_eq!(segmentation.paragraphs.capacity(), 300);
    }
}
