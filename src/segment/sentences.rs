//! Sentences: where a full stop, question or exclamation mark, an
//! ellipsis, or the end of a line without one, ends a sentence.
//!
//! The splitter walks the tokens of each paragraph once. At a mark that
//! can end a sentence it takes the closing quotes and brackets right after
//! it, then looks at the first word of what follows (past opening quotes,
//! brackets and dialogue dashes): a capital letter starts a new sentence,
//! a lower-case letter continues this one.

use super::chars::{char_at, is_bullet, is_closer, is_line_break, is_opener};
use crate::lexicon::abbreviations;
use crate::model::{Sentence, TokenKind};
use crate::token_list::PackedToken;

/// Splits the tokens of paragraph number `paragraph` into sentences,
/// pushed onto `out`. `first_token` is the index of `tokens[0]` among all
/// tokens, and `possible_ends` the indices (among all tokens, in order) of
/// those of `tokens` that [`may_end_alone`] says may end a sentence or
/// that a line break follows, as the tokenizer found them: every other
/// token plainly continues its sentence, and is not looked at. Kept out
/// of line: the tokenizer's loop, which calls it once a paragraph, stays
/// small.
#[inline(never)]
pub(crate) fn split_paragraph(
    text: &str,
    tokens: &[PackedToken],
    first_token: usize,
    possible_ends: &[usize],
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    Splitter {
        text,
        tokens,
        paragraph,
        first_token,
        possible_ends,
    }
    .run(out);
}

/// Whether the token of `kind` over `start..end` of `text` may end a
/// sentence by itself (an ending other than [`Ending::No`]), read off a
/// byte: a word or number with a full stop, or a mark that may end one
/// ("…" and other marks that start with the byte 0xE2 are taken to may).
/// A token that may not, with no line break after it, plainly continues
/// its sentence. The tokenizer asks before it stores a token, and for a
/// run it cuts into several tokens, of the whole run.
#[inline(always)]
pub(crate) fn may_end_alone(text: &str, start: usize, end: usize, kind: TokenKind) -> bool {
    let bytes = text.as_bytes();
    match kind {
        TokenKind::Word | TokenKind::Number => {
            end.checked_sub(1).and_then(|last| bytes.get(last)) == Some(&b'.')
        }
        TokenKind::Punctuation => matches!(
            bytes.get(start),
            Some(b'.' | b'!' | b'?' | b':' | 0xE2) | None
        ),
        _ => false,
    }
}

/// Whether the splitter takes its fast paths: always, but in the test
/// that holds them to the general path.
#[cfg(not(test))]
#[inline(always)]
fn fast_paths() -> bool {
    true
}

#[cfg(test)]
thread_local! {
    /// Whether this test thread's splitter takes its fast paths.
    static FAST_PATHS: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Whether the splitter takes its fast paths: in tests, as this thread
/// says.
#[cfg(test)]
fn fast_paths() -> bool {
    FAST_PATHS.with(std::cell::Cell::get)
}

/// What a token can do to the sentence it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    /// Cannot end a sentence by itself (a word, a comma).
    No,
    /// ".", "!", "?", "…": ends it before a capital letter or a digit.
    Strong,
    /// An abbreviation that may end a sentence ("osv.", "kr."): ends it
    /// before a capital letter, not before a digit ("kr. 200").
    Abbreviation,
    /// An abbreviation, initial or ordinal that goes on ("bl.a.", "P.",
    /// "1."): ends a sentence only where the paragraph ends.
    Never,
    /// A colon: ends a sentence where the line ends after it.
    Colon,
}

/// The first word of what follows a possible end, past opening marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    /// Starts with a capital letter.
    Capital,
    /// Starts with a digit.
    Digit,
    /// Starts with a lower-case letter.
    Lower,
    /// Anything else: a symbol, an emoji, a stray mark.
    Other,
}

/// Opening marks looked past before the first word of what follows.
const MAX_OPENERS: usize = 4;

/// The state of one pass over one paragraph's tokens.
struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [PackedToken],
    paragraph: usize,
    /// The index of `tokens[0]` among all tokens.
    first_token: usize,
    /// See [`split_paragraph`].
    possible_ends: &'a [usize],
}

