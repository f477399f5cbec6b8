//! The analyses of a long text's blocks, joined into the analysis of the
//! whole text.
//!
//! A text longer than [`BLOCK`] is analysed a block at a time (see
//! [`Analyzer::analyze`](crate::Analyzer::analyze)), so that the stages'
//! working arrays (the tags, the entities' and the quotes' views of the
//! tokens) are the size of a block, not of the text, and stay in cache.
//! Each block is cut at a blank line and read with a lead-in: up to
//! [`LEAD_IN`] bytes of whole paragraphs before it, which the stages see
//! but whose results belong to the block before. A quote at the top of a
//! block whose speaker was named in the paragraph before ("siger han")
//! thus still finds that speaker.
//!
//! The join merges what the blocks found of one entity: a party by its
//! letter, an organization by its name, and a person by the words of the
//! name, as the people stage links the mentions of one text (the same
//! name; the same surname with a compatible first name; or one word of a
//! known name). What a block cannot see is the text beyond its lead-in:
//! a person a block names only by a surname no rule takes as a name on its
//! own is missed there, where the whole text, which named the person in
//! full earlier, would have linked it.

mod names;

use crate::entities::{add_role, push_lowercase};
use crate::model::{Analysis, Organization, Party, Person, Quote, Span};
use names::{NameKey, PeopleByName};
use std::borrow::Cow;
use std::collections::HashMap;

/// The length of text at or under which a text is analysed in one pass.
/// Every news article is far shorter; the bound serves documents of many
/// megabytes, whose analysis would otherwise hold tags and views for the
/// whole text at once.
pub(crate) const BLOCK: usize = 256 * 1024;

/// The most bytes of whole paragraphs before a block that are analysed
/// with it as context: several paragraphs of news, enough for the
/// paragraph that names a speaker and the one after it.
pub(crate) const LEAD_IN: usize = 2048;

/// An analysis put together from the analyses of consecutive blocks.
#[derive(Default)]
pub(crate) struct Joined {
    /// The blocks joined so far.
    whole: Analysis,
    /// The people of `whole` under the first and last words of their
    /// names.
    people_by_name: PeopleByName,
    /// The organizations of `whole` under their names without a legal
    /// form, lower-cased (see [`organization_key`]).
    organizations_by_name: HashMap<String, usize>,
    /// Whether a merge appended mentions out of text order.
    unsorted: bool,
}

/// Where a block's analysis lies in the whole text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place {
    /// The offset in the whole text of the text the block's offsets count
    /// from: of the piece of the text that was segmented whole.
    pub(crate) base: usize,
    /// Where in that text the block proper starts: what starts before
    /// lies in the lead-in and belongs to the block before.
    pub(crate) lead: usize,
}

impl Joined {
    /// An empty join, with room for the results of a text of `text_len`
    /// bytes, estimated from `first`, the analysis of its first block of
    /// `first_len` bytes. Reserving once keeps the output's lists from
    /// growing by doubling, each step of which leaves the old list's
    /// memory behind in the allocator.
    /// The segmentation is not joined: it is the whole text's already.
    pub(crate) fn with_room(first: &Analysis, first_len: usize, text_len: usize) -> Joined {
        let mut joined = Joined::default();
        let scale = |count: usize| {
            let estimate = count as f64 * text_len as f64 / first_len.max(1) as f64;
            (estimate * 1.1) as usize + 16
        };
        let whole = &mut joined.whole;
        whole.people.reserve(scale(first.people.len()));
        whole.dates.reserve(scale(first.dates.len()));
        whole.quotes.reserve(scale(first.quotes.len()));
        joined
    }

    /// Adds the entities, dates and quotes of the next block, which lies
    /// at `place`; its paragraphs, sentences and tokens are left out.
    pub(crate) fn add(&mut self, block: Analysis, place: Place) {
        let keep = place.lead;
        let base = place.base;
        let organizations = self.add_organizations(block.organizations, place);
        let people = self.add_people(block.people, &organizations, place);
        self.add_parties(block.parties, place);
        // Kept and shifted in place, and moved over whole.
        let mut dates = block.dates;
        dates.retain(|date| date.start >= keep);
        for date in &mut dates {
            date.start += base;
            date.end += base;
        }
        self.whole.dates.append(&mut dates);
        let quotes = block.quotes.into_iter().filter(|q| q.start >= keep);
        for quote in quotes {
            let quote = shift_quote(quote, base, &people, &organizations);
            self.whole.quotes.push(quote);
        }
    }

