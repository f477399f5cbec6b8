//! A text with its segmentation and lexicon tags: what every stage after
//! segmentation reads.

use crate::lexicon::{self, Tags};
use crate::segment::{self, Segmentation};

/// One text as the later stages see it. `tags[i]` holds the lexicon tags
/// of `segmentation.tokens[i]`.
pub(crate) struct Document<'t> {
    pub(crate) text: &'t str,
    pub(crate) segmentation: Segmentation,
    pub(crate) tags: Vec<Tags>,
}

impl<'t> Document<'t> {
    /// Segments and tags `text`.
    pub(crate) fn new(text: &'t str) -> Document<'t> {
        let segmentation = segment::segment(text);
        let tags = lexicon::tag(text, segmentation.tokens.packed());
        Document {
            text,
            segmentation,
            tags,
        }
    }
}