impl<'a> Splitter<'a> {
    /// Pushes the paragraph's sentences onto `out`.
    fn run(&self, out: &mut Vec<Sentence>) {
        let tokens = self.tokens;
        let mut start = 0;
        // Bracket depth of a sentence that opens with a bracket, so that
        // "(Foto: Anne Hansen)" before a capital stands alone.
        let mut bracket_depth: Option<usize> = None;
        // Position in `possible_ends` of the first at or after `i`.
        let mut cursor = 0;
        // The paragraph's last token ends its last sentence whatever it
        // is, and so is not read (but in the test of the fast paths).
        let read_to = tokens.len().saturating_sub(usize::from(fast_paths()));
        let mut i = 0;
        while i < read_to {
            if i == start {
                bracket_depth = (self.mark(i) == Some('(')).then_some(0);
            }
            if bracket_depth.is_none() {
                // The tokens before the next possible end plainly continue
                // the sentence (none of them opens one: `start` is at or
                // before `i`, so the jump lands past it).
                i = self.next_possible_end(i, &mut cursor);
                if i >= read_to {
                    break;
                }
            }
            // Every token is looked at once: a run of closing marks taken
            // after a possible end is not looked at again.
            let (last, ends) = self.sentence_end(i, &mut bracket_depth);
            if ends {
                self.push(start, last, out);
                start = last + 1;
            }
            i = last + 1;
        }
        if start < tokens.len() {
            self.push(start, tokens.len() - 1, out);
        }
    }

    /// The first token at or after `i` that may end a sentence (see
    /// [`split_paragraph`]), moving `cursor` forward in `possible_ends`;
    /// the paragraph's length when there is none.
    #[inline(always)]
    fn next_possible_end(&self, i: usize, cursor: &mut usize) -> usize {
        while let Some(&index) = self.possible_ends.get(*cursor) {
            let local = index.wrapping_sub(self.first_token);
            if local >= i && local < self.tokens.len() {
                return local;
            }
            *cursor += 1;
        }
        self.tokens.len()
    }

    /// Pushes the sentence from token `first` to token `last`.
    fn push(&self, first: usize, last: usize, out: &mut Vec<Sentence>) {
        if let (Some(a), Some(b)) = (self.tokens.get(first), self.tokens.get(last)) {
            out.push(Sentence {
                start: a.start(),
                end: b.end(),
                paragraph: self.paragraph,
            });
        }
    }

    /// Whether a sentence ends at or just after token `i`; returns the
    /// index of the last token looked at (closing marks included) and
    /// whether the sentence ends there.
    fn sentence_end(&self, i: usize, bracket_depth: &mut Option<usize>) -> (usize, bool) {
        let ending = match self.ending_unless_stop_word(i) {
            Some(ending) => ending,
            // Before one space and a small letter or a digit, a word with a
            // full stop ends no sentence, whether it is an abbreviation or
            // never ends one: it need not be read.
            None if fast_paths()
                && self.end_before_a_word(i, Ending::Abbreviation) == Some(false) =>
            {
                return (i, false);
            }
            None => self.word_ending(i),
        };
        let next = i + 1;
        if ending == Ending::No {
            if self.tokens.get(next).is_none() {
                return (i, false);
            }
            if self.line_breaks_between(i, next) {
                return (i, self.line_end_without_mark(i, next));
            }
            return (i, self.closes_bracket_sentence(i, bracket_depth));
        }
        if fast_paths() {
            if let Some(ends) = self.end_before_a_word(i, ending) {
                return (i, ends);
            }
        }
        let next = i + 1;
        let (last, ending) = self.take_closers(i, ending);
        for closer in next..=last {
            self.closes_bracket_sentence(closer, bracket_depth);
        }
        let next = last + 1;
        if self.tokens.get(next).is_none() {
            return (last, false);
        }
        let line_break = self.line_breaks_between(last, next);
        let ends = match ending {
            Ending::No | Ending::Never => false,
            Ending::Colon => line_break,
            Ending::Strong => match self.next_word(next) {
                Next::Capital | Next::Digit => true,
                Next::Lower => false,
                Next::Other => line_break,
            },
            Ending::Abbreviation => {
                self.next_word(next) == Next::Capital || (line_break && self.is_list_start(next))
            }
        };
        let ends = ends || (line_break && ending != Ending::Never && self.is_list_start(next));
        (last, ends)
    }

