//! Tags: what the word lists say of one word, as a set of bits, so that a
//! token is looked up once and every later stage reads the answer.

use std::ops::{BitOr, BitOrAssign};

/// A set of lexicon tags for one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Tags(u32);

impl Tags {
    /// No tag.
    pub(crate) const NONE: Tags = Tags(0);
    /// A first name.
    pub(crate) const FIRST_NAME: Tags = Tags(1 << 0);
    /// A first name borne mostly by women.
    pub(crate) const FEMALE: Tags = Tags(1 << 1);
    /// A first name borne mostly by men.
    pub(crate) const MALE: Tags = Tags(1 << 2);
    /// A surname.
    pub(crate) const SURNAME: Tags = Tags(1 << 3);
    /// An ordinary Danish word, seen in lower case in running text; when it
    /// is also a name ("Bo", "Per", "Storm", "Have") it is taken as one only
    /// on further evidence.
    pub(crate) const COMMON_WORD: Tags = Tags(1 << 4);
    /// A title or function ("minister", "direktør", "landechef").
    pub(crate) const ROLE: Tags = Tags(1 << 5);
    /// A month name or its abbreviation.
    pub(crate) const MONTH: Tags = Tags(1 << 6);
    /// A weekday name.
    pub(crate) const WEEKDAY: Tags = Tags(1 << 7);
    /// A form of a speech verb ("siger", "sagde", "fortæller").
    pub(crate) const SPEECH_VERB: Tags = Tags(1 << 8);
    /// A word of date expressions other than month and weekday names ("i",
    /// "går", "uge", "sidste", "tredje").
    pub(crate) const DATE_WORD: Tags = Tags(1 << 9);
    /// A past-tense verb form ("droppede", "blev", "sagde").
    pub(crate) const PAST_TENSE: Tags = Tags(1 << 10);
    /// A word that points a sentence at the future ("vil", "skal",
    /// "næste", "forventes").
    pub(crate) const FUTURE_TENSE: Tags = Tags(1 << 11);
    /// A count, hedge or day ordinal of date expressions ("to", "ca.",
    /// "tredje").
    pub(crate) const DATE_COUNT: Tags = Tags(1 << 12);
    /// A Number token: set by the tagging pass, not by a list.
    pub(crate) const NUMBER: Tags = Tags(1 << 13);
    /// A Punctuation token: set by the tagging pass, not by a list, so
    /// that a walk over the tags alone finds the marks.
    pub(crate) const PUNCTUATION: Tags = Tags(1 << 17);

    /// A place: a country, town, region or building ("Danmark", "Thisted").
    pub(crate) const PLACE: Tags = Tags(1 << 20);
    /// The first word of an organization's name ("Danske" of "Danske
    /// Bank"); the entities stage matches the rest.
    pub(crate) const ORG_START: Tags = Tags(1 << 21);
    /// The first word of a political party's name, alias or code.
    pub(crate) const PARTY_START: Tags = Tags(1 << 22);
    /// A word that ends a speaker phrase ("til", "der", "og").
    pub(crate) const PHRASE_STOP: Tags = Tags(1 << 14);
    /// An auxiliary or adverb between a subject and its verb ("har").
    pub(crate) const AUXILIARY: Tags = Tags(1 << 15);
    /// A word that opens a clause before an inverted verb ("derfor").
    pub(crate) const CLAUSE_OPENER: Tags = Tags(1 << 16);

    /// Not from a list: the tagging pass sets it on a word it found to
    /// have no capital letter, so that a later stage that needs the
    /// word's letter case can skip reading its letters again.
    pub(crate) const NO_CAPITAL: Tags = Tags(1 << 31);

    /// The tags of a word of the date lists with index `index` (1 to
    /// 255) in [`super::DATE_WORDS`], in bits 23..=30, so that the dates
    /// stage reads the word's meaning by the index.
    pub(crate) const fn date_word(index: u8) -> Tags {
        Tags((index as u32) << 23)
    }

    /// The index in bits 23..=30 (see [`Tags::date_word`]): 0 for a word
    /// of no date list.
    pub(crate) const fn date_index(self) -> usize {
        (self.0 >> 23 & 0xFF) as usize
    }

    /// The tags of both sets, usable in constants.
    pub(crate) const fn union(self, other: Tags) -> Tags {
        Tags(self.0 | other.0)
    }

    /// The tags of `self` that are not in `other`.
    pub(crate) const fn difference(self, other: Tags) -> Tags {
        Tags(self.0 & !other.0)
    }

    /// The tags in both sets.
    pub(crate) const fn intersection(self, other: Tags) -> Tags {
        Tags(self.0 & other.0)
    }

    /// Whether every tag of `other` is in `self`.
    pub(crate) const fn contains(self, other: Tags) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether `self` and `other` share a tag.
    pub(crate) const fn intersects(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether no tag is set.
    pub(crate) const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl BitOr for Tags {
    type Output = Tags;
    fn bitor(self, other: Tags) -> Tags {
        Tags(self.0 | other.0)
    }
}

impl BitOrAssign for Tags {
    fn bitor_assign(&mut self, other: Tags) {
        self.0 |= other.0;
    }
}
