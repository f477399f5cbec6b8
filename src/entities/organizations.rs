//! Organizations: names with a legal form ("Netip A/S"), names from the
//! lists ("Danske Bank", "Politiken"), names after a cue ("hos IT
//! Relation", "teleproducenten Huawei", "Mærsk-koncernen"), and every later
//! variant of a name found ("NORRIQS" after "Norriq Danmark A/S").

use super::beginnings::Beginnings;
use super::bytes::after_last_hyphen;
use super::context::{Case, Context, Tok, genitive_stem, genitive_stem_bytes};
use super::gazetteer::{GAZETTEER, KEY_CAPACITY, longest_match, push_lowercase};
use super::roles;
use super::suffixes::Suffixes;
use crate::lexicon::FastMap;
use crate::lexicon::{Tags, lowercase_bytes_into, lowercase_into};
use crate::model::{OrganizationKind, Span};
use std::collections::hash_map::Entry;

/// An organization being assembled.
#[derive(Clone, Debug)]
pub(crate) struct OrgBuild {
    /// The fullest form of the name.
    pub(crate) name: String,
    /// What sort of organization.
    pub(crate) kind: OrganizationKind,
    /// The legal form, if the text gives one.
    pub(crate) legal_form: Option<String>,
    /// Mentions as (first token, last token, span).
    pub(crate) mentions: Vec<(usize, usize, Span)>,
}

/// One mention of an organization as a rule finds it, before a [`Linker`]
/// gathers the mentions of each name: most are a name met before, which
/// then needs no strings or vectors of its own.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found<'t> {
    /// The name as written, without a genitive ending or legal form.
    name: &'t str,
    /// The legal form after the name, if any ("A/S").
    legal_form: Option<&'static str>,
    /// What sort of organization.
    kind: OrganizationKind,
    /// The mention as (first token, last token, span).
    mention: (usize, usize, Span),
}

impl<'t> Found<'t> {
    /// The full name: the name, with the legal form after a space.
    fn full_name(&self) -> FullName<'t> {
        FullName {
            name: self.name,
            legal_form: self.legal_form,
        }
    }
}

/// A full name as its two parts, the name and the legal form, read as
/// the one string they make with a space between them: the linker's map
/// of names holds these rather than a copy of every name.
#[derive(Clone, Copy, Debug)]
struct FullName<'t> {
    /// The name as written.
    name: &'t str,
    /// The legal form after it, if any.
    legal_form: Option<&'static str>,
}

impl FullName<'_> {
    /// The length of the full name in bytes.
    fn len(&self) -> usize {
        self.name.len() + self.legal_form.map_or(0, |form| form.len() + 1)
    }

    /// The bytes of the full name.
    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        let form = self.legal_form.unwrap_or("");
        let space = if self.legal_form.is_some() { " " } else { "" };
        self.name.bytes().chain(space.bytes()).chain(form.bytes())
    }

    /// The full name as a string of its own.
    fn to_owned_name(self) -> String {
        let mut full = String::with_capacity(self.len());
        full.push_str(self.name);
        if let Some(form) = self.legal_form {
            full.push(' ');
            full.push_str(form);
        }
        full
    }
}

impl PartialEq for FullName<'_> {
    fn eq(&self, other: &Self) -> bool {
        // Most names compared have the same legal form, or none.
        if self.legal_form == other.legal_form {
            return self.name == other.name;
        }
        self.len() == other.len() && self.bytes().eq(other.bytes())
    }
}

impl Eq for FullName<'_> {}

impl std::hash::Hash for FullName<'_> {
    /// Hashes the full name as `str` hashes it, in one write of all its
    /// bytes: two names that spell the same string, whatever their
    /// parts, hash alike.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let Some(form) = self.legal_form else {
            return self.name.hash(state);
        };
        let mut buf = [0u8; 128];
        let (name, rest) = buf.split_at_mut(self.name.len().min(128));
        match (name.len() == self.name.len(), rest.get_mut(..=form.len())) {
            (true, Some(after)) => {
                name.copy_from_slice(self.name.as_bytes());
                let (space, form_bytes) = after.split_at_mut(1);
                space.fill(b' ');
                form_bytes.copy_from_slice(form.as_bytes());
                // What `str` writes: its bytes, then 0xff.
                state.write(&buf[..self.len()]);
                state.write_u8(0xff);
            }
            _ => self.to_owned_name().as_str().hash(state),
        }
    }
}

/// Legal forms, as written; the short ones must follow a proper name.
const LEGAL_FORMS: &[&str] = &[
    "A/S", "ApS", "I/S", "P/S", "K/S", "IVS", "A.m.b.a.", "a.m.b.a.", "AmbA", "S.m.b.a.", "ASA",
    "AB", "GmbH", "AG", "Ltd.", "Ltd", "Inc.", "Inc", "Plc", "plc", "PLC", "LLC", "Corp.", "S.A.",
    "SA", "S.p.A.", "SpA", "N.V.", "NV", "B.V.", "BV", "Oyj", "Oy", "SE", "AS",
];

/// [`LEGAL_FORMS`] by their first byte, in list order: the test after
/// every proper word then tries only the forms that can match.
static LEGAL_FORMS_BY_FIRST_BYTE: once_cell::sync::Lazy<Vec<Vec<&'static str>>> =
    once_cell::sync::Lazy::new(|| {
        let mut by_first = vec![Vec::new(); 256];
        for form in LEGAL_FORMS {
            if let Some(&first) = form.as_bytes().first() {
                by_first[usize::from(first)].push(*form);
            }
        }
        by_first
    });

/// Words before a name that say it names a company or medium.
const CUES: &[(&str, OrganizationKind)] = &[
    ("hos", OrganizationKind::Company),
    ("selskabet", OrganizationKind::Company),
    ("koncernen", OrganizationKind::Company),
    ("virksomheden", OrganizationKind::Company),
    ("firmaet", OrganizationKind::Company),
    ("banken", OrganizationKind::Company),
    ("kæden", OrganizationKind::Company),
    ("it-virksomheden", OrganizationKind::Company),
    ("it-firmaet", OrganizationKind::Company),
    ("teleselskabet", OrganizationKind::Company),
    ("mediet", OrganizationKind::Media),
    ("avisen", OrganizationKind::Media),
    ("dagbladet", OrganizationKind::Media),
    ("tv-stationen", OrganizationKind::Media),
    ("foreningen", OrganizationKind::Organization),
    ("organisationen", OrganizationKind::Organization),
    ("fagforeningen", OrganizationKind::Organization),
    ("forbundet", OrganizationKind::Organization),
];

