//! Speakers: which person or organization a speaker phrase names.
//!
//! A name is the person whose mention it overlaps; "han"/"hun" the
//! nearest earlier person of that gender; a role ("ministeren", "den
//! tidligere minister", "landechefen") the nearest earlier person with
//! that role, from the roles the entities stage gives or from the role
//! word written next to the person's mention; a company or authority its
//! organization. A group ("eksperterne") names no one.

use super::SpeakerPhrase;
use super::view::{View, partition_from};
use crate::entities::Entities;
use crate::lexicon::{lowercase_bytes_into, lowercase_into};
use crate::model::{Gender, Span};
use std::cell::Cell;

/// How many earlier mentions a pronoun or role looks back over.
const LOOK_BACK: usize = 32;

/// Endings of role nouns, used where the entities stage gave no role: a
/// sentence-initial role word before a name ("Forsvarsminister Trine
/// Bramsen") is not part of the name.
const ROLE_ENDINGS: &[&str] = &[
    "minister",
    "chef",
    "direktør",
    "formand",
    "formand",
    "ordfører",
    "leder",
    "præsident",
    "borgmester",
    "talsmand",
    "talskvinde",
    "talsperson",
    "forsker",
    "professor",
    "redaktør",
    "sekretær",
    "rådmand",
    "politiker",
    "medlem",
    "ekspert",
    "analytiker",
    "økonom",
    "advokat",
    "inspektør",
    "kommissær",
    "ambassadør",
    "konsulent",
    "manager",
    "lektor",
    "journalist",
];

/// Whether `word` is a role noun by its ending ("Forsvarsminister").
pub(super) fn is_role_word(word: &str) -> bool {
    let mut buf = [0u8; 96];
    let Some(lower) = lowercase_bytes_into(word, &mut buf) else {
        return false;
    };
    let stem = lower.strip_suffix(b"en").unwrap_or(lower);
    ROLE_ENDINGS
        .iter()
        .any(|ending| stem.ends_with(ending.as_bytes()))
}

/// Maps speaker phrases to people and organizations.
pub(super) struct Resolver<'a> {
    view: &'a View<'a>,
    entities: &'a Entities,
    /// Every person mention with its person, by start, then every
    /// organization mention with its organization, by start: one
    /// allocation for both.
    mentions: Vec<Mention>,
    /// Where the organizations' mentions start in `mentions`.
    organizations_from: usize,
    /// Where the last search of `people` for a speaker's mention ended.
    /// Speakers and the mentions before them come nearly in text order,
    /// so each search here and below starts where its last one ended.
    people_at: Cell<usize>,
    /// Where the last search of `organizations` ended.
    organizations_at: Cell<usize>,
    /// Where the last search of `people` for the mentions before a
    /// speaker ended.
    earlier_at: Cell<usize>,
    /// Where the last search of the tokens for a mention's first ended.
    token_at: Cell<usize>,
}

