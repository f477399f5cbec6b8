//! [`Tokens`]: the tokens of a text in six bytes each.
//!
//! A news text has a token for every five or six bytes, so a token list
//! of 24-byte [`Token`]s is four times the size of the text it describes,
//! and it is the largest thing an [`Analysis`](crate::Analysis) holds. Here
//! a token is its start as the low 32 bits of the offset and its length
//! and kind in a `u16`, so a token is at most [`MAX_TOKEN_LEN`] (8191)
//! bytes long: the tokenizer cuts a longer run (a megabyte without a
//! space) into tokens of that length. The rare list that reaches past
//! 4 GiB keeps beside it, for every further 4 GiB page a token starts in,
//! the page's number and the index of its first token.

use crate::model::{Token, TokenKind};
use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::fmt;
use std::io;
use std::ops::Range;

/// Bits of [`PackedToken::len_kind`] that hold the kind.
const KIND_BITS: u32 = 3;

/// The longest token a [`PackedToken`] holds, in bytes: 8191. No word,
/// number, address or mark of news comes near it; a longer run of text
/// without a break is cut into tokens of this length (see
/// `segment::tokens`).
pub(crate) const MAX_TOKEN_LEN: usize = (u16::MAX >> KIND_BITS) as usize;

/// A token index, or an index of something counted in tokens (a
/// sentence, a paragraph, a quote), in four bytes: cut, not saturated,
/// since every such index is below the token count, and a token starts at
/// a four-byte offset and holds a byte, so the count fits. A cut is a
/// plain move, with nothing to test in the loops that keep such indices.
#[inline(always)]
pub(crate) fn short_index(index: usize) -> u32 {
    index as u32
}

/// Every kind, for tests that try each.
#[cfg(test)]
pub(crate) const ALL_KINDS: [TokenKind; 6] = [
    TokenKind::Word,
    TokenKind::Number,
    TokenKind::Punctuation,
    TokenKind::Url,
    TokenKind::Email,
    TokenKind::Symbol,
];

/// A token as the stages store it, in six bytes: the low 32 bits of its
/// start, and its length and kind. The stages analyse texts of under 4
/// GiB at a time (see `analyzer::pieces`), where the start is the whole
/// offset. Packed to an alignment of two, so that a list takes six bytes
/// a token, not eight; the start is then read unaligned, which costs
/// little on the processors we run on, and a quarter less memory to
/// stream through made the 1 MB bench document's fastest run 2% faster
/// (timed in turn with the eight-byte build), separate articles as fast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C, packed(2))]
pub(crate) struct PackedToken {
    start: u32,
    len_kind: u16,
}

impl PackedToken {
    /// A token over `start..end` of a text of under 4 GiB, no longer than
    /// [`MAX_TOKEN_LEN`]. The tokenizer keeps to both, since it reads
    /// texts of at most `pieces::MAX_PIECE` bytes and cuts longer runs,
    /// so nothing is checked on this path that every token takes; a
    /// longer token would get a wrong length here, not a panic.
    #[inline]
    pub(crate) fn new(start: usize, end: usize, kind: TokenKind) -> PackedToken {
        let len = end.wrapping_sub(start) as u32;
        PackedToken {
            start: start as u32,
            len_kind: ((len << KIND_BITS) | kind_code(kind)) as u16,
        }
    }

    /// Byte offset of the first character (within the piece of text the
    /// stages read).
    #[inline]
    pub(crate) fn start(self) -> usize {
        self.start as usize
    }

    /// Byte offset one past the last character.
    #[inline]
    pub(crate) fn end(self) -> usize {
        self.start as usize + self.len()
    }

    /// The length and kind as one number, length above the kind's bits.
    #[inline(always)]
    fn len_kind(self) -> u32 {
        u32::from(self.len_kind)
    }

    /// Length in bytes.
    #[inline]
    pub(crate) fn len(self) -> usize {
        (self.len_kind() >> KIND_BITS) as usize
    }

