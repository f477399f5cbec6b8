//! The document as the quote stage reads it: tokens, their tags, and the
//! token ranges of each sentence and paragraph.

use crate::document::Document;
use crate::lexicon::{self, Tags};
use crate::model::{Sentence, Span, TokenKind};
use crate::token_list::PackedToken;

/// What each token is to the quote stage, one byte a token, so that the
/// scans over every token read one byte and not the text. Only the rare
/// tokens the scans look for have bits: whether a token is a word or
/// starts with a capital is read off the token when asked (see
/// [`View::is_word`]), so that the walk that fills the cells reads one
/// byte of each token's text (see `any_cell`) and no more.
pub(super) mod class {
    /// The prefilter's token: a quote mark, a dash, a colon or a speech
    /// verb (the first character of a punctuation token decides).
    pub(in crate::quotes) const LOOK: u8 = 1;
    /// A quote mark of any family (the whole token).
    pub(in crate::quotes) const QUOTE: u8 = 2;
    /// A dialogue dash: "-", "–" or "—" (the whole token).
    pub(in crate::quotes) const DASH: u8 = 4;
    /// Punctuation that starts with a colon.
    pub(in crate::quotes) const COLON: u8 = 8;
    /// A token tagged as a speech verb.
    pub(in crate::quotes) const VERB: u8 = 16;
}

/// What the scans read of one token: its [`class`] bits and, for
/// punctuation, its first byte (0 for other tokens), which is all most
/// punctuation tests need.
///
/// The class, then the mark: two bytes, read one at a time by the scans,
/// but taken from the table, given the verb bits and stored as one
/// little-endian `u16` (a struct of two bytes is split into them and
/// joined again on the way).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cell([u8; 2]);

impl Cell {
    /// The cell of `class` bits and `mark` byte.
    const fn new(class: u8, mark: u8) -> Cell {
        Cell([class, mark])
    }

    /// The token's [`class`] bits.
    #[inline(always)]
    pub(super) const fn class(self) -> u8 {
        self.0[0]
    }

    /// The first byte of a punctuation token, 0 for other tokens.
    #[inline(always)]
    const fn mark(self) -> u8 {
        self.0[1]
    }

    /// The cell with the [`class`] bits `bits` too.
    #[inline(always)]
    const fn with(self, bits: u8) -> Cell {
        Cell((u16::from_le_bytes(self.0) | bits as u16).to_le_bytes())
    }
}

/// Not a class: marks a cell of [`PUNCTUATION_CELLS`] that cannot be
/// used, so that [`cell`] works the token's cell out in full.
const SLOW: u8 = 128;

/// Not a class: marks a cell of [`PUNCTUATION_CELLS`] whose class bits
/// beyond [`class::LOOK`] hold only for a token of that one byte.
const ALONE: u8 = 64;

/// The cell of a punctuation token by its first byte, without the
/// speech-verb bits, which come from the tags. A quote mark or hyphen is
/// a mark of its own only as a one-byte token, which [`ALONE`] says; a
/// non-ASCII first character says [`SLOW`].
const PUNCTUATION_CELLS: [Cell; 256] = {
    let mut table = [Cell::new(0, 0); 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let marks = match byte {
            b'"' | b'\'' => class::LOOK | class::QUOTE | ALONE,
            b'-' => class::LOOK | class::DASH | ALONE,
            b':' => class::LOOK | class::COLON,
            _ if byte.is_ascii() => 0,
            _ => SLOW,
        };
        table[b] = Cell::new(marks, byte);
        b += 1;
    }
    table
};

/// The class bits a token's tags give: those of a speech verb.
#[inline(always)]
fn verb_bits(tags: Tags) -> u8 {
    // A product, not a branch: which words are verbs the data decides.
    u8::from(tags.contains(Tags::SPEECH_VERB)) * (class::VERB | class::LOOK)
}

/// The cell of one token whose tags give the class bits `verb`. Only
/// punctuation has more, and its text is read only then: most of it is
/// ASCII, whose cell one table lookup gives; the rest goes the slow way.
#[inline(always)]
fn cell(text: &str, token: &PackedToken, verb: u8) -> Cell {
    if token.kind() != TokenKind::Punctuation {
        return Cell::new(verb, 0);
    }
    let first = text.as_bytes().get(token.start()).copied().unwrap_or(0);
    let fast = PUNCTUATION_CELLS[usize::from(first)];
    let class = fast.class();
    if class & (SLOW | ALONE) == 0 {
        return fast.with(verb);
    }
    if class & SLOW != 0 {
        return Cell::new(wide_marks(text, token) | verb, first);
    }
    // A longer token that starts with the mark ("--", "''") only draws
    // the prefilter's look.
    let marks = if token.len() == 1 {
        class & !ALONE
    } else {
        class::LOOK
    };
    Cell::new(marks | verb, first)
}

/// The cell of any token with tags `tags`: what [`cell`] gives.
///
/// Whether a token is a word or a mark the text decides, token by token,
/// so no branch asks it: every token's first byte is looked up in the
/// row of [`CELLS_BY_KIND`] for its kind and verb tag, which gives a
/// blank cell to all but punctuation and verbs. A table, because a mask
/// made of a test becomes a branch again in the compiler's hands. Only
/// the few tokens that start with a quote mark, a hyphen or a non-ASCII
/// character branch off, to [`cell`].
#[inline(always)]
fn any_cell(text: &str, token: &PackedToken, tags: Tags) -> Cell {
    let first = text.as_bytes().get(token.start()).copied().unwrap_or(0);
    let verb = usize::from(tags.contains(Tags::SPEECH_VERB));
    let row = (verb << 3) | (token.kind_code() & 7);
    // Read as one `u16`: the cell's two bytes are not taken apart and
    // joined again on the way.
    let fast = CELLS_BY_KIND[(row << 8) | usize::from(first)];
    if fast & u16::from(SLOW | ALONE) != 0 {
        return odd_cell(text, token, verb_bits(tags));
    }
    Cell(fast.to_le_bytes())
}