/// Endings of a cue noun: "teleproducent(en) Huawei", "leverandøren X".
const CUE_ENDINGS: &[&str] = &[
    "producent",
    "producenten",
    "leverandør",
    "leverandøren",
    "giganten",
    "selskab",
    "selskabet",
    "koncern",
    "koncernen",
    "bureau",
    "bureauet",
    "sammenslutning",
    "sammenslutningen",
    "organisation",
    "organisationen",
    "partiet",
    "gruppe",
    "gruppen",
    "kæde",
];

/// Endings of a token that make its first part a company: "Mærsk-koncernen".
const COMPOUND_ENDINGS: &[&str] = &[
    "-koncernen",
    "-koncernens",
    "-koncernes",
    "-gruppen",
    "-gruppens",
    "-selskabet",
    "-selskabets",
];

/// The organization with a legal form whose name ends at `tok`, start
/// `name` ("Norriq Danmark A/S"), if any, handed to `orgs`; claims its
/// tokens. Asked of every start in order, in the stage's first walk:
/// its first tests inlined there, since nearly every start fails them.
#[inline(always)]
pub(crate) fn legal_form_after<'t>(
    context: &Context<'t>,
    name: usize,
    tok: &Tok,
    claimed: &mut [bool],
    orgs: &mut Linker<'t>,
) {
    if tok.is_proper() && may_be_legal_form(context, name + 1) {
        add_with_legal_form(context, name + 1, claimed, orgs);
    }
}

/// Whether token `i` may be a legal form: a short word whose first two
/// bytes in the text begin one, as most words after a start do not.
#[inline(always)]
fn may_be_legal_form(context: &Context, i: usize) -> bool {
    context.get(i).is_some_and(|tok| {
        let start = tok.span().start;
        tok.word()
            && tok.text.len() <= 8
            && context
                .text
                .as_bytes()
                .get(start..start + 2)
                .is_some_and(|pair| LEGAL_FORM_PAIRS.may_begin(pair[0], pair[1]))
    })
}

/// The first two bytes of the [`LEGAL_FORMS`]: for each first byte, the
/// low six bits of the second bytes after it, as bits. A legal form may
/// span several tokens ("A/S" may be three), so its bytes are read from
/// the text at the token's start.
static LEGAL_FORM_PAIRS: once_cell::sync::Lazy<BytePairs> = once_cell::sync::Lazy::new(|| {
    let mut pairs = BytePairs {
        seconds: Box::new([0; 256]),
    };
    for form in LEGAL_FORMS {
        if let [first, second, ..] = *form.as_bytes() {
            pairs.seconds[usize::from(first)] |= 1 << (second & 63);
        }
    }
    pairs
});

/// A set of two-byte beginnings, by the first byte and the low six bits
/// of the second: a pair not in it begins none of the words put in.
struct BytePairs {
    /// For each first byte, one bit per second byte's low six bits.
    seconds: Box<[u64; 256]>,
}

impl BytePairs {
    /// Whether `first` and `second` may begin one of the words.
    #[inline(always)]
    fn may_begin(&self, first: u8, second: u8) -> bool {
        self.seconds[usize::from(first)] & (1 << (second & 63)) != 0
    }
}

/// [`legal_form_after`] for a token `i` that may be a legal form.
#[inline(never)]
fn add_with_legal_form<'t>(
    context: &Context<'t>,
    i: usize,
    claimed: &mut [bool],
    orgs: &mut Linker<'t>,
) {
    if let Some(org) = with_legal_form(context, i, claimed) {
        claim(claimed, &org);
        orgs.add(context, org);
    }
}

/// Whether a listed name may start at `tok`: a proper word the lexicon
/// tags as a listed name's first word. Only the starts that pass are
/// handed to [`find_listed`].
#[inline(always)]
pub(crate) fn may_start_listed(tok: &Tok) -> bool {
    tok.tags.contains(Tags::ORG_START) && tok.is_proper()
}

/// Organizations from the lists that start at one of `candidates` (the
/// starts that pass [`may_start_listed`], in order), handed to `orgs`;
/// claims their tokens.
#[inline(never)]
pub(crate) fn find_listed<'t>(
    context: &Context<'t>,
    claimed: &mut [bool],
    orgs: &mut Linker<'t>,
    candidates: &[u32],
) {
    let mut key = String::with_capacity(KEY_CAPACITY);
    let mut next = 0;
    for &i in candidates {
        let i = i as usize;
        if i < next {
            continue;
        }
        if let Some(org) = listed_at(context, i, claimed, &mut key) {
            next = org.mention.1 + 1;
            claim(claimed, &org);
            orgs.add(context, org);
        }
    }
}

/// Marks the tokens of the mention of `org` as taken.
fn claim(claimed: &mut [bool], org: &Found) {
    let (first, last, _) = org.mention;
    claim_tokens(claimed, first, last);
}

/// Marks tokens `first..=last` as taken.
fn claim_tokens(claimed: &mut [bool], first: usize, last: usize) {
    for slot in claimed.iter_mut().take(last + 1).skip(first) {
        *slot = true;
    }
}

/// The legal form that starts at token `i`, and its last token.
fn legal_form_at(context: &Context, i: usize) -> Option<(&'static str, usize)> {
    let tok = context.get(i)?;
    let rest = context.text.get(tok.span().start..)?;
    let first = *rest.as_bytes().first()?;
    let form = LEGAL_FORMS_BY_FIRST_BYTE[usize::from(first)]
        .iter()
        .find(|form| {
            super::bytes::starts_with(rest, form)
                && !rest[form.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })?;
    let end = tok.span().start + form.len();
    let last = (i..i + 6).find(|&k| context.get(k).is_some_and(|t| t.span().end >= end))?;
    (context.get(last)?.span().end == end).then_some((form, last))
}

/// "Norriq Danmark A/S": proper words before a legal form at token `i`,
/// which [`may_be_legal_form`] after a proper word.
fn with_legal_form<'t>(context: &Context<'t>, i: usize, claimed: &[bool]) -> Option<Found<'t>> {
    let (form, last) = legal_form_at(context, i)?;
    let mut first = i;
    while first > 0 && i - first < 5 {
        let before = context.get(first - 1)?;
        let joins = before.is("&") && first >= 2 && i - first >= 1;
        if !context.same_sentence(first - 1, i)
            || claimed.get(first - 1).copied().unwrap_or(true)
            || opens_sentence_before_name(&before)
            || !(before.is_proper() || joins || before.text.chars().all(|c| c.is_ascii_digit()))
            || after_last_hyphen(before.text).starts_with(char::is_lowercase)
        {
            break;
        }
        first -= 1;
        if before.initial() {
            break;
        }
    }
    if first == i || context.get(first).is_some_and(|t| t.is("&")) {
        return None;
    }
    let name_end = context.get(i - 1)?.span().end;
    let start = context.get(first)?.span().start;
    let end = context.get(last)?.span().end;
    Some(Found {
        name: context.text.get(start..name_end)?,
        legal_form: Some(form),
        kind: OrganizationKind::Company,
        mention: (first, last, Span::new(start, end)),
    })
}

