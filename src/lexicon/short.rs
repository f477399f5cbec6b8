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
    /// For a home slot, of the window of [`WINDOW`] slots from it, the
    /// bit of the place of the first empty slot, or `1 << WINDOW` when
    /// none is: in the slot's padding, so that a probe need not test
    /// each slot for emptiness.
    first_empty: u32,
}

/// Lower-cased words of 1 to 8 bytes with their tags, in an
/// open-addressing table at most half full whose probes do not wrap.
#[derive(Debug)]
pub(crate) struct ShortTable {
    /// A power of two of home slots, at least two, at most half of them
    /// full, and after them the slots that runs overflow into: at least
    /// [`WINDOW`], so that a window from any home slot lies in the table,
    /// and an empty one last.
    slots: Box<[ShortSlot]>,
    /// The home slots less one: the mask of a probe's start.
    mask: usize,
    /// The tags of a word the table does not hold (see
    /// [`ShortTable::marked`]); every empty slot holds them.
    mark: Tags,
}

/// How many slots from its home a probe reads at once, with no branch on
/// what each holds: whether a word of the text is listed is data, which
/// no predictor learns, and a run of four full slots is rare in a table
/// at most half full.
const WINDOW: usize = 4;

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
            first_empty: 0,
        };
        let mut slots = vec![empty; capacity + WINDOW];
        for &(word, tags) in short() {
            insert(
                &mut slots,
                capacity - 1,
                Key::of(word).head(),
                tags | mark,
                empty,
            );
        }
        for at in 0..capacity {
            let window = slots.get(at..at + WINDOW).unwrap_or_default();
            let place = window.iter().position(|slot| slot.head == 0);
            slots[at].first_empty = 1 << place.unwrap_or(WINDOW);
        }
        ShortTable {
            slots: slots.into_boxed_slice(),
            mask: capacity - 1,
            mark,
        }
    }

    /// The tags of the lower-cased word of 1 to 8 bytes whose key's head
    /// is `head` (see [`Key::of_short_in`]), none of whose bytes is 0,
    /// as no byte of a word token is (no word list has one either); the
    /// table's mark alone when the table does not hold it.
    #[inline(always)]
    pub(crate) fn get(&self, head: u64) -> Tags {
        let at = first_slot(head) & self.mask;
        let window = self
            .slots
            .get(at..)
            .and_then(<[ShortSlot]>::first_chunk::<WINDOW>);
        let Some(window) = window else {
            return self.mark;
        };
        // A word lies before the first empty slot of its run, so the
        // first slot of the window that holds it or is empty (and holds
        // the mark) decides, if one does: a bit per slot that holds it,
        // the home slot's bit of the first empty one, and the lowest bit
        // set, with one test whether it lies in the window. (Selects, or
        // tests joined by `||`, the compiler makes a branch each.)
        let mut settled = window[0].first_empty;
        for (place, slot) in window.iter().enumerate() {
            settled |= u32::from(slot.head == head) << place;
        }
        if let Some(slot) = window.get(settled.trailing_zeros() as usize) {
            return slot.tags;
        }
        self.get_past_window(head, at + WINDOW)
    }

    /// [`ShortTable::get`] for a word whose window is full of other
    /// words: the slots from `at` on, one by one.
    #[inline(never)]
    fn get_past_window(&self, head: u64, at: usize) -> Tags {
        let slots = self.slots.get(at..).unwrap_or_default();
        let found = slots
            .iter()
            .find(|slot| slot.head == head || slot.head == 0);
        found.map_or(self.mark, |slot| slot.tags)
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

/// Adds `tags`, which include the mark every slot of `slots` holds when
/// empty (as `empty` does), to the tags of the word with head `head`,
/// whose home slots `mask` indexes: in the
/// first slot from its home that holds the word or is empty, never
/// wrapping, and with an empty slot kept last.
fn insert(slots: &mut Vec<ShortSlot>, mask: usize, head: u64, tags: Tags, empty: ShortSlot) {
    let mut at = first_slot(head) & mask;
    while slots[at].head != 0 && slots[at].head != head {
        at += 1;
    }
    // An empty slot holds the mark, which `tags` hold too: the union is
    // right for a new word as for a listed one.
    let slot = &mut slots[at];
    slot.tags |= tags;
    slot.head = head;
    if at + 1 == slots.len() {
        slots.push(empty);
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
        assert_eq!(table.mask + 1, 16);
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

    proptest::proptest! {
        /// The window read at once, and the slots past it read one by one,
        /// answer as a plain map of the words does: in tables crowded
        /// enough that many runs outgrow the window.
        #[test]
        fn a_probe_answers_as_a_map_of_the_words(
            words in proptest::collection::vec("[a-eæ]{1,4}", 1..200),
            others in proptest::collection::vec("[a-eæ]{1,4}", 0..50),
            room in 0usize..3,
        ) {
            let mut map: std::collections::HashMap<&[u8], Tags> = Default::default();
            let pairs: Vec<(&[u8], Tags)> = words
                .iter()
                .enumerate()
                .map(|(n, word)| (word.as_bytes(), Tags::date_word((n % 200) as u8 + 1)))
                .collect();
            for &(word, tags) in &pairs {
                *map.entry(word).or_default() |= tags | Tags::NO_CAPITAL;
            }
            let table = ShortTable::marked(&pairs, Tags::NO_CAPITAL, room);
            for word in words.iter().chain(&others) {
                let expected = map.get(word.as_bytes()).copied().unwrap_or(Tags::NO_CAPITAL);
                let head = Key::of(word.as_bytes()).head();
                proptest::prop_assert_eq!(table.get(head), expected, "{}", word);
            }
        }
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
