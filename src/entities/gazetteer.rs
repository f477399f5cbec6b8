//! The names of organizations and parties from the word lists, compiled
//! once, and matched at a token whose first word the lexicon tagged.

use super::context::{Context, Tok, genitive_stem_bytes};
use crate::lexicon::FastMap;
use crate::lexicon::FxHasher;
use crate::lexicon::{
    FIRST_WORD_LISTS, entries, is_latin1_capital, is_latin1_small, latin1_lower, lowercase_into,
    lowers_as_ascii,
};
use crate::model::OrganizationKind;
use crate::segment::tokenize;
use once_cell::sync::Lazy;

/// A set with the lexicon's fast hasher: the keys are short words looked
/// up at every candidate name, where SipHash would dominate.
pub(crate) type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

/// A party from `parties.txt`: its code and its name.
#[derive(Debug)]
pub(crate) struct PartyInfo {
    /// The usual letters ("S", "RV").
    pub(crate) code: &'static str,
    /// The first full name listed for it ("Socialdemokratiet").
    pub(crate) name: &'static str,
}

/// A step of [`Steps`]: what the name names, if the words up to the step
/// are a whole name, and whether some longer name of the same lists goes
/// on from them ("danske" of "danske bank"), so that a match goes on to
/// the next token.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Name<T> {
    /// What the name names, when the key is a whole name.
    pub(crate) value: Option<T>,
    /// Whether a longer name starts with this key.
    pub(crate) continues: bool,
}

/// Names keyed by their lower-cased tokens joined by single spaces, and
/// the same names word by word: a match asks one table per token both
/// whether the words so far are a name and whether to go on.
#[derive(Debug)]
pub(crate) struct Names<T> {
    /// What each name names, by its key.
    by_key: FastMap<Box<str>, T>,
    /// The same names and beginnings word by word, as [`longest_match`]
    /// reads them.
    steps: Steps<T>,
    /// The shapes of the words that follow a first word in some name,
    /// each with and without a genitive ending.
    later_words: WordShapes,
    /// The shapes of the names of one word, each with and without a
    /// genitive ending.
    one_word_names: WordShapes,
    /// The shapes of the first two words of the names of more words
    /// together, the second with and without a genitive ending.
    first_pairs: PairShapes,
}

impl<T> Default for Names<T> {
    fn default() -> Self {
        Names {
            by_key: FastMap::default(),
            steps: Steps::default(),
            later_words: WordShapes::default(),
            one_word_names: WordShapes::default(),
            first_pairs: PairShapes::default(),
        }
    }
}

impl<T> Names<T> {
    /// What the name with `key` names, if it is a whole name.
    pub(crate) fn get(&self, key: &str) -> Option<T>
    where
        T: Copy,
    {
        self.by_key.get(key).copied()
    }

    /// Whether the lower-cased `word` may follow the first word of a name
    /// here: when it may not, no key ends in it, nor in it less a
    /// genitive ending. Most words after a name's first word ("Det er",
    /// "Aarhus,") are turned down by this rather than looked up.
    fn may_follow(&self, word: &str) -> bool {
        self.later_words.may_hold(word.as_bytes())
    }

    /// Whether a match that starts at token `i`, `first`, may find a
    /// name: when it may not, [`longest_match`] finds none there. Most
    /// words tagged as a name's first word ("Det", "Den") are no name
    /// alone, and are followed by a word that begins no name with them
    /// ("Det er", "Det skærper", "Aarhus ,"): turned down on the shapes
    /// of the two words together, before either is lowered and looked
    /// up. Only a word that lowers as ASCII (see [`lowered_shape`]) is
    /// turned down on its shape.
    #[inline]
    fn may_match_at(&self, context: &Context, i: usize, first: &Tok) -> bool {
        let Some(first_shape) = lowered_shape(first.text) else {
            return true;
        };
        self.one_word_names.holds(first_shape)
            || context.get(i + 1).is_some_and(|next| {
                !next.sentence_break()
                    && next.span().start <= first.span().end + 1
                    && lowered_shape(next.text)
                        .is_none_or(|next_shape| self.first_pairs.holds(first_shape, next_shape))
            })
    }
}

/// Adds the name with `key` to `names`; `keep_first` keeps the value of a
/// name added before under the same key.
fn add_name<T: Copy>(names: &mut Names<T>, key: &str, value: T, keep_first: bool) {
    // Looked up before it is put in: a key put in allocates.
    match names.by_key.get_mut(key) {
        Some(known) => {
            if !keep_first {
                *known = value;
            }
        }
        None => {
            names.by_key.insert(key.into(), value);
        }
    }
    names.steps.add_name(key, value, keep_first);
    if !key.contains(' ') {
        names.one_word_names.insert_with_genitives(key);
    }
    let mut words = key.split(' ');
    let first = words.next().unwrap_or_default();
    for (n, word) in words.enumerate() {
        names.later_words.insert_with_genitives(word);
        if n == 0 {
            // Only the last word of a name may carry a genitive ending.
            let last = key.len() == first.len() + 1 + word.len();
            names.first_pairs.insert(first, word, last);
        }
    }
}

/// The shape (see [`WordShapes`]) of `word` lowered as [`push_lowercase`]
/// lowers it, when lowering changes only its ASCII capitals (an ASCII
/// word, or one whose bytes beyond ASCII are small Latin-1 letters, as
/// [`ShortWord::lowered`] takes them): its length stays, and its first and
/// last bytes lower as ASCII bytes. `None` for any other word, and for an
/// empty one.
#[inline]
fn lowered_shape(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    if !word.is_ascii() && !crate::lexicon::lowers_as_ascii(word) {
        return None;
    }
    let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
    Some(WordShapes::shape_of(bytes.len(), first, last))
}

/// A set of pairs of word shapes (see [`WordShapes`]), by a hash of the
/// two: a pair not in the set is none of the pairs put in; one in it may
/// be. The lists have some hundreds of names of more than one word, so a
/// table of 2^16 bits is a few hundredths full.
#[derive(Debug)]
struct PairShapes {
    /// One bit per hash.
    bits: Bits,
}

impl Default for PairShapes {
    fn default() -> Self {
        PairShapes {
            bits: Bits::new(PairShapes::BITS),
        }
    }
}

