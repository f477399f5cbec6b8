//! What the entity rules need to know of each token, computed once: its
//! text, tags, letter case and whether it opens a sentence.

use crate::document::Document;
use crate::lexicon::{self, Tags};
use crate::model::{Span, TokenKind};
use crate::token_list::PackedToken;

/// The letter case of a word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Not a word, or a word that starts with a digit or a mark.
    Other,
    /// Starts with a lower-case letter and has no capital inside ("hos").
    Lower,
    /// Starts with a capital and is not all capitals ("Huawei", "McDonald").
    Capitalised,
    /// Two or more letters, all capitals ("TDC", "NORRIQS").
    Upper,
    /// Starts with a lower-case letter but has a capital inside ("netIP").
    Mixed,
}

/// One token as the entity rules see it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok<'t> {
    /// The token's text.
    pub(crate) text: &'t str,
    /// Where it starts in the text; see [`Tok::span`].
    start: usize,
    /// Its lexicon tags; for a capitalised genitive without tags of its own
    /// ("Venstres", "Huaweis"), the tags of the word without the ending.
    pub(crate) tags: Tags,
    /// Index of the sentence it lies in (saturating at `u32::MAX`, which
    /// no text a `str` can hold reaches in practice), kept small so that a
    /// token costs fewer bytes to walk over.
    pub(crate) sentence: u32,
    /// Its letter case.
    pub(crate) case: Case,
    /// What the rules ask of it, as [`Facts`] bits.
    facts: u8,
}

/// Bits of [`Tok::facts`]. The shape tests of names and roles are asked
/// of the same capitalised words by every rule, so they are answered once
/// when the token view is built.
struct Facts;

impl Facts {
    /// A word token.
    const WORD: u8 = 1;
    /// A capital here says nothing (see [`Tok::initial`]).
    const INITIAL: u8 = 1 << 1;
    /// The tags are those of the word without a genitive ending.
    const GENITIVE: u8 = 1 << 2;
    /// Can be a word of a name (`people::is_name_word`).
    const NAME_WORD: u8 = 1 << 3;
    /// Is an initial (`people::is_initial_letter`).
    const INITIAL_LETTER: u8 = 1 << 4;
    /// Is a role (`roles::is_role`); only meaningful with `ROLE_KNOWN`.
    const ROLE: u8 = 1 << 5;
    /// `ROLE` has been worked out (for capitalised words).
    const ROLE_KNOWN: u8 = 1 << 6;
}

impl<'t> Tok<'t> {
    /// Its span in the text. Worked out from its start and its text
    /// rather than stored, which keeps the token view smaller.
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// Whether it is a word token.
    pub(crate) fn word(&self) -> bool {
        self.facts & Facts::WORD != 0
    }

    /// Whether a capital here says nothing: the first word of a sentence
    /// or of a line (quotes and dashes before it aside), or after a colon.
    pub(crate) fn initial(&self) -> bool {
        self.facts & Facts::INITIAL != 0
    }

    /// Whether `tags` are those of the word without a genitive ending.
    pub(crate) fn genitive(&self) -> bool {
        self.facts & Facts::GENITIVE != 0
    }

    /// Whether the word can be part of a name, as `people::is_name_word`
    /// found when the view was built.
    pub(crate) fn name_word(&self) -> bool {
        self.facts & Facts::NAME_WORD != 0
    }

    /// Whether the word is an initial, as `people::is_initial_letter`
    /// found when the view was built.
    pub(crate) fn initial_letter(&self) -> bool {
        self.facts & Facts::INITIAL_LETTER != 0
    }

    /// Whether the word is a role, if that was worked out when the view
    /// was built (it is for capitalised words).
    pub(crate) fn known_role(&self) -> Option<bool> {
        (self.facts & Facts::ROLE_KNOWN != 0).then_some(self.facts & Facts::ROLE != 0)
    }

    /// Whether the word starts with a capital or is all capitals.
    pub(crate) fn is_capital(&self) -> bool {
        matches!(self.case, Case::Capitalised | Case::Upper)
    }

    /// Whether the word may be part of a proper name: capitalised, all
    /// capitals, or a brand written with an inner capital.
    pub(crate) fn is_proper(&self) -> bool {
        matches!(self.case, Case::Capitalised | Case::Upper | Case::Mixed)
    }

    /// Whether the token is exactly `s`.
    pub(crate) fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// The word without the genitive ending its tags were found under.
    pub(crate) fn base(&self) -> &'t str {
        if self.genitive() {
            genitive_stem(self.text).unwrap_or(self.text)
        } else {
            self.text
        }
    }
}

