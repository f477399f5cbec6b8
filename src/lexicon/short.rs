//! The table of the tagged words of one to eight bytes, which most word
//! tokens of a text are: a word that short is one little-endian load,
//! zero-padded (see [`Key::of`]), and the load alone tells it from every
//! other word without a zero byte, so a slot keeps the load and the
//! tags, 16 bytes, and a probe compares one number.

use super::Tags;
use super::table::Key;

/// One slot: a word of 1 to 8 bytes, lower-cased, as its key's head
/// (its bytes, zero-padded), and its tags. A head of 0 marks an empty
/// slot, whose tags are the table's mark: no word has the head 0.
#[derive(Clone, Copy, Debug, Default)]
struct ShortSlot {
    head: u64,
    tags: Tags,
}

/// Lower-cased words of 1 to 8 bytes with their tags, in an
/// open-addressing table at most half full.
#[derive(Debug)]
pub(crate) struct ShortTable {
    /// A power of two of slots, at least two, at most half of them full,
    /// so that an empty slot ends every probe.
    slots: Box<[ShortSlot]>,
    /// The tags of a word the table does not hold (see
    /// [`ShortTable::marked`]); every empty slot holds them.
    mark: Tags,
}

impl ShortTable {
    /// The table of the words of 1 to 8 bytes of `words` (lower-cased,
    /// as bytes) with their tags, and `mark` among the tags of every word
    /// whether the table holds it or not, as [`WordTable::marked`]
    /// marks its words; a word that comes twice gets the union of its
    /// tags. Words of other lengths are left out (see [`is_short`]).
    /// `room` slots or more for each word, at least two.
    ///
    /// [`WordTable::marked`]: super::table::WordTable::marked
    pub(crate) fn marked(words: &[(&[u8], Tags)], mark: Tags, room: usize) -> ShortTable {
        let short = || words.iter().filter(|(word, _)| is_short(word.len()));
        let capacity = (short().count() * room.max(2)).max(2).next_power_of_two();
        let empty = ShortSlot {
            head: 0,
            tags: mark,
        };
        let mut table = ShortTable {
            slots: vec![empty; capacity].into_boxed_slice(),
            mark,
        };
        for &(word, tags) in short() {
            table.insert(Key::of(word).head(), tags | mark);
        }
        table
    }

    /// Adds `tags` to the tags of the word with head `head`.
    fn insert(&mut self, head: u64, tags: Tags) {
        let mask = self.slots.len() - 1;
        let mut at = first_slot(head);
        loop {
            let slot = &mut self.slots[at & mask];
            if slot.head == 0 {
                *slot = ShortSlot { head, tags };
                return;
            }
            if slot.head == head {
                slot.tags |= tags;
                return;
            }
            at = at.wrapping_add(1);
        }
    }

    /// The tags of the lower-cased word of 1 to 8 bytes whose key's head
    /// is `head` (see [`Key::of_short_in`]), none of whose bytes is 0,
    /// as no byte of a word token is (no word list has one either); the
    /// table's mark alone when the table does not hold it.
    #[inline(always)]
    pub(crate) fn get(&self, head: u64) -> Tags {
        let slots = &self.slots[..];
        let mask = slots.len().wrapping_sub(1);
        let mut at = first_slot(head);
        // An empty slot ends every probe (the table is at most half
        // full); a table has slots, so `get` finds one.
        loop {
            let Some(slot) = slots.get(at & mask) else {
                return self.mark;
            };
            if slot.head == head || slot.head == 0 {
                return slot.tags;
            }
            at = at.wrapping_add(1);
        }
    }

    /// [`ShortTable::get`] for the lower-cased key `key` of any word of 1
    /// to 8 bytes: one that ends in a zero byte has the head of a shorter
    /// word, and is in no list.
    pub(crate) fn get_key(&self, key: Key) -> Tags {
        let last_byte = key.head() >> (8 * (key.len().clamp(1, 8) - 1));
        if last_byte == 0 {
            return self.mark;
        }
        self.get(key.head())
    }
}

/// Whether a word of `len` bytes goes in a [`ShortTable`].
pub(crate) fn is_short(len: usize) -> bool {
    (1..=8).contains(&len)
}

/// Where the probe for `head` starts, before masking: the high half of a
/// multiply, whose low bits depend on every byte of the word.
#[inline(always)]
fn first_slot(head: u64) -> usize {
    let product = u128::from(head) * 0x9E37_79B9_7F4A_7C15;
    (product >> 64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(words: &[(&[u8], Tags)], mark: Tags) -> ShortTable {
        ShortTable::marked(words, mark, 2)
    }

    #[test]
    fn finds_its_words_and_marks_the_others() {
        let words: &[(&[u8], Tags)] = &[
            (b"maj", Tags::MONTH),
            (b"i", Tags::DATE_WORD),
            (b"sagde", Tags::SPEECH_VERB),
            (b"maj", Tags::FIRST_NAME),
            (b"politiet", Tags::ROLE),
            (b"politiets", Tags::ROLE),
            (b"", Tags::PLACE),
        ];
        let table = table(words, Tags::NO_CAPITAL);
        let get = |word: &[u8]| table.get_key(Key::of(word));
        let marked = |tags: Tags| tags | Tags::NO_CAPITAL;
        assert_eq!(get(b"maj"), marked(Tags::MONTH | Tags::FIRST_NAME));
        assert_eq!(get(b"i"), marked(Tags::DATE_WORD));
        assert_eq!(get(b"politiet"), marked(Tags::ROLE));
        for missing in [&b"ma"[..], b"maja", b"politie", b"sagd", b"x"] {
            assert_eq!(get(missing), Tags::NO_CAPITAL, "{missing:?}");
        }
        // Only the short words are held: four of them, from five entries
        // with room for two slots each.
        assert_eq!(table.slots.len(), 16);
        assert_eq!(table.slots.iter().filter(|s| s.head != 0).count(), 4);
    }

    #[test]
    fn a_word_ending_in_a_zero_byte_is_not_the_shorter_word() {
        let table = table(&[(b"ab", Tags::MONTH)], Tags::NONE);
        assert_eq!(table.get_key(Key::of(b"ab")), Tags::MONTH);
        assert_eq!(table.get_key(Key::of(b"ab\0")), Tags::NONE);
        assert_eq!(table.get_key(Key::of(b"a\0b")), Tags::NONE);
        // A key of 0 meets an empty slot: the mark.
        assert_eq!(table.get(0), Tags::NONE);
    }

    #[test]
    fn a_full_probe_run_ends_at_an_empty_slot() {
        // Many words in a small table: every one is found past the others
        // that share its first slot, and every missing word stops, though
        // all share their first bytes and most their length.
        let words: Vec<Vec<u8>> = (0..300u32)
            .map(|n| format!("ord{n}").into_bytes())
            .collect();
        let pairs: Vec<(&[u8], Tags)> = words.iter().map(|w| (&w[..], Tags::SURNAME)).collect();
        let table = table(&pairs, Tags::NONE);
        assert!(table.slots.len() >= 600);
        for word in &words {
            assert_eq!(table.get_key(Key::of(word)), Tags::SURNAME);
        }
        for n in 300..1300u32 {
            let word = format!("ord{n}");
            assert_eq!(table.get_key(Key::of(word.as_bytes())), Tags::NONE);
        }
    }
}
