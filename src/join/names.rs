//! The joined people under the words of their names, for the join to
//! find the person a block's person is.
//!
//! A long text names tens of thousands of people, and the join keeps
//! this index for all of them until the last block is added, so it holds
//! no text: a word is filed under its 64-bit hash, and each person has a
//! signature, the count of its name's words and the hashes of the first
//! and the last. The signatures settle the rule for nearly every
//! candidate; a person's words are read again from its name only for a
//! longer name with the same surname and another first word. Holding
//! every person's words cost more than five megabytes on ten megabytes
//! of news.

use crate::entities::{RECENT_NAMESAKES, names_fit, push_lowercase};
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
    /// The filing before it under the same word's hash, or [`NONE`].
    earlier: u32,
}

/// What [`names_fit`] needs to know of a person's name before its words:
/// how many there are, and the hashes of the first and the last.
#[derive(Clone, Copy, Default)]
struct Signature {
    /// The number of words.
    words: usize,
    /// The [`hash`] of the first word.
    first: u64,
    /// The [`hash`] of the last word.
    last: u64,
}

/// The words of a name as the join compares them: lower-cased, and
/// without initials ("A.", "A"), as the people stage leaves initials out
/// of a name's words. The join reads every person of every block, so one
/// key is read again and again, with no string or list of its own for
/// each name.
#[derive(Default)]
pub(super) struct NameKey {
    /// The lower-cased words, one after another.
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<usize>,
    /// The name's signature, worked out once for the search and the
    /// filing of one name.
    signature: Signature,
}

impl NameKey {
    /// Reads the words of `name`, in place of the name read before.
    pub(super) fn read(&mut self, name: &str) {
        self.text.clear();
        self.ends.clear();
        let initial = |word: &str| {
            let first = word.chars().next().map_or(0, char::len_utf8);
            word.ends_with('.') || word.len() <= first
        };
        for word in name.split_whitespace().filter(|&word| !initial(word)) {
            // Lowered as the people stage lowers a name's words.
            push_lowercase(word, &mut self.text);
            self.ends.push(self.text.len());
        }
        let words = self.len();
        self.signature = Signature {
            words,
            first: self.word(0).map_or(0, hash),
            last: words
                .checked_sub(1)
                .and_then(|last| self.word(last))
                .map_or(0, hash),
        };
    }

    /// How many words the name has.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The word at `at`, if there is one.
    fn word(&self, at: usize) -> Option<&str> {
        let end = *self.ends.get(at)?;
        let start = at.checked_sub(1).and_then(|before| self.ends.get(before));
        let start = start.copied().unwrap_or(0);
        self.text.get(start..end)
    }

    /// The words, in order.
    fn words(&self) -> Vec<&str> {
        (0..self.len()).filter_map(|at| self.word(at)).collect()
    }
}

/// The joined people under the first and last words of their names,
/// newest first.
#[derive(Default)]
pub(super) struct PeopleByName {
    /// The latest filing under each word, by the word's hash.
    latest: FastMap<u64, u32>,
    /// Every filing, oldest first.
    filings: Vec<Filing>,
    /// Each filed person's signature, by index.
    signatures: Vec<Signature>,
}

impl PeopleByName {
    /// The person among `people` that a block's person named `name` is:
    /// among the [`RECENT_NAMESAKES`] people filed last under its first
    /// or last word, the one with the longest name that fits, the latest
    /// on a tie.
    ///
    /// Two words are taken for the same when their 64-bit hashes are,
    /// which for words of up to eight bytes they are only when the words
    /// are; two longer words share a hash with a chance of about one in
    /// 2^64.
    pub(super) fn find(&self, people: &[Person], name: &NameKey) -> Option<usize> {
        if name.len() == 0 {
            return None;
        }
        let signature = name.signature;
        let mut known_key = NameKey::default();
        // The name's words as a list, made only if a candidate needs
        // them, and then once.
        let mut words: Option<Vec<&str>> = None;
        let mut best: Option<(usize, usize)> = None;
        for index in self
            .filed_under(signature.last)
            .chain(self.filed_under(signature.first))
        {
            let Some(known) = self.signatures.get(index) else {
                continue;
            };
            let longer = best.is_none_or(|(b, best_words)| {
                known.words > best_words || (known.words == best_words && index > b)
            });
            if !longer {
                continue;
            }
            let fits = match fit_by_signature(&signature, known) {
                Some(fits) => fits,
                None => people.get(index).is_some_and(|person| {
                    known_key.read(&person.name);
                    let words = words.get_or_insert_with(|| name.words());
                    names_fit(words, &known_key.words())
                }),
            };
            if fits {
                best = Some((index, known.words));
            }
        }
        best.map(|(index, _)| index)
    }