/// The tokens of a document with what the rules need of each.
pub(crate) struct Context<'t> {
    /// The analysed text.
    pub(crate) text: &'t str,
    /// One entry per token, in order.
    pub(crate) toks: Vec<Tok<'t>>,
    /// Indices of the tokens an entity can start at: words with a capital
    /// (or an inner one) and opening parentheses. The rules walk these
    /// rather than every token.
    pub(crate) starts: Vec<usize>,
    /// Indices of the small-letter role words in the definite form
    /// ("ministeren", "landechefen"), which may stand for a person.
    pub(crate) role_words: Vec<usize>,
}

impl<'t> Context<'t> {
    /// Builds the token view of `document`.
    pub(crate) fn new(document: &Document<'t>) -> Context<'t> {
        let text = document.text;
        let tokens = document.segmentation.tokens.packed();
        let mut view = ViewBuilder {
            text,
            sentences: &document.segmentation.sentences,
            toks: Vec::with_capacity(tokens.len()),
            starts: Vec::with_capacity(tokens.len() / 4),
            role_words: Vec::new(),
            sentence: 0,
            sentence_end: 0,
            at_start: true,
            previous_end: 0,
        };
        // `tags` holds one entry per token; zipping them spares a bounds
        // check per token.
        for (i, (token, &tagged)) in tokens.iter().zip(&document.tags).enumerate() {
            view.advance_to(token);
            let token_text = document.token_text(token);
            // The tagger tells which words have no capital: most words,
            // whose case then needs no second look at their letters.
            let small = token.kind() == TokenKind::Word
                && tagged.contains(Tags::NO_CAPITAL)
                && starts_small(token_text.as_bytes());
            let tags = tagged.difference(Tags::NO_CAPITAL);
            if small {
                view.push_small_word(i, token, token_text, tags);
            } else if token.kind() == TokenKind::Word {
                view.push_word(i, token, token_text, tags);
            } else {
                view.push_non_word(i, token, token_text, tags);
            }
        }
        Context {
            text,
            toks: view.toks,
            starts: view.starts,
            role_words: view.role_words,
        }
    }

    /// The token at `i`, if any.
    pub(crate) fn get(&self, i: usize) -> Option<&Tok<'t>> {
        self.toks.get(i)
    }

    /// Whether token `i` exists, lies in the same sentence as token `j`
    /// and is exactly `s`.
    pub(crate) fn is_at(&self, i: usize, j: usize, s: &str) -> bool {
        self.same_sentence(i, j) && self.toks.get(i).is_some_and(|t| t.text == s)
    }

    /// Whether tokens `i` and `j` both exist and lie in one sentence.
    pub(crate) fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// The text from the start of token `from` to the end of token `to`
    /// (inclusive), or `""` if either is missing.
    pub(crate) fn text_between(&self, from: usize, to: usize) -> &'t str {
        match (self.toks.get(from), self.toks.get(to)) {
            (Some(a), Some(b)) => self.text.get(a.span().start..b.span().end).unwrap_or(""),
            _ => "",
        }
    }
}

/// The token view as it is built, with where the walk stands.
struct ViewBuilder<'t, 's> {
    text: &'t str,
    sentences: &'s [crate::model::Sentence],
    toks: Vec<Tok<'t>>,
    starts: Vec<usize>,
    role_words: Vec<usize>,
    /// Index of the sentence the walk is in.
    sentence: usize,
    /// Where that sentence ends: a token from here on lies in a later one.
    sentence_end: usize,
    /// Whether the next word opens a sentence or a line.
    at_start: bool,
    /// End of the token before.
    previous_end: usize,
}

