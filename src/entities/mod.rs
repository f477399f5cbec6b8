//! People, political parties and organizations, each found once with all
//! its mentions.

use crate::document::Document;
use crate::model::{Organization, Party, Person};

/// The entities of one text; `Person::organization` indexes
/// `organizations`.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub(crate) people: Vec<Person>,
    pub(crate) organizations: Vec<Organization>,
    pub(crate) parties: Vec<Party>,
}

/// Finds the entities of `text`.
pub(crate) fn find(_document: &Document) -> Entities {
    Entities::default()
}