impl PairShapes {
    /// How many bits the table has.
    const BITS: usize = 1 << 16;

    /// The bit of the pair of shapes `first` and `second`: the upper
    /// bits of a product, which every bit of the two moves.
    fn bit(first: usize, second: usize) -> usize {
        let pair = (first as u64) << 15 | second as u64;
        (pair.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    /// Whether the pair of shapes `first` and `second` may be in the set.
    #[inline]
    fn holds(&self, first: usize, second: usize) -> bool {
        self.bits.holds(Self::bit(first, second))
    }

    /// Puts in the pair of the lower-cased words `first` and `second`,
    /// and when `second` is a name's `last` word, of `first` and `second`
    /// with each genitive ending ("Danske Banks").
    fn insert(&mut self, first: &str, second: &str, last: bool) {
        let Some(first) = WordShapes::shape(first.as_bytes()) else {
            return;
        };
        let second = second.as_bytes();
        if let Some(shape) = WordShapes::shape(second) {
            self.bits.set(Self::bit(first, shape));
        }
        if !last {
            return;
        }
        for shape in WordShapes::genitive_shapes(second) {
            self.bits.set(Self::bit(first, shape));
        }
    }
}

/// A table of one bit for each number below its size: what
/// [`WordShapes`] and [`PairShapes`] keep their shapes in.
#[derive(Debug, PartialEq)]
struct Bits(Vec<u64>);

impl Bits {
    /// A table of `size` bits (a multiple of 64), none set.
    fn new(size: usize) -> Bits {
        Bits(vec![0; size / 64])
    }

    /// Whether bit `bit` is set; always for one beyond the table.
    #[inline]
    fn holds(&self, bit: usize) -> bool {
        self.0
            .get(bit / 64)
            .is_none_or(|bits| bits & (1 << (bit % 64)) != 0)
    }

    /// Sets bit `bit`, if the table has it.
    fn set(&mut self, bit: usize) {
        if let Some(bits) = self.0.get_mut(bit / 64) {
            *bits |= 1 << (bit % 64);
        }
    }
}

/// The names of a [`Names`] word by word: each word of a name a step
/// from the words before it, with what the words up to it name and
/// whether a longer name goes on from them. A match looks each token up
/// once by its [`WordKey`] and the step before, a few numbers, where a
/// key of the words so far was lowered into a string and hashed whole at
/// every token.
#[derive(Debug)]
struct Steps<T> {
    /// The steps; a step's number is its index plus one, 0 standing for
    /// the start of a name.
    steps: Vec<Step<T>>,
    /// The words longer than a [`ShortWord`], back to back.
    long_words: Vec<u8>,
    /// Open addressing by hash, a power of two long and at most half
    /// full: each slot 0 when free, else a step's number.
    slots: Vec<u32>,
}

/// A word of a name after the words before it.
#[derive(Debug)]
struct Step<T> {
    /// The number of the step before, 0 for a name's first word.
    from: u32,
    /// The word's key, or [`ShortWord::NONE`] for a longer word.
    short: ShortWord,
    /// A longer word, as where it lies in [`Steps::long_words`].
    long: (u32, u32),
    /// What the words up to here name, and whether a longer name goes on.
    name: Name<T>,
}

impl<T> Default for Steps<T> {
    fn default() -> Self {
        Steps {
            steps: Vec::new(),
            long_words: Vec::new(),
            slots: vec![0; 64],
        }
    }
}

impl<T> Steps<T> {
    /// The step of `word` after step `from`: its number and its name.
    #[inline]
    fn get(&self, from: u32, word: WordKey) -> Option<(u32, &Name<T>)> {
        let number = self.find(from, word).ok()?;
        let step = self.steps.get(number.checked_sub(1)? as usize)?;
        Some((number, &step.name))
    }

    /// The number of the step of `word` after step `from`, else the free
    /// slot where it would go.
    #[inline]
    fn find(&self, from: u32, word: WordKey) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        match word {
            WordKey::Short(short) => {
                let salt = u64::from(from).wrapping_mul(0xA076_1D64_78BD_642F);
                let home = short.home_salted(salt, mask);
                self.probe(home, |step| step.from == from && step.short == short)
            }
            WordKey::Long(word) => {
                let mut hasher = FxHasher::default();
                std::hash::Hasher::write(&mut hasher, word);
                std::hash::Hasher::write_u32(&mut hasher, from);
                let home = (std::hash::Hasher::finish(&hasher) >> 32) as usize & mask;
                self.probe(home, |step| {
                    let (start, end) = (step.long.0 as usize, step.long.1 as usize);
                    step.from == from
                        && step.short == ShortWord::NONE
                        && self.long_words.get(start..end) == Some(word)
                })
            }
        }
    }

    /// The number of the step in the slots from `home` on that `is` tells
    /// the one sought, else the first free slot.
    #[inline(always)]
    fn probe(&self, home: usize, is: impl Fn(&Step<T>) -> bool) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut at = home;
        // The table is at most half full: the walk meets a free slot.
        for _ in 0..self.slots.len() {
            match self.slots.get(at) {
                Some(&0) | None => return Err(at),
                Some(&number) => {
                    let step = self.steps.get(number as usize - 1);
                    if step.is_some_and(&is) {
                        return Ok(number);
                    }
                    at = (at + 1) & mask;
                }
            }
        }
        Err(at)
    }

    /// Adds the name with `key`, its words parted by single spaces, as
    /// [`add_name`] adds it to the keys.
    fn add_name(&mut self, key: &str, value: T, keep_first: bool) {
        let mut words = key.split(' ').peekable();
        let mut from = 0;
        while let Some(word) = words.next() {
            from = self.add(from, word.as_bytes());
            let Some(step) = self.steps.get_mut(from as usize - 1) else {
                return;
            };
            if words.peek().is_some() {
                step.name.continues = true;
            } else if step.name.value.is_none() || !keep_first {
                step.name.value = Some(value);
                return;
            }
        }
    }

