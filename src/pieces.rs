//! Texts too long for one pass, cut into pieces.
//!
//! The stages store a token's start in 32 bits and its length in 29 (see
//! [`PackedToken`](crate::token_list::PackedToken)), which is what keeps
//! a token list at eight bytes a token. A text of 512 MiB or more is
//! therefore analysed a piece at a time, cut at a paragraph break where
//! there is one, and the pieces' results are put together with their
//! offsets and indices shifted. Nothing is lost; what a piece cannot see is
//! the other pieces, so a person named in full in one piece and by surname
//! alone in the next is two people.

use crate::model::{Paragraph, Sentence};
use crate::token_list::{MAX_TOKEN_LEN, Tokens};

/// The longest text the stages read in one pass.
pub(crate) const MAX_PIECE: usize = MAX_TOKEN_LEN;

/// `text` cut into pieces of at most `max` bytes (at least 4, so that a
/// piece always holds a character), each with its offset in `text`.
///
/// A cut falls after the last paragraph break ("\n\n") in the second half
/// of the allowed length, or else after the last line break, or else after
/// the last space, or else at the last character boundary, so each piece
/// but the last is at least half of `max` and the cutting is linear.
pub(crate) fn cut(text: &str, max: usize) -> Vec<(usize, &str)> {
    let max = max.max(4);
    let mut pieces = Vec::with_capacity(text.len() / max + 1);
    let mut start = 0;
    while text.len() - start > max {
        let end = start + cut_within(&text[start..], max);
        pieces.push((start, &text[start..end]));
        start = end;
    }
    pieces.push((start, &text[start..]));
    pieces
}

/// Where to end the first piece of `rest`, which is longer than `max`.
fn cut_within(rest: &str, max: usize) -> usize {
    let mut limit = max;
    while !rest.is_char_boundary(limit) {
        limit -= 1;
    }
    let mut half = max / 2;
    while !rest.is_char_boundary(half) {
        half -= 1;
    }
    let window = &rest[half..limit];
    let after = |found: Option<usize>, len: usize| found.map(|at| half + at + len);
    last_blank_line_end(window)
        .map(|end| half + end)
        .or_else(|| after(window.rfind('\n'), 1))
        .or_else(|| after(window.rfind(' '), 1))
        .filter(|&end| end > 0)
        .unwrap_or(limit)
}

/// The end of the last blank line in `window`, in any of the line ends
/// the paragraph splitter knows ("\n\n", "\r\n\r\n", "\r\r"). Scans
/// back from the end, which in news text meets one within a few lines.
fn last_blank_line_end(window: &str) -> Option<usize> {
    let bytes = window.as_bytes();
    let mut end = bytes.len();
    while end >= 2 {
        let before = &bytes[..end];
        if before.ends_with(b"\n\n") || before.ends_with(b"\r\r") {
            return Some(end);
        }
        if before.ends_with(b"\r\n\r\n") {
            return Some(end);
        }
        end -= 1;
    }
    None
}

/// The first blank line's end in `window`, as [`last_blank_line_end`].
fn first_blank_line_end(window: &str) -> Option<usize> {
    let lf = window.find("\n\n").map(|at| at + 2);
    let crlf = window.find("\r\n\r\n").map(|at| at + 4);
    let cr = window.find("\r\r").map(|at| at + 2);
    [lf, crlf, cr].into_iter().flatten().min()
}

/// Where the lead-in of the piece of `text` that starts at `offset`
/// begins: at the earliest paragraph start within `lead_in` bytes before
/// it, so that the lead-in is whole paragraphs; at `offset` itself when
/// the piece does not start a paragraph or no paragraph starts that near.
pub(crate) fn lead_in_start(text: &str, offset: usize, lead_in: usize) -> usize {
    let before = text.as_bytes().get(..offset).unwrap_or(&[]);
    let blank_lines: [&[u8]; 3] = [b"\n\n", b"\r\n\r\n", b"\r\r"];
    if !blank_lines.iter().any(|end| before.ends_with(end)) {
        return offset;
    }
    let mut from = offset.saturating_sub(lead_in);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if from == 0 {
        return 0;
    }
    // Up to the piece's own blank line, which would otherwise be found as
    // the paragraph start.
    let window = text.get(from..offset - 2).unwrap_or("");
    first_blank_line_end(window).map_or(offset, |end| from + end)
}

/// Appends the paragraphs, sentences and tokens of a piece that starts at
/// byte `offset`.
pub(crate) fn append_segments(
    whole: (&mut Vec<Paragraph>, &mut Vec<Sentence>, &mut Tokens),
    piece: (Vec<Paragraph>, Vec<Sentence>, &Tokens),
    offset: usize,
) {
    let (paragraphs, sentences, tokens) = whole;
    let paragraphs_before = paragraphs.len();
    paragraphs.extend(piece.0.into_iter().map(|mut p| {
        p.start += offset;
        p.end += offset;
        p
    }));
    sentences.extend(piece.1.into_iter().map(|mut s| {
        s.start += offset;
        s.end += offset;
        s.paragraph += paragraphs_before;
        s
    }));
    tokens.append_piece(piece.2, 0, offset);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(pieces: &[(usize, &str)]) -> String {
        pieces.iter().map(|&(_, piece)| piece).collect()
    }

    #[test]
    fn cuts_at_paragraph_breaks_and_loses_nothing() {
        let text = "Første afsnit her.\n\nAndet afsnit er her.\n\nTredje.";
        let pieces = cut(text, 30);
        assert_eq!(joined(&pieces), text);
        assert_eq!(pieces[0].1, "Første afsnit her.\n\n");
        for &(offset, piece) in &pieces {
            assert_eq!(&text[offset..offset + piece.len()], piece);
            assert!(piece.len() <= 30);
        }
    }

    #[test]
    fn cuts_a_text_with_no_break_at_a_character() {
        let text = "æøå".repeat(50);
        let pieces = cut(&text, 11);
        assert_eq!(joined(&pieces), text);
        assert!(
            pieces
                .iter()
                .all(|&(_, piece)| !piece.is_empty() && piece.len() <= 11)
        );
    }

    #[test]
    fn a_short_text_is_one_piece() {
        assert_eq!(cut("Ja.", 100), [(0, "Ja.")]);
        assert_eq!(cut("", 100), [(0, "")]);
    }
}