/// Whether `tok` is a preposition, conjunction or adverb capitalised only
/// because it opens its sentence ("Ifølge Novo Nordisk A/S", "Men Vestas
/// A/S"): never the first word of a company's name.
fn opens_sentence_before_name(tok: &Tok) -> bool {
    tok.initial() && tok.tags.intersects(Tags::PHRASE_STOP | Tags::CLAUSE_OPENER)
}

/// A listed name at token `i`. A one-word name that is also an ordinary
/// word ("Information", "Metal") counts only inside a sentence.
fn listed_at<'t>(
    context: &Context<'t>,
    i: usize,
    claimed: &[bool],
    key: &mut String,
) -> Option<Found<'t>> {
    let tok = context.get(i)?;
    if !tok.tags.contains(Tags::ORG_START) || !tok.is_proper() || claimed[i] {
        return None;
    }
    let (n, kind) = longest_match(context, i, key, &GAZETTEER.organizations)?;
    let last = i + n - 1;
    if (i..=last).any(|k| claimed.get(k).copied().unwrap_or(true)) {
        return None;
    }
    if n == 1 && tok.initial() && tok.tags.contains(Tags::COMMON_WORD) {
        return None;
    }
    if n == 1 && is_followed_by_name(context, i) {
        return None;
    }
    if is_in_capitals(context, i, last) || is_product(context, last) {
        return None;
    }
    if n == 1 && !written_in_capitals(tok.text) && is_acronym(tok.text) {
        return None;
    }
    // The word before is read only for a place's name.
    if n == 1 && tok.tags.contains(Tags::PLACE) && after_place_word(context, i) {
        return None;
    }
    let span = Span::new(tok.span().start, context.get(last)?.span().end);
    Some(Found {
        name: name_in(context, span),
        legal_form: None,
        kind,
        mention: (i, last, span),
    })
}

/// Whether the word, without a genitive ending, is listed in capitals.
fn is_acronym(word: &str) -> bool {
    if !GAZETTEER.may_be_acronym(word) {
        return false;
    }
    let mut buf = [0u8; 144];
    let Some(lower) = lowercase_bytes_into(word, &mut buf) else {
        return false;
    };
    GAZETTEER.acronyms.contains(lower)
        || genitive_stem_bytes(lower).is_some_and(|stem| GAZETTEER.acronyms.contains(stem))
}

