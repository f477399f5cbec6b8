//! People: runs of capitalised words that the name lists, a title before
//! them, a party code after them, a speech verb beside them or their shape
//! make a name; then every later surname or first name alone linked back.

use super::beginnings::Beginnings;
use super::bytes::same;
use super::context::{Case, Context, Tok};
use super::gazetteer::{ShortWord, WordKey, push_ascii_lowered};
use super::parties::prefixed_party;
use super::roles;
use crate::lexicon::Tags;
use crate::model::{Gender, Span};

/// A person being assembled.
#[derive(Clone, Debug, Default)]
pub(crate) struct PersonBuild {
    /// The words of the fullest name, lower-cased, genitive removed, as
    /// their numbers among the text's [`NameWords`]: where they start in
    /// its list of people's words, and how many there are.
    pub(crate) parts: (u32, u32),
    /// The fullest name as written.
    pub(crate) name: String,
    /// Mentions as (first token, last token, span), in text order.
    pub(crate) mentions: Vec<(usize, usize, Span)>,
    /// Gender from the first name.
    pub(crate) gender: Option<Gender>,
}

/// Words of a name that never start one ("von Trier", "de Gaulle").
const PARTICLES: [&str; 14] = [
    "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn",
];

/// How many of the people who share a name word are tried for a mention.
pub(crate) const RECENT: usize = 16;

/// The [`PARTICLES`], each as the number [`short_word_key`] makes of it.
const PARTICLE_KEYS: [u32; 14] = {
    let mut keys = [0; 14];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = short_word_key(PARTICLES[i].as_bytes());
        i += 1;
    }
    keys
};

/// A word of at most four bytes as one number, its bytes in order with
/// zeros after them (no word holds a zero byte); 0 for a longer word.
const fn short_word_key(word: &[u8]) -> u32 {
    if word.len() > 4 {
        return 0;
    }
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i] as u32) << (8 * i);
        i += 1;
    }
    key
}

/// Whether `word` is one of the [`PARTICLES`], all of them two or three
/// small letters: most words are ruled out on their length, the rest
/// compared as numbers, with no string comparison (the run of a name
/// asks it of the word after the name, often a short one).
#[inline]
fn is_particle(word: &str) -> bool {
    // The key made of the word's two or three bytes as `short_word_key`
    // makes it, with no loop over them.
    let key = match *word.as_bytes() {
        [a, b] => u32::from(a) | u32::from(b) << 8,
        [a, b, c] => u32::from(a) | u32::from(b) << 8 | u32::from(c) << 16,
        _ => return false,
    };
    PARTICLE_KEYS.contains(&key)
}

/// Titles of address before a name.
const HONORIFICS: &[&str] = &["hr.", "fru", "frk.", "Hr.", "Fru", "Frk.", "dr.", "Dr."];

/// Every person in the text with every mention; claims their tokens.
#[inline(never)]
pub(crate) fn find(context: &Context, claimed: &mut [bool]) -> Vec<PersonBuild> {
    let (mut people, by_part, later) = find_runs(context, claimed);
    link_alone(context, claimed, &mut people, &by_part, &later);
    for person in &mut people {
        person.mentions.sort_by_key(|m| m.2.start);
    }
    people
}

/// The people that the runs of name words name, by the runs' own words
/// and what stands around them; with their name words, and the starts
/// where [`link_alone`] may find a run.
#[inline(always)]
fn find_runs(context: &Context, claimed: &mut [bool]) -> (Vec<PersonBuild>, NameWords, Vec<usize>) {
    // Room for a short text's people at once.
    let mut people: Vec<PersonBuild> = Vec::with_capacity(context.names_capacity());
    // About two words for each of the text's names, and a few more.
    let mut by_part = NameWords::with_capacity(context.names_capacity() * 4);
    let mut parts = Parts::default();
    let mut next = 0;
    // The starts where `link_alone` may find a run, listed on the way
    // (a start taken before, a word that cannot be a name's and most
    // sentence openers are not): its walk over them all cost more.
    let mut later = Vec::with_capacity(context.names_capacity() * 4);
    let mut starts = context.starts().peekable();
    while let Some(i) = starts.next() {
        if claimed[i] {
            continue;
        }
        // A word inside a run is a start of `link_alone`'s unless this
        // walk's name takes it.
        if i < next {
            later.push(i);
            continue;
        }
        let tok = &context.tok(i);
        if !(is_name_word(tok) || is_initial_letter(tok)) {
            continue;
        }
        if may_open_linked_run(tok) {
            later.push(i);
        }
        // Most runs are one word with no capital near it ("Det" opening a
        // sentence): told by the next start, with no walk.
        let end = if stands_alone(tok, i, starts.peek().copied()) {
            i
        } else {
            run_end(context, i, claimed)
        };
        next = end + 1;
        // Two runs in three are one word, and `accept` takes few of them:
        // most are an ordinary word opening a sentence ("Det", "Men"),
        // the rest mostly places and such, which their tags turn down.
        if end == i && !may_name_alone(tok) {
            continue;
        }
        if let Some((first, last)) = accept(context, i, end) {
            let last = with_apostrophe(context, last);
            add_mention(context, &mut people, &mut by_part, &mut parts, first, last);
            claim(claimed, first, last);
        }
    }
    (people, by_part, later)
}

/// Marks tokens `first..=last` as taken: a name's two or three tokens
/// one by one, which a call to fill them cost more than.
#[inline(always)]
fn claim(claimed: &mut [bool], first: usize, last: usize) {
    for slot in claimed.get_mut(first..=last).unwrap_or_default() {
        *slot = true;
    }
}

/// Whether the run of name words that starts at start `tok`, token `i`,
/// is that word alone, as [`run_end`] would find, told by the start after
/// it, `next_start`, with no walk: a run goes on only over a name word or
/// an initial (each a start), over an initial's full stop (after an
/// initial), or over a particle before a name word (a start two on).
#[inline(always)]
fn stands_alone(tok: &Tok, i: usize, next_start: Option<usize>) -> bool {
    next_start.is_none_or(|after| after > i + 2) && !is_initial_letter(tok)
}

/// Whether a run of the one word `tok` may be a name: [`accept`] turns
/// down, on the word's tags and marks alone, an ordinary word, an
/// initial, a word that opens a sentence and is no first name, a role
/// that is no first name, and a place, an organization's first word, a
/// month, a weekday or a word in capitals that is no listed name.
#[inline(always)]
fn may_name_alone(tok: &Tok) -> bool {
    let first_name = tok.tags.contains(Tags::FIRST_NAME);
    if tok.tags.contains(Tags::COMMON_WORD)
        || is_initial_letter(tok)
        || (!first_name && (tok.initial() || roles::is_role(tok)))
    {
        return false;
    }
    let not_alone = Tags::PLACE
        .union(Tags::ORG_START)
        .union(Tags::MONTH)
        .union(Tags::WEEKDAY);
    tok.tags.intersects(Tags::FIRST_NAME.union(Tags::SURNAME))
        || !(tok.tags.intersects(not_alone) || tok.case() == Case::Upper)
}

