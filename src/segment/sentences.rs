//! Sentences: where a full stop, question or exclamation mark, or the end
//! of a line without one, ends a sentence.

use crate::model::{Paragraph, Sentence, Token, TokenKind};

/// Splits each paragraph into sentences along the token stream.
pub(crate) fn split(text: &str, tokens: &[Token], paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let begin = tokens[first..].partition_point(|t| t.start < paragraph.start) + first;
        let end = tokens[begin..].partition_point(|t| t.start < paragraph.end) + begin;
        split_paragraph(text, &tokens[begin..end], index, &mut sentences);
        first = end;
    }
    sentences
}

fn split_paragraph(text: &str, tokens: &[Token], paragraph: usize, out: &mut Vec<Sentence>) {
    let mut start: Option<usize> = None;
    for (i, token) in tokens.iter().enumerate() {
        let start_at = *start.get_or_insert(token.start);
        let next = tokens.get(i + 1);
        if next.is_none_or(|next| ends_after(text, token, next)) {
            out.push(Sentence {
                start: start_at,
                end: token.end,
                paragraph,
            });
            start = None;
        }
    }
}

fn ends_after(text: &str, token: &Token, next: &Token) -> bool {
    let gap = &text[token.end..next.start];
    if gap.contains('\n') {
        return true;
    }
    if gap.is_empty() || token.kind != TokenKind::Punctuation {
        return false;
    }
    let mark = &text[token.start..token.end];
    if !matches!(mark, "." | "!" | "?" | "…") && !mark.starts_with("...") {
        return false;
    }
    text[next.start..]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}
