//! What the entity rules need to know of each token, computed once: its
//! text, tags, letter case and whether it opens a sentence.

use crate::document::Document;
use crate::lexicon::{self, Tags};
use crate::model::{Span, TokenKind};
use crate::token_list::PackedToken;

/// The letter case of a word token. The discriminants are the token's
/// [`Marks::CASE`] bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Case {
    /// Not a word, or a word that starts with a digit or a mark.
    Other = 0,
    /// Starts with a lower-case letter and has no capital inside ("hos").
    Lower = 1,
    /// Starts with a capital and is not all capitals ("Huawei", "McDonald").
    Capitalised = 2,
    /// Two or more letters, all capitals ("TDC", "NORRIQS").
    Upper = 3,
    /// Starts with a lower-case letter but has a capital inside ("netIP").
    Mixed = 4,
}

impl Case {
    /// The case that the [`Marks::CASE`] bits of `marks` hold.
    #[inline(always)]
    fn of_marks(marks: u16) -> Case {
        match marks & Marks::CASE {
            1 => Case::Lower,
            2 => Case::Capitalised,
            3 => Case::Upper,
            4 => Case::Mixed,
            _ => Case::Other,
        }
    }
}

/// One token as the entity rules see it, put together on access from the
/// text, the tokens, the tags and the two bytes of [`Marks`] the view
/// keeps of the token: keeping it whole for every token cost 40 bytes a
/// token, the largest buffer of the analysis.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok<'t> {
    /// The token's text.
    pub(crate) text: &'t str,
    /// Where it starts in the text; see [`Tok::span`].
    start: usize,
    /// Its lexicon tags; for a capitalised genitive without tags of its own
    /// ("Venstres", "Huaweis"), the tags of the word without the ending.
    /// The tagger's [`Tags::NO_CAPITAL`] may be among them, read from the
    /// token's case instead: no rule asks for it.
    pub(crate) tags: Tags,
    /// Its case and what the rules ask of it, as [`Marks`] bits.
    marks: u16,
}

/// Bits of what the view keeps of each token: its [`Case`] and the facts
/// the rules ask of it. The shape tests of names and roles are asked of
/// the same capitalised words by every rule, so they are answered once
/// when the token view is built.
struct Marks;

impl Marks {
    /// The token's [`Case`], as its discriminant.
    const CASE: u16 = 0b111;
    /// A word token.
    const WORD: u16 = 1 << 3;
    /// A capital here says nothing (see [`Tok::initial`]).
    const INITIAL: u16 = 1 << 4;
    /// The tags are those of the word without a genitive ending.
    const GENITIVE: u16 = 1 << 5;
    /// Can be a word of a name (`people::is_name_word`).
    const NAME_WORD: u16 = 1 << 6;
    /// Is an initial (`people::is_initial_letter`).
    const INITIAL_LETTER: u16 = 1 << 7;
    /// Is a role (`roles::is_role`); only meaningful with `ROLE_KNOWN`.
    const ROLE: u16 = 1 << 8;
    /// `ROLE` has been worked out (for capitalised words).
    const ROLE_KNOWN: u16 = 1 << 9;
    /// The token lies in a later sentence than the token before it.
    const SENTENCE_BREAK: u16 = 1 << 10;
    /// The token's tags are not the tagger's but the view's own (see
    /// [`Context::own_tags`]).
    const OWN_TAGS: u16 = 1 << 11;
    /// How many tokens up to this one open a later sentence, modulo 16.
    /// Between two tokens fewer than 16 apart fewer than 16 sentences
    /// open, so the two lie in one sentence exactly when these bits agree.
    const SENTENCE_COUNT: u16 = 0xF << 12;
    /// The shift of [`Marks::SENTENCE_COUNT`].
    const SENTENCE_COUNT_SHIFT: u16 = 12;
}

impl<'t> Tok<'t> {
    /// Its span in the text. Worked out from its start and its text
    /// rather than stored, which keeps the token view smaller.
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// Whether it is a word token.
    pub(crate) fn word(&self) -> bool {
        self.marks & Marks::WORD != 0
    }

    /// Whether a capital here says nothing: the first word of a sentence
    /// or of a line (quotes and dashes before it aside), or after a colon.
    pub(crate) fn initial(&self) -> bool {
        self.marks & Marks::INITIAL != 0
    }

    /// Whether it lies in a later sentence than the token before it.
    pub(crate) fn sentence_break(&self) -> bool {
        self.marks & Marks::SENTENCE_BREAK != 0
    }

    /// Whether `tags` are those of the word without a genitive ending.
    pub(crate) fn genitive(&self) -> bool {
        self.marks & Marks::GENITIVE != 0
    }

    /// Whether the word can be part of a name, as `people::is_name_word`
    /// found when the view was built.
    pub(crate) fn name_word(&self) -> bool {
        self.marks & Marks::NAME_WORD != 0
    }

    /// Whether the word is an initial, as `people::is_initial_letter`
    /// found when the view was built.
    pub(crate) fn initial_letter(&self) -> bool {
        self.marks & Marks::INITIAL_LETTER != 0
    }

    /// Whether the word is a role, if that was worked out when the view
    /// was built (it is for capitalised words).
    pub(crate) fn known_role(&self) -> Option<bool> {
        (self.marks & Marks::ROLE_KNOWN != 0).then_some(self.marks & Marks::ROLE != 0)
    }

    /// Its letter case.
    pub(crate) fn case(&self) -> Case {
        Case::of_marks(self.marks)
    }

    /// Whether the word starts with a capital or is all capitals.
    pub(crate) fn is_capital(&self) -> bool {
        matches!(self.case(), Case::Capitalised | Case::Upper)
    }