/// Whether the token can be a word of a name: a capitalised or all-caps
/// word without full stops, with a letter in it.
#[inline]
fn is_name_word(tok: &Tok) -> bool {
    tok.name_word()
}

/// [`is_name_word`] worked out from the word itself, once per token when
/// the token view is built.
#[inline]
pub(crate) fn name_word_shape(tok: &Tok) -> bool {
    if !tok.word() || !tok.is_capital() {
        return false;
    }
    // Most words hold neither mark that matters.
    if !super::bytes::has_stop_or_hyphen(tok.text.as_bytes()) {
        return true;
    }
    // One walk over the bytes finds both marks that matter.
    let mut hyphen = false;
    for &b in tok.text.as_bytes() {
        match b {
            b'.' => return false,
            b'-' => hyphen = true,
            _ => {}
        }
    }
    // "Poul-Erik" is a name word, "Ellington-saxofonisten" is not.
    !hyphen
        || super::bytes::after_last_hyphen(tok.text)
            .chars()
            .next()
            .is_none_or(char::is_uppercase)
}

/// An initial inside a name: "B." in "Frank B. Madsen", "H.L" in "H.L.
/// Hansen" (with or without its full stop, as tokenized).
#[inline]
fn is_initial_letter(tok: &Tok) -> bool {
    tok.initial_letter()
}

/// [`is_initial_letter`] worked out from the word itself, once per token
/// when the token view is built.
#[inline]
pub(crate) fn initial_letter_shape(tok: &Tok) -> bool {
    // An initial has no small letter: most capitalised words ("Hansen")
    // show one at once, before their first letter is decoded.
    if !tok.word()
        || tok.text.len() > 8
        || tok
            .text
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_lowercase)
        || !tok.text.starts_with(char::is_uppercase)
    {
        return false;
    }
    // Without a stop only a lone capital is an initial: most words that
    // get here ("Hansen") are answered without counting their letters.
    if !tok.text.as_bytes().contains(&b'.') {
        return tok.text.chars().nth(1).is_none();
    }
    let letters = tok.text.chars().filter(|c| *c != '.').count();
    (1..=3).contains(&letters) && tok.text.chars().all(|c| c == '.' || c.is_uppercase())
}

/// Whether the token is a full stop that closes the initial before it.
fn is_initial_stop(context: &Context, i: usize) -> bool {
    i > 0
        && context.tok(i).is(".")
        && is_initial_letter(&context.tok(i - 1))
        && context.tok(i).span().start == context.tok(i - 1).span().end
}

/// The last token of the run of name words that starts at `i`. Inlined
/// into its two callers, who ask it at every capitalised word that may
/// start a name.
#[inline(always)]
fn run_end(context: &Context, i: usize, claimed: &[bool]) -> usize {
    let Some(first) = context.get(i) else {
        return i;
    };
    // The end of the run's last token, kept at hand rather than looked
    // up again for every token.
    let mut last_end = first.span().end;
    let mut last = i;
    while last - i < 8 {
        let next = last + 1;
        let Some(tok) = context.get(next) else { break };
        if claimed[next] || tok.sentence_break() || tok.initial() {
            break;
        }
        let gap = tok.span().start.saturating_sub(last_end);
        if gap > 1 {
            break;
        }
        let continues = is_name_word(&tok)
            || is_initial_letter(&tok)
            || is_initial_stop(context, next)
            || (is_particle(tok.text)
                && context
                    .get(next + 1)
                    .is_some_and(|after| is_name_word(&after) && !after.sentence_break()));
        if !continues {
            break;
        }
        last = next;
        last_end = tok.span().end;
    }
    while last > i && !is_name_word(&context.tok(last)) {
        last -= 1;
    }
    last
}

/// Whether the word looks like part of a name: a listed name, or no
/// ordinary word, place, organization, month or role.
fn name_like(tok: &Tok) -> bool {
    tok.tags.intersects(Tags::FIRST_NAME.union(Tags::SURNAME))
        || !(tok.tags.intersects(
            Tags::COMMON_WORD
                .union(Tags::PLACE)
                .union(Tags::ORG_START)
                .union(Tags::MONTH)
                .union(Tags::WEEKDAY)
                .union(Tags::PARTY_START),
        ) || roles::is_role(tok)
            || tok.case() == Case::Upper)
}

/// Whether a word that opens a sentence starts a name: a first name that
/// is no ordinary word, or one followed by another name word.
fn starts_name(context: &Context, first: usize, last: usize) -> bool {
    let tok = &context.tok(first);
    let next_is_name = first < last
        && context.get(first + 1).is_some_and(|t| {
            t.tags.intersects(Tags::FIRST_NAME.union(Tags::SURNAME))
                || (name_like(&t) && !t.tags.contains(Tags::COMMON_WORD))
        });
    if tok.tags.contains(Tags::FIRST_NAME) {
        return !tok.tags.contains(Tags::COMMON_WORD) || next_is_name;
    }
    if !tok.tags.contains(Tags::SURNAME)
        && context
            .get(first + 1)
            .is_some_and(|t| t.tags.contains(Tags::FIRST_NAME))
    {
        return false;
    }
    !tok.tags.intersects(Tags::COMMON_WORD.union(Tags::PLACE))
        && !roles::is_role(tok)
        && next_is_name
}