/// The cells of tokens by their first byte, as little-endian `u16`s, 256
/// a row: row `kind` for a token of that [`PackedToken::kind_code`], row
/// `8 + kind` for one tagged as a speech verb. The punctuation rows hold
/// [`PUNCTUATION_CELLS`], the others blank cells, the verb rows with the
/// verb's bits.
static CELLS_BY_KIND: [u16; 16 * 256] = {
    let verb = (class::VERB | class::LOOK) as u16;
    let mut table = [0; 16 * 256];
    let mut b = 0;
    while b < 256 {
        let mut kind = 0;
        while kind < 8 {
            table[(8 + kind) << 8 | b] = verb;
            kind += 1;
        }
        let cell = u16::from_le_bytes(PUNCTUATION_CELLS[b].0);
        let row = TokenKind::Punctuation as usize;
        table[row << 8 | b] = cell;
        table[(8 + row) << 8 | b] = cell | verb;
        b += 1;
    }
    table
};

/// [`cell`] out of line, for the few marks whose cell the table alone
/// does not give.
#[cold]
#[inline(never)]
fn odd_cell(text: &str, token: &PackedToken, verb: u8) -> Cell {
    cell(text, token, verb)
}

/// The cell of one token, worked out in full, character by character:
/// what [`cell`] gives, by its table and the bytes of the marks.
#[cfg(test)]
fn full_cell(text: &str, token: &PackedToken, verb: u8) -> Cell {
    let first = text.as_bytes().get(token.start()).copied().unwrap_or(0);
    match token.kind() {
        TokenKind::Punctuation => {
            let single = token.len() == 1;
            let marks = match first {
                b'"' | b'\'' if single => class::LOOK | class::QUOTE,
                b'-' if single => class::LOOK | class::DASH,
                b':' => class::LOOK | class::COLON,
                b'"' | b'\'' | b'-' => class::LOOK,
                b if b.is_ascii() => 0,
                _ => wide_punctuation(text, token),
            };
            Cell::new(verb | marks, first)
        }
        _ => Cell::new(verb, 0),
    }
}

/// Whether the word `token` of `text` starts with a capital letter.
#[inline(always)]
fn starts_with_capital(text: &str, token: &PackedToken) -> bool {
    if token.len() == 0 {
        return false;
    }
    match text.as_bytes().get(token.start()) {
        Some(first) if first.is_ascii() => first.is_ascii_uppercase(),
        Some(_) => wide_capital(text, token),
        None => false,
    }
}