impl<'a> Resolver<'a> {
    /// Indexes every mention of the entities by its start.
    pub(super) fn new(view: &'a View<'a>, entities: &'a Entities) -> Resolver<'a> {
        let people = entities.people.iter().map(|p| &p.mentions[..]);
        let organizations = entities.organizations.iter().map(|o| &o.mentions[..]);
        let organizations_from = people.clone().map(<[Span]>::len).sum();
        let of_organizations = organizations.clone().map(<[Span]>::len).sum();
        let mut mentions = Vec::with_capacity(organizations_from + of_organizations);
        add_by_start(&mut mentions, people, organizations_from);
        add_by_start(&mut mentions, organizations, of_organizations);
        Resolver {
            view,
            entities,
            mentions,
            organizations_from,
            people_at: Cell::new(0),
            organizations_at: Cell::new(0),
            earlier_at: Cell::new(0),
            token_at: Cell::new(0),
        }
    }

    /// Every person mention, by start.
    fn people(&self) -> &[Mention] {
        self.mentions.get(..self.organizations_from).unwrap_or(&[])
    }

    /// Every organization mention, by start.
    fn organizations(&self) -> &[Mention] {
        self.mentions.get(self.organizations_from..).unwrap_or(&[])
    }

    /// The person or the organization a speaker phrase refers to, with
    /// the mention the phrase overlaps when it names them.
    pub(super) fn resolve(&self, phrase: SpeakerPhrase) -> Resolved {
        if let Some(mention) = overlapping(self.people(), phrase.span, &self.people_at) {
            return Resolved::named(Some(mention.entity()), None, mention);
        }
        if let Some(mention) =
            overlapping(self.organizations(), phrase.span, &self.organizations_at)
        {
            return Resolved::named(None, Some(mention.entity()), mention);
        }
        if phrase.last() == phrase.first() + 1 {
            let gender = if self.view.is(phrase.first(), "han") {
                Some(Gender::Male)
            } else if self.view.is(phrase.first(), "hun") {
                Some(Gender::Female)
            } else {
                None
            };
            if let Some(gender) = gender {
                return Resolved::unnamed(self.nearest_of_gender(phrase.span.start, gender));
            }
        }
        Resolved::unnamed(self.nearest_with_role(phrase))
    }

    /// Mentions that start before `at`, nearest first, a bounded number.
    fn earlier(&self, at: usize) -> impl Iterator<Item = &Mention> {
        let people = self.people();
        let before = partition_from(people, &self.earlier_at, |m| m.start() < at);
        people[..before].iter().rev().take(LOOK_BACK)
    }

    /// The person of the nearest earlier mention whose gender is `gender`.
    fn nearest_of_gender(&self, at: usize, gender: Gender) -> Option<usize> {
        self.earlier(at)
            .find(|m| {
                self.entities
                    .people
                    .get(m.entity())
                    .is_some_and(|p| p.gender == Some(gender))
            })
            .map(Mention::entity)
    }

    /// The nearest earlier person with the role the phrase names by its
    /// head noun ("den tidligere minister" → a minister, "tidligere" if
    /// the phrase says so).
    fn nearest_with_role(&self, phrase: SpeakerPhrase) -> Option<usize> {
        let head_token = phrase.last().checked_sub(1)?;
        // Roles are common nouns: a capitalised head is a name or the
        // first word of a sentence ("Landechefen siger").
        let after_word = head_token > 0 && self.view.is_word(head_token - 1);
        if self.view.is_capitalized(head_token) && (head_token != phrase.first() || after_word) {
            return None;
        }
        // The head needs the definite ending, or "den" before it ("den
        // tidligere minister"); most heads are turned down on their raw
        // bytes, never lowered (no letter but "E" and "N" lowers to "e" or
        // "n", so the lowered head ends in "en" just when these do).
        let definite = matches!(
            self.view.bytes(head_token),
            [.., e, n] if e.eq_ignore_ascii_case(&b'e') && n.eq_ignore_ascii_case(&b'n')
        );
        if !definite && !self.view.is(phrase.first(), "den") {
            return None;
        }
        let mut head_buf = [0u8; 96];
        let head = lowercase_into(self.view.word(head_token), &mut head_buf)?;
        let stem = head.strip_suffix("en").unwrap_or(head);
        if stem.chars().count() < 4 {
            return None;
        }
        let former = (phrase.first()..phrase.last()).any(|i| self.view.is(i, "tidligere"));
        self.earlier(phrase.span.start)
            .find(|m| self.has_role(m.entity(), m.start(), stem, former))
            .map(Mention::entity)
    }

    /// Whether `person` has a role ending in `stem`, from the entities
    /// stage or from the words before its mention at byte `mention`
    /// ("forsvarsminister Claus Hjort Frederiksen", "landechef, Jiang
    /// Lichao").
    fn has_role(&self, person: usize, mention: usize, stem: &str, former: bool) -> bool {
        let fits = |role: &str| {
            // Either test of the last word needs it to end in the stem's
            // last four bytes (a stem has four letters or more): most
            // roles differ there, and are never split into words.
            match (last_four(role), last_four(stem)) {
                (Some(role_tail), Some(stem_tail)) if role_tail != stem_tail => return false,
                (None, Some(_)) => return false,
                _ => {}
            }
            // A byte loop: a role is a few words, too short for the
            // searcher `rsplit` sets up.
            let space = role.bytes().rposition(|b| b == b' ');
            let last = space.and_then(|s| role.get(s + 1..)).unwrap_or(role);
            (last.ends_with(stem) || stem.ends_with(last) && last.len() >= 4)
                && (!former || role.contains("tidligere"))
        };
        // The roles the entities stage gave are enough when there are
        // any; the words before the mention are read only otherwise.
        if let Some(p) = self
            .entities
            .people
            .get(person)
            .filter(|p| !p.roles.is_empty())
        {
            return p.roles.iter().any(|r| fits(r));
        }
        let first = partition_from(self.view.tokens, &self.token_at, |t| t.start() < mention);
        let mut role_word: Option<usize> = None;
        for k in (first.saturating_sub(3)..first).rev() {
            if self.view.is_punct(k, ",") {
                continue;
            }
            // The last byte first: most words are never sliced as text.
            if !may_end_like(self.view.bytes(k), stem) {
                continue;
            }
            let mut buf = [0u8; 96];
            if let Some(word) = lowercase_bytes_into(self.view.word(k), &mut buf) {
                let stem = stem.as_bytes();
                if word.ends_with(stem) || stem.ends_with(word) && word.len() >= 4 {
                    role_word = Some(k);
                    break;
                }
            }
        }
        let Some(k) = role_word else {
            return false;
        };
        !former || (k.saturating_sub(2)..k).any(|i| self.view.is(i, "tidligere"))
    }
}

/// The last four bytes of `s`, if it has four.
fn last_four(s: &str) -> Option<&[u8]> {
    s.as_bytes().get(s.len().checked_sub(4)?..)
}

/// Whether `word`, lower-cased, can end with `stem` or be an ending of
/// it: both then end in the same byte. Checked on the raw word's last
/// byte when it is ASCII, so that most words are never lower-cased.
fn may_end_like(word: &[u8], stem: &str) -> bool {
    match (word.last(), stem.as_bytes().last()) {
        (Some(w), Some(&s)) if w.is_ascii() => w.to_ascii_lowercase() == s,
        (Some(_), _) => true,
        (None, _) => false,
    }
}

/// What a speaker phrase refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Resolved {
    /// The person's index, if a person.
    pub(super) person: Option<usize>,
    /// The organization's index, if an organization.
    pub(super) organization: Option<usize>,
    /// The mention of the person or organization that the phrase
    /// overlaps, when the phrase names them rather than pointing back
    /// ("han", "ministeren").
    pub(super) mention: Option<Span>,
}

