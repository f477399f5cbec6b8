//! Word lists, compiled once per process, and the one pass that tags every
//! word token with what the lists say of it.
//!
//! The lists themselves are data files under `src/lexicon/data/`, one entry
//! a line; `#` starts a comment. A list joins the tagging pass through
//! [`TAGGED_LISTS`]; later stages read [`Tags`] per token and never look a
//! word up again.

pub(crate) mod abbreviations;
mod packed;
mod short;
mod table;
mod tags;

pub(crate) use packed::PackedTable;
pub(crate) use table::ascii_capitals;
pub(crate) use tags::Tags;

use crate::model::TokenKind;
use crate::token_list::PackedToken;
use once_cell::sync::Lazy;
use short::ShortTable;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use table::{Case, Key, WordTable};

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
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
            self.add(word);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(zero_padded(rest));
        }
    }
    fn write_u64(&mut self, word: u64) {
        self.add(word);
    }
    fn write_usize(&mut self, word: usize) {
        self.add(word as u64);
    }
    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    /// Mixes one 8-byte chunk into the hash.
    #[inline(always)]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// The 0 to 8 bytes of `rest` as a little-endian number, zero-padded: two
/// overlapping fixed-size loads rather than a copy of a variable length,
/// which would call memcpy.
#[inline(always)]
pub(crate) fn zero_padded(rest: &[u8]) -> u64 {
    let byte = |at: usize| rest.get(at).copied().map_or(0, u64::from);
    let len = rest.len();
    if len >= 4 {
        let load = |at: usize| {
            rest.get(at..at + 4)
                .and_then(|four| <[u8; 4]>::try_from(four).ok())
                .map_or(0, |four| u64::from(u32::from_le_bytes(four)))
        };
        // The two loads overlap on equal bytes, so OR joins them.
        load(0) | load(len - 4) << (8 * (len - 4))
    } else {
        byte(0) | byte(1) << 8 | byte(2) << 16
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

/// The tags of the date lists' words.
const DATE_LIST_TAGS: Tags = Tags::MONTH
    .union(Tags::WEEKDAY)
    .union(Tags::DATE_WORD)
    .union(Tags::DATE_COUNT);

/// Every word of the date lists, lower-cased, once each, in list order:
/// a word's index in its tags (see [`Tags::date_word`]) is its place
/// here plus one.
pub(crate) static DATE_WORDS: Lazy<Vec<String>> = Lazy::new(|| {
    let mut words: Vec<String> = Vec::new();
    let date_lists = TAGGED_LISTS
        .iter()
        .filter(|(_, tags, _)| tags.intersects(DATE_LIST_TAGS));
    for &(_, _, data) in date_lists {
        for entry in entries(data) {
            let lower = entry.to_lowercase();
            if !words.contains(&lower) {
                words.push(lower);
            }
        }
    }
    words
});

/// The index tag of `lower`, a word of the date lists.
fn date_word_tag(lower: &str) -> Tags {
    let place = DATE_WORDS.iter().position(|word| word == lower);
    place
        .and_then(|place| u8::try_from(place + 1).ok())
        .map_or(Tags::NONE, Tags::date_word)
}

/// Every tagged word, lower-cased, with the union of its tags, as
/// (word, tags) pairs in list order.
fn tagged_words() -> Vec<(Vec<u8>, Tags)> {
    let mut words = Vec::new();
    for &(_, tags, data) in TAGGED_LISTS {
        for entry in entries(data) {
            let lower = entry.to_lowercase();
            let index = if tags.intersects(DATE_LIST_TAGS) {
                date_word_tag(&lower)
            } else {
                Tags::NONE
            };
            words.push((lower.into_bytes(), tags | index));
        }
    }
    for &(_, tags, data) in FIRST_WORD_LISTS {
        for entry in entries(data) {
            let name = entry.split('|').next().unwrap_or(entry).trim();
            let first = crate::segment::tokenize(name)
                .first()
                .map_or(name, |token| &name[token.start..token.end]);
            words.push((first.to_lowercase().into_bytes(), tags));
        }
    }
    words
}

/// The tables of the tagging pass, each pair indexed by whether the word
/// had a capital: first the words with a tag a lower-case word can carry,
/// with only those tags (see [`PROPER_ONLY`]), and every word looked up
/// there marked [`Tags::NO_CAPITAL`]; then every tagged word, lower-cased,
/// with the union of its tags. The words of 1 to 8 bytes, most words of
/// a text, are in the short tables, the others in the word tables. Each
/// pair is one array, so that the tagging loop picks a table by an index
/// rather than field by field.
struct Lexicons {
    /// The words of 1 to 8 bytes.
    short: [ShortTable; 2],
    /// Every other word.
    other: [WordTable; 2],
}

impl Lexicons {
    /// The tags of the word with lower-cased key `key` and bytes `bytes`,
    /// cased as `case` says, from the lower-case tables or the whole ones
    /// as `had_capital` says.
    #[inline(always)]
    fn get(&self, key: Key, bytes: &[u8], case: Case, had_capital: bool) -> Tags {
        let table = usize::from(had_capital);
        if short::is_short(key.len()) {
            self.short[table].get_key(key)
        } else {
            self.other[table].get(key, bytes, case)
        }
    }
}

/// See [`Lexicons`].
static LEXICONS: Lazy<Lexicons> = Lazy::new(|| {
    let words = tagged_words();
    let whole_words: Vec<(&[u8], Tags)> = words
        .iter()
        .map(|(word, tags)| (&word[..], *tags))
        .collect();
    let lower_words: Vec<(&[u8], Tags)> = whole_words
        .iter()
        .map(|&(word, tags)| (word, tags.difference(PROPER_ONLY)))
        .filter(|(_, tags)| !tags.is_empty())
        .collect();
    Lexicons {
        // The lower-case tables a quarter full: most words of a text are
        // short lower-case words looked up there, and a few hundred
        // words take little room.
        short: [
            ShortTable::marked(&lower_words, Tags::NO_CAPITAL, 4),
            ShortTable::marked(&whole_words, Tags::NONE, 2),
        ],
        other: [
            WordTable::marked(not_short(&lower_words).into_iter(), Tags::NO_CAPITAL, 4),
            WordTable::new(not_short(&whole_words).into_iter()),
        ],
    }
});

/// The words of `words` that a short table leaves to a word table.
fn not_short<'w>(words: &[(&'w [u8], Tags)]) -> Vec<(&'w [u8], Tags)> {
    let words = words.iter().copied();
    words
        .filter(|(word, _)| !short::is_short(word.len()))
        .collect()
}

