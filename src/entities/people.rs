//! People: runs of capitalised words that the name lists, a title before
//! them, a party code after them, a speech verb beside them or their shape
//! make a name; then every later surname or first name alone linked back.

use super::beginnings::Beginnings;
use super::bytes::same;
use super::context::{Case, Context, Tok};
use super::parties::prefixed_party;
use super::roles;
use crate::lexicon::FastMap;
use crate::lexicon::Tags;
use crate::model::{Gender, Span};
use std::rc::Rc;

/// A person being assembled.
#[derive(Clone, Debug, Default)]
pub(crate) struct PersonBuild {
    /// The words of the fullest name, lower-cased, genitive removed;
    /// shared with the keys of the words people are named under, which
    /// otherwise cost a copy of each word.
    pub(crate) parts: Vec<Rc<str>>,
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
    matches!(word.len(), 2 | 3) && PARTICLE_KEYS.contains(&short_word_key(word.as_bytes()))
}

/// Titles of address before a name.
const HONORIFICS: &[&str] = &["hr.", "fru", "frk.", "Hr.", "Fru", "Frk.", "dr.", "Dr."];

/// Every person in the text with every mention; claims their tokens.
pub(crate) fn find(context: &Context, claimed: &mut [bool]) -> Vec<PersonBuild> {
    let mut people: Vec<PersonBuild> = Vec::new();
    let mut by_part: FastMap<Rc<str>, Named> =
        FastMap::with_capacity_and_hasher(context.names_capacity(), Default::default());
    let mut parts = Parts::default();
    let mut next = 0;
    for i in context.starts() {
        if i < next || claimed[i] {
            continue;
        }
        let tok = &context.tok(i);
        if !(is_name_word(tok) || is_initial_letter(tok)) {
            continue;
        }
        let end = run_end(context, i, claimed);
        // Half the runs are one ordinary word opening a sentence ("Det",
        // "Men"), which `accept` always turns down: spared its tests.
        if end == i && is_initial_common_word(tok) {
            next = end + 1;
            continue;
        }
        if let Some((first, last)) = accept(context, i, end) {
            let last = with_apostrophe(context, last);
            add_mention(context, &mut people, &mut by_part, &mut parts, first, last);
            for slot in claimed.iter_mut().take(last + 1).skip(first) {
                *slot = true;
            }
        }
        next = end + 1;
    }
    link_alone(context, claimed, &mut people, &by_part);
    for person in &mut people {
        person.mentions.sort_by_key(|m| m.2.start);
    }
    people
}

/// Whether the word opens a sentence and is an ordinary word, which
/// alone [`accept`] never takes for a name (see `starts_name`).
#[inline]
fn is_initial_common_word(tok: &Tok) -> bool {
    tok.initial() && tok.tags.contains(Tags::COMMON_WORD)
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
    while last > first
        && context
            .tok(last)
            .tags
            .intersects(Tags::MONTH.union(Tags::WEEKDAY))
    {
        last -= 1;
    }
    if first > last {
        return None;
    }
    let names = Tags::FIRST_NAME.union(Tags::SURNAME);
    let head = context.tok(first);
    if is_initial_letter(&head) {
        let tail = &context.tok(last);
        let named = is_name_word(tail)
            && !is_initial_letter(tail)
            && (tail.tags.contains(Tags::SURNAME) || name_like(tail));
        return named.then_some((first, last));
    }
    if super::organizations::is_org_head(&context.tok(last)) || is_after_postcode(context, first) {
        return None;
    }
    if context
        .toks(first, last)
        .any(|t| t.case() == Case::Upper && !t.tags.intersects(names))
    {
        return None;
    }
    let tail = &context.tok(last);
    if roles::is_role(tail) && !tail.tags.intersects(names) {
        return None;
    }
    // The cue is read only when the name words alone do not settle the
    // run, and then once: most names ("Mette Frederiksen") need none.
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
                && (cue()
                    || ((tail.tags.contains(Tags::SURNAME) || has_foreign_ending(tail))
                        && !is_after_place_word(context, first))))
            || (cue() && rest_ok)
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
            || (cue() && !common && (plain || head.tags.intersects(names)))
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

