//! Sixteen bytes of text read at once: which are ASCII letters and which
//! are spaces, one bit a byte. Running text is mostly short words of
//! ASCII letters, each followed by one space, so the tokenizer takes
//! several such words from one read (see `tokens::push_spaced_words`).
//!
//! On x86_64 the bytes are classed by SSE2, which every x86_64 processor
//! has; elsewhere by a loop over the bytes that gives the same bits.

/// What the 16 bytes from some offset are: bit `i` of `letters` is set
/// when byte `i` is an ASCII letter, of `spaces` when it is a space
/// (0x20). Bits 16 and up are clear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Block {
    /// The ASCII letters, one bit a byte.
    pub(super) letters: u32,
    /// The spaces (0x20 only), one bit a byte.
    pub(super) spaces: u32,
}

/// The number of bytes a [`Block`] describes.
pub(super) const BLOCK: usize = 16;

/// The block of the 16 bytes of `bytes` from `at`; `None` when fewer
/// than 16 bytes are left.
#[inline(always)]
pub(super) fn block_at(bytes: &[u8], at: usize) -> Option<Block> {
    let sixteen = bytes.get(at..)?.first_chunk::<BLOCK>()?;
    Some(classify(sixteen))
}

/// The letters and spaces of `sixteen`, by SSE2: a byte `b` is a letter
/// when `(b | 0x20) + 0x1F` (wrapping) is below -102 as a signed byte,
/// which holds for 'a'..='z' (0x80..=0x99) and for no other byte: the
/// other ASCII bytes land on 0x1F..=0x9E outside that range, and a byte
/// of 0x80 or more with bit 5 set on 0xBF..=0xFF or 0x00..=0x1E.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
// The intrinsics below only compute on registers: safe to call since
// Rust 1.87 where SSE2 is enabled, as it always is on x86_64, but still
// `unsafe` on the crate's MSRV (1.85), hence the block.
#[allow(unused_unsafe)]
fn classify(sixteen: &[u8; BLOCK]) -> Block {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: `sixteen` is 16 readable bytes, which is what the unaligned
    // load reads; it needs no alignment.
    let bytes = unsafe { _mm_loadu_si128(sixteen.as_ptr().cast::<__m128i>()) };
    // SAFETY: SSE2 is part of the x86_64 baseline; these touch no memory.
    let (letters, spaces) = unsafe {
        let folded = _mm_add_epi8(
            _mm_or_si128(bytes, _mm_set1_epi8(0x20)),
            _mm_set1_epi8(0x1F),
        );
        let letters = _mm_cmplt_epi8(folded, _mm_set1_epi8(-102));
        let spaces = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(b' ' as i8));
        (_mm_movemask_epi8(letters), _mm_movemask_epi8(spaces))
    };
    // A movemask sets only the low 16 bits.
    Block {
        letters: letters as u32,
        spaces: spaces as u32,
    }
}

/// The letters and spaces of `sixteen`, byte by byte.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn classify(sixteen: &[u8; BLOCK]) -> Block {
    classify_bytes(sixteen)
}

/// [`classify`] one byte at a time: what other targets run, and what the
/// tests hold the SSE2 version to.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn classify_bytes(sixteen: &[u8; BLOCK]) -> Block {
    let mut block = Block {
        letters: 0,
        spaces: 0,
    };
    for (i, &byte) in sixteen.iter().enumerate() {
        block.letters |= u32::from(byte.is_ascii_alphabetic()) << i;
        block.spaces |= u32::from(byte == b' ') << i;
    }
    block
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_in_every_lane_is_classed_as_byte_by_byte() {
        for byte in 0..=255u8 {
            for lane in 0..BLOCK {
                let mut sixteen = *b"Hej med dig, Ole";
                sixteen[lane] = byte;
                assert_eq!(
                    classify(&sixteen),
                    classify_bytes(&sixteen),
                    "{byte} at {lane}"
                );
            }
        }
        let block = block_at("Ja tak, æble! ".as_bytes(), 0);
        assert_eq!(block, None, "fewer than 16 bytes");
        let text = "Ja tak, æble!  Nu";
        let block = block_at(text.as_bytes(), 1).unwrap();
        assert_eq!(block.letters, 0b1000_1110_0001_1101);
        assert_eq!(block.spaces, 0b0110_0000_0100_0010);
    }
}