impl Resolved {
    /// A speaker the phrase names, at `mention`.
    fn named(person: Option<usize>, organization: Option<usize>, mention: Mention) -> Resolved {
        Resolved {
            person,
            organization,
            mention: Some(Span::new(mention.start(), mention.end())),
        }
    }

    /// A person the phrase points back to, if found.
    fn unnamed(person: Option<usize>) -> Resolved {
        Resolved {
            person,
            organization: None,
            mention: None,
        }
    }
}

/// A mention as the resolver reads it: its start, its end and its
/// entity's index, four bytes each, as the searches read nothing else.
/// Offsets and indices fit: the analyzer gives the stages at most 512 MiB
/// of text at a time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Mention {
    start: u32,
    end: u32,
    entity: u32,
}

impl Mention {
    /// The mention of `span` of entity `entity`.
    fn new(span: Span, entity: usize) -> Mention {
        Mention {
            start: span.start as u32,
            end: span.end as u32,
            entity: entity as u32,
        }
    }

    /// The mention's first byte.
    fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the mention's last byte.
    fn end(&self) -> usize {
        self.end as usize
    }

    /// The entity's index.
    fn entity(&self) -> usize {
        self.entity as usize
    }

    /// Whether the mention overlaps `span`.
    fn overlaps(&self, span: Span) -> bool {
        self.start() < span.end && span.start < self.end()
    }
}

/// Adds to `mentions` the `count` mentions of the entities whose mention
/// lists `lists` gives, with its entity's index, sorted by start;
/// mentions with one start keep their entity order and their order in
/// the list.
///
/// A block names a thousand or so mentions: they are counted into
/// buckets of nearby starts and placed bucket by bucket, in one pass
/// over the lists, and a pass of insertion sort orders each bucket's
/// few (see [`by_buckets`]). A few mentions take the plain stable sort,
/// which the buckets would not pay for.
fn add_by_start<'m>(
    mentions: &mut Vec<Mention>,
    lists: impl Iterator<Item = &'m [Span]> + Clone,
    count: usize,
) {
    let from = mentions.len();
    if count > 64 && by_buckets(mentions, lists.clone(), count) {
        return;
    }
    mentions.truncate(from);
    for (entity, spans) in lists.enumerate() {
        mentions.extend(spans.iter().map(|&span| Mention::new(span, entity)));
    }
    mentions[from..].sort_by_key(|m| m.start);
}

/// The most buckets [`by_buckets`] counts into, as a power of two.
const MAX_BUCKET_BITS: u32 = 11;

/// How many steps of insertion sort a mention may take on average in
/// [`by_buckets`] before the plain sort does the work instead.
const MAX_STEPS_A_MENTION: usize = 8;