/// Whether the words looked up had a capital: the index of the whole
/// tables in [`Lexicons`].
const HAD_CAPITAL: bool = true;

/// Longest word looked up; longer tokens get no tags.
const MAX_WORD: usize = 48;

/// The tags of one word, ignoring case. Does not allocate.
pub(crate) fn lookup(word: &str) -> Tags {
    if word.len() > MAX_WORD {
        return Tags::NONE;
    }
    let lexicons = &*LEXICONS;
    // A word of ASCII and Latin-1 letters (nearly every Danish word) is
    // lowered inside its key, uncopied; others into a buffer first.
    let bytes = word.as_bytes();
    if let Some((lower, _)) = Key::of(bytes).latin1_lowercase(bytes) {
        return lexicons.get(lower, bytes, Case::Latin1, HAD_CAPITAL);
    }
    let mut buf = [0u8; MAX_WORD * 3];
    match lowercase_bytes(word, &mut buf) {
        Some((lower, _)) => lexicons.get(Key::of(lower), lower, Case::Lower, HAD_CAPITAL),
        None => Tags::NONE,
    }
}

/// Whether `second` is the second byte of a Latin-1 capital: 0xC3
/// 0x80..=0x9E, U+00C0..=U+00DE but for U+00D7 (the multiplication sign).
pub(crate) fn is_latin1_capital(second: u8) -> bool {
    (0x80..=0x9E).contains(&second) && second != 0x97
}

/// Whether `second` is the second byte of a Latin-1 small letter: 0xC3
/// 0x9F..=0xBF, U+00DF..=U+00FF but for U+00F7 (the division sign).
pub(crate) fn is_latin1_small(second: u8) -> bool {
    (0x9F..=0xBF).contains(&second) && second != 0xB7
}

/// The second byte of a Latin-1 letter after 0xC3, lowered: a capital's
/// small form lies 0x20 above it.
pub(crate) fn latin1_lower(second: u8) -> u8 {
    if is_latin1_capital(second) {
        second + 0x20
    } else {
        second
    }
}

