//! What ties a person to a party, roles and an organization, read from
//! the tokens right around each mention; and the gender a pronoun in the
//! next sentence gives.

use super::context::{Case, Context, Tok};
use super::gazetteer::GAZETTEER;
use super::organizations::OrgBuild;
use super::parties::{PartyMention, PartyMentionKind};
use super::people::{PersonBuild, member_party};
use super::roles;
use crate::lexicon::FastMap;
use crate::model::{Gender, Person, Span};
use std::borrow::Cow;
use std::cell::OnceCell;

/// Genitive nouns that refer back to the organization named last
/// ("selskabets landechef").
const BACK_REFERENCES: &[&str] = &[
    "selskabets",
    "koncernens",
    "virksomhedens",
    "firmaets",
    "bankens",
    "avisens",
    "mediets",
    "foreningens",
    "organisationens",
    "forbundets",
    "ministeriets",
    "kommunens",
    "styrelsens",
];

/// Verbs by which an organization takes a person on ("X A/S har ansat Y").
const HIRING: &[&str] = &[
    "ansat",
    "ansætter",
    "ansatte",
    "udnævnt",
    "udnævner",
    "hyret",
    "hyrer",
    "rekrutteret",
];

/// Prepositions that tie a role to an organization ("direktør i X",
/// "chef hos X").
const ROLE_LINKS: &[&str] = &["i", "hos", "for", "ved", "fra"];

/// What the tokens around each mention say of a person.
#[derive(Default)]
struct Ties {
    party: Option<String>,
    roles: Vec<String>,
    organization: Option<usize>,
}

/// Turns the people found into [`Person`]s with their party, roles,
/// organization and gender, in order of first mention.
#[inline(never)]
pub(crate) fn attach(
    context: &Context,
    mut people: Vec<PersonBuild>,
    orgs: &[OrgBuild],
    party_mentions: &[PartyMention],
) -> Vec<Person> {
    // Maps, not vectors by token: entities are few and texts long.
    let party_at: FastMap<usize, PartyMention> =
        party_mentions.iter().map(|m| (m.first, *m)).collect();
    // Sized at once: growing the map rehashes it.
    let mentions = orgs.iter().map(|org| org.mentions.len()).sum();
    let mut org_at: FastMap<usize, usize> =
        FastMap::with_capacity_and_hasher(mentions, Default::default());
    for (index, org) in orgs.iter().enumerate() {
        for &(first, _, _) in &org.mentions {
            org_at.insert(first, index);
        }
    }
    let org_starts = OrgStarts {
        orgs,
        sorted: OnceCell::new(),
    };
    let sentence_people = SentencePeople::of(context, &people);
    people.sort_by_key(|p| p.mentions.first().map_or(usize::MAX, |m| m.2.start));
    people
        .into_iter()
        .map(|person| {
            let mut ties = Ties::default();
            for &(first, last, _) in &person.mentions {
                read_mention(
                    context,
                    first,
                    last,
                    &party_at,
                    &org_at,
                    &org_starts,
                    &mut ties,
                );
            }
            let gender = person
                .gender
                .or_else(|| pronoun_gender(context, &person, &sentence_people));
            // Collected in place, in the mentions' own allocation, which
            // has room for twice as many spans as it had records, and for
            // more records than most people have: the room is given back
            // (a shrink in place, no copy), as the result keeps it.
            let mut mentions: Vec<Span> = person.mentions.into_iter().map(|m| m.2).collect();
            mentions.shrink_to_fit();
            Person {
                name: person.name,
                mentions,
                party: ties.party,
                roles: ties.roles,
                organization: ties.organization,
                gender,
            }
        })
        .collect()
}