    /// The [`RECENT_NAMESAKES`] people filed last under the word whose
    /// hash is `word`, newest first. Only those, as in the people stage: a
    /// long text with thousands of Jensens must not cost thousands of
    /// checks per person of each block.
    fn filed_under(&self, word: u64) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.latest.get(&word).copied().unwrap_or(NONE);
        std::iter::from_fn(move || {
            let filing = self.filings.get(at as usize)?;
            at = filing.earlier;
            Some(filing.person as usize)
        })
        .take(RECENT_NAMESAKES)
    }

    /// Files the person at `index` under the first and last words of
    /// `name`, its name now; leaves a person unfiled whose index, or
    /// whose filing's, does not fit in 32 bits, whom later blocks then
    /// take for someone new.
    pub(super) fn file(&mut self, index: usize, name: &NameKey) {
        let Ok(person) = u32::try_from(index) else {
            return;
        };
        let signature = name.signature;
        if self.signatures.len() <= index {
            self.signatures.resize(index + 1, Signature::default());
        }
        self.signatures[index] = signature;
        // The first word's hash, and the last's when it is another word.
        let ends = [signature.first, signature.last];
        for &word in &ends[..name.len().min(2)] {
            let Some(next) = u32::try_from(self.filings.len())
                .ok()
                .filter(|&n| n != NONE)
            else {
                return;
            };
            let latest = self.latest.entry(word).or_insert(NONE);
            if self.filings.get(*latest as usize).map(|f| f.person) != Some(person) {
                self.filings.push(Filing {
                    person,
                    earlier: *latest,
                });
                *latest = next;
            }
        }
    }

    /// The number of words of the name of the person filed at `index`.
    pub(super) fn words(&self, index: usize) -> usize {
        self.signatures.get(index).map_or(0, |s| s.words)
    }
}

/// The rule of [`names_fit`] on two names' signatures, where they settle
/// it: always with one word on either side; else never with different
/// surnames; else always with the same first name too; else never with as
/// many words on each side, as neither is then a subsequence of the
/// other. `None` leaves it to the words: a longer name with the same
/// surname and another first word ("Claus Hjort Frederiksen", "Hjort
/// Frederiksen").
fn fit_by_signature(name: &Signature, known: &Signature) -> Option<bool> {
    if name.words == 1 || known.words == 1 {
        return Some(true);
    }
    if name.last != known.last {
        return Some(false);
    }
    if name.first == known.first {
        return Some(true);
    }
    if name.words == known.words {
        return Some(false);
    }
    None
}

/// A word's hash: FxHash, which maps a word of up to eight bytes to a
/// number no other such word has.
fn hash(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> NameKey {
        let mut key = NameKey::default();
        key.read(name);
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
            index.file(i, &key(name));
        }
        (index, names.iter().map(|name| person(name)).collect())
    }

    #[test]
    fn name_keys_are_lower_cased_without_initials() {
        assert_eq!(key("Ole B. Bech").words(), ["ole", "bech"]);
        assert_eq!(key("Ole B Bech").words(), ["ole", "bech"]);
        assert_eq!(key("ÅSE ØSTERGÅRD").words(), ["åse", "østergård"]);
        assert_eq!(key("ΟΔΥΣΣΕΥΣ").words(), ["οδυσσευς"]);
        assert!(key("A. B.").words().is_empty());
        assert_eq!(key("").len(), 0);
    }

    #[test]
    fn a_surname_finds_the_person_filed_under_it() {
        let (index, people) = filed(&["Mette Frederiksen", "Lars Løkke Rasmussen"]);
        assert_eq!(index.find(&people, &key("rasmussen")), Some(1));
        assert_eq!(index.find(&people, &key("mette")), Some(0));
        assert_eq!(index.find(&people, &key("løkke")), None);
    }

    #[test]
    fn a_word_is_filed_once_for_a_person_filed_last_under_it() {
        let (mut index, _) = filed(&["Ole Ole"]);
        index.file(0, &key("ole"));
        assert_eq!(index.filings.len(), 1);
    }

    #[test]
    fn a_signature_holds_the_word_count_and_the_first_and_last_words_hashes() {
        let (index, _) = filed(&["Lars Løkke Rasmussen", "Jensen"]);
        assert_eq!(index.words(0), 3);
        assert_eq!(index.words(1), 1);
        assert_eq!(index.signatures[0].last, hash("rasmussen"));
        assert_eq!(index.signatures[0].first, hash("lars"));
    }

    #[test]
    fn a_first_name_with_another_surname_is_not_the_same_person() {
        let (index, people) = filed(&["Ole Bech"]);
        assert_eq!(index.find(&people, &key("ole hansen")), None);
        assert_eq!(index.find(&people, &key("ole bech")), Some(0));
    }

    #[test]
    fn signatures_settle_the_rule_but_for_a_longer_name_with_another_first_word() {
        let sig = |name: &str| key(name).signature;
        let fit = |a: &str, b: &str| fit_by_signature(&sig(a), &sig(b));
        assert_eq!(fit("Jensen", "Ole Jensen"), Some(true));
        assert_eq!(fit("Ole Jensen", "Ole Hansen"), Some(false));
        assert_eq!(fit("Ole Jensen", "Ole B. Jensen"), Some(true));
        assert_eq!(fit("Ole Jensen", "Per Jensen"), Some(false));
        assert_eq!(fit("Hjort Frederiksen", "Claus Hjort Frederiksen"), None);
    }

    #[test]
    fn a_longer_name_with_the_same_surname_is_compared_word_by_word() {
        let (index, people) = filed(&["Claus Hjort Frederiksen"]);
        assert_eq!(index.find(&people, &key("hjort frederiksen")), Some(0));
        assert_eq!(index.find(&people, &key("mette frederiksen")), None);
    }

    #[test]
    fn a_person_renamed_is_found_under_the_new_names_words() {
        let (mut index, mut people) = filed(&["Bech"]);
        people[0].name = "Ole Bech".to_string();
        index.file(0, &key("ole bech"));
        assert_eq!(index.words(0), 2);
        assert_eq!(index.find(&people, &key("ole")), Some(0));
        assert_eq!(index.find(&people, &key("ole hansen")), None);
    }
}
