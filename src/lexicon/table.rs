//! The hash table behind the tagging pass: lower-cased words to their
//! tags, probed with a word read as two 64-bit loads.
//!
//! A word of up to 16 bytes is known exactly by its length and two
//! overlapping loads (its first and its last eight bytes; a word of up to
//! eight bytes is one load, zero-padded), so the table keeps those three
//! numbers per entry and a
//! probe compares them instead of calling memcmp on boxed keys. A plain
//! ASCII word is lower-cased inside the two loads, eight bytes at a time,
//! without being copied. Only words of more than 16 bytes compare their
//! middle bytes too, against a copy kept in one shared buffer.

use super::{Tags, zero_padded};

/// Every byte's high bit.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Every byte's bit 5 (0x20), which tells a small ASCII letter from a
/// capital.
const CASE: u64 = 0x2020_2020_2020_2020;

/// A word as the table sees it: its length and two loads that together
/// cover all its bytes (see [`Key::of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Key {
    head: u64,
    tail: u64,
    len: usize,
}

impl Key {
    /// The key of `bytes`, as they stand. Words of up to 8 bytes are
    /// read as one number, zero-padded; longer words load their first and
    /// last eight bytes. In each case every byte is read and the length
    /// tells the overlap, so two words of at most 16 bytes with equal keys
    /// are equal.
    #[inline(always)]
    pub(crate) fn of(bytes: &[u8]) -> Key {
        let len = bytes.len();
        let (head, tail) = if len > 8 {
            (load_u64(bytes, 0), load_u64(bytes, len - 8))
        } else {
            (zero_padded(bytes), 0)
        };
        Key { head, tail, len }
    }

    /// The key of the word `text[start..start + len]` of 1 to 8 bytes,
    /// as [`Key::of`] makes it, read by one load of the eight bytes from
    /// `start`, the bytes past the word masked off; `None` for a longer
    /// word, or one that ends less than eight bytes before the text.
    #[inline(always)]
    pub(crate) fn of_short_in(text: &[u8], start: usize, len: usize) -> Option<Key> {
        // Where the tagging loop inlines this, `start` is a token's `u32`
        // start widened (see `PackedToken`): `start + 8` cannot wrap, and
        // the range's one test is its end. A range that wraps is empty,
        // so any start gets the same answer as by `get(start..)`.
        let eight = text.get(start..start.wrapping_add(8))?.first_chunk::<8>()?;
        // No mask for a length of 0 (which wraps) or more than 8.
        let mask = SHORT_MASKS.get(len.wrapping_sub(1))?;
        let head = u64::from_le_bytes(*eight) & mask;
        Some(Key { head, tail: 0, len })
    }

    /// The key of `word`, of 9 to 16 bytes, as [`Key::of`] makes it: its
    /// first and its last eight bytes; `None` for a word of another
    /// length.
    #[inline(always)]
    pub(crate) fn of_middle(word: &[u8]) -> Option<Key> {
        if !(9..=16).contains(&word.len()) {
            return None;
        }
        let head = u64::from_le_bytes(*word.first_chunk::<8>()?);
        let tail = u64::from_le_bytes(*word.last_chunk::<8>()?);
        Some(Key {
            head,
            tail,
            len: word.len(),
        })
    }

    /// For the key of a word of at most 8 bytes (see [`Key::of_short_in`])
    /// of ASCII and Latin-1 letters: the key lower-cased, and whether the
    /// word had a capital; `None` for any other word.
    #[inline(always)]
    pub(crate) fn short_latin1_lowercase(&self) -> Option<(Key, bool)> {
        if self.tail != 0 {
            return None;
        }
        let head = latin1_lower_u64(self.head)?;
        Some((Key { head, ..*self }, head != self.head))
    }

    /// [`Key::short_latin1_lowercase`] for the key of a word token (see
    /// [`Key::of_short_in`]): the ASCII bytes of a word token are letters,
    /// digits and the marks `-'.,:/` that join its parts, and of these
    /// only the capitals have bit 5 clear, so a word of ASCII alone is
    /// lowered by setting bit 5 in each of its bytes, where the general
    /// lowering also tells the capitals from the other bytes.
    #[inline(always)]
    pub(crate) fn word_token_lowercase(&self) -> Option<(Key, bool)> {
        if self.head & HIGH != 0 {
            return self.short_latin1_lowercase();
        }
        let head = self.head | *CASE_BITS.get(self.len.wrapping_sub(1))?;
        Some((Key { head, ..*self }, head != self.head))
    }