/// Whether `word`, less a genitive ending, has no small letter ("DSB",
/// "LO's"). Most words show a small ASCII letter, which answers them
/// before a char is decoded.
fn written_in_capitals(word: &str) -> bool {
    let stem = word.trim_end_matches(['s', '\'', '’']);
    !stem.bytes().any(|b| b.is_ascii_lowercase())
        && stem.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether the name `first..=last` is all capitals inside a run of
/// capitals ("FRANCIS FORD COPPOLAS"), where a capital says nothing.
fn is_in_capitals(context: &Context, first: usize, last: usize) -> bool {
    let upper = |k: usize| context.get(k).is_some_and(|t| t.case() == Case::Upper);
    upper(first)
        && ((first > 0 && upper(first - 1) && context.same_sentence(first - 1, first))
            || (upper(last + 1) && context.same_sentence(last, last + 1)))
}

/// Whether a number follows the name, as after a make of car ("Audi 80").
/// Most names are followed by a word, which its first byte turns down
/// before the gap before it is measured; the letter is read only when no
/// number follows at once.
fn is_product(context: &Context, last: usize) -> bool {
    let digit = |k: usize| {
        context.get(k).is_some_and(|t| {
            t.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && t.span().start <= context.tok(k - 1).span().end + 1
        })
    };
    let letter = |k: usize| {
        context.get(k).is_some_and(|t| {
            let mut chars = t.text.chars();
            t.case() == Case::Capitalised && chars.next().is_some() && chars.next().is_none()
        })
    };
    digit(last + 1) || (letter(last + 1) && digit(last + 2))
}

/// Prepositions after which a name that is also a place is the place ("i
/// Brøndby").
const PLACE_PREPOSITIONS: &[&str] = &["i", "fra", "til", "ved", "på", "mod", "nær", "omkring"];

/// Whether one of the [`PLACE_PREPOSITIONS`] stands right before token `i`.
fn after_place_word(context: &Context, i: usize) -> bool {
    i > 0 && PLACE_PREPOSITIONS.contains(&context.tok(i - 1).text)
}

/// Words that end an organization's name, alone or as the end of a
/// compound ("Horsens Kunstmuseum", "Divisionsforeningen"), with the kind
/// of organization they make.
const HEADS: &[(&str, OrganizationKind)] = &[
    ("ministeriet", OrganizationKind::Public),
    ("ministeriets", OrganizationKind::Public),
    ("departementet", OrganizationKind::Public),
    ("styrelsen", OrganizationKind::Public),
    ("direktoratet", OrganizationKind::Public),
    ("tilsynet", OrganizationKind::Public),
    ("nævnet", OrganizationKind::Public),
    ("kommune", OrganizationKind::Public),
    ("kommunes", OrganizationKind::Public),
    ("amt", OrganizationKind::Public),
    ("amts", OrganizationKind::Public),
    ("politi", OrganizationKind::Public),
    ("politis", OrganizationKind::Public),
    ("værnet", OrganizationKind::Public),
    ("hæren", OrganizationKind::Public),
    ("universitet", OrganizationKind::Public),
    ("universitets", OrganizationKind::Public),
    ("university", OrganizationKind::Public),
    ("hospital", OrganizationKind::Public),
    ("hospitals", OrganizationKind::Public),
    ("sygehus", OrganizationKind::Public),
    ("gymnasium", OrganizationKind::Public),
    ("skole", OrganizationKind::Public),
    ("skolen", OrganizationKind::Public),
    ("bank", OrganizationKind::Company),
    ("banks", OrganizationKind::Company),
    ("sparekasse", OrganizationKind::Company),
    ("holding", OrganizationKind::Company),
    ("group", OrganizationKind::Company),
    ("gruppen", OrganizationKind::Company),
    ("fabrikker", OrganizationKind::Company),
    ("fabrik", OrganizationKind::Company),
    ("værft", OrganizationKind::Company),
    ("company", OrganizationKind::Company),
    ("corporation", OrganizationKind::Company),
    ("hotel", OrganizationKind::Company),
    ("kro", OrganizationKind::Company),
    ("museum", OrganizationKind::Organization),
    ("museet", OrganizationKind::Organization),
    ("teater", OrganizationKind::Organization),
    ("teatret", OrganizationKind::Organization),
    ("opera", OrganizationKind::Organization),
    ("operas", OrganizationKind::Organization),
    ("forening", OrganizationKind::Organization),
    ("foreningen", OrganizationKind::Organization),
    ("forbund", OrganizationKind::Organization),
    ("forbundet", OrganizationKind::Organization),
    ("fond", OrganizationKind::Organization),
    ("fonden", OrganizationKind::Organization),
    ("institut", OrganizationKind::Organization),
    ("instituttet", OrganizationKind::Organization),
    ("institute", OrganizationKind::Organization),
    ("akademi", OrganizationKind::Organization),
    ("akademiet", OrganizationKind::Organization),
    ("association", OrganizationKind::Organization),
    ("council", OrganizationKind::Organization),
    ("klub", OrganizationKind::Organization),
    ("boldklub", OrganizationKind::Organization),
    ("club", OrganizationKind::Organization),
    ("samarbejdsråd", OrganizationKind::Organization),
    ("råd", OrganizationKind::Organization),
    ("rådet", OrganizationKind::Organization),
    ("udvalget", OrganizationKind::Public),
    ("kommissionen", OrganizationKind::Public),
    ("partiet", OrganizationKind::Organization),
];

/// The kind of organization a word that ends a name makes, if it is one.
/// Its first tests inlined where the rules ask it of every capitalised
/// word in a run: as a call, its register saves cost more than them.
#[inline(always)]
fn head_kind(tok: &Tok) -> Option<OrganizationKind> {
    if !tok.word() || !tok.is_capital() || tok.text.len() < 3 {
        return None;
    }
    // Most words end in no head's last three bytes: answer those first.
    if tok.case() != Case::Capitalised
        || !HEAD_TAILS.may_end(tok.text.as_bytes())
        || !HEAD_ENDINGS.may_end(tok.text)
    {
        return None;
    }
    head_kind_of_candidate(tok.text)
}

/// [`head_kind`] for a capitalised word that may end in a head.
#[inline(never)]
fn head_kind_of_candidate(text: &str) -> Option<OrganizationKind> {
    // Past its capital a capitalised word is lower case already, so only a
    // whole-word head needs its case folded.
    let lower = text;
    let tail = after_last_hyphen(lower);
    if tail.len() < lower.len() && tail.starts_with(char::is_lowercase) {
        return None;
    }
    if tail.ends_with("området") || tail.ends_with("områder") {
        return None;
    }
    HEAD_ENDINGS.find(lower).or_else(|| {
        // A head that is the whole word: "Universitet", found by the word
        // past its capital.
        let mut chars = lower.chars();
        let capital = chars.next()?;
        let lower = capital.to_lowercase();
        let (_, kind) =
            WHOLE_HEADS.find_whole(chars.as_str(), |(first, _)| lower.clone().eq([first]))?;
        Some(kind)
    })
}

/// [`HEADS`] by the word past their first letter, with that letter.
static WHOLE_HEADS: once_cell::sync::Lazy<Suffixes<(char, OrganizationKind)>> =
    once_cell::sync::Lazy::new(|| {
        let heads: Vec<(&'static str, (char, OrganizationKind))> = HEADS
            .iter()
            .filter_map(|&(head, kind)| {
                let mut chars = head.chars();
                let first = chars.next()?;
                Some((chars.as_str(), (first, kind)))
            })
            .collect();
        Suffixes::new(&heads)
    });

/// The last bytes of what [`Suffixes::may_end`] asks of a word for
/// [`HEAD_ENDINGS`] (see [`TailBits`]). A capitalised word ending in
/// "-en" or "-et" (as "Regeringen" does) met several heads of those two
/// bytes one by one; its last bytes turn most such words down at once.
static HEAD_TAILS: once_cell::sync::Lazy<TailBits> = once_cell::sync::Lazy::new(|| {
    let mut tails = TailBits {
        bits: Box::new([0; TAIL_WORDS]),
    };
    for (head, _) in HEADS {
        let mut chars = head.chars();
        let past_first = chars.next().map_or(0, char::len_utf8);
        // As `Suffixes` makes it: past the first character, but at least
        // the last two bytes.
        let loose = head.as_bytes();
        let loose = &loose[past_first.min(loose.len().saturating_sub(2))..];
        tails.add(loose);
    }
    tails
});

/// How many words of 64 bits [`TailBits`] holds: one bit for each of the
/// 2^16 values of [`TailBits::slot`].
const TAIL_WORDS: usize = (1 << 16) / 64;

/// A set of word endings by the low five bits of a word's last bytes: a
/// word whose bit is not set ends in none of them. A word of four bytes
/// or more has the bit of its last three bytes and of the fourth last
/// folded into the third last (by `xor`); a word of three bytes, which
/// can end only in an ending of three bytes or fewer, a bit of its own.
/// The fourth byte turned down most of the words that the last three let
/// through (as "Hansen", "Sagen", "Det" and "Den" were: 8K words per 1
/// MB document), each of which then met the endings of its last two
/// bytes one by one.
struct TailBits {
    /// One bit per value of [`TailBits::slot`].
    bits: Box<[u64; TAIL_WORDS]>,
}

impl TailBits {
    /// The bit of a word of four bytes or more that ends in `d, a, b, c`.
    #[inline(always)]
    fn slot(d: u8, a: u8, b: u8, c: u8) -> usize {
        1 << 15 | usize::from((a ^ d) & 31) << 10 | usize::from(b & 31) << 5 | usize::from(c & 31)
    }

    /// The bit of a word of three bytes, `a, b, c`.
    #[inline(always)]
    fn short_slot(a: u8, b: u8, c: u8) -> usize {
        usize::from(a & 31) << 10 | usize::from(b & 31) << 5 | usize::from(c & 31)
    }

    /// Adds `ending`: the bits of every word of three bytes or more that
    /// ends in it. A byte the ending does not fix takes every value of
    /// its low five bits (and, folded into a fixed byte, gives every
    /// value of the fold).
    fn add(&mut self, ending: &[u8]) {
        let mut set = |slot: usize| {
            if let Some(word) = self.bits.get_mut(slot / 64) {
                *word |= 1 << (slot % 64);
            }
        };
        match *ending {
            [.., d, a, b, c] => set(Self::slot(d, a, b, c)),
            [a, b, c] => {
                set(Self::short_slot(a, b, c));
                (0..32).for_each(|d| set(Self::slot(d, a, b, c)));
            }
            [b, c] => (0..32).for_each(|a| {
                set(Self::short_slot(a, b, c));
                set(Self::slot(0, a, b, c));
            }),
            // `Suffixes` keeps no ending shorter than two bytes.
            _ => {}
        }
    }

    /// Whether `word` may end in one of the endings: `true` for a word of
    /// fewer than three bytes, which the set does not tell.
    #[inline(always)]
    fn may_end(&self, word: &[u8]) -> bool {
        let slot = match *word {
            [.., d, a, b, c] => Self::slot(d, a, b, c),
            [a, b, c] => Self::short_slot(a, b, c),
            _ => return true,
        };
        self.bits
            .get(slot / 64)
            .is_none_or(|bits| bits & (1 << (slot % 64)) != 0)
    }
}

/// [`HEADS`] by their endings.
static HEAD_ENDINGS: once_cell::sync::Lazy<Suffixes<OrganizationKind>> =
    once_cell::sync::Lazy::new(|| Suffixes::new(HEADS));

/// Whether the word ends an organization's name ("Universitet",
/// "Kunstmuseum", "Divisionsforeningen"). Inlined: people's rule asks it
/// of nearly every word of every name, where head_kind's first tests
/// answer most, and the call cost about as much as those tests.
#[inline]
pub(crate) fn is_org_head(tok: &Tok) -> bool {
    head_kind(tok).is_some()
}

/// "Horsens Kunstmuseum", "Divisionsforeningen", "University of Oslo": a
/// run of untaken proper words that ends in an organization word, or one
/// such compound inside a sentence.
fn headed_at<'t>(
    context: &Context<'t>,
    i: usize,
    tok: &Tok<'t>,
    claimed: &[bool],
) -> Option<Found<'t>> {
    // The word itself first: most words end in no head, which is
    // answered on their last bytes, before the token after is read.
    let kind = head_kind(tok)?;
    if context.get(i + 1).is_some_and(|t| {
        t.is_capital()
            && !claimed[i + 1]
            && context.same_sentence(i, i + 1)
            && t.span().start <= tok.span().end + 1
    }) {
        return None;
    }
    let mut first = i;
    while first > 0 && i - first < 3 {
        let before = &context.tok(first - 1);
        if claimed[first - 1]
            || !before.is_capital()
            || !context.same_sentence(first - 1, i)
            || roles::is_role(before)
        {
            break;
        }
        first -= 1;
        if before.initial() {
            break;
        }
    }
    let mut last = i;
    if context.is_at(i + 1, i, "of")
        && context
            .get(i + 2)
            .is_some_and(|t| t.is_capital() && context.same_sentence(i, i + 2))
        && !claimed[i + 2]
    {
        last = i + 2;
    }
    let single = first == i && last == i;
    if single && (tok.initial() || HEADS.iter().any(|(h, _)| tok.text.eq_ignore_ascii_case(h))) {
        return None;
    }
    if context.tok(first).initial() && context.tok(first).tags.contains(Tags::COMMON_WORD) {
        first += 1;
    }
    let span = Span::new(
        context.tok(first).span().start,
        context.tok(last).span().end,
    );
    Some(Found {
        name: name_in(context, span),
        legal_form: None,
        kind,
        mention: (first, last, span),
    })
}

