//! The joined people under the words of their names, for the join to
//! find the person a block's person is.
//!
//! A long text names tens of thousands of people, and the join keeps
//! this index for all of them until the last block is added, so it holds
//! no text: a word is filed under its hash, and a person's words are read
//! again from the person's name when the person is a candidate. Reading
//! them again costs a lower-casing of a few words, for the few people
//! filed under a block person's words; holding them cost more than a
//! megabyte on ten megabytes of news.

use crate::entities::{RECENT_NAMESAKES, names_fit};
use crate::lexicon::{FastMap, FxHasher};
use crate::model::Person;
use std::hash::Hasher;

/// No filing: the end of a word's chain.
const NONE: u32 = u32::MAX;

/// One person filed under one word, in eight bytes: a text would need
/// billions of people with names of their own for an index not to fit,
/// and a person who does not fit is left unfiled (see
/// [`PeopleByName::file`]).
#[derive(Clone, Copy)]
struct Filing {
    /// The person's index among the joined people.
    person: u32,
    /// The filing before it under a word of the same hash, or [`NONE`].
    earlier: u32,
}

/// The joined people under the first and last words of their names,
/// newest first.
#[derive(Default)]
pub(super) struct PeopleByName {
    /// The latest filing under each word, by the word's hash.
    latest: FastMap<u64, u32>,
    /// Every filing, oldest first.
    filings: Vec<Filing>,
}

impl PeopleByName {
    /// The person among `people` that a block's person named by `words`
    /// is: among the [`RECENT_NAMESAKES`] people filed last under its
    /// first or last word, the one with the longest name that fits, the
    /// latest on a tie.
    pub(super) fn find(&self, people: &[Person], words: &[&str]) -> Option<usize> {
        let (first, last) = (*words.first()?, *words.last()?);
        let mut known_key = String::new();
        let mut best: Option<(usize, usize)> = None;
        for word in [last, first] {
            let mut at = self.latest.get(&hash(word)).copied().unwrap_or(NONE);
            let mut tried = 0;
            while let (Some(filing), true) =
                (self.filings.get(at as usize), tried < RECENT_NAMESAKES)
            {
                at = filing.earlier;
                let index = filing.person as usize;
                let Some(person) = people.get(index) else {
                    continue;
                };
                name_key(&person.name, &mut known_key);
                let known = split(&known_key);
                // A person filed under another word of the same hash.
                if !known.contains(&word) {
                    continue;
                }
                tried += 1;
                let longer = best.is_none_or(|(b, best_len)| {
                    known.len() > best_len || (known.len() == best_len && index > b)
                });
                if longer && names_fit(words, &known) {
                    best = Some((index, known.len()));
                }
            }
        }
        best.map(|(index, _)| index)
    }

    /// Files the person at `index` under the first and last of `words`;
    /// leaves a person unfiled whose index, or whose filing's, does not
    /// fit in 32 bits, whom later blocks then take for someone new.
    pub(super) fn file(&mut self, index: usize, words: &[&str]) {
        let (Ok(person), Ok(filing)) = (u32::try_from(index), u32::try_from(self.filings.len()))
        else {
            return;
        };
        let ends = [words.first(), words.last().filter(|_| words.len() > 1)];
        let mut next = filing;
        for word in ends.into_iter().flatten() {
            let latest = self.latest.entry(hash(word)).or_insert(NONE);
            let filed_last = self.filings.get(*latest as usize).map(|f| f.person);
            if filed_last != Some(person) && next != NONE {
                self.filings.push(Filing {
                    person,
                    earlier: *latest,
                });
                *latest = next;
                next += 1;
            }
        }
    }
}

/// The words of a name the join compares, lower-cased and without
/// initials ("A.", "A"), as the people stage leaves initials out of a
/// name's words, written into `key` one space apart.
pub(super) fn name_key(name: &str, key: &mut String) {
    key.clear();
    let words = name.split_whitespace();
    for word in words.filter(|word| !word.ends_with('.') && word.chars().nth(1).is_some()) {
        if !key.is_empty() {
            key.push(' ');
        }
        if word.is_ascii() {
            key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            key.push_str(&word.to_lowercase());
        }
    }
}

/// The words of a key [`name_key`] wrote.
pub(super) fn split(key: &str) -> Vec<&str> {
    key.split(' ').filter(|word| !word.is_empty()).collect()
}

/// A word's hash: FxHash, which maps a word of up to eight bytes to a
/// number no other such word has. A longer word may share it, which
/// [`PeopleByName::find`] checks.
fn hash(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> String {
        let mut key = String::new();
        name_key(name, &mut key);
        key
    }

    fn person(name: &str) -> Person {
        Person {
            name: name.to_string(),
            mentions: Vec::new(),
            party: None,
            roles: Vec::new(),
            organization: None,
            gender: None,
        }
    }

    /// The index of `names`, each filed in turn.
    fn filed(names: &[&str]) -> (PeopleByName, Vec<Person>) {
        let mut index = PeopleByName::default();
        for (i, name) in names.iter().enumerate() {
            index.file(i, &split(&key(name)));
        }
        (index, names.iter().map(|name| person(name)).collect())
    }

    #[test]
    fn name_keys_are_lower_cased_without_initials() {
        assert_eq!(key("Ole B. Bech"), "ole bech");
        assert_eq!(key("Ole B Bech"), "ole bech");
        assert_eq!(key("ÅSE ØSTERGÅRD"), "åse østergård");
        assert_eq!(key("A. B."), "");
        assert!(split("").is_empty());
    }

    #[test]
    fn a_surname_finds_the_person_filed_under_it() {
        let (index, people) = filed(&["Mette Frederiksen", "Lars Løkke Rasmussen"]);
        assert_eq!(index.find(&people, &["rasmussen"]), Some(1));
        assert_eq!(index.find(&people, &["mette"]), Some(0));
        assert_eq!(index.find(&people, &["løkke"]), None);
    }

    #[test]
    fn a_word_is_filed_once_for_a_person_filed_last_under_it() {
        let (mut index, _) = filed(&["Ole Ole"]);
        index.file(0, &["ole"]);
        assert_eq!(index.filings.len(), 1);
    }

    #[test]
    fn a_person_filed_under_a_word_of_the_same_hash_is_passed_over() {
        let (mut index, people) = filed(&["Anne Holm"]);
        // Forge a clash: the filing of "holm" made the latest under the
        // hash of "hansen" too.
        index.latest.insert(hash("hansen"), 0);
        assert_eq!(index.find(&people, &["hansen"]), None);
        assert_eq!(index.find(&people, &["holm"]), Some(0));
    }
}