    /// Whether the word may be part of a proper name: capitalised, all
    /// capitals, or a brand written with an inner capital.
    pub(crate) fn is_proper(&self) -> bool {
        matches!(self.case(), Case::Capitalised | Case::Upper | Case::Mixed)
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
    /// The document's tokens.
    tokens: &'t [PackedToken],
    /// The document's tags, one entry per token.
    tags: &'t [Tags],
    /// The [`Marks`] of each token.
    marks: Vec<u16>,
    /// The tags of the tokens marked [`Marks::OWN_TAGS`].
    own_tags: OwnTags,
    /// For each sentence after the first, the index of the first token
    /// past the end of the sentence before: a token's sentence is the
    /// number of entries at or before it. In [`Index`]es, as the two
    /// lists below.
    sentence_bounds: Vec<Index>,
    /// Indices of the tokens an entity can start at: words with a capital
    /// (or an inner one) and opening parentheses. The rules walk these
    /// (see [`Context::starts`]) rather than every token.
    starts: Vec<Index>,
    /// Indices of the small-letter role words in the definite form
    /// ("ministeren", "landechefen"), which may stand for a person.
    role_words: Vec<Index>,
}

/// A token index as the view's lists keep it: four bytes rather than
/// eight. A token is at least a byte of the text, and the stages read at
/// most `pieces::MAX_PIECE` (512 MiB) bytes at a time, so every index fits.
type Index = u32;

use crate::token_list::short_index as index;

impl<'t> Context<'t> {
    /// Builds the token view of `document`. Kept out of line: inlined into
    /// the stage, its walk's registers were given out anew with every
    /// change to the rules, and it cost up to 0.6M instructions more per
    /// 1 MB text.
    ///
    /// Two walks: the first marks every token at its place, keeping where
    /// it stands in locals and calling nothing (kept in a struct that its
    /// calls borrowed, its state was stored and loaded again at every
    /// token); the second, [`ViewBuilder::complete`], works out the few
    /// tokens that need more than their marks.
    #[inline(never)]
    pub(crate) fn new(document: &'t Document) -> Context<'t> {
        let text = document.text;
        let bytes = text.as_bytes();
        let tokens = document.tokens;
        let tags = document.tags.as_slice();
        // `tags` holds one entry per token; the view walks as far as both.
        let len = tokens.len().min(tags.len());
        let sentences = document.sentences;
        // Made whole first and filled in place: a push per token stored
        // the list's length at every token. At most an entry for every
        // sentence (one for each the walk goes past).
        let mut sentence_bounds: Vec<Index> = vec![0; sentences.len()];
        let mut marks = vec![0u16; len];
        // The tokens that need more than their marks, for the second walk.
        let mut more = Vec::with_capacity(len / 4);
        let mut viewed = len;
        // How many sentences the walk has gone past, and where the one it
        // is in ends: a token from there on lies in a later one. Zero, so
        // that the first token looks.
        let (mut passed, mut sentence_end) = (0, 0);
        // The marks of the walk's place: the [`Marks::SENTENCE_COUNT`]
        // bits, and [`Marks::INITIAL`] while the next word opens a
        // sentence or a line. One register for the two.
        let mut place = Marks::INITIAL;
        // The end of the token before.
        let mut previous_end = document.start;
        // The byte there, which starts the gap before the next token: read
        // with the token before it, whose boundary test reads it anyway.
        let mut byte_after_previous = bytes.get(previous_end).copied().unwrap_or(0);
        // The first walk, over every token, marks each at its place and
        // calls nothing, so that its state stays in registers; the tokens
        // that need more (a capitalised word, a role word, a parenthesis)
        // are listed for a second walk.
        let in_view = tokens.get(..len).unwrap_or_default();
        let walk = marks.iter_mut().zip(in_view).zip(tags).enumerate();
        for (i, ((mark, &token), &tagged)) in walk {
            let (start, end, kind) = (token.start(), token.end(), token.kind());
            // The view ends before a token that does not slice the text
            // at char boundaries, which no segmentation makes: `get`
            // relies on every token of the view slicing it.
            let Some((word, after)) = token_bytes(bytes, start, end) else {
                viewed = i;
                break;
            };
            let mut sentence_break = 0;
            if start >= sentence_end {
                let before = passed;
                while sentences.get(passed).is_some_and(|s| s.end <= start) {
                    if let Some(bound) = sentence_bounds.get_mut(passed) {
                        *bound = index(i);
                    }
                    passed += 1;
                }
                sentence_end = sentences.get(passed).map_or(usize::MAX, |s| s.end);
                if passed > before {
                    place |= Marks::INITIAL;
                    if i > 0 {
                        sentence_break = Marks::SENTENCE_BREAK;
                        // The count wraps at 16, in the top four bits.
                        place = place.wrapping_add(1 << Marks::SENTENCE_COUNT_SHIFT);
                    }
                }
            }
            // The gap is mostly one space, and then there is nothing to
            // read.
            let one_space = start == previous_end + 1 && byte_after_previous == b' ';
            if !one_space && bytes.get(previous_end..start).is_some_and(has_line_break) {
                place |= Marks::INITIAL;
            }
            previous_end = end;
            byte_after_previous = after;
            let needs_more;
            (*mark, needs_more) = if kind != TokenKind::Word {
                let placed = (place & !Marks::INITIAL) | sentence_break;
                if opens_line_after(word, kind, place & Marks::INITIAL != 0) {
                    place |= Marks::INITIAL;
                } else {
                    place &= !Marks::INITIAL;
                }
                (placed, word == b"(")
            } else {
                let word_marks = place | sentence_break | Marks::WORD;
                place &= !Marks::INITIAL;
                if tagged.contains(Tags::NO_CAPITAL) && starts_small(word) {
                    // The tagger tells which words have no capital: most
                    // words, whose case then needs no second look at
                    // their letters. The cheap tests of
                    // `is_definite_role` first, on the bytes and tags
                    // alone: most small words need no more.
                    let role = may_be_small_definite_role(word, tagged);
                    (word_marks | Case::Lower as u16, role)
                } else {
                    (word_marks, true)
                }
            };
            if needs_more {
                more.push(index(i));
            }
        }
        marks.truncate(viewed);
        sentence_bounds.truncate(passed);
        let mut view = ViewBuilder {
            text,
            own_tags: OwnTags::default(),
            starts: Vec::with_capacity(len / 4),
            role_words: Vec::with_capacity(16),
        };
        view.complete(&mut marks, in_view, tags, &more);
        Context {
            text,
            tokens,
            tags,
            marks,
            own_tags: view.own_tags.finish(),
            sentence_bounds,
            starts: view.starts,
            role_words: view.role_words,
        }
    }

    /// How many tokens the view holds.
    pub(crate) fn len(&self) -> usize {
        self.marks.len()
    }

    /// The indices of the tokens an entity can start at, in order: words
    /// with a capital (or an inner one) and opening parentheses.
    pub(crate) fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.starts.iter().map(|&i| i as usize)
    }

