//! Quotes without marks: reported speech, "Det mener X", indirect speech,
//! "ifølge X", a headline "Navn: udsagn" and a statement after a colon.

use super::attribution::apply;
use super::phrases::*;
use super::view::{View, class, short};
use super::{CueWords, Found};
use crate::lexicon::Tags;
use crate::model::{QuoteKind, Span};

/// "Hun sagde det også: Vi skal videre.": a cue before a colon and a
/// statement without marks after it.
fn after_colon(view: &View, sentence: usize, paragraph: usize, found: &mut Vec<Found>) {
    let (first, last) = view.sentence_tokens(sentence);
    let Some(colon) = (first + 2..last).find(|&i| view.is_punct(i, ":")) else {
        return;
    };
    if !view.is_capitalized(colon + 1) {
        return;
    }
    let window = colon.saturating_sub(8).max(first);
    let Some(verb) = (window..colon).rev().find(|&v| is_speech_verb(view, v)) else {
        return;
    };
    if !states(view, verb, first) {
        return;
    }
    let Some(range) = subject_of(view, verb, first, colon) else {
        return;
    };
    let (speaker, _) = choose_speaker(view, range, colon);
    let addressee = (verb + 1..colon)
        .find_map(|a| addressee_at(view, a, colon))
        .map(|(s, _)| s);
    let cue = Cue {
        cue: CueWords::new(view, verb, verb + 1),
        speaker: Some(speaker),
        addressee,
        end: colon + 1,
    };
    push_after_colon(view, (colon, last), paragraph, cue, found);
}

/// Pushes the words after a colon, up to `last`, as a direct quote with
/// `cue`, where there are three words or more: fewer make a label, not a
/// statement.
fn push_after_colon(
    view: &View,
    (colon, last): (usize, usize),
    paragraph: usize,
    cue: Cue,
    found: &mut Vec<Found>,
) {
    let end = trim_end(view, colon + 1, last);
    if (colon + 1..end).filter(|&i| view.is_word(i)).count() >= 3 {
        found.push(new_found(
            view,
            (colon + 1, end),
            QuoteKind::Direct,
            paragraph,
            cue,
        ));
    }
}

/// Quotes without marks in one paragraph: reported speech, "Det mener X",
/// indirect speech, "ifølge X" and a headline "Navn: udsagn".
// Inlined into the stage's one caller, whose state it shares.
#[inline(always)]
pub(super) fn unmarked(
    view: &View,
    paragraph: usize,
    found: &mut Vec<Found>,
    from: usize,
    cues: &mut UsedCues,
    direct: &mut DirectQuotes,
) {
    let (first_sentence, last_sentence) = view.paragraph_sentences(paragraph);
    direct.refill(&found[from..]);
    // Taken once a paragraph: the test of where the quotes are held is
    // not made again for each sentence.
    let direct = direct.spans();
    if found.len() > from {
        cues.mark(&found[from..]);
    }
    for sentence in first_sentence..last_sentence {
        // Every pattern below needs a speech verb ("ifølge" is tagged as
        // one) or a colon. The class bits of the sentence together say
        // which it has (a loop without branches); most sentences have
        // neither, and only those with a verb are searched for it.
        let bits = view.sentence_bits(sentence);
        let verbs = bits & class::VERB != 0;
        let colon = bits & class::COLON != 0;
        if !verbs && !colon {
            continue;
        }
        let (first, last) = view.sentence_tokens(sentence);
        // A sentence with a colon but no verb is not walked for verbs.
        let (verb_tokens, ifolge_at) = if verbs {
            Verbs::of(view, first, last)
        } else {
            (Verbs::NONE, None)
        };
        let before = found.len();
        // Most paragraphs have no direct quote to hide a sentence.
        if direct.is_empty() || !covered(direct, view.span(first, last)) {
            if verbs && det_mener(view, sentence, paragraph, found) {
                continue;
            }
            if verbs {
                reported(view, sentence, verb_tokens, paragraph, found);
            }
            if colon {
                headline(view, sentence, paragraph, found);
                if verbs {
                    after_colon(view, sentence, paragraph, found);
                }
            }
        }
        if let Some(verb) = verb_tokens.first() {
            // Most sentences add no quote: no call for nothing.
            if found.len() > before {
                cues.mark(&found[before..]);
            }
            indirect(view, (sentence, verb, verb_tokens), paragraph, found, cues);
        }
        if let Some(at) = ifolge_at {
            ifolge(view, sentence, at, paragraph, found);
        }
    }
}

