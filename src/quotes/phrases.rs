//! Speaker phrases, cues and addressees: the words around a speech verb
//! that say who spoke, through what and to whom.

use super::view::{View, class, short};
use super::{CueWords, SpeakerPhrase};
use crate::lexicon::Tags;
use crate::model::Span;

/// Personal pronouns that can name a speaker.
pub(super) const PRONOUNS: &[&str] = &["han", "hun", "de", "vi", "jeg", "du", "man", "I"];

/// Words before an infinitive: "at forklare sig", "for at sige" are no
/// cues.
pub(super) const INFINITIVE_MARKERS: &[&str] = &["at", "for"];

/// Negations: "har ikke kunnet konstatere, at" reports no statement.
pub(super) const NEGATIONS: &[&str] = &["ikke", "aldrig", "ingen", "hverken"];

/// Clause boundaries a subject does not reach across.
pub(super) const CLAUSE_STOPS: &[&str] = &[
    "og", "men", "at", "hvor", "da", "når", "mens", "fordi", "hvis", "så", "eller", "hvorfor",
    "hvordan", "hvad", "om",
];

/// Media through which a statement is made ("i en mail til Politiken").
pub(super) const CHANNELS: &[&str] = &[
    "mail",
    "e-mail",
    "email",
    "pressemeddelelse",
    "meddelelse",
    "sms",
    "kommentar",
    "skriftlig",
    "interview",
    "brev",
    "svar",
    "opslag",
    "indlæg",
    "udtalelse",
    "tweet",
    "nyhedsbrev",
    "kronik",
    "debatindlæg",
];

/// Occasions and platforms where a statement is made ("på et pressemøde").
pub(super) const VENUES: &[&str] = &[
    "pressemøde",
    "pressemødet",
    "pressekonference",
    "pressekonferencen",
    "samråd",
    "samrådet",
    "facebook",
    "twitter",
    "linkedin",
    "instagram",
    "hjemmeside",
    "hjemmesiden",
    "blog",
];

/// How far a clause is followed back to its start or on to its end, in
/// tokens: a bound, so that a long sentence with many verbs stays linear.
pub(super) const CLAUSE_REACH: usize = 60;

/// Longest speaker phrase, in tokens.
pub(super) const MAX_PHRASE: usize = 7;

/// A cue with the speaker phrase and addressee around it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cue {
    pub(super) cue: CueWords,
    pub(super) speaker: Option<SpeakerPhrase>,
    pub(super) addressee: Option<Span>,
    /// First token after the whole attribution.
    pub(super) end: usize,
}

/// Whether token `i` is a speech verb used as one (not "siger sig").
/// Inlined: most tokens asked are no verb, and their class byte says so
/// without a call.
#[inline(always)]
pub(super) fn is_speech_verb(view: &View, i: usize) -> bool {
    view.class(i) & class::VERB != 0 && verb_used_as_one(view, i)
}

/// Whether the speech verb at token `i` is used as one: not a word the
/// cues read apart ("ifølge", "lyder det") and not "siger sig".
fn verb_used_as_one(view: &View, i: usize) -> bool {
    !view.is_any(i, &["ifølge", "lyder", "lød", "sig", "fremgår", "fremgik"])
        && !view.is(i + 1, "sig")
}

/// An inverted cue starting at token `i` and ending before `limit`: a
/// speech verb and the speaker after it ("siger Lichao til avisen", "lød
/// det fra den tidligere minister"). A verb with no speaker phrase after
/// it makes no cue: every caller wants one that names its speaker.
///
/// Inlined: a cue opens with a speech verb, and most tokens asked are
/// turned down by their tags without a call.
#[inline(always)]
pub(super) fn cue_after(view: &View, i: usize, limit: usize) -> Option<Cue> {
    if i >= limit || !view.tags(i).contains(Tags::SPEECH_VERB) {
        return None;
    }
    cue_from_verb(view, i, limit)
}