    /// The number of the step of the lowered `word` after step `from`,
    /// made if there is none.
    fn add(&mut self, from: u32, word: &[u8]) -> u32 {
        let key = WordKey::of_lowered(word);
        let free = match self.find(from, key) {
            Ok(number) => return number,
            Err(free) => free,
        };
        let (short, long) = match key {
            WordKey::Short(short) => (short, (0, 0)),
            WordKey::Long(word) => {
                let start = self.long_words.len();
                self.long_words.extend_from_slice(word);
                // The lists are far shorter than 4 GiB.
                let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
                (
                    ShortWord::NONE,
                    (offset(start), offset(self.long_words.len())),
                )
            }
        };
        self.steps.push(Step {
            from,
            short,
            long,
            name: Name {
                value: None,
                continues: false,
            },
        });
        let number = u32::try_from(self.steps.len()).unwrap_or(u32::MAX);
        if let Some(slot) = self.slots.get_mut(free) {
            *slot = number;
        }
        if self.steps.len() * 2 > self.slots.len() {
            self.grow();
        }
        number
    }

    /// Doubles the table and puts every step back.
    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        for index in 0..self.steps.len() {
            let Some(step) = self.steps.get(index) else {
                break;
            };
            let (start, end) = (step.long.0 as usize, step.long.1 as usize);
            let key = if step.short == ShortWord::NONE {
                WordKey::Long(self.long_words.get(start..end).unwrap_or_default())
            } else {
                WordKey::Short(step.short)
            };
            if let Err(free) = self.find(step.from, key) {
                if let Some(slot) = self.slots.get_mut(free) {
                    *slot = u32::try_from(index + 1).unwrap_or(u32::MAX);
                }
            }
        }
    }
}

/// The endings `context::genitive_stem` takes off a word.
const GENITIVE_ENDINGS: [&str; 5] = ["s", "'s", "’s", "'", "’"];

/// A set of words by their shape: their length in bytes (up to 15) and
/// the low bits of their first and last bytes. A word whose shape is not
/// in the set is none of the words put in; one whose shape is may be.
#[derive(Debug)]
struct WordShapes {
    /// One bit per shape.
    bits: Bits,
}

impl Default for WordShapes {
    fn default() -> Self {
        WordShapes {
            bits: Bits::new(WordShapes::SHAPES),
        }
    }
}

impl WordShapes {
    /// How many shapes there are: 4 bits of length, 5 of the first byte,
    /// 6 of the last.
    const SHAPES: usize = 1 << 15;

    /// The shape of `word`, if it has a byte.
    fn shape(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        Some(Self::shape_of(word.len(), first, last))
    }

    /// The shape of a word of `len` bytes from `first` to `last`.
    fn shape_of(len: usize, first: u8, last: u8) -> usize {
        len.min(15) << 11 | usize::from(first & 31) << 6 | usize::from(last & 63)
    }

    /// Whether shape `shape` is in the set.
    fn holds(&self, shape: usize) -> bool {
        self.bits.holds(shape)
    }

    /// Puts `word` in, and `word` with each genitive ending. A word and
    /// its ending are not joined into a string: the shape of the two
    /// together is known from their lengths and end bytes, and formatting
    /// the joined words cost 2.5M instructions when the name lists were
    /// loaded, once per process.
    fn insert_with_genitives(&mut self, word: &str) {
        self.insert(word.as_bytes());
        for shape in Self::genitive_shapes(word.as_bytes()) {
            self.insert_shape(shape);
        }
    }

    /// The shapes of `word` with each genitive ending after it, worked
    /// out from the two's lengths and end bytes.
    fn genitive_shapes(word: &[u8]) -> impl Iterator<Item = usize> + '_ {
        GENITIVE_ENDINGS.iter().filter_map(move |ending| {
            let ending = ending.as_bytes();
            let (&first, &last) = (word.first().or(ending.first())?, ending.last()?);
            Some(Self::shape_of(word.len() + ending.len(), first, last))
        })
    }

    /// Puts `word` in.
    fn insert(&mut self, word: &[u8]) {
        if let Some(shape) = Self::shape(word) {
            self.insert_shape(shape);
        }
    }

    /// Puts shape `shape` in.
    fn insert_shape(&mut self, shape: usize) {
        self.bits.set(shape);
    }

    /// Whether the ASCII `word`, lower-cased, may be in the set; always
    /// for an empty word. Lowering an ASCII word keeps its length and
    /// lowers its first and last bytes as they are lowered here.
    fn may_hold_lowered(&self, word: &[u8]) -> bool {
        let (Some(first), Some(last)) = (word.first(), word.last()) else {
            return true;
        };
        let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
        self.holds(Self::shape_of(word.len(), first, last))
    }

    /// Whether `word` may be in the set; always for an empty word.
    fn may_hold(&self, word: &[u8]) -> bool {
        Self::shape(word).is_none_or(|shape| self.holds(shape))
    }
}

/// Every known name, lower-cased with its tokens joined by single spaces,
/// with what it names.
#[derive(Debug, Default)]
pub(crate) struct Gazetteer {
    /// Organization names and their kind.
    pub(crate) organizations: Names<OrganizationKind>,
    /// Keys of names listed in capitals ("DA", "LO", "FOA"), which match
    /// only words written in capitals. As bytes: a word is looked up
    /// lowered as bytes, with no UTF-8 check.
    pub(crate) acronyms: FastSet<Box<[u8]>>,
    /// The shapes of the `acronyms`, with and without a genitive ending.
    acronym_shapes: WordShapes,
    /// Party names (not codes), to an index into `parties`.
    pub(crate) party_names: Names<usize>,
    /// Party codes and code aliases as written ("S", "Ø", "KrF"), to an
    /// index into `parties`.
    pub(crate) party_codes: FastMap<&'static str, usize>,
    /// The parties, one per code.
    pub(crate) parties: Vec<PartyInfo>,
    /// The most tokens any name has.
    pub(crate) longest: usize,
}

impl Gazetteer {
    /// Whether the lower-cased `word`, or its genitive stem, may be one of
    /// the `acronyms`: an ASCII word is turned down on its length and its
    /// first and last letters, before it is lowered and looked up; any
    /// other word may be one.
    pub(crate) fn may_be_acronym(&self, word: &str) -> bool {
        !word.is_ascii() || self.acronym_shapes.may_hold_lowered(word.as_bytes())
    }