/// The part of the run `first..=last` that is a person's name, if any.
fn accept(context: &Context, mut first: usize, mut last: usize) -> Option<(usize, usize)> {
    // "Arbejderbevægelsens Erhvervsråd Søren Kjær": an organization's name
    // ends before the person's.
    if let Some(head) = (first..last)
        .rev()
        .find(|&k| super::organizations::is_org_head(&context.tok(k)))
    {
        first = head + 1;
    }
    while first <= last {
        let tok = &context.tok(first);
        if is_initial_letter(tok) && !(tok.initial() && tok.tags.contains(Tags::COMMON_WORD)) {
            break;
        }
        let role = roles::is_role(tok) && !tok.tags.contains(Tags::FIRST_NAME);
        if role || (tok.initial() && !starts_name(context, first, last)) || is_particle(tok.text) {
            first += 1;
        } else {
            break;
        }
    }
    // The run's last token, put together once for the tests below.
    let mut tail = context.tok(last);
    while last > first && tail.tags.intersects(Tags::MONTH.union(Tags::WEEKDAY)) {
        last -= 1;
        tail = context.tok(last);
    }
    if first > last {
        return None;
    }
    let tail = &tail;
    let names = Tags::FIRST_NAME.union(Tags::SURNAME);
    let head = context.tok(first);
    if is_initial_letter(&head) {
        let named = is_name_word(tail)
            && !is_initial_letter(tail)
            && (tail.tags.contains(Tags::SURNAME) || name_like(tail));
        return named.then_some((first, last));
    }
    if super::organizations::is_org_head(tail) || is_after_postcode(context, first) {
        return None;
    }
    if context
        .toks(first, last)
        .any(|t| t.case() == Case::Upper && !t.tags.intersects(names))
    {
        return None;
    }
    if roles::is_role(tail) && !tail.tags.intersects(names) {
        return None;
    }
    // The cue is read last, only when the name words alone do not settle
    // the run, and then once: most names ("Mette Frederiksen") need none.
    let cue_found = std::cell::OnceCell::new();
    let cue = || *cue_found.get_or_init(|| has_cue(context, first, last));
    let first_name = head.tags.contains(Tags::FIRST_NAME);
    let common = head.tags.contains(Tags::COMMON_WORD);
    let accepted = if last > first {
        let rest_ok = context.toks(first + 1, last).all(|t| {
            t.tags.intersects(names)
                || name_like(&t)
                || is_initial_letter(&t)
                || is_particle(t.text)
        });
        let all_like = || {
            context
                .toks(first, last)
                .all(|t| name_like(&t) || is_initial_letter(&t) || is_particle(t.text))
        };
        let second_named = || context.tok(first + 1).tags.intersects(names);
        (first_name && rest_ok && (!common || second_named() || cue()))
            || (all_like()
                && (((tail.tags.contains(Tags::SURNAME) || has_foreign_ending(tail))
                    && !is_after_place_word(context, first))
                    || cue()))
            || (rest_ok && cue())
    } else {
        let short_capitals = head.case() == Case::Upper && head.text.chars().count() <= 3;
        let plain = !short_capitals
            && !head.tags.intersects(
                Tags::PLACE
                    .union(Tags::MONTH)
                    .union(Tags::WEEKDAY)
                    .union(Tags::ORG_START),
            );
        (first_name && !common && plain)
            || (head.tags.contains(Tags::SURNAME) && !common && plain && !head.initial())
            || (!common && (plain || head.tags.intersects(names)) && cue())
    };
    accepted.then_some((first, last))
}

/// Whether the text around the run gives it away as a person: a title or
/// honorific before it, a party code or speech verb after it, or a speech
/// verb before it ("siger Lichao").
fn has_cue(context: &Context, first: usize, last: usize) -> bool {
    let before = |k: usize| {
        first
            .checked_sub(k)
            .filter(|&j| context.same_sentence(j, first))
            .and_then(|j| context.get(j))
    };
    let after = |k: usize| {
        context
            .get(last + k)
            .filter(|_| context.same_sentence(last, last + k))
    };
    let role_before = before(1).is_some_and(|t| roles::is_role(&t) && t.case() == Case::Lower)
        || (before(1).is_some_and(|t| t.is(","))
            && before(2).is_some_and(|t| roles::is_role(&t) && t.case() == Case::Lower));
    let honorific = before(1).is_some_and(|t| t.text.len() <= 4 && HONORIFICS.contains(&t.text));
    let prefixed = before(1)
        .is_some_and(|t| prefixed_party(t.text).is_some() || member_party(t.text).is_some());
    let speech = before(1).is_some_and(|t| t.tags.contains(Tags::SPEECH_VERB))
        || after(1).is_some_and(|t| t.tags.contains(Tags::SPEECH_VERB) && t.case() == Case::Lower);
    let party = after(1).is_some_and(|t| t.is("("))
        && after(2).is_some_and(|t| super::gazetteer::GAZETTEER.party_codes.contains_key(t.text))
        && after(3).is_some_and(|t| t.is(")"));
    role_before || honorific || prefixed || speech || party
}

/// Whether a preposition of place stands before token `first` ("i
/// Pavillon Lunden"), which makes a name without a first name a place.
fn is_after_place_word(context: &Context, first: usize) -> bool {
    first > 0
        && matches!(
            context.tok(first - 1).text,
            "i" | "på" | "ved" | "til" | "fra" | "mod"
        )
}

/// Whether a four-digit postcode stands right before token `first`, as
/// before a town in an address ("3790 Hasle").
fn is_after_postcode(context: &Context, first: usize) -> bool {
    first > 0 && {
        let before = &context.tok(first - 1);
        before.text.len() == 4 && before.text.bytes().all(|b| b.is_ascii_digit())
    }
}

/// Endings of foreign surnames that make two capitalised words a name by
/// their shape alone ("Slobodan Milosevic", "Boris Akubzhanov").
const FOREIGN_ENDINGS: &[&str] = &[
    "ic", "ić", "vich", "ov", "ova", "eva", "ina", "sky", "ski", "ska", "escu", "opoulos", "idis",
    "ian", "yan", "enko", "chuk", "zadeh", "oglu", "oğlu",
];

/// Whether a word ends like a foreign surname.
fn has_foreign_ending(tok: &Tok) -> bool {
    tok.case() == Case::Capitalised
        && tok.text.chars().count() >= 5
        && FOREIGN_ENDINGS.iter().any(|e| tok.base().ends_with(e))
}

/// Words for a party's member before a name ("socialdemokraten X") and
/// the party's code.
const MEMBER_NOUNS: &[(&str, &str)] = &[
    ("socialdemokrat", "S"),
    ("venstremand", "V"),
    ("venstrekvinde", "V"),
    ("venstrepolitiker", "V"),
    ("konservative", "K"),
    ("radikale", "RV"),
    ("sf'er", "SF"),
    ("df'er", "DF"),
    ("enhedslistepolitiker", "EL"),
    ("alternativist", "ALT"),
];

/// Whether `word` may start with one of the [`MEMBER_NOUNS`], lowered,
/// by its first two bytes: every member noun is ASCII, so a word whose
/// first two bytes are ASCII starts with one only if they are, lowered,
/// a member noun's first two ("siger", "direktør" are turned down). A
/// byte that is not ASCII may be part of a letter that folds to ASCII,
/// so such a word may start with one.
#[inline]
fn may_start_member_noun(word: &[u8]) -> bool {
    let (Some(&first), Some(&second)) = (word.first(), word.get(1)) else {
        return true;
    };
    if !first.is_ascii() {
        return true;
    }
    let first = first.to_ascii_lowercase();
    MEMBER_NOUNS.iter().any(|(stem, _)| {
        let stem = stem.as_bytes();
        stem.first() == Some(&first)
            && (!second.is_ascii() || stem.get(1) == Some(&second.to_ascii_lowercase()))
    })
}