/// [`cue_after`] for a token tagged as a speech verb.
fn cue_from_verb(view: &View, i: usize, limit: usize) -> Option<Cue> {
    let (cue, phrase_start) = if view.is_any(i, &["lød", "lyder"]) && view.is(i + 1, "det") {
        let from = if view.is(i + 2, "fra") { i + 3 } else { i + 2 };
        (CueWords::new(view, i, i + 2), from)
    } else if view.is_any(i, &["fremgår", "fremgik"])
        && view.is(i + 1, "det")
        && view.is(i + 2, "af")
    {
        (CueWords::new(view, i, i + 3), i + 3)
    } else if is_speech_verb(view, i) {
        (CueWords::new(view, i, i + 1), i + 1)
    } else {
        return None;
    };
    // Without a phrase there is no speaker, and the addressee after the
    // verb is not looked for.
    let (first, last) = forward_phrase(view, phrase_start, limit)?;
    let (speaker, end) = choose_speaker(view, (first, last), limit);
    let after = end.max(last);
    // The addressee follows the speaker or the comma after it. No
    // addressee opens with a comma, so one look, past the comma if there
    // is one, answers for both places.
    let opener = if view.is_punct(after, ",") {
        after + 1
    } else {
        after
    };
    let addressee = addressee_at(view, opener, limit);
    let end = addressee.map_or(after, |(_, end)| end);
    Some(Cue {
        cue,
        speaker: Some(speaker),
        addressee: addressee.map(|(span, _)| span),
        end,
    })
}

/// The speaker phrase that starts at token `start`: a pronoun, a name, or
/// a noun phrase ending before a preposition, a conjunction or a mark
/// ("den tidligere minister", "dagplejemor Lene Petersen").
pub(super) fn forward_phrase(view: &View, start: usize, limit: usize) -> Option<(usize, usize)> {
    if start >= limit
        || !view.is_word(start)
        || view.tags(start).contains(Tags::PHRASE_STOP) && view.word(start) != "I"
    {
        return None;
    }
    if view.is_any(start, PRONOUNS)
        && !(view.is(start, "de") && continues_phrase(view, start + 1, limit))
    {
        return Some((start, start + 1));
    }
    if view.is_capitalized(start) && !view.is_any(start, PRONOUNS) {
        return Some((start, name_run_end(view, start, limit)));
    }
    if view.is_any(start, &["det", "dette", "sådan", "således", "selv"]) {
        return None;
    }
    let mut end = start;
    while end < limit && end - start < MAX_PHRASE && view.is_word(end) {
        let quantifier = end == start + 1
            && view.is(end, "af")
            && view.is_any(
                start,
                &[
                    "en", "et", "én", "to", "tre", "flere", "mange", "nogle", "ingen", "hver",
                    "begge",
                ],
            );
        if end > start && view.tags(end).contains(Tags::PHRASE_STOP) && !quantifier {
            break;
        }
        if view.is_capitalized(end) {
            end = name_run_end(view, end, limit);
            break;
        }
        end += 1;
    }
    (end > start).then_some((start, end))
}

/// Whether the word at `i` goes on with a noun phrase (so "de" before it
/// is a determiner, not a pronoun).
pub(super) fn continues_phrase(view: &View, i: usize, limit: usize) -> bool {
    i < limit
        && view.is_word(i)
        && !view.is_capitalized(i)
        && !view.tags(i).contains(Tags::PHRASE_STOP)
}

/// One past the last token of the run of capitalised words from `start`.
pub(super) fn name_run_end(view: &View, start: usize, limit: usize) -> usize {
    let mut end = start;
    while end < limit && end - start < 5 && (view.is_capitalized(end) || is_initial(view, end)) {
        end += 1;
    }
    end.max(start + 1)
}

/// A single-letter initial with its full stop ("S." in "Henrik S. Nissen").
#[inline]
pub(super) fn is_initial(view: &View, i: usize) -> bool {
    // Length and full stop on the raw bytes: most tokens fail there and
    // the text is never sliced as a `str`.
    let w = view.bytes(i);
    w.len() <= 3
        && w.last() == Some(&b'.')
        && view.word(i).chars().next().is_some_and(char::is_uppercase)
}