    /// For token `i`, which may end a sentence with `ending`, the
    /// commonest case read off three bytes: one space and then a word or
    /// number that starts with an ASCII letter or digit. Nothing closes
    /// the sentence after `i` (the next token does not touch it) and no
    /// line break lies between, so the word's first character tells: a
    /// capital ends the sentence after a strong ending or an abbreviation,
    /// a digit after a strong ending only, and nothing after a colon or an
    /// ending that never ends one. `None` for any other case, which the
    /// general path reads.
    #[inline(always)]
    fn end_before_a_word(&self, i: usize, ending: Ending) -> Option<bool> {
        let token = self.tokens.get(i)?;
        let next = self.tokens.get(i + 1)?;
        let bytes = self.text.as_bytes();
        let gap = token.end();
        if next.start() != gap + 1 || bytes.get(gap) != Some(&b' ') {
            return None;
        }
        if !matches!(next.kind(), TokenKind::Word | TokenKind::Number) {
            return None;
        }
        let first = *bytes.get(next.start())?;
        if !first.is_ascii_alphanumeric() {
            return None;
        }
        Some(match ending {
            Ending::Strong => !first.is_ascii_lowercase(),
            Ending::Abbreviation => first.is_ascii_uppercase(),
            Ending::Colon | Ending::Never | Ending::No => false,
        })
    }

    /// The token's single punctuation character, if it is one.
    fn mark(&self, i: usize) -> Option<char> {
        let token = self.tokens.get(i)?;
        if token.kind() != TokenKind::Punctuation {
            return None;
        }
        char_at(self.text, token.start())
    }