/// Reads the party, roles and organization around the mention
/// `first..=last` into `ties`.
fn read_mention(
    context: &Context,
    first: usize,
    last: usize,
    party_at: &FastMap<usize, PartyMention>,
    org_at: &FastMap<usize, usize>,
    org_starts: &OrgStarts,
    ties: &mut Ties,
) {
    let same = |k: usize| context.same_sentence(k, first);
    // The first party found is kept (each is put in only if there is
    // none): once there is one, the party rules need not look, which
    // spares a person named often most of the lookups of a mention.
    let party_known = ties.party.is_some();
    // A party code in parentheses right after the name.
    if !party_known && context.is_at(last + 1, last, "(") {
        if let Some(m) = party_at.get(&(last + 2)) {
            if m.kind == PartyMentionKind::ParenCode {
                ties.party
                    .get_or_insert_with(|| GAZETTEER.parties[m.party].code.to_string());
            }
        }
    }
    // A role phrase before the name, possibly with a comma between.
    let mut before = first.checked_sub(1).filter(|&k| same(k));
    if let Some(k) = before.filter(|&k| context.tok(k).is(",")) {
        before = k.checked_sub(1).filter(|&k| same(k));
    }
    let mut lead = before;
    if let Some(end) = before {
        if let Some(start) = roles::phrase_ending_at(context, end) {
            add_role(&mut ties.roles, roles::phrase_text(context, start, end));
            let prefixed = (start..=end).filter(|_| !party_known).find_map(|k| {
                party_at
                    .get(&k)
                    .copied()
                    .filter(|m| m.kind == PartyMentionKind::Prefixed)
            });
            if let Some(m) = prefixed {
                ties.party
                    .get_or_insert_with(|| GAZETTEER.parties[m.party].code.to_string());
            }
            lead = start.checked_sub(1).filter(|&k| same(k));
        }
    }
    if let Some(k) = lead {
        let tok = &context.tok(k);
        if ties.party.is_none() {
            ties.party = lead_party(party_at, k, tok);
        }
        if ties.organization.is_none() {
            ties.organization = org_at.get(&k).copied().or_else(|| {
                BACK_REFERENCES
                    .contains(&tok.text)
                    .then(|| last_org_before(org_starts, tok.span().start))
                    .flatten()
            });
        }
    }
    read_after(context, first, last, org_at, ties);
    if ties.organization.is_none() {
        ties.organization = hiring_organization(context, first, org_at);
    }
}

/// Roles after the name (", direktør i X", "som it-konsulent") and the
/// organization a role is tied to.
fn read_after(
    context: &Context,
    first: usize,
    last: usize,
    org_at: &FastMap<usize, usize>,
    ties: &mut Ties,
) {
    let next = last + 1;
    let opens = context.is_at(next, first, ",") || context.is_at(next, first, "som");
    if !opens {
        return;
    }
    let start = next + 1;
    let mut end = start;
    while end < start + 4 && context.same_sentence(end, first) {
        let tok = &context.tok(end);
        let title_word = tok.is_capital() && !tok.tags.intersects(crate::lexicon::Tags::FIRST_NAME);
        if !(roles::is_role(tok) || title_word) {
            break;
        }
        end += 1;
    }
    let Some(role_end) = end.checked_sub(1).filter(|&e| e >= start) else {
        return;
    };
    if !roles::is_role(&context.tok(role_end)) || roles::is_modifier(&context.tok(role_end)) {
        return;
    }
    add_role(
        &mut ties.roles,
        roles::phrase_text(context, start, role_end),
    );
    if ties.organization.is_none()
        && context
            .get(end)
            .is_some_and(|t| ROLE_LINKS.contains(&t.text))
        && context.same_sentence(end, first)
    {
        ties.organization = org_at.get(&(end + 1)).copied();
    }
}

/// "Norriq A/S har ... ansat Y": the organization that opens the sentence
/// of token `first` when a hiring verb stands between it and the name.
fn hiring_organization(
    context: &Context,
    first: usize,
    org_at: &FastMap<usize, usize>,
) -> Option<usize> {
    context.get(first)?;
    let mut start = first;
    while start > 0 && !context.opens_sentence(start) && first - start < 40 {
        start -= 1;
    }
    let org = org_at.get(&start).copied()?;
    (start..first)
        .any(|k| HIRING.contains(&context.tok(k).text))
        .then_some(org)
}

