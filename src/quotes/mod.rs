//! Quotes and their speakers.
//!
//! The stage works on tokens and lexicon tags ([`view`]), paragraph by
//! paragraph, and skips every paragraph with no quote mark, no dash, no
//! colon and no speech-verb token (the cheap prefilter). For the rest it
//! finds direct quotes from their marks and dialogue dashes ([`marks`]),
//! each direct quote's cue and speaker ([`attribution`], reading the
//! phrases around a speech verb with [`phrases`]), the quotes without
//! marks ([`unmarked`]), and maps each speaker phrase to a person or an
//! organization ([`speakers`]).

mod attribution;
mod marks;
mod phrases;
mod speakers;
mod unmarked;
mod view;

use crate::document::Document;
use crate::entities::Entities;
use crate::model::{Quote, QuoteKind, Span, Speaker};
use std::num::NonZeroU32;
use view::{View, class};

/// A quote while the stage works on it: token positions as well as bytes.
///
/// Token and paragraph indices are held in four bytes (as the view holds
/// its ranges, see [`view::short`]) and read back as `usize` by the
/// methods of the same names: a record is then 136 bytes, not 184, still
/// no smaller than the [`Quote`] that takes its place in [`to_quotes`].
#[derive(Clone, Debug)]
struct Found {
    /// The quoted content, without marks.
    content: Span,
    kind: QuoteKind,
    /// Index of the opening mark or dash token, if any.
    open: Option<u32>,
    /// Index of the closing mark token, if any.
    close: Option<u32>,
    /// First and one-past-last token of the content.
    tokens: (u32, u32),
    paragraph: u32,
    /// The quote opens with a dialogue dash.
    dash: bool,
    /// Index in the found list of the quote this one continues (a quote
    /// left open at a paragraph end, or the first part of a split quote).
    continues: Option<u32>,
    cue: Option<CueWords>,
    speaker: Option<SpeakerPhrase>,
    addressee: Option<Span>,
}

impl Found {
    /// Index of the opening mark or dash token, if any.
    fn open(&self) -> Option<usize> {
        self.open.map(|i| i as usize)
    }

    /// Index of the closing mark token, if any.
    fn close(&self) -> Option<usize> {
        self.close.map(|i| i as usize)
    }

    /// First and one-past-last token of the content.
    fn tokens(&self) -> (usize, usize) {
        (self.tokens.0 as usize, self.tokens.1 as usize)
    }

    /// The paragraph the quote lies in.
    fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Index in the found list of the quote this one continues.
    fn continues(&self) -> Option<usize> {
        self.continues.map(|i| i as usize)
    }
}

/// The words of a cue ("siger", "lød det"): their bytes and the index of
/// the first, so that the tokens used as cues are marked with no search
/// of the tokens for the cue's start (see [`unmarked::UsedCues`]).
///
/// The index is held plus one in a [`NonZeroU32`], whose niche holds the
/// `None` of an `Option<CueWords>`: a record has no more bytes for its
/// cue than it had for the span alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CueWords {
    span: Span,
    first_plus_one: NonZeroU32,
}

impl CueWords {
    /// The cue over tokens `first..last`.
    fn new(view: &View, first: usize, last: usize) -> CueWords {
        CueWords {
            span: view.span(first, last),
            // An index below the token count never saturates.
            first_plus_one: NonZeroU32::MIN.saturating_add(view::short(first)),
        }
    }

    /// The cue's first token.
    fn first(&self) -> usize {
        (self.first_plus_one.get() - 1) as usize
    }
}

/// Where the text names a speaker: bytes and tokens `first..last`, the
/// tokens held in four bytes as in [`Found`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SpeakerPhrase {
    span: Span,
    first: u32,
    last: u32,
}

impl SpeakerPhrase {
    /// The phrase's first token.
    fn first(&self) -> usize {
        self.first as usize
    }

    /// One past the phrase's last token.
    fn last(&self) -> usize {
        self.last as usize
    }
}

/// Finds the quotes of `text`, in text order.
// Not inlined, so that profiles show the stage as one frame.
#[inline(never)]
pub(crate) fn find(document: &Document, entities: &Entities) -> Vec<Quote> {
    let view = View::new(document);
    // Indexed before the working records exist: the sort of the mentions
    // needs a second list, whose peak then does not add to theirs.
    let resolver = speakers::Resolver::new(&view, entities);
    let mut found = Vec::with_capacity(record_capacity(view.len()));
    let mut carried: Option<usize> = None;
    let mut in_advert = false;
    let mut cues: Option<unmarked::UsedCues> = None;
    let mut direct = unmarked::DirectQuotes::default();
    for paragraph in 0..view.paragraph_count() {
        let (first, last) = view.paragraph_tokens(paragraph);
        in_advert = view::advert_continues(&view, first, last, in_advert);
        let bits = view.paragraph_bits(paragraph);
        if in_advert || bits & class::LOOK == 0 {
            carried = None;
            continue;
        }
        let before = found.len();
        // Without a quote mark or a dash the scans for them find nothing.
        carried = if bits & class::QUOTE != 0 {
            marks::scan_paragraph(&view, paragraph, carried, &mut found)
        } else {
            None
        };
        if bits & class::DASH != 0 {
            marks::dash_lines(&view, paragraph, &mut found, before);
        }
        found[before..].sort_by_key(|f| f.content.start);
        attribution::attribute_direct(&view, &mut found, before);
        marks::drop_titles(&view, &mut found[before..]);
        let cues = cues.get_or_insert_with(|| unmarked::UsedCues::new(&view));
        unmarked::unmarked(&view, paragraph, &mut found, before, cues, &mut direct);
    }
    attribution::share_speakers(&view, &mut found);
    to_quotes(found, &resolver, document)
}