/// Lower-cases `word` into `buf`; `None` when it does not fit. A word
/// without a capital comes back as it is, uncopied.
pub(crate) fn lowercase_into<'b>(word: &'b str, buf: &'b mut [u8]) -> Option<&'b str> {
    let (lower, changed) = lowercase_bytes(word, buf)?;
    if !changed {
        return Some(word);
    }
    std::str::from_utf8(lower).ok()
}

/// [`lowercase_into`] as bytes, for a caller that only compares or
/// hashes the lowered word: the same bytes, with no UTF-8 check on the
/// way back (a `&str` and a `&[u8]` hash differently: look a word up
/// this way only in a table keyed by bytes).
pub(crate) fn lowercase_bytes_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    lowercase_bytes(word, buf).map(|(lower, _)| lower)
}

/// Whether lowering `word` as [`lowercase_into`] does changes no byte
/// but ASCII capitals: every byte beyond ASCII is part of a small Latin-1
/// letter (0xC3 and then 0xA0 to 0xBF: "København", "Søren"), which
/// lowers to itself. Such a word is lowered in a string in place by
/// `make_ascii_lowercase`, with no buffer and no UTF-8 check.
pub(crate) fn lowers_as_ascii(word: &str) -> bool {
    let mut bytes = word.bytes();
    while let Some(byte) = bytes.next() {
        if byte >= 0x80 && (byte != 0xC3 || !matches!(bytes.next(), Some(0xA0..=0xBF))) {
            return false;
        }
    }
    true
}

/// Lower-cases `word` into `buf` as UTF-8 bytes, and tells whether
/// anything changed (so whether the word had a capital). `None` when it
/// does not fit.
fn lowercase_bytes<'b>(word: &str, buf: &'b mut [u8]) -> Option<(&'b [u8], bool)> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    if len > buf.len() {
        return None;
    }
    if len >= 8 {
        return lowercase_chunks(word, buf);
    }
    let Some(eight) = buf.get_mut(..8) else {
        // A buffer too short for one load: the general path.
        return lowercase_unicode(word, buf);
    };
    // A short word in one register, written whole: the bytes past its
    // end are zeros, and not returned. Danish words are ASCII and Latin-1
    // letters; the rest of Unicode takes the general path.
    let padded = zero_padded(bytes);
    let Some(lower) = table::latin1_lower_u64(padded) else {
        return lowercase_unicode(word, buf);
    };
    eight.copy_from_slice(&lower.to_le_bytes());
    Some((buf.get(..len)?, lower != padded))
}

