//! Reading a DaN+ TSV file: one token a line, its form and first-level
//! tag in the first two columns, a blank line between sentences. Shared
//! by `evaluate` (entity scores) and `profile` (timing on real news).

/// One DaN+ token: its form and first-level tag.
pub struct Tagged {
    /// The token as written.
    pub form: String,
    /// Its first-level tag ("O", "B-PER", "I-ORG", ...).
    #[allow(dead_code)] // `profile` reads the forms alone.
    pub tag: String,
}

/// The sentences of a DaN+ TSV file.
pub fn parse(data: &str) -> Vec<Vec<Tagged>> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in data.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let mut fields = line.split('\t');
        let form = fields.next().unwrap_or("").to_string();
        let tag = fields.next().unwrap_or("O").to_string();
        current.push(Tagged { form, tag });
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}