    /// The kind of the organization whose key is `key`, if one is listed.
    pub(crate) fn organization(&self, key: &str) -> Option<OrganizationKind> {
        self.organizations.get(key)
    }
}

/// The kind of organization each list names.
fn kind_of_list(file: &str) -> Option<OrganizationKind> {
    let kind = file.strip_prefix("organizations_")?;
    Some(if kind.starts_with("company") {
        OrganizationKind::Company
    } else if kind.starts_with("media") {
        OrganizationKind::Media
    } else if kind.starts_with("public") {
        OrganizationKind::Public
    } else {
        OrganizationKind::Organization
    })
}

/// The key of a name: its tokens lower-cased and joined by spaces.
pub(crate) fn key_of(name: &str) -> (String, usize) {
    if let Some(key) = plain_key(name) {
        return key;
    }
    let tokens = tokenize(name);
    // One string, lowered word by word as the rules lower the text, with
    // no string per word.
    let mut key = String::with_capacity(name.len() + tokens.len());
    for (n, token) in tokens.iter().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        let word = name.get(token.start..token.end).unwrap_or("");
        if !push_lowercase(word, &mut key) {
            key.push_str(&word.to_lowercase());
        }
    }
    (key, tokens.len())
}

/// [`key_of`] for a name of ASCII and Latin-1 letters in words parted by
/// single spaces, most names: the tokenizer splits such a name at its
/// spaces alone, so it is lowered whole with no token list. `None` for
/// any other name.
fn plain_key(name: &str) -> Option<(String, usize)> {
    let (words, ascii_capitals_only) = plain_words(name.as_bytes())?;
    // Read first and lowered after: pushing byte by byte into a vector
    // and checking it as UTF-8 at the end cost a new name of an article
    // about 400 instructions. A Latin-1 small letter ("Københavns")
    // lowers to itself, so only a Latin-1 capital needs the char walk.
    let key = if ascii_capitals_only {
        name.to_ascii_lowercase()
    } else {
        let mut key = String::with_capacity(name.len());
        for c in name.chars() {
            key.push(latin1_char_lower(c));
        }
        key
    };
    Some((key, words))
}

/// How many words a name of ASCII and Latin-1 letters in words parted by
/// single spaces has, and whether its only capitals are ASCII; `None`
/// for any other name.
fn plain_words(bytes: &[u8]) -> Option<(usize, bool)> {
    let mut words = 1;
    // No capital beyond ASCII so far.
    let mut ascii_capitals_only = true;
    let mut after_space = true;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        match b {
            b' ' if !after_space => {
                words += 1;
                after_space = true;
                at += 1;
                continue;
            }
            b'a'..=b'z' | b'A'..=b'Z' => {}
            // A Latin-1 letter (not × or ÷).
            0xC3 => {
                let second = *bytes.get(at + 1)?;
                if is_latin1_capital(second) {
                    ascii_capitals_only = false;
                } else if !is_latin1_small(second) {
                    return None;
                }
                at += 1;
            }
            _ => return None,
        }
        after_space = false;
        at += 1;
    }
    if after_space {
        return None;
    }
    Some((words, ascii_capitals_only))
}

/// An ASCII or Latin-1 char of a plain name, lowered as the rules lower
/// it: a Latin-1 capital's small form lies 0x20 above it.
fn latin1_char_lower(c: char) -> char {
    match u8::try_from(u32::from(c)) {
        // U+00C0..=U+00FF is written 0xC3 and its code point less 0x40.
        Ok(byte) if byte >= 0xC0 => char::from(latin1_lower(byte - 0x40) + 0x40),
        _ => c.to_ascii_lowercase(),
    }
}

/// Whether `entry` is written as a party code: one to three letters,
/// starting with a capital ("S", "SF", "KrF", "Ø").
fn is_code(entry: &str) -> bool {
    let letters = entry.chars().count();
    (1..=3).contains(&letters)
        && entry.chars().all(char::is_alphabetic)
        && entry.chars().next().is_some_and(char::is_uppercase)
}

/// The names of all lists, compiled once per process.
pub(crate) static GAZETTEER: Lazy<Gazetteer> = Lazy::new(|| {
    let mut gazetteer = Gazetteer::default();
    for &(file, _, data) in FIRST_WORD_LISTS {
        if file == "parties.txt" {
            add_parties(&mut gazetteer, data);
        } else if let Some(kind) = kind_of_list(file) {
            for entry in entries(data) {
                let (key, len) = key_of(entry);
                gazetteer.longest = gazetteer.longest.max(len);
                if entry
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                {
                    gazetteer.acronym_shapes.insert_with_genitives(&key);
                    gazetteer.acronyms.insert(key.as_bytes().into());
                }
                add_name(&mut gazetteer.organizations, &key, kind, true);
            }
        }
    }
    gazetteer
});

/// Adds the "Name | CODE" lines of `parties.txt`.
fn add_parties(gazetteer: &mut Gazetteer, data: &'static str) {
    for entry in entries(data) {
        let Some((name, code)) = entry.split_once('|') else {
            continue;
        };
        let (name, code) = (name.trim(), code.trim());
        let index = match gazetteer.parties.iter().position(|p| p.code == code) {
            Some(index) => index,
            None => {
                gazetteer.parties.push(PartyInfo { code, name });
                gazetteer.parties.len() - 1
            }
        };
        if is_code(name) {
            gazetteer.party_codes.insert(name, index);
        } else {
            let party = &mut gazetteer.parties[index];
            if is_code(party.name) {
                party.name = name;
            }
            let (key, len) = key_of(name);
            gazetteer.longest = gazetteer.longest.max(len);
            add_name(&mut gazetteer.party_names, &key, index, false);
        }
    }
}

/// The room a buffer for the keys [`longest_match`] builds starts with:
/// enough for most names, so that it is not grown two or three times in
/// every analysis of a short text.
pub(crate) const KEY_CAPACITY: usize = 64;

/// The longest name of `names` that starts at token `i`: how many tokens
/// it has and what it names. The last token may carry a genitive ending
/// ("Danske Banks"). Reuses `key` as a buffer.
pub(crate) fn longest_match<T: Copy>(
    context: &Context,
    i: usize,
    key: &mut String,
    names: &Names<T>,
) -> Option<(usize, T)> {
    if !names.may_match_at(context, i, &context.get(i)?) {
        return None;
    }
    match_from(context, i, key, names)
}