/// Whether the token after `i` is a capitalised surname in the same
/// sentence (so that "Columbus Hansen" is a person, not the company).
fn is_followed_by_name(context: &Context, i: usize) -> bool {
    context.get(i + 1).is_some_and(|t| {
        context.same_sentence(i, i + 1)
            && t.case() == Case::Capitalised
            && t.tags.contains(Tags::SURNAME)
            && !t
                .tags
                .intersects(Tags::PLACE.union(Tags::ORG_START).union(Tags::COMMON_WORD))
    })
}

/// The text of tokens `first..=last`, without a genitive ending when the
/// name is listed without it ("Politikens" → "Politiken").
fn name_without_genitive<'t>(context: &Context<'t>, first: usize, last: usize) -> &'t str {
    without_listed_genitive(context.text_between(first, last))
}

/// [`name_without_genitive`] of the tokens that `span` covers, from the
/// start of the first to the end of the last, for a rule that has their
/// span at hand: the tokens are not put together again.
fn name_in<'t>(context: &Context<'t>, span: Span) -> &'t str {
    without_listed_genitive(context.text.get(span.start..span.end).unwrap_or(""))
}

/// `text` without a genitive ending when the name is listed without it.
fn without_listed_genitive(text: &str) -> &str {
    match genitive_stem(text) {
        Some(stem) if known_stem(stem) => stem,
        _ => text,
    }
}

/// Whether `stem` is a listed organization name.
fn known_stem(stem: &str) -> bool {
    let mut buf = [0u8; 144];
    match lowercase_into(stem, &mut buf) {
        Some(lower) => GAZETTEER.organization(lower).is_some(),
        None => GAZETTEER.organization(&stem.to_lowercase()).is_some(),
    }
}

/// Organizations named after a cue ("hos IT Relation", "teleproducenten
/// Huawei") or as the first part of a compound ("Mærsk-koncernen"), among
/// tokens no one has taken, handed to `orgs`; claims their tokens.
#[inline(never)]
pub(crate) fn find_cued<'t>(context: &Context<'t>, claimed: &mut [bool], orgs: &mut Linker<'t>) {
    let mut next = 0;
    for i in context.starts() {
        // Every rule here wants an untaken token.
        if i < next || claimed[i] {
            continue;
        }
        let tok = context.tok(i);
        if let Some(org) = headed_at(context, i, &tok, claimed) {
            claim(claimed, &org);
            orgs.add(context, org);
            continue;
        }
        if let Some(org) = compound_at(i, &tok) {
            claim(claimed, &org);
            orgs.add(context, org);
            continue;
        }
        let proper = tok.is_proper();
        let Some(kind) = proper.then(|| cue_before(context, i)).flatten() else {
            continue;
        };
        let mut last = i;
        while last + 1 < context.len()
            && last - i < 4
            && context.same_sentence(i, last + 1)
            && !claimed[last + 1]
            && context
                .get(last + 1)
                .is_some_and(|t| t.is_proper() && !t.tags.contains(Tags::PLACE))
        {
            last += 1;
        }
        let fits = (i..=last).all(|k| !claimed[k])
            && context.get(i).is_some_and(|t| {
                t.is_proper()
                    && !t
                        .tags
                        .intersects(Tags::PLACE.union(Tags::MONTH).union(Tags::WEEKDAY))
            })
            && !(last == i
                && context
                    .get(i)
                    .is_some_and(|t| t.tags.contains(Tags::COMMON_WORD)));
        if fits {
            let span = Span::new(
                context.get(i).map_or(0, |t| t.span().start),
                context.get(last).map_or(0, |t| t.span().end),
            );
            // Tokens `i` and `last` are in the view: `i` is a start, and
            // `last` was read as the run grew.
            let org = Found {
                name: name_in(context, span),
                legal_form: None,
                kind,
                mention: (i, last, span),
            };
            claim(claimed, &org);
            orgs.add(context, org);
            next = last + 1;
        }
    }
}