impl<'t> ViewBuilder<'t, '_> {
    /// Moves the walk to `token`: into its sentence, and onto a new line
    /// where the gap before it holds a line break.
    fn advance_to(&mut self, token: &PackedToken) {
        if token.start() >= self.sentence_end {
            self.next_sentence(token.start());
        }
        // The gap is mostly one space, and then there is nothing to read.
        if token.start() != self.previous_end + 1
            || self.text.as_bytes().get(self.previous_end) != Some(&b' ')
        {
            self.at_start |= self
                .text
                .as_bytes()
                .get(self.previous_end..token.start())
                .is_some_and(|gap| gap.contains(&b'\n'));
        }
        self.previous_end = token.end();
    }

    /// Moves the walk into the sentence of a token at `start`, past the
    /// end of the one it was in.
    #[inline(never)]
    fn next_sentence(&mut self, start: usize) {
        while self
            .sentences
            .get(self.sentence)
            .is_some_and(|s| s.end <= start)
        {
            self.sentence += 1;
            self.at_start = true;
        }
        self.sentence_end = self
            .sentences
            .get(self.sentence)
            .map_or(usize::MAX, |s| s.end);
    }

    /// The facts every word has: that it is one, and whether it opens a
    /// sentence or a line.
    fn word_facts(&self) -> u8 {
        if self.at_start {
            Facts::WORD | Facts::INITIAL
        } else {
            Facts::WORD
        }
    }

    /// Adds the token at `start` to the view in the walk's sentence, and
    /// returns it to be completed in place: a token built on the stack and
    /// copied into the vector stalled every push, its narrow stores read
    /// back by a wide load.
    #[inline(always)]
    fn push(
        &mut self,
        start: usize,
        text: &'t str,
        tags: Tags,
        case: Case,
        facts: u8,
    ) -> &mut Tok<'t> {
        self.toks.push(Tok {
            text,
            start,
            tags,
            sentence: u32::try_from(self.sentence).unwrap_or(u32::MAX),
            case,
            facts,
        });
        let last = self.toks.len() - 1;
        &mut self.toks[last]
    }

    /// Adds a word with no capital, the common case: its case and facts
    /// need no look at its letters.
    fn push_small_word(&mut self, i: usize, token: &PackedToken, token_text: &'t str, tags: Tags) {
        let facts = self.word_facts();
        let tok = self.push(token.start(), token_text, tags, Case::Lower, facts);
        if is_definite_role(tok) {
            self.role_words.push(i);
        }
        self.at_start = false;
    }

    /// Adds any other word: capitalised, all capitals, or starting with a
    /// digit or a mark.
    #[inline(never)]
    fn push_word(&mut self, i: usize, token: &PackedToken, token_text: &'t str, mut tags: Tags) {
        let case = case_at(self.text.as_bytes(), token.start(), token.end());
        let mut facts = self.word_facts();
        if tags.is_empty() && case != Case::Lower {
            if let Some(stem) = genitive_stem(token_text) {
                tags = lexicon::lookup(stem);
                if !tags.is_empty() {
                    facts |= Facts::GENITIVE;
                }
            }
            if tags.is_empty() {
                tags = hyphenated_name_tags(token_text);
            }
        }
        let tok = self.push(token.start(), token_text, tags, case, facts);
        if tok.is_capital() {
            add_capital_facts(tok);
        }
        if tok.is_proper() {
            self.starts.push(i);
        } else if is_definite_role(tok) {
            self.role_words.push(i);
        }
        self.at_start = false;
    }

    /// Adds a token that is no word: a number, a mark, a symbol.
    fn push_non_word(&mut self, i: usize, token: &PackedToken, token_text: &'t str, tags: Tags) {
        self.push(token.start(), token_text, tags, Case::Other, 0);
        if token_text == "(" {
            self.starts.push(i);
        }
        if token.kind() == TokenKind::Number {
            self.at_start = false;
        } else if matches!(token_text, ":" | "–" | "-" | "—" | "•") {
            self.at_start = true;
        }
    }
}

/// Whether the token is a small-letter role word in the definite form
/// ("ministeren"), and no mere modifier of one. The cheap tests of case,
/// length and ending come first: most small words fail them.
#[inline]
fn is_definite_role(tok: &Tok) -> bool {
    tok.case == Case::Lower
        && tok.text.len() >= 6
        && tok.text.ends_with("en")
        && super::roles::is_role(tok)
        && !super::roles::is_modifier(tok)
}

/// Works out once what the rules ask of a capitalised word.
fn add_capital_facts(tok: &mut Tok) {
    if super::people::name_word_shape(tok) {
        tok.facts |= Facts::NAME_WORD;
    }
    if super::people::initial_letter_shape(tok) {
        tok.facts |= Facts::INITIAL_LETTER;
    }
    tok.facts |= Facts::ROLE_KNOWN;
    if super::roles::role_shape(tok) {
        tok.facts |= Facts::ROLE;
    }
}

/// The letter case of a word.
#[cfg(test)]
fn case_of(word: &str) -> Case {
    case_at(word.as_bytes(), 0, word.len())
}