/// Where the speech-verb tokens of one sentence lie: the first and one
/// past the last, found on one walk over the sentence's cells. Most
/// sentences have one verb, and the searches for the next verb (the
/// cues of reported and indirect speech, a comma before a cue) stop at
/// the last instead of walking the cells on to the sentence's end.
///
/// Every token tagged as a speech verb has [`class::VERB`] in its cell,
/// so none lies outside `first..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Verbs {
    first: usize,
    end: usize,
}

impl Verbs {
    /// No verb.
    const NONE: Verbs = Verbs { first: 0, end: 0 };

    /// The verbs among tokens `first..last`, and the first "ifølge"
    /// among them (tagged as a speech verb, read apart by [`ifolge`]).
    fn of(view: &View, first: usize, last: usize) -> (Verbs, Option<usize>) {
        let mut verbs = view.with_class(first, last, class::VERB);
        let Some(first_verb) = verbs.next() else {
            return (Verbs::NONE, None);
        };
        let mut ifolge_at = Some(first_verb).filter(|&i| view.is(i, "ifølge"));
        let mut last_verb = first_verb;
        for verb in verbs {
            if ifolge_at.is_none() && view.is(verb, "ifølge") {
                ifolge_at = Some(verb);
            }
            last_verb = verb;
        }
        let verbs = Verbs {
            first: first_verb,
            end: last_verb + 1,
        };
        (verbs, ifolge_at)
    }

    /// The first verb, if there is one.
    fn first(self) -> Option<usize> {
        (self.first < self.end).then_some(self.first)
    }

    /// The first verb token among `from..until`, if any: what
    /// `view.with_class(from, until, class::VERB).next()` gives for a
    /// range inside the sentence, with no walk past the last verb.
    fn next(self, view: &View, from: usize, until: usize) -> Option<usize> {
        let end = self.end.min(until);
        let from = from.max(self.first);
        if from >= end {
            return None;
        }
        view.with_class(from, end, class::VERB).next()
    }
}

/// The direct quotes of one paragraph that hide a sentence from the search
/// for unmarked speech, sorted by start. A quote left open at the
/// paragraph's end without a speaker hides only the sentence it starts in:
/// an unclosed mark is as often a slip as a quote running on. A
/// paragraph's few quotes are held in place, with no allocation; a list
/// takes the rest, once a text, refilled, not allocated again.
#[derive(Default)]
pub(super) struct DirectQuotes {
    /// Content span, and whether it hides every sentence it overlaps, of
    /// the first [`HELD`] quotes, when there are no more.
    held: [(Span, bool); HELD],
    /// How many quotes there are.
    count: usize,
    /// All the quotes, when there are more than [`HELD`].
    more: Vec<(Span, bool)>,
}

/// How many direct quotes of a paragraph [`DirectQuotes`] holds in place:
/// more than most paragraphs have.
const HELD: usize = 8;

impl DirectQuotes {
    /// Holds the direct quotes among `found` that hide sentences.
    fn refill(&mut self, found: &[Found]) {
        let hiding = found
            .iter()
            .filter(|f| f.kind == QuoteKind::Direct && !f.content.is_empty())
            .map(|f| {
                (
                    f.content,
                    f.close.is_some() || f.dash || f.speaker.is_some(),
                )
            });
        // Counted in a local, not in `self`, which each store to `held`
        // could change. The list is read only past `HELD` quotes, and
        // cleared then.
        let mut count = 0;
        for quote in hiding {
            if let Some(slot) = self.held.get_mut(count) {
                *slot = quote;
            } else {
                if count == HELD {
                    self.more.clear();
                    self.more.extend_from_slice(&self.held);
                }
                self.more.push(quote);
            }
            count += 1;
        }
        self.count = count;
        if count < 2 {
            return;
        }
        let spans = if count <= HELD {
            &mut self.held[..count]
        } else {
            &mut self.more[..]
        };
        spans.sort_unstable_by_key(|(span, _)| span.start);
    }