    /// The capacity of a map of the text's names, one entry per name:
    /// about one name per eight starts, so that the map of a short text
    /// is not grown and rehashed twice or three times as names come
    /// (per article, most of what a map costs); for a long text no more
    /// than a table a short text fills, the map growing from there.
    pub(crate) fn names_capacity(&self) -> usize {
        (self.starts.len() / 8).min(64)
    }

    /// The indices of the small-letter role words in the definite form
    /// ("ministeren", "landechefen"), in order.
    pub(crate) fn role_words(&self) -> impl Iterator<Item = usize> + '_ {
        self.role_words.iter().map(|&i| i as usize)
    }

    /// The token at `i`, if any.
    #[inline(always)]
    pub(crate) fn get(&self, i: usize) -> Option<Tok<'t>> {
        let marks = *self.marks.get(i)?;
        // SAFETY: `i < marks.len() <= tokens.len()`: `Context::new` marks
        // a token only once it has read its bounds, and the tokens are
        // borrowed unchanged for the life of the view. The view's length
        // is the one check of an access.
        let token = unsafe { *self.tokens.get_unchecked(i) };
        let (start, end) = (token.start(), token.end());
        // SAFETY: `i < marks.len() <= tags.len()`: `Context::new` marks no
        // more tokens than there are tags, and the tags are borrowed
        // unchanged for the life of the view. The check saved is 1.6M of
        // the 169M instructions of profile doc 1.
        let tagged = unsafe { *self.tags.get_unchecked(i) };
        // The tagger's `NO_CAPITAL` bit stays (see `Tok::tags`).
        let tags = if marks & Marks::OWN_TAGS == 0 {
            tagged
        } else {
            self.own_tags.of(i)
        };
        // SAFETY: `start..end` lies in the text at char boundaries: the
        // view holds a token only once `Context::new` has sliced the text
        // with its offsets by `str::get`, and the text and the tokens are
        // borrowed unchanged for the life of the view. The rules build a
        // token at every step, and the checks of a checked slice cost
        // them more than the rest of the token.
        let text = unsafe { self.text.get_unchecked(start..end) };
        Some(Tok {
            text,
            start,
            tags,
            marks,
        })
    }

    /// The token at `i`, which must exist.
    ///
    /// # Panics
    /// If there is no token `i`, as indexing a slice would.
    #[inline(always)]
    pub(crate) fn tok(&self, i: usize) -> Tok<'t> {
        match self.get(i) {
            Some(tok) => tok,
            None => no_token(i, self.len()),
        }
    }

    /// The tokens `first..=last` that exist, in order.
    pub(crate) fn toks(&self, first: usize, last: usize) -> Toks<'_, 't> {
        Toks {
            context: self,
            next: first,
            last,
        }
    }

    /// The index of the sentence token `i` lies in (or, past the last
    /// sentence, the number of sentences).
    pub(crate) fn sentence_of(&self, i: usize) -> usize {
        self.sentence_bounds
            .partition_point(|&bound| bound as usize <= i)
    }

    /// The index of the first token of sentence `sentence`, or of the
    /// first past the last sentence.
    pub(crate) fn sentence_start(&self, sentence: usize) -> usize {
        match sentence.checked_sub(1) {
            None => 0,
            Some(bound) => self
                .sentence_bounds
                .get(bound)
                .map_or(self.len(), |&bound| bound as usize),
        }
    }

    /// Whether token `i` lies in a later sentence than the token before
    /// it, read from its marks alone.
    #[inline]
    pub(crate) fn opens_sentence(&self, i: usize) -> bool {
        self.marks
            .get(i)
            .is_some_and(|m| m & Marks::SENTENCE_BREAK != 0)
    }

    /// Whether token `i` exists, lies in the same sentence as token `j`
    /// and is exactly `s`.
    #[inline]
    pub(crate) fn is_at(&self, i: usize, j: usize, s: &str) -> bool {
        self.same_sentence(i, j) && self.get(i).is_some_and(|t| t.text == s)
    }

    /// Whether tokens `i` and `j` both exist and lie in one sentence. The
    /// rules ask it of tokens a few apart, which their sentence counts
    /// (see [`Marks::SENTENCE_COUNT`]) answer; tokens further apart have
    /// their sentences looked up.
    #[inline]
    pub(crate) fn same_sentence(&self, i: usize, j: usize) -> bool {
        let (Some(a), Some(b)) = (self.marks.get(i), self.marks.get(j)) else {
            return false;
        };
        if i.abs_diff(j) < 16 {
            (a ^ b) & Marks::SENTENCE_COUNT == 0
        } else {
            self.sentence_of(i) == self.sentence_of(j)
        }
    }

    /// The text from the start of token `from` to the end of token `to`
    /// (inclusive), or `""` if either is missing.
    pub(crate) fn text_between(&self, from: usize, to: usize) -> &'t str {
        match (self.get(from), self.get(to)) {
            (Some(a), Some(b)) => self.text.get(a.span().start..b.span().end).unwrap_or(""),
            _ => "",
        }
    }
}

/// The tags of the tokens whose tags are the view's own: capitalised
/// genitives and hyphenated names, whose tags come from a part of the
/// word. Few tokens are such, but the rules ask for their tags as often
/// as for any other's, so a token's entry is found by counting bits
/// rather than by a search.
#[derive(Default)]
struct OwnTags {
    /// Bit `i % 64` of word `i / 64` is set when token `i` has own tags.
    bits: Vec<u64>,
    /// For each word of `bits`, how many tokens before it have own tags.
    before: Vec<usize>,
    /// The tags, in token order.
    tags: Vec<Tags>,
}

impl OwnTags {
    /// Adds the tags of token `i`, later than any added before.
    fn push(&mut self, i: usize, tags: Tags) {
        let word = i / 64;
        if self.bits.len() <= word {
            self.bits.resize(word + 1, 0);
        }
        self.bits[word] |= 1 << (i % 64);
        self.tags.push(tags);
    }