/// [`case_of`] for the word at `start..end` of the UTF-8 `text`.
fn case_at(text: &[u8], start: usize, end: usize) -> Case {
    let Some(bytes) = text.get(start..end) else {
        return Case::Other;
    };
    let Some(&first) = bytes.first() else {
        return Case::Other;
    };
    // "Huawei", "Søren", "Østergaard", "Da": a capital and then a small
    // ASCII letter make the word capitalised, whatever else it holds. No
    // genitive ending can strip that letter: "'s" would have to start at
    // it, and a bare "s" is stripped only after three characters.
    let capital_then_small = match bytes {
        [a, b, ..] if a.is_ascii_uppercase() => b.is_ascii_lowercase(),
        [0xC3, b, c, ..] if lexicon::is_latin1_capital(*b) => c.is_ascii_lowercase(),
        _ => false,
    };
    if capital_then_small {
        return Case::Capitalised;
    }
    // Most words are ASCII, and most of those lower case: answer them
    // eight bytes at a time.
    let (capital, high) = ascii_capital(text, start, end);
    if !high && first.is_ascii_lowercase() {
        return if capital { Case::Mixed } else { Case::Lower };
    }
    // The rest of Danish is written in ASCII and Latin-1 letters: answer
    // those on the bytes too, since a char walk looks every non-ASCII
    // letter up in the Unicode tables.
    latin1_case_of(bytes).unwrap_or_else(|| chars_case_of(std::str::from_utf8(bytes).unwrap_or("")))
}

/// Whether `bytes` start with a small ASCII or Latin-1 letter ("s", "ø").
fn starts_small(bytes: &[u8]) -> bool {
    match bytes {
        [a, ..] if a.is_ascii_lowercase() => true,
        [0xC3, b, ..] => lexicon::is_latin1_small(*b),
        _ => false,
    }
}

/// Whether `text[start..end]` holds an ASCII capital, and whether it holds
/// a non-ASCII byte.
fn ascii_capital(text: &[u8], start: usize, end: usize) -> (bool, bool) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOWER_A: u64 = 0x6161_6161_6161_6161;
    let (mut capital, mut high) = (false, false);
    let mut pos = start;
    while pos < end {
        // Eight bytes from the text (past the word's end where there are
        // some), those beyond the word replaced by a lower-case letter,
        // which is neither a capital nor non-ASCII. A fixed-size load costs
        // one instruction; copying a short tail would call memcpy.
        let Some(chunk) = text.get(pos..pos + 8) else {
            let rest = text.get(pos..end).unwrap_or(&[]);
            capital |= rest.iter().any(u8::is_ascii_uppercase);
            high |= rest.iter().any(|&b| b >= 0x80);
            break;
        };
        let mut x = u64::from_le_bytes(chunk.try_into().unwrap_or([b'a'; 8]));
        let n = end - pos;
        if n < 8 {
            let keep = (1u64 << (8 * n)) - 1;
            x = (x & keep) | (LOWER_A & !keep);
        }
        if x & HIGH != 0 {
            high = true;
        } else {
            capital |= lexicon::ascii_capitals(x) != 0;
        }
        pos += 8;
    }
    (capital, high)
}

/// [`case_of`] for any word, char by char.
fn chars_case_of(word: &str) -> Case {
    let Some(first) = word.chars().next() else {
        return Case::Other;
    };
    if first.is_lowercase() {
        return if word.chars().any(char::is_uppercase) {
            Case::Mixed
        } else {
            Case::Lower
        };
    }
    if !first.is_uppercase() {
        return Case::Other;
    }
    // A genitive ending does not make "TDC's" or "DBUs" less of an
    // acronym.
    let stem = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| {
            word.strip_suffix('s')
                .filter(|stem| stem.chars().count() >= 3)
        })
        .unwrap_or(word);
    let second_letter = word.chars().skip(1).any(char::is_alphabetic);
    if second_letter && !stem.chars().any(char::is_lowercase) {
        Case::Upper
    } else {
        Case::Capitalised
    }
}

/// The case of one letter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Letter {
    Upper,
    Lower,
    /// A digit, a mark or another character that is no letter.
    None,
}