/// The speaker within the phrase `first..last`: a name in it or in an
/// apposition after it ("selskabets landechef, Jiang Lichao,"), else the
/// phrase. Returns the speaker and the first token after what was used.
pub(super) fn choose_speaker(
    view: &View,
    (first, last): (usize, usize),
    limit: usize,
) -> (SpeakerPhrase, usize) {
    if !view.is_capitalized(first) || last - first == 1 {
        if let Some((a, b)) = apposition(view, last, limit) {
            return (phrase(view, a, b), b);
        }
    }
    let (a, b) = name_in_phrase(view, first, last);
    (phrase(view, a, b), last)
}

/// The speaker phrase of tokens `first..last`.
pub(super) fn phrase(view: &View, first: usize, last: usize) -> SpeakerPhrase {
    SpeakerPhrase {
        span: view.span(first, last),
        first: short(first),
        last: short(last),
    }
}

/// A name of two or more words set off by a comma after a role phrase,
/// possibly after a title: ", Jiang Lichao," or ", arkitekt Flemming
/// Østergaard,". Looks a few tokens ahead at most.
pub(super) fn apposition(view: &View, from: usize, limit: usize) -> Option<(usize, usize)> {
    let window = (from + 8).min(limit);
    // An apposition opens with a comma: without one in reach, found on
    // the cells, there is none, and the words are not read (no token
    // past the end is a comma).
    view.next_mark(from, window.min(view.len()), b',')?;
    apposition_walk(view, from, limit)
}

/// [`apposition`]'s walk over the tokens from `from`. Inlined, as it was
/// written in its caller.
#[inline(always)]
fn apposition_walk(view: &View, from: usize, limit: usize) -> Option<(usize, usize)> {
    let window = (from + 8).min(limit);
    let mut i = from;
    while i < window {
        if view.is_punct(i, ",") {
            let mut start = i + 1;
            while start < window
                && view.is_word(start)
                && !view.is_capitalized(start)
                && start - i <= 2
            {
                start += 1;
            }
            if !view.is_capitalized(start) {
                return None;
            }
            let end = name_run_end(view, start, limit);
            let closes = end >= limit
                || view.is_punct(end, ",.(:;!?")
                || view.is_any(end, &["til", "fra", "hos", "i"]);
            return (end - start >= 2 && closes).then_some((start, end));
        }
        if view.is_punct(i, ".!?:;") || view.is_any(i, &["til", "på", "der", "som", "og"]) {
            return None;
        }
        i += 1;
    }
    None
}

