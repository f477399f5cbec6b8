//! Quotes and their speakers.

use crate::entities::Entities;
use crate::model::Quote;
use crate::segment::Segmentation;

/// Finds the quotes of `text`, in text order.
pub(crate) fn find(_text: &str, _segmentation: &Segmentation, _entities: &Entities) -> Vec<Quote> {
    Vec::new()
}