/// [`case_of`] for a word of ASCII and Latin-1 characters, on its bytes;
/// `None` for any other word.
fn latin1_case_of(bytes: &[u8]) -> Option<Case> {
    // A genitive ending does not make "TDC's" or "DBUs" less of an
    // acronym.
    let stem_len = match bytes {
        [rest @ .., b'\'', b's'] => rest.len(),
        [rest @ .., b's'] if char_count(rest) >= 3 => rest.len(),
        _ => bytes.len(),
    };
    let mut first = Letter::None;
    let (mut upper, mut lower_in_stem, mut letter_after_first) = (false, false, false);
    let mut i = 0;
    while i < bytes.len() {
        let (letter, width) = latin1_letter(bytes, i)?;
        if i == 0 {
            first = letter;
        } else {
            letter_after_first |= letter != Letter::None;
        }
        upper |= letter == Letter::Upper;
        lower_in_stem |= letter == Letter::Lower && i < stem_len;
        i += width;
    }
    Some(match first {
        Letter::None => Case::Other,
        Letter::Lower if upper => Case::Mixed,
        Letter::Lower => Case::Lower,
        Letter::Upper if letter_after_first && !lower_in_stem => Case::Upper,
        Letter::Upper => Case::Capitalised,
    })
}

/// The letter at byte `i` and its width in bytes, if it is ASCII or a
/// Latin-1 character (two bytes starting 0xC3: "Æ", "ø", "é", "ß").
fn latin1_letter(bytes: &[u8], i: usize) -> Option<(Letter, usize)> {
    let b = *bytes.get(i)?;
    if b.is_ascii() {
        let letter = if b.is_ascii_uppercase() {
            Letter::Upper
        } else if b.is_ascii_lowercase() {
            Letter::Lower
        } else {
            Letter::None
        };
        return Some((letter, 1));
    }
    let next = *bytes.get(i + 1)?;
    if b != 0xC3 {
        return None;
    }
    // "×" and "÷" sit among the letters but are none.
    let letter = if lexicon::is_latin1_capital(next) {
        Letter::Upper
    } else if lexicon::is_latin1_small(next) {
        Letter::Lower
    } else {
        Letter::None
    };
    Some((letter, 2))
}

/// How many characters the UTF-8 `bytes` hold.
fn char_count(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .filter(|&&b| !(0x80..0xC0).contains(&b))
        .count()
}

/// The name tags of the first part of a hyphenated name ("Poul-Erik",
/// "Ellemann-Jensen"): only when every part is capitalised.
fn hyphenated_name_tags(word: &str) -> Tags {
    let Some((head, _)) = word.split_once('-') else {
        return Tags::NONE;
    };
    if !word
        .split('-')
        .all(|part| part.starts_with(char::is_uppercase))
    {
        return Tags::NONE;
    }
    let tags = lexicon::lookup(head);
    let names = Tags::FIRST_NAME
        .union(Tags::SURNAME)
        .union(Tags::FEMALE)
        .union(Tags::MALE);
    if tags.intersects(Tags::FIRST_NAME.union(Tags::SURNAME)) {
        tags.intersection(names)
    } else {
        Tags::NONE
    }
}

/// The word without its genitive ending: "TDC's" → "TDC", "Jens'" →
/// "Jens", "Huaweis" → "Huawei"; `None` when it has none.
#[inline]
pub(crate) fn genitive_stem(word: &str) -> Option<&str> {
    // Most words end in none of the endings' last bytes, and are turned
    // down before anything else.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return None;
    }
    genitive_stem_of_candidate(word)
}