/// The party code a member noun names ("socialdemokraten" → "S").
pub(crate) fn member_party(word: &str) -> Option<&'static str> {
    // Every member noun is ASCII and five bytes or more: a shorter word, or
    // one that starts otherwise, needs no lower-casing.
    if word.len() < 5 || !may_start_member_noun(word.as_bytes()) {
        return None;
    }
    let mut buf = [0u8; 144];
    let owned;
    let lower = match crate::lexicon::lowercase_bytes_into(word, &mut buf) {
        Some(lower) => lower,
        None => {
            owned = word.to_lowercase();
            owned.as_bytes()
        }
    };
    MEMBER_NOUNS
        .iter()
        .find(|(stem, _)| lower.starts_with(stem.as_bytes()))
        .map(|&(_, code)| code)
}

/// The lower-cased words of a mention as keys, in buffers kept from one
/// mention to the next, and their numbers: most mentions repeat a known
/// name, and their words are only compared, so they need no strings of
/// their own.
#[derive(Default)]
struct Parts {
    /// The current mention's words as their keys.
    keys: Vec<PartKey>,
    /// The current mention's words as their numbers among the known name
    /// words, [`UNKNOWN_WORD`] for a word no known name has.
    ids: Vec<u32>,
    /// The words longer than a [`ShortWord`], lowered, back to back.
    long_words: String,
}

/// A word of a mention as [`Parts`] keeps it.
#[derive(Clone, Copy)]
enum PartKey {
    /// A word of at most [`ShortWord::MAX`] bytes.
    Short(ShortWord),
    /// A longer word, as where it lies in [`Parts::long_words`].
    Long(u32, u32),
}

impl Parts {
    /// Reads the lower-cased words of tokens `first..=last`, genitive
    /// removed, and their numbers among `known`.
    fn read(&mut self, context: &Context, first: usize, last: usize, known: &NameWords) {
        self.keys.clear();
        self.ids.clear();
        self.long_words.clear();
        for tok in context.toks(first, last) {
            if !tok.word() || is_initial_letter(&tok) {
                continue;
            }
            let key = self.key_of(tok.base());
            self.ids
                .push(known.id_of(self.word_key(key)).unwrap_or(UNKNOWN_WORD));
            self.keys.push(key);
        }
    }

    /// The key of `word` lowered: most name words are short and have no
    /// capital beyond ASCII, and are lowered as numbers (see
    /// [`ShortWord::lowered`]); any other is lowered into `long_words`.
    fn key_of(&mut self, word: &str) -> PartKey {
        if let Some(short) = ShortWord::lowered(word) {
            return PartKey::Short(short);
        }
        let start = self.long_words.len();
        push_lowercase(word, &mut self.long_words);
        let lower = self.long_words.as_bytes().get(start..).unwrap_or_default();
        // A word may lower to a short one ("ÅSE" to "åse").
        if let Some(short) = ShortWord::pack(lower) {
            self.long_words.truncate(start);
            return PartKey::Short(short);
        }
        // A text and so a word is shorter than 4 GiB (see `pieces`).
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        PartKey::Long(offset(start), offset(self.long_words.len()))
    }

    /// `key` as the table of name words takes it.
    fn word_key(&self, key: PartKey) -> WordKey<'_> {
        match key {
            PartKey::Short(short) => WordKey::Short(short),
            PartKey::Long(start, end) => WordKey::Long(
                self.long_words
                    .as_bytes()
                    .get(start as usize..end as usize)
                    .unwrap_or_default(),
            ),
        }
    }

    /// The key of the mention's word `at`.
    fn key(&self, at: usize) -> WordKey<'_> {
        match self.keys.get(at) {
            Some(&key) => self.word_key(key),
            None => WordKey::Long(b""),
        }
    }

    /// How many words the mention has.
    fn len(&self) -> usize {
        self.keys.len()
    }
}

/// Appends `word` lower-cased, as `str::to_lowercase` lowers it, to `out`
/// without a string of its own. The lexicon's lowering differs from it
/// only on a final capital sigma, whose lead byte 0xCE sends the word to
/// `to_lowercase`.
pub(crate) fn push_lowercase(word: &str, out: &mut String) {
    // Most name words are ASCII, or have no capital beyond ASCII
    // ("Jørgensen"): lowered in place, with no buffer to copy through and
    // no UTF-8 check on the way back.
    if word.is_ascii() || crate::lexicon::lowers_as_ascii(word) {
        push_ascii_lowered(word, out);
        return;
    }
    let mut buf = [0u8; 144];
    let lowered = if word.as_bytes().contains(&0xCE) {
        None
    } else {
        crate::lexicon::lowercase_into(word, &mut buf)
    };
    match lowered {
        Some(lower) => out.push_str(lower),
        None => out.push_str(&word.to_lowercase()),
    }
}

/// Adds the run `first..=last` to the person it names, or as a new one.
fn add_mention(
    context: &Context,
    people: &mut Vec<PersonBuild>,
    by_part: &mut NameWords,
    parts: &mut Parts,
    first: usize,
    last: usize,
) {
    let last_tok = context.tok(last);
    let span = Span::new(context.tok(first).span().start, last_tok.span().end);
    let (last, last_tok) = if last_tok.word() {
        (last, last_tok)
    } else {
        let before = last.saturating_sub(1).max(first);
        (before, context.tok(before))
    };
    parts.read(context, first, last, by_part);
    let (index, named) = match same_person(people, by_part, &parts.ids) {
        Some(known) => known,
        None => {
            // Most people are named more than once: their mentions start
            // with room for a few (see `first_mention`).
            people.push(PersonBuild {
                mentions: Vec::with_capacity(4),
                ..PersonBuild::default()
            });
            (people.len() - 1, [false; 2])
        }
    };
    let person = &mut people[index];
    person.mentions.push((
        first,
        last + usize::from(span.end > last_tok.span().end),
        span,
    ));
    if parts.len() > person.parts.1 as usize {
        let name_end = last_tok.span().start + last_tok.base().len();
        person.name = context
            .text
            .get(span.start..name_end)
            .unwrap_or("")
            .to_string();
        person.parts = by_part.add_name(parts);
        let head = &context.tok(first);
        if head.tags.contains(Tags::FEMALE) {
            person.gender = Some(Gender::Female);
        } else if head.tags.contains(Tags::MALE) {
            person.gender = Some(Gender::Male);
        }
    }
    // A name of one word is named under it once: a second look would find
    // the person among the last named.
    let last_part = parts.len().checked_sub(1).filter(|&at| at > 0);
    let first_part = (parts.len() > 0).then_some(0);
    for (at, named) in [first_part, last_part].into_iter().zip(named) {
        // A person named last under the word (most mentions of a known
        // name) needs no second look.
        let Some(at) = at.filter(|_| !named) else {
            continue;
        };
        // A word of the mention that was no known name word has become
        // one if the mention is the person's fullest name.
        let id = match parts.ids.get(at) {
            Some(&id) if id != UNKNOWN_WORD => id,
            _ => by_part.intern(parts.key(at)),
        };
        by_part.name_under(id, index);
    }
}

