//! Date expressions, found and resolved against a reference date.

use crate::model::DateMention;
use crate::segment::Segmentation;
use crate::Date;

/// Finds the date expressions of `text`, in text order.
pub(crate) fn find(
    _text: &str,
    _segmentation: &Segmentation,
    _reference: Option<Date>,
) -> Vec<DateMention> {
    Vec::new()
}
