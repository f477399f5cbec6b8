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
pub(crate) use people::{RECENT as RECENT_NAMESAKES, names_fit, push_lowercase};
pub(crate) use ties::add_role;

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
    let mut orgs = organizations::Linker::for_text(&context);
    let (party_mentions, listed) = first_walk(&context, &mut claimed, &mut orgs);
    organizations::find_listed(&context, &mut claimed, &mut orgs, &listed);
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
                // Collected in place, with the records' spare room: the
                // shrink that a person's list gets (`ties::attach`) cost
                // the organizations more than it gave back (1.7M more
                // instructions on the 1 MB bench document, 3.5M as
                // articles, and `extract` on 10.5 MB 0.9 MB more at its
                // peak).
                mentions: org.mentions.into_iter().map(|m| m.2).collect(),
            })
            .collect(),
        parties: collect_parties(&party_mentions),
        role_mentions: ties::role_mentions(&context, &claimed),
    }
}

/// The stage's first walk over the starts: the party mentions, and the
/// organizations with a legal form, each claiming its tokens as found;
/// returns the party mentions and the starts a listed name may begin at
/// (see [`organizations::may_start_listed`]), for the listed names' walk.
///
/// One walk rather than three, each of which read every start: the two
/// rules may share it because neither reads a claim the other makes
/// later on. Party mentions read no claims; a name before a legal form
/// reads the claims of the tokens up to the start it ends at, which only
/// mentions that start there or before can have made, and the party
/// rule is asked at each start first.
#[inline(never)]
fn first_walk<'t>(
    context: &Context<'t>,
    claimed: &mut [bool],
    orgs: &mut organizations::Linker<'t>,
) -> (Vec<parties::PartyMention>, Vec<u32>) {
    let mut parties = parties::PartyWalk::new();
    // Room for every start at once: a list grown as it fills cost a short
    // text's analysis several reallocations.
    let mut listed = Vec::with_capacity(context.starts().size_hint().0);
    for (i, tok) in context.starts().filter_map(|i| Some((i, context.get(i)?))) {
        parties.at(context, i, tok, claimed);
        organizations::legal_form_after(context, i, &tok, claimed, orgs);
        if organizations::may_start_listed(&tok) {
            listed.push(crate::token_list::short_index(i));
        }
    }
    (parties.mentions, listed)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The organizations, party mentions and claims after the first walk,
    /// and the starts it lists, as text to compare.
    fn walked(context: &Context, one_walk: bool) -> String {
        let mut claimed = vec![false; context.len()];
        let mut orgs = organizations::Linker::for_text(context);
        let (parties, listed) = if one_walk {
            first_walk(context, &mut claimed, &mut orgs)
        } else {
            // The rules one walk after another, as they ran before they
            // shared one.
            let parties = parties::find(context, &mut claimed);
            for i in context.starts() {
                let tok = context.tok(i);
                organizations::legal_form_after(context, i, &tok, &mut claimed, &mut orgs);
            }
            let listed = context
                .starts()
                .filter(|&i| organizations::may_start_listed(&context.tok(i)));
            (
                parties,
                listed.map(crate::token_list::short_index).collect(),
            )
        };
        let orgs = orgs.finish(context, &mut claimed);
        format!("{parties:?}\n{listed:?}\n{orgs:?}\n{claimed:?}")
    }

    #[test]
    fn the_first_walk_finds_what_a_walk_per_rule_finds() {
        let texts = [
            "Hun har arbejdet for Venstre A/S i mange år, sagde hun.",
            "Dansk Folkeparti og Kagefabrikken ApS mødtes hos Danske Bank A/S.",
            "S-formanden (S) talte med SF om Netip A/S og DF's Hansen & Søn ApS.",
            "Det mener Politiken. Radikale Venstre A/S og Novo Nordisk A/S svarede.",
        ];
        for text in texts {
            let segmentation = crate::segment::segment(text);
            let document = Document::new(text, &segmentation);
            let context = Context::new(&document);
            assert_eq!(walked(&context, true), walked(&context, false), "{text}");
        }
    }
}