/// Whether the word `token` of `text`, which starts with a non-ASCII
/// character, starts with a capital letter.
#[cold]
#[inline(never)]
fn wide_capital(text: &str, token: &PackedToken) -> bool {
    let word = text.get(token.start()..token.end()).unwrap_or("");
    match word.as_bytes() {
        // A Latin-1 letter (æ, ø, å and their capitals, the most of
        // these words): its second byte says, with no decoding.
        [0xC3, second, ..] => crate::lexicon::is_latin1_capital(*second),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The class bits of a punctuation token that starts with a non-ASCII
/// character: one `match` on the UTF-8 bytes of its first character (a
/// token lies on character boundaries), with no decoding.
#[inline(never)]
fn wide_marks(text: &str, token: &PackedToken) -> u8 {
    let bytes = text
        .as_bytes()
        .get(token.start()..token.end())
        .unwrap_or(&[]);
    let (alone, width) = match bytes {
        // » «
        [0xC2, 0xBB | 0xAB, ..] => (class::QUOTE, 2),
        // “ ” „ ‘ ’ ‚ ‹ ›
        [0xE2, 0x80, 0x9C..=0x9E | 0x98..=0x9A | 0xB9 | 0xBA, ..] => (class::QUOTE, 3),
        // – —
        [0xE2, 0x80, 0x93 | 0x94, ..] => (class::DASH, 3),
        _ => return 0,
    };
    // A mark is a quote mark or a dash only as a token of its own.
    if bytes.len() == width {
        class::LOOK | alone
    } else {
        class::LOOK
    }
}

/// The class bits of a punctuation token that starts with a non-ASCII
/// character, read character by character: what [`wide_marks`] gives.
#[cfg(test)]
fn wide_punctuation(text: &str, token: &PackedToken) -> u8 {
    let mut chars = text.get(token.start()..token.end()).unwrap_or("").chars();
    let alone = match chars.next() {
        Some('»' | '«' | '“' | '”' | '„' | '‘' | '’' | '‚' | '‹' | '›') => {
            class::QUOTE
        }
        Some('–' | '—') => class::DASH,
        _ => return 0,
    };
    // A mark is a quote mark or a dash only as a token of its own.
    if chars.as_str().is_empty() {
        class::LOOK | alone
    } else {
        class::LOOK
    }
}

/// Fills the cells of a text's tokens in text order, as far as a walk
/// over its sentences asks.
struct Filler<'d> {
    text: &'d str,
    tokens: &'d [PackedToken],
    /// The tags of `tokens`, one for one.
    tags: &'d [Tags],
    /// One cell a token.
    cells: Vec<Cell>,
    /// How many of `cells`, from the first, are filled.
    filled: usize,
}

impl<'d> Filler<'d> {
    /// No cell filled yet; `tags` holds one for each token.
    fn new(text: &'d str, tokens: &'d [PackedToken], tags: &'d [Tags]) -> Filler<'d> {
        let blank = Cell::new(0, 0);
        Filler {
            text,
            tokens,
            tags,
            cells: vec![blank; tokens.len()],
            filled: 0,
        }
    }

    /// How many tokens have their cells.
    fn filled(&self) -> usize {
        self.filled
    }

    /// Fills the cells of the tokens up to the end of the last of
    /// `sentences`, and returns the token range and [`class`] bits of
    /// each sentence.
    ///
    /// Out of line, with its few values in registers, not in the frame
    /// of [`View::new`]: the loop's every token then costs no reload. The
    /// list is made whole first and written by index, so that no call to
    /// grow it is in the loop either.
    #[inline(never)]
    fn sentence_tokens(&mut self, sentences: &[Sentence]) -> Vec<SentenceTokens> {
        let blank = SentenceTokens {
            first: 0,
            last: 0,
            bits: 0,
        };
        let mut ranges = vec![blank; sentences.len()];
        for (sentence, range) in sentences.iter().zip(&mut ranges) {
            // Tokens between sentences have cells but no sentence.
            self.fill_before(sentence.start);
            let first = self.filled();
            let bits = self.fill_before(sentence.end);
            *range = SentenceTokens {
                first: short(first),
                last: short(self.filled()),
                bits,
            };
        }
        ranges
    }

    /// Fills the cells of the next tokens that start before byte `end`,
    /// and returns their [`class`] bits together.
    #[inline(always)]
    fn fill_before(&mut self, end: usize) -> u8 {
        let (filled, bits) = fill_cells(
            self.text,
            self.tokens,
            self.tags,
            &mut self.cells,
            self.filled,
            end,
        );
        self.filled = filled;
        bits
    }
}

/// Fills the cells of the tokens from `from` on that start before byte
/// `end`; returns the index after the last and their [`class`] bits
/// together.
#[inline(always)]
fn fill_cells(
    text: &str,
    tokens: &[PackedToken],
    tags: &[Tags],
    cells: &mut [Cell],
    from: usize,
    end: usize,
) -> (usize, u8) {
    // Local slices of one length: the loop checks no bound.
    let len = tokens.len().min(tags.len()).min(cells.len());
    let (tokens, tags, cells) = (&tokens[..len], &tags[..len], &mut cells[..len]);
    let mut bits = 0;
    let mut i = from;
    while i < len && tokens[i].start() < end {
        let slot = any_cell(text, &tokens[i], tags[i]);
        cells[i] = slot;
        bits |= slot.class();
        i += 1;
    }
    (i, bits)
}

/// The tokens of one sentence, `first..last`, held by [`short`], and the
/// [`class`] bits of them together.
#[derive(Clone, Copy, Debug)]
struct SentenceTokens {
    first: u32,
    last: u32,
    bits: u8,
}

/// The sentences and tokens of one paragraph, held by [`short`], and the
/// [`class`] bits of its tokens together: what the stage's walk over the
/// paragraphs reads of each, worked out on the walk over the sentences.
#[derive(Clone, Copy, Debug, Default)]
struct ParagraphRanges {
    /// Sentence range `first..last`.
    sentences: (u32, u32),
    /// Token range: from its first sentence's first token to its last
    /// sentence's end; `(0, 0)` without sentences.
    tokens: (u32, u32),
    bits: u8,
}

/// The low byte of each of the four 16-bit lanes of a `u64`: where the
/// [`class`] bytes of four cells read at once lie.
const LANES: u64 = 0x0001_0001_0001_0001;

/// Four neighbouring cells as one `u64`, each in a 16-bit lane, the first
/// lowest: class in the low byte, mark in the high one.
#[inline(always)]
fn four_cells(a: &Cell, b: &Cell, c: &Cell, d: &Cell) -> u64 {
    u64::from_le_bytes([
        a.0[0], a.0[1], b.0[0], b.0[1], c.0[0], c.0[1], d.0[0], d.0[1],
    ])
}

/// The tokens of a run of cells whose [`class`] bits include any of
/// `bits`, in order. Most cells have none of them (a paragraph's few
/// quote marks, a sentence's verb or two): four cells are read as one
/// `u64` and tested at once, and the first of them that has a bit is
/// found from the lowest set bit, with no test a cell.
pub(super) struct WithClass<'v> {
    cells: &'v [Cell],
    /// The next cell to read, an index into `cells`.
    at: usize,
    /// The token of the first cell.
    first: usize,
    bits: u8,
    /// `bits` in the class byte of each of four cells as one `u64`.
    lanes: u64,
}

impl Iterator for WithClass<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            let rest = self.cells.get(self.at..)?;
            let [a, b, c, d, ..] = rest else {
                // The last few cells, one at a time.
                let k = rest.iter().position(|c| c.class() & self.bits != 0)?;
                self.at += k + 1;
                return Some(self.first + self.at - 1);
            };
            let hits = four_cells(a, b, c, d) & self.lanes;
            if hits == 0 {
                self.at += 4;
                continue;
            }
            self.at += hits.trailing_zeros() as usize / 16 + 1;
            return Some(self.first + self.at - 1);
        }
    }
}