    /// The text of token `i`, or "" past the end.
    fn token_text(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start()..t.end()))
            .unwrap_or("")
    }

    /// What token `i` can do to its sentence. Inlined: most tokens are
    /// told by a byte or two; a word that ends in a full stop is read out
    /// of line ([`Splitter::word_ending`]).
    #[inline(always)]
    fn ending(&self, i: usize) -> Ending {
        self.ending_unless_stop_word(i)
            .unwrap_or_else(|| self.word_ending(i))
    }

    /// [`Splitter::ending`], but `None` for a word that ends in a full
    /// stop, which takes longer to read.
    #[inline(always)]
    fn ending_unless_stop_word(&self, i: usize) -> Option<Ending> {
        let Some(token) = self.tokens.get(i) else {
            return Some(Ending::No);
        };
        // Bytes, not a str: most tokens are told by one byte, and a
        // token always lies on char boundaries; only a word that ends in
        // a full stop is read as a str.
        let bytes = self
            .text
            .as_bytes()
            .get(token.start()..token.end())
            .unwrap_or_default();
        let stop_after = bytes.len() > 1 && bytes.last() == Some(&b'.');
        Some(match token.kind() {
            TokenKind::Punctuation => match bytes.first() {
                Some(b'.' | b'!' | b'?') => Ending::Strong,
                Some(b':') => Ending::Colon,
                _ if bytes == "…".as_bytes() => Ending::Strong,
                _ => Ending::No,
            },
            TokenKind::Number if bytes.last() == Some(&b'.') => Ending::Never,
            TokenKind::Word if stop_after => return None,
            _ => Ending::No,
        })
    }

    /// [`Splitter::ending`] of the word `i` that ends in a full stop.
    #[inline(never)]
    fn word_ending(&self, i: usize) -> Ending {
        let word = self.token_text(i);
        if self.joined_to_previous(i) || self.is_postal_district(i) {
            // The "S." of "A/S.", the "Ø." of "2100 København Ø.".
            Ending::Abbreviation
        } else if is_initials(word) || abbreviations::continues_before_capital(word) {
            Ending::Never
        } else {
            Ending::Abbreviation
        }
    }

    /// Takes the marks that close the sentence right after token `i`
    /// ("?!", `."`, `.)`, `.«`, a second full stop after "kr."): returns
    /// the last of them and the strongest ending among them.
    fn take_closers(&self, i: usize, mut ending: Ending) -> (usize, Ending) {
        let mut last = i;
        while let Some(next) = self.tokens.get(last + 1) {
            let touching = self
                .tokens
                .get(last)
                .is_some_and(|t| t.end() == next.start());
            if !touching {
                break;
            }
            let Some(mark) = self.mark(last + 1) else {
                break;
            };
            let more = match self.ending(last + 1) {
                Ending::Strong => {
                    ending = Ending::Strong;
                    true
                }
                _ => is_closer(mark) && !self.opens_next_word(last + 1),
            };
            if !more {
                break;
            }
            last += 1;
        }
        (last, ending)
    }

    /// Whether a straight quote at token `i` opens the word right after
    /// it rather than closing what came before (`."Han` vs `." Han`).
    fn opens_next_word(&self, i: usize) -> bool {
        let (Some(token), Some(next)) = (self.tokens.get(i), self.tokens.get(i + 1)) else {
            return false;
        };
        matches!(self.mark(i), Some('"' | '\''))
            && token.end() == next.start()
            && next.kind() != TokenKind::Punctuation
    }

    /// The first word at or after token `i`, past a few opening marks.
    fn next_word(&self, i: usize) -> Next {
        for k in i..i + MAX_OPENERS {
            let Some(token) = self.tokens.get(k) else {
                return Next::Other;
            };
            if token.kind() == TokenKind::Punctuation {
                if self.mark(k).is_some_and(is_opener) {
                    continue;
                }
                return Next::Other;
            }
            return match char_at(self.text, token.start()) {
                Some(c) if c.is_uppercase() => Next::Capital,
                Some(c) if c.is_ascii_digit() => Next::Digit,
                Some(c) if c.is_lowercase() => Next::Lower,
                _ => Next::Other,
            };
        }
        Next::Other
    }

    /// Whether a line break lies between tokens `a` and `b`.
    fn line_breaks_between(&self, a: usize, b: usize) -> bool {
        let (Some(a), Some(b)) = (self.tokens.get(a), self.tokens.get(b)) else {
            return false;
        };
        self.text
            .as_bytes()
            .get(a.end()..b.start())
            .is_some_and(|gap| gap.iter().any(|&byte| is_line_break(byte)))
    }

    /// Whether token `i` opens a list item or a dialogue line: a bullet or
    /// dash, "1)", "a)", "1.", "a.".
    fn is_list_start(&self, i: usize) -> bool {
        if self.mark(i).is_some_and(is_bullet) {
            return true;
        }
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        let word = self.token_text(i);
        let short = word.chars().count() <= 3;
        match token.kind() {
            TokenKind::Number | TokenKind::Word if short => {
                let ordinal = word.ends_with('.') && word.len() > 1;
                let bracketed = self.mark(i + 1) == Some(')')
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| t.start() == token.end());
                ordinal || bracketed
            }
            _ => false,
        }
    }

    /// A line that ends without a closing mark (a headline, a byline, a
    /// photo credit, "Nyt job"): it stands alone when the next line starts
    /// with a capital, a digit or a list mark; a line broken in the middle
    /// of a sentence goes on in lower case.
    fn line_end_without_mark(&self, i: usize, next: usize) -> bool {
        if let Some(mark) = self.mark(i) {
            if !is_closer(mark) && !self.is_free_dash(i) {
                // A comma, a hyphen, an opening bracket: the sentence goes on.
                return false;
            }
        }
        if self.is_list_start(next) {
            return true;
        }
        if is_function_word(self.token_text(i)) {
            // "... fremlægge planen, og\nRegeringen ...": no headline
            // ends in a conjunction, a preposition or an article.
            return false;
        }
        matches!(self.next_word(next), Next::Capital | Next::Digit)
    }

    /// Whether token `i` is a dash with a space before it: at the end of a
    /// line it trails off a sentence rather than splitting a word.
    fn is_free_dash(&self, i: usize) -> bool {
        matches!(self.mark(i), Some('-' | '–' | '—')) && !self.touches_previous(i)
    }

    /// Whether token `i` is part of a word with the one before it ("A/S",
    /// "C-B"), not just after an opening quote or bracket.
    fn joined_to_previous(&self, i: usize) -> bool {
        self.touches_previous(i)
            && i.checked_sub(1).is_some_and(|p| match self.mark(p) {
                Some(mark) => matches!(mark, '/' | '-' | '&'),
                None => true,
            })
    }

    /// Whether the letter at token `i` is a postal district after a postal
    /// code and a town ("2100 København Ø."), not an initial.
    fn is_postal_district(&self, i: usize) -> bool {
        let (Some(code), Some(town)) = (
            i.checked_sub(2).and_then(|k| self.tokens.get(k)),
            i.checked_sub(1).and_then(|k| self.tokens.get(k)),
        ) else {
            return false;
        };
        code.kind() == TokenKind::Number
            && code.len() == 4
            && town.kind() == TokenKind::Word
            && char_at(self.text, town.start()).is_some_and(char::is_uppercase)
    }

    /// Whether token `i` follows the one before it with no space between.
    fn touches_previous(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.tokens.get(p))
            .zip(self.tokens.get(i))
            .is_some_and(|(p, t)| p.end() == t.start())
    }

    /// Whether token `i` closes the bracket that opened the sentence and a
    /// capitalised word follows on the same line: "(Foto: Anne Hansen)
    /// Regeringen vil ...".
    fn closes_bracket_sentence(&self, i: usize, depth: &mut Option<usize>) -> bool {
        let Some(d) = depth.as_mut() else {
            return false;
        };
        match self.mark(i) {
            Some('(') => *d += 1,
            Some(')') => {
                *d = d.saturating_sub(1);
                if *d == 0 {
                    *depth = None;
                    return self.next_word(i + 1) == Next::Capital && self.mark(i + 1).is_none();
                }
            }
            _ => {}
        }
        false
    }
}