    /// The joined analysis.
    pub(crate) fn finish(mut self) -> Analysis {
        if self.unsorted {
            let whole = &mut self.whole;
            let lists = (whole.people.iter_mut().map(|p| &mut p.mentions))
                .chain(whole.organizations.iter_mut().map(|o| &mut o.mentions))
                .chain(whole.parties.iter_mut().map(|p| &mut p.mentions));
            for mentions in lists {
                mentions.sort_unstable_by_key(|m| m.start);
            }
        }
        // What the estimate of `with_room` reserved beyond the need.
        self.whole.people.shrink_to_fit();
        self.whole.dates.shrink_to_fit();
        self.whole.quotes.shrink_to_fit();
        self.whole
    }

    /// Adds a block's organizations; returns the index in the whole of
    /// each, `None` for one met only in the lead-in under a name the
    /// blocks before did not give it.
    fn add_organizations(
        &mut self,
        organizations: Vec<Organization>,
        place: Place,
    ) -> Vec<Option<usize>> {
        let mut indices = Vec::with_capacity(organizations.len());
        let mut key = String::new();
        for mut organization in organizations {
            keep_block_mentions(&mut organization.mentions, place);
            organization_key(&organization, &mut key);
            let index = match self.organizations_by_name.get(key.as_str()) {
                Some(&known) => {
                    let whole = &mut self.whole.organizations[known];
                    self.unsorted |=
                        append_mentions(&mut whole.mentions, &mut organization.mentions);
                    if organization.name.len() > whole.name.len() {
                        whole.name = organization.name;
                    }
                    if whole.legal_form.is_none() {
                        whole.legal_form = organization.legal_form;
                    }
                    Some(known)
                }
                None if organization.mentions.is_empty() => None,
                None => {
                    let index = self.whole.organizations.len();
                    self.organizations_by_name.insert(key.clone(), index);
                    self.whole.organizations.push(organization);
                    Some(index)
                }
            };
            indices.push(index);
        }
        indices
    }

    /// Adds a block's people, whose organizations are now at
    /// `organizations`; returns the index in the whole of each.
    fn add_people(
        &mut self,
        people: Vec<Person>,
        organizations: &[Option<usize>],
        place: Place,
    ) -> Vec<Option<usize>> {
        let mut indices = Vec::with_capacity(people.len());
        let mut name = NameKey::default();
        for mut person in people {
            keep_block_mentions(&mut person.mentions, place);
            person.organization = person
                .organization
                .and_then(|o| organizations.get(o).copied().flatten());
            name.read(&person.name);
            let index = match self.people_by_name.find(&self.whole.people, &name) {
                Some(known) => {
                    self.merge_person(known, person, &name);
                    Some(known)
                }
                None if person.mentions.is_empty() => None,
                None => {
                    let index = self.whole.people.len();
                    self.people_by_name.file(index, &name);
                    self.whole.people.push(person);
                    Some(index)
                }
            };
            indices.push(index);
        }
        indices
    }

    /// Adds a block's parties to the parties of the same letter.
    fn add_parties(&mut self, parties: Vec<Party>, place: Place) {
        for mut party in parties {
            keep_block_mentions(&mut party.mentions, place);
            if party.mentions.is_empty() {
                continue;
            }
            match self.whole.parties.iter_mut().find(|p| p.code == party.code) {
                Some(known) => {
                    self.unsorted |= append_mentions(&mut known.mentions, &mut party.mentions);
                }
                None => self.whole.parties.push(party),
            }
        }
    }