/// [`longest_match`] without the first test on the shapes of its first
/// two words. Each word is looked up by its key after the words before
/// it (see [`Steps`]): a short word with no capital beyond ASCII with no
/// lowered copy; any other lowered into `key`.
fn match_from<T: Copy>(
    context: &Context,
    i: usize,
    key: &mut String,
    names: &Names<T>,
) -> Option<(usize, T)> {
    let mut best = None;
    let mut previous_end = 0;
    // The step of the words matched so far; 0 before the first.
    let mut from = 0;
    // Read once: the gazetteer is a lazy static, checked at every read.
    let longest = GAZETTEER.longest;
    for n in 1..=longest {
        let Some(tok) = context.get(i + n - 1) else {
            break;
        };
        if n > 1 && (tok.sentence_break() || tok.span().start > previous_end + 1) {
            break;
        }
        previous_end = tok.span().end;
        key.clear();
        // A word that follows no name's first word ends the match with
        // nothing more found: no name goes on with it. The shape of a
        // short word is read from its own bytes, which lower as ASCII.
        let word = match ShortWord::lowered(tok.text) {
            Some(short) => {
                if n > 1 && !names.later_words.may_hold_lowered(tok.text.as_bytes()) {
                    break;
                }
                WordKey::Short(short)
            }
            None => {
                if !push_lowercase(tok.text, key) {
                    break;
                }
                if n > 1 && !names.may_follow(key) {
                    break;
                }
                WordKey::of_lowered(key.as_bytes())
            }
        };
        let step = names.steps.get(from, word);
        if let Some(value) = step.and_then(|(_, name)| name.value) {
            best = Some((n, value));
        } else if let Some(value) = genitive_value(names, from, n > 1, tok.text, key) {
            best = Some((n, value));
        }
        match step {
            Some((number, name)) if name.continues => from = number,
            _ => break,
        }
    }
    best
}

/// What the word `word` names after step `from` less a genitive ending
/// ("Danske Banks"), as the key of the words up to it less the ending
/// named it. `lowered` holds the word lowered, or is empty when the word
/// lowers as ASCII. The stem of a name's first word has two characters
/// at least (see `genitive_stem`); one after other words has the words
/// before it.
fn genitive_value<T: Copy>(
    names: &Names<T>,
    from: u32,
    after_words: bool,
    word: &str,
    lowered: &mut String,
) -> Option<T> {
    // Every ending ends in one of these bytes, lowered or not.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return None;
    }
    if lowered.is_empty() {
        push_ascii_lowered(word, lowered);
    }
    let lowered = lowered.as_bytes();
    let stem = if after_words {
        lowered.get(..lowered.len() - genitive_ending(lowered)?)?
    } else {
        genitive_stem_bytes(lowered)?
    };
    let (_, name) = names.steps.get(from, WordKey::of_lowered(stem))?;
    name.value
}

/// How many bytes of genitive ending `word` has, as `genitive_stem`
/// takes them off the last word of a key: "'s", "’s", "'", "’" or "s".
fn genitive_ending(word: &[u8]) -> Option<usize> {
    match word {
        [.., b'\'', b's'] => Some(2),
        [.., 0xE2, 0x80, 0x99, b's'] => Some(4),
        [.., b'\''] | [.., b's'] | [.., b'S'] => Some(1),
        [.., 0xE2, 0x80, 0x99] => Some(3),
        _ => None,
    }
}

/// How long a word [`push_lowercase`] lowers may be, in bytes: the
/// buffer `lowercase_into` lowers a word that is not ASCII into.
const LOWER_BUF_LEN: usize = 144;

/// Appends `word` lowered as `lowercase_into` lowers it to `key`, through
/// a buffer when it is not ASCII; `false` when it is longer than
/// [`LOWER_BUF_LEN`]. An ASCII word, nearly every name word, is lowered
/// in place, with no copy to a buffer and no UTF-8 check on the way back;
/// that path is inlined where a name's words are lowered one by one, and
/// has no buffer to zero (the buffer lives in the path that needs it).
#[inline(always)]
pub(crate) fn push_lowercase(word: &str, key: &mut String) -> bool {
    if word.is_ascii() && word.len() <= LOWER_BUF_LEN {
        push_ascii_lowered(word, key);
        return true;
    }
    push_lowercase_through(word, key)
}

/// Appends `word` to `key` with its ASCII capitals lowered, in place.
#[inline(always)]
pub(crate) fn push_ascii_lowered(word: &str, key: &mut String) {
    let start = key.len();
    key.push_str(word);
    if let Some(added) = key.get_mut(start..) {
        added.make_ascii_lowercase();
    }
}

/// [`push_lowercase`] for a word that is not ASCII or is too long. A
/// word whose letters beyond ASCII are small ("Jørgensen") is lowered in
/// place as an ASCII word is.
#[inline(never)]
fn push_lowercase_through(word: &str, key: &mut String) -> bool {
    if word.len() <= LOWER_BUF_LEN && lowers_as_ascii(word) {
        push_ascii_lowered(word, key);
        return true;
    }
    let mut buf = [0u8; LOWER_BUF_LEN];
    match lowercase_into(word, &mut buf) {
        Some(lower) => {
            key.push_str(lower);
            true
        }
        None => false,
    }
}

/// A lower-cased word as a table of words finds it (the name words of
/// a text's people, the words of the listed names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordKey<'w> {
    /// A word of one to [`ShortWord::MAX`] bytes.
    Short(ShortWord),
    /// Any other word, as its bytes.
    Long(&'w [u8]),
}

impl WordKey<'_> {
    /// The key of the lower-cased `word`.
    pub(crate) fn of_lowered(word: &[u8]) -> WordKey<'_> {
        ShortWord::pack(word).map_or(WordKey::Long(word), WordKey::Short)
    }
}

