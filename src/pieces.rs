//! Texts cut into pieces at blank lines: the blocks `Analyzer::analyze`
//! reads one at a time (see [`join`](crate::join)), and the pieces of a
//! text too long for one pass.
//!
//! The stages store a token's start in 32 bits (see
//! [`PackedToken`](crate::token_list::PackedToken)), which is part of
//! what keeps a token list at six bytes a token, and count tokens,
//! sentences and paragraphs in 32 bits. No pass therefore reads more than
//! [`MAX_PIECE`] bytes: `segment` cuts a longer text into pieces and puts
//! their results together with offsets and indices shifted, and the
//! analyzer's blocks are never longer.

use crate::document::Block;
use crate::segment::Segmentation;

/// The longest text the stages read in one pass: 512 MiB − 1, well
/// inside the 4 GiB a 32-bit start reaches.
pub(crate) const MAX_PIECE: usize = (1 << 29) - 1;

/// `text` cut into pieces of at most `max` bytes (at least 4, so that a
/// piece always holds a character), each with its offset in `text`.
///
/// A cut falls after the last blank line in the second half of the
/// allowed length, or else after the last line break, or else after the
/// last space, or else at the last character boundary, so each piece but
/// the last is at least half of `max` and the cutting is linear.
pub(crate) fn cut(text: &str, max: usize) -> Vec<(usize, &str)> {
    cut_with_last(text, max, max)
}

/// `text` cut into the blocks `Analyzer::analyze` reads one at a time: as
/// [`cut`] into blocks of at most `block` bytes, except that the last
/// block also takes a rest of up to an eighth of `block` (never past
/// [`MAX_PIECE`]) rather than leave it a block of its own, whose lead-in
/// and fixed costs would outweigh it.
pub(crate) fn cut_blocks(text: &str, block: usize) -> Vec<(usize, &str)> {
    let block = block.clamp(4, MAX_PIECE);
    let last = block.saturating_add(block / 8).min(MAX_PIECE);
    cut_with_last(text, block, last)
}

/// [`cut`], with a last piece of up to `last` bytes (at least `max`).
fn cut_with_last(text: &str, max: usize, last: usize) -> Vec<(usize, &str)> {
    let max = max.max(4);
    let last = last.max(max);
    let mut pieces = Vec::with_capacity(text.len() / max + 1);
    let mut start = 0;
    while text.len() - start > last {
        let end = start + cut_within(&text[start..], max);
        pieces.push((start, &text[start..end]));
        start = end;
    }
    pieces.push((start, &text[start..]));
    pieces
}

/// The last character boundary of `text` at or before `at` (the end of
/// `text` when `at` lies past it): `str::floor_char_boundary`, which
/// came after our minimum Rust version.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where to end the first piece of `rest`, which is longer than `max`.
fn cut_within(rest: &str, max: usize) -> usize {
    let limit = floor_char_boundary(rest, max);
    let half = floor_char_boundary(rest, max / 2);
    let window = &rest[half..limit];
    let after = |found: Option<usize>, len: usize| found.map(|at| half + at + len);
    blank_line_ends(rest.as_bytes(), half, limit)
        .next_back()
        .or_else(|| after(window.rfind('\n'), 1))
        .or_else(|| after(window.rfind(' '), 1))
        .filter(|&end| end > 0)
        .unwrap_or(limit)
}

/// Whether a blank line, in any of the line ends the paragraph splitter
/// knows ("\n\n", "\r\n\r\n", "\r\r"), ends where `before` ends.
fn ends_blank_line(before: &[u8]) -> bool {
    before.ends_with(b"\n\n") || before.ends_with(b"\r\r") || before.ends_with(b"\r\n\r\n")
}

/// The offsets in `from..=to` of `bytes` at which a blank line ends (its
/// bytes may begin before `from`), in order; read from the back for the
/// last, which in news text lies within a few lines of `to`.
fn blank_line_ends(bytes: &[u8], from: usize, to: usize) -> impl DoubleEndedIterator<Item = usize> {
    (from.max(2)..=to.min(bytes.len())).filter(|&end| ends_blank_line(&bytes[..end]))
}

/// Where the lead-in of the piece of `text` that starts at `offset`
/// begins: at the earliest paragraph start within `lead_in` bytes before
/// it, so that the lead-in is whole paragraphs; at `offset` itself when
/// the piece does not start a paragraph or no paragraph starts that near.
pub(crate) fn lead_in_start(text: &str, offset: usize, lead_in: usize) -> usize {
    let bytes = text.as_bytes();
    if !ends_blank_line(bytes.get(..offset).unwrap_or(&[])) {
        return offset;
    }
    let from = offset.saturating_sub(lead_in);
    if from == 0 {
        return 0;
    }
    // Short of the piece's own blank line, which would otherwise be found
    // as the paragraph start. A blank line ends at a character boundary.
    blank_line_ends(bytes, from, offset - 2)
        .next()
        .unwrap_or(offset)
}