/// Room for the working records of a text of `tokens` tokens.
///
/// News text holds about one quote per 35 tokens: room for them from the
/// start spares a short article the series of reallocations. The room is
/// a whole number of [`WHOLE_QUOTES`], rounded down (a long text holds no
/// more bytes for it), so that [`to_quotes`] collects the quotes in the
/// records' allocation with no reallocation to fit its bytes; doubling
/// keeps that so.
fn record_capacity(tokens: usize) -> usize {
    let wanted = tokens / 32 + 4;
    (wanted - wanted % WHOLE_QUOTES).max(WHOLE_QUOTES)
}

/// The fewest working records whose bytes are a whole number of quotes
/// (16 of 136 bytes for 17 of 128).
const WHOLE_QUOTES: usize = size_of::<Quote>() / gcd(size_of::<Found>(), size_of::<Quote>());

/// The greatest common divisor of `a` and `b`.
const fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The public quotes of `found`, sorted by start and end, stably, with
/// no two over the same span (the first is kept).
///
/// They take the place of `found`: a list that the standard library
/// collects in the allocation it consumes, where the items are no larger
/// and as aligned, so that the quotes and the working records are never
/// held at once. Each paragraph's quotes lie within it and the paragraphs
/// come in text order, so sorting each paragraph's few records, once
/// their spans are final, sorts them all, with no list of the
/// paragraphs' lengths and no buffer of half the quotes; the sort of the
/// whole is the way back should that ever fail.
fn to_quotes(
    mut found: Vec<Found>,
    resolver: &speakers::Resolver,
    document: &Document,
) -> Vec<Quote> {
    let key = |q: &Quote| (q.start, q.end);
    for paragraph in found.chunk_by_mut(|a, b| a.paragraph == b.paragraph) {
        for f in paragraph.iter_mut().filter(|f| !f.content.is_empty()) {
            keep_speaker_outside(f, document);
        }
        paragraph.sort_by_key(|f| (f.content.start, f.content.end));
    }
    let mut quotes: Vec<Quote> = found
        .into_iter()
        .filter(|f| !f.content.is_empty())
        .map(|f| to_quote(&f, resolver, document.text))
        .collect();
    // A long text's spare room goes back; a short one's few spare bytes
    // are not worth the call.
    if (quotes.capacity() - quotes.len()) * size_of::<Quote>() > SPARE_BYTES {
        quotes.shrink_to_fit();
    }
    if !quotes.is_sorted_by_key(key) {
        quotes.sort_by_key(key);
    }
    quotes.dedup_by_key(|q| key(q));
    quotes
}

/// The spare room in the list of quotes, in bytes, above which it is
/// given back.
const SPARE_BYTES: usize = 4096;

/// The public quote, its speaker resolved.
fn to_quote(found: &Found, resolver: &speakers::Resolver, text: &str) -> Quote {
    let mut content = found.content;
    let speaker = found.speaker.map(|phrase| {
        let resolved = resolver.resolve(phrase);
        let span = named_span(phrase.span, resolved.mention, &mut content, text);
        Speaker {
            start: span.start,
            end: span.end,
            person: resolved.person,
            organization: resolved.organization,
        }
    });
    Quote {
        start: content.start,
        end: content.end,
        kind: found.kind,
        cue: found.cue.map(|cue| cue.span),
        speaker,
        addressee: found.addressee,
    }
}

/// The speaker's span: the phrase, widened to the whole mention of the
/// person or organization it names when it holds only part of it (the
/// "S" of "Vestas A/S", whose slash ends a phrase). A quote whose content
/// began inside that name ("Ifølge Novo Nordisk A/S er ...") then begins
/// after it; a widening that would reach into the content otherwise is
/// not made.
fn named_span(phrase: Span, mention: Option<Span>, content: &mut Span, text: &str) -> Span {
    let Some(mention) = mention else {
        return phrase;
    };
    let widened = Span::new(phrase.start.min(mention.start), phrase.end.max(mention.end));
    if !widened.overlaps(*content) {
        return widened;
    }
    if widened.start < content.start && widened.end < content.end {
        let rest = text.get(widened.end..content.end).unwrap_or("");
        let start = content.end - rest.trim_start().len();
        if start < content.end {
            *content = Span::new(start, content.end);
            return widened;
        }
    }
    phrase
}

/// A quote left open runs to its paragraph's end and can swallow the
/// sentence that names its speaker ("»Vi er klar. Det oplyste X."). End it
/// before that sentence, or before the cue where the speaker is named in
/// the quote's first sentence; a speaker still inside is dropped, with its
/// cue and addressee, rather than reported as speaking its own words.
/// Only the content's bytes are cut, not its tokens, which are no longer
/// read.
fn keep_speaker_outside(quote: &mut Found, document: &Document) {
    let Some(speaker) = quote.speaker.map(|phrase| phrase.span) else {
        return;
    };
    let content = quote.content;
    if !speaker.overlaps(content) {
        return;
    }
    let sentences = document.sentences;
    let named_in = sentences.partition_point(|s| s.end <= speaker.start);
    let cut = match sentences.get(named_in) {
        Some(sentence) if sentence.start > content.start => sentence.start,
        _ => quote
            .cue
            .map_or(speaker.start, |cue| cue.span.start.min(speaker.start)),
    };
    let kept = document
        .text
        .get(content.start..cut.max(content.start))
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—'));
    if kept.is_empty() {
        quote.speaker = None;
        quote.cue = quote.cue.filter(|cue| !cue.span.overlaps(content));
        quote.addressee = quote.addressee.filter(|s| !s.overlaps(content));
    } else {
        quote.content.end = content.start + kept.len();
    }
}

#[cfg(test)]
mod tests;