/// [`lowercase_bytes`] for a word of at least 8 bytes that fits `buf`:
/// eight bytes at a time, the last eight overlapping the others.
fn lowercase_chunks<'b>(word: &str, buf: &'b mut [u8]) -> Option<(&'b [u8], bool)> {
    let len = word.len();
    let mut changed = false;
    let mut at = 0;
    while at < len {
        let from = at.min(len.saturating_sub(8));
        let Some((lower, capitals)) = table::latin1_lower_at(word.as_bytes(), from) else {
            return lowercase_unicode(word, buf);
        };
        buf.get_mut(from..from + 8)?.copy_from_slice(&lower);
        changed |= capitals;
        at = from + 8;
    }
    Some((buf.get(..len)?, changed))
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

/// The tags of the word token `bytes[start..start + len]` of 1 to 8
/// bytes of ASCII and Latin-1 letters (nearly every word), probed in
/// the lower-case table of `short` or the whole one as its case says
/// (see [`Lexicons`]); `None` for any other word, which
/// [`tag_other_word`] reads. Most words are read by one load from the
/// text, which checks the bounds for them; the probe reads no other
/// bytes.
#[inline(always)]
fn tag_short_word(bytes: &[u8], start: usize, len: usize, short: &[ShortTable; 2]) -> Option<Tags> {
    let key = Key::of_short_in(bytes, start, len)?;
    let (lower_key, had_capital) = key.word_token_lowercase()?;
    Some(short[usize::from(had_capital)].get(lower_key.head()))
}

/// [`tag_short_word`] for every other word token, `token` of the text
/// whose bytes are `text`: longer, outside Latin-1, or too near the
/// text's end for one load. Kept out of line, with the tables read here,
/// so that the tagging loop keeps its state in registers. A word of 9 to
/// 16 bytes (most of them) is read by two loads and probed by them alone.
#[inline(never)]
fn tag_other_word(text: &[u8], token: PackedToken) -> Tags {
    let lexicons = &*LEXICONS;
    let Some(word) = text.get(token.start()..token.end()) else {
        return Tags::NONE;
    };
    if let Some(key) = Key::of_middle(word) {
        if let Some((lower, had_capital)) = key.word_token_latin1_lowercase(word) {
            return lexicons.other[usize::from(had_capital)].get_middle(lower);
        }
    }
    tag_long_word(word, lexicons)
}

/// [`tag_other_word`] for a word of more than 16 bytes, or one outside
/// Latin-1, whose bytes are `word`.
#[inline(never)]
fn tag_long_word(word: &[u8], lexicons: &Lexicons) -> Tags {
    if word.len() > MAX_WORD {
        return Tags::NONE;
    }
    let key = Key::of(word);
    if let Some((lower, had_capital)) = key.word_token_latin1_lowercase(word) {
        return lexicons.get(lower, word, Case::Latin1, had_capital);
    }
    tag_unicode_word(word, lexicons)
}

/// [`tag_long_word`] for a word with characters outside Latin-1,
/// lower-cased into a buffer first. `word` is a token's bytes, which lie
/// on char boundaries, and so are UTF-8.
#[inline(never)]
fn tag_unicode_word(word: &[u8], lexicons: &Lexicons) -> Tags {
    let Ok(word) = std::str::from_utf8(word) else {
        return Tags::NONE;
    };
    let mut buf = [0u8; MAX_WORD * 3];
    let Some((lower, had_capital)) = lowercase_bytes(word, &mut buf) else {
        return Tags::NONE;
    };
    lexicons.get(Key::of(lower), lower, Case::Lower, had_capital)
}

/// The tags of every token, by index: word tokens are looked up, number
/// tokens get NUMBER and punctuation tokens PUNCTUATION (so a scan can
/// skip tokens on their tags alone), all others get no tags.
///
/// The list is made whole first and filled in place: a loop over two
/// slices of one length keeps no length or capacity of its own to test
/// and store per token. Only short words are read in the loop.
pub(crate) fn tag(text: &str, tokens: &[PackedToken]) -> Vec<Tags> {
    let short_tables = &LEXICONS.short;
    let bytes = text.as_bytes();
    // Collected from an iterator of known length: each entry is written
    // once, with no zeroing of the list first.
    let tag_one = |token: &PackedToken| {
        // One test for a short word, most tokens; every other kind takes
        // its tags from a table.
        let short = token
            .short_word_len()
            .and_then(|len| tag_short_word(bytes, token.start(), len, short_tables));
        match short {
            Some(tags) => tags,
            None if token.kind() == TokenKind::Word => tag_other_word(bytes, *token),
            None => tags_of_kind(token),
        }
    };
    tokens.iter().map(tag_one).collect()
}

/// The tags of a token that is not a word, by its kind's code (see
/// [`PackedToken::kind_code`]): NUMBER for a number, PUNCTUATION for a
/// mark, none for the rest.
static TAGS_OF_KIND: [Tags; 8] = {
    let mut tags = [Tags::NONE; 8];
    tags[TokenKind::Number as usize] = Tags::NUMBER;
    tags[TokenKind::Punctuation as usize] = Tags::PUNCTUATION;
    tags
};

/// The tags [`tag`] gives a token that is not a word, by its kind.
pub(crate) fn tags_of_kind(token: &PackedToken) -> Tags {
    TAGS_OF_KIND
        .get(token.kind_code())
        .copied()
        .unwrap_or(Tags::NONE)
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
        for long in [
            "ØSTERBRO-Ærøskøbing",
            "Udenrigsministeriet",
            "sønderjylland",
            "ΣΟΦΙΑ ΣΟΦΙΑ",
        ] {
            let lowered = long.to_lowercase();
            let changed = lowered != long;
            assert_eq!(lower(long), Some((lowered, changed)), "{long}");
        }
        assert_eq!(lower("københavn"), Some(("københavn".to_string(), false)));
        let mut small = [0u8; 2];
        assert_eq!(lowercase_bytes("abc", &mut small), None);
        // A buffer shorter than one load takes the general path.
        let mut four = [0u8; 4];
        assert_eq!(
            lowercase_bytes("ÆB", &mut four),
            Some(("æb".as_bytes(), true))
        );
    }

    proptest::proptest! {
        #[test]
        fn the_bytes_form_lowers_as_the_str_form(word in "\\PC{0,24}") {
            let (mut a, mut b) = ([0u8; 48], [0u8; 48]);
            let as_str = lowercase_into(&word, &mut a).map(str::as_bytes);
            proptest::prop_assert_eq!(lowercase_bytes_into(&word, &mut b), as_str);
        }

        #[test]
        fn a_word_that_lowers_as_ascii_lowers_so(
            word in "[a-zA-Z0-9'’æøåÆØÅéÉüÜßÿ×÷\u{c0}-\u{ff}-]{0,12}",
        ) {
            if lowers_as_ascii(&word) {
                let mut buf = [0u8; 48];
                let ascii_lowered = word.to_ascii_lowercase();
                proptest::prop_assert_eq!(
                    lowercase_into(&word, &mut buf),
                    Some(ascii_lowered.as_str())
                );
            }
        }
    }

    #[test]
    fn danish_small_letters_lower_as_ascii() {
        assert!(lowers_as_ascii("HUAWEI"));
        assert!(lowers_as_ascii("Søren"));
        assert!(lowers_as_ascii("Københavns"));
        assert!(!lowers_as_ascii("Østergaard"));
        assert!(!lowers_as_ascii("Søren’s"));
        assert!(!lowers_as_ascii("ΣΟΦΙΑ"));
    }

    #[test]
    fn zero_padding_reads_every_tail_length() {
        let bytes = b"abcdefg";
        for len in 1..8 {
            let mut padded = [0u8; 8];
            padded[..len].copy_from_slice(&bytes[..len]);
            assert_eq!(zero_padded(&bytes[..len]), u64::from_le_bytes(padded));
        }
    }

    #[test]
    fn word_tokens_are_lowered_by_bit_5_as_by_the_general_lowering() {
        // Every ASCII character, alone, inside words, between digits and
        // before a full stop, and words of Latin-1 letters. No byte of a
        // word token is 0 either, which the short table's probe relies
        // on (see `ShortTable::get`).
        let mut text = String::from(
            "IT-chef bl.a. 14:30 3/12 1,5 TDC's Ærø ØL éN H.C. Folketingsgruppen \
             FOLKETINGSVALGET Statsministeriets Udenrigsministeriet 2024-BUDGETTET \
             IT-Sikkerhedschefen Anne-Mette's Socialdemokratiet Ærøskøbing ",
        );
        for c in (0..=0x7F).map(char::from) {
            text.extend([c, ' ', 'a', c, 'B', ' ', '1', c, '2', ' ', 'X', c, '.', ' ']);
        }
        text.push_str("        ");
        let bytes = text.as_bytes();
        for token in crate::segment::tokenize(&text).iter() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = &bytes[token.start..token.end];
            let word_bits = |b: &u8| !b.is_ascii() || b.is_ascii_uppercase() || b & 0x20 != 0;
            assert!(!word.contains(&0));
            assert!(
                word.iter().all(word_bits),
                "{:?}",
                &text[token.start..token.end]
            );
            if let Some(key) = Key::of_short_in(bytes, token.start, word.len()) {
                let lowered = key.word_token_lowercase();
                assert_eq!(lowered, key.short_latin1_lowercase(), "{word:?}");
            }
            let key = Key::of(word);
            let lowered = key.word_token_latin1_lowercase(word);
            assert_eq!(lowered, key.latin1_lowercase(word), "{word:?}");
        }
    }

    /// PUNCTUATION marks just the punctuation tokens, so that a walk over
    /// the tags finds every mark the tokens' kinds would.
    #[test]
    fn punctuation_tokens_and_only_they_are_tagged_punctuation() {
        let text = "Hun sagde: »Nej, 3. maj!« – Ja… 'ok' 12,5 % https://x.dk";
        let segmentation = crate::segment::segment(text);
        let tokens = segmentation.tokens.packed();
        let tags = tag(text, tokens);
        let mut marks = 0;
        for (token, tags) in tokens.iter().zip(&tags) {
            let is_mark = token.kind() == TokenKind::Punctuation;
            assert_eq!(tags.contains(Tags::PUNCTUATION), is_mark, "{token:?}");
            assert_eq!(tags_of_kind(token).contains(Tags::PUNCTUATION), is_mark);
            marks += usize::from(is_mark);
        }
        assert!(marks > 8);
    }

    /// The tags [`tag`] gives a word token, by the general path: the
    /// whole table's tags for a word with a capital; for one without,
    /// those a lower-case word can carry, marked NO_CAPITAL.
    fn tags_by_lookup(word: &str) -> Tags {
        let mut buf = [0u8; MAX_WORD * 3];
        let had_capital = lowercase_bytes(word, &mut buf).is_some_and(|(_, changed)| changed);
        if had_capital {
            lookup(word)
        } else {
            lookup(word).difference(PROPER_ONLY) | Tags::NO_CAPITAL
        }
    }

    /// The tags of every listed word, lower-cased, read from the lists
    /// into a map: the tables' answers, worked out apart from them.
    static LISTED: Lazy<HashMap<Vec<u8>, Tags>> = Lazy::new(|| {
        let mut listed: HashMap<Vec<u8>, Tags> = HashMap::new();
        for (word, tags) in tagged_words() {
            *listed.entry(word).or_default() |= tags;
        }
        listed
    });

    /// What [`tags_by_lookup`] gives `word`, read from [`LISTED`].
    fn tags_by_lists(word: &str) -> Tags {
        if word.len() > MAX_WORD {
            return Tags::NONE;
        }
        let lower: String = word.chars().flat_map(char::to_lowercase).collect();
        let tags = LISTED.get(lower.as_bytes()).copied().unwrap_or_default();
        if lower != word {
            tags
        } else {
            tags.difference(PROPER_ONLY) | Tags::NO_CAPITAL
        }
    }

    #[test]
    fn every_word_token_gets_the_tags_of_the_general_lookup() {
        // Words of every list as they are, capitalised and in capitals,
        // some with a letter more; long words, words outside Latin-1 and
        // a last word too near the end for one load.
        let mut text = String::new();
        let lists = TAGGED_LISTS.iter().chain(FIRST_WORD_LISTS);
        for &(_, _, data) in lists {
            for entry in entries(data).step_by(7).take(120) {
                let word = entry.split(['|', ' ']).next().unwrap_or(entry);
                let mut capital = word.chars();
                let capitalised: String = capital
                    .next()
                    .map(|first| first.to_uppercase().chain(capital).collect())
                    .unwrap_or_default();
                let upper = word.to_uppercase();
                text.push_str(&format!("{word} {capitalised} {upper} {word}e, "));
            }
        }
        text.push_str(
            "Folketingsmedlemmerne ÆRØSKØBINGSFÆRGERNE Ærøskøbing ΣΟΦΙΑ Łódź \
             udenrigsministeriet UDENRIGSMINISTERIETS fortæller Maj",
        );
        let segmentation = crate::segment::segment(&text);
        let tokens = segmentation.tokens.packed();
        let tags = tag(&text, tokens);
        let mut words = 0;
        for (token, tags) in tokens.iter().zip(&tags) {
            if token.kind() != TokenKind::Word {
                continue;
            }
            let word = &text[token.start()..token.end()];
            assert_eq!(*tags, tags_by_lookup(word), "{word}");
            assert_eq!(*tags, tags_by_lists(word), "{word}");
            words += 1;
        }
        assert!(words > 3000, "{words}");
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(lookup("Marts").contains(Tags::MONTH));
        assert!(lookup("MANDAG").contains(Tags::WEEKDAY));
        assert!(lookup("xqzv").is_empty());
    }

    #[test]
    fn every_date_word_is_looked_up_with_its_index() {
        assert!(DATE_WORDS.len() <= 255);
        for (place, word) in DATE_WORDS.iter().enumerate() {
            for form in [word.clone(), word.to_uppercase()] {
                assert_eq!(lookup(&form).date_index(), place + 1, "{form}");
            }
        }
        assert_eq!(lookup("marts").date_index(), lookup("MARTS").date_index());
        assert_eq!(lookup("huset").date_index(), 0);
    }
}
