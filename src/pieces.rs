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

use crate::model::{Analysis, Paragraph, Sentence, Span};
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
    after(window.rfind("\n\n"), 2)
        .or_else(|| after(window.rfind('\n'), 1))
        .or_else(|| after(window.rfind(' '), 1))
        .filter(|&end| end > 0)
        .unwrap_or(limit)
}

/// Adds `offset` to every byte offset of a piece's result.
fn shift(span: &mut Span, offset: usize) {
    span.start += offset;
    span.end += offset;
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
    tokens.append_piece(piece.2, offset);
}

/// Appends the analysis of a piece that starts at byte `offset`.
pub(crate) fn append_analysis(whole: &mut Analysis, piece: Analysis, offset: usize) {
    let people_before = whole.people.len();
    let organizations_before = whole.organizations.len();
    append_segments(
        (
            &mut whole.paragraphs,
            &mut whole.sentences,
            &mut whole.tokens,
        ),
        (piece.paragraphs, piece.sentences, &piece.tokens),
        offset,
    );
    for mut person in piece.people {
        person.mentions.iter_mut().for_each(|m| shift(m, offset));
        person.organization = person.organization.map(|o| o + organizations_before);
        whole.people.push(person);
    }
    for mut organization in piece.organizations {
        organization
            .mentions
            .iter_mut()
            .for_each(|m| shift(m, offset));
        whole.organizations.push(organization);
    }
    for mut party in piece.parties {
        party.mentions.iter_mut().for_each(|m| shift(m, offset));
        match whole.parties.iter_mut().find(|p| p.code == party.code) {
            Some(known) => known.mentions.append(&mut party.mentions),
            None => whole.parties.push(party),
        }
    }
    for mut date in piece.dates {
        date.start += offset;
        date.end += offset;
        whole.dates.push(date);
    }
    for mut quote in piece.quotes {
        quote.start += offset;
        quote.end += offset;
        quote.cue.iter_mut().for_each(|cue| shift(cue, offset));
        quote.addressee.iter_mut().for_each(|a| shift(a, offset));
        if let Some(speaker) = &mut quote.speaker {
            speaker.start += offset;
            speaker.end += offset;
            speaker.person = speaker.person.map(|p| p + people_before);
            speaker.organization = speaker.organization.map(|o| o + organizations_before);
        }
        whole.quotes.push(quote);
    }
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
