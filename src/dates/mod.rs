//! Date expressions, found and resolved against a reference date.

use crate::Date;
use crate::document::Document;
use crate::model::DateMention;

/// Finds the date expressions of `text`, in text order.
pub(crate) fn find(_document: &Document, _reference: Option<Date>) -> Vec<DateMention> {
    Vec::new()
}