    /// The quotes, sorted by start.
    fn spans(&self) -> &[(Span, bool)] {
        self.held.get(..self.count).unwrap_or(&self.more)
    }
}

/// Whether one of a paragraph's direct quotes `spans`, sorted by start,
/// hides the sentence `sentence`. Quotes do not overlap, so the few that
/// start last before the sentence's end are the only ones to look at.
fn covered(spans: &[(Span, bool)], sentence: Span) -> bool {
    let before = spans.partition_point(|(span, _)| span.start < sentence.end);
    for &(span, hides_all) in spans[..before].iter().rev().take(8) {
        if span.end <= sentence.start {
            return false;
        }
        if hides_all || span.start >= sentence.start {
            return true;
        }
    }
    false
}

/// The tokens already used as the cue of a quote, so that indirect speech
/// does not take them again: one bit a token, allocated once a text (a
/// bit, not a bool: an eighth of the memory to clear).
pub(super) struct UsedCues {
    used: Vec<u64>,
}

impl UsedCues {
    /// No token used yet.
    pub(super) fn new(view: &View) -> UsedCues {
        UsedCues {
            used: vec![0; view.len().div_ceil(64)],
        }
    }

    /// Marks the cue tokens of `found` as used: the first token of each
    /// cue, which it holds.
    fn mark(&mut self, found: &[Found]) {
        for cue in found.iter().filter_map(|f| f.cue) {
            let token = cue.first();
            if let Some(word) = self.used.get_mut(token / 64) {
                *word |= 1 << (token % 64);
            }
        }
    }

    /// Whether `token` is the cue of a quote already.
    fn contains(&self, token: usize) -> bool {
        self.used
            .get(token / 64)
            .is_some_and(|word| word >> (token % 64) & 1 != 0)
    }
}

/// A quote without marks over tokens `first..last`, with its cue.
fn new_found(
    view: &View,
    (first, last): (usize, usize),
    kind: QuoteKind,
    paragraph: usize,
    cue: Cue,
) -> Found {
    Found {
        content: view.span(first, last),
        kind,
        open: None,
        close: None,
        tokens: (short(first), short(last)),
        paragraph: short(paragraph),
        dash: false,
        continues: None,
        cue: Some(cue.cue),
        speaker: cue.speaker,
        addressee: cue.addressee,
    }
}

/// Without the sentence's closing mark.
fn trim_end(view: &View, first: usize, mut last: usize) -> usize {
    while last > first && view.is_punct(last - 1, ".,:;") {
        last -= 1;
    }
    last
}

/// "Det er godt, siger hun.": a comma, a cue and its speaker after the
/// statement, which runs from the sentence start or from the end of the
/// attribution before it. `verbs` are the sentence's speech verbs.
fn reported(view: &View, sentence: usize, verbs: Verbs, paragraph: usize, found: &mut Vec<Found>) {
    let (first, last) = view.sentence_tokens(sentence);
    let mut start = if view.is_dash(first) {
        first + 1
    } else {
        first
    };
    // A cue opens with a speech verb: only a comma just before one can
    // end a statement, so the walk goes from verb to verb, not from
    // comma to comma, and stops at the sentence's last verb. The commas
    // it passes over are those that `cue_after` turns down.
    let mut next = verbs.next(view, start + 3, last);
    while let Some(verb) = next {
        let comma = verb - 1;
        next = verbs.next(view, verb + 1, last);
        if !view.is_punct(comma, ",") {
            continue;
        }
        let Some(cue) = cue_after(view, verb, last) else {
            continue;
        };
        let Some(end) = ends_attribution(view, cue.end, last) else {
            continue;
        };
        if (start..comma).filter(|&i| view.is_word(i)).count() >= 3 {
            found.push(new_found(
                view,
                (start, comma),
                QuoteKind::Reported,
                paragraph,
                cue,
            ));
        }
        start = end + 1;
        if view.is_dash(start) {
            start += 1;
        }
        // The next comma from two tokens into the next statement.
        next = verbs.next(view, start + 3, last);
    }
}