    /// [`Key::latin1_lowercase`] for the key of a word token (see
    /// [`Key::word_token_lowercase`]): one of 9 to 16 bytes of ASCII is
    /// lowered by setting bit 5 of each byte of both its loads, which lie
    /// inside it.
    #[inline(always)]
    pub(crate) fn word_token_latin1_lowercase(&self, bytes: &[u8]) -> Option<(Key, bool)> {
        if (self.head | self.tail) & HIGH != 0 || !(9..=16).contains(&self.len) {
            return self.latin1_lowercase(bytes);
        }
        let lower = Key {
            head: self.head | CASE,
            tail: self.tail | CASE,
            len: self.len,
        };
        Some((lower, lower != *self))
    }

    /// The key of the lower-cased word, and whether it had a capital, for
    /// a word of ASCII and Latin-1 letters (every non-ASCII character in
    /// U+00C0..=U+00FF), lowered inside the loads, eight bytes at a time;
    /// `None` for any other word. `bytes` are the word's bytes, from which
    /// this key was made.
    #[inline(always)]
    pub(crate) fn latin1_lowercase(&self, bytes: &[u8]) -> Option<(Key, bool)> {
        // Most words are short and ASCII: their capitals take a third of
        // the work.
        let ascii = (self.head | self.tail) & HIGH == 0 && self.len <= 16;
        let capitals_of = |word| {
            if ascii {
                Some(ascii_capitals(word))
            } else {
                latin1_capitals(word)
            }
        };
        let head_capitals = capitals_of(self.head)?;
        let tail_capitals = capitals_of(self.tail)?;
        let mut capitals = head_capitals | tail_capitals;
        // Words of more than 16 bytes have middle bytes the loads missed.
        let mut at = 8;
        while at + 8 < self.len {
            capitals |= latin1_capitals(load_u64(bytes, at))?;
            at += 8;
        }
        let lower = Key {
            // Every capital byte has bit 5 clear: setting it adds 0x20.
            head: self.head | head_capitals >> 2,
            tail: self.tail | tail_capitals >> 2,
            len: self.len,
        };
        Some((lower, capitals != 0))
    }

    /// The first eight bytes of the word, zero-padded.
    #[inline(always)]
    pub(crate) fn head(&self) -> u64 {
        self.head
    }

    /// The word's length in bytes.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Where a probe for this key starts, before masking: a folded
    /// multiply of the two loads. The length is left out: only words of
    /// 9 to 16 bytes with equal loads differ in it alone, and the probe
    /// compares it.
    #[inline]
    fn hash(&self) -> u64 {
        let b = self.tail ^ 0x1319_8A2E_0370_7344;
        let product = u128::from(self.head) * u128::from(b);
        (product as u64) ^ ((product >> 64) as u64)
    }
}

/// By a word's length in bytes less one, for 1 to 8 bytes, the mask
/// that keeps that many bytes of a little-endian load: one load and an
/// AND, where a shift by the length takes four more instructions. By the
/// length less one, which a token's packed length gives with no add (see
/// `PackedToken::short_word_len`), and which wraps for a length of 0.
pub(crate) static SHORT_MASKS: [u64; 8] = by_length(u64::MAX);

/// By a word's length in bytes less one, for 1 to 8 bytes, the [`CASE`]
/// bit of each of its bytes in a little-endian load: a table rather than
/// `CASE` and a [`SHORT_MASKS`] entry, which cost every word an
/// instruction more.
static CASE_BITS: [u64; 8] = by_length(CASE);

/// By a word's length in bytes less one, for 1 to 8 bytes, the bits of
/// `bits` that lie in that many bytes of a little-endian load.
const fn by_length(bits: u64) -> [u64; 8] {
    let mut masks = [0u64; 8];
    let mut len = 1;
    while len <= 8 {
        masks[len - 1] = bits >> (64 - 8 * len);
        len += 1;
    }
    masks
}

