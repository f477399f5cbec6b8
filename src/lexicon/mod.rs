//! Word lists, compiled once per process, and the one pass that tags every
//! word token with what the lists say of it.
//!
//! The lists themselves are data files under `src/lexicon/data/`, one entry
//! a line; `#` starts a comment. A list joins the tagging pass through
//! [`TAGGED_LISTS`]; later stages read [`Tags`] per token and never look a
//! word up again.

pub(crate) mod abbreviations;
mod tags;

pub(crate) use tags::Tags;

use crate::model::{Token, TokenKind};
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The entries of a word-list file: trimmed lines, without blank lines and
/// `#` comments.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|line| line.split_once('#').map_or(line, |(entry, _)| entry).trim())
        .filter(|line| !line.is_empty())
}

/// The lists that tag single words, with the tags each entry gets. Entries
/// are matched without regard to case.
const TAGGED_LISTS: &[(&str, Tags, &str)] = &[
    ("months.txt", Tags::MONTH, include_str!("data/months.txt")),
    (
        "weekdays.txt",
        Tags::WEEKDAY,
        include_str!("data/weekdays.txt"),
    ),
    (
        "speech_verbs.txt",
        Tags::SPEECH_VERB,
        include_str!("data/speech_verbs.txt"),
    ),
    (
        "quote_phrase_stops.txt",
        Tags::PHRASE_STOP,
        include_str!("data/quote_phrase_stops.txt"),
    ),
    (
        "quote_auxiliaries.txt",
        Tags::AUXILIARY,
        include_str!("data/quote_auxiliaries.txt"),
    ),
    (
        "quote_openers.txt",
        Tags::CLAUSE_OPENER,
        include_str!("data/quote_openers.txt"),
    ),
    entities_list!("first_names_female.txt", FIRST_NAME, FEMALE),
    entities_list!("first_names_male.txt", FIRST_NAME, MALE),
    entities_list!("first_names_unisex.txt", FIRST_NAME),
    entities_list!("first_names_foreign_female.txt", FIRST_NAME, FEMALE),
    entities_list!("first_names_foreign_male.txt", FIRST_NAME, MALE),
    entities_list!("first_names_danplus.txt", FIRST_NAME),
    entities_list!("surnames.txt", SURNAME),
    entities_list!("surnames_danplus.txt", SURNAME),
    entities_list!("surnames_foreign.txt", SURNAME),
    entities_list!("common_words.txt", COMMON_WORD),
    entities_list!("common_words_extra.txt", COMMON_WORD),
    entities_list!("roles.txt", ROLE),
    entities_list!("name_cue_verbs.txt", SPEECH_VERB),
    entities_list!("places.txt", PLACE),
    entities_list!("places_danplus.txt", PLACE),
];

/// Lists of names of one or more words: the first token of each entry (up
/// to a `|`) gets the tags, and the stage that owns the list
/// matches the rest of the name itself.
pub(crate) const FIRST_WORD_LISTS: &[(&str, Tags, &str)] = &[
    entities_list!("organizations_company.txt", ORG_START),
    entities_list!("organizations_company_danplus.txt", ORG_START),
    entities_list!("organizations_media.txt", ORG_START),
    entities_list!("organizations_media_danplus.txt", ORG_START),
    entities_list!("organizations_public.txt", ORG_START),
    entities_list!("organizations_public_danplus.txt", ORG_START),
    entities_list!("organizations_organization.txt", ORG_START),
    entities_list!("organizations_organization_danplus.txt", ORG_START),
    entities_list!("parties.txt", PARTY_START),
];

/// One entry of [`TAGGED_LISTS`] or [`FIRST_WORD_LISTS`] for a file of the
/// entities stage: its name, the union of the named tags, its contents.
macro_rules! entities_list {
    ($file:literal, $($tag:ident),+) => {
        ($file, Tags::NONE $(.union(Tags::$tag))+, include_str!(concat!("data/", $file)))
    };
}
use entities_list;

/// Every word list in the crate, by file name, so that one test can check
/// them all.
#[cfg(test)]
const ALL_LISTS: &[(&str, &str)] = &[("abbreviations.txt", include_str!("data/abbreviations.txt"))];

/// FxHash: the keys are short words from our own lists, so a fast
/// non-cryptographic hash is safe and several times cheaper than SipHash.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Every tagged word, lower-cased, with the union of its tags.
static LEXICON: Lazy<FastMap<Box<str>, Tags>> = Lazy::new(|| {
    let mut map = FastMap::default();
    for &(_, tags, data) in TAGGED_LISTS {
        for entry in entries(data) {
            *map.entry(entry.to_lowercase().into_boxed_str())
                .or_insert(Tags::NONE) |= tags;
        }
    }
    for &(_, tags, data) in FIRST_WORD_LISTS {
        for entry in entries(data) {
            let name = entry.split('|').next().unwrap_or(entry).trim();
            let first = crate::segment::tokenize(name)
                .first()
                .map_or(name, |token| &name[token.start..token.end]);
            *map.entry(first.to_lowercase().into_boxed_str())
                .or_insert(Tags::NONE) |= tags;
        }
    }
    map
});

/// Longest word looked up; longer tokens get no tags.
const MAX_WORD: usize = 48;

/// The tags of one word, ignoring case. Does not allocate.
pub(crate) fn lookup(word: &str) -> Tags {
    if word.len() > MAX_WORD {
        return Tags::NONE;
    }
    let mut buf = [0u8; MAX_WORD * 3];
    match lowercase_into(word, &mut buf) {
        Some(lower) => LEXICON.get(lower).copied().unwrap_or(Tags::NONE),
        None => Tags::NONE,
    }
}

/// Lower-cases `word` into `buf`; `None` when it does not fit.
pub(crate) fn lowercase_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        return std::str::from_utf8(out).ok();
    }
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let n = c.len_utf8();
        c.encode_utf8(buf.get_mut(len..len + n)?);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// The tags of every token, by index: word tokens are looked up, all
/// others get no tags.
pub(crate) fn tag(text: &str, tokens: &[Token]) -> Vec<Tags> {
    tokens
        .iter()
        .map(|token| match token.kind {
            TokenKind::Word => lookup(&text[token.start..token.end]),
            _ => Tags::NONE,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_list_has_duplicates() {
        let tagged = TAGGED_LISTS
            .iter()
            .chain(FIRST_WORD_LISTS)
            .map(|&(name, _, data)| (name, data));
        for (name, data) in ALL_LISTS.iter().copied().chain(tagged) {
            let mut seen = HashSet::new();
            for entry in entries(data) {
                assert!(
                    seen.insert(entry.to_lowercase()),
                    "{name}: duplicate entry {entry:?}"
                );
            }
            assert!(!seen.is_empty(), "{name} is empty");
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(lookup("Marts").contains(Tags::MONTH));
        assert!(lookup("MANDAG").contains(Tags::WEEKDAY));
        assert!(lookup("xqzv").is_empty());
    }
}