/// "Det mener X." / "Sådan siger X.": the statement is the sentence
/// before. Attaches the speaker to a direct quote there without one, or
/// makes that sentence a reported quote.
fn det_mener(view: &View, sentence: usize, paragraph: usize, found: &mut Vec<Found>) -> bool {
    let (first, last) = view.sentence_tokens(sentence);
    if !view.is_any(first, &["det", "dette", "sådan", "således", "så"]) || sentence == 0 {
        return false;
    }
    let Some(cue) = cue_after(view, first + 1, last) else {
        return false;
    };
    if !(cue.end >= last || view.is_punct(cue.end, ".!:;")) {
        return false;
    }
    let (prev_first, prev_last) = view.sentence_tokens(sentence - 1);
    let prev = view.span(prev_first, prev_last);
    if let Some(f) = found
        .iter_mut()
        .rev()
        .take(4)
        .find(|f| f.content.overlaps(prev))
    {
        if f.speaker.is_none() {
            apply(f, cue);
        }
        return true;
    }
    let start = if view.is_dash(prev_first) {
        prev_first + 1
    } else {
        prev_first
    };
    let end = trim_end(view, start, prev_last);
    if end > start {
        found.push(new_found(
            view,
            (start, end),
            QuoteKind::Reported,
            paragraph,
            cue,
        ));
    }
    true
}

/// "X siger/mener/skriver, at ...": the speaker before the verb (or after
/// it, when the verb is inverted), the statement after "at". Looks at the
/// verbs of `sentence` from token `first_verb` on.
fn indirect(
    view: &View,
    (sentence, first_verb, verbs): (usize, usize, Verbs),
    paragraph: usize,
    found: &mut Vec<Found>,
    cues: &UsedCues,
) {
    let (first, last) = view.sentence_tokens(sentence);
    let mut verb = first_verb;
    while verb < last {
        // Most verbs open no "at" clause, and nearly all state: the clause
        // is looked for first, the cheaper way to turn a verb down.
        let clause = if is_speech_verb(view, verb) {
            that_clause(view, verb, last)
        } else {
            None
        };
        let Some(at) = clause.filter(|_| states(view, verb, first)) else {
            // Only a verb token can be a cue: the next one is found on
            // the cells, not by a test of each token between, and past
            // the last verb not looked for.
            verb = verbs.next(view, verb + 1, last).unwrap_or(last);
            continue;
        };
        let used = cues.contains(verb);
        if used {
            verb = at;
            continue;
        }
        let speaker_range = subject_of(view, verb, first, at);
        if let Some(range) = speaker_range {
            let (speaker, _) = choose_speaker(view, range, at);
            let addressee = (verb + 1..at)
                .find_map(|a| addressee_at(view, a, at))
                .map(|(s, _)| s);
            let end = trim_end(view, at + 1, clause_end(view, at + 1, last, verbs));
            if end > at + 1 {
                let cue = Cue {
                    cue: CueWords::new(view, verb, verb + 1),
                    speaker: Some(speaker),
                    addressee,
                    end: at,
                };
                found.push(new_found(
                    view,
                    (at + 1, end),
                    QuoteKind::Indirect,
                    paragraph,
                    cue,
                ));
            }
        }
        verb = at;
    }
}

/// Where reported speech inside a statement ends: before a comma, a cue
/// and its speaker ("..., at han vidste det, siger X."), else at `last`.
/// `verbs` holds the speech verbs of the sentence that ends at `last`.
fn clause_end(view: &View, from: usize, last: usize, verbs: Verbs) -> usize {
    // A cue opens with a speech verb: the commas looked at are those
    // just before one, found from verb to verb on the cells, not by a
    // test of each token; no token past the end is one.
    let reach = last.min(from + CLAUSE_REACH).min(view.len());
    let until = (reach + 1).min(last);
    let mut next = verbs.next(view, from + 1, until);
    while let Some(verb) = next {
        if view.is_punct(verb - 1, ",")
            && view.tags(verb).contains(Tags::SPEECH_VERB)
            && cue_after(view, verb, last).is_some()
        {
            return verb - 1;
        }
        next = verbs.next(view, verb + 1, until);
    }
    last
}