/// The byte 0x01 repeated: multiplied by a byte, that byte in every lane.
const LANES: u64 = 0x0101_0101_0101_0101;

/// The high bit of every byte of `word` that equals `byte`.
#[inline(always)]
fn bytes_equal(word: u64, byte: u8) -> u64 {
    let diff = word ^ (LANES * u64::from(byte));
    // The high bit of a byte of `nonzero` is set when that byte of
    // `diff` is not zero; the low seven bits are added without carry.
    let nonzero = ((diff & !HIGH) + !HIGH) | diff;
    !nonzero & HIGH
}

/// The high bit of every byte of `word` that is an ASCII capital, for
/// eight bytes below 0x80.
#[inline(always)]
pub(crate) fn ascii_capitals(word: u64) -> u64 {
    // With every byte below 0x80 nothing carries out of a byte: the high
    // bit of b + 0x3f is set when b >= 'A', of b + 0x25 when b > 'Z'.
    let at_least_a = word.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let above_z = word.wrapping_add(0x2525_2525_2525_2525);
    at_least_a & !above_z & HIGH
}

/// The high bit of every byte of `word` (eight bytes of a word of ASCII
/// and Latin-1 letters, in any lane order) that lowers by adding 0x20:
/// an ASCII capital, or the second byte of a Latin-1 capital (U+00C0 to
/// U+00DE but U+00D7, encoded 0xC3 0x80..=0x9E). `None` when a lead byte
/// (0xC0 and up) other than 0xC3 shows that the word has other
/// characters; then every byte from 0x80 to 0xBF is the second byte of a
/// Latin-1 letter, and so can be judged alone.
#[inline(always)]
fn latin1_capitals(word: u64) -> Option<u64> {
    let lead = word & (word << 1) & HIGH;
    if lead & !bytes_equal(word, 0xC3) != 0 {
        return None;
    }
    let ascii_capitals = ascii_capitals(word & !HIGH) & !word;
    // 0x80..=0x9F: the high bit set, bits 6 and 5 clear.
    let second_of_capital = word & !(word << 1) & !(word << 2) & HIGH;
    let latin1 = second_of_capital & !bytes_equal(word, 0x97) & !bytes_equal(word, 0x9F);
    Some(ascii_capitals | latin1)
}

/// Eight bytes of a word of ASCII and Latin-1 letters (see
/// [`latin1_capitals`]) lower-cased; `None` for any other word.
#[inline(always)]
pub(crate) fn latin1_lower_u64(word: u64) -> Option<u64> {
    if word & HIGH == 0 {
        // Plain ASCII, the common case, at a third of the work.
        return Some(word | ascii_capitals(word) >> 2);
    }
    Some(word | latin1_capitals(word)? >> 2)
}

/// Eight bytes of `bytes` from `at` lower-cased, and whether any was a
/// capital, for a word of ASCII and Latin-1 letters (see
/// [`latin1_capitals`]); `None` for any other word.
#[inline(always)]
pub(crate) fn latin1_lower_at(bytes: &[u8], at: usize) -> Option<([u8; 8], bool)> {
    let word = load_u64(bytes, at);
    let lower = latin1_lower_u64(word)?;
    Some((lower.to_le_bytes(), lower != word))
}

/// How the bytes handed to [`WordTable::get`] are cased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Lower-cased already.
    Lower,
    /// As in the text, of ASCII and Latin-1 letters only (see
    /// [`Key::latin1_lowercase`]).
    Latin1,
}

/// Eight bytes of `bytes` from `at`, little-endian; 0 past the end.
#[inline(always)]
pub(crate) fn load_u64(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..at + 8)
        .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
        .map_or(0, u64::from_le_bytes)
}

/// One slot of the table, 24 bytes, not 32 as with a `u32` length: the
/// table is the largest thing `kilde` keeps for the life of the process.
/// `len == 0` marks an empty slot.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    head: u64,
    tail: u64,
    tags: Tags,
    /// The word's length in bytes, 1 to [`MAX_SLOT_WORD`].
    len: u8,
    /// Where a word of more than 16 bytes starts in [`WordTable::long`]:
    /// the high byte and the low 16 bits.
    long_at_high: u8,
    long_at_low: u16,
}

