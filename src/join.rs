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

use crate::model::{
    Analysis, DateMention, Organization, Paragraph, Party, Person, Quote, Sentence, Span,
};
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
    /// The lower-cased name words of each person of `whole`, in step with
    /// `whole.people`.
    words: Vec<Vec<String>>,
    /// The people of `whole` under the first and last words of their
    /// names, oldest first.
    people_by_word: HashMap<String, Vec<usize>>,
    /// The organizations of `whole` under their names.
    organizations_by_name: HashMap<String, usize>,
    /// Whether a merge appended mentions out of text order.
    unsorted: bool,
}

/// Where a block's analysis lies in the whole text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Place {
    /// The offset in the whole text of the analysed text, lead-in first.
    pub(crate) base: usize,
    /// The length of the lead-in, whose results belong to the block before.
    pub(crate) lead: usize,
}

impl Joined {
    /// An empty join, with room for the results of a text of `text_len`
    /// bytes, estimated from `first`, the analysis of its first block of
    /// `first_len` bytes. Reserving once keeps the output's lists from
    /// growing by doubling, each step of which leaves the old list's
    /// memory behind in the allocator.
    pub(crate) fn with_room(first: &Analysis, first_len: usize, text_len: usize) -> Joined {
        let mut joined = Joined::default();
        let scale = |count: usize| {
            let estimate = count as f64 * text_len as f64 / first_len.max(1) as f64;
            (estimate * 1.1) as usize + 16
        };
        let whole = &mut joined.whole;
        whole.paragraphs.reserve(scale(first.paragraphs.len()));
        whole.sentences.reserve(scale(first.sentences.len()));
        whole.tokens.reserve(scale(first.tokens.len()));
        whole.dates.reserve(scale(first.dates.len()));
        whole.quotes.reserve(scale(first.quotes.len()));
        joined
    }

    /// Adds the analysis of the next block, which lies at `place`.
    pub(crate) fn add(&mut self, block: Analysis, place: Place) {
        let keep = place.lead;
        let skipped_paragraphs = block.paragraphs.partition_point(|p| p.start < keep);
        let paragraphs_before = self.whole.paragraphs.len();
        let base = place.base;
        self.whole
            .paragraphs
            .extend(
                block.paragraphs[skipped_paragraphs..]
                    .iter()
                    .map(|&p| Paragraph {
                        start: p.start + base,
                        end: p.end + base,
                    }),
            );
        let skipped_sentences = block.sentences.partition_point(|s| s.start < keep);
        self.whole
            .sentences
            .extend(
                block.sentences[skipped_sentences..]
                    .iter()
                    .map(|s| Sentence {
                        start: s.start + base,
                        end: s.end + base,
                        paragraph: s.paragraph - skipped_paragraphs + paragraphs_before,
                    }),
            );
        let skipped_tokens = block.tokens.iter().take_while(|t| t.start < keep).count();
        self.whole
            .tokens
            .append_piece(&block.tokens, skipped_tokens, base);
        let organizations = self.add_organizations(block.organizations, place);
        let people = self.add_people(block.people, &organizations, place);
        self.add_parties(block.parties, place);
        let dates = block.dates.into_iter().filter(|d| d.start >= keep);
        self.whole.dates.extend(dates.map(|date| DateMention {
            start: date.start + base,
            end: date.end + base,
            ..date
        }));
        let quotes = block.quotes.into_iter().filter(|q| q.start >= keep);
        for quote in quotes {
            let quote = shift_quote(quote, base, &people, &organizations);
            self.whole.quotes.push(quote);
        }
    }