    /// Merges a block's `person`, whose name's words `name` holds, into
    /// the known person at `known`: the mentions joined, the longer name
    /// kept, and what the known person lacks taken from the block's.
    fn merge_person(&mut self, known: usize, mut person: Person, name: &NameKey) {
        let whole = &mut self.whole.people[known];
        self.unsorted |= append_mentions(&mut whole.mentions, &mut person.mentions);
        whole.party = whole.party.take().or(person.party);
        whole.organization = whole.organization.or(person.organization);
        whole.gender = whole.gender.or(person.gender);
        for role in person.roles {
            add_role(&mut whole.roles, Cow::Owned(role));
        }
        if name.len() > self.people_by_name.words(known) {
            whole.name = person.name;
            self.people_by_name.file(known, name);
        }
    }
}

/// Keeps the mentions that lie in the block proper, shifted into the
/// whole text.
fn keep_block_mentions(mentions: &mut Vec<Span>, place: Place) {
    mentions.retain(|m| m.start >= place.lead);
    for mention in mentions.iter_mut() {
        *mention = shift(*mention, place.base);
    }
}

/// `span` moved `by` bytes on.
fn shift(span: Span, by: usize) -> Span {
    Span::new(span.start + by, span.end + by)
}

/// Moves the mentions of `next` to the end of `known`'s; returns whether
/// that put them out of text order, for [`Joined::finish`] to sort.
fn append_mentions(known: &mut Vec<Span>, next: &mut Vec<Span>) -> bool {
    let out_of_order = match (known.last(), next.first()) {
        (Some(last), Some(first)) => last.start > first.start,
        _ => false,
    };
    known.append(next);
    out_of_order
}

/// `quote` shifted into the whole text, its speaker's indices mapped
/// through `people` and `organizations`.
fn shift_quote(
    mut quote: Quote,
    base: usize,
    people: &[Option<usize>],
    organizations: &[Option<usize>],
) -> Quote {
    quote.start += base;
    quote.end += base;
    quote.cue = quote.cue.map(|cue| shift(cue, base));
    quote.addressee = quote.addressee.map(|a| shift(a, base));
    if let Some(speaker) = &mut quote.speaker {
        speaker.start += base;
        speaker.end += base;
        speaker.person = speaker
            .person
            .and_then(|p| people.get(p).copied().flatten());
        speaker.organization = speaker
            .organization
            .and_then(|o| organizations.get(o).copied().flatten());
    }
    quote
}