/// [`add_by_start`] for `count` mentions, by buckets of the starts'
/// offsets from the smallest, at most 2^[`MAX_BUCKET_BITS`] of them:
/// the mentions of each bucket are placed in list order, the buckets in
/// the order of their starts, and insertion sort then orders each
/// bucket's few mentions (no mention moves past a bucket's first). Each
/// step of it undoes one pair of one bucket out of order, so it takes at
/// most the sum of the buckets' squared counts: when that passes
/// [`MAX_STEPS_A_MENTION`] a mention (many starts close together), this
/// returns `false` before it places anything, and the caller sorts.
fn by_buckets<'m>(
    mentions: &mut Vec<Mention>,
    lists: impl Iterator<Item = &'m [Span]> + Clone,
    count: usize,
) -> bool {
    let (smallest, largest) = lists
        .clone()
        .flatten()
        .fold((usize::MAX, 0), |(low, high), span| {
            (low.min(span.start), high.max(span.start))
        });
    if smallest > largest {
        return false;
    }
    // About two mentions a bucket: fewer buckets to clear and add up,
    // and few mentions to order in each.
    let bucket_bits = (count / 2).max(1).ilog2().min(MAX_BUCKET_BITS);
    let range = largest - smallest;
    let shift = (usize::BITS - range.leading_zeros()).saturating_sub(bucket_bits);
    let bucket = |start: usize| (start - smallest) >> shift;
    // Where the mentions of each bucket go, in order.
    let mut next = vec![0u32; bucket(largest) + 1];
    for span in lists.clone().flatten() {
        if let Some(slot) = next.get_mut(bucket(span.start)) {
            *slot += 1;
        }
    }
    let mut steps = 0;
    let mut before = 0;
    for slot in next.iter_mut() {
        let in_bucket = *slot;
        steps += in_bucket as usize * in_bucket as usize;
        *slot = before;
        before += in_bucket;
    }
    if steps > count * MAX_STEPS_A_MENTION {
        return false;
    }
    let from = mentions.len();
    mentions.resize(from + count, Mention::default());
    let placed = &mut mentions[from..];
    for (entity, spans) in lists.enumerate() {
        for &span in spans {
            if let Some(at) = next.get_mut(bucket(span.start)) {
                if let Some(slot) = placed.get_mut(*at as usize) {
                    *slot = Mention::new(span, entity);
                }
                *at += 1;
            }
        }
    }
    insertion_sort_by_start(placed);
    true
}

/// Sorts `mentions` by start, stably, by insertion: each mention moves
/// back past the ones with a larger start.
fn insertion_sort_by_start(mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let mut k = i;
        while k > 0 && mentions[k - 1].start > mentions[k].start {
            mentions.swap(k - 1, k);
            k -= 1;
        }
    }
}

/// The first mention that overlaps `span`.
fn overlapping(mentions: &[Mention], span: Span, cursor: &Cell<usize>) -> Option<Mention> {
    let reach = span.start.saturating_sub(200);
    let from = partition_from(mentions, cursor, |m| m.start() < reach);
    mentions[from..]
        .iter()
        .take_while(|m| m.start() < span.end)
        .find(|m| m.overlaps(span))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::{Mention, add_by_start};
    use crate::model::Span;

    /// The buckets are only a shortcut: lists long and short, with
    /// starts that share a bucket or the whole start, near the text's
    /// beginning or far into it, sort as the stable sort does, ties in
    /// entity order; where so many starts lie close together that the
    /// buckets would not pay, they place nothing and the plain sort does.
    #[test]
    fn by_start_sorts_as_the_stable_sort() {
        let (mut bucketed, mut sorted_plainly) = (0, 0);
        for (entities, per_entity, spread, base) in [
            (3, 5, 7, 0),
            (30, 170, 1, 0),
            (12, 40, 4099, 0),
            (7, 90, 1 << 23, 0),
            (9, 60, 3, 1 << 20),
            (4, 50, 0, 777_777),
        ] {
            let lists: Vec<Vec<Span>> = (0..entities)
                .map(|e| {
                    (0..per_entity)
                        .map(|k| {
                            let start = base + (k * 7919 + e * 104_729) % (per_entity * 3) * spread;
                            Span::new(start, start + e + 1)
                        })
                        .collect::<Vec<_>>()
                })
                .map(|mut list| {
                    list.sort_by_key(|s| s.start);
                    list
                })
                .collect();
            let mut expected: Vec<(Span, usize)> = lists
                .iter()
                .enumerate()
                .flat_map(|(e, list)| list.iter().map(move |&s| (s, e)))
                .collect();
            expected.sort_by_key(|&(span, _)| span.start);
            let mut sorted = vec![Mention::default()];
            let count = lists.iter().map(Vec::len).sum();
            add_by_start(&mut sorted, lists.iter().map(|l| &l[..]), count);
            let expected: Vec<Mention> = std::iter::once(Mention::default())
                .chain(expected.into_iter().map(|(s, e)| Mention::new(s, e)))
                .collect();
            assert_eq!(sorted, expected);
            // The buckets alone, where they take the lists on.
            let mut by_buckets = vec![Mention::default()];
            if super::by_buckets(&mut by_buckets, lists.iter().map(|l| &l[..]), count) {
                assert_eq!(by_buckets, expected);
                bucketed += 1;
            } else {
                assert_eq!(by_buckets.len(), 1, "nothing placed");
                sorted_plainly += 1;
            }
        }
        assert!(
            bucketed >= 3 && sorted_plainly >= 2,
            "{bucketed} {sorted_plainly}"
        );
    }
}
