//! The tokens of one sentence, as the date matchers read them.

use super::numbers::{self, NumberForm};
use super::words::{self, Word};
use crate::lexicon::{Tags, lowercase_into};
use crate::model::{Span, TokenKind};
use crate::token_list::PackedToken;

/// Longest date word read; longer tokens are never date words.
const MAX_WORD: usize = 24;

/// The tokens of one sentence, seen through the whole text's token list:
/// indices are into the whole list, and every accessor answers for a
/// token outside the sentence as for no token at all, so no matcher reads
/// across a sentence boundary.
pub(super) struct Window<'a> {
    text: &'a str,
    tokens: &'a [PackedToken],
    tags: &'a [Tags],
    sentence: Span,
    /// What each date word means, by its index in the tags.
    meanings: &'static [Word; 256],
}

impl<'a> Window<'a> {
    /// A window on the tokens of `tokens` (and their `tags`, index for
    /// index) that lie in `sentence`.
    pub(super) fn new(
        text: &'a str,
        tokens: &'a [PackedToken],
        tags: &'a [Tags],
        sentence: Span,
    ) -> Window<'a> {
        Window {
            text,
            tokens,
            tags,
            sentence,
            meanings: words::meanings(),
        }
    }

    /// The same window on the tokens of `sentence` instead.
    pub(super) fn move_to(&mut self, sentence: Span) {
        self.sentence = sentence;
    }

    /// The token at `i`, if it lies in the sentence.
    pub(super) fn token(&self, i: usize) -> Option<&'a PackedToken> {
        self.tokens
            .get(i)
            .filter(|t| self.sentence.start <= t.start() && t.start() < self.sentence.end)
    }

    /// The text of `token`, one of the window's tokens, or "".
    pub(super) fn text_of(&self, token: &PackedToken) -> &'a str {
        self.text.get(token.start()..token.end()).unwrap_or("")
    }

    /// The bytes of `token`, one of the window's tokens, or none: a token
    /// lies on character boundaries, so a test of its bytes for marks
    /// and ASCII letters answers as one of its text, without the slice's
    /// boundary tests.
    pub(super) fn bytes_of(&self, token: &PackedToken) -> &'a [u8] {
        self.text
            .as_bytes()
            .get(token.start()..token.end())
            .unwrap_or(&[])
    }

    /// The bytes of token `i`, or none (see [`Window::bytes_of`]).
    pub(super) fn bytes(&self, i: usize) -> &'a [u8] {
        self.token(i).map_or(&[], |t| self.bytes_of(t))
    }

    /// The text of token `i`, or "".
    pub(super) fn str(&self, i: usize) -> &'a str {
        self.token(i).map_or("", |t| self.text_of(t))
    }

    /// The kind of token `i`.
    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.token(i).map(|t| t.kind())
    }

    /// The lexicon tags of token `i`.
    pub(super) fn tags(&self, i: usize) -> Tags {
        match self.token(i) {
            Some(_) => self.tags.get(i).copied().unwrap_or(Tags::NONE),
            None => Tags::NONE,
        }
    }

    /// The lexicon tags of token `i`, which the caller found in the
    /// sentence with [`Window::token`]: not looked up again.
    pub(super) fn tags_in_sentence(&self, i: usize) -> Tags {
        self.tags.get(i).copied().unwrap_or(Tags::NONE)
    }

    /// The text of token `i` when it is of `kind`: one read of the token
    /// for its kind and its text.
    fn text_if(&self, i: usize, kind: TokenKind) -> Option<&'a str> {
        self.token(i)
            .filter(|t| t.kind() == kind)
            .and_then(|t| self.text.get(t.start()..t.end()))
    }

    /// The text of token `i` when it is a word.
    pub(super) fn word_text(&self, i: usize) -> Option<&'a str> {
        self.text_if(i, TokenKind::Word)
    }

    /// Whether token `i` is a word.
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// Whether token `i` is a word that starts with a capital letter.
    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.str(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is the punctuation mark `mark`. Compared as
    /// bytes: a token lies on character boundaries, so its bytes are
    /// `mark`'s just when its text is, and the text is never sliced.
    pub(super) fn is_mark(&self, i: usize, mark: &str) -> bool {
        self.token(i)
            .filter(|t| t.kind() == TokenKind::Punctuation)
            .is_some_and(|t| self.bytes_of(t) == mark.as_bytes())
    }

    /// Whether token `j` starts right where token `i` ends.
    pub(super) fn touches(&self, i: usize, j: usize) -> bool {
        match (self.token(i), self.token(j)) {
            (Some(a), Some(b)) => a.end() == b.start(),
            _ => false,
        }
    }

    /// What token `i` means in a date expression. The lexicon gave each
    /// word of the date lists an index in its tags, so the meaning is
    /// one load from a table: the word is neither read nor looked up.
    pub(super) fn word(&self, i: usize) -> Word {
        // The tag first: most tokens asked about are no date words, and
        // the tag is one load where the sentence bounds take the token's.
        let index = self.tags.get(i).map_or(0, |tags| tags.date_index());
        if index == 0 || self.token(i).is_none() {
            return Word::Other;
        }
        self.meanings[index & 0xFF]
    }

    /// Whether token `i` is the ASCII word `word`, ignoring ASCII case; no
    /// lower-casing, for the scan's hot path. Compared as bytes: only
    /// ASCII bytes match an ASCII word, and they lie on character
    /// boundaries, so the text need not be sliced.
    pub(super) fn is_ascii_word(&self, i: usize, word: &str) -> bool {
        self.bytes(i).eq_ignore_ascii_case(word.as_bytes())
    }

    /// Whether token `i`, lower-cased, is one of `candidates`.
    pub(super) fn is_any(&self, i: usize, candidates: &[&str]) -> bool {
        let mut buf = [0u8; MAX_WORD * 3];
        self.lower(i, &mut buf)
            .is_some_and(|lower| candidates.contains(&lower))
    }

    /// Whether token `i`, lower-cased and without a final full stop, is
    /// one of `candidates`: "kr." and "kr", "mm." and "mm" alike, however
    /// the tokenizer splits them.
    pub(super) fn is_any_undotted(&self, i: usize, candidates: &[&str]) -> bool {
        let mut buf = [0u8; MAX_WORD * 3];
        self.lower(i, &mut buf)
            .map(|lower| lower.strip_suffix('.').unwrap_or(lower))
            .is_some_and(|word| candidates.contains(&word))
    }

    /// Token `i` lower-cased (into `buf` when it has capitals), when it
    /// is a short word.
    fn lower<'b>(&self, i: usize, buf: &'b mut [u8]) -> Option<&'b str>
    where
        'a: 'b,
    {
        let text = self.str(i);
        if !self.is_word(i) || text.len() > MAX_WORD {
            return None;
        }
        if is_lower_danish(text) {
            return Some(text);
        }
        lowercase_into(text, buf)
    }

    /// What Number token `i` says as a date part.
    pub(super) fn number(&self, i: usize) -> NumberForm {
        if self.kind(i) == Some(TokenKind::Number) {
            numbers::read(self.str(i))
        } else {
            NumberForm::Other
        }
    }
}