/// The known person whose name the words `ids` match: the same surname
/// with a compatible first name, or one word of a known name; with
/// whether they are among the people named last under the first and
/// under the last word.
fn same_person(
    people: &[PersonBuild],
    by_part: &NameWords,
    ids: &[u32],
) -> Option<(usize, [bool; 2])> {
    let &last = ids.last()?;
    let &first = ids.first()?;
    // Only the people named last under a word: a text with thousands of
    // Jensens must not cost thousands of checks per mention.
    let by_last = by_part.named(last);
    // A name of one word is its own first word: one list.
    let by_first = match ids.len() {
        1 => by_last,
        _ => by_part.named(first),
    };
    let others = by_first.filter(|_| ids.len() > 1);
    let candidates = by_last
        .into_iter()
        .flat_map(|list| list.recent().iter().rev())
        .chain(
            others
                .into_iter()
                .flat_map(|list| list.recent().iter().rev()),
        );
    let mut best = None;
    for &index in candidates {
        let known = by_part.name_of(&people[index]);
        if ids_fit(ids, known)
            && best.is_none_or(|b: usize| people[b].parts.1 < people[index].parts.1)
        {
            best = Some(index);
        }
    }
    let best = best?;
    let named = |list: Option<&Named>| list.is_some_and(|list| list.recent().contains(&best));
    Some((best, [named(by_first), named(by_last)]))
}

/// Whether the name words `words` can name the person known by the name
/// words `known`, one of whose names shares `words`' first or last word:
/// always when either is one word; else with the same surname and the
/// same first name, or the words of one among the other's in order
/// ("Hjort Frederiksen", "Claus Hjort Frederiksen").
pub(crate) fn names_fit<A: AsRef<str>, B: AsRef<str>>(words: &[A], known: &[B]) -> bool {
    fit_by(words, known, |a: &A, b: &B| same(a.as_ref(), b.as_ref()))
}

/// [`names_fit`] for name words as their numbers among the text's
/// [`NameWords`], where two words are the same exactly when their numbers
/// are: a number compared costs less than a word.
fn ids_fit(words: &[u32], known: &[u32]) -> bool {
    fit_by(words, known, |a: &u32, b: &u32| a == b)
}

/// The rule of [`names_fit`], for words that `same` tells the same.
#[inline(always)]
fn fit_by<A, B>(words: &[A], known: &[B], same: impl Fn(&A, &B) -> bool) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    if words.len() == 1 || known.len() == 1 {
        return true;
    }
    known.last().is_some_and(|k| same(last, k))
        && (known.first().is_some_and(|k| same(first, k))
            || is_subsequence_by(words, known, &same)
            || is_subsequence_by(known, words, |k: &B, w: &A| same(w, k)))
}

/// Whether every word of `short` occurs in `long`, in order, as `same`
/// tells words the same.
fn is_subsequence_by<S, L>(short: &[S], long: &[L], same: impl Fn(&S, &L) -> bool) -> bool {
    let mut rest = long.iter();
    short.iter().all(|word| rest.any(|w| same(word, w)))
}

/// The number of a word of a mention that is no known name word: no
/// known name has it, so it equals no word of one.
const UNKNOWN_WORD: u32 = u32::MAX;

/// The lower-cased name words of a text's people, each kept once and
/// known by a number, with the people named under each: a mention's
/// words are looked up once each and then compared with the known names
/// as numbers, with no string compared and no second lookup. The words
/// are kept back to back in one string and found through a table of
/// their numbers, so that a new word costs no allocation of its own (a
/// map of strings cost one per word, most of what a short text's people
/// cost). A short word is found by its [`ShortWord`], compared as three
/// numbers.
struct NameWords {
    /// The words, back to back, as UTF-8: each is a lowered `str`, or a
    /// `str` with ASCII capitals lowered.
    text: Vec<u8>,
    /// The words by number, in one list: a list per fact cost an
    /// allocation each for every short text.
    words: Vec<NameWord>,
    /// The people's names as their words' numbers, back to back: a
    /// vector per person cost an allocation for every new name.
    names: Vec<u32>,
    /// Open addressing by hash, a power of two long and at most half
    /// full: each slot 0 when free, else a word's number plus one.
    slots: Vec<u32>,
}

/// What [`NameWords`] keeps of a word.
struct NameWord {
    /// Its [`ShortWord`], or [`ShortWord::NONE`] for a longer word.
    short: ShortWord,
    /// Where it ends in the text of the words; it starts where the one
    /// before it ends.
    end: u32,
    /// The people named under it as a first or last word of a mention,
    /// if any.
    named: Option<Named>,
}

impl NameWords {
    /// Room for about `capacity` words.
    fn with_capacity(capacity: usize) -> NameWords {
        NameWords {
            text: Vec::with_capacity(capacity * 8),
            words: Vec::with_capacity(capacity),
            names: Vec::with_capacity(capacity),
            slots: vec![0; (capacity * 2).next_power_of_two().max(64)],
        }
    }

    /// Word `id`'s bytes.
    fn word(&self, id: u32) -> &[u8] {
        let id = id as usize;
        let start = match id.checked_sub(1) {
            Some(before) => self.words.get(before).map_or(0, |word| word.end),
            None => 0,
        };
        let end = self.words.get(id).map_or(start, |word| word.end);
        self.text
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// The key of word `id`.
    fn key(&self, id: u32) -> WordKey<'_> {
        match self.words.get(id as usize) {
            Some(word) if word.short != ShortWord::NONE => WordKey::Short(word.short),
            _ => WordKey::Long(self.word(id)),
        }
    }

    /// The slot where a long word starts its search: from the hash's
    /// upper half, which every byte of a short word moves (its lowest
    /// bits depend on the first bytes alone).
    fn home(&self, word: &[u8]) -> usize {
        let mut hasher = crate::lexicon::FxHasher::default();
        std::hash::Hasher::write(&mut hasher, word);
        (std::hash::Hasher::finish(&hasher) >> 32) as usize & (self.slots.len() - 1)
    }

    /// The number of the word with `key` if it is a known name word, else
    /// the free slot where it would go.
    #[inline]
    fn find(&self, key: WordKey) -> Result<u32, usize> {
        match key {
            WordKey::Short(short) => {
                let home = short.home(self.slots.len() - 1);
                self.probe(home, |id| {
                    self.words
                        .get(id as usize)
                        .is_some_and(|word| word.short == short)
                })
            }
            WordKey::Long(word) => self.probe(self.home(word), |id| self.word(id) == word),
        }
    }