/// The kind of organization a cue word before token `i` announces.
fn cue_before(context: &Context, i: usize) -> Option<OrganizationKind> {
    let mut k = i.checked_sub(1)?;
    if context.tok(k).is(",") {
        k = k.checked_sub(1)?;
    }
    let before = context.get(k)?;
    if before.case() != Case::Lower || !context.same_sentence(k, i) {
        return None;
    }
    if let Some(kind) = CUE_WORDS.find_whole(before.text, |_| true) {
        return Some(kind);
    }
    CUE_NOUNS
        .find(before.text)
        .map(|()| OrganizationKind::Company)
}

/// [`CUES`] by their endings, for [`cue_before`], which asks them of the
/// word before every proper word.
static CUE_WORDS: once_cell::sync::Lazy<Suffixes<OrganizationKind>> =
    once_cell::sync::Lazy::new(|| Suffixes::new(CUES));

/// [`CUE_ENDINGS`] by their endings.
static CUE_NOUNS: once_cell::sync::Lazy<Suffixes<()>> = once_cell::sync::Lazy::new(|| {
    let endings: Vec<(&'static str, ())> = CUE_ENDINGS.iter().map(|&e| (e, ())).collect();
    Suffixes::new(&endings)
});

/// The lengths of the [`COMPOUND_ENDINGS`], each of which starts with a
/// hyphen.
const COMPOUND_ENDING_LENGTHS: [usize; 4] = [8, 9, 10, 11];

/// Whether `word` has a hyphen where one of the [`COMPOUND_ENDINGS`] would
/// start, after a first part: four bytes looked at, where trying the
/// endings one by one compared each with the word's end.
#[inline]
fn may_end_in_compound_ending(word: &[u8]) -> bool {
    COMPOUND_ENDING_LENGTHS
        .iter()
        .any(|&len| word.len() > len && word.get(word.len() - len) == Some(&b'-'))
}

/// "Mærsk-koncernen": a proper first part before a company ending.
fn compound_at<'t>(i: usize, tok: &Tok<'t>) -> Option<Found<'t>> {
    if !tok.is_proper() || !may_end_in_compound_ending(tok.text.as_bytes()) {
        return None;
    }
    let ending = COMPOUND_ENDINGS.iter().find(|e| tok.text.ends_with(**e))?;
    let name = &tok.text[..tok.text.len() - ending.len()];
    if name.is_empty() || name.contains('-') {
        return None;
    }
    let span = Span::new(tok.span().start, tok.span().start + name.len());
    Some(Found {
        name,
        legal_form: None,
        kind: OrganizationKind::Company,
        mention: (i, i, span),
    })
}

/// Gathers the organizations as the rules find them: merges those found
/// twice under one name, and at the end adds every other mention of a
/// known name or its distinctive first word ("NORRIQS", "netIP's") among
/// tokens no one has taken. Taking each mention as it is found spares a
/// vector of every mention (13 MB on a 10 MB text), and the maps grow
/// with the names rather than being sized for a name per mention.
#[derive(Default)]
pub(crate) struct Linker<'t> {
    /// The organizations so far, in order of first finding.
    merged: Vec<OrgBuild>,
    /// The variant keys and their first words, in one map: a first word
    /// that is no key of its own cost a string, and a second lookup, in
    /// a map of first words beside the map of keys.
    keys: FastMap<String, Key>,
    /// Index in `merged` by full name, which borrows from the text.
    by_name: FastMap<FullName<'t>, usize>,
}

/// What [`Linker`] knows of a lower-case word sequence: the organization
/// it is a variant key of, and the most words of a key that starts with
/// it.
#[derive(Clone, Copy, Debug)]
struct Key {
    /// Index in the organizations, if the sequence is a key.
    org: Option<usize>,
    /// The most words of a key that starts with the sequence as its first
    /// word; 0 if none does.
    longest: usize,
}

impl Key {
    /// Makes the sequence, a key of `words` words, a key of organization
    /// `index`, unless it is another's already.
    fn make_key_of(&mut self, words: usize, index: usize) {
        if words == 1 {
            self.longest = self.longest.max(1);
        }
        self.org = self.org.or(Some(index));
    }
}

impl<'t> Linker<'t> {
    /// A linker whose maps are sized for the names of the text of
    /// `context` (see [`Context::names_capacity`]).
    pub(crate) fn for_text(context: &Context) -> Linker<'t> {
        let capacity = context.names_capacity();
        Linker {
            merged: Vec::with_capacity(8),
            keys: FastMap::with_capacity_and_hasher(capacity, Default::default()),
            by_name: FastMap::with_capacity_and_hasher(capacity, Default::default()),
        }
    }

    /// Adds a mention, to the organization of its name or of one of its
    /// keys, or as a new one.
    pub(crate) fn add(&mut self, context: &Context<'t>, org: Found<'t>) {
        let name = org.full_name();
        // One lookup of the name, kept for the insertion of a new one.
        let by_name = match self.by_name.entry(name) {
            // The same name again needs no keys worked out.
            Entry::Occupied(known) => {
                let target: &mut OrgBuild = &mut self.merged[*known.get()];
                target.mentions.push(org.mention);
                if target.legal_form.is_none() {
                    target.legal_form = org.legal_form.map(str::to_string);
                }
                return;
            }
            Entry::Vacant(new_name) => new_name,
        };
        let keys = variant_keys(context, &org);
        let existing = keys.as_ref().and_then(|keys| {
            let org_of = |k: &str| self.keys.get(k).and_then(|key| key.org);
            keys.distinctive_first()
                .and_then(org_of)
                .or_else(|| org_of(&keys.key))
        });
        let index = match existing {
            Some(index) => {
                let target = &mut self.merged[index];
                target.mentions.push(org.mention);
                if name.len() > target.name.len() {
                    target.name = name.to_owned_name();
                }
                if target.legal_form.is_none() {
                    target.legal_form = org.legal_form.map(str::to_string);
                }
                index
            }
            None => {
                self.merged.push(OrgBuild {
                    name: name.to_owned_name(),
                    kind: org.kind,
                    legal_form: org.legal_form.map(str::to_string),
                    mentions: super::first_mention(org.mention),
                });
                self.merged.len() - 1
            }
        };
        by_name.insert(index);
        let Some(keys) = keys else {
            return;
        };
        if let Some(first) = keys.distinctive_first() {
            self.add_key(first, 1, index);
        }
        // A key of one word is its own first word: one entry, and no
        // string made for the first word apart.
        if keys.words > 1 {
            self.add_first_word(keys.first_word(), keys.words);
        }
        // The name's own key is a string already: moved in, not copied.
        let known = self.keys.entry(keys.key).or_insert(Key {
            org: None,
            longest: 0,
        });
        known.make_key_of(keys.words, index);
    }

    /// Makes `key`, of `words` words, a key of organization `index`
    /// unless it is one already; a string for it only if it is new.
    fn add_key(&mut self, key: &str, words: usize, index: usize) {
        let known = match self.keys.get_mut(key) {
            Some(known) => known,
            None => self.keys.entry(key.to_string()).or_insert(Key {
                org: None,
                longest: 0,
            }),
        };
        known.make_key_of(words, index);
    }

    /// Notes that a key of `words` words starts with the word `first`.
    fn add_first_word(&mut self, first: &str, words: usize) {
        match self.keys.get_mut(first) {
            Some(known) => known.longest = known.longest.max(words),
            None => {
                let known = Key {
                    org: None,
                    longest: words,
                };
                self.keys.insert(first.to_string(), known);
            }
        }
    }

    /// The organizations, with every other mention of their names among
    /// tokens no one has taken, in order of first mention.
    #[inline(never)]
    pub(crate) fn finish(self, context: &Context, claimed: &mut [bool]) -> Vec<OrgBuild> {
        let mut merged = self.merged;
        let sisters = add_variant_mentions(context, claimed, &mut merged, &self.keys);
        merged.extend(sisters);
        for org in &mut merged {
            org.mentions.sort_by_key(|m| m.2.start);
            org.mentions.dedup_by_key(|m| m.2.start);
        }
        merged.sort_by_key(|o| o.mentions.first().map_or(usize::MAX, |m| m.2.start));
        merged
    }
}