/// [`genitive_stem`] of a word whose last byte may end a genitive.
fn genitive_stem_of_candidate(word: &str) -> Option<&str> {
    // On the bytes: every ending is ASCII but "’" (E2 80 99), and each
    // cut falls on a char boundary, since it ends before an ASCII byte or
    // before the first byte of "’".
    let ending = match word.as_bytes() {
        [.., b'\'', b's'] => 2,
        [.., 0xE2, 0x80, 0x99, b's'] => 4,
        [.., b'\''] | [.., b's'] | [.., b'S'] => 1,
        [.., 0xE2, 0x80, 0x99] => 3,
        _ => return None,
    };
    let stem = word.get(..word.len() - ending)?;
    let two_chars = stem.chars().nth(1).is_some();
    two_chars.then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(case_of("Huawei"), Case::Capitalised);
        assert_eq!(case_of("TDC's"), Case::Upper);
        assert_eq!(case_of("netIP's"), Case::Mixed);
        assert_eq!(case_of("hos"), Case::Lower);
        assert_eq!(case_of("5G-netværk"), Case::Other);
        assert_eq!(case_of("A"), Case::Capitalised);
    }

    #[test]
    fn short_capitalised_words() {
        for word in ["Da", "Han", "Øl", "Ås", "Ds", "Vi"] {
            assert_eq!(case_of(word), Case::Capitalised, "{word}");
            assert_eq!(case_of(word), chars_case_of(word), "{word}");
        }
        for word in ["DR", "D's", "TDCs", "ØK"] {
            assert_eq!(case_of(word), Case::Upper, "{word}");
            assert_eq!(case_of(word), chars_case_of(word), "{word}");
        }
    }

    /// The stem as the chain of `strip_suffix` calls this function
    /// replaced found it.
    fn genitive_stem_by_chars(word: &str) -> Option<&str> {
        let stem = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .or_else(|| word.strip_suffix('\''))
            .or_else(|| word.strip_suffix('’'))
            .or_else(|| word.strip_suffix('s'))
            .or_else(|| word.strip_suffix('S'))?;
        (stem.chars().count() >= 2).then_some(stem)
    }

    proptest::proptest! {
        #[test]
        fn genitive_stem_agrees_with_the_char_walk(word in "[a-cA-CsS'’æøÅ€-]{0,7}") {
            proptest::prop_assert_eq!(genitive_stem(&word), genitive_stem_by_chars(&word));
        }
    }

    proptest::proptest! {
        #[test]
        fn latin1_case_agrees_with_the_char_walk(word in "[a-cA-Cs'0-9æøåÆØÅéÉß×÷-]{0,8}") {
            proptest::prop_assert_eq!(latin1_case_of(word.as_bytes()), Some(chars_case_of(&word)));
        }
    }

    proptest::proptest! {
        #[test]
        fn case_in_the_text_agrees_with_the_char_walk(
            before in "[a-zA-Z ]{0,3}",
            word in "[a-zA-Z'0-9æøÆØé-]{0,12}",
            after in "[a-zA-Z ]{0,9}",
        ) {
            let text = format!("{before}{word}{after}");
            let case = case_at(text.as_bytes(), before.len(), before.len() + word.len());
            proptest::prop_assert_eq!(case, chars_case_of(&word));
        }
    }

    #[test]
    fn latin1_words_are_read_on_their_bytes() {
        assert_eq!(latin1_case_of(b"netvaerksudstyr"), Some(Case::Lower));
        assert_eq!(latin1_case_of("søÅ".as_bytes()), Some(Case::Mixed));
        assert_eq!(latin1_case_of("ØRESUND".as_bytes()), Some(Case::Upper));
        assert_eq!(latin1_case_of("ØRESUNDs".as_bytes()), Some(Case::Upper));
        assert_eq!(latin1_case_of("Ærø".as_bytes()), Some(Case::Capitalised));
        assert_eq!(latin1_case_of("×Ab".as_bytes()), Some(Case::Other));
        assert_eq!(latin1_case_of("Σοφία".as_bytes()), None);
        assert_eq!(case_of("iPhone"), Case::Mixed);
        assert_eq!(case_of("TDC's"), Case::Upper);
        assert_eq!(case_of("5G"), Case::Other);
        assert_eq!(case_of("søÅ"), Case::Mixed);
        assert_eq!(case_of("sø"), Case::Lower);
        assert_eq!(case_of("Σοφία"), Case::Capitalised);
        assert_eq!(case_of("ΣΟΦΙΑ"), Case::Upper);
    }

    #[test]
    fn genitives() {
        assert_eq!(genitive_stem("TDC's"), Some("TDC"));
        assert_eq!(genitive_stem("Venstres"), Some("Venstre"));
        assert_eq!(genitive_stem("Jens'"), Some("Jens"));
        assert_eq!(genitive_stem("Bo"), None);
        assert_eq!(genitive_stem("Novo’s"), Some("Novo"));
        assert_eq!(genitive_stem("Anders’"), Some("Anders"));
        assert_eq!(genitive_stem("NORRIQS"), Some("NORRIQ"));
        assert_eq!(genitive_stem("Ås"), None);
        assert_eq!(genitive_stem("Øs"), None);
        assert_eq!(genitive_stem("Øks"), Some("Øk"));
        assert_eq!(genitive_stem("’s"), None);
        assert_eq!(genitive_stem(""), None);
    }

    #[test]
    fn initial_positions() {
        let document = Document::new("Han så Jens. Læs også: Ole kom.\nMogens Lykketoft");
        let context = Context::new(&document);
        let initial: Vec<&str> = context
            .toks
            .iter()
            .filter(|t| t.initial())
            .map(|t| t.text)
            .collect();
        assert_eq!(initial, ["Han", "Læs", "Ole", "Mogens"]);
    }
}