/// The name inside a phrase, if it has one: its last run of capitalised
/// words, without a role word that opens a sentence ("Forsvarsminister
/// Trine Bramsen"). Otherwise the whole phrase.
pub(super) fn name_in_phrase(view: &View, first: usize, last: usize) -> (usize, usize) {
    let mut run: Option<(usize, usize)> = None;
    let mut i = first;
    while i < last {
        if view.is_capitalized(i) {
            let end = name_run_end(view, i, last);
            // "et ægtepar fra Hobro": a name after a preposition is a place
            // or an employer, not the speaker.
            let after_preposition = i > first
                && view.is_any(i - 1, &["fra", "i", "på", "af", "hos", "for", "ved", "til"]);
            if !after_preposition {
                run = Some((i, end));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    match run {
        Some((a, b)) if a > first => (a, b),
        Some((a, b)) if b - a >= 3 && view.tags(a).contains(Tags::ROLE) => (a + 1, b),
        Some((a, b)) if b - a >= 3 && super::speakers::is_role_word(view.word(a)) => (a + 1, b),
        _ => (first, last),
    }
}

/// The addressee that starts at token `at`: "til Politiken", "over for
/// B.T.", "i en mail til Politiken", "på et pressemøde". Returns its span
/// and the first token after it.
///
/// Inlined: every addressee opens with "til", "over", "i" or "på", and
/// most tokens are turned down by their first letter without a call.
#[inline(always)]
pub(super) fn addressee_at(view: &View, at: usize, limit: usize) -> Option<(Span, usize)> {
    let opens = view.bytes(at).first().map(u8::to_ascii_lowercase);
    if at >= limit || !matches!(opens, Some(b't' | b'o' | b'i' | b'p')) {
        return None;
    }
    addressee_from_opener(view, at, limit)
}

/// [`addressee_at`] for a token whose first letter may open an addressee.
fn addressee_from_opener(view: &View, at: usize, limit: usize) -> Option<(Span, usize)> {
    if view.is(at, "til") {
        let end = addressee_phrase_end(view, at + 1, limit)?;
        return Some((view.span(at, end), end));
    }
    if view.is(at, "over") && view.is(at + 1, "for") {
        let end = addressee_phrase_end(view, at + 2, limit)?;
        return Some((view.span(at, end), end));
    }
    if view.is(at, "i") && view.is_any(at + 1, &["en", "et"]) {
        let mut noun = at + 2;
        if view.is(noun, "skriftlig") {
            noun += 1;
        }
        if noun < limit && view.is_any(noun, CHANNELS) {
            let mut end = noun + 1;
            if view.is(end, "til") {
                end = addressee_phrase_end(view, end + 1, limit).unwrap_or(end);
            }
            return Some((view.span(at, end), end));
        }
    }
    if view.is(at, "på") {
        let noun = if view.is_any(at + 1, &["et", "en", "sin", "sit"]) {
            at + 2
        } else {
            at + 1
        };
        if noun < limit && view.is_any(noun, VENUES) {
            return Some((view.span(at, noun + 1), noun + 1));
        }
    }
    None
}

/// End of the short phrase after "til": a name ("DR Nyheder", "B.T.") or
/// one or two lower-case words ("avisen", "ham").
pub(super) fn addressee_phrase_end(view: &View, start: usize, limit: usize) -> Option<usize> {
    if start >= limit || !view.is_word(start) {
        return None;
    }
    if view.is_capitalized(start) {
        let mut end = name_run_end(view, start, limit);
        // "B.T." is split into letters and full stops by some tokenizers.
        while end < limit
            && view.is_punct(end, ".")
            && view.is_capitalized(end + 1)
            && end + 1 < limit
        {
            end = name_run_end(view, end + 1, limit);
        }
        return Some(end);
    }
    if view.is_any(start, &["ham", "hende", "os", "mig", "dem", "dig", "jer"]) {
        return Some(start + 1);
    }
    let determiner = view.is_any(start, &["en", "et", "sin", "sit", "sine", "hans", "hendes"]);
    let noun = if determiner { start + 1 } else { start };
    if noun >= limit || !view.is_word(noun) {
        return None;
    }
    if view.is_capitalized(noun) {
        return Some(name_run_end(view, noun, limit));
    }
    // A lone lower-case word must be a definite noun ("avisen"), not an
    // idiom ("til gengæld", "til sidst").
    let word = view.word(noun);
    let definite = word.chars().count() > 4 && ["en", "et", "ne"].iter().any(|e| word.ends_with(e));
    (determiner || definite).then_some(noun + 1)
}

/// The subject before the speech verb at `verb`, not reaching before
/// `clause_first`: `None` when the verb comes first in its clause or
/// after an adverbial (then the subject follows the verb).
pub(super) fn subject_before(
    view: &View,
    verb: usize,
    clause_first: usize,
) -> Option<(usize, usize)> {
    let mut end = verb;
    while end > clause_first
        && view.tags(end - 1).contains(Tags::AUXILIARY)
        && !view.is_capitalized(end - 1)
    {
        end -= 1;
    }
    if end > clause_first && view.is_punct(end - 1, ")") {
        let open = (end.saturating_sub(5).max(clause_first)..end - 1)
            .rev()
            .find(|&k| view.is_punct(k, "("))?;
        end = open;
    }
    if end > clause_first + 1
        && view.is_any(end - 1, &["der", "som"])
        && view.is_punct(end - 2, ",")
    {
        return antecedent(view, end - 2, clause_first);
    }
    let mut start = end;
    while start > clause_first && end - start < MAX_PHRASE {
        let k = start - 1;
        if !view.is_word(k) || view.is_any(k, CLAUSE_STOPS) {
            break;
        }
        start -= 1;
    }
    if start == end {
        return None;
    }
    if view.tags(start).contains(Tags::CLAUSE_OPENER) {
        return None;
    }
    Some((start, end))
}

/// The speaker of the speech verb at `verb` in a clause reaching to
/// `limit`: a pronoun or name right after the verb ("spørger hun,",
/// "sagde Lundbæk, at"), else the subject before it, else the phrase after
/// it. After a comma ("Historikeren, lektor X, der ..., siger rent ud")
/// the subject opens the sentence.
pub(super) fn subject_of(
    view: &View,
    verb: usize,
    first: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let next = verb + 1;
    let pronoun = view.is_any(next, PRONOUNS)
        && view.word(next) != "i"
        && !(view.is(next, "de") && continues_phrase(view, next + 1, limit));
    if pronoun {
        return Some((next, next + 1));
    }
    let inverted = if view.is_capitalized(next) && next < limit {
        Some((next, name_run_end(view, next, limit)))
    } else {
        None
    };
    if let Some((a, b)) = inverted {
        if b >= limit || view.is_punct(b, ",:") || view.is_any(b, &["til", "over", "i", "at", "på"])
        {
            return Some((a, b));
        }
    }
    let clause_first = clause_start(view, verb, first);
    if clause_first == verb && verb > first && view.is_punct(verb - 1, ",") {
        return forward_phrase(view, first, verb);
    }
    subject_before(view, verb, clause_first).or_else(|| forward_phrase(view, next, limit))
}

/// The name just before the comma at `comma` ("Peter Christoffersen, der
/// dog tilføjer"), or the phrase before it.
pub(super) fn antecedent(view: &View, comma: usize, clause_first: usize) -> Option<(usize, usize)> {
    let end = comma;
    let mut start = end;
    while start > clause_first
        && end - start < 5
        && (view.is_capitalized(start - 1) || is_initial(view, start - 1))
    {
        start -= 1;
    }
    if start == end {
        // "ministeren, der havde sagt": the noun phrase before the comma.
        while start > clause_first
            && end - start < 4
            && view.is_word(start - 1)
            && !view.tags(start - 1).contains(Tags::PHRASE_STOP)
            && !view.is_any(start - 1, CLAUSE_STOPS)
            && !view.tags(start - 1).contains(Tags::AUXILIARY)
        {
            start -= 1;
        }
    }
    (start < end).then_some((start, end))
}

/// "X: »...«" and the headline "Navn: udsagn": a name of capitalised words
/// before a colon that ends it.
pub(super) fn named_by_colon(view: &View, first: usize, colon: usize) -> Option<Cue> {
    // The cheap tests first: the words in capitals are read letter by
    // letter only for a run of two names or more.
    if colon < first + 2 || !(first..colon).all(|i| view.is_capitalized(i) || is_initial(view, i)) {
        return None;
    }
    let shouting = (first..colon).any(|i| {
        let w = view.word(i);
        w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
    });
    if shouting {
        return None;
    }
    Some(Cue {
        cue: CueWords::new(view, colon, colon + 1),
        speaker: Some(phrase(view, first, colon)),
        addressee: None,
        end: colon + 1,
    })
}

/// "Kurt om træneren: »...«", "Forfatteren Anna Berg, der ..., er vred:
/// – ...": a name that opens the sentence of a colon before a quote, of
/// two words or more or followed by "om".
pub(super) fn named_before_colon(view: &View, first: usize, colon: usize) -> Option<Cue> {
    if !view.is_capitalized(first) {
        return None;
    }
    let run = name_run_end(view, first, colon);
    if run - first < 2 && !view.is(run, "om") {
        return None;
    }
    let (speaker, _) = choose_speaker(view, (first, run), colon);
    Some(Cue {
        cue: CueWords::new(view, colon, colon + 1),
        speaker: Some(speaker),
        addressee: None,
        end: colon + 1,
    })
}

/// The first token of the clause holding `verb`: after the last comma,
/// colon or clause word before it in the sentence.
pub(super) fn clause_start(view: &View, verb: usize, sentence_first: usize) -> usize {
    let floor = verb.saturating_sub(CLAUSE_REACH).max(sentence_first);
    let mut k = verb;
    while k > floor {
        if view.is_punct(k - 1, ",;:") {
            // A relative clause "X, der ..." keeps the comma: the subject
            // is its antecedent.
            if view.is_any(k, &["der", "som"]) {
                return sentence_first;
            }
            return k;
        }
        k -= 1;
    }
    floor
}

/// Where an attribution ending at token `end` ends its clause: at a mark
/// right there, or after a few more words, an adverb or a place
/// ("hævdede Erhard frimodigt.", "foreslår et barn fra et krat.").
pub(super) fn ends_attribution(view: &View, end: usize, last: usize) -> Option<usize> {
    let marks = ",.!?:;…";
    if end >= last || view.is_punct(end, marks) || view.is_dash(end) {
        return Some(end);
    }
    let stop = (end..(end + 5).min(last + 1)).find(|&k| {
        k >= last || !(view.is_word(k) || view.kind(k) == Some(crate::model::TokenKind::Number))
    })?;
    let plain = !(end..stop).any(|k| is_speech_verb(view, k) || view.is(k, "at"));
    (plain && (stop >= last || view.is_punct(stop, marks))).then_some(stop)
}

/// Whether the speech verb at `verb` reports a statement: not after "at"
/// or "for" (an infinitive), not negated, not in a "hvis" clause, not "det
/// vil sige".
pub(super) fn states(view: &View, verb: usize, first: usize) -> bool {
    if verb > first && view.is_any(verb - 1, INFINITIVE_MARKERS) {
        return false;
    }
    // "bliver bekræftet": a passive names no speaker before it.
    if verb > first && view.is_any(verb - 1, &["bliver", "blev", "blive", "blevet"]) {
        return false;
    }
    if (verb.saturating_sub(2).max(first)..verb).any(|k| view.is_any(k, NEGATIONS)) {
        return false;
    }
    let clause = clause_start(view, verb, first);
    if view.is(clause, "hvis") || view.is(verb, "sige") && view.is(verb.wrapping_sub(2), "det") {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{apposition, apposition_walk, cue_after, forward_phrase};
    use crate::document::Document;
    use crate::quotes::view::View;

    /// A cue names its speaker, and a speech verb makes one just where
    /// a speaker phrase follows it: from every token, to every limit.
    #[test]
    fn a_cue_is_made_only_with_its_speaker() {
        let text = "Det er godt, siger hun til avisen. Det mener ministeren, siger til os, \
                    lød det fra Ole Berg. Sagde, fremgår det af rapporten, fortæller. Siger";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        let (mut made, mut without) = (0, 0);
        for i in 0..view.len() + 1 {
            for limit in i..view.len() + 2 {
                let Some(cue) = cue_after(&view, i, limit) else {
                    let verb = i < limit && super::is_speech_verb(&view, i);
                    if verb && forward_phrase(&view, i + 1, limit).is_none() {
                        without += 1;
                    }
                    continue;
                };
                assert!(cue.speaker.is_some(), "{i} {limit}");
                made += 1;
            }
        }
        assert!(made > 20 && without > 10, "{made} {without}");
    }

    /// The first look for a comma changes no answer: from every token,
    /// to every limit, past the end too.
    #[test]
    fn apposition_answers_as_the_walk_alone() {
        let text = "Det siger selskabets landechef, Jiang Lichao, til avisen. Sagde \
                    direktøren, arkitekt Anne Holm Berg, og gik; sagde formanden for \
                    klubben i går, Ole Hansen. Han, der kom, sagde til os, Bo Ek";
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let view = View::new(&document);
        let mut found = 0;
        for from in 0..view.len() + 2 {
            for limit in from..view.len() + 3 {
                let expected = apposition_walk(&view, from, limit);
                assert_eq!(apposition(&view, from, limit), expected, "{from} {limit}");
                found += usize::from(expected.is_some());
            }
        }
        assert!(found > 10);
    }
}