/// The lower-case keys under which later mentions of an organization are
/// found: its name without legal form and genitive, and its first word
/// when that is distinctive (four letters or more, no ordinary word,
/// place or name). The first word is a slice of the key, made a string
/// only when it is a new key: a string of its own cost an allocation for
/// every new name.
struct VariantKeys {
    /// The name's key.
    key: String,
    /// How many words the key has: what splitting at spaces gives.
    words: usize,
    /// The length of the key's first word.
    first_len: usize,
    /// Whether the first word is a key too.
    distinctive: bool,
}

impl VariantKeys {
    /// The key's first word.
    fn first_word(&self) -> &str {
        self.key.get(..self.first_len).unwrap_or("")
    }

    /// The key's first word, when it is a key too.
    fn distinctive_first(&self) -> Option<&str> {
        self.distinctive.then(|| self.first_word())
    }
}

/// The [`VariantKeys`] of `org`; `None` for a name with no key.
fn variant_keys(context: &Context, org: &Found) -> Option<VariantKeys> {
    // The full name less its legal form is the name and a space.
    let bare = match org.legal_form {
        Some(_) => org.name.trim(),
        None => org.name,
    };
    let (key, _) = super::gazetteer::key_of(bare);
    if key.is_empty() {
        return None;
    }
    // The first word and the number of words, in one pass over the bytes
    // rather than a splitter and a count.
    let first_len = key.bytes().position(|b| b == b' ').unwrap_or(key.len());
    let words = 1 + key.bytes().skip(first_len).filter(|&b| b == b' ').count();
    let (first, _, _) = org.mention;
    let tags = context.get(first).map_or(Tags::NONE, |t| t.tags);
    let word = key.get(..first_len).unwrap_or("");
    let distinctive = words > 1
        && word.chars().nth(3).is_some()
        && !tags.intersects(
            Tags::COMMON_WORD
                .union(Tags::PLACE)
                .union(Tags::FIRST_NAME)
                .union(Tags::SURNAME),
        );
    Some(VariantKeys {
        key,
        words,
        first_len,
        distinctive,
    })
}

/// Adds a mention for every untaken token sequence that spells a key;
/// returns the sister organizations found on the way.
fn add_variant_mentions(
    context: &Context,
    claimed: &mut [bool],
    orgs: &mut [OrgBuild],
    keys: &FastMap<String, Key>,
) -> Vec<OrgBuild> {
    let mut key = String::new();
    let mut sisters = Vec::new();
    let firsts = keys.iter().filter(|(_, key)| key.longest > 0);
    let beginnings = Beginnings::of(firsts.map(|(word, _)| word.as_str()));
    let first_word = |word: &str| keys.get(word).filter(|key| key.longest > 0).copied();
    for i in context.starts() {
        // A taken token needs no token put together.
        if claimed[i] {
            continue;
        }
        let tok = &context.tok(i);
        if !tok.is_proper() || !beginnings.may_hold(tok.text) {
            continue;
        }
        // Lowered in the key itself: the key a longer name is put
        // together in starts with it, and an ASCII word needs no check.
        key.clear();
        if !push_lowercase(tok.text, &mut key) {
            continue;
        }
        let Some(first) = first_word(&key).or_else(|| genitive_stem(&key).and_then(first_word))
        else {
            continue;
        };
        let longest = first.longest;
        let mut found = first.org.map(|org| (i, org));
        for n in 2..=longest {
            let k = i + n - 1;
            let Some(next) = context.get(k) else { break };
            if claimed[k] || !context.same_sentence(i, k) {
                break;
            }
            key.push(' ');
            if !push_lowercase(next.text, &mut key) {
                key.push_str(&next.text.to_lowercase());
            }
            let org_of = |k: &str| keys.get(k).and_then(|known| known.org);
            let hit = org_of(key.as_str()).or_else(|| genitive_stem(&key).and_then(org_of));
            if let Some(org) = hit {
                found = Some((k, org));
            }
        }
        if let Some((last, org)) = found {
            if tok.initial() && last == i && tok.tags.contains(Tags::COMMON_WORD) {
                continue;
            }
            let next_proper = context.get(last + 1).is_some_and(|t| {
                t.is_proper() && !claimed[last + 1] && context.same_sentence(last, last + 1)
            });
            // The word before is read only for a place's name.
            if is_in_capitals(context, i, last)
                || (tok.tags.contains(Tags::PLACE) && after_place_word(context, i))
            {
                continue;
            }
            if next_proper && last == i {
                if let Some(sister) = sister_at(context, claimed, i, orgs[org].kind) {
                    for &(first, last, _) in &sister.mentions {
                        claim_tokens(claimed, first, last);
                    }
                    sisters.push(sister);
                }
                continue;
            }
            let span = Span::new(tok.span().start, context.tok(last).span().end);
            orgs[org].mentions.push((i, last, span));
            claim_tokens(claimed, i, last);
        }
    }
    sisters
}

