//! People, political parties and organizations, each found once with all
//! its mentions.
//!
//! The stage works on tokens and their lexicon tags: parties first (their
//! names would otherwise pass for organizations), then organizations with
//! a legal form or a listed name, then people, then organizations after a
//! cue, and last the later mentions of every name found. The ties between
//! them — a person's party, roles and organization — come from the tokens
//! right around each mention.

mod beginnings;
mod bytes;
mod context;
mod gazetteer;
mod organizations;
mod parties;
mod people;
mod roles;
mod suffixes;
mod ties;

use crate::document::Document;
use crate::model::{Organization, Party, Person, Span};
use context::Context;
use gazetteer::GAZETTEER;
pub(crate) use people::{RECENT as RECENT_NAMESAKES, names_fit};

/// The entities of one text; `Person::organization` indexes
/// `organizations`.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub(crate) people: Vec<Person>,
    pub(crate) organizations: Vec<Organization>,
    pub(crate) parties: Vec<Party>,
    /// Role words that stand for a person without naming them
    /// ("ministeren", "landechefen"), for speaker resolution.
    #[allow(dead_code)] // read by the quotes stage as it resolves speakers
    pub(crate) role_mentions: Vec<Span>,
}

/// Finds the entities of `text`.
pub(crate) fn find(document: &Document) -> Entities {
    // Each rule called here is kept out of line (`#[inline(never)]`), as
    // `Context::new` is: inlined or not as the code around it changed, a
    // rule moved the others' instruction counts by up to 1M per 1 MB text
    // from one build to the next, which hid what a change did.
    let context = Context::new(document);
    let mut claimed = vec![false; context.len()];
    let party_mentions = parties::find(&context, &mut claimed);
    let mut orgs = organizations::Linker::for_text(&context);
    organizations::find_named(&context, &mut claimed, &mut orgs);
    let people = people::find(&context, &mut claimed);
    organizations::find_cued(&context, &mut claimed, &mut orgs);
    let orgs = orgs.finish(&context, &mut claimed);
    let people = ties::attach(&context, people, &orgs, &party_mentions);
    Entities {
        people,
        organizations: orgs
            .into_iter()
            .map(|org| Organization {
                name: org.name,
                kind: org.kind,
                legal_form: org.legal_form,
                mentions: org.mentions.into_iter().map(|m| m.2).collect(),
            })
            .collect(),
        parties: collect_parties(&party_mentions),
        role_mentions: ties::role_mentions(&context, &claimed),
    }
}

/// One [`Party`] per party mentioned, in order of first mention.
fn collect_parties(mentions: &[parties::PartyMention]) -> Vec<Party> {
    let mut parties: Vec<(usize, Party)> = Vec::new();
    for mention in mentions {
        let info = &GAZETTEER.parties[mention.party];
        match parties
            .iter_mut()
            .find(|(index, _)| *index == mention.party)
        {
            Some((_, party)) => party.mentions.push(mention.span),
            None => parties.push((
                mention.party,
                Party {
                    code: info.code.to_string(),
                    name: info.name.to_string(),
                    mentions: first_mention(mention.span),
                },
            )),
        }
    }
    parties.into_iter().map(|(_, party)| party).collect()
}

/// The mentions of a newly found party or organization, its first one:
/// with room for a few more, since most are named again (a vector of one
/// grew at the second mention, a reallocation per name).
fn first_mention<T>(mention: T) -> Vec<T> {
    let mut mentions = Vec::with_capacity(4);
    mentions.push(mention);
    mentions
}