/// Whether `text` is already lower case: no ASCII capital, and no other
/// letter than æ, ø, å beyond ASCII. Most date words pass and skip the
/// copy.
fn is_lower_danish(text: &str) -> bool {
    let mut bytes = text.bytes();
    while let Some(byte) = bytes.next() {
        match byte {
            b'A'..=b'Z' => return false,
            // æ, ø, å: the second byte of their UTF-8 form.
            0xC3 => match bytes.next() {
                Some(0xA5 | 0xA6 | 0xB8) => {}
                _ => return false,
            },
            0x80.. => return false,
            _ => {}
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::Window;
    use crate::dates::words::{Word, classify};
    use crate::document::Document;
    use crate::lexicon::Tags;
    use crate::model::{Span, TokenKind};

    /// The byte tests answer as the tests of the text would: every token
    /// of a sentence with marks, capitals and Danish letters, and those
    /// past its end, against marks and words of each kind.
    #[test]
    fn byte_tests_answer_as_the_text() {
        let text = "Den 3. marts, FOR år siden: »Om« – i går’ Ørsted, ’95. Slut.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let first = Span::new(0, text.find("Slut").unwrap_or(0));
        let window = Window::new(text, document.tokens, &document.tags, first);
        let mut matched = 0;
        for i in 0..document.tokens.len() + 2 {
            let is_mark = window.kind(i) == Some(TokenKind::Punctuation);
            for mark in [".", ",", ":", "»", "’", "–", "Om"] {
                let expected = is_mark && window.str(i) == mark;
                assert_eq!(window.is_mark(i, mark), expected, "{i} {mark}");
                matched += usize::from(expected);
            }
            assert_eq!(window.bytes(i), window.str(i).as_bytes(), "{i}");
            for word in ["den", "for", "om", "i", "går", "slut", "."] {
                let expected = window.str(i).eq_ignore_ascii_case(word);
                if word.is_ascii() {
                    assert_eq!(window.is_ascii_word(i, word), expected, "{i} {word}");
                }
                matched += usize::from(expected);
            }
        }
        assert!(matched > 8);
    }

    /// A date word's meaning read by its index in the tags is the one
    /// the slow path reads from its lower-cased text: every token of
    /// sentences with date words in every case, read in the first
    /// sentence (so those past it are no date words).
    #[test]
    fn words_by_index_mean_what_their_text_means() {
        let lists = [
            include_str!("../lexicon/data/date_words.txt"),
            include_str!("../lexicon/data/date_counts.txt"),
            include_str!("../lexicon/data/months.txt"),
            include_str!("../lexicon/data/weekdays.txt"),
        ];
        let mut text = String::from("Den 3. marts, FOR år siden. ");
        for entry in lists.into_iter().flat_map(crate::lexicon::entries) {
            let mut chars = entry.chars();
            let capitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            let upper = entry.to_uppercase();
            text += &format!("{entry} {capitalised} {upper} {entry}s Mandagsavisen 2019. ");
        }
        let date_tags = Tags::MONTH | Tags::WEEKDAY | Tags::DATE_WORD | Tags::DATE_COUNT;
        let segmentation = crate::segment::segment(&text);
        let document = Document::new(&text, &segmentation);
        let first = Span::new(0, text.len() / 2);
        let window = Window::new(&text, document.tokens, &document.tags, first);
        let mut words = 0;
        for i in 0..document.tokens.len() + 2 {
            let mut buf = [0u8; 72];
            let expected = match window.lower(i, &mut buf) {
                Some(lower) if window.tags(i).intersects(date_tags) => classify(lower),
                _ => Word::Other,
            };
            assert_eq!(window.word(i), expected, "{i} {:?}", window.str(i));
            words += usize::from(expected != Word::Other);
        }
        assert!(words > 200, "{words}");
    }
}