/// "Kosan Teknova" after "Kosan Holding": the distinctive first word of a
/// known organization followed by other proper words names a sister
/// organization of the same kind.
fn sister_at(
    context: &Context,
    claimed: &[bool],
    i: usize,
    kind: OrganizationKind,
) -> Option<OrgBuild> {
    let mut last = i;
    while last - i < 3 {
        let next = last + 1;
        let fits = context.get(next).is_some_and(|t| {
            t.case() == Case::Capitalised
                && !claimed[next]
                && context.same_sentence(i, next)
                && !t.tags.intersects(Tags::FIRST_NAME.union(Tags::PLACE))
        });
        if !fits {
            break;
        }
        last = next;
    }
    (last > i).then(|| OrgBuild {
        name: name_without_genitive(context, i, last).to_string(),
        kind,
        legal_form: None,
        mentions: vec![(
            i,
            last,
            Span::new(context.tok(i).span().start, context.tok(last).span().end),
        )],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// The hash the linker's map gives a value.
    fn hash_of<T: std::hash::Hash>(value: &T) -> u64 {
        FastMap::<(), ()>::default().hasher().hash_one(value)
    }

    #[test]
    fn a_full_name_is_the_string_its_parts_spell() {
        let parted = FullName {
            name: "Kagefabrikken",
            legal_form: Some("ApS"),
        };
        let whole = FullName {
            name: "Kagefabrikken ApS",
            legal_form: None,
        };
        assert_eq!(parted, whole);
        assert_eq!(hash_of(&parted), hash_of(&whole));
        assert_eq!(hash_of(&parted), hash_of(&"Kagefabrikken ApS"));
        assert_eq!(parted.to_owned_name(), "Kagefabrikken ApS");
        let other = FullName {
            name: "Kagefabrikken A",
            legal_form: Some("pS"),
        };
        assert_ne!(parted, other);
    }

    #[test]
    fn compound_endings_start_with_a_hyphen_at_a_listed_length() {
        for ending in COMPOUND_ENDINGS {
            assert!(ending.starts_with('-'), "{ending}");
            assert!(COMPOUND_ENDING_LENGTHS.contains(&ending.len()), "{ending}");
            let word = format!("Mærsk{ending}");
            assert!(may_end_in_compound_ending(word.as_bytes()), "{word}");
        }
        assert!(!may_end_in_compound_ending(b"Frederiksen"));
        assert!(!may_end_in_compound_ending(b"-gruppen"));
    }

    #[test]
    fn the_tails_of_the_heads_let_every_head_through() {
        for (head, _) in HEADS {
            let mut chars = head.chars();
            let capital: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            let capitalised = format!("{capital}{}", chars.as_str());
            for word in [head.to_string(), capitalised, format!("Horsens{head}")] {
                assert!(HEAD_ENDINGS.may_end(&word), "{word}");
                assert!(HEAD_TAILS.may_end(word.as_bytes()), "{word}");
            }
        }
        assert!(!HEAD_TAILS.may_end(b"Mandag"));
        assert!(!HEAD_TAILS.may_end(b"Danmark"));
        assert!(!HEAD_TAILS.may_end(b"Politiken"));
        // Turned down on their fourth last byte, or as words of three.
        assert!(!HEAD_TAILS.may_end(b"Hansen"));
        assert!(!HEAD_TAILS.may_end(b"Kommunen"));
        assert!(!HEAD_TAILS.may_end(b"Aarhus"));
        assert!(!HEAD_TAILS.may_end(b"Det"));
        assert!(!HEAD_TAILS.may_end(b"Den"));
        assert!(HEAD_TAILS.may_end(b"Amt"));
        assert!(HEAD_TAILS.may_end(b"ab"));
    }

    proptest::proptest! {
        #[test]
        fn a_word_the_heads_may_end_passes_their_tails(
            prefix in "\\PC{0,6}",
            head in 0..HEADS.len(),
            skip in 0usize..4,
            suffix in "\\PC{0,2}",
        ) {
            let (head, _) = HEADS[head];
            let tail: String = head.chars().skip(skip).collect();
            for word in [format!("{prefix}{tail}"), format!("{prefix}{tail}{suffix}")] {
                if HEAD_ENDINGS.may_end(&word) {
                    proptest::prop_assert!(HEAD_TAILS.may_end(word.as_bytes()), "{}", word);
                }
            }
        }
    }

    #[test]
    fn a_number_after_a_name_makes_it_a_product() {
        for (text, product) in [
            ("Hun kører i en Audi 80 til byen.", true),
            ("Hun kører i en Audi A 4 til byen.", true),
            ("Hun kører i en Audi AB 4 til byen.", false),
            ("Hun kører i en Audi Ab 4 til byen.", false),
            ("Hun kører i en Audi til byen.", false),
            ("Hun kører i en Audi  80 til byen.", false),
        ] {
            let segmentation = crate::segment::segment(text);
            let document = crate::document::Document::new(text, &segmentation);
            let context = Context::new(&document);
            let audi = (0..context.len())
                .find(|&i| context.tok(i).is("Audi"))
                .unwrap();
            assert_eq!(is_product(&context, audi), product, "{text}");
        }
    }

    #[test]
    fn a_name_cut_from_its_span_is_the_name_of_its_tokens() {
        let text = "Politikens og Danske Banks folk talte med Politiken. DSB's tog.";
        let segmentation = crate::segment::segment(text);
        let document = crate::document::Document::new(text, &segmentation);
        let context = Context::new(&document);
        for first in 0..context.len() {
            for last in first..context.len().min(first + 3) {
                let span = Span::new(
                    context.tok(first).span().start,
                    context.tok(last).span().end,
                );
                assert_eq!(
                    name_in(&context, span),
                    name_without_genitive(&context, first, last)
                );
            }
        }
        let politikens = Span::new(0, "Politikens".len());
        assert_eq!(name_in(&context, politikens), "Politiken");
    }

    #[test]
    fn every_legal_form_begins_with_a_pair_of_the_set() {
        for form in LEGAL_FORMS {
            let [first, second, ..] = *form.as_bytes() else {
                panic!("{form} has fewer than two bytes");
            };
            assert!(LEGAL_FORM_PAIRS.may_begin(first, second), "{form}");
        }
        assert!(!LEGAL_FORM_PAIRS.may_begin(b'A', b'r'));
        assert!(!LEGAL_FORM_PAIRS.may_begin(b'S', b'o'));
    }

    proptest::proptest! {
        #[test]
        fn a_legal_form_found_passes_the_first_test(
            form in proptest::sample::select(LEGAL_FORMS),
            after in "[ .,/a-zA-Z]{0,3}",
        ) {
            let text = format!("Kagefabrikken {form}{after} solgte.");
            let segmentation = crate::segment::segment(&text);
            let document = crate::document::Document::new(&text, &segmentation);
            let context = Context::new(&document);
            for i in 1..context.len() {
                let tok = context.tok(i);
                let cheap = tok.word() && tok.text.len() <= 8;
                if cheap && legal_form_at(&context, i).is_some() {
                    proptest::prop_assert!(may_be_legal_form(&context, i), "{}", text);
                }
            }
        }
    }

    #[test]
    fn a_long_full_name_hashes_as_its_string() {
        let name = "Meget ".repeat(30);
        let parted = FullName {
            name: &name,
            legal_form: Some("A/S"),
        };
        assert_eq!(hash_of(&parted), hash_of(&format!("{name} A/S").as_str()));
    }
}