/// The starts of the organizations' mentions, sorted the first time they
/// are asked for: only a back reference before a name asks ("selskabets
/// direktør"), and most texts have none, but sorting them cost the
/// document 0.9M instructions.
struct OrgStarts<'o> {
    /// The organizations.
    orgs: &'o [OrgBuild],
    /// The start of every mention with its organization's index, in order.
    sorted: OnceCell<Vec<(usize, usize)>>,
}

impl OrgStarts<'_> {
    /// The start of every mention with its organization's index, in order.
    fn sorted(&self) -> &[(usize, usize)] {
        self.sorted.get_or_init(|| {
            let mut starts: Vec<(usize, usize)> = self
                .orgs
                .iter()
                .enumerate()
                .flat_map(|(index, org)| org.mentions.iter().map(move |m| (m.2.start, index)))
                .collect();
            starts.sort_unstable();
            starts
        })
    }
}

/// The organization whose mention starts last before byte `at`.
fn last_org_before(org_starts: &OrgStarts, at: usize) -> Option<usize> {
    let org_starts = org_starts.sorted();
    let index = org_starts.partition_point(|&(start, _)| start < at);
    index.checked_sub(1).map(|i| org_starts[i].1)
}

/// Adds a role to a person's `roles` once; used too where the join of
/// a long text's blocks merges one person's roles.
pub(crate) fn add_role(roles: &mut Vec<String>, role: Cow<str>) {
    if !role.is_empty() && !roles.iter().any(|known| *known == role) {
        // Grown a role at a time, not to room for four: most people have
        // one role, a few two or three, and the result keeps the list.
        roles.reserve_exact(1);
        roles.push(role.into_owned());
    }
}

/// The party of a person whose lead word, token `k`, is a party's name
/// or prefixed code ("S-formand") or a member noun ("socialdemokraten").
fn lead_party(party_at: &FastMap<usize, PartyMention>, k: usize, tok: &Tok) -> Option<String> {
    match party_at.get(&k) {
        Some(m) => matches!(m.kind, PartyMentionKind::Prefixed | PartyMentionKind::Name)
            .then(|| GAZETTEER.parties[m.party].code.to_string()),
        None => (tok.case() == Case::Lower)
            .then(|| member_party(tok.text))
            .flatten()
            .map(str::to_string),
    }
}

/// How many different people mention each of the sentences where
/// someone without a known gender is named: [`pronoun_gender`] asks only
/// of those. Most people have a gender from their first name, so those
/// sentences are few, and each mention is looked up among them rather
/// than among all the text's sentences (or not at all when everyone has
/// a gender).
struct SentencePeople {
    /// The sentences, in order: each as its number, its first token and
    /// the first token past it.
    sentences: Vec<(usize, usize, usize)>,
    /// How many people each names, by the same index.
    counts: Vec<u8>,
}

impl SentencePeople {
    /// The counts for the sentences of `people` without a gender.
    fn of(context: &Context, people: &[PersonBuild]) -> SentencePeople {
        let mut numbers: Vec<usize> = people
            .iter()
            .filter(|person| person.gender.is_none())
            .flat_map(|person| person.mentions.iter())
            .map(|&(first, _, _)| context.sentence_of(first))
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        let sentences: Vec<(usize, usize, usize)> = numbers
            .into_iter()
            .map(|s| (s, context.sentence_start(s), context.sentence_start(s + 1)))
            .collect();
        let mut counts = vec![0u8; sentences.len()];
        if sentences.is_empty() {
            return SentencePeople { sentences, counts };
        }
        for person in people {
            // Mentions are in text order, so a repeated sentence is the
            // last one.
            let mut last = None;
            for &(first, _, _) in &person.mentions {
                let at = sentences.partition_point(|&(_, _, end)| end <= first);
                let holds = sentences
                    .get(at)
                    .is_some_and(|&(_, start, end)| start <= first && first < end);
                if holds && last != Some(at) {
                    last = Some(at);
                    if let Some(count) = counts.get_mut(at) {
                        *count = count.saturating_add(1);
                    }
                }
            }
        }
        SentencePeople { sentences, counts }
    }