    /// The number of the word in the slots from `home` on that `is`
    /// tells the one sought, else the first free slot.
    #[inline(always)]
    fn probe(&self, home: usize, is: impl Fn(u32) -> bool) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut at = home;
        // The table is at most half full: the walk meets a free slot.
        for _ in 0..self.slots.len() {
            match self.slots.get(at) {
                Some(&0) | None => return Err(at),
                Some(&slot) if is(slot - 1) => return Ok(slot - 1),
                Some(_) => at = (at + 1) & mask,
            }
        }
        Err(at)
    }

    /// The number of the word with `key`, if it is a known name word.
    #[inline]
    fn id_of(&self, key: WordKey) -> Option<u32> {
        self.find(key).ok()
    }

    /// The number of the lower-cased `word`, if it is a known name word.
    /// Read as bytes: a word lowered as bytes is looked up with no UTF-8
    /// check.
    fn id<W: AsRef<[u8]> + ?Sized>(&self, word: &W) -> Option<u32> {
        self.id_of(WordKey::of_lowered(word.as_ref()))
    }

    /// The number of the word with `key`, made a known name word if it
    /// is none.
    fn intern(&mut self, key: WordKey) -> u32 {
        let free = match self.find(key) {
            Ok(id) => return id,
            Err(free) => free,
        };
        // Fewer words than tokens, and a view holds fewer than 2^32; the
        // text of the words is shorter than the text.
        let id = u32::try_from(self.words.len()).unwrap_or(UNKNOWN_WORD - 1);
        let short = match key {
            WordKey::Short(short) => {
                // All of the buffer, then cut: a copy of a length known
                // here costs no call.
                let (bytes, len) = short.bytes();
                let end = self.text.len() + len;
                self.text.extend_from_slice(&bytes);
                self.text.truncate(end);
                short
            }
            WordKey::Long(word) => {
                self.text.extend_from_slice(word);
                ShortWord::NONE
            }
        };
        self.words.push(NameWord {
            short,
            end: u32::try_from(self.text.len()).unwrap_or(u32::MAX),
            named: None,
        });
        if let Some(slot) = self.slots.get_mut(free) {
            *slot = id + 1;
        }
        if self.words.len() * 2 > self.slots.len() {
            self.grow();
        }
        id
    }

    /// Doubles the table and puts every word back.
    fn grow(&mut self) {
        let slots = vec![0; self.slots.len() * 2];
        self.slots = slots;
        for id in 0..u32::try_from(self.words.len()).unwrap_or(0) {
            if let Err(free) = self.find(self.key(id)) {
                if let Some(slot) = self.slots.get_mut(free) {
                    *slot = id + 1;
                }
            }
        }
    }

    /// Adds a person's fullest name, the words of `parts`, made known
    /// name words; returns where it starts among the names and how many
    /// words it has.
    /// A new word's number is written back into `parts`, where the
    /// mention's first and last words are then named with no second
    /// lookup (a new name's words are most of a short text's lookups).
    fn add_name(&mut self, parts: &mut Parts) -> (u32, u32) {
        // Fewer words than tokens, and a view holds fewer than 2^32.
        let start = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        for at in 0..parts.len() {
            // A word known when the mention was read keeps its number.
            let id = match parts.ids.get(at) {
                Some(&id) if id != UNKNOWN_WORD => id,
                _ => {
                    let id = self.intern(parts.key(at));
                    if let Some(known) = parts.ids.get_mut(at) {
                        *known = id;
                    }
                    id
                }
            };
            self.names.push(id);
        }
        (start, u32::try_from(parts.len()).unwrap_or(0))
    }

    /// The words of `person`'s fullest name, as their numbers.
    fn name_of(&self, person: &PersonBuild) -> &[u32] {
        let (start, len) = person.parts;
        let start = start as usize;
        self.names.get(start..start + len as usize).unwrap_or(&[])
    }

    /// The people named under word `id`, if any.
    fn named(&self, id: u32) -> Option<&Named> {
        self.words.get(id as usize)?.named.as_ref()
    }

    /// Names person `index` under word `id`, unless they are among the
    /// people named last under it.
    fn name_under(&mut self, id: u32, index: usize) {
        let Some(NameWord { named: slot, .. }) = self.words.get_mut(id as usize) else {
            return;
        };
        match slot {
            Some(entry) if entry.recent().contains(&index) => {}
            Some(entry) => entry.push(index),
            None => *slot = Some(Named::One(index)),
        }
    }

    /// The words people are named under. Each is UTF-8 (see `text`),
    /// read as a `str` at no cost but the check.
    fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        (0..u32::try_from(self.words.len()).unwrap_or(0))
            .filter(|&id| self.named(id).is_some())
            .map(|id| std::str::from_utf8(self.word(id)).unwrap_or(""))
    }
}

/// The people named under one name word, in order. Most words name one
/// person, and keep them without a vector: a vector per word cost an
/// allocation for every new name word of a text.
enum Named {
    /// The one person named under the word.
    One(usize),
    /// Two people or more.
    Many(Vec<usize>),
}

impl Named {
    /// All the people named under the word, oldest first.
    fn all(&self) -> &[usize] {
        match self {
            Named::One(index) => std::slice::from_ref(index),
            Named::Many(list) => list,
        }
    }

    /// The [`RECENT`] people named last under the word, oldest first.
    fn recent(&self) -> &[usize] {
        let all = self.all();
        all.get(all.len().saturating_sub(RECENT)..).unwrap_or(all)
    }

    /// Names one more person under the word.
    fn push(&mut self, index: usize) {
        match self {
            Named::One(one) => *self = Named::Many(vec![*one, index]),
            Named::Many(list) => list.push(index),
        }
    }
}

/// Whether [`link_alone`] takes a run at start `tok`: a name word that
/// is not an ordinary word opening a sentence.
#[inline(always)]
fn may_open_linked_run(tok: &Tok) -> bool {
    is_name_word(tok) && !(tok.initial() && tok.tags.contains(Tags::COMMON_WORD))
}

/// Adds a mention for every untaken run of capitalised words that are all
/// words of one known person's name ("Lichao" after "Jiang Lichao",
/// "BRAMSEN", a sentence-initial "Bramsen", "Hjort Frederiksen"), at the
/// `starts` of the text that may open one (a superset of those that are
/// not taken, name words and no ordinary word opening a sentence).
fn link_alone(
    context: &Context,
    claimed: &mut [bool],
    people: &mut [PersonBuild],
    by_part: &NameWords,
    starts: &[usize],
) {
    let mut buf = [0u8; 144];
    let mut next = 0;
    let beginnings = Beginnings::of(by_part.keys());
    for &i in starts {
        if i < next || claimed[i] {
            continue;
        }
        let tok = &context.tok(i);
        if !may_open_linked_run(tok) {
            continue;
        }
        let end = run_end(context, i, claimed);
        next = end + 1;
        // The run's first word is a name word: unless it begins like a
        // known name word, the run names no one known.
        if !beginnings.may_hold(tok.text) {
            continue;
        }
        let last = with_apostrophe(context, end);
        if let Some(index) = person_of_run(context, people, by_part, i, end, &mut buf) {
            let span = Span::new(tok.span().start, context.tok(last).span().end);
            people[index].mentions.push((i, last, span));
            claim(claimed, i, last);
        }
    }
}