/// The party code a member noun names ("socialdemokraten" → "S").
pub(crate) fn member_party(word: &str) -> Option<&'static str> {
    // Every member noun is ASCII and five bytes or more: a shorter word, or
    // one that starts with another ASCII letter, needs no lower-casing (a
    // non-ASCII first letter may still fold to ASCII, so it goes on).
    let first = *word.as_bytes().first()?;
    if word.len() < 5
        || (first.is_ascii()
            && !MEMBER_NOUNS
                .iter()
                .any(|(stem, _)| stem.as_bytes().first() == Some(&first.to_ascii_lowercase())))
    {
        return None;
    }
    let mut buf = [0u8; 144];
    let owned;
    let lower = match crate::lexicon::lowercase_into(word, &mut buf) {
        Some(lower) => lower,
        None => {
            owned = word.to_lowercase();
            owned.as_str()
        }
    };
    MEMBER_NOUNS
        .iter()
        .find(|(stem, _)| lower.starts_with(stem))
        .map(|&(_, code)| code)
}

/// The lower-cased words of a mention, in strings kept from one mention
/// to the next: most mentions repeat a known name, and their words are
/// only compared, so they need no strings of their own.
#[derive(Default)]
struct Parts {
    /// The strings, the first `len` of them in use.
    words: Vec<String>,
    /// How many hold the current mention's words.
    len: usize,
}

impl Parts {
    /// The lower-cased words of tokens `first..=last`, genitive removed.
    fn of(&mut self, context: &Context, first: usize, last: usize) -> &[String] {
        self.len = 0;
        for tok in context.toks(first, last) {
            if !tok.word() || is_initial_letter(&tok) {
                continue;
            }
            if self.len == self.words.len() {
                self.words.push(String::new());
            }
            if let Some(word) = self.words.get_mut(self.len) {
                word.clear();
                push_lowercase(tok.base(), word);
            }
            self.len += 1;
        }
        self.words.get(..self.len).unwrap_or(&[])
    }
}

/// Appends `word` lower-cased, as `str::to_lowercase` lowers it, to `out`
/// without a string of its own. The lexicon's lowering differs from it
/// only on a final capital sigma, whose lead byte 0xCE sends the word to
/// `to_lowercase`.
fn push_lowercase(word: &str, out: &mut String) {
    // Most name words are ASCII: lowered in place, with no buffer to copy
    // through and no UTF-8 check on the way back.
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
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
    by_part: &mut FastMap<Rc<str>, Named>,
    parts: &mut Parts,
    first: usize,
    last: usize,
) {
    let span = Span::new(
        context.tok(first).span().start,
        context.tok(last).span().end,
    );
    let last = if context.tok(last).word() {
        last
    } else {
        last.saturating_sub(1).max(first)
    };
    let parts = parts.of(context, first, last);
    let (index, named) = match same_person(people, by_part, parts) {
        Some(known) => known,
        None => {
            people.push(PersonBuild::default());
            (people.len() - 1, [false; 2])
        }
    };
    let person = &mut people[index];
    person.mentions.push((
        first,
        last + usize::from(span.end > context.tok(last).span().end),
        span,
    ));
    if parts.len() > person.parts.len() {
        let name_end = context.tok(last).span().start + context.tok(last).base().len();
        person.name = context
            .text
            .get(span.start..name_end)
            .unwrap_or("")
            .to_string();
        person.parts = parts.iter().map(|part| Rc::from(part.as_str())).collect();
        let head = &context.tok(first);
        if head.tags.contains(Tags::FEMALE) {
            person.gender = Some(Gender::Female);
        } else if head.tags.contains(Tags::MALE) {
            person.gender = Some(Gender::Male);
        }
    }
    // A name of one word is named under it once: a second look would find
    // the person among the last named.
    let last_part = parts.last().filter(|_| parts.len() > 1);
    for (part, named) in [parts.first(), last_part].into_iter().zip(named) {
        // A person named last under the word (most mentions of a known
        // name) needs no second lookup.
        let Some(part) = part.filter(|_| !named) else {
            continue;
        };
        match by_part.get_mut(part.as_str()) {
            Some(entry) if entry.all().iter().rev().take(RECENT).any(|&i| i == index) => {}
            Some(entry) => entry.push(index),
            None => {
                let key = shared_word(&people[index].parts, part);
                by_part.insert(key, Named::One(index));
            }
        }
    }
}

/// `word` as a shared string: the person's own copy where the person's
/// words hold it, else a new one.
fn shared_word(words: &[Rc<str>], word: &str) -> Rc<str> {
    words
        .iter()
        .find(|known| ***known == *word)
        .map_or_else(|| Rc::from(word), Rc::clone)
}