/// Tokens with tags and sentence and paragraph ranges, computed once.
pub(super) struct View<'d> {
    pub(super) text: &'d str,
    /// Where the document's text begins in `text` (see [`Document`]).
    start: usize,
    pub(super) tokens: &'d [PackedToken],
    tags: &'d [Tags],
    /// The cell of each token.
    cells: Vec<Cell>,
    /// The token range of each sentence and its tokens' class bits: one
    /// list for both, so that an analysis allocates one, not two.
    sentences: Vec<SentenceTokens>,
    /// Whether each sentence's tokens start where the last one's end, so
    /// that a paragraph's tokens are its sentences' tokens.
    gapless: bool,
    /// Sentence and token range and class bits of each paragraph.
    paragraphs: Vec<ParagraphRanges>,
    /// Where the last search of [`View::sentence_of`] ended.
    last_sentence: std::cell::Cell<usize>,
}

impl<'d> View<'d> {
    /// Computes the token cells and the sentence and paragraph token
    /// ranges of `document`.
    // Not inlined, so that profiles show it as a frame of its own.
    #[inline(never)]
    pub(super) fn new(document: &'d Document) -> View<'d> {
        let tokens = document.tokens;
        // The lexicon tags every token; the padding is a safety net.
        let padded: Vec<Tags>;
        let tags = if document.tags.len() == tokens.len() {
            &document.tags[..]
        } else {
            padded = (0..tokens.len())
                .map(|i| {
                    let token = tokens.get(i).map_or(Tags::NONE, lexicon::tags_of_kind);
                    document.tags.get(i).copied().unwrap_or(Tags::NONE) | token
                })
                .collect();
            &padded[..]
        };
        let mut cells = Filler::new(document.text, tokens, tags);
        // One walk over the tokens, sentence by sentence, fills the cells
        // too: the tokens are read once, not once for the cells and again
        // for the sentences. Sentences and tokens come in text order.
        // The walk keeps nothing else at hand: the paragraphs and the
        // gaps are read off the sentences after it.
        let sentences = cells.sentence_tokens(document.sentences);
        let gapless = sentences
            .windows(2)
            .all(|pair| pair[1].first == pair[0].last);
        let mut paragraphs = vec![ParagraphRanges::default(); document.paragraphs.len()];
        // Sentences come in text order, so their paragraphs do: each
        // paragraph's bits are then its sentences' bits together.
        let mut in_order = true;
        let mut last_paragraph = 0;
        for (index, (sentence, tokens)) in document.sentences.iter().zip(&sentences).enumerate() {
            let paragraph = sentence.paragraph.wrapping_sub(document.first_paragraph);
            in_order &= paragraph >= last_paragraph;
            last_paragraph = paragraph;
            if let Some(range) = paragraphs.get_mut(paragraph) {
                // A paragraph's first sentence sets its starts; a select
                // on plain values, as how many sentences a paragraph has
                // the text decides.
                let fresh = range.sentences.1 == 0;
                range.sentences.0 = select(fresh, short(index), range.sentences.0);
                range.tokens.0 = select(fresh, tokens.first, range.tokens.0);
                range.sentences.1 = short(index + 1);
                range.tokens.1 = tokens.last;
                range.bits |= tokens.bits;
            }
        }
        cells.fill_before(usize::MAX);
        let mut view = View {
            text: document.text,
            start: document.start,
            tokens,
            tags: &document.tags,
            cells: cells.cells,
            sentences,
            gapless,
            paragraphs,
            last_sentence: std::cell::Cell::new(0),
        };
        if !(view.gapless && in_order) {
            // Tokens between sentences, or a paragraph's sentences apart:
            // its bits are its tokens' bits, read off the cells.
            for paragraph in 0..view.paragraphs.len() {
                let (first, last) = view.paragraph_tokens(paragraph);
                let bits = view
                    .cells(first, last)
                    .iter()
                    .fold(0, |all, c| all | c.class());
                view.paragraphs[paragraph].bits = bits;
            }
        }
        view
    }

    /// How many paragraphs the text has.
    pub(super) fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }

    /// Sentence range of a paragraph.
    pub(super) fn paragraph_sentences(&self, paragraph: usize) -> (usize, usize) {
        let (first, last) = self
            .paragraphs
            .get(paragraph)
            .map_or((0, 0), |p| p.sentences);
        (first as usize, last as usize)
    }

    /// Token range of a paragraph.
    pub(super) fn paragraph_tokens(&self, paragraph: usize) -> (usize, usize) {
        let (first, last) = self.paragraphs.get(paragraph).map_or((0, 0), |p| p.tokens);
        (first as usize, last as usize)
    }

    /// Token range of a sentence.
    pub(super) fn sentence_tokens(&self, sentence: usize) -> (usize, usize) {
        self.sentences
            .get(sentence)
            .map_or((0, 0), |s| (s.first as usize, s.last as usize))
    }

    /// Sentence index of a token (the last sentence for a token past the
    /// end). The stage asks paragraph by paragraph, so the answer is
    /// mostly the last one or the sentence after it: the search steps out
    /// from the last one, two probes for either.
    pub(super) fn sentence_of(&self, token: usize) -> usize {
        partition_from(&self.sentences, &self.last_sentence, |s| {
            s.last as usize <= token
        })
        .min(self.sentences.len().saturating_sub(1))
    }