/// The longest word a slot holds; longer words are never looked up (see
/// `lexicon::MAX_WORD`).
const MAX_SLOT_WORD: usize = u8::MAX as usize;

/// How far into [`WordTable::long`] a slot can point: 24 bits.
const MAX_LONG_AT: usize = (1 << 24) - 1;

impl Slot {
    /// The word's length in bytes; 0 for an empty slot.
    #[inline(always)]
    fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Where the word starts in [`WordTable::long`].
    #[inline(always)]
    fn long_at(&self) -> usize {
        usize::from(self.long_at_high) << 16 | usize::from(self.long_at_low)
    }

    /// Whether the slot holds no word.
    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Lower-cased words with their tags, in an open-addressing table.
#[derive(Debug)]
pub(crate) struct WordTable {
    /// A power of two of slots, at most half full.
    slots: Box<[Slot]>,
    /// The bytes of every word of more than 16 bytes, one after another.
    long: Vec<u8>,
    /// The tags of the empty word, which has no slot.
    empty: Tags,
    /// The tags of a word the table does not hold: the table's mark (see
    /// [`WordTable::marked`]).
    miss: Tags,
}

impl WordTable {
    /// The table of `words`: each lower-cased word (as bytes) with its
    /// tags; a word that comes twice gets the union of its tags.
    pub(crate) fn new<'w>(words: impl ExactSizeIterator<Item = (&'w [u8], Tags)>) -> WordTable {
        WordTable::marked(words, Tags::NONE, 2)
    }

    /// [`WordTable::new`], with `mark` among the tags of every word,
    /// whether the table holds it or not: the tagging pass marks every
    /// word it looks up in a table the same way, and so does not add
    /// the mark per word. The table has `room` slots or more for each
    /// word, at least two, so that it is at most half full; with more, a
    /// probe seldom goes past its first slot.
    pub(crate) fn marked<'w>(
        words: impl ExactSizeIterator<Item = (&'w [u8], Tags)>,
        mark: Tags,
        room: usize,
    ) -> WordTable {
        let capacity = (words.len() * room.max(2) + 1).next_power_of_two();
        let mut table = WordTable {
            slots: vec![Slot::default(); capacity].into_boxed_slice(),
            long: Vec::new(),
            empty: mark,
            miss: mark,
        };
        for (word, tags) in words {
            table.insert(word, tags | mark);
        }
        table
    }

    /// Adds `tags` to the tags of `word`. A word of more than
    /// [`MAX_SLOT_WORD`] bytes is left out: no lookup asks for one.
    fn insert(&mut self, word: &[u8], tags: Tags) {
        if word.is_empty() {
            self.empty |= tags;
            return;
        }
        if word.len() > MAX_SLOT_WORD || self.long.len() + word.len() > MAX_LONG_AT {
            return;
        }
        let key = Key::of(word);
        let mask = self.slots.len() - 1;
        let mut at = key.hash() as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot.is_empty() {
                let long_at = self.long.len();
                if word.len() > 16 {
                    self.long.extend_from_slice(word);
                }
                self.slots[at] = Slot {
                    head: key.head,
                    tail: key.tail,
                    tags,
                    len: word.len() as u8,
                    long_at_high: (long_at >> 16) as u8,
                    long_at_low: long_at as u16,
                };
                return;
            }
            if self.matches(&slot, key, word, Case::Lower) {
                self.slots[at].tags |= tags;
                return;
            }
            at = (at + 1) & mask;
        }
    }

    /// The tags of the word with lower-cased key `key`; `word` holds its
    /// bytes, cased as `case` says (only words of more than 16 bytes read
    /// them). No tags when the word is not in the table.
    #[inline(always)]
    pub(crate) fn get(&self, key: Key, word: &[u8], case: Case) -> Tags {
        if key.len == 0 {
            return self.empty;
        }
        self.probe(key, |slot| self.matches(slot, key, word, case))
    }

    /// [`get`](WordTable::get) for the key of a word of 9 to 16 bytes (see
    /// [`Key::of_middle`]): its two loads and its length tell the word.
    #[inline(always)]
    pub(crate) fn get_middle(&self, key: Key) -> Tags {
        self.probe(key, |slot| {
            slot.head == key.head && slot.tail == key.tail && slot.len() == key.len
        })
    }

    /// The tags of the first slot from `key`'s start on that `holds` the
    /// word, the table's mark alone if an empty slot comes first.
    #[inline(always)]
    fn probe(&self, key: Key, holds: impl Fn(&Slot) -> bool) -> Tags {
        let slots = &self.slots[..];
        // Masked where it indexes, so that the index is seen to be in
        // bounds.
        let mask = slots.len().wrapping_sub(1);
        let mut at = key.hash() as usize;
        // The table is at most half full (see `WordTable::marked`), so an
        // empty slot ends every probe, with no count to keep; a table of
        // no slots has no slot to get.
        loop {
            let Some(slot) = slots.get(at & mask) else {
                return self.miss;
            };
            if slot.is_empty() {
                return self.miss;
            }
            if holds(slot) {
                return slot.tags;
            }
            at = at.wrapping_add(1);
        }
    }

    /// Whether `slot` holds the word with lower-cased key `key` and
    /// bytes `word`, cased as `case` says.
    #[inline(always)]
    fn matches(&self, slot: &Slot, key: Key, word: &[u8], case: Case) -> bool {
        if slot.head != key.head || slot.tail != key.tail || slot.len() != key.len {
            return false;
        }
        key.len <= 16 || self.long_word_matches(slot, word, case)
    }

    /// Whether the stored word of more than 16 bytes of `slot` is `word`,
    /// lower-cased as `case` says.
    #[inline(never)]
    fn long_word_matches(&self, slot: &Slot, word: &[u8], case: Case) -> bool {
        let start = slot.long_at();
        let Some(stored) = self.long.get(start..start + word.len()) else {
            return false;
        };
        if case == Case::Lower {
            return stored == word;
        }
        // Eight bytes at a time, the last eight overlapping the others.
        let mut at = 0;
        loop {
            let at_most = at.min(word.len().saturating_sub(8));
            if latin1_lower_u64(load_u64(word, at_most)) != Some(load_u64(stored, at_most)) {
                return false;
            }
            if at_most + 8 >= word.len() {
                return true;
            }
            at += 8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::short::ShortTable;
    use super::*;

    /// The key of `word` lower-cased on the ASCII path.
    fn lower_key(word: &str) -> (Key, bool) {
        let key = Key::of(word.as_bytes());
        key.latin1_lowercase(word.as_bytes()).expect(word)
    }

    #[test]
    fn latin1_lowering_matches_the_lower_cased_word() {
        for word in [
            "a",
            "Ab",
            "ABC",
            "Fire",
            "MANDAG",
            "Sveriges",
            "Ministeriet",
            "FolketingsGruppen",
            "Udenrigsministeriets",
            "x@[`{Z",
            "Zz09-_.",
            "ÆØÅæøå",
            "Østerbro",
            "SØNDERJYLLANDS",
            "Ærøskøbingsfærgerne",
            "×ßÞþ÷ÿÀ",
            "ÉÈÊËéèêë",
        ] {
            let lowered = word.to_lowercase();
            let (key, had_capital) = lower_key(word);
            assert_eq!(key, Key::of(lowered.as_bytes()), "{word}");
            assert_eq!(had_capital, word != lowered, "{word}");
        }
        for word in ["Łódź", "½", "ΣΟΦΙΑ", "naïve\u{00AD}ly", "İ"] {
            let bytes = word.as_bytes();
            assert_eq!(Key::of(bytes).latin1_lowercase(bytes), None, "{word}");
        }
    }

    #[test]
    fn a_short_word_read_from_the_text_has_the_key_of_its_bytes() {
        let text = "Å, en IT-chef sagde: Nej tak! Ærø og én Ü ×  ";
        for start in 0..text.len() {
            for end in start + 1..=text.len() {
                let word = &text.as_bytes()[start..end];
                let Some(key) = Key::of_short_in(text.as_bytes(), start, word.len()) else {
                    assert!(word.len() > 8 || start + 8 > text.len(), "{start}..{end}");
                    continue;
                };
                assert_eq!(key, Key::of(word), "{start}..{end}");
                let lowered = key.short_latin1_lowercase();
                // As the general path lowers it.
                assert_eq!(lowered, key.latin1_lowercase(word), "{start}..{end}");
                let Ok(word) = std::str::from_utf8(word) else {
                    continue;
                };
                if word.chars().all(|c| c.is_alphanumeric() || c.is_ascii()) {
                    let lower = word.to_lowercase();
                    let expected = (Key::of(lower.as_bytes()), lower != word);
                    assert_eq!(lowered, Some(expected), "{word}");
                }
            }
        }
    }

    #[test]
    fn long_words_compare_their_middle_bytes() {
        let words = ["ærøskøbingsfærgerne", "ærøskøbingsfærgerné"];
        let table = WordTable::new(words.iter().map(|w| (w.as_bytes(), Tags::PLACE)));
        for word in ["ÆRØSKØBINGSFÆRGERNE", "ærøskøbingsFÆRGERNÉ"] {
            let (key, _) = lower_key(word);
            assert_eq!(table.get(key, word.as_bytes(), Case::Latin1), Tags::PLACE);
        }
        let (key, _) = lower_key("ÆRØSKØBINGSFÅRGERNE");
        assert_eq!(
            table.get(key, "ÆRØSKØBINGSFÅRGERNE".as_bytes(), Case::Latin1),
            Tags::NONE
        );
        let lower = "ærøskøbingsfærgerne".as_bytes();
        assert_eq!(table.get(Key::of(lower), lower, Case::Lower), Tags::PLACE);
    }

    #[test]
    fn words_of_every_length_are_told_apart() {
        let words: Vec<String> = (1..=40)
            .flat_map(|len| {
                ["a", "b"]
                    .iter()
                    .map(move |last| format!("{}{last}", "x".repeat(len - 1)))
            })
            .collect();
        let held: Vec<(&[u8], Tags)> = words
            .iter()
            .step_by(2)
            .map(|w| (w.as_bytes(), Tags::MONTH))
            .collect();
        let table = WordTable::new(held.iter().copied());
        let short = ShortTable::marked(&held, Tags::NONE, 2);
        for (i, word) in words.iter().enumerate() {
            let (key, _) = lower_key(word);
            let expected = if i % 2 == 0 { Tags::MONTH } else { Tags::NONE };
            assert_eq!(
                table.get(key, word.as_bytes(), Case::Latin1),
                expected,
                "{word}"
            );
            if word.len() <= 8 {
                assert_eq!(short.get(key.head()), expected, "{word}");
            }
            if (9..=16).contains(&word.len()) {
                assert_eq!(
                    Key::of_middle(word.as_bytes()),
                    Some(Key::of(word.as_bytes()))
                );
                assert_eq!(table.get_middle(key), expected, "{word}");
            }
        }
        let long = "Y".repeat(39) + "a";
        let (key, had_capital) = lower_key(&long);
        assert!(had_capital);
        assert_eq!(table.get(key, long.as_bytes(), Case::Latin1), Tags::NONE);
    }

    /// A lower-cased word of `len` bytes of "æ" (two bytes) and "x", with
    /// the "æ" nearest its middle written `middle` twice, so that long
    /// words can differ only where the two loads of a key do not reach.
    fn long_word(len: usize, middle: char) -> String {
        let mut word = "æ".repeat(len / 2) + &"x".repeat(len % 2);
        let at = (len / 2) & !1;
        word.replace_range(at..at + 2, &format!("{middle}{middle}"));
        assert_eq!(word.len(), len);
        word
    }

    #[test]
    fn a_word_of_255_bytes_is_found_and_one_of_its_length_differing_inside_is_not() {
        let word = long_word(255, 'a');
        let other = long_word(255, 'b');
        assert_eq!(Key::of(word.as_bytes()), Key::of(other.as_bytes()));
        let table = WordTable::new([(word.as_bytes(), Tags::PLACE)].into_iter());
        let lower = |w: &str| table.get(Key::of(w.as_bytes()), w.as_bytes(), Case::Lower);
        assert_eq!(lower(&word), Tags::PLACE);
        assert_eq!(lower(&other), Tags::NONE);
        let upper = word.to_uppercase();
        let (key, _) = Key::of(upper.as_bytes())
            .latin1_lowercase(upper.as_bytes())
            .unwrap();
        assert_eq!(table.get(key, upper.as_bytes(), Case::Latin1), Tags::PLACE);
    }

    #[test]
    fn words_of_256_bytes_or_more_are_left_out_and_the_others_kept() {
        let long: Vec<String> = [256, 257, 511, 512, 600]
            .iter()
            .map(|&len| long_word(len, 'a'))
            .collect();
        let short = long_word(17, 'a');
        let words: Vec<&String> = long.iter().chain([&short]).collect();
        let table = WordTable::new(words.iter().map(|w| (w.as_bytes(), Tags::SURNAME)));
        for word in &long {
            let bytes = word.as_bytes();
            assert_eq!(table.get(Key::of(bytes), bytes, Case::Lower), Tags::NONE);
        }
        let bytes = short.as_bytes();
        assert_eq!(table.get(Key::of(bytes), bytes, Case::Lower), Tags::SURNAME);
        assert_eq!(table.long, bytes, "only the kept long word is stored");
    }

    #[test]
    fn a_long_word_inserted_twice_is_stored_once_with_the_union_of_its_tags() {
        let word = "folketingsmedlemmerne";
        let words = [
            (word.as_bytes(), Tags::PLACE),
            (word.as_bytes(), Tags::SURNAME),
        ];
        let table = WordTable::new(words.into_iter());
        let bytes = word.as_bytes();
        assert_eq!(
            table.get(Key::of(bytes), bytes, Case::Lower),
            Tags::PLACE | Tags::SURNAME
        );
        assert_eq!(table.long, bytes);
    }

    #[test]
    fn a_marked_table_marks_every_word_found_or_not() {
        let words = [
            (&b"maj"[..], Tags::MONTH),
            (&b"folketingsmedlemmer"[..], Tags::ROLE),
        ];
        let table = WordTable::marked(words.into_iter(), Tags::NO_CAPITAL, 4);
        assert!(table.slots.len() >= 4 * words.len());
        // Never more than half full, whatever the room asked for.
        let tight = WordTable::marked(words.into_iter(), Tags::NONE, 0);
        assert!(tight.slots.len() >= 2 * words.len());
        assert_eq!(tight.get(Key::of(b"maj"), b"maj", Case::Lower), Tags::MONTH);
        let get = |word: &[u8]| table.get(Key::of(word), word, Case::Lower);
        assert_eq!(get(b"maj"), Tags::MONTH | Tags::NO_CAPITAL);
        assert_eq!(get(b"folketingsmedlemmer"), Tags::ROLE | Tags::NO_CAPITAL);
        for missing in [&b"juni"[..], b"folketingsmedlemmerne", b""] {
            assert_eq!(get(missing), Tags::NO_CAPITAL, "{missing:?}");
        }
    }

    #[test]
    fn a_word_of_9_to_16_bytes_is_told_by_both_its_loads() {
        // In a table of four slots, some of the words that share the
        // first word's head and length start their probe at its slot.
        let table = WordTable::new([(&b"folketinga"[..], Tags::ROLE)].into_iter());
        for last in b'a'..=b'z' {
            let word = [&b"folketing"[..], &[last]].concat();
            let expected = if last == b'a' { Tags::ROLE } else { Tags::NONE };
            let key = Key::of_middle(&word).expect("ten bytes");
            assert_eq!(table.get_middle(key), expected, "{word:?}");
        }
    }

    #[test]
    fn repeated_words_get_the_union_of_their_tags() {
        let words = [(&b"maj"[..], Tags::MONTH), (&b"maj"[..], Tags::FIRST_NAME)];
        let table = WordTable::new(words.into_iter());
        let (key, _) = lower_key("Maj");
        assert_eq!(
            table.get(key, b"Maj", Case::Latin1),
            Tags::MONTH | Tags::FIRST_NAME
        );
        assert_eq!(table.get(Key::of(b""), b"", Case::Lower), Tags::NONE);
    }
}