    /// The code of the token's kind, below 8: its [`TokenKind`]'s
    /// discriminant. A table of eight rows indexed by it needs no bounds
    /// check and no mapping of the unused codes.
    #[inline]
    pub(crate) fn kind_code(self) -> usize {
        (self.len_kind() & ((1 << KIND_BITS) - 1)) as usize
    }

    /// What the token is.
    #[inline]
    pub(crate) fn kind(self) -> TokenKind {
        let code = self.kind_code() as u8;
        // SAFETY: the fields are private and only `PackedToken::new`
        // writes `len_kind` (`moved` copies it), with `kind_code(kind)`, the discriminant of a
        // `TokenKind` (`#[repr(u8)]`), in these bits.
        unsafe { std::mem::transmute::<u8, TokenKind>(code) }
    }

    /// The length of a word token of 1 to 8 bytes; `None` for any other
    /// token. One test for both: less a length of one, a short word's
    /// packed length and kind, rotated so that the kind's bits lie on
    /// top, is below 8.
    #[inline(always)]
    pub(crate) fn short_word_len(self) -> Option<usize> {
        let word = self.len_kind() ^ kind_code(TokenKind::Word);
        let rotated = word.wrapping_sub(1 << KIND_BITS).rotate_right(KIND_BITS);
        (rotated < 8).then_some(rotated as usize + 1)
    }

    /// The token `by` bytes further on, in the same 4 GiB page: its start
    /// is the low 32 bits of an offset, and its length and kind go along.
    #[inline]
    fn moved(self, by: u32) -> PackedToken {
        PackedToken {
            start: self.start.wrapping_add(by),
            len_kind: self.len_kind,
        }
    }
}

/// The code of `kind` in [`PackedToken::len_kind`]: its discriminant.
#[inline]
const fn kind_code(kind: TokenKind) -> u32 {
    kind as u32
}

/// The tokens of a text, in text order, six bytes each.
///
/// It hands out [`Token`] values (which hold full `usize` offsets): by
/// index with [`get`](Tokens::get), or in order with
/// [`iter`](Tokens::iter) or a `for` loop. It serializes as a list of
/// tokens, as a `Vec<Token>` would. A token is at most 8191 bytes long:
/// the tokenizer cuts a longer run of text without a break into tokens of
/// that length, at character boundaries.
///
/// ```
/// use kilde::TokenKind;
/// let text = "Ring kl. 14.30!";
/// let tokens = kilde::analyze(text).tokens;
/// assert_eq!(tokens.len(), 4);
/// let time = tokens.get(2).unwrap();
/// assert_eq!((time.span().text(text), time.kind), ("14.30", TokenKind::Number));
/// let words: Vec<&str> = tokens.iter().map(|t| t.span().text(text)).collect();
/// assert_eq!(words, ["Ring", "kl.", "14.30", "!"]);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    packed: Vec<PackedToken>,
    /// For each 4 GiB page of the text after the first that a token
    /// starts in, the page's number and the index of its first token, in
    /// order. Empty for a text of under 4 GiB.
    pages: Vec<(usize, usize)>,
}

/// The error of [`Tokens::push`]: the token cannot follow the tokens
/// before it.
///
/// ```
/// let mut tokens = kilde::Tokens::new();
/// let token = kilde::Token { start: 5, end: 1, kind: kilde::TokenKind::Word };
/// let error = tokens.push(token).unwrap_err();
/// assert_eq!(error.to_string(), "token 5..1 ends before it starts");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenError {
    token: Token,
    reason: &'static str,
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "token {}..{} {}",
            self.token.start, self.token.end, self.reason
        )
    }
}

impl std::error::Error for TokenError {}

/// The 4 GiB page an offset lies in.
#[inline]
fn page_of(offset: usize) -> usize {
    ((offset as u64) >> 32) as usize
}

impl Tokens {
    /// An empty list.
    ///
    /// ```
    /// assert!(kilde::Tokens::new().is_empty());
    /// ```
    pub fn new() -> Tokens {
        Tokens::default()
    }

    /// A list of the tokens of one text of under 4 GiB.
    pub(crate) fn from_packed(packed: Vec<PackedToken>) -> Tokens {
        Tokens {
            packed,
            pages: Vec::new(),
        }
    }