/// Whether `word` is an initial or a run of them: one capital letter and a
/// full stop ("P."), or single letters joined by full stops ("H.C.").
fn is_initials(word: &str) -> bool {
    let Some(body) = word.strip_suffix('.') else {
        return false;
    };
    let mut chars = body.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_uppercase(),
        // Initials take turns with full stops ("H.C"): a first part of
        // two characters or more ("kr", "bl.a") rules them out without
        // splitting the word.
        (Some(_), Some(second)) if second != '.' => false,
        _ => body.split('.').all(|part| part.chars().count() == 1),
    }
}

/// Conjunctions, prepositions, articles and auxiliaries: a line that ends
/// in one was broken in the middle of a sentence.
const FUNCTION_WORDS: &[&str] = &[
    "af", "at", "da", "de", "den", "der", "det", "efter", "eller", "en", "er", "et", "for", "fra",
    "har", "hos", "hvis", "i", "med", "men", "mod", "når", "og", "om", "over", "på", "samt", "som",
    "til", "under", "ved", "var", "vil", "blev", "bliver", "kan", "skal",
];

/// Whether `word` is one of [`FUNCTION_WORDS`], in lower case as they
/// stand mid-sentence.
fn is_function_word(word: &str) -> bool {
    word.len() <= 6 && FUNCTION_WORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text` as `segment` splits it, as text.
    fn sentences(text: &str) -> Vec<&str> {
        let segmentation = super::super::segment(text);
        segmentation
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn fast_paths_split_as_the_general_path_does() {
        let texts = [
            "Det regner. Han går. Hun gik! 2025 blev godt? ja. Se 5. maj. Nej. Slut.",
            "« Ja. (Se her.) Æble. ok.. Slut.\n\nNy. Her. \"Ja.\" Nu. 3. Til. Ende.",
            "Han sagde: Nej. Hun sagde ja. Det kostede 200 kr. Og så? Intet!\nNy linje.",
            "(Foto: Anne Hansen.) Regeringen vil. Hvad så? 14 dage. Ærø. æble. Én.",
            "Det kostede 5 mio. kr. Hun sagde: Ja. Han betalte 200 kr. 300 kr. Det. Osv. Nu.",
            "Se bl.a. Hansen, dr. Jensen og St. Petersborg. Kl. 14 kom P. Hansen. Ca. 20 kom.",
            "1. Første. a. Anden: at gå. Prof. Hansen. Jf. Loven. Mv. Slut",
            "Han kom osv. og gik. Det kostede ca. 20 kr. i alt. Se bl.a. at P. og 4. maj. Ok.",
            "Én sætning her.\n\nOverskrift\n\n(Foto Ritzau) Ja\n\n(Ja) nej\n\nTo.\nLinjer\n\n.",
            "Dr. Hansen kom.\n\nKl. 14\n\nEn, to og tre\n\n»Ja«\n\n(Se side 4.)\n\n",
        ];
        for text in texts {
            let fast = sentences(text);
            FAST_PATHS.with(|f| f.set(false));
            let general = sentences(text);
            FAST_PATHS.with(|f| f.set(true));
            assert_eq!(fast, general, "{text}");
        }
        assert_eq!(
            sentences("Det regner. Han går. Hun gik! 2025 blev godt? ja."),
            ["Det regner.", "Han går.", "Hun gik!", "2025 blev godt? ja."]
        );
    }
}