    /// How many different people sentence `sentence` mentions, if it is
    /// one of the sentences counted.
    fn count(&self, sentence: usize) -> Option<u8> {
        let at = self
            .sentences
            .binary_search_by_key(&sentence, |&(s, _, _)| s)
            .ok()?;
        self.counts.get(at).copied()
    }

    /// [`SentencePeople::count`] worked out as before, for every sentence
    /// of the text: the slow path the counts must agree with.
    #[cfg(test)]
    fn all(context: &Context, people: &[PersonBuild]) -> Vec<u8> {
        let sentences = context
            .len()
            .checked_sub(1)
            .map_or(0, |last| context.sentence_of(last) + 1);
        let mut counts = vec![0u8; sentences];
        for person in people {
            let mut last = None;
            for &(first, _, _) in &person.mentions {
                let sentence = context.sentence_of(first);
                if last != Some(sentence) {
                    last = Some(sentence);
                    if let Some(count) = counts.get_mut(sentence) {
                        *count = count.saturating_add(1);
                    }
                }
            }
        }
        counts
    }
}

/// The gender "Hun" or "Han" gives when it opens the sentence after one
/// that names this person and no one else.
fn pronoun_gender(
    context: &Context,
    person: &PersonBuild,
    sentence_people: &SentencePeople,
) -> Option<Gender> {
    for &(first, _, _) in &person.mentions {
        let sentence = context.sentence_of(first);
        if sentence_people.count(sentence) != Some(1) {
            continue;
        }
        // The tokens of the next sentence.
        let after = (context.sentence_start(sentence + 1)..context.sentence_start(sentence + 2))
            .map_while(|k| context.get(k))
            .find(|t| t.word())
            .filter(|t| t.initial());
        match after.map(|t| t.text) {
            Some("Hun") => return Some(Gender::Female),
            Some("Han") => return Some(Gender::Male),
            _ => {}
        }
    }
    None
}

/// Role words in the definite form that stand for a person without
/// naming them ("ministeren", "landechefen"), among untaken tokens.
pub(crate) fn role_mentions(context: &Context, claimed: &[bool]) -> Vec<Span> {
    context
        .role_words()
        .filter(|&i| !claimed.get(i).copied().unwrap_or(true))
        .filter_map(|i| context.get(i).map(|tok| tok.span()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn sentence_people_are_counted_as_over_every_sentence() {
        // Two people of no known gender; others named in the sentences
        // between theirs, and in theirs.
        let text = "Konsulent Quorra Vinge kom i går. Mette Hansen talte længe. \
                    Vinge svarede. Hun smilede. Direktør Xylander Bramsen kom. \
                    Bramsen og Hansen var enige. Mette Hansen blev.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        let mut claimed = vec![false; context.len()];
        let people = super::super::people::find(&context, &mut claimed);
        let unknown: Vec<&PersonBuild> = people.iter().filter(|p| p.gender.is_none()).collect();
        assert!(unknown.len() >= 2, "{people:?}");
        let counted = SentencePeople::of(&context, &people);
        let all = SentencePeople::all(&context, &people);
        let asked: Vec<usize> = unknown
            .iter()
            .flat_map(|p| p.mentions.iter().map(|m| context.sentence_of(m.0)))
            .collect();
        for (sentence, &count) in all.iter().enumerate() {
            let expected = asked.contains(&sentence).then_some(count);
            assert_eq!(counted.count(sentence), expected, "sentence {sentence}");
        }
        assert!(asked.iter().any(|&s| all[s] > 1), "{all:?}");
    }
}