    /// The tokens as the stages read them: offsets within a text of under
    /// 4 GiB (the list of one piece).
    pub(crate) fn packed(&self) -> &[PackedToken] {
        &self.packed
    }

    /// How many more tokens the list has room for without growing.
    #[cfg(test)]
    pub(crate) fn spare_room(&self) -> usize {
        self.packed.capacity() - self.packed.len()
    }

    /// The number of tokens.
    ///
    /// ```
    /// assert_eq!(kilde::analyze("Ja, tak.").tokens.len(), 4);
    /// ```
    pub fn len(&self) -> usize {
        self.packed.len()
    }

    /// Whether there is no token.
    ///
    /// ```
    /// assert!(kilde::analyze(" \n ").tokens.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.packed.is_empty()
    }

    /// The token at `index`, or `None` past the end.
    ///
    /// ```
    /// let tokens = kilde::analyze("Ja.").tokens;
    /// assert_eq!(tokens.get(0).map(|t| t.end), Some(2));
    /// assert_eq!(tokens.get(2), None);
    /// ```
    #[inline]
    pub fn get(&self, index: usize) -> Option<Token> {
        let packed = *self.packed.get(index)?;
        let page = if self.pages.is_empty() {
            0
        } else {
            let at = self.pages.partition_point(|&(_, first)| first <= index);
            at.checked_sub(1).map_or(0, |last| self.pages[last].0)
        };
        let start = ((page as u64) << 32 | u64::from(packed.start)) as usize;
        Some(Token {
            start,
            end: start + packed.len(),
            kind: packed.kind(),
        })
    }

    /// The first token.
    ///
    /// ```
    /// assert_eq!(kilde::analyze("Ja.").tokens.first().map(|t| t.start), Some(0));
    /// ```
    pub fn first(&self) -> Option<Token> {
        self.get(0)
    }

    /// The last token.
    ///
    /// ```
    /// assert_eq!(kilde::analyze("Ja.").tokens.last().map(|t| t.start), Some(2));
    /// ```
    pub fn last(&self) -> Option<Token> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The tokens in text order.
    ///
    /// ```
    /// let tokens = kilde::analyze("Nej!").tokens;
    /// assert_eq!(tokens.iter().map(|t| t.end).collect::<Vec<_>>(), [3, 4]);
    /// ```
    pub fn iter(&self) -> Iter<'_> {
        self.range(0..self.len())
    }

    /// The tokens with indices in `range` (clamped to the list), in text
    /// order.
    ///
    /// ```
    /// let tokens = kilde::analyze("Ja. Nej tak.").tokens;
    /// assert_eq!(tokens.range(2..9).map(|t| t.start).collect::<Vec<_>>(), [4, 8, 11]);
    /// ```
    pub fn range(&self, range: Range<usize>) -> Iter<'_> {
        let back = range.end.min(self.len());
        Iter {
            tokens: self,
            front: range.start.min(back),
            back,
        }
    }

    /// Adds `token` after the others. It must not start in an earlier
    /// 4 GiB page of the text than the token before it, nor end before it
    /// starts, nor be longer than 8191 bytes (the tokenizer never makes
    /// one: it cuts a longer run of text into tokens of that length).
    ///
    /// ```
    /// use kilde::{Token, TokenKind};
    /// let mut tokens = kilde::Tokens::new();
    /// tokens.push(Token { start: 0, end: 2, kind: TokenKind::Word }).unwrap();
    /// assert_eq!(tokens.len(), 1);
    /// ```
    pub fn push(&mut self, token: Token) -> Result<(), TokenError> {
        let fail = |reason| Err(TokenError { token, reason });
        if token.end < token.start {
            return fail("ends before it starts");
        }
        if token.end - token.start > MAX_TOKEN_LEN {
            return fail("is longer than 8191 bytes");
        }
        if page_of(token.start) < self.last_page() {
            return fail("starts 4 GiB or more before the token before it");
        }
        self.push_at(token.start, token.end - token.start, token.kind);
        Ok(())
    }

    /// Appends the tokens of a piece of text that starts at byte `offset`
    /// (of under [`MAX_TOKEN_LEN`] bytes), after the tokens of the pieces
    /// before it (so the pages only grow).
    pub(crate) fn append_piece(&mut self, piece: &Tokens, offset: usize) {
        let tokens = piece.packed.as_slice();
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            return;
        };
        let page = page_of(first.start() + offset);
        if page != page_of(last.end() + offset) {
            self.packed.reserve(tokens.len());
            for token in tokens {
                self.push_at(token.start() + offset, token.len(), token.kind());
            }
            return;
        }
        // Within one page a token moves by the offset's low bits alone.
        if page > self.last_page() {
            self.pages.push((page, self.packed.len()));
        }
        let low = (offset & (u32::MAX as usize)) as u32;
        self.packed
            .extend(tokens.iter().map(|token| token.moved(low)));
    }

    /// The page of the last token (0 for none).
    fn last_page(&self) -> usize {
        self.pages.last().map_or(0, |&(page, _)| page)
    }

    /// Adds a token of `len` bytes (at most [`MAX_TOKEN_LEN`]) at `start`,
    /// which lies in the last page or after it.
    fn push_at(&mut self, start: usize, len: usize, kind: TokenKind) {
        let page = page_of(start);
        if page > self.last_page() {
            self.pages.push((page, self.packed.len()));
        }
        let low = start & (u32::MAX as usize);
        self.packed.push(PackedToken::new(low, low + len, kind));
    }
}

