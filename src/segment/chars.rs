//! Character classes shared by the tokenizer, the sentence splitter and
//! the paragraph splitter, so that all three agree on what white space is.

/// ASCII white space: tab, line feed, vertical tab, form feed, carriage
/// return and space.
pub(crate) const fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b'\t'..=b'\r' | b' ')
}

/// A line break byte: a line feed, or a carriage return (alone or before a
/// line feed).
pub(crate) const fn is_line_break(byte: u8) -> bool {
    matches!(byte, b'\n' | b'\r')
}

/// White space, including the invisible separators that feeds leave in
/// (zero-width space, byte-order mark, word joiner). Never part of a token.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Characters that continue a word without being letters: combining
/// marks, soft hyphens and joiners.
pub(crate) fn is_word_extender(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200C}' | '\u{200D}')
        || ('\u{0300}'..='\u{036F}').contains(&c)
        || ('\u{1AB0}'..='\u{1AFF}').contains(&c)
        || ('\u{1DC0}'..='\u{1DFF}').contains(&c)
        || ('\u{20D0}'..='\u{20FF}').contains(&c)
        || ('\u{FE20}'..='\u{FE2F}').contains(&c)
}

/// Letters, digits and the marks that extend them.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_word_extender(c)
}

/// The character at byte offset `pos`, when `pos` is a char boundary
/// inside `text`.
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        // An ASCII byte is a character of its own, on a boundary.
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text.get(pos..).and_then(|rest| rest.chars().next()),
    }
}

/// Punctuation and quote marks used in Danish text.
pub(crate) const fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | '«'
            | '»'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '‹'
            | '›'
            | '-'
            | '–'
            | '—'
            | '…'
            | '/'
            | '•'
            | '·'
            | '*'
            | '¡'
            | '¿'
    )
}

/// Marks that may close a sentence after its full stop, question or
/// exclamation mark: quote marks of every style and closing brackets.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '“' | '«' | '»' | '›' | '‹' | ')' | ']' | '}'
    )
}

/// Marks that may open a sentence before its first word: quote marks,
/// opening brackets, dialogue dashes and list bullets.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‚'
            | '‘'
            | '’'
            | '»'
            | '«'
            | '‹'
            | '›'
            | '('
            | '['
            | '{'
            | '-'
            | '–'
            | '—'
            | '•'
            | '·'
            | '*'
            | '¡'
            | '¿'
    )
}

/// Marks that start a list item or a dialogue line when they open a line.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '•' | '·' | '*')
}