    /// Counts the tokens before each word of bits, once all are added.
    fn finish(mut self) -> OwnTags {
        let mut count = 0;
        self.before = self
            .bits
            .iter()
            .map(|bits| {
                let before = count;
                count += bits.count_ones() as usize;
                before
            })
            .collect();
        self
    }

    /// The tags of token `i`, or none if it has no own tags.
    #[inline]
    fn of(&self, i: usize) -> Tags {
        let word = i / 64;
        let (Some(&bits), Some(&before)) = (self.bits.get(word), self.before.get(word)) else {
            return Tags::NONE;
        };
        let below = bits & ((1u64 << (i % 64)) - 1);
        self.tags
            .get(before + below.count_ones() as usize)
            .copied()
            .unwrap_or(Tags::NONE)
    }
}

/// The tokens of a stretch of a [`Context`], in order. A plain walk:
/// the adapters over an inclusive range that it replaces called a closure
/// per token.
pub(crate) struct Toks<'c, 't> {
    /// The view.
    context: &'c Context<'t>,
    /// The index of the next token.
    next: usize,
    /// The index of the last token.
    last: usize,
}

impl<'t> Iterator for Toks<'_, 't> {
    type Item = Tok<'t>;

    #[inline]
    fn next(&mut self) -> Option<Tok<'t>> {
        if self.next > self.last {
            return None;
        }
        let tok = self.context.get(self.next)?;
        self.next += 1;
        Some(tok)
    }
}

/// The panic of [`Context::tok`], kept out of line.
#[cold]
#[inline(never)]
fn no_token(i: usize, len: usize) -> ! {
    panic!("token {i} asked of a view of {len} tokens")
}

/// The lists of the token view as they are built, for the tokens that
/// need more than their marks: capitalised words, role words,
/// parentheses.
struct ViewBuilder<'t> {
    text: &'t str,
    own_tags: OwnTags,
    starts: Vec<Index>,
    role_words: Vec<Index>,
}

impl<'t> ViewBuilder<'t> {
    /// The second walk of [`Context::new`], over the tokens `more` lists,
    /// in order: completes their `marks` and lists them.
    #[inline(never)]
    fn complete(
        &mut self,
        marks: &mut [u16],
        tokens: &[PackedToken],
        tags: &[Tags],
        more: &[Index],
    ) {
        // One length for the three lists, so that a listed token is
        // checked against it once: a length each kept three registers
        // busy in the loop, and its other values went to the stack.
        let len = marks.len().min(tokens.len()).min(tags.len());
        let (marks, tokens, tags) = (&mut marks[..len], &tokens[..len], &tags[..len]);
        for &i in more {
            let i = i as usize;
            let (Some(&token), Some(&tagged), Some(mark)) =
                (tokens.get(i), tags.get(i), marks.get_mut(i))
            else {
                continue;
            };
            let (start, end) = (token.start(), token.end());
            if token.kind() != TokenKind::Word {
                // An opening parenthesis.
                self.starts.push(index(i));
            } else if *mark & Marks::CASE == Case::Lower as u16 {
                self.small_word(i, start, end, tagged, *mark);
            } else if let Some(marks) =
                plain_capitalised_marks(self.text, start, end, tagged, *mark)
            {
                self.starts.push(index(i));
                *mark = marks;
            } else {
                *mark = self.word(i, start, end, tagged, *mark);
            }
        }
    }

    /// Lists small word `i` at `start..end` among the role words if it
    /// is one; its length and ending say it may be. Inlined, as
    /// [`ViewBuilder::word`] is: its call cost more than the test.
    #[inline(always)]
    fn small_word(&mut self, i: usize, start: usize, end: usize, tagged: Tags, marks: u16) {
        if is_definite_role(&tok_at(self.text, start, end, tagged, marks)) {
            self.role_words.push(index(i));
        }
    }

    /// The marks of any other word: capitalised, all capitals, or starting
    /// with a digit or a mark. `marks` are those every word at its place
    /// has. Inlined into the second walk, which does little else: a call
    /// per capitalised word saved and restored six registers and built
    /// the token on the stack (0.6M instructions of profile doc 1).
    #[inline(always)]
    fn word(&mut self, i: usize, start: usize, end: usize, tagged: Tags, marks: u16) -> u16 {
        let mut tok = tok_at(self.text, start, end, tagged, marks);
        let case = case_at(self.text.as_bytes(), start, tok.text);
        tok.marks |= case as u16;
        if tok.tags.is_empty() && case != Case::Lower {
            self.add_own_tags(i, &mut tok);
        }
        if tok.is_capital() {
            add_capital_facts(&mut tok);
        }
        if tok.is_proper() {
            self.starts.push(index(i));
        } else if is_definite_role(&tok) {
            self.role_words.push(index(i));
        }
        tok.marks
    }

    /// Gives a word without tags of its own, not in small letters, the
    /// tags of a part: of the word without a genitive ending ("Venstres"),
    /// or of the first part of a hyphenated name ("Poul-Erik").
    fn add_own_tags(&mut self, i: usize, tok: &mut Tok<'t>) {
        let mut marks = 0;
        let mut tags = Tags::NONE;
        if let Some(stem) = genitive_stem(tok.text) {
            tags = lexicon::lookup(stem);
            if !tags.is_empty() {
                marks |= Marks::GENITIVE;
            }
        }
        if tags.is_empty() {
            tags = hyphenated_name_tags(tok.text);
        }
        if !tags.is_empty() {
            tok.tags = tags;
            tok.marks |= marks | Marks::OWN_TAGS;
            self.own_tags.push(i, tags);
        }
    }
}