impl Tokens {
    /// Writes the list as compact JSON to `out`, byte for byte what
    /// `serde_json::to_writer` writes for it, several times faster: a
    /// token's JSON is three keys and a kind name, which a general JSON
    /// writer scans for characters to escape on every token, and the
    /// tokens are most of an analysis's JSON.
    ///
    /// ```
    /// let tokens = kilde::analyze("Ja!").tokens;
    /// let mut json = Vec::new();
    /// tokens.write_json(&mut json).unwrap();
    /// assert_eq!(
    ///     String::from_utf8(json).unwrap(),
    ///     r#"[{"start":0,"end":2,"kind":"word"},{"start":2,"end":3,"kind":"punctuation"}]"#
    /// );
    /// ```
    pub fn write_json<W: io::Write>(&self, mut out: W) -> io::Result<()> {
        // Bytes gathered before they are written: as much as a `BufWriter`
        // holds by default, which then passes them on without a copy.
        const CHUNK: usize = 64 * 1024;
        let mut buf = vec![0u8; CHUNK + RECORD];
        buf[0] = b'[';
        let mut len = 1;
        for (n, token) in self.iter().enumerate() {
            let Some(record) = buf.get_mut(len..len + RECORD) else {
                break;
            };
            let Ok(record) = <&mut [u8; RECORD]>::try_from(record) else {
                break;
            };
            len += write_record(record, n > 0, token);
            if len >= CHUNK {
                out.write_all(&buf[..len])?;
                len = 0;
            }
        }
        buf[len] = b']';
        out.write_all(&buf[..=len])
    }
}

/// Room for one token's JSON: a comma, the keys, two numbers of up to 20
/// digits and the longest kind name.
const RECORD: usize = 96;

/// Each kind's name (`#[serde(rename_all = "snake_case")]`) and the
/// closing `"}`, padded to 16 bytes so that it is copied as a whole, with
/// its length, by kind code.
const KIND_JSON: [([u8; 16], usize); 8] = {
    const fn padded(name: &[u8]) -> ([u8; 16], usize) {
        let mut bytes = [0u8; 16];
        let mut i = 0;
        while i < name.len() {
            bytes[i] = name[i];
            i += 1;
        }
        (bytes, name.len())
    }
    [
        padded(b"word\"}"),
        padded(b"number\"}"),
        padded(b"punctuation\"}"),
        padded(b"url\"}"),
        padded(b"email\"}"),
        padded(b"symbol\"}"),
        padded(b"symbol\"}"),
        padded(b"symbol\"}"),
    ]
};

