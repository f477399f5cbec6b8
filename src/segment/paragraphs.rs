//! Paragraphs: text between blank lines.
//!
//! The tokenizer already visits every byte, so it tells the
//! [`ParagraphBuilder`] of each token and each line break, and paragraphs
//! come out of the same pass. A line ends at a line feed, a carriage
//! return followed by a line feed, or a carriage return alone (old Mac
//! files), so "\r\n\r\n" and "\r\r" are blank lines.

use crate::model::Paragraph;
use crate::token_list::PackedToken;
use std::ops::Range;

/// Collects paragraphs from the tokens and line breaks of one pass over
/// the text, and tells the caller the token indices of each paragraph as
/// it closes, while those tokens are still in cache.
#[derive(Debug, Default)]
pub(crate) struct ParagraphBuilder {
    /// The paragraphs found so far.
    paragraphs: Vec<Paragraph>,
    /// Start offset and first token index of the paragraph being read.
    open: Option<(usize, usize)>,
    /// Whether the current line holds a token.
    line_has_token: bool,
}

impl ParagraphBuilder {
    /// A builder with room for `capacity` paragraphs before it grows.
    pub(crate) fn with_capacity(capacity: usize) -> ParagraphBuilder {
        ParagraphBuilder {
            paragraphs: Vec::with_capacity(capacity),
            ..ParagraphBuilder::default()
        }
    }

    /// Notes token number `index`, which starts at `start`: the next
    /// token in text order.
    #[inline]
    pub(crate) fn token(&mut self, start: usize, index: usize) {
        if self.open.is_none() {
            self.open = Some((start, index));
        }
        self.line_has_token = true;
    }

    /// Notes the end of a line. A line without tokens closes the open
    /// paragraph: then returns its index and its tokens' indices.
    #[inline]
    pub(crate) fn line_break(&mut self, tokens: &[PackedToken]) -> Option<(usize, Range<usize>)> {
        let closed = if self.line_has_token {
            None
        } else {
            self.close(tokens)
        };
        self.line_has_token = false;
        closed
    }

    /// Closes the open paragraph, if any, after the last of `tokens` (all
    /// tokens so far): returns its index and its tokens' indices.
    pub(crate) fn close(&mut self, tokens: &[PackedToken]) -> Option<(usize, Range<usize>)> {
        let (start, first_token) = self.open.take()?;
        let end = tokens.last().map_or(start, |token| token.end());
        self.paragraphs.push(Paragraph { start, end });
        Some((self.paragraphs.len() - 1, first_token..tokens.len()))
    }

    /// The paragraphs; call [`ParagraphBuilder::close`] first.
    pub(crate) fn finish(self) -> Vec<Paragraph> {
        self.paragraphs
    }
}

#[cfg(test)]
mod tests {
    use crate::segment::segment;

    /// The text of each paragraph.
    fn texts(text: &str) -> Vec<&str> {
        segment(text)
            .paragraphs
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Første linje\nanden linje\n\n  \nTredje\n";
        assert_eq!(texts(text), ["Første linje\nanden linje", "Tredje"]);
    }

    #[test]
    fn every_line_end_convention() {
        assert_eq!(texts("Et\r\nto\r\n\r\nTre"), ["Et\r\nto", "Tre"]);
        assert_eq!(texts("Et\rto\r\rTre\r"), ["Et\rto", "Tre"]);
        assert_eq!(texts("\u{00A0}Et\u{200B}\n\u{00A0}\nTo"), ["Et", "To"]);
    }
}