    /// How many tokens the text has.
    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text of token `i`, or `""` past the end.
    #[inline]
    pub(super) fn word(&self, i: usize) -> &'d str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start()..t.end()))
            .unwrap_or("")
    }

    /// The [`class`] bits of token `i` (none past the end).
    #[inline]
    pub(super) fn class(&self, i: usize) -> u8 {
        self.cells.get(i).map_or(0, |c| c.class())
    }

    /// The cells of tokens `first..last`.
    #[inline]
    pub(super) fn cells(&self, first: usize, last: usize) -> &[Cell] {
        self.cells.get(first..last).unwrap_or(&[])
    }

    /// The tokens among `first..last` whose [`class`] bits include any
    /// of `bits`, in order (see [`WithClass`]).
    #[inline]
    pub(super) fn with_class(&self, first: usize, last: usize, bits: u8) -> WithClass<'_> {
        WithClass {
            cells: self.cells(first, last),
            at: 0,
            first,
            bits,
            lanes: u64::from(bits) * LANES,
        }
    }

    /// The first token among `from..last` that is punctuation starting
    /// with the ASCII byte `mark` (what `is_punct` with that one mark
    /// says). Four cells are read as one `u64` and their mark bytes
    /// compared with `mark` at once: the first lane that equals it is the
    /// lowest that a subtraction turns negative.
    #[inline]
    pub(super) fn next_mark(&self, from: usize, last: usize, mark: u8) -> Option<usize> {
        let cells = self.cells(from, last);
        let wanted = u64::from(mark) * LANES;
        let mut chunks = cells.chunks_exact(4);
        let mut at = from;
        for chunk in chunks.by_ref() {
            if let [a, b, c, d] = chunk {
                let differ = ((four_cells(a, b, c, d) >> 8) & (0xFF * LANES)) ^ wanted;
                let equal = differ.wrapping_sub(LANES) & !differ & (0x8000 * LANES);
                if equal != 0 {
                    return Some(at + equal.trailing_zeros() as usize / 16);
                }
            }
            at += 4;
        }
        let rest = chunks.remainder();
        rest.iter().position(|c| c.mark() == mark).map(|k| at + k)
    }

    /// The lexicon tags of token `i` (none past the end).
    #[inline]
    pub(super) fn tags(&self, i: usize) -> Tags {
        self.tags.get(i).copied().unwrap_or(Tags::NONE)
    }

    /// The kind of token `i`, if there is one.
    #[inline]
    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind())
    }

    /// Whether token `i` is `word`, ignoring ASCII case.
    #[inline]
    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        // The length from the token first: most tokens differ in it, and
        // then the text is never sliced.
        let Some(token) = self.tokens.get(i) else {
            return word.is_empty();
        };
        token.len() == word.len()
            && (self.text.as_bytes().get(token.start()..token.end()))
                .is_some_and(|bytes| bytes.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// The bytes of token `i`, or none past the end: comparing bytes skips
    /// the char-boundary checks of slicing a `str`.
    #[inline]
    pub(super) fn bytes(&self, i: usize) -> &'d [u8] {
        self.tokens
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start()..t.end()))
            .unwrap_or(&[])
    }

    /// Whether token `i` is one of `words`, ignoring ASCII case.
    #[inline(always)]
    pub(super) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.bytes(i);
        // Only words of the same length can match; most tokens are longer
        // than the function words these lists hold. A plain loop, inlined:
        // the lists are constants, so each test becomes a compare of the
        // length with a number, not a call of `Iterator::any`.
        for x in words {
            if x.len() == w.len() && w.eq_ignore_ascii_case(x.as_bytes()) {
                return true;
            }
        }
        false
    }

    /// Whether token `i` is a word that starts with a capital letter.
    #[inline]
    pub(super) fn is_capitalized(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word && starts_with_capital(self.text, t))
    }

    /// Whether token `i` is a word.
    #[inline]
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// Whether token `i` is one of the punctuation marks in `marks`.
    #[inline]
    pub(super) fn is_punct(&self, i: usize, marks: &str) -> bool {
        match self.cells.get(i).map(|c| c.mark()) {
            None | Some(0) => false,
            // A plain loop: `contains` calls memchr, slow for a few bytes.
            Some(b) if b.is_ascii() => marks.bytes().any(|m| m == b),
            Some(_) => self.is_wide_punct(i, marks),
        }
    }

    /// Whether the punctuation token `i`, which starts with a non-ASCII
    /// character, starts with one of `marks`.
    #[inline(never)]
    fn is_wide_punct(&self, i: usize, marks: &str) -> bool {
        self.word(i)
            .chars()
            .next()
            .is_some_and(|c| marks.contains(c))
    }

    /// Whether token `i` is a dialogue dash.
    #[inline]
    pub(super) fn is_dash(&self, i: usize) -> bool {
        self.class(i) & class::DASH != 0
    }

    /// Byte span of tokens `first..last` (empty when the range is).
    pub(super) fn span(&self, first: usize, last: usize) -> Span {
        match (
            self.tokens.get(first),
            last.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(a), Some(b)) if first < last => Span::new(a.start(), b.end()),
            _ => Span::new(0, 0),
        }
    }

    /// The character just before byte `at`, if any.
    pub(super) fn char_before(&self, at: usize) -> Option<char> {
        self.text
            .get(self.start.min(at)..at)
            .and_then(|s| s.chars().next_back())
    }

    /// The character at byte `at`, if any.
    pub(super) fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    /// The [`class`] bits of a sentence's tokens together.
    pub(super) fn sentence_bits(&self, sentence: usize) -> u8 {
        self.sentences.get(sentence).map_or(0, |s| s.bits)
    }

    /// The cheap prefilter: the [`class`] bits of a paragraph's tokens
    /// together; [`class::LOOK`] among them says the paragraph holds a
    /// quote mark, a dash, a colon or a speech-verb token. Worked out
    /// once, in [`View::new`].
    #[inline]
    pub(super) fn paragraph_bits(&self, paragraph: usize) -> u8 {
        self.paragraphs.get(paragraph).map_or(0, |p| p.bits)
    }
}