/// The name an organization is known by across blocks: its name without
/// its legal form, lower-cased, so that "Vestas A/S" in one block and
/// "Vestas" in the next are one, as the organizations stage links them
/// within a block. Written into `key`, which the join keeps from one
/// organization to the next: most organizations of a block are known
/// already, and are looked up with no string of their own.
fn organization_key(organization: &Organization, key: &mut String) {
    let name = organization.name.as_str();
    let bare = organization
        .legal_form
        .as_deref()
        .and_then(|form| name.strip_suffix(form))
        .map_or(name, str::trim_end);
    key.clear();
    push_lowercase(bare, key);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::RECENT_NAMESAKES;
    use crate::model::{DateMention, Grain, OrganizationKind, QuoteKind, Speaker};

    /// A person with only a name and mentions, as a block finds one.
    fn person(name: &str, mentions: &[(usize, usize)]) -> Person {
        Person {
            name: name.to_string(),
            mentions: spans(mentions),
            party: None,
            roles: Vec::new(),
            organization: None,
            gender: None,
        }
    }

    /// A company with mentions.
    fn organization(name: &str, mentions: &[(usize, usize)]) -> Organization {
        Organization {
            name: name.to_string(),
            kind: OrganizationKind::Company,
            legal_form: None,
            mentions: spans(mentions),
        }
    }

    /// Spans from pairs, to keep the blocks below short.
    fn spans(pairs: &[(usize, usize)]) -> Vec<Span> {
        pairs
            .iter()
            .map(|&(start, end)| Span::new(start, end))
            .collect()
    }

    /// A block of people alone.
    fn people(list: Vec<Person>) -> Analysis {
        Analysis {
            people: list,
            ..Analysis::default()
        }
    }

    /// The blocks joined, each at its place, with no lead-ins.
    fn join(blocks: Vec<(Analysis, usize)>) -> Analysis {
        let mut joined = Joined::default();
        for (block, base) in blocks {
            joined.add(block, Place { base, lead: 0 });
        }
        joined.finish()
    }

    /// Blocks of one person each, `(name, mention, base)`, joined.
    fn one_a_block(blocks: &[(&str, (usize, usize), usize)]) -> Analysis {
        let block = |&(name, mention, base): &(&str, (usize, usize), usize)| {
            (people(vec![person(name, &[mention])]), base)
        };
        join(blocks.iter().map(block).collect())
    }

    /// Each person's name and mention starts.
    fn names(analysis: &Analysis) -> Vec<(&str, Vec<usize>)> {
        let starts = |p: &Person| p.mentions.iter().map(|m| m.start).collect();
        analysis
            .people
            .iter()
            .map(|p| (p.name.as_str(), starts(p)))
            .collect()
    }

    #[test]
    fn a_surname_alone_in_a_later_block_joins_the_full_name() {
        let joined = one_a_block(&[("Ole Bech", (0, 8), 0), ("Bech", (5, 9), 100)]);
        assert_eq!(names(&joined), [("Ole Bech", vec![0, 105])]);
    }

    #[test]
    fn a_full_name_in_a_later_block_replaces_a_surname_alone() {
        let joined = one_a_block(&[("Bech", (0, 4), 0), ("Ole Bech", (5, 13), 100)]);
        assert_eq!(names(&joined), [("Ole Bech", vec![0, 105])]);
    }

    #[test]
    fn a_person_renamed_by_a_longer_name_is_found_under_its_new_first_name() {
        let joined = one_a_block(&[
            ("Bech", (0, 4), 0),
            ("Ole Bech", (0, 8), 100),
            ("Ole", (0, 3), 200),
        ]);
        assert_eq!(names(&joined), [("Ole Bech", vec![0, 100, 200])]);
    }

    #[test]
    fn two_first_names_with_one_surname_stay_two_people() {
        let joined = one_a_block(&[("Ole Bech", (0, 8), 0), ("Karen Bech", (0, 10), 100)]);
        assert_eq!(
            names(&joined),
            [("Ole Bech", vec![0]), ("Karen Bech", vec![100])]
        );
    }

    #[test]
    fn a_surname_alone_joins_the_latest_of_two_full_names_that_hold_it() {
        let first = vec![
            person("Ole Bech", &[(0, 8)]),
            person("Karen Bech", &[(20, 30)]),
        ];
        let joined = join(vec![
            (people(first), 0),
            (people(vec![person("Bech", &[(0, 4)])]), 100),
        ]);
        assert_eq!(
            names(&joined),
            [("Ole Bech", vec![0]), ("Karen Bech", vec![20, 100])]
        );
    }

    #[test]
    fn a_first_name_alone_joins_the_longest_name_that_starts_with_it() {
        let first = vec![
            person("Ole Bech Hansen", &[(0, 15)]),
            person("Ole Bech", &[(20, 28)]),
        ];
        let joined = join(vec![
            (people(first), 0),
            (people(vec![person("Ole", &[(0, 3)])]), 100),
        ]);
        assert_eq!(
            names(&joined),
            [("Ole Bech Hansen", vec![0, 100]), ("Ole Bech", vec![20])]
        );
    }

    #[test]
    fn a_name_with_an_initial_joins_the_name_without_it() {
        let joined = one_a_block(&[("Ole B. Bech", (0, 11), 0), ("Ole Bech", (0, 8), 100)]);
        assert_eq!(names(&joined), [("Ole B. Bech", vec![0, 100])]);
    }

    #[test]
    fn a_surname_with_a_middle_name_joins_the_full_name() {
        let joined = one_a_block(&[
            ("Claus Hjort Frederiksen", (0, 23), 0),
            ("Hjort Frederiksen", (0, 17), 100),
        ]);
        assert_eq!(names(&joined), [("Claus Hjort Frederiksen", vec![0, 100])]);
    }

    #[test]
    fn names_are_joined_whatever_their_case() {
        let joined = one_a_block(&[("Ole Bech", (0, 8), 0), ("BECH", (0, 4), 100)]);
        assert_eq!(names(&joined), [("Ole Bech", vec![0, 100])]);
    }

    #[test]
    fn a_joined_person_takes_the_party_roles_and_gender_it_lacked() {
        let mut later = person("Bech", &[(0, 4)]);
        later.party = Some("V".to_string());
        later.roles = vec!["minister".to_string(), "formand".to_string()];
        later.gender = Some(crate::model::Gender::Male);
        let mut first = person("Ole Bech", &[(0, 8)]);
        first.roles = vec!["formand".to_string()];
        let joined = join(vec![(people(vec![first]), 0), (people(vec![later]), 100)]);
        let ole = &joined.people[0];
        assert_eq!(ole.party.as_deref(), Some("V"));
        assert_eq!(ole.roles, ["formand", "minister"]);
        // Added a role at a time, as the people stage adds them.
        assert_eq!(ole.roles.capacity(), 2);
        assert_eq!(ole.gender, Some(crate::model::Gender::Male));
    }

    #[test]
    fn organizations_of_one_name_and_parties_of_one_code_are_one() {
        let party = |mentions: &[(usize, usize)]| Party {
            code: "S".to_string(),
            name: "Socialdemokratiet".to_string(),
            mentions: spans(mentions),
        };
        let block = |at: &[(usize, usize)]| Analysis {
            organizations: vec![organization("Vestas A/S", at)],
            parties: vec![party(at)],
            ..Analysis::default()
        };
        let joined = join(vec![(block(&[(0, 5)]), 0), (block(&[(2, 7)]), 100)]);
        assert_eq!(joined.organizations.len(), 1);
        assert_eq!(
            joined.organizations[0].mentions,
            spans(&[(0, 5), (102, 107)])
        );
        assert_eq!(joined.parties.len(), 1);
        assert_eq!(joined.parties[0].mentions, spans(&[(0, 5), (102, 107)]));
    }

    #[test]
    fn speakers_and_organizations_of_people_are_renumbered_into_the_whole() {
        let first = Analysis {
            people: vec![person("Mette Lund", &[(0, 10)])],
            organizations: vec![organization("Folketinget", &[(20, 31)])],
            ..Analysis::default()
        };
        let mut karen = person("Karen Holm", &[(0, 10)]);
        karen.organization = Some(0);
        let speaker = Speaker {
            start: 40,
            end: 50,
            person: Some(1),
            organization: Some(1),
        };
        let second = Analysis {
            people: vec![karen, person("Mette Lund", &[(40, 50)])],
            organizations: vec![
                organization("Vestas A/S", &[(14, 24)]),
                organization("Folketinget", &[(30, 41)]),
            ],
            quotes: vec![quote(60, Some(speaker))],
            ..Analysis::default()
        };
        let joined = join(vec![(first, 0), (second, 100)]);
        let speaker = joined.quotes[0].speaker.unwrap();
        assert_eq!(
            (speaker.start, speaker.person, speaker.organization),
            (140, Some(0), Some(0))
        );
        assert_eq!(joined.people[1].name, "Karen Holm");
        assert_eq!(joined.people[1].organization, Some(1));
        assert_eq!(joined.organizations[1].name, "Vestas A/S");
    }

    /// A quote of ten bytes at `start`.
    fn quote(start: usize, speaker: Option<Speaker>) -> Quote {
        Quote {
            start,
            end: start + 10,
            kind: QuoteKind::Direct,
            cue: Some(Span::new(start + 12, start + 17)),
            speaker,
            addressee: None,
        }
    }

    /// A block with a date and a quote of five bytes at each of `starts`.
    fn five_byte_block(starts: &[usize]) -> Analysis {
        let mut block = Analysis::default();
        for &start in starts {
            let end = start + 5;
            let (value, grain, relative) = (None, Grain::Year, false);
            block.dates.push(DateMention {
                start,
                end,
                value,
                grain,
                relative,
            });
            block.quotes.push(quote(start, None));
        }
        block
    }

    #[test]
    fn what_lies_in_the_lead_in_is_dropped_and_the_rest_shifted() {
        let mut joined = Joined::default();
        joined.add(five_byte_block(&[0]), Place { base: 0, lead: 0 });
        let lead_in = Place {
            base: 1000,
            lead: 7,
        };
        joined.add(five_byte_block(&[0, 7]), lead_in);
        assert_eq!(joined.finish(), five_byte_block(&[0, 1007]));
    }

    #[test]
    fn a_person_met_only_in_the_lead_in_under_a_new_name_is_left_out() {
        let speaker = Speaker {
            start: 0,
            end: 9,
            person: Some(0),
            organization: None,
        };
        let block = Analysis {
            people: vec![person("Jens Kirk", &[(0, 9)])],
            quotes: vec![quote(30, Some(speaker))],
            ..Analysis::default()
        };
        let mut joined = Joined::default();
        joined.add(
            block,
            Place {
                base: 500,
                lead: 20,
            },
        );
        let whole = joined.finish();
        assert!(whole.people.is_empty());
        assert_eq!(whole.quotes[0].speaker.unwrap().person, None);
    }

    #[test]
    fn a_person_met_only_in_the_lead_in_still_names_a_known_speaker() {
        let speaker = Speaker {
            start: 25,
            end: 28,
            person: Some(0),
            organization: None,
        };
        let block = Analysis {
            people: vec![person("Ole Bech", &[(0, 8)])],
            quotes: vec![quote(30, Some(speaker))],
            ..Analysis::default()
        };
        let mut joined = Joined::default();
        joined.add(
            people(vec![person("Ole Bech", &[(480, 488)])]),
            Place { base: 0, lead: 0 },
        );
        joined.add(
            block,
            Place {
                base: 480,
                lead: 20,
            },
        );
        let whole = joined.finish();
        assert_eq!(names(&whole), [("Ole Bech", vec![480])]);
        assert_eq!(whole.quotes[0].speaker.unwrap().person, Some(0));
    }

    #[test]
    fn mentions_joined_out_of_order_come_back_in_text_order() {
        let joined = one_a_block(&[("Ole Bech", (500, 508), 0), ("Bech", (5, 9), 100)]);
        assert_eq!(names(&joined), [("Ole Bech", vec![105, 500])]);
    }

    #[test]
    fn a_name_with_an_initial_without_a_full_stop_keeps_the_name_without_it() {
        let joined = one_a_block(&[("Ole Bech", (0, 8), 0), ("Ole B Bech", (0, 10), 100)]);
        assert_eq!(names(&joined), [("Ole Bech", vec![0, 100])]);
    }

    #[test]
    fn an_organization_with_and_without_its_legal_form_is_one() {
        let mut with_form = organization("Vestas A/S", &[(0, 10)]);
        with_form.legal_form = Some("A/S".to_string());
        let first = Analysis {
            organizations: vec![with_form],
            ..Analysis::default()
        };
        let second = Analysis {
            organizations: vec![organization("VESTAS", &[(0, 6)])],
            ..Analysis::default()
        };
        let joined = join(vec![(first, 0), (second, 100)]);
        assert_eq!(joined.organizations.len(), 1);
        assert_eq!(joined.organizations[0].name, "Vestas A/S");
        assert_eq!(
            joined.organizations[0].mentions,
            spans(&[(0, 10), (100, 106)])
        );
    }

    #[test]
    fn a_person_is_compared_with_the_latest_people_under_a_word_only() {
        let mut first = vec![person("Hans Peter Jensen", &[(0, 17)])];
        first.extend(
            (1..=RECENT_NAMESAKES)
                .map(|i| person(&format!("Navn{i} Jensen"), &[(i * 20, i * 20 + 12)])),
        );
        let joined = join(vec![
            (people(first), 0),
            (people(vec![person("Jensen", &[(0, 6)])]), 1000),
        ]);
        // Within reach, the longest name would take the mention; out of
        // reach, the latest of the others does.
        assert_eq!(joined.people[0].mentions.len(), 1);
        assert_eq!(
            joined.people[RECENT_NAMESAKES].mentions.last(),
            Some(&Span::new(1000, 1006))
        );
    }
}