    /// The joined analysis.
    pub(crate) fn finish(mut self) -> Analysis {
        if self.unsorted {
            let by_start = |mentions: &mut Vec<Span>| mentions.sort_unstable_by_key(|m| m.start);
            self.whole
                .people
                .iter_mut()
                .for_each(|p| by_start(&mut p.mentions));
            let organizations = self.whole.organizations.iter_mut();
            organizations.for_each(|o| by_start(&mut o.mentions));
            self.whole
                .parties
                .iter_mut()
                .for_each(|p| by_start(&mut p.mentions));
        }
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
        for mut organization in organizations {
            keep_block_mentions(&mut organization.mentions, place);
            let index = match self.organizations_by_name.get(&organization.name) {
                Some(&known) => {
                    let whole = &mut self.whole.organizations[known];
                    self.unsorted |= !follows(&whole.mentions, &organization.mentions);
                    whole.mentions.append(&mut organization.mentions);
                    if whole.legal_form.is_none() {
                        whole.legal_form = organization.legal_form;
                    }
                    Some(known)
                }
                None if organization.mentions.is_empty() => None,
                None => {
                    let index = self.whole.organizations.len();
                    self.organizations_by_name
                        .insert(organization.name.clone(), index);
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
        for mut person in people {
            keep_block_mentions(&mut person.mentions, place);
            person.organization = person
                .organization
                .and_then(|o| organizations.get(o).copied().flatten());
            let words = name_words(&person.name);
            let index = match self.known_person(&words) {
                Some(known) => {
                    self.merge_person(known, person, words);
                    Some(known)
                }
                None if person.mentions.is_empty() => None,
                None => {
                    let index = self.whole.people.len();
                    self.name_under_words(index, &words);
                    self.whole.people.push(person);
                    self.words.push(words);
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
                    self.unsorted |= !follows(&known.mentions, &party.mentions);
                    known.mentions.append(&mut party.mentions);
                }
                None => self.whole.parties.push(party),
            }
        }
    }

    /// The known person a block's person named by `words` is: among the
    /// people named under its first or last word, the one with the
    /// longest name that fits, the latest on a tie.
    fn known_person(&self, words: &[String]) -> Option<usize> {
        let (first, last) = (words.first()?, words.last()?);
        let under = |word: &String| self.people_by_word.get(word).into_iter().flatten();
        let mut best: Option<usize> = None;
        for &index in under(last).chain(under(first)) {
            let known = &self.words[index];
            let fits = if words.len() == 1 || known.len() == 1 {
                true
            } else {
                known.last() == Some(last)
                    && (known.first() == Some(first)
                        || is_subsequence(words, known)
                        || is_subsequence(known, words))
            };
            let longer = best.is_none_or(|b| {
                let best_len = self.words[b].len();
                known.len() > best_len || (known.len() == best_len && index > b)
            });
            if fits && longer {
                best = Some(index);
            }
        }
        best
    }

    /// Merges a block's `person`, named by `words`, into the known person
    /// at `known`: the mentions joined, the longer name kept, and what the
    /// known person lacks taken from the block's.
    fn merge_person(&mut self, known: usize, mut person: Person, words: Vec<String>) {
        let whole = &mut self.whole.people[known];
        self.unsorted |= !follows(&whole.mentions, &person.mentions);
        whole.mentions.append(&mut person.mentions);
        whole.party = whole.party.take().or(person.party);
        whole.organization = whole.organization.or(person.organization);
        whole.gender = whole.gender.or(person.gender);
        for role in person.roles {
            if !whole.roles.contains(&role) {
                whole.roles.push(role);
            }
        }
        if words.len() > self.words[known].len() {
            whole.name = person.name;
            self.name_under_words(known, &words);
            self.words[known] = words;
        }
    }

    /// Files the person at `index` under the first and last of `words`.
    fn name_under_words(&mut self, index: usize, words: &[String]) {
        let ends = [words.first(), words.last().filter(|_| words.len() > 1)];
        for word in ends.into_iter().flatten() {
            let list = self.people_by_word.entry(word.clone()).or_default();
            if list.last() != Some(&index) {
                list.push(index);
            }
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

/// Whether `next` starts after every mention of `known`.
fn follows(known: &[Span], next: &[Span]) -> bool {
    match (known.last(), next.first()) {
        (Some(last), Some(first)) => last.start <= first.start,
        _ => true,
    }
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

/// The lower-cased words of a name, initials ("A.") left out.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|word| !word.ends_with('.'))
        .map(str::to_lowercase)
        .collect()
}

/// Whether every word of `short` occurs in `long`, in order.
fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|word| rest.any(|w| w == word))
}