/// Words that open the question a verb of asking reports ("spørger, om").
const QUESTION_WORDS: &[&str] = &[
    "om", "hvad", "hvordan", "hvorfor", "hvornår", "hvem", "hvor", "hvilke", "hvilken",
];

/// The "at" that opens the clause a speech verb at `verb` reports, within
/// a few tokens: "siger, at", "skriver i en mail til Politiken, at",
/// "advarer imod at". Not "at" before an infinitive ("forsøgte at").
fn that_clause(view: &View, verb: usize, last: usize) -> Option<usize> {
    let window = (verb + 9).min(last);
    let asks = view.is_any(verb, &["spørger", "spurgte", "spurgt"]);
    // Only an "at" opens the clause of a verb that does not ask: without
    // one in reach, the walk finds none, and it tests more a token.
    if !asks && !(verb + 1..window).any(|j| view.is(j, "at")) {
        return None;
    }
    that_clause_walk(view, verb, last, asks)
}

/// [`that_clause`]'s walk over the tokens after the verb at `verb`, which
/// asks a question if `asks`. Inlined, as it was written in its caller.
#[inline(always)]
fn that_clause_walk(view: &View, verb: usize, last: usize, asks: bool) -> Option<usize> {
    let window = (verb + 9).min(last);
    for j in verb + 1..window {
        if asks && view.is_punct(j - 1, ",") && view.is_any(j, QUESTION_WORDS) {
            return (j + 2 < last).then_some(j);
        }
        let at = view.is(j, "at");
        if at && view.is(j + 1, "vide") {
            continue;
        }
        if at {
            let after_comma = view.is_punct(j - 1, ",");
            let next_is_infinitive = !view.is_capitalized(j + 1)
                && view.word(j + 1).ends_with('e')
                && !view.is_any(
                    j + 1,
                    &[
                        "de", "alle", "disse", "denne", "mange", "nogle", "hele", "samme", "ingen",
                        "flere", "ogsa", "selve", "vore", "hverken", "sådanne", "begge",
                    ],
                );
            if after_comma || !next_is_infinitive {
                return (j + 2 < last).then_some(j);
            }
            return None;
        }
        // The comma first: a mark is one byte to test, a word a slice.
        if view.is_punct(j, ".!?:;\"»«“”„")
            || is_speech_verb(view, j)
            || view.is_punct(j - 1, ",") && view.is(j, "om")
        {
            return None;
        }
    }
    None
}

/// "Ifølge X ..." / "..., ifølge X." with "ifølge" at token `at`: the
/// rest of the sentence is what X says.
fn ifolge(view: &View, sentence: usize, at: usize, paragraph: usize, found: &mut Vec<Found>) {
    let (first, last) = view.sentence_tokens(sentence);
    if at >= last {
        return;
    }
    let end = source_end(view, at + 1, last);
    if end == at + 1 {
        return;
    }
    let speaker_range = (at + 1, end);
    let (speaker, _) = choose_speaker(view, speaker_range, end);
    let cue = Cue {
        cue: CueWords::new(view, at, at + 1),
        speaker: Some(speaker),
        addressee: None,
        end,
    };
    let content = if at == first {
        let start = if view.is_punct(end, ",") {
            end + 1
        } else {
            end
        };
        (start, trim_end(view, start, last))
    } else {
        let mut before_end = at;
        while before_end > first && view.is_punct(before_end - 1, ",") {
            before_end -= 1;
        }
        let after = if view.is_punct(end, ",") {
            end + 1
        } else {
            end
        };
        let after_words = (after..last).filter(|&i| view.is_word(i)).count();
        let before_words = (first..before_end).filter(|&i| view.is_word(i)).count();
        if after_words > before_words {
            (after, trim_end(view, after, last))
        } else {
            (
                if view.is_dash(first) {
                    first + 1
                } else {
                    first
                },
                before_end,
            )
        }
    };
    if content.1 > content.0 + 1 {
        found.push(new_found(
            view,
            content,
            QuoteKind::Indirect,
            paragraph,
            cue,
        ));
    }
}