/// The marks of a word of plain letters, a capital and small letters
/// alone, ASCII or Latin-1 ("Huawei", "Jensen", "Østerbro", "Søren"), or
/// two ASCII capitals or more alone ("DR", "FCK"), as
/// [`ViewBuilder::word`] works them out (it is listed as a start too),
/// with `marks` those every word at its place has; `None` for any other
/// word. Most capitalised words are such, and what the rules ask of them
/// their letters answer at once: the case; no full stop or hyphen, so a
/// name word; an initial only if the capital is all; no part with tags
/// of its own unless it may be a genitive; only a role needs its tags
/// and ending.
#[inline(always)]
fn plain_capitalised_marks(
    text: &str,
    start: usize,
    end: usize,
    tagged: Tags,
    marks: u16,
) -> Option<u16> {
    let bytes = text.as_bytes();
    let word = bytes.get(start..end)?;
    let capital_width = match word {
        [a, ..] if a.is_ascii_uppercase() => 1,
        [0xC3, b, ..] if lexicon::is_latin1_capital(*b) => 2,
        _ => return None,
    };
    let case = if small_letters(bytes, start + capital_width, end) {
        Case::Capitalised
    } else if capital_width == 1 && ascii_capitals_after_first(word) {
        Case::Upper
    } else {
        return None;
    };
    let tags = tagged.difference(Tags::NO_CAPITAL);
    // A word without tags may have those of its stem (see
    // `ViewBuilder::add_own_tags`): left to the full work-out.
    if tags.is_empty() && genitive_stem_bytes(word).is_some() {
        return None;
    }
    let mut marks = marks | case as u16 | Marks::NAME_WORD | Marks::ROLE_KNOWN;
    if word.len() == capital_width {
        marks |= Marks::INITIAL_LETTER;
    }
    if super::roles::word_role_shape(word, tags) {
        marks |= Marks::ROLE;
    }
    Some(marks)
}

/// Whether `word` has a second byte and ASCII capitals alone after its
/// first, as an acronym has ("DR", "FCK"). Acronyms are short, and few
/// words that are not get past the second byte.
#[inline(always)]
fn ascii_capitals_after_first(word: &[u8]) -> bool {
    match word {
        [_, rest @ ..] => !rest.is_empty() && rest.iter().all(u8::is_ascii_uppercase),
        [] => false,
    }
}

/// Whether `text[from..end]` holds small letters alone (or nothing):
/// small ASCII letters, read eight bytes at a time ([`eight_bytes_to`]),
/// and from the first eight that are not all such on, small Latin-1
/// letters too ("Søren", "Kjær"), a byte or two at a time. Such a word
/// is as plain as one of ASCII letters: what the rules ask of it
/// ([`case_at`], the name and initial shapes) its first letter after the
/// capital and the absence of full stops and hyphens answer.
#[inline(always)]
fn small_letters(text: &[u8], from: usize, end: usize) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut pos = from;
    while pos < end {
        let Some(x) = eight_bytes_to(text, pos, end) else {
            break;
        };
        if !all_small_ascii(x) {
            // With no byte beyond ASCII among the eight, some ASCII byte
            // is no small letter: an acronym, a full stop, a hyphen.
            if x & HIGH == 0 {
                return false;
            }
            break;
        }
        pos += 8;
    }
    pos >= end || text.get(pos..end).is_some_and(small_latin1_letters)
}

/// Whether `word` holds small ASCII and Latin-1 letters alone, walked a
/// letter at a time: for the rest of a word that its first eight-byte
/// loads did not answer, mostly a word with "æ", "ø" or "å".
#[inline(never)]
fn small_latin1_letters(word: &[u8]) -> bool {
    let mut rest = word;
    loop {
        rest = match rest {
            [] => return true,
            [a, tail @ ..] if a.is_ascii_lowercase() => tail,
            [0xC3, b, tail @ ..] if lexicon::is_latin1_small(*b) => tail,
            _ => return false,
        };
    }
}

/// Whether each of the eight bytes of `x` is a small ASCII letter. Below
/// 0x80 a byte plus 0x1F reaches 0x80 exactly from "a" on, and plus 0x05
/// exactly from past "z" on, with no carry into the next byte; a byte
/// from 0x80 on fails by its own top bit, whatever its carry does to the
/// others.
#[inline(always)]
fn all_small_ascii(x: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let from_a = x.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let past_z = x.wrapping_add(0x0505_0505_0505_0505);
    from_a & !past_z & !x & HIGH == HIGH
}

/// The token at `start..end` of `text`, with tags `tagged` and marks
/// `marks`. The walk has checked that it slices the text at char
/// boundaries.
#[inline(always)]
fn tok_at(text: &str, start: usize, end: usize, tagged: Tags, marks: u16) -> Tok<'_> {
    Tok {
        text: text.get(start..end).unwrap_or(""),
        start,
        tags: tagged.difference(Tags::NO_CAPITAL),
        marks,
    }
}

/// The bytes of the token at `start..end`, if the token slices `text` at
/// char boundaries, as `str::get` finds: on the bytes, since the walk
/// reads the first anyway. With them the byte after the token, or 0 at
/// the text's end.
#[inline(always)]
fn token_bytes(text: &[u8], start: usize, end: usize) -> Option<(&[u8], u8)> {
    let Some(&after) = text.get(end) else {
        // The text's last token, which ends where the text does, at a
        // boundary.
        let word = text.get(start..end)?;
        return opens_char(word.first().copied().unwrap_or(0)).then_some((word, 0));
    };
    // Any other token ends before the text does, and so starts before it
    // too (a token starts at or before its end): its first byte and the
    // byte after it are both there, and tested together, as signed bytes,
    // of which a continuation byte is below -0x40.
    let word = text.get(start..end)?;
    let first = text.get(start).copied().unwrap_or(after);
    ((first as i8).min(after as i8) >= -0x40).then_some((word, after))
}

/// Whether `gap` holds a line break. A plain loop: `slice::contains`
/// calls memchr, whose call in the walk cost more than the few bytes of a
/// gap (0.25M instructions of profile doc 1).
#[inline(always)]
fn has_line_break(gap: &[u8]) -> bool {
    for &byte in gap {
        if byte == b'\n' {
            return true;
        }
    }
    false
}