/// A word of one to [`ShortWord::MAX`] bytes as two numbers and its
/// length, every byte at a place its length fixes, so that two words
/// share one only when they are the same word. Hashed and compared in a
/// few instructions, and lowered as numbers when its only capitals are
/// ASCII: most name words ("Frederiksen", "Jørgensen") are looked up
/// with no lowered copy, no hash over their bytes and no byte compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ShortWord {
    /// The first eight bytes of a word of eight or more; of a shorter one
    /// its first four and last four bytes (they overlap), or of one of up
    /// to three bytes its first, middle and last.
    head: u64,
    /// The last eight bytes of a word of eight or more, else 0.
    tail: u64,
    /// The word's length in bytes.
    len: u32,
}

impl ShortWord {
    /// The longest word a key holds, in bytes.
    pub(crate) const MAX: usize = 16;

    /// The key of no word (a word has a byte), kept for a longer word.
    pub(crate) const NONE: ShortWord = ShortWord {
        head: 0,
        tail: 0,
        len: 0,
    };

    /// `word`'s bytes as a key, if it has one to [`ShortWord::MAX`].
    #[inline]
    pub(crate) fn pack(word: &[u8]) -> Option<ShortWord> {
        let len = word.len();
        let (head, tail) = if let (Some(head), Some(tail)) =
            (word.first_chunk::<8>(), word.last_chunk::<8>())
        {
            if len > Self::MAX {
                return None;
            }
            (u64::from_le_bytes(*head), u64::from_le_bytes(*tail))
        } else if let (Some(head), Some(tail)) = (word.first_chunk::<4>(), word.last_chunk::<4>()) {
            let (head, tail) = (u32::from_le_bytes(*head), u32::from_le_bytes(*tail));
            (u64::from(head) | u64::from(tail) << 32, 0)
        } else {
            let (&first, &last) = (word.first()?, word.last()?);
            let middle = word.get(len / 2).copied().unwrap_or(last);
            let bytes = u32::from(first) | u32::from(middle) << 8 | u32::from(last) << 16;
            (u64::from(bytes), 0)
        };
        Some(ShortWord {
            head,
            tail,
            // At most `MAX`.
            len: len as u32,
        })
    }

    /// The key of `word` lowered as [`push_lowercase`] lowers it, when
    /// the word is short and its only capitals are ASCII (the bytes
    /// beyond ASCII are small Latin-1 letters): its ASCII capitals are
    /// lowered eight at a time in the numbers. `None` for any other word.
    #[inline]
    pub(crate) fn lowered(word: &str) -> Option<ShortWord> {
        let packed = Self::pack(word.as_bytes())?;
        let beyond_ascii = (packed.head | packed.tail) & (0x80 * ONES) != 0;
        if beyond_ascii && !crate::lexicon::lowers_as_ascii(word) {
            return None;
        }
        Some(ShortWord {
            head: lower_ascii_capitals(packed.head),
            tail: lower_ascii_capitals(packed.tail),
            len: packed.len,
        })
    }

    /// The word's bytes at the start of a buffer, and how many there
    /// are. Written as `pack` read them, each part whole (a part of a
    /// length known here costs a move or two, where one of a length known
    /// at run time costs a call); where parts overlap they hold the same
    /// bytes.
    pub(crate) fn bytes(&self) -> ([u8; Self::MAX], usize) {
        let mut bytes = [0; Self::MAX];
        let len = self.len as usize;
        let (head, tail) = (self.head.to_le_bytes(), self.tail.to_le_bytes());
        let mut put = |at: usize, part: &[u8]| {
            if let Some(slots) = bytes.get_mut(at..at + part.len()) {
                slots.copy_from_slice(part);
            }
        };
        match len {
            8.. => {
                put(0, &head);
                put(len - 8, &tail);
            }
            4..=7 => {
                put(0, &head[..4]);
                put(len - 4, &head[4..]);
            }
            _ => {
                // The first, middle and last bytes.
                put(0, &head[..1]);
                put(len / 2, &head[1..2]);
                put(len.saturating_sub(1), &head[2..3]);
            }
        }
        (bytes, len.min(Self::MAX))
    }

    /// Where the key starts its search in a table of `mask + 1` slots:
    /// from the upper half of a product, which every bit of the key
    /// moves.
    #[inline]
    pub(crate) fn home(&self, mask: usize) -> usize {
        self.home_salted(0, mask)
    }

    /// [`ShortWord::home`] of the key together with `salt`.
    #[inline]
    fn home_salted(&self, salt: u64, mask: usize) -> usize {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let head = (self.head ^ salt).wrapping_mul(K).rotate_left(29);
        let mixed = (head ^ self.tail ^ u64::from(self.len)).wrapping_mul(K);
        (mixed >> 32) as usize & mask
    }
}

/// A byte of 1 in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;