/// `yes` if `take`, else `no`, by a mask and with no branch.
#[inline(always)]
fn select(take: bool, yes: u32, no: u32) -> u32 {
    let mask = 0u32.wrapping_sub(u32::from(take));
    (yes & mask) | (no & !mask)
}

/// A token, sentence, paragraph or quote index as the view's ranges and a
/// quote's working records hold it (see
/// [`short_index`](crate::token_list::short_index)).
pub(super) use crate::token_list::short_index as short;

/// Whether the paragraph `first..last` belongs to an advertisement: it
/// opens with "Annonceindlæg" or "Annonce" (or "Sponsoreret"), or it
/// follows one and is not a heading (a line with no closing punctuation)
/// that ends the advert.
pub(super) fn advert_continues(view: &View, first: usize, last: usize, before: bool) -> bool {
    if view.is_any(
        first,
        &["annonceindlæg", "annonce", "sponsoreret", "annoncørbetalt"],
    ) {
        return true;
    }
    if !before || last <= first {
        return false;
    }
    view.is_punct(last - 1, ".!?…:\"»«”’")
}

/// What `items.partition_point(before)` returns (`before` holds for a
/// prefix of `items`), searched from where `cursor` says the last search
/// ended, which it then updates: steps that double away from the cursor
/// until one passes the point, then a binary search in the last step. A
/// point near the last one costs a few probes, not a search of the whole.
pub(super) fn partition_from<T>(
    items: &[T],
    cursor: &std::cell::Cell<usize>,
    before: impl Fn(&T) -> bool,
) -> usize {
    let hint = cursor.get().min(items.len());
    let (low, high) = if items.get(hint).is_some_and(&before) {
        // Most points are the last one or the one after it: those take
        // one probe past the hint, with nothing left to search.
        if !items.get(hint + 1).is_some_and(&before) {
            cursor.set(hint + 1);
            return hint + 1;
        }
        // Every item up to the hint is before the point: step right.
        let (mut low, mut step) = (hint + 1, 1);
        while items.get(low + step - 1).is_some_and(&before) {
            low += step;
            step *= 2;
        }
        (low, (low + step - 1).min(items.len()))
    } else {
        if hint == 0 || items.get(hint - 1).is_some_and(&before) {
            cursor.set(hint);
            return hint;
        }
        // No item from the hint on is before the point: step left.
        let (mut high, mut step) = (hint, 1);
        while high >= step && !items.get(high - step).is_some_and(&before) {
            high -= step;
            step *= 2;
        }
        ((high + 1).saturating_sub(step), high)
    };
    let point = low + items.get(low..high).unwrap_or(&[]).partition_point(&before);
    cursor.set(point);
    point
}

#[cfg(test)]
mod tests {
    use super::{
        View, any_cell, cell, class, full_cell, partition_from, verb_bits, wide_capital,
        wide_marks, wide_punctuation,
    };
    use crate::document::Document;
    use crate::lexicon::Tags;
    use crate::model::TokenKind;
    use crate::token_list::PackedToken;
    use std::cell::Cell;

    /// A quote mark or dash is one as a token of its own; longer tokens
    /// that start with one only draw the prefilter's look.
    #[test]
    fn wide_punctuation_is_a_mark_only_alone() {
        let class_of = |mark: &str| {
            let token = PackedToken::new(0, mark.len(), TokenKind::Punctuation);
            let by_bytes = wide_marks(mark, &token);
            assert_eq!(by_bytes, wide_punctuation(mark, &token), "{mark}");
            by_bytes
        };
        let look_quote = class::LOOK | class::QUOTE;
        for mark in ["»", "«", "“", "”", "„", "‘", "’", "‚", "‹", "›"] {
            assert_eq!(class_of(mark), look_quote, "{mark}");
        }
        assert_eq!(class_of("–"), class::LOOK | class::DASH);
        assert_eq!(class_of("—"), class::LOOK | class::DASH);
        assert_eq!(class_of("»»"), class::LOOK);
        assert_eq!(class_of("––"), class::LOOK);
        assert_eq!(class_of("…"), 0);
        assert_eq!(class_of("§"), 0);
        assert_eq!(class_of(""), 0);
        // Every character of the two- and three-byte ranges the marks lie
        // in, alone and before another mark or a letter.
        let wide = ('\u{80}'..='\u{7FF}').chain('\u{2000}'..='\u{20FF}');
        for first in wide {
            for rest in ["", "»", "–", "a"] {
                class_of(&format!("{first}{rest}"));
            }
        }
    }

    /// The second byte of a Latin-1 letter is only a shortcut: every
    /// word that starts with one is a capital as `char::is_uppercase`
    /// says, and so are words that start with other wide letters.
    #[test]
    fn a_wide_capital_is_what_is_uppercase_says() {
        let latin1 = ('\u{C0}'..='\u{FF}').chain(['Ω', 'ω', 'Ł', 'ł', 'Ǆ', 'ǅ']);
        for first in latin1 {
            let text = format!("{first}rø");
            let token = PackedToken::new(0, text.len(), TokenKind::Word);
            assert_eq!(wide_capital(&text, &token), first.is_uppercase(), "{first}");
        }
    }