/// The known person whose name the words `parts` match: the same surname
/// with a compatible first name, or one word of a known name; with
/// whether they are among the people named last under the first and
/// under the last word.
fn same_person<'a>(
    people: &[PersonBuild],
    by_part: &'a FastMap<Rc<str>, Named>,
    parts: &[String],
) -> Option<(usize, [bool; 2])> {
    let last = parts.last()?;
    let first = parts.first()?;
    // Only the people named last under a word: a text with thousands of
    // Jensens must not cost thousands of checks per mention.
    let recent = |list: &'a Named| list.all().iter().rev().take(RECENT);
    let by_last = by_part.get(last.as_str());
    // A name of one word is its own first word: one lookup.
    let by_first = match parts.len() {
        1 => by_last,
        _ => by_part.get(first.as_str()),
    };
    let others = by_first.filter(|_| parts.len() > 1);
    let candidates = by_last
        .into_iter()
        .flat_map(recent)
        .chain(others.into_iter().flat_map(recent));
    let mut best = None;
    for &index in candidates {
        let known = &people[index].parts;
        if names_fit(parts, known)
            && best.is_none_or(|b: usize| people[b].parts.len() < known.len())
        {
            best = Some(index);
        }
    }
    let best = best?;
    let named = |list: Option<&'a Named>| list.is_some_and(|list| recent(list).any(|&i| i == best));
    Some((best, [named(by_first), named(by_last)]))
}

/// Whether the name words `words` can name the person known by the name
/// words `known`, one of whose names shares `words`' first or last word:
/// always when either is one word; else with the same surname and the
/// same first name, or the words of one among the other's in order
/// ("Hjort Frederiksen", "Claus Hjort Frederiksen").
pub(crate) fn names_fit<A: AsRef<str>, B: AsRef<str>>(words: &[A], known: &[B]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    if words.len() == 1 || known.len() == 1 {
        return true;
    }
    known
        .last()
        .is_some_and(|k| same(k.as_ref(), last.as_ref()))
        && (known
            .first()
            .is_some_and(|k| same(k.as_ref(), first.as_ref()))
            || is_subsequence(words, known)
            || is_subsequence(known, words))
}

/// Whether every word of `short` occurs in `long`, in order.
fn is_subsequence<A: AsRef<str>, B: AsRef<str>>(short: &[A], long: &[B]) -> bool {
    let mut rest = long.iter();
    short
        .iter()
        .all(|word| rest.any(|w| same(w.as_ref(), word.as_ref())))
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

    /// Names one more person under the word.
    fn push(&mut self, index: usize) {
        match self {
            Named::One(one) => *self = Named::Many(vec![*one, index]),
            Named::Many(list) => list.push(index),
        }
    }
}

/// Adds a mention for every untaken run of capitalised words that are all
/// words of one known person's name ("Lichao" after "Jiang Lichao",
/// "BRAMSEN", a sentence-initial "Bramsen", "Hjort Frederiksen").
fn link_alone(
    context: &Context,
    claimed: &mut [bool],
    people: &mut [PersonBuild],
    by_part: &FastMap<Rc<str>, Named>,
) {
    let mut buf = [0u8; 144];
    let mut next = 0;
    let beginnings = Beginnings::of(by_part.keys().map(|key| &**key));
    for i in context.starts() {
        if i < next || claimed[i] {
            continue;
        }
        let tok = &context.tok(i);
        if !is_name_word(tok) || (tok.initial() && tok.tags.contains(Tags::COMMON_WORD)) {
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
            for slot in claimed.iter_mut().take(last + 1).skip(i) {
                *slot = true;
            }
        }
    }
}

/// The one person every name word of the run `first..=last` belongs to.
fn person_of_run(
    context: &Context,
    people: &[PersonBuild],
    by_part: &FastMap<Rc<str>, Named>,
    first: usize,
    last: usize,
    buf: &mut [u8],
) -> Option<usize> {
    let mut person = None;
    for tok in context.toks(first, last) {
        if !is_name_word(&tok) {
            continue;
        }
        let lower = crate::lexicon::lowercase_into(tok.text, buf)?;
        let stem = super::context::genitive_stem(lower);
        let list = by_part
            .get(lower)
            .or_else(|| stem.and_then(|s| by_part.get(s)));
        let index = match list {
            Some(list) => *list
                .all()
                .iter()
                .rev()
                .take(RECENT)
                .max_by_key(|&&p| people[p].parts.len())?,
            None => {
                let index = person?;
                let known: &PersonBuild = &people[index];
                let fits = known
                    .parts
                    .iter()
                    .any(|p| &**p == lower || stem.is_some_and(|s| &**p == s));
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
    }

    #[test]
    fn lowering_keeps_the_final_sigma() {
        let mut out = String::new();
        push_lowercase("ΟΔΥΣΣΕΥΣ", &mut out);
        assert_eq!(out, "ΟΔΥΣΣΕΥΣ".to_lowercase());
    }

    #[test]
    fn an_initial_alone_is_no_name() {
        assert!(people_of_one_sentence("Han kørte i en Audi 80 E fra Odense").is_empty());
    }
}
