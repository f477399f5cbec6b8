//! A reader for CoNLL-U files: each sentence's id, text and word forms.

use std::fmt;

/// One sentence of a CoNLL-U file.
#[derive(Clone, Debug, Default)]
pub struct ConlluSentence {
    /// The `# sent_id` value.
    pub id: String,
    /// The `# text` value.
    pub text: String,
    /// The word forms of the token lines (multi-word ranges and empty
    /// nodes left out), in order.
    pub forms: Vec<String>,
}

/// A line that does not fit the format, with its number.
#[derive(Debug)]
pub struct FormatError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

/// Reads every sentence of the CoNLL-U text `data` (read from `path`).
/// Malformed lines are reported in the second value and skipped.
pub fn parse(path: &str, data: &str) -> (Vec<ConlluSentence>, Vec<FormatError>) {
    let mut sentences = Vec::new();
    let mut errors = Vec::new();
    let mut current = ConlluSentence::default();
    for (index, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !current.text.is_empty() || !current.forms.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
        } else if let Some(id) = line.strip_prefix("# sent_id = ") {
            current.id = id.to_string();
        } else if let Some(text) = line.strip_prefix("# text = ") {
            current.text = text.to_string();
        } else if line.starts_with('#') {
        } else {
            let mut fields = line.split('\t');
            let (Some(id), Some(form)) = (fields.next(), fields.next()) else {
                errors.push(FormatError {
                    path: path.to_string(),
                    line: index + 1,
                    message: "a token line needs at least two tab-separated fields".into(),
                });
                continue;
            };
            if id.contains('-') || id.contains('.') {
                continue;
            }
            current.forms.push(form.to_string());
        }
    }
    if !current.text.is_empty() || !current.forms.is_empty() {
        sentences.push(current);
    }
    (sentences, errors)
}