/// Whether a char starts at `byte`: it is no UTF-8 continuation byte.
#[inline(always)]
fn opens_char(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

/// Whether the next word opens a line after a token that is no word: a
/// number makes it not, a colon, a dash or a bullet makes it, and any
/// other mark leaves `at_start` as it was.
#[inline(always)]
fn opens_line_after(token: &[u8], kind: TokenKind, at_start: bool) -> bool {
    if kind == TokenKind::Number {
        return false;
    }
    // ":", "-", and in UTF-8 "–" (E2 80 93), "—" (E2 80 94), "•" (E2 80 A2).
    at_start || matches!(token, b":" | b"-" | [0xE2, 0x80, 0x93 | 0x94 | 0xA2])
}

/// Whether the token is a small-letter role word in the definite form
/// ("ministeren"), and no mere modifier of one. The cheap tests of case,
/// length and ending come first: most small words fail them.
#[inline]
fn is_definite_role(tok: &Tok) -> bool {
    tok.case() == Case::Lower
        && may_be_definite_role(tok.text.as_bytes())
        && super::roles::is_role(tok)
        && !super::roles::is_modifier(tok)
}

/// Whether the word has the length and ending of a role word in the
/// definite form.
#[inline(always)]
fn may_be_definite_role(word: &[u8]) -> bool {
    word.len() >= 6 && word.ends_with(b"en")
}

/// Whether a small word with tags `tagged` may be a role word in the
/// definite form, by [`may_be_definite_role`] and then by its tags or the
/// last bytes of the word or of its stem without "-en": a small word is
/// a role by its role tag or by ending in a role
/// (`roles::role_shape`).
#[inline(always)]
fn may_be_small_definite_role(word: &[u8], tagged: Tags) -> bool {
    if !may_be_definite_role(word) {
        return false;
    }
    let stem = word.get(..word.len() - 2).unwrap_or(word);
    tagged.contains(Tags::ROLE)
        || super::roles::may_end_in_role(word)
        || super::roles::may_end_in_role(stem)
}

/// Works out once what the rules ask of a capitalised word.
fn add_capital_facts(tok: &mut Tok) {
    if super::people::name_word_shape(tok) {
        tok.marks |= Marks::NAME_WORD;
    }
    if super::people::initial_letter_shape(tok) {
        tok.marks |= Marks::INITIAL_LETTER;
    }
    if super::roles::role_shape(tok) {
        tok.marks |= Marks::ROLE;
    }
    tok.marks |= Marks::ROLE_KNOWN;
}

/// The letter case of a word.
#[cfg(test)]
fn case_of(word: &str) -> Case {
    case_at(word.as_bytes(), 0, word)
}

/// [`case_of`] for `word`, which stands at `start` of the UTF-8 `text`:
/// the bytes past it are read with it, eight at a time.
fn case_at(text: &[u8], start: usize, word: &str) -> Case {
    let bytes = word.as_bytes();
    let end = start.saturating_add(bytes.len());
    let Some(&first) = bytes.first() else {
        return Case::Other;
    };
    // "Huawei", "Søren", "Østergaard", "Da": a capital and then a small
    // ASCII or Latin-1 letter make the word capitalised, whatever else it
    // holds. No genitive ending can strip that letter: "'s" would have to
    // start at it, and a bare "s" is stripped only after three characters.
    let capital_width = match bytes {
        [a, ..] if a.is_ascii_uppercase() => 1,
        [0xC3, b, ..] if lexicon::is_latin1_capital(*b) => 2,
        _ => 0,
    };
    if capital_width > 0 && bytes.get(capital_width..).is_some_and(starts_small) {
        return Case::Capitalised;
    }
    // Most words are ASCII, and most of those lower case: answer them
    // eight bytes at a time.
    let (capital, high) = ascii_capital(text, start, end);
    if !high && first.is_ascii_lowercase() {
        return if capital { Case::Mixed } else { Case::Lower };
    }
    if !high {
        // All capitals ("FCK", "DR") or no letter first ("5G"): ASCII
        // too, and answered on its bytes with no decoding.
        return ascii_case_of(bytes);
    }
    // The rest of Danish is written in ASCII and Latin-1 letters: answer
    // those on the bytes too, since a char walk looks every non-ASCII
    // letter up in the Unicode tables.
    latin1_case_of(bytes).unwrap_or_else(|| chars_case_of(word))
}

/// [`case_of`] for a word of ASCII bytes.
fn ascii_case_of(bytes: &[u8]) -> Case {
    let Some((&first, rest)) = bytes.split_first() else {
        return Case::Other;
    };
    if first.is_ascii_lowercase() {
        return if rest.iter().any(u8::is_ascii_uppercase) {
            Case::Mixed
        } else {
            Case::Lower
        };
    }
    if !first.is_ascii_uppercase() {
        return Case::Other;
    }
    // A genitive ending does not make "TDC's" or "DBUs" less of an
    // acronym.
    let stem = match bytes {
        [stem @ .., b'\'', b's'] => stem,
        [stem @ .., b's'] if stem.len() >= 3 => stem,
        _ => bytes,
    };
    let letter_after_first = rest.iter().any(u8::is_ascii_alphabetic);
    if letter_after_first && !stem.iter().any(u8::is_ascii_lowercase) {
        Case::Upper
    } else {
        Case::Capitalised
    }
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
    let (mut capital, mut high) = (false, false);
    let mut pos = start;
    while pos < end {
        let Some(x) = eight_bytes_to(text, pos, end) else {
            let rest = text.get(pos..end).unwrap_or(&[]);
            capital |= rest.iter().any(u8::is_ascii_uppercase);
            high |= rest.iter().any(|&b| b >= 0x80);
            break;
        };
        if x & HIGH != 0 {
            high = true;
        } else {
            capital |= lexicon::ascii_capitals(x) != 0;
        }
        pos += 8;
    }
    (capital, high)
}

/// The eight bytes of `text` from `pos` as one number, those from `end`
/// on replaced by "a", which is neither a capital, nor beyond ASCII, nor
/// anything but a small letter; `None` where the text has fewer than
/// eight bytes from `pos`. A fixed-size load costs one instruction where
/// copying a short tail would call memcpy.
#[inline(always)]
fn eight_bytes_to(text: &[u8], pos: usize, end: usize) -> Option<u64> {
    const LOWER_A: u64 = 0x6161_6161_6161_6161;
    let x = u64::from_le_bytes(*text.get(pos..)?.first_chunk::<8>()?);
    let n = end.saturating_sub(pos);
    if n >= 8 {
        return Some(x);
    }
    let keep = (1u64 << (8 * n)) - 1;
    Some((x & keep) | (LOWER_A & !keep))
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
    // Most words hold no hyphen: found on the bytes, which a char
    // pattern's searcher cost more than the search.
    let Some(head) = word
        .as_bytes()
        .iter()
        .position(|&b| b == b'-')
        .and_then(|at| word.get(..at))
    else {
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
    let stem = genitive_stem_bytes(word.as_bytes())?;
    word.get(..stem.len())
}

/// [`genitive_stem`] on the bytes of a word, for a word lowered as bytes,
/// which needs no UTF-8 check for it. Every ending is ASCII but "’"
/// (E2 80 99), so each cut falls on a char boundary: before an ASCII
/// byte or before the first byte of "’".
#[inline]
pub(crate) fn genitive_stem_bytes(word: &[u8]) -> Option<&[u8]> {
    // Most words end in none of the endings' last bytes, and are turned
    // down before anything else.
    if !matches!(word.last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return None;
    }
    genitive_stem_of_candidate(word)
}

/// [`genitive_stem_bytes`] of a word whose last byte may end a genitive.
fn genitive_stem_of_candidate(word: &[u8]) -> Option<&[u8]> {
    let ending = match word {
        [.., b'\'', b's'] => 2,
        [.., 0xE2, 0x80, 0x99, b's'] => 4,
        [.., b'\''] | [.., b's'] | [.., b'S'] => 1,
        [.., 0xE2, 0x80, 0x99] => 3,
        _ => return None,
    };
    let stem = word.get(..word.len() - ending)?;
    // Two characters at least: two bytes that start one.
    let two_chars = stem
        .iter()
        .filter(|&&b| !(0x80..0xC0).contains(&b))
        .nth(1)
        .is_some();
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
        fn ascii_case_agrees_with_the_char_walk(word in "[a-cA-CsS'0-9-]{0,8}") {
            proptest::prop_assert_eq!(ascii_case_of(word.as_bytes()), chars_case_of(&word));
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
            let case = case_at(text.as_bytes(), before.len(), &word);
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

    /// The sentence of every token as the view found it before it kept
    /// sentence bounds: the number of sentences that end before it.
    #[test]
    fn sentences_of_tokens() {
        let text = "Ja. Nej! Måske i morgen? ".repeat(12);
        let segmentation = crate::segment::segment(&text);
        let document = Document::new(&text, &segmentation);
        let context = Context::new(&document);
        let sentences = document.sentences;
        let expected: Vec<usize> = segmentation
            .tokens
            .iter()
            .map(|token| sentences.iter().filter(|s| s.end <= token.start).count())
            .collect();
        assert!(expected.last().is_some_and(|&last| last > 16));
        for (i, &sentence) in expected.iter().enumerate() {
            assert_eq!(context.sentence_of(i), sentence);
            assert!(context.sentence_start(sentence) <= i);
            assert!(context.sentence_start(sentence + 1) > i);
            for (j, &other) in expected.iter().enumerate() {
                assert_eq!(context.same_sentence(i, j), sentence == other, "{i} {j}");
            }
        }
        assert!(!context.same_sentence(0, expected.len()));
    }

    proptest::proptest! {
        /// The walk's test of a token's bounds is `str::get`'s, and the
        /// byte after the token comes with it.
        #[test]
        fn token_bounds_are_checked_as_str_get_checks_them(
            text in "[aø€ -]{0,8}",
            start in 0usize..24,
            len in 0usize..8,
        ) {
            let end = start + len;
            let found = token_bytes(text.as_bytes(), start, end);
            let bytes = found.map(|(word, _)| word);
            proptest::prop_assert_eq!(bytes, text.get(start..end).map(str::as_bytes));
            let after = text.as_bytes().get(end).copied().unwrap_or(0);
            proptest::prop_assert!(found.is_none_or(|(_, byte)| byte == after));
        }
    }

    proptest::proptest! {
        /// The people stage tells a one-word run by the next start
        /// (`people::stands_alone`), so every token that may be a word of
        /// a name, or an initial, must be listed among the starts,
        /// whichever path of [`ViewBuilder::complete`] marked it.
        #[test]
        fn every_name_word_and_initial_is_a_start(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Søren", "Kjær", "DR", "EU", "H.", "A", "Poul-Erik", "Venstres",
                    "Huaweis", "McDonald", "ÆØ", "ministeren", "hos", "3F", "(", ")",
                    ".", ",", "\n\n", "Østerbro", "de", "Gaulle", "NORRIQS", "Ole",
                ]),
                0..40,
            ),
        ) {
            let text = words.join(" ");
            let segmentation = crate::segment::segment(&text);
            let document = Document::new(&text, &segmentation);
            let context = Context::new(&document);
            let starts: Vec<usize> = context.starts().collect();
            for i in 0..context.len() {
                let tok = context.tok(i);
                if tok.name_word() || tok.initial_letter() {
                    proptest::prop_assert!(starts.contains(&i), "{:?} in {:?}", tok.text, text);
                }
            }
        }
    }

    #[test]
    fn marks_that_open_a_line() {
        for mark in [":", "-", "–", "—", "•"] {
            assert!(
                opens_line_after(mark.as_bytes(), TokenKind::Punctuation, false),
                "{mark}"
            );
        }
        for mark in [",", "(", "…", "“", "--", "‐"] {
            assert!(
                !opens_line_after(mark.as_bytes(), TokenKind::Punctuation, false),
                "{mark}"
            );
            assert!(
                opens_line_after(mark.as_bytes(), TokenKind::Punctuation, true),
                "{mark}"
            );
        }
        assert!(!opens_line_after(b"12", TokenKind::Number, true));
    }

    /// The role words the first walk's tests let through are those the
    /// full test finds among all the tokens.
    #[test]
    fn role_words_are_those_the_full_test_finds() {
        let text = "Ministeren og landechefen mødte direktøren, virksomheden, \
            regeringen og formanden. Konsulenten, borgmesteren og eksperten \
            talte med talskvinden og medlemmen i salen ved havnen; \
            it-konsulenten, ordføreren og den tidligere forsvarsministeren.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        let expected: Vec<usize> = (0..context.len())
            .filter(|&i| is_definite_role(&context.tok(i)))
            .collect();
        assert!(expected.len() >= 6, "{expected:?}");
        assert_eq!(context.role_words().collect::<Vec<_>>(), expected);
    }

    /// The marks [`plain_capitalised_marks`] gives a word, checked against
    /// those [`ViewBuilder::word`] works out, which lists it as a start
    /// and gives it no tags of its own; `None` when it leaves the word to
    /// the full work-out.
    fn plain_capitalised_checked(word: &str, tagged: Tags) -> Option<u16> {
        // Text after the word, which the eight-byte loads read past it.
        let text = format!("{word} og flere ord");
        let place = Marks::WORD | Marks::INITIAL | (3 << Marks::SENTENCE_COUNT_SHIFT);
        let fast = plain_capitalised_marks(&text, 0, word.len(), tagged, place)?;
        let mut view = ViewBuilder {
            text: &text,
            own_tags: OwnTags::default(),
            starts: Vec::new(),
            role_words: Vec::new(),
        };
        let slow = view.word(0, 0, word.len(), tagged, place);
        assert_eq!(fast, slow, "{word:?} {tagged:?}");
        assert_eq!(view.starts, [0], "{word:?}");
        assert!(view.own_tags.tags.is_empty(), "{word:?}");
        Some(fast)
    }

    /// Tags a capitalised word may have: none, a name's, a role's, others.
    const SOME_TAGS: [Tags; 6] = [
        Tags::NONE,
        Tags::NO_CAPITAL,
        Tags::FIRST_NAME.union(Tags::MALE),
        Tags::SURNAME,
        Tags::ROLE,
        Tags::COMMON_WORD.union(Tags::PLACE),
    ];

    #[test]
    fn plain_capitalised_words_are_marked_as_the_full_work_out_marks_them() {
        let plain = [
            "Huawei",
            "A",
            "Ø",
            "Jensen",
            "Direktoren",
            "Landechef",
            "Chefen",
            "Østerbro",
            "Formanden",
            "Minister",
            "Ministers",
            "Ab",
            "Politikerne",
            "Konsulent",
            "Hansens",
            "Venstres",
            "Søren",
            "Ærø",
            "Kjær",
            "Brøndby",
            "Økonomiministeren",
            "Rådgiver",
            "Ålborgs",
            "Æ",
            "Éric",
            "FCK",
            "DR",
            "EU",
            "ABCDEFGHIJKLM",
            "DRS",
            "KONSULENTEN",
        ];
        for word in plain {
            for tagged in SOME_TAGS {
                let fast = plain_capitalised_checked(word, tagged);
                let genitive =
                    genitive_stem(word).is_some() && tagged.difference(Tags::NO_CAPITAL).is_empty();
                assert_eq!(fast.is_some(), !genitive, "{word}");
            }
        }
        let role = plain_capitalised_checked("Landechef", Tags::NONE);
        assert!(role.is_some_and(|marks| marks & Marks::ROLE != 0));
        for word in [
            "ØK",
            "DRs",
            "EU'S",
            "D4",
            "Poul-Erik",
            "St.",
            "TDC's",
            "Jens'",
            "H.C.",
            "5G",
            "iPhone",
            "SØren",
            "Kjær.",
            "A4",
        ] {
            for tagged in SOME_TAGS {
                assert_eq!(plain_capitalised_checked(word, tagged), None, "{word}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_capitalised_marks_agree_with_the_full_work_out(
            word in "[ABØÉaeinrsø.'-]{0,3}[acdefhlmnorstzø{-]{0,11}",
            tags in 0usize..6,
        ) {
            plain_capitalised_checked(&word, SOME_TAGS[tags]);
        }

        #[test]
        fn plain_acronyms_agree_with_the_full_work_out(
            word in "[ABCDRSTØÉ@\\[]{0,12}[sS'’.a-]{0,2}",
            tags in 0usize..6,
        ) {
            plain_capitalised_checked(&word, SOME_TAGS[tags]);
        }
    }

    /// Whether `bytes` are small letters as `char` sees them: small ASCII
    /// letters, and the small letters of Latin-1 from "ß" on ("÷" aside).
    fn small_letters_by_chars(bytes: &[u8]) -> bool {
        std::str::from_utf8(bytes).is_ok_and(|word| {
            word.chars().all(|c| {
                c.is_ascii_lowercase() || (('\u{DF}'..='\u{FF}').contains(&c) && c != '\u{F7}')
            })
        })
    }

    #[test]
    fn small_letters_by_eights_agree_with_a_char_walk() {
        let text = "abcdefghijklmnopqrstuvwxyz{`@Z0 a\u{80}zzøabcdefghijkæøåßéüÿ÷abcdefghÆØ.Ÿ·ƒ";
        let text = text.as_bytes();
        for from in 0..text.len() {
            for end in from..=text.len() {
                let expected = small_letters_by_chars(&text[from..end]);
                assert_eq!(small_letters(text, from, end), expected, "{from}..{end}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn small_letters_agree_with_a_char_walk(
            word in "[a-zæøåéüßÆØAŸƒ·.÷-]{0,20}",
            tail in "[a-zø ]{0,9}",
        ) {
            let text = format!("{word}{tail}");
            let bytes = text.as_bytes();
            proptest::prop_assert_eq!(
                small_letters(bytes, 0, word.len()),
                small_letters_by_chars(word.as_bytes())
            );
        }
    }

    /// A line break inside a sentence makes the word after it initial,
    /// whatever the gap around it; one space or none does not.
    #[test]
    fn a_line_break_inside_a_sentence_opens_a_line() {
        let text = "Jens så Ole og\nOle så Jens og \n Bo så Per,Per så Bo og\r\nEva";
        assert_eq!(crate::segment::segment(text).sentences.len(), 1);
        assert_eq!(initial_words(text), ["Jens", "Ole", "Bo", "Eva"]);
    }

    #[test]
    fn initial_positions() {
        let text = "Han så Jens. Læs også: Ole kom.\nMogens Lykketoft";
        assert_eq!(initial_words(text), ["Han", "Læs", "Ole", "Mogens"]);
    }

    /// The tokens of `text` that the view marks initial.
    fn initial_words(text: &str) -> Vec<String> {
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        context
            .toks(0, context.len() - 1)
            .filter(|t| t.initial())
            .map(|t| t.text.to_owned())
            .collect()
    }
}