/// Finite verbs that end the source phrase after "ifølge" ("Ifølge X har
/// ...").
const FINITE: &[&str] = &[
    "har", "er", "var", "vil", "skal", "kan", "bliver", "blev", "må", "havde", "kunne", "skulle",
    "ville", "burde", "får", "fik",
];

/// End of the source after "ifølge": a name, or a noun phrase up to its
/// definite noun ("eksperterne", "rådgiverne i Gudme Bank"), a comma or a
/// finite verb.
fn source_end(view: &View, start: usize, last: usize) -> usize {
    if view.is_capitalized(start) {
        return name_run_end(view, start, last);
    }
    let mut end = start;
    while end < last && end - start <= MAX_PHRASE && view.is_word(end) && !view.is_any(end, FINITE)
    {
        let word = view.word(end);
        end += 1;
        let definite =
            ["en", "et", "ne"].iter().any(|s| word.ends_with(s)) && word.chars().count() > 4;
        if definite && !view.is_any(end - 1, &["den", "det", "tidligere", "hele", "egne"]) {
            if view.is_any(end, &["i", "fra", "hos", "på"]) && view.is_capitalized(end + 1) {
                end = name_run_end(view, end + 1, last);
            }
            break;
        }
    }
    end
}

/// A headline "Navn: udsagn" (also after "Læs også:"): a name of two or
/// more capitalised words, a colon, and a statement of three words or more.
fn headline(view: &View, sentence: usize, paragraph: usize, found: &mut Vec<Found>) {
    let (mut first, last) = view.sentence_tokens(sentence);
    if view.is(first, "læs") && view.is_any(first + 1, &["også", "mere"]) {
        let colon = (first + 2..(first + 5).min(last)).find(|&i| view.is_punct(i, ":"));
        match colon {
            Some(c) => first = c + 1,
            None => return,
        }
    }
    let Some(colon) = (first + 2..(first + 6).min(last)).find(|&i| view.is_punct(i, ":")) else {
        return;
    };
    let Some(cue) = named_by_colon(view, first, colon) else {
        return;
    };
    // A quote mark or dash after the colon opens a quote of its own.
    if !view.is_punct(colon + 1, "\"»«“„-–") {
        push_after_colon(view, (colon, last), paragraph, cue, found);
    }
}

#[cfg(test)]
mod tests {
    use super::{
        CLAUSE_REACH, Cue, CueWords, DirectQuotes, HELD, UsedCues, Verbs, clause_end, new_found,
        reported, that_clause, that_clause_walk,
    };
    use crate::document::Document;
    use crate::lexicon::Tags;
    use crate::model::QuoteKind;
    use crate::quotes::Found;
    use crate::quotes::phrases::{cue_after, ends_attribution};
    use crate::quotes::view::{View, class};

    /// One bit a token: the marked cues, at the edges of the words of
    /// bits too, are used, and no other token is.
    #[test]
    fn used_cues_hold_exactly_the_marked_tokens() {
        let text = vec!["ord"; 130].join(" ");
        let segmentation = crate::segment::segment(&text);
        let document = Document::new(&text, &segmentation);
        let view = View::new(&document);
        let marked = [0, 1, 63, 64, 65, 127, 128, 129];
        let found: Vec<_> = marked
            .iter()
            .map(|&token| {
                let cue = Cue {
                    cue: CueWords::new(&view, token, token + 1),
                    speaker: None,
                    addressee: None,
                    end: token + 1,
                };
                new_found(&view, (token, token + 1), QuoteKind::Indirect, 0, cue)
            })
            .collect();
        let mut cues = UsedCues::new(&view);
        cues.mark(&found);
        for token in 0..view.len() + 70 {
            assert_eq!(cues.contains(token), marked.contains(&token), "{token}");
        }
    }