/// The blocks `Analyzer::analyze` reads `text` in, whose segmentation is
/// `segmentation`, each with a lead-in of up to `lead_in` bytes: where
/// [`cut_blocks`] cuts `text` into blocks of about `block` bytes, and
/// [`lead_in_start`] starts their lead-ins, as ranges of whole sentences.
///
/// A cut at a blank line, as most are, ends a sentence already. One that
/// falls inside a sentence moves on to the next sentence's start, so that
/// no sentence or token is split and each block is a run of whole
/// sentences and tokens; a sentence longer than `block` makes a longer
/// block, and a cut that falls in the same sentence as the one before it
/// none at all.
pub(crate) fn blocks(
    text: &str,
    segmentation: &Segmentation,
    block: usize,
    lead_in: usize,
) -> Vec<Block> {
    let sentences = &segmentation.sentences;
    let tokens = segmentation.tokens.packed();
    let paragraphs = &segmentation.paragraphs;
    // `at`, or the start of the first sentence after it where a sentence
    // lies across it.
    let snap = |at: usize| {
        let next = sentences.partition_point(|s| s.start < at);
        match next.checked_sub(1).map(|before| &sentences[before]) {
            Some(across) if across.end > at => sentences.get(next).map_or(text.len(), |s| s.start),
            _ => at,
        }
    };
    let cuts = cut_blocks(text, block);
    // Each block's own start and lead-in start, blocks a long sentence
    // swallowed left out.
    let mut starts: Vec<(usize, usize)> = Vec::with_capacity(cuts.len());
    for &(offset, _) in &cuts {
        let own = if offset == 0 { 0 } else { snap(offset) };
        if starts.last().is_some_and(|&(last, _)| last >= own) || (own == text.len() && own > 0) {
            continue;
        }
        let lead = snap(lead_in_start(text, offset, lead_in)).min(own);
        starts.push((own, lead));
    }
    let ends = starts
        .iter()
        .skip(1)
        .map(|&(own, _)| own)
        .chain([text.len()]);
    starts
        .iter()
        .zip(ends)
        .map(|(&(own, lead), end)| {
            let sentence_range = sentences.partition_point(|s| s.start < lead)
                ..sentences.partition_point(|s| s.start < end);
            let mut first_paragraph = paragraphs.partition_point(|p| p.start < lead);
            let mut last_paragraph = paragraphs.partition_point(|p| p.start < end);
            // Widened to the paragraphs of the block's first and last
            // sentences, which a cut inside a paragraph leaves out.
            if !sentence_range.is_empty() {
                if let Some(first) = sentences.get(sentence_range.start) {
                    first_paragraph = first_paragraph.min(first.paragraph);
                }
                if let Some(last) = sentences.get(sentence_range.end - 1) {
                    last_paragraph = last_paragraph.max(last.paragraph + 1);
                }
            }
            Block {
                bytes: lead..end,
                own,
                tokens: tokens.partition_point(|t| t.start() < lead)
                    ..tokens.partition_point(|t| t.start() < end),
                sentences: sentence_range,
                paragraphs: first_paragraph..last_paragraph,
            }
        })
        .collect()
}

