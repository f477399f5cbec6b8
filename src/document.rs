//! A stretch of text with its segmentation and lexicon tags: what every
//! stage after segmentation reads.

use crate::lexicon::{self, Tags};
use crate::model::{Paragraph, Sentence};
use crate::segment::Segmentation;
use crate::token_list::PackedToken;

/// One text, or one block of a long text, as the later stages see it.
///
/// The segmentation is borrowed from that of the whole text, so offsets
/// are the whole text's own: `text` is the whole text up to the block's
/// end, and the block's tokens, sentences and paragraphs are slices of
/// the whole's, its lead-in included. `tags[i]` holds the lexicon tags of
/// `tokens[i]`.
pub(crate) struct Document<'d> {
    /// The text up to the block's end; offsets count from its start.
    pub(crate) text: &'d str,
    /// Where the block's text (its lead-in first) begins in `text`: what
    /// lies before is not the block's, and the stages do not look at it.
    pub(crate) start: usize,
    /// The block's tokens.
    pub(crate) tokens: &'d [PackedToken],
    /// The block's sentences, whose `paragraph` indexes the whole's.
    pub(crate) sentences: &'d [Sentence],
    /// The block's paragraphs.
    pub(crate) paragraphs: &'d [Paragraph],
    /// The index in the whole of `paragraphs[0]`, to take from a
    /// sentence's `paragraph` to find its paragraph in `paragraphs`.
    pub(crate) first_paragraph: usize,
    /// The lexicon tags of `tokens`.
    pub(crate) tags: Vec<Tags>,
}

/// Where a block lies in the segmentation of the whole text: its bytes
/// and the index ranges of its tokens, sentences and paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// Where the block's text, lead-in first, begins and ends.
    pub(crate) bytes: std::ops::Range<usize>,
    /// Where the block proper begins, after its lead-in: what the stages
    /// find before belongs to the block before.
    pub(crate) own: usize,
    /// The block's tokens.
    pub(crate) tokens: std::ops::Range<usize>,
    /// The block's sentences.
    pub(crate) sentences: std::ops::Range<usize>,
    /// The block's paragraphs.
    pub(crate) paragraphs: std::ops::Range<usize>,
}

impl<'d> Document<'d> {
    /// Tags the whole of `text`, whose segmentation is `segmentation`.
    pub(crate) fn new(text: &'d str, segmentation: &'d Segmentation) -> Document<'d> {
        let block = Block {
            bytes: 0..text.len(),
            own: 0,
            tokens: 0..segmentation.tokens.len(),
            sentences: 0..segmentation.sentences.len(),
            paragraphs: 0..segmentation.paragraphs.len(),
        };
        Document::block(text, segmentation, &block)
    }

    /// Tags the `block` of `text`, whose segmentation is `segmentation`.
    pub(crate) fn block(
        text: &'d str,
        segmentation: &'d Segmentation,
        block: &Block,
    ) -> Document<'d> {
        let end = block.bytes.end.min(text.len());
        let text = text.get(..end).unwrap_or(text);
        let tokens = segmentation
            .tokens
            .packed()
            .get(block.tokens.clone())
            .unwrap_or_default();
        let sentences = segmentation
            .sentences
            .get(block.sentences.clone())
            .unwrap_or_default();
        let paragraphs = segmentation
            .paragraphs
            .get(block.paragraphs.clone())
            .unwrap_or_default();
        let tags = lexicon::tag(text, tokens);
        Document {
            text,
            start: block.bytes.start.min(end),
            tokens,
            sentences,
            paragraphs,
            first_paragraph: block.paragraphs.start,
            tags,
        }
    }

    /// The length of the block's text, lead-in included.
    pub(crate) fn len(&self) -> usize {
        self.text.len() - self.start
    }
}
