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
    (
        "date_words.txt",
        Tags::DATE_WORD,
        include_str!("data/date_words.txt"),
    ),
    (
        "date_counts.txt",
        Tags::DATE_COUNT,
        include_str!("data/date_counts.txt"),
    ),
    (
        "past_tense.txt",
        Tags::PAST_TENSE,
        include_str!("data/past_tense.txt"),
    ),
    (
        "future_tense.txt",
        Tags::FUTURE_TENSE,
        include_str!("data/future_tense.txt"),
    ),
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

/// Tags that only a word with a capital can carry: a lower-case "per" or
/// "storm" is no name, so lower-case words are looked up in a table
/// without them, a tenth of the size and so mostly in cache.
const PROPER_ONLY: Tags = Tags::FIRST_NAME
    .union(Tags::FEMALE)
    .union(Tags::MALE)
    .union(Tags::SURNAME)
    .union(Tags::COMMON_WORD)
    .union(Tags::PLACE)
    .union(Tags::ORG_START)
    .union(Tags::PARTY_START);

/// Every tagged word, lower-cased, with the union of its tags.
static LEXICON: Lazy<FastMap<Box<[u8]>, Tags>> = Lazy::new(|| {
    let mut map = FastMap::default();
    for &(_, tags, data) in TAGGED_LISTS {
        for entry in entries(data) {
            *map.entry(entry.to_lowercase().into_bytes().into_boxed_slice())
                .or_insert(Tags::NONE) |= tags;
        }
    }
    for &(_, tags, data) in FIRST_WORD_LISTS {
        for entry in entries(data) {
            let name = entry.split('|').next().unwrap_or(entry).trim();
            let first = crate::segment::tokenize(name)
                .first()
                .map_or(name, |token| &name[token.start..token.end]);
            *map.entry(first.to_lowercase().into_bytes().into_boxed_slice())
                .or_insert(Tags::NONE) |= tags;
        }
    }
    map
});

/// The words of [`LEXICON`] with a tag a lower-case word can carry, with
/// only those tags.
static LOWER_LEXICON: Lazy<FastMap<Box<[u8]>, Tags>> = Lazy::new(|| {
    LEXICON
        .iter()
        .map(|(word, &tags)| (word.clone(), tags.difference(PROPER_ONLY)))
        .filter(|(_, tags)| !tags.is_empty())
        .collect()
});

/// Longest word looked up; longer tokens get no tags.
const MAX_WORD: usize = 48;

/// The tags of one word, ignoring case. Does not allocate.
pub(crate) fn lookup(word: &str) -> Tags {
    if word.len() > MAX_WORD {
        return Tags::NONE;
    }
    let mut buf = [0u8; MAX_WORD * 3];
    lowercase_bytes(word, &mut buf)
        .and_then(|(lower, _)| LEXICON.get(lower).copied())
        .unwrap_or(Tags::NONE)
}

/// Lower-cases `word` into `buf`; `None` when it does not fit.
pub(crate) fn lowercase_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let (lower, _) = lowercase_bytes(word, buf)?;
    std::str::from_utf8(lower).ok()
}

/// Lower-cases `word` into `buf` as UTF-8 bytes, and tells whether
/// anything changed (so whether the word had a capital). `None` when it
/// does not fit.
fn lowercase_bytes<'b>(word: &str, buf: &'b mut [u8]) -> Option<(&'b [u8], bool)> {
    let len = word.len();
    buf.get_mut(..len)?.copy_from_slice(word.as_bytes());
    // Danish words are ASCII and Latin-1 letters: lower those in place, byte
    // by byte (which keeps the bytes UTF-8), and leave the rest of Unicode
    // to the general path.
    let mut changed = false;
    let mut i = 0;
    while i < len {
        let b = buf[i];
        if b.is_ascii_uppercase() {
            buf[i] = b + 32;
            changed = true;
        } else if b >= 0x80 {
            let next = buf.get(i + 1).copied().unwrap_or(0);
            if b != 0xC3 || !(0x80..=0xBF).contains(&next) {
                return lowercase_unicode(word, buf);
            }
            // U+00C0..=U+00DE are capitals but for U+00D7 (the multiplication sign).
            if next <= 0x9E && next != 0x97 {
                buf[i + 1] = next + 0x20;
                changed = true;
            }
            i += 1;
        }
        i += 1;
    }
    Some((&buf[..len], changed))
}

/// The general path of [`lowercase_bytes`], for any script.
fn lowercase_unicode<'b>(word: &str, buf: &'b mut [u8]) -> Option<(&'b [u8], bool)> {
    let mut len = 0;
    let mut changed = false;
    for c in word.chars() {
        for lower in c.to_lowercase() {
            changed |= lower != c;
            let n = lower.len_utf8();
            lower.encode_utf8(buf.get_mut(len..len + n)?);
            len += n;
        }
    }
    Some((&buf[..len], changed))
}

/// The tags of a word without a capital: only the tags such a word can
/// carry (see [`PROPER_ONLY`]).
fn lookup_lower(word: &[u8]) -> Tags {
    LOWER_LEXICON.get(word).copied().unwrap_or(Tags::NONE)
}

/// The tags of a word token: words without a capital from the small
/// table, others from the whole lexicon.
fn tag_word(word: &str) -> Tags {
    if word.len() > MAX_WORD {
        return Tags::NONE;
    }
    // Most words are lower-case ASCII: look those up as they stand, with
    // no copy; the test is branch-free over the bytes.
    let bytes = word.as_bytes();
    if !bytes.iter().any(|&b| b.is_ascii_uppercase() | (b >= 0x80)) {
        return lookup_lower(bytes);
    }
    let mut buf = [0u8; MAX_WORD * 3];
    match lowercase_bytes(word, &mut buf) {
        Some((lower, false)) => lookup_lower(lower),
        Some((lower, true)) => LEXICON.get(lower).copied().unwrap_or(Tags::NONE),
        None => Tags::NONE,
    }
}

/// The tags of every token, by index: word tokens are looked up, number
/// tokens get NUMBER (so a scan can skip tokens on their tags alone), all
/// others get no tags.
pub(crate) fn tag(text: &str, tokens: &[Token]) -> Vec<Tags> {
    tokens
        .iter()
        .map(|token| match token.kind {
            TokenKind::Word => tag_word(&text[token.start..token.end]),
            TokenKind::Number => Tags::NUMBER,
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
    fn lowercasing_handles_danish_and_other_scripts() {
        let mut buf = [0u8; 64];
        let mut lower = |word: &str| {
            lowercase_bytes(word, &mut buf)
                .map(|(w, c)| (String::from_utf8_lossy(w).into_owned(), c))
        };
        assert_eq!(lower("ÆBLE"), Some(("æble".to_string(), true)));
        assert_eq!(lower("Øster×Å"), Some(("øster×å".to_string(), true)));
        assert_eq!(lower("søndag"), Some(("søndag".to_string(), false)));
        assert_eq!(lower("ΣΟΦΙΑ").map(|(_, c)| c), Some(true));
        assert_eq!(lower("İ"), Some(("i\u{307}".to_string(), true)));
        let mut small = [0u8; 2];
        assert_eq!(lowercase_bytes("abc", &mut small), None);
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(lookup("Marts").contains(Tags::MONTH));
        assert!(lookup("MANDAG").contains(Tags::WEEKDAY));
        assert!(lookup("xqzv").is_empty());
    }
}