/// Appends the segmentation of a piece that starts at byte `offset` to
/// `whole`, the segmentation of the pieces before it. The first piece
/// becomes the whole, uncopied.
pub(crate) fn append_segments(whole: &mut Segmentation, piece: Segmentation, offset: usize) {
    if offset == 0 && whole.tokens.is_empty() && whole.sentences.is_empty() {
        *whole = piece;
        return;
    }
    let paragraphs_before = whole.paragraphs.len();
    whole
        .paragraphs
        .extend(piece.paragraphs.into_iter().map(|mut p| {
            p.start += offset;
            p.end += offset;
            p
        }));
    whole
        .sentences
        .extend(piece.sentences.into_iter().map(|mut s| {
            s.start += offset;
            s.end += offset;
            s.paragraph += paragraphs_before;
            s
        }));
    whole.tokens.append_piece(&piece.tokens, offset);
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
    fn the_last_block_takes_a_short_rest() {
        let text = "Et afsnit.\n\n".repeat(20);
        let blocks = cut_blocks(&text, 96);
        assert_eq!(joined(&blocks), text);
        let lengths: Vec<usize> = blocks.iter().map(|&(_, block)| block.len()).collect();
        assert_eq!(lengths, [96, 96, 48]);
        let pieces = cut(&text, 96);
        assert_eq!(pieces.len(), 3);
        assert_eq!(cut_blocks(&text[..100], 96), [(0, &text[..100])]);
        assert_eq!(cut(&text[..100], 96).len(), 2);
    }

    #[test]
    fn a_short_text_is_one_piece() {
        assert_eq!(cut("Ja.", 100), [(0, "Ja.")]);
        assert_eq!(cut("", 100), [(0, "")]);
    }

    #[test]
    fn cuts_at_a_crlf_blank_line_not_at_a_line_break_after_it() {
        let text = "Et kort afsnit.\r\n\r\nAndet\r\nafsnit her.";
        let pieces = cut(text, 30);
        assert_eq!(
            pieces,
            [(0, "Et kort afsnit.\r\n\r\n"), (19, "Andet\r\nafsnit her.")]
        );
    }

    #[test]
    fn cuts_at_a_cr_blank_line_not_at_a_space_after_it() {
        let text = "Et kort afsnit.\r\rAndet afsnit her.";
        let pieces = cut(text, 30);
        assert_eq!(
            pieces,
            [(0, "Et kort afsnit.\r\r"), (17, "Andet afsnit her.")]
        );
    }

    #[test]
    fn a_blank_line_in_the_first_half_is_passed_over_for_a_later_space() {
        let text = "Ja.\n\nDette afsnit er langt nok til at blive delt.";
        let pieces = cut(text, 30);
        assert_eq!(pieces[0], (0, "Ja.\n\nDette afsnit er langt "));
        assert_eq!(joined(&pieces), text);
    }

    /// Four paragraphs of six bytes, starting at 0, 8, 16 and 24, to read
    /// lead-ins off.
    const FOUR: &str = "Aaaaa.\n\nBbbbb.\n\nCcccc.\n\nDdddd.";

    #[test]
    fn a_piece_that_does_not_start_a_paragraph_has_no_lead_in() {
        let text = "Første linje.\nAnden linje her.";
        let offset = text.find("Anden").unwrap();
        assert_eq!(lead_in_start(text, offset, 2048), offset);
        assert_eq!(lead_in_start(FOUR, 26, 2048), 26);
    }

    #[test]
    fn a_lead_in_longer_than_the_text_before_reaches_its_start() {
        assert_eq!(lead_in_start(FOUR, 24, 2048), 0);
        assert_eq!(lead_in_start(FOUR, 24, 24), 0);
    }

    #[test]
    fn a_lead_in_starts_at_the_earliest_whole_paragraph_within_reach() {
        // From 24 back 20 bytes is 4, inside the first paragraph: the
        // second (8) is the earliest whole one.
        assert_eq!(lead_in_start(FOUR, 24, 20), 8);
        assert_eq!(&FOUR[8..24], "Bbbbb.\n\nCcccc.\n\n");
        assert_eq!(lead_in_start(FOUR, 24, 12), 16);
    }

    #[test]
    fn a_lead_in_takes_a_paragraph_that_starts_at_the_edge_of_its_reach() {
        assert_eq!(lead_in_start(FOUR, 24, 16), 8);
        assert_eq!(lead_in_start(FOUR, 24, 17), 8);
        assert_eq!(lead_in_start(FOUR, 24, 15), 16);
    }

    #[test]
    fn a_blank_line_across_the_half_way_point_is_a_cut() {
        let text = "Et kort afsnit her.\n\nAndet\nafsnit her og mere.";
        for max in 40..=43 {
            assert_eq!(cut(text, max)[0].1, "Et kort afsnit her.\n\n", "max {max}");
        }
    }

    #[test]
    fn a_lead_in_shorter_than_the_paragraph_before_is_none() {
        assert_eq!(lead_in_start(FOUR, 24, 5), 24);
    }

    #[test]
    fn a_lead_in_never_splits_a_character() {
        // Paragraphs start at 0, 18 ("Å", two bytes) and 32.
        let text = "Ææææ øøø.\n\nÅåå æø.\n\nSidste.";
        assert_eq!((text.find('Å'), text.find("Sidste")), (Some(18), Some(32)));
        // 31 bytes back is inside the first "Æ": the lead-in moves on to
        // the next paragraph start.
        assert_eq!(lead_in_start(text, 32, 31), 18);
        // 13 bytes back is inside "Å": no paragraph starts after it.
        assert_eq!(lead_in_start(text, 32, 13), 32);
    }

    #[test]
    fn the_floor_char_boundary_steps_back_out_of_a_character() {
        let text = "aæb";
        let floors: Vec<usize> = (0..6).map(|at| floor_char_boundary(text, at)).collect();
        assert_eq!(floors, [0, 1, 1, 3, 4, 4]);
    }

    proptest::proptest! {
        #[test]
        fn a_lead_in_is_whole_paragraphs_within_reach_on_char_boundaries(
            text in "[a-zæøå .\r\n]{0,60}",
            at in 0usize..80,
            lead_in in 0usize..80,
        ) {
            let boundaries: Vec<usize> =
                text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let offset = boundaries[at % boundaries.len()];
            let start = lead_in_start(&text, offset, lead_in);
            proptest::prop_assert!(start <= offset && text.is_char_boundary(start));
            proptest::prop_assert!(offset - start <= lead_in);
            if start < offset {
                let before = &text[..start];
                let blank = ["\n\n", "\r\n\r\n", "\r\r"];
                proptest::prop_assert!(start == 0 || blank.iter().any(|b| before.ends_with(b)));
            }
        }
    }
}
