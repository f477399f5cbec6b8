//! A small open-addressing table keyed by words packed into a number (see
//! [`abbreviations::pack`](super::abbreviations::pack)): a multiplication
//! and a load or two per lookup, where a hash map of strings costs several
//! times that. The abbreviations and the date words are looked up in one.

/// Values by packed word; the key 0 marks an empty slot (no word packs to
/// 0).
pub(crate) struct PackedTable<V> {
    /// The packed words, by slot.
    keys: Vec<u128>,
    /// The value of the word in the same slot.
    values: Vec<V>,
    /// How far a key's hash is shifted to give its first slot: 64 minus
    /// the number of bits in a slot index.
    shift: u32,
}

impl<V: Copy> PackedTable<V> {
    /// A table of `slots` slots (rounded up to a power of two, and at
    /// least two) holding `entries`; `empty` fills the slots that hold
    /// none. A key met twice keeps its last value. Choose `slots` several
    /// times the number of entries, so that a probe seldom goes past its
    /// first slot; entries beyond `slots - 1` are left out, so that one
    /// slot always stays empty.
    pub(crate) fn new(
        slots: usize,
        entries: impl IntoIterator<Item = (u128, V)>,
        empty: V,
    ) -> Self {
        let slots = slots.max(2).next_power_of_two();
        let mut table = PackedTable {
            keys: vec![0; slots],
            values: vec![empty; slots],
            shift: 64 - slots.trailing_zeros(),
        };
        let mut filled = 0;
        for (key, value) in entries {
            let Some(slot) = table.slot(key).filter(|_| key != 0) else {
                continue;
            };
            if table.keys[slot] == 0 {
                if filled + 1 >= slots {
                    continue;
                }
                filled += 1;
            }
            table.keys[slot] = key;
            table.values[slot] = value;
        }
        table
    }

    /// The value of the packed word `key`, if the table holds it.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<V> {
        let slot = self.slot(key)?;
        (key != 0 && self.keys.get(slot) == Some(&key))
            .then(|| self.values.get(slot).copied())
            .flatten()
    }

    /// The slot that holds `key`, or the empty slot where it would go;
    /// `None` only for the key 0 in a full table, which `new` prevents.
    #[inline]
    fn slot(&self, key: u128) -> Option<usize> {
        let mask = self.keys.len() - 1;
        let mut slot = first_slot(key, self.shift) & mask;
        for _ in 0..self.keys.len() {
            match self.keys.get(slot) {
                Some(&found) if found == key || found == 0 => return Some(slot),
                Some(_) => slot = (slot + 1) & mask,
                None => return None,
            }
        }
        None
    }
}

/// The first slot to probe for `key`, from the top `64 - shift` bits of a
/// multiplicative hash.
#[inline]
fn first_slot(key: u128, shift: u32) -> usize {
    let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let entries: Vec<(u128, u32)> = (1..=300u128).map(|k| (k * 7919, k as u32)).collect();
        let table = PackedTable::new(512, entries.iter().copied(), 0);
        for &(key, value) in &entries {
            assert_eq!(table.get(key), Some(value));
        }
        assert_eq!(table.get(5), None);
        assert_eq!(table.get(0), None);
    }

    #[test]
    fn a_full_table_still_answers() {
        let table = PackedTable::new(4, (1..=10u128).map(|k| (k, ())), ());
        let held = (1..=10u128).filter(|&k| table.get(k).is_some()).count();
        assert_eq!(held, 3);
        assert_eq!(table.get(99), None);
    }
}