    /// Held in place or in the list, the quotes are the direct ones,
    /// sorted by start, whatever their number; refilled with fewer, the
    /// list's old quotes are gone.
    #[test]
    fn direct_quotes_hold_every_direct_quote_sorted() {
        let text = vec!["ord"; 60].join(" ");
        let segmentation = crate::segment::segment(&text);
        let document = Document::new(&text, &segmentation);
        let view = View::new(&document);
        let quote = |token: usize, kind| {
            let cue = Cue {
                cue: CueWords::new(&view, token, token + 1),
                speaker: None,
                addressee: None,
                end: token + 1,
            };
            new_found(&view, (token, token + 1), kind, 0, cue)
        };
        let mut direct = DirectQuotes::default();
        for count in [0, 3, HELD, HELD + 1, 2 * HELD + 5, 2, HELD + 3] {
            // Every third is not direct; the starts come backwards.
            let found: Vec<_> = (0..count)
                .map(|k| {
                    let kind = if k % 3 == 2 {
                        QuoteKind::Indirect
                    } else {
                        QuoteKind::Direct
                    };
                    quote(2 * (count - k), kind)
                })
                .collect();
            direct.refill(&found);
            let mut expected: Vec<_> = found
                .iter()
                .filter(|f| f.kind == QuoteKind::Direct)
                .map(|f| f.content)
                .collect();
            expected.sort_by_key(|span| span.start);
            let held: Vec<_> = direct.spans().iter().map(|&(span, _)| span).collect();
            assert_eq!(held, expected, "{count}");
        }
    }

    /// The first pass for an "at" changes no answer: from every token,
    /// to every end, on sentences with "at" after a comma and not, before
    /// an infinitive, "at vide", questions, "om" and each kind of stop.
    #[test]
    fn that_clause_answers_as_the_walk_alone() {
        let text = "Hun siger, at de kommer. Han sagde at spare er godt, og han spurgte, om de kom. \
                    De skriver i en mail til avisen, at alle går. Hun forsøgte at stoppe ham: nej! \
                    Han fortæller, at vide det er svært, at Ole kom » nu. Hun spørger, hvad de vil, \
                    siger hun, om de ved, at disse kommer; de oplyser \"at\" det at ende, at.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        let mut found = 0;
        for verb in 0..view.len() + 1 {
            for last in verb..view.len() + 2 {
                let asks = view.is_any(verb, &["spørger", "spurgte", "spurgt"]);
                let expected = that_clause_walk(&view, verb, last, asks);
                assert_eq!(that_clause(&view, verb, last), expected, "{verb} {last}");
                found += usize::from(expected.is_some());
            }
        }
        assert!(found > 20);
    }

    /// Where reported speech ends, found by a test of each token.
    fn clause_end_token_by_token(view: &View, from: usize, last: usize) -> usize {
        (from..last.min(from + CLAUSE_REACH))
            .find(|&k| {
                view.is_punct(k, ",")
                    && view.tags(k + 1).contains(Tags::SPEECH_VERB)
                    && cue_after(view, k + 1, last).is_some()
            })
            .unwrap_or(last)
    }

    /// The commas found on the cells end the clause where a test of each
    /// token ends it, from every token to every end, past the text's end
    /// too, and at the edge of the reach in a long sentence.
    #[test]
    fn clause_end_answers_as_a_test_of_each_token() {
        let text = "Hun siger, at de kom, siger han, og at det, mener hun, var godt, sagde \
                    Ole Hansen, til avisen. Han mener, at vi, som bor her, skal, skriver hun. \
                    Hun mener, at vi kan gå hjem og se det hele i ro og fred med de små børn, \
                    at det er godt for dem og os og at de gamle kan komme med når de vil have \
                    det og ved hvor de skal hen i den lange og varme sommer på det gamle sted \
                    på landet ude ved havet, siger \
                    hun.";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        let mut ended = 0;
        for from in 0..view.len() + 2 {
            for last in from..view.len() + 3 {
                let expected = clause_end_token_by_token(&view, from, last);
                // The verbs of a sentence that ends at `last` (or at the
                // text's end).
                let (verbs, _) = Verbs::of(&view, 0, last.min(view.len()));
                assert_eq!(
                    clause_end(&view, from, last, verbs),
                    expected,
                    "{from} {last}"
                );
                ended += usize::from(expected < last);
            }
        }
        assert!(ended > 20);
    }