/// Writes `token` as JSON (after a comma when `comma`) at the start of
/// `record`; returns how many bytes it took. Every piece is copied at a
/// size known here, so that no piece costs a call.
#[inline(always)]
fn write_record(record: &mut [u8; RECORD], comma: bool, token: Token) -> usize {
    let mut at = usize::from(comma);
    record[0] = b',';
    record[at..at + 9].copy_from_slice(b"{\"start\":");
    at = write_decimal(record, at + 9, token.start);
    record[at..at + 7].copy_from_slice(b",\"end\":");
    at = write_decimal(record, at + 7, token.end);
    record[at..at + 9].copy_from_slice(b",\"kind\":\"");
    let (name, len) = &KIND_JSON[kind_code(token.kind) as usize];
    record[at + 9..at + 25].copy_from_slice(name);
    at + 9 + len
}

/// The two digits of every number below 100.
const DIGIT_PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Writes `value` in decimal at `at` (which leaves room for 20 digits);
/// returns where it ends. Two digits a step, from the end, which is where
/// the number's length, known first, puts them.
#[inline(always)]
fn write_decimal(record: &mut [u8; RECORD], at: usize, value: usize) -> usize {
    let len = value.checked_ilog10().unwrap_or(0) as usize + 1;
    let mut end = at + len;
    let mut rest = value;
    while rest >= 100 {
        let pair = (rest % 100) * 2;
        rest /= 100;
        end -= 2;
        record[end..end + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if rest >= 10 {
        record[end - 2..end].copy_from_slice(&DIGIT_PAIRS[rest * 2..rest * 2 + 2]);
    } else {
        record[end - 1] = b'0' + rest as u8;
    }
    at + len
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// An iterator over [`Tokens`], from [`Tokens::iter`] or
/// [`Tokens::range`].
///
/// ```
/// let tokens = kilde::analyze("Ja.").tokens;
/// assert_eq!(tokens.iter().len(), 2);
/// assert_eq!(tokens.iter().rev().next().map(|t| t.start), Some(2));
/// ```
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    tokens: &'a Tokens,
    front: usize,
    back: usize,
}

impl Iterator for Iter<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.tokens.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        (len, Some(len))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Token> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.tokens.get(self.back)
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Tokens {
    type Item = Token;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl Serialize for Tokens {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for token in self {
            seq.serialize_element(&token)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Tokens {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Tokens, D::Error> {
        let list = Vec::<Token>::deserialize(deserializer)?;
        let mut tokens = Tokens::new();
        tokens.packed.reserve(list.len());
        for token in list {
            tokens.push(token).map_err(D::Error::custom)?;
        }
        Ok(tokens)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn token(start: usize, end: usize, kind: TokenKind) -> Token {
        Token { start, end, kind }
    }

    #[test]
    fn a_short_word_is_told_by_one_test_as_by_its_kind_and_length() {
        let lengths = (0..=20).chain([MAX_TOKEN_LEN - 1, MAX_TOKEN_LEN]);
        for len in lengths {
            for kind in ALL_KINDS {
                let packed = PackedToken::new(7, 7 + len, kind);
                let short = kind == TokenKind::Word && (1..=8).contains(&len);
                let expected = short.then_some(len);
                assert_eq!(packed.short_word_len(), expected, "{kind:?} {len}");
            }
        }
    }

    #[test]
    fn a_token_is_six_bytes_and_its_tags_four() {
        assert_eq!(std::mem::size_of::<PackedToken>(), 6);
        assert_eq!(std::mem::size_of::<crate::lexicon::Tags>(), 4);
    }

    #[test]
    fn every_kind_and_length_comes_back() {
        let mut tokens = Tokens::new();
        let mut want = Vec::new();
        for (i, kind) in ALL_KINDS.into_iter().enumerate() {
            let t = token(i * 10, i * 10 + i + 1, kind);
            tokens.push(t).unwrap();
            want.push(t);
        }
        let long = token(100, 100 + MAX_TOKEN_LEN, TokenKind::Word);
        tokens.push(long).unwrap();
        want.push(long);
        assert_eq!(tokens.iter().collect::<Vec<_>>(), want);
    }

    #[test]
    fn offsets_past_4_gib_come_back() {
        let far = 1usize << 33;
        let list = [
            token(7, 9, TokenKind::Word),
            token(far + 3, far + 8, TokenKind::Number),
            token(far + 9, far + 10, TokenKind::Punctuation),
            token(3 * far, 3 * far + 1, TokenKind::Symbol),
        ];
        let mut tokens = Tokens::new();
        for t in list {
            tokens.push(t).unwrap();
        }
        assert_eq!(tokens.iter().collect::<Vec<_>>(), list);
        assert_eq!(tokens.iter().rev().collect::<Vec<_>>().len(), 4);
        assert_eq!(tokens.get(1), Some(list[1]));
        assert_eq!(tokens.last(), Some(list[3]));
    }

    #[test]
    fn a_token_that_cannot_follow_is_refused_and_nothing_is_lost() {
        let mut tokens = Tokens::new();
        tokens
            .push(token(1 << 32, (1 << 32) + 1, TokenKind::Word))
            .unwrap();
        let back = tokens.push(token(5, 6, TokenKind::Word));
        assert!(back.is_err());
        let long = tokens.push(token(
            1 << 32,
            (1 << 32) + MAX_TOKEN_LEN + 1,
            TokenKind::Word,
        ));
        assert!(long.is_err());
        assert_eq!(tokens.len(), 1);
    }

    #[test]
    fn serializes_as_a_list_of_tokens() {
        let text = "Ja, tak.";
        let tokens = crate::analyze(text).tokens;
        let json = serde_json::to_string(&tokens).unwrap();
        let list: Vec<Token> = tokens.iter().collect();
        assert_eq!(json, serde_json::to_string(&list).unwrap());
        let back: Tokens = serde_json::from_str(&json).unwrap();
        assert_eq!(back, tokens);
    }

    #[test]
    fn writes_the_json_serde_writes() {
        let texts = [
            "",
            "Ja.",
            "Mette Lund (S) sagde i går: »Vi stemmer for,« og skrev til info@firma.dk om https://dr.dk 🙂.",
            &"Det koster 2.200 kr. pr. 1. maj 2025. ".repeat(800),
        ];
        for text in texts {
            let tokens = crate::analyze(text).tokens;
            let mut json = Vec::new();
            tokens.write_json(&mut json).unwrap();
            assert_eq!(
                String::from_utf8(json).unwrap(),
                serde_json::to_string(&tokens).unwrap()
            );
        }
        let mut far = Tokens::new();
        for (start, kind) in [(0, TokenKind::Url), (usize::MAX - 9, TokenKind::Email)] {
            far.push(token(start, start + 9, kind)).unwrap();
        }
        let mut json = Vec::new();
        far.write_json(&mut json).unwrap();
        assert_eq!(
            String::from_utf8(json).unwrap(),
            serde_json::to_string(&far).unwrap()
        );
    }

    fn any_kind() -> impl proptest::strategy::Strategy<Value = TokenKind> {
        proptest::sample::select(ALL_KINDS.to_vec())
    }

    proptest::proptest! {
        #[test]
        fn any_tokens_in_order_come_back_and_write_as_serde_does(
            mut list in proptest::collection::vec(
                (0usize..usize::MAX / 2, 0usize..1000, any_kind()),
                0..40,
            )
        ) {
            list.sort_by_key(|&(start, _, _)| start);
            let mut tokens = Tokens::new();
            let mut want = Vec::new();
            for (start, len, kind) in list {
                let t = token(start, start + len, kind);
                tokens.push(t).unwrap();
                want.push(t);
            }
            proptest::prop_assert_eq!(tokens.iter().collect::<Vec<_>>(), want);
            let mut json = Vec::new();
            tokens.write_json(&mut json).unwrap();
            proptest::prop_assert_eq!(
                String::from_utf8(json).unwrap(),
                serde_json::to_string(&tokens).unwrap()
            );
        }
    }

    /// A piece's own token list, built as the tokenizer would leave it.
    fn piece(tokens: &[Token]) -> Tokens {
        let mut list = Tokens::new();
        for &t in tokens {
            list.push(t).unwrap();
        }
        list
    }

    /// What `append_piece` must give: `before`, then each token of the
    /// piece pushed one by one, `offset` bytes on.
    fn pushed(before: &Tokens, piece: &[Token], offset: usize) -> Tokens {
        let mut list = before.clone();
        for t in piece {
            list.push(token(t.start + offset, t.end + offset, t.kind))
                .unwrap();
        }
        list
    }

    /// A piece of three tokens, at 0..2, 2..3 and 4..6.
    const PIECE: [Token; 3] = [
        token(0, 2, TokenKind::Word),
        token(2, 3, TokenKind::Punctuation),
        token(4, 6, TokenKind::Number),
    ];

    #[test]
    fn appending_a_piece_moves_its_tokens_by_the_offset() {
        let mut tokens = Tokens::new();
        tokens.append_piece(&piece(&PIECE[1..]), 100);
        let want = [
            token(102, 103, TokenKind::Punctuation),
            token(104, 106, TokenKind::Number),
        ];
        assert_eq!(tokens.iter().collect::<Vec<_>>(), want);
    }

    #[test]
    fn appending_a_piece_within_one_page_equals_pushing_each_token() {
        let before = piece(&[token(3, 5, TokenKind::Word)]);
        for offset in [10, (1 << 32) + 5, (3 << 32) + 7] {
            let mut tokens = before.clone();
            tokens.append_piece(&piece(&PIECE), offset);
            assert_eq!(tokens, pushed(&before, &PIECE, offset), "{offset}");
        }
    }

    #[test]
    fn appending_a_piece_across_a_4_gib_boundary_equals_pushing_each_token() {
        let offset = (1 << 32) - 3;
        let before = piece(&[token(3, 5, TokenKind::Word)]);
        let mut tokens = before.clone();
        tokens.append_piece(&piece(&PIECE), offset);
        assert_eq!(tokens, pushed(&before, &PIECE, offset));
        let starts: Vec<usize> = tokens.iter().map(|t| t.start).collect();
        assert_eq!(starts, [3, (1 << 32) - 3, (1 << 32) - 1, (1 << 32) + 1]);
    }

    #[test]
    fn a_piece_whose_tokens_all_start_past_the_boundary_lands_in_the_next_page() {
        let offset = (1 << 32) - 3;
        let mut tokens = piece(&[token(3, 5, TokenKind::Word)]);
        tokens.append_piece(&piece(&PIECE[2..]), offset);
        assert_eq!(
            tokens.get(1),
            Some(token((1 << 32) + 1, (1 << 32) + 3, TokenKind::Number))
        );
    }

    #[test]
    fn an_empty_piece_appends_nothing() {
        let before = piece(&[token(3, 5, TokenKind::Word)]);
        for (list, from) in [(Tokens::new(), 0), (piece(&PIECE[3..]), 3)] {
            let mut tokens = before.clone();
            tokens.append_piece(&list, 1 << 33);
            assert_eq!(tokens, before, "from {from}");
        }
    }

    proptest::proptest! {
        #[test]
        fn appending_any_piece_near_a_page_boundary_equals_pushing_each_token(
            mut list in proptest::collection::vec((0usize..100, 0usize..10, any_kind()), 0..12),
            page in 1usize..4,
            back in 0usize..120,
            from in 0usize..14,
        ) {
            list.sort_by_key(|&(start, _, _)| start);
            let own: Vec<Token> = list.iter().map(|&(s, len, kind)| token(s, s + len, kind)).collect();
            let offset = (page << 32) - back;
            let before = piece(&[token(0, 1, TokenKind::Word)]);
            let mut tokens = before.clone();
            let own = own.get(from..).unwrap_or(&[]);
            tokens.append_piece(&piece(own), offset);
            proptest::prop_assert_eq!(tokens, pushed(&before, own, offset));
        }
    }

    #[test]
    fn ranges_are_clamped() {
        let tokens = crate::analyze("Ja. Nej.").tokens;
        assert_eq!(tokens.range(3..99).count(), 1);
        assert_eq!(tokens.range(9..99).count(), 0);
        let (from, to) = (3, 1);
        assert_eq!(tokens.range(from..to).count(), 0);
    }
}