    /// The table is only a shortcut: every token gets the cell worked out
    /// in full, quote marks, dashes, hyphens, colons and non-ASCII
    /// characters included.
    #[test]
    fn the_table_gives_every_token_its_full_cell() {
        let text = "»Nej«, sagde Ærø-borgeren: \"Vi 'kan' ikke\" – 'nej' — „ja“ ‘så’ \
                    ‹x› «y» ... -- :: : - 5,5 https://dr.dk a@b.dk ☺ Å øh? Øen! ifølge Hun siger";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        for (token, &tags) in document.tokens.iter().zip(&document.tags) {
            assert_eq!(
                cell(text, token, verb_bits(tags)),
                full_cell(text, token, verb_bits(tags)),
                "{:?}",
                &text[token.start()..token.end()]
            );
        }
        // Empty tokens, which the segmenter never makes, before every kind
        // of first byte.
        for (start, _) in text.char_indices() {
            for kind in crate::token_list::ALL_KINDS {
                let token = PackedToken::new(start, start, kind);
                let verb = verb_bits(crate::lexicon::Tags::SPEECH_VERB);
                assert_eq!(cell(text, &token, verb), full_cell(text, &token, verb));
            }
        }
    }

    /// The table of every kind's cells is only a shortcut: every token,
    /// of every kind and first byte, verb or not, gets what [`cell`]
    /// gives it.
    #[test]
    fn any_cell_is_what_cell_gives_every_kind_of_token() {
        let text = "»Nej«, sagde Ærø-borgeren: \"Vi 'kan' ikke\" – 'nej' — „ja“ ‘så’ \
                    ‹x› «y» ... -- :: : - 5,5 https://dr.dk a@b.dk ☺ Å øh? Øen! ifølge";
        let all_tags = [Tags::NONE, Tags::SPEECH_VERB, Tags::PUNCTUATION];
        let mut ends: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
        ends.push(text.len());
        for (k, &start) in ends.iter().enumerate() {
            // Tokens of one and two characters, and empty ones, which the
            // segmenter never makes.
            for &end in ends.get(k..(k + 3).min(ends.len())).unwrap_or(&[]) {
                for kind in crate::token_list::ALL_KINDS {
                    let token = PackedToken::new(start, end, kind);
                    for tags in all_tags {
                        let verb = verb_bits(tags);
                        assert_eq!(
                            any_cell(text, &token, tags),
                            cell(text, &token, verb),
                            "{:?} {kind:?} {tags:?}",
                            &text[start..end]
                        );
                    }
                }
            }
        }
        // A token past the end of the text reads no byte.
        let past = PackedToken::new(text.len() + 1, text.len() + 2, TokenKind::Punctuation);
        assert_eq!(any_cell(text, &past, Tags::NONE), super::Cell::new(0, 0));
    }

    /// A word and its capital, read off the token when asked, are what
    /// its kind and its first character say, for tokens of every kind,
    /// empty ones and those past the end too.
    #[test]
    fn words_and_capitals_are_what_the_token_says() {
        let text = "Hun sagde: »Nej.« Ærø-borgeren, øen og Ωmega; ÅBEN 5 Bo! dr.dk ǅx";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        let tokens = document.tokens;
        for i in 0..tokens.len() + 2 {
            let word = tokens.get(i).filter(|t| t.kind() == TokenKind::Word);
            let first = word.and_then(|t| text[t.start()..t.end()].chars().next());
            assert_eq!(view.is_word(i), word.is_some(), "{i}");
            assert_eq!(
                view.is_capitalized(i),
                first.is_some_and(char::is_uppercase),
                "{i}"
            );
        }
        // An empty word, which the segmenter never makes, has no capital.
        let empty = PackedToken::new(0, 0, TokenKind::Word);
        assert!(!super::starts_with_capital("Hun", &empty));
    }

    /// The walk over the sentences gives every token its cell, the tokens
    /// between sentences and after the last one too.
    #[test]
    fn every_token_gets_its_cell_inside_sentences_or_not() {
        let text = "Hun sagde: »Nej.« Han gik!\n\n– Ja, siger hun.\n\nSlut her: 'ja'";
        let mut segmentation = crate::segment::segment(text);
        // Leave tokens outside every sentence: drop the second sentence
        // and cut the last one short.
        let sentences = &mut segmentation.sentences;
        sentences.remove(1);
        if let Some(last) = sentences.last_mut() {
            last.end = last.start + 4;
        }
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        assert!(!view.gapless);
        let tokens = document.tokens;
        for (i, (token, &tags)) in tokens.iter().zip(&document.tags).enumerate() {
            assert_eq!(view.cells[i], cell(text, token, verb_bits(tags)), "{i}");
        }
    }

    /// The bits gathered on the sentence walk are those of each sentence's
    /// and each paragraph's tokens, and a paragraph's tokens run from its
    /// first sentence's first to its last sentence's last.
    fn assert_ranges_and_bits_of_tokens(view: &View) {
        let or_of =
            |(first, last): (usize, usize)| (first..last).fold(0, |all, i| all | view.class(i));
        for sentence in 0..view.sentences.len() {
            let bits = or_of(view.sentence_tokens(sentence));
            assert_eq!(view.sentence_bits(sentence), bits);
        }
        for paragraph in 0..view.paragraph_count() {
            let bits = or_of(view.paragraph_tokens(paragraph));
            assert_eq!(view.paragraph_bits(paragraph), bits, "{paragraph}");
            let (first, last) = view.paragraph_sentences(paragraph);
            let tokens = if first < last {
                (
                    view.sentence_tokens(first).0,
                    view.sentence_tokens(last - 1).1,
                )
            } else {
                (0, 0)
            };
            assert_eq!(view.paragraph_tokens(paragraph), tokens, "{paragraph}");
        }
    }

