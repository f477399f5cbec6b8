//! Paragraphs: text between blank lines.
//!
//! A line ends at a line feed, a carriage return followed by a line feed,
//! or a carriage return alone (old Mac files), so "\r\n\r\n" and "\r\r"
//! are blank lines.

use super::chars::{char_at, is_ascii_space, is_line_break, is_space};
use crate::model::Paragraph;

/// Splits `text` at lines that hold only white space. Each paragraph is
/// trimmed of surrounding white space; empty paragraphs are dropped.
pub(crate) fn split(text: &str) -> Vec<Paragraph> {
    let bytes = text.as_bytes();
    let mut paragraphs = Vec::new();
    let mut open: Option<Paragraph> = None;
    let mut line_start = 0;
    while line_start < bytes.len() {
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| is_line_break(b))
            .map_or(bytes.len(), |i| line_start + i);
        match trim(text, line_start, line_end) {
            Some((start, end)) => match open.as_mut() {
                Some(paragraph) => paragraph.end = end,
                None => open = Some(Paragraph { start, end }),
            },
            None => paragraphs.extend(open.take()),
        }
        line_start = line_end + 1;
        if bytes.get(line_end) == Some(&b'\r') && bytes.get(line_end + 1) == Some(&b'\n') {
            line_start += 1;
        }
    }
    paragraphs.extend(open);
    paragraphs
}

/// The first and one-past-last non-space byte offsets of `start..end`, or
/// `None` for a blank line.
fn trim(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut first = start;
    while first < end {
        let b = bytes[first];
        if is_ascii_space(b) {
            first += 1;
        } else if b < 0x80 {
            break;
        } else {
            match char_at(text, first) {
                Some(c) if is_space(c) => first += c.len_utf8(),
                _ => break,
            }
        }
    }
    if first == end {
        return None;
    }
    let line = text.get(first..end)?;
    let trimmed = line.trim_end_matches(is_space);
    Some((first, first + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|p| &text[p.start..p.end]).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Første linje\nanden linje\n\n  \nTredje\n";
        assert_eq!(texts(text), ["Første linje\nanden linje", "Tredje"]);
    }

    #[test]
    fn every_line_end_convention() {
        assert_eq!(texts("Et\r\nto\r\n\r\nTre"), ["Et\r\nto", "Tre"]);
        assert_eq!(texts("Et\rto\r\rTre\r"), ["Et\rto", "Tre"]);
        assert_eq!(texts("\u{00A0}Et\u{200B}\n\u{00A0}\nTo"), ["Et", "To"]);
    }
}
