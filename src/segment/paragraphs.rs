//! Paragraphs: text between blank lines.

use crate::model::Paragraph;

/// Splits `text` at lines that hold only white space. Each paragraph is
/// trimmed of surrounding white space; empty paragraphs are dropped.
pub(crate) fn split(text: &str) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                paragraphs.push(Paragraph { start: s, end });
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(line_start + lead);
            }
            end = line_start + lead + trimmed.len();
        }
        line_start += line.len();
    }
    if let Some(s) = start {
        paragraphs.push(Paragraph { start: s, end });
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Første linje\nanden linje\n\n  \nTredje\n";
        let found: Vec<&str> = split(text).iter().map(|p| &text[p.start..p.end]).collect();
        assert_eq!(found, ["Første linje\nanden linje", "Tredje"]);
    }
}