/// The one person every name word of the run `first..=last` belongs to.
fn person_of_run(
    context: &Context,
    people: &[PersonBuild],
    by_part: &NameWords,
    first: usize,
    last: usize,
    buf: &mut [u8],
) -> Option<usize> {
    let mut person = None;
    for tok in context.toks(first, last) {
        if !is_name_word(&tok) {
            continue;
        }
        let lower = crate::lexicon::lowercase_bytes_into(tok.text, buf)?;
        let stem = super::context::genitive_stem_bytes(lower);
        let lower_id = by_part.id(lower);
        let stem_id = || stem.and_then(|s| by_part.id(s));
        let list = lower_id
            .and_then(|id| by_part.named(id))
            .or_else(|| stem_id().and_then(|id| by_part.named(id)));
        let index = match list {
            Some(list) => *list
                .all()
                .iter()
                .rev()
                .take(RECENT)
                .max_by_key(|&&p| people[p].parts.1)?,
            None => {
                let index = person?;
                let known: &PersonBuild = &people[index];
                let stem_id = stem_id();
                let fits = by_part
                    .name_of(known)
                    .iter()
                    .any(|&p| Some(p) == lower_id || Some(p) == stem_id);
                if !fits {
                    return None;
                }
                index
            }
        };
        if person.is_some_and(|p| p != index) {
            return None;
        }
        person = Some(index);
    }
    person
}