/// `bytes` with the ASCII capitals among its eight bytes lowered, the
/// other bytes as they are.
#[inline]
fn lower_ascii_capitals(bytes: u64) -> u64 {
    // The capitals among the low seven bits of each byte; a byte with
    // bit 7 of its own is no ASCII letter.
    let capitals = crate::lexicon::ascii_capitals(bytes & !(0x80 * ONES)) & !bytes;
    // A capital's small letter lies 0x20 above it.
    bytes | capitals >> 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::context::genitive_stem;

    proptest::proptest! {
        #[test]
        fn ascii_capitals_are_lowered_eight_at_a_time(bytes in proptest::num::u64::ANY) {
            let one_by_one = u64::from_le_bytes(bytes.to_le_bytes().map(|b| b.to_ascii_lowercase()));
            proptest::prop_assert_eq!(lower_ascii_capitals(bytes), one_by_one);
        }
    }

    #[test]
    fn parties_have_codes_and_names() {
        let s = GAZETTEER.party_codes["S"];
        assert_eq!(GAZETTEER.parties[s].name, "Socialdemokratiet");
        assert_eq!(GAZETTEER.party_codes["Ø"], GAZETTEER.party_codes["EL"]);
        assert!(GAZETTEER.party_names.get("radikale venstre").is_some());
        let beginning = GAZETTEER
            .party_names
            .steps
            .get(0, WordKey::of_lowered(b"radikale"));
        assert!(beginning.is_some_and(|(_, name)| name.continues));
        assert!(continues(&GAZETTEER.party_names, "radikale"));
    }

    /// [`key_of`] through the tokenizer, as it is for any name.
    fn tokenized_key(name: &str) -> (String, usize) {
        let tokens = tokenize(name);
        let words: Vec<String> = tokens
            .iter()
            .map(|t| name[t.start..t.end].to_lowercase())
            .collect();
        (words.join(" "), tokens.len())
    }

    proptest::proptest! {
        #[test]
        fn plain_names_are_keyed_as_the_tokenizer_splits_them(
            name in "[a-zA-ZæøåÆØÅéÉßÞþÿ]{1,7}( [a-zA-ZæøåÆØÅéÉ]{1,7}){0,3}",
        ) {
            proptest::prop_assert_eq!(plain_key(&name), Some(tokenized_key(&name)));
        }

        #[test]
        fn other_names_are_left_to_the_tokenizer(name in "[a-zA-Zø .&/'-]{0,12}") {
            if let Some(key) = plain_key(&name) {
                proptest::prop_assert_eq!(key, tokenized_key(&name));
            }
            proptest::prop_assert_eq!(key_of(&name), tokenized_key(&name));
        }

        /// A word's genitives are put in by their shapes as the joined
        /// words' own shapes: the set holds just what it would hold had
        /// each word and ending been joined.
        #[test]
        fn genitives_are_put_in_by_the_joined_words_shapes(word in "[a-zæøå'’]{0,18}") {
            let mut by_shapes = WordShapes::default();
            by_shapes.insert_with_genitives(&word);
            let mut joined = WordShapes::default();
            joined.insert(word.as_bytes());
            for ending in GENITIVE_ENDINGS {
                joined.insert(format!("{word}{ending}").as_bytes());
            }
            proptest::prop_assert_eq!(by_shapes.bits, joined.bits);
        }
    }

    #[test]
    fn every_later_word_of_a_name_may_follow() {
        fn check<T>(names: &Names<T>) {
            for key in names.by_key.keys() {
                for word in key.split(' ').skip(1) {
                    assert!(names.may_follow(word), "{key}");
                    for ending in GENITIVE_ENDINGS {
                        assert!(names.may_follow(&format!("{word}{ending}")), "{key}");
                    }
                }
            }
        }
        check(&GAZETTEER.organizations);
        check(&GAZETTEER.party_names);
        assert!(GAZETTEER.party_names.may_follow("konservative"));
        // The words that most often follow a name's first word in a text
        // are no later word of a party's name.
        for word in ["er", "har", "var", "i"] {
            assert!(!GAZETTEER.party_names.may_follow(word), "{word}");
        }
    }

    proptest::proptest! {
        #[test]
        fn names_match_as_without_the_first_test(
            words in proptest::collection::vec(
                "Det|DET|Den|Der|Konservative|Radikale|Venstre|Venstres|Dansk|Folkeparti|\\
                 Folkepartis|Kongelige|Teater|Danske|Bank|Banks|Politiken|Politikens|er|\\
                 kom|og|i|\\.|,|Ærø|Jyllands-Posten|DR|DR's|FC|Aarhus|Universitet|\\
                 Europæiske|EUROPÆISKE|Udviklingsbank|blå|Avis|skærper|Ugeavisen|\\
                 København|Københavns|Lån|&|Spar|Hafnia|Sø-|Svenskt|Stål|Århus|\\
                 Stiftstidende|Stiftstidendes|Brødrene|Løvehjerte",
                1..8,
            ),
            spaces in proptest::collection::vec("( |  |\n\n)", 8),
        ) {
            let mut text = String::new();
            for (word, space) in words.iter().zip(&spaces) {
                text.push_str(word);
                text.push_str(space);
            }
            let segmentation = crate::segment::segment(&text);
            let document = crate::document::Document::new(&text, &segmentation);
            let context = Context::new(&document);
            let mut key = String::new();
            for i in 0..context.len() {
                let orgs = &GAZETTEER.organizations;
                proptest::prop_assert_eq!(
                    longest_match(&context, i, &mut key, orgs),
                    match_from(&context, i, &mut key, orgs)
                );
                let parties = &GAZETTEER.party_names;
                proptest::prop_assert_eq!(
                    longest_match(&context, i, &mut key, parties),
                    match_from(&context, i, &mut key, parties)
                );
            }
        }
    }

    #[test]
    fn every_listed_name_passes_the_first_test() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(names: &Names<T>) {
            let mut key_buf = String::new();
            for key in names.by_key.keys() {
                let upper = key.to_uppercase();
                let capitalised: String = key
                    .split(' ')
                    .map(|word| {
                        let mut chars = word.chars();
                        chars.next().map_or(String::new(), |first| {
                            first.to_uppercase().chain(chars).collect()
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                for name in [&**key, &upper, &capitalised] {
                    for ending in ["", "s", "'s", "’s", "'", "’", "S"] {
                        let text = format!("{name}{ending} kom.");
                        let segmentation = crate::segment::segment(&text);
                        let document = crate::document::Document::new(&text, &segmentation);
                        let context = Context::new(&document);
                        assert_eq!(
                            longest_match(&context, 0, &mut key_buf, names),
                            match_from(&context, 0, &mut key_buf, names),
                            "{text}"
                        );
                    }
                }
            }
        }
        check(&GAZETTEER.organizations);
        check(&GAZETTEER.party_names);
    }

    /// Whether a longer name of `names` starts with `key` and a space.
    fn continues<T>(names: &Names<T>, key: &str) -> bool {
        names
            .by_key
            .keys()
            .any(|name| name.starts_with(key) && name.as_bytes().get(key.len()) == Some(&b' '))
    }

    /// The beginnings of the names of the lists that a longer name goes
    /// on from, as [`continues`] finds them.
    static BEGINNINGS: std::sync::LazyLock<[FastSet<String>; 2]> = std::sync::LazyLock::new(|| {
        let of = |keys: Vec<&str>| {
            let mut beginnings = FastSet::default();
            for key in keys {
                for (at, _) in key.match_indices(' ') {
                    beginnings.insert(key[..at].to_string());
                }
            }
            beginnings
        };
        [
            of(GAZETTEER
                .organizations
                .by_key
                .keys()
                .map(|k| &**k)
                .collect()),
            of(GAZETTEER.party_names.by_key.keys().map(|k| &**k).collect()),
        ]
    });

    /// [`match_from`] as it was written before [`Steps`]: the words so
    /// far lowered into one key and looked up whole, less a genitive
    /// ending too; a beginning of a name looked up in `beginnings`.
    fn match_by_keys<T: Copy>(
        context: &Context,
        i: usize,
        names: &Names<T>,
        beginnings: &FastSet<String>,
    ) -> Option<(usize, T)> {
        let mut key = String::new();
        let mut best = None;
        let mut previous_end = 0;
        for n in 1..=GAZETTEER.longest {
            let Some(tok) = context.get(i + n - 1) else {
                break;
            };
            if n > 1 && (tok.sentence_break() || tok.span().start > previous_end + 1) {
                break;
            }
            previous_end = tok.span().end;
            if n > 1 {
                key.push(' ');
            }
            if !push_lowercase(tok.text, &mut key) {
                break;
            }
            if let Some(value) = names.get(&key) {
                best = Some((n, value));
            } else if let Some(stem) = genitive_stem(&key) {
                if let Some(value) = names.get(stem) {
                    best = Some((n, value));
                }
            }
            if !beginnings.contains(&key) {
                break;
            }
        }
        best
    }

    proptest::proptest! {
        #[test]
        fn names_match_word_by_word_as_by_their_keys(
            words in proptest::collection::vec(
                "Det|DET|Den|Radikale|RADIKALE|Venstre|Venstres|Venstre's|Venstre’s|Venstre'|\
                 Dansk|Folkeparti|Folkepartis|Kongelige|Danske|Bank|Banks|BANKS|Bank’|s|'s|\
                 er|og|\\.|Ærø|ÆRØ|Jyllands-Posten|DR|DR's|Danmarks|DANMARKS|\
                 Sparekasseforening|Sparekasseforenings|SPAREKASSEFORENINGS|Lån|&|Spar|\
                 Ingeniørforeningen|Ingeniørforeningens|INGENIØRFORENINGEN|Magasin|du|Nord|\
                 Nords|GN|Store|[a-zA-ZæøÆØ'’]{1,18}",
                1..8,
            ),
        ) {
            let text = words.join(" ");
            let segmentation = crate::segment::segment(&text);
            let document = crate::document::Document::new(&text, &segmentation);
            let context = Context::new(&document);
            let mut key = String::new();
            for i in 0..context.len() {
                let orgs = &GAZETTEER.organizations;
                proptest::prop_assert_eq!(
                    match_from(&context, i, &mut key, orgs),
                    match_by_keys(&context, i, orgs, &BEGINNINGS[0])
                );
                let parties = &GAZETTEER.party_names;
                proptest::prop_assert_eq!(
                    match_from(&context, i, &mut key, parties),
                    match_by_keys(&context, i, parties, &BEGINNINGS[1])
                );
            }
        }
    }

    #[test]
    fn listed_names_are_found_word_by_word() {
        let text = "Danske Banks og Magasin du Nord og Ingeniørforeningens og Lån & Spar Bank";
        let segmentation = crate::segment::segment(text);
        let document = crate::document::Document::new(text, &segmentation);
        let context = Context::new(&document);
        let mut key = String::new();
        let found: Vec<usize> = (0..context.len())
            .filter_map(|i| match_from(&context, i, &mut key, &GAZETTEER.organizations))
            .map(|(n, _)| n)
            .collect();
        assert_eq!(found, [2, 3, 1, 4]);
    }

    #[test]
    fn the_first_test_turns_down_a_first_word_alone_before_another_word() {
        let text = "Det er koldt, og Det Radikale Venstre siger nej.";
        let segmentation = crate::segment::segment(text);
        let document = crate::document::Document::new(text, &segmentation);
        let context = Context::new(&document);
        let first = context.tok(0);
        assert!(!GAZETTEER.party_names.may_match_at(&context, 0, &first));
        let named = (0..context.len()).find(|&i| context.tok(i).is("Det") && i > 0);
        let named = named.unwrap();
        assert!(
            GAZETTEER
                .party_names
                .may_match_at(&context, named, &context.tok(named))
        );
    }

    proptest::proptest! {
        #[test]
        fn a_stem_of_lowered_bytes_is_the_stem_of_the_lowered_word(
            word in "[a-cA-CsS'’æøÅ€Σ-]{0,7}",
        ) {
            let mut buf = [0u8; 64];
            let lower = crate::lexicon::lowercase_into(&word, &mut buf).map(str::to_string);
            let mut bytes_buf = [0u8; 64];
            let lower_bytes = crate::lexicon::lowercase_bytes_into(&word, &mut bytes_buf);
            proptest::prop_assert_eq!(
                lower_bytes.and_then(crate::entities::context::genitive_stem_bytes),
                lower.as_deref().and_then(genitive_stem).map(str::as_bytes)
            );
        }
    }

    #[test]
    fn every_acronym_may_be_one_whatever_its_case() {
        for key in &GAZETTEER.acronyms {
            let key = String::from_utf8_lossy(key);
            for ending in [""].into_iter().chain(GENITIVE_ENDINGS) {
                let word = format!("{key}{ending}");
                assert!(GAZETTEER.may_be_acronym(&word), "{word}");
                assert!(GAZETTEER.may_be_acronym(&word.to_uppercase()), "{word}");
            }
        }
        assert!(!GAZETTEER.may_be_acronym("Frederiksen"));
    }

    #[test]
    fn word_shapes_hold_what_was_put_in() {
        let mut shapes = WordShapes::default();
        shapes.insert_with_genitives("bank");
        for word in ["bank", "banks", "bank's", "bank’s", "bank'", "bank’"] {
            assert!(shapes.may_hold(word.as_bytes()), "{word}");
        }
        assert!(!shapes.may_hold(b"er"));
        assert!(shapes.may_hold(b""));
    }

    #[test]
    fn organizations_are_keyed_by_tokens() {
        assert_eq!(
            GAZETTEER.organization("danske bank"),
            Some(OrganizationKind::Company)
        );
        assert_eq!(
            GAZETTEER.organization("politiken"),
            Some(OrganizationKind::Media)
        );
        assert_eq!(GAZETTEER.organization("danske"), None);
    }
}