    /// The text for the tests of the walks over a sentence's verbs:
    /// sentences with no verb, one, several, "ifølge" first and later,
    /// commas before verbs and not, dash lines and cues in a row.
    const VERB_TEXT: &str = "Det er godt, siger hun. Vi kommer, sagde han, og det er klart, \
        mener Ole Berg. Ifølge hende er det slut, siger hun, ifølge avisen. Huset er rødt. \
        – Nej, siger han, det er, fortæller hun, ikke sandt, skriver de. Hun siger, at de \
        kommer, og han sagde, at det, mener hun, var godt, siger hun til avisen. Han skriver \
        sig ud, siger ministeren, og lød det, sagde hun, fremgår, tilføjede han.";

    /// One walk gives the first verb, the end of the last and the first
    /// "ifølge" that walks of each token give; the next verb it finds,
    /// from every token to every end, is the next the cells hold.
    #[test]
    fn verbs_answer_as_a_walk_of_every_token() {
        let segmentation = crate::segment::segment(VERB_TEXT);
        let document = Document::new(VERB_TEXT, &segmentation);
        let view = View::new(&document);
        let is_verb = |i: usize| view.class(i) & class::VERB != 0;
        let mut several = 0;
        for sentence in 0..document.sentences.len() {
            let (first, last) = view.sentence_tokens(sentence);
            let (verbs, ifolge_at) = Verbs::of(&view, first, last);
            let all: Vec<usize> = (first..last).filter(|&i| is_verb(i)).collect();
            assert_eq!(verbs.first(), all.first().copied(), "{sentence}");
            if let Some(&last_verb) = all.last() {
                assert_eq!(verbs.end, last_verb + 1, "{sentence}");
            }
            let ifolge = all.iter().copied().find(|&i| view.is(i, "ifølge"));
            assert_eq!(ifolge_at, ifolge, "{sentence}");
            several += usize::from(all.len() > 1);
            for from in first..last + 2 {
                for until in from..last + 1 {
                    let expected = (from..until).find(|&i| is_verb(i));
                    assert_eq!(verbs.next(&view, from, until), expected, "{from} {until}");
                }
            }
        }
        assert!(several >= 3, "{several}");
    }

    /// Reported speech as it was found before the walk went from verb to
    /// verb: every comma of the sentence in turn.
    fn reported_by_commas(view: &View, sentence: usize, found: &mut Vec<Found>) {
        let (first, last) = view.sentence_tokens(sentence);
        let mut start = if view.is_dash(first) {
            first + 1
        } else {
            first
        };
        let mut from = start + 2;
        while let Some(comma) = view.next_mark(from, last, b',') {
            from = comma + 1;
            let Some(cue) = cue_after(view, comma + 1, last) else {
                continue;
            };
            let Some(end) = ends_attribution(view, cue.end, last) else {
                continue;
            };
            if (start..comma).filter(|&i| view.is_word(i)).count() >= 3 {
                found.push(new_found(view, (start, comma), QuoteKind::Reported, 0, cue));
            }
            start = end + 1;
            if view.is_dash(start) {
                start += 1;
            }
            from = start + 2;
        }
    }

    /// The walk from verb to verb finds the reported speech that the
    /// walk from comma to comma finds, sentence by sentence.
    #[test]
    fn reported_answers_as_the_walk_over_commas() {
        let segmentation = crate::segment::segment(VERB_TEXT);
        let document = Document::new(VERB_TEXT, &segmentation);
        let view = View::new(&document);
        let mut quotes = 0;
        for sentence in 0..document.sentences.len() {
            let (first, last) = view.sentence_tokens(sentence);
            let (verbs, _) = Verbs::of(&view, first, last);
            let (mut by_verbs, mut by_commas) = (Vec::new(), Vec::new());
            reported(&view, sentence, verbs, 0, &mut by_verbs);
            reported_by_commas(&view, sentence, &mut by_commas);
            assert_eq!(
                format!("{by_verbs:?}"),
                format!("{by_commas:?}"),
                "{sentence}"
            );
            quotes += by_verbs.len();
        }
        assert!(quotes >= 5, "{quotes}");
    }
}