/// `last`, or the apostrophe right after it that makes it a genitive
/// ("Lars'") when the tokenizer split it off. Inlined: asked at every
/// name found, it mostly reads one token.
#[inline(always)]
fn with_apostrophe(context: &Context, last: usize) -> usize {
    let tok = &context.tok(last);
    match context.get(last + 1) {
        Some(next)
            if (next.is("'") || next.is("’"))
                && next.span().start == tok.span().end
                && tok.text.ends_with(['s', 'S', 'x', 'z'])
                && context
                    .get(last + 2)
                    .is_none_or(|after| after.span().start > next.span().end) =>
        {
            last + 1
        }
        _ => last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::model::Sentence;

    proptest::proptest! {
        #[test]
        fn member_nouns_are_found_as_without_the_first_test(
            stem in 0..=MEMBER_NOUNS.len(),
            cut in 0usize..20,
            capitals in proptest::num::u32::ANY,
            rest in "[a-zA-Zæø'\u{212A}-]{0,8}",
        ) {
            // A member noun or a part of one, some of its letters
            // capitals, then anything; or anything.
            let start = MEMBER_NOUNS.get(stem).map_or("", |(noun, _)| noun);
            let start = start.get(..cut.min(start.len())).unwrap_or(start);
            let mut word: String = start
                .chars()
                .enumerate()
                .map(|(k, c)| if capitals >> (k % 32) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            word.push_str(&rest);
            let lower = word.to_lowercase();
            let slow = MEMBER_NOUNS
                .iter()
                .find(|(stem, _)| lower.starts_with(stem))
                .map(|&(_, code)| code)
                .filter(|_| word.len() >= 5);
            proptest::prop_assert_eq!(member_party(&word), slow);
        }
    }

    #[test]
    fn particles_are_found_by_their_keys() {
        let others = [
            "", "d", "og", "Von", "vo", "vonn", "dé", "ø", "bi", "ibnx", "deres",
        ];
        for word in PARTICLES.iter().chain(&others) {
            assert_eq!(is_particle(word), PARTICLES.contains(word), "{word}");
        }
    }

    /// The people of `text` read as one sentence, whatever the segmenter
    /// makes of its full stops.
    fn people_of_one_sentence(text: &str) -> Vec<Vec<String>> {
        let mut segmentation = crate::segment::segment(text);
        segmentation.sentences = vec![Sentence {
            start: 0,
            end: text.len(),
            paragraph: 0,
        }];
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        let mut claimed = vec![false; context.len()];
        find(&context, &mut claimed)
            .iter()
            .map(|p| {
                p.mentions
                    .iter()
                    .map(|m| m.2.text(text).to_string())
                    .collect()
            })
            .collect()
    }

    /// Words for texts that try the runs: name words, first names that
    /// are ordinary words too, initials with and without their stops,
    /// particles, roles, places, months, weekdays, words in capitals and
    /// small words.
    const RUN_WORDS: [&str; 34] = [
        "Det",
        "Men",
        "de",
        "von",
        "Gaulle",
        "Hansen",
        "H.",
        "H",
        ".",
        "B.",
        "Anders",
        "Fogh",
        "siger",
        "i",
        "og",
        "København",
        "Danske",
        "Bank",
        "EU",
        "Per",
        "Bo",
        "Mark",
        "Maj",
        "Minister",
        "Storm",
        "\n",
        "Aalborg",
        "Mandag",
        "NATO",
        "Ib",
        "Lichao",
        "Direktør",
        "Jensen",
        "direktør",
    ];

    /// The text of `words`, numbers into [`RUN_WORDS`], with spaces
    /// between them and line breaks where a word says so.
    fn text_of_run_words(words: &[usize]) -> String {
        let mut text = String::new();
        for &n in words {
            match RUN_WORDS[n % RUN_WORDS.len()] {
                "\n" => text.push('\n'),
                word => {
                    text.push_str(word);
                    text.push(' ');
                }
            }
        }
        text
    }

    proptest::proptest! {
        #[test]
        fn a_run_told_alone_by_the_next_start_is_one_word(
            words in proptest::collection::vec(0usize..RUN_WORDS.len(), 0..24),
            claims in proptest::num::u32::ANY,
        ) {
            let text = text_of_run_words(&words);
            let segmentation = crate::segment::segment(&text);
            let document = Document::new(&text, &segmentation);
            let context = Context::new(&document);
            // Tokens taken by earlier rules shorten a run, never lengthen it.
            let claimed: Vec<bool> = (0..context.len()).map(|k| claims >> (k % 32) & 1 == 1).collect();
            let starts: Vec<usize> = context.starts().collect();
            for (k, &i) in starts.iter().enumerate() {
                let tok = context.tok(i);
                if !(is_name_word(&tok) || is_initial_letter(&tok)) {
                    continue;
                }
                if stands_alone(&tok, i, starts.get(k + 1).copied()) {
                    proptest::prop_assert_eq!(run_end(&context, i, &claimed), i, "{:?} at {}", text, i);
                }
            }
        }

        #[test]
        fn a_word_turned_down_alone_is_no_name(
            words in proptest::collection::vec(0usize..RUN_WORDS.len(), 0..24),
        ) {
            let text = text_of_run_words(&words);
            let segmentation = crate::segment::segment(&text);
            let document = Document::new(&text, &segmentation);
            let context = Context::new(&document);
            for i in context.starts() {
                if !may_name_alone(&context.tok(i)) {
                    proptest::prop_assert_eq!(accept(&context, i, i), None, "{:?} at {}", text, i);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn runs_are_linked_at_the_listed_starts_as_at_every_start(
            words in proptest::collection::vec(0usize..RUN_WORDS.len(), 0..40),
            claims in proptest::num::u32::ANY,
        ) {
            let text = text_of_run_words(&words);
            let segmentation = crate::segment::segment(&text);
            let document = Document::new(&text, &segmentation);
            let context = Context::new(&document);
            // Tokens taken by earlier rules, now and then.
            let taken: Vec<bool> = (0..context.len())
                .map(|k| claims >> (k % 32) & 7 == 7)
                .collect();
            let every: Vec<usize> = context.starts().collect();
            let linked = |all: bool| {
                let mut claimed = taken.clone();
                let (mut people, by_part, later) = find_runs(&context, &mut claimed);
                let starts = if all { &every } else { &later };
                link_alone(&context, &mut claimed, &mut people, &by_part, starts);
                let mentions: Vec<_> = people.iter().map(|p| p.mentions.clone()).collect();
                (mentions, claimed)
            };
            proptest::prop_assert_eq!(linked(false), linked(true), "{:?}", text);
        }
    }

    #[test]
    fn initials_belong_to_the_name() {
        assert_eq!(
            people_of_one_sentence("Bogen er skrevet af Frank B. Madsen i år"),
            [["Frank B. Madsen"]]
        );
        assert_eq!(
            people_of_one_sentence("Eventyrene af H. C. Andersen læses stadig"),
            [["H. C. Andersen"]]
        );
    }

    proptest::proptest! {
        #[test]
        fn lowering_into_a_string_agrees_with_to_lowercase(word in "\\PC{0,12}") {
            let mut out = String::from("x");
            push_lowercase(&word, &mut out);
            proptest::prop_assert_eq!(out, format!("x{}", word.to_lowercase()));
        }

        #[test]
        fn lowering_latin1_words_agrees_with_to_lowercase(
            word in "[a-zA-Z'’\u{c0}-\u{ff}-]{0,12}",
        ) {
            let mut out = String::from("x");
            push_lowercase(&word, &mut out);
            proptest::prop_assert_eq!(out, format!("x{}", word.to_lowercase()));
        }
    }

    #[test]
    fn lowering_keeps_the_final_sigma() {
        let mut out = String::new();
        push_lowercase("ΟΔΥΣΣΕΥΣ", &mut out);
        assert_eq!(out, "ΟΔΥΣΣΕΥΣ".to_lowercase());
    }

    proptest::proptest! {
        #[test]
        fn numbered_words_fit_as_the_words_do(
            words in proptest::collection::vec("[abc]", 0..4),
            known in proptest::collection::vec("[abc]", 1..4),
        ) {
            let mut numbers = NameWords::with_capacity(0);
            let known_ids: Vec<u32> = known.iter().map(|w| numbers.intern_word(w)).collect();
            // A word no known name has gets no number of its own.
            let ids: Vec<u32> = words
                .iter()
                .map(|w| numbers.id(w).unwrap_or(UNKNOWN_WORD))
                .collect();
            proptest::prop_assert_eq!(ids_fit(&ids, &known_ids), names_fit(&words, &known));
        }
    }

    #[test]
    fn name_words_keep_their_numbers_as_the_table_grows() {
        let mut numbers = NameWords::with_capacity(0);
        // Short words and long ones, as their keys take them.
        let words: Vec<String> = (0..500)
            .map(|n| match n % 3 {
                0 => format!("navn{n}"),
                1 => format!("søren{n}"),
                _ => format!("et-meget-langt-navn-{n}"),
            })
            .collect();
        let ids: Vec<u32> = words.iter().map(|w| numbers.intern_word(w)).collect();
        for (word, &id) in words.iter().zip(&ids) {
            assert_eq!(numbers.id(word), Some(id));
            assert_eq!(numbers.intern_word(word), id);
            assert_eq!(numbers.word(id), word.as_bytes());
        }
        assert_eq!(numbers.id("navn"), None);
        assert_eq!(numbers.id("et-meget-langt-navn-"), None);
        assert_eq!(numbers.id(""), None);
        numbers.name_under(ids[3], 7);
        assert_eq!(numbers.keys().collect::<Vec<_>>(), ["navn3"]);
    }

    impl NameWords {
        /// [`NameWords::intern`] for the lower-cased `word`.
        fn intern_word(&mut self, word: &str) -> u32 {
            self.intern(WordKey::of_lowered(word.as_bytes()))
        }
    }

    proptest::proptest! {
        #[test]
        fn short_words_are_kept_whole_in_their_keys(word in "\\PC{0,6}") {
            let bytes = word.as_bytes();
            match ShortWord::pack(bytes) {
                Some(short) => {
                    let (kept, len) = short.bytes();
                    proptest::prop_assert_eq!(kept.get(..len), Some(bytes));
                }
                None => proptest::prop_assert!(bytes.is_empty() || bytes.len() > ShortWord::MAX),
            }
        }

        #[test]
        fn short_words_are_lowered_as_push_lowercase_lowers_them(
            // Most words with only ASCII capitals (the first pattern),
            // and words with other capitals and marks.
            word in "[a-zA-Z0-9@\\[`{'æøåé\u{7f}-]{0,17}|[a-zA-Z'’æøåÆØÅéÉ\u{212A}\u{130}ΣΟ-]{0,17}",
        ) {
            let mut lowered = String::new();
            push_lowercase(&word, &mut lowered);
            if let Some(short) = ShortWord::lowered(&word) {
                proptest::prop_assert_eq!(Some(short), ShortWord::pack(lowered.as_bytes()));
            } else {
                // Only a word with a capital beyond ASCII, or too long,
                // is lowered the slow way.
                proptest::prop_assert!(
                    word.is_empty()
                        || word.len() > ShortWord::MAX
                        || !crate::lexicon::lowers_as_ascii(&word)
                );
            }
        }

    }

    #[test]
    fn an_initial_goes_on_over_a_stop_and_a_particle() {
        // "H." and a stop of its own, the particle and the name: the next
        // start is three tokens on, but the run is more than the initial.
        assert_eq!(
            people_of_one_sentence("Bogen om H.. de Gaulle udkom i går"),
            [["H.. de Gaulle"]]
        );
    }

    #[test]
    fn an_initial_alone_is_no_name() {
        assert!(people_of_one_sentence("Han kørte i en Audi 80 E fra Odense").is_empty());
    }
}