    /// The bits gathered on the sentence walk are those of each sentence's
    /// and each paragraph's tokens.
    #[test]
    fn sentence_and_paragraph_bits_are_those_of_their_tokens() {
        let text = "Hun sagde: »Nej.« Han gik!\n\n– Ja, siger hun.\n\nSlut her\n\nIfølge ham";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        assert!(view.gapless);
        assert_ranges_and_bits_of_tokens(&view);
        assert_ne!(view.paragraph_bits(0), view.paragraph_bits(2));
    }

    /// A paragraph's bits are its tokens' bits also where tokens lie
    /// between sentences, or a paragraph has none.
    #[test]
    fn paragraph_bits_are_those_of_their_tokens_with_gaps() {
        let text = "Hun sagde: »Nej.« Han gik!\n\n– Ja, siger hun: nu.\n\nSlut her\n\nIfølge ham";
        let mut segmentation = crate::segment::segment(text);
        // Leave the colon of the second paragraph outside every sentence,
        // and the third paragraph without one.
        let sentences = &mut segmentation.sentences;
        let colon = text.find(": nu").unwrap_or(0);
        if let Some(second) = sentences
            .iter_mut()
            .find(|s| s.start < colon && colon < s.end)
        {
            second.end = colon;
        }
        sentences.retain(|s| !text[s.start..s.end].starts_with("Slut"));
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        assert!(!view.gapless);
        assert_ranges_and_bits_of_tokens(&view);
        assert_eq!(view.paragraph_bits(1) & class::COLON, 0);
        assert_eq!(view.paragraph_tokens(2), (0, 0));
    }

    /// The walk four cells at a time finds what a test of each cell
    /// finds, over every range of a text, for every class bit and some
    /// pairs.
    #[test]
    fn with_class_finds_what_a_test_of_each_cell_finds() {
        let text = "»Nej«, sagde hun: \"Vi kan ikke\" – 'nej' — han siger, at de kom. \
                    Ifølge ham: ja! – Nå, fortalte Ærø-borgeren, »ja« \"så\"";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        let all_bits = [
            class::LOOK,
            class::QUOTE,
            class::DASH,
            class::COLON,
            class::VERB,
            class::QUOTE | class::DASH,
            class::VERB | class::COLON,
        ];
        for bits in all_bits {
            for first in 0..=view.len() + 1 {
                for last in first..=view.len() + 1 {
                    // A range past the end has no cells, as before.
                    let expected: Vec<usize> = if last <= view.len() {
                        (first..last)
                            .filter(|&i| view.class(i) & bits != 0)
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let found: Vec<usize> = view.with_class(first, last, bits).collect();
                    assert_eq!(found, expected, "{bits} {first}..{last}");
                }
            }
        }
    }

    /// The mark search four cells at a time finds the first mark a test
    /// of each cell finds, over every range of a text, for marks that
    /// are there and one that is not.
    #[test]
    fn next_mark_finds_what_a_test_of_each_cell_finds() {
        let text = "Ja, sagde hun, at de, som kom, gik. Nej: ja, nej; ja,, nej. \
                    »Ja,« sagde han: – Nå. Så, så, så, så, så ,,,, ja.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        for mark in [b',', b'.', b':', b';', b'?'] {
            for first in 0..=view.len() + 1 {
                for last in first..=view.len() + 1 {
                    let expected = if last <= view.len() {
                        (first..last).find(|&i| view.is_punct(i, &char::from(mark).to_string()))
                    } else {
                        None
                    };
                    let found = view.next_mark(first, last, mark);
                    assert_eq!(found, expected, "{mark} {first}..{last}");
                }
            }
        }
    }

    /// Every number below `end` forward and backward, then every
    /// `forward_step`th forward and every `backward_step`th backward: the
    /// order of lookups that jumps both ways, near and far.
    fn any_order(
        end: usize,
        forward_step: usize,
        backward_step: usize,
    ) -> impl Iterator<Item = usize> {
        let forward = 0..end;
        forward
            .clone()
            .chain(forward.clone().rev())
            .chain(forward.clone().step_by(forward_step))
            .chain(forward.rev().step_by(backward_step))
    }

    /// The remembered sentence is only a shortcut: lookups in any order,
    /// also past the last token, answer as the binary search does.
    #[test]
    fn sentence_of_answers_as_the_binary_search_in_any_order() {
        let text = "Hun kom. Han gik!\n\n»Nej,« sagde hun. Ja.\n\nSlut";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        let searched = |token: usize| {
            view.sentences
                .partition_point(|s| s.last as usize <= token)
                .min(view.sentences.len() - 1)
        };
        for token in any_order(view.len() + 2, 3, 2) {
            assert_eq!(view.sentence_of(token), searched(token), "token {token}");
        }
    }

    /// From any cursor, also past the end, the search finds the point
    /// the binary search over the whole slice finds.
    #[test]
    fn partition_from_any_cursor_finds_the_partition_point() {
        for len in 0..40 {
            let items: Vec<usize> = (0..len).map(|i| i * 2).collect();
            for bound in 0..2 * len + 2 {
                let before = |&x: &usize| x < bound;
                let expected = items.partition_point(before);
                for hint in 0..len + 3 {
                    let cursor = Cell::new(hint);
                    assert_eq!(partition_from(&items, &cursor, before), expected);
                    assert_eq!(cursor.get(), expected);
                }
            }
        }
    }
}
