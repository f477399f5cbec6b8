//! Cues and speaker phrases: who said a direct quote, and the quotes
//! without marks (reported speech, "Det mener X", indirect speech,
//! "ifølge X", a headline "Navn: udsagn").

use super::view::View;
use super::{Found, SpeakerPhrase};
use crate::lexicon::Tags;
use crate::model::{QuoteKind, Span};

/// Personal pronouns that can name a speaker.
const PRONOUNS: &[&str] = &["han", "hun", "de", "vi", "jeg", "du", "man", "I"];

/// Words before an infinitive: "at forklare sig", "for at sige" are no
/// cues.
const INFINITIVE_MARKERS: &[&str] = &["at", "for"];

/// Negations: "har ikke kunnet konstatere, at" reports no statement.
const NEGATIONS: &[&str] = &["ikke", "aldrig", "ingen", "hverken"];

/// Clause boundaries a subject does not reach across.
const CLAUSE_STOPS: &[&str] = &[
    "og", "men", "at", "hvor", "da", "når", "mens", "fordi", "hvis", "så", "eller", "hvorfor",
    "hvordan", "hvad", "om",
];

/// Media through which a statement is made ("i en mail til Politiken").
const CHANNELS: &[&str] = &[
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
const VENUES: &[&str] = &[
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
const CLAUSE_REACH: usize = 60;

/// Longest speaker phrase, in tokens.
const MAX_PHRASE: usize = 7;

/// A cue with the speaker phrase and addressee around it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cue {
    pub(super) cue: Span,
    pub(super) speaker: Option<SpeakerPhrase>,
    pub(super) addressee: Option<Span>,
    /// First token after the whole attribution.
    pub(super) end: usize,
}

/// Whether token `i` is a speech verb used as one (not "siger sig").
fn is_speech_verb(view: &View, i: usize) -> bool {
    view.tags(i).contains(Tags::SPEECH_VERB)
        && !view.is_any(i, &["ifølge", "lyder", "lød", "sig", "fremgår", "fremgik"])
        && !view.is(i + 1, "sig")
}

/// An inverted cue starting at token `i` and ending before `limit`: a
/// speech verb and the speaker after it ("siger Lichao til avisen", "lød
/// det fra den tidligere minister").
pub(super) fn cue_after(view: &View, i: usize, limit: usize) -> Option<Cue> {
    if i >= limit {
        return None;
    }
    if !view.tags(i).contains(Tags::SPEECH_VERB) {
        return None;
    }
    let (cue, phrase_start) = if view.is_any(i, &["lød", "lyder"]) && view.is(i + 1, "det") {
        let from = if view.is(i + 2, "fra") { i + 3 } else { i + 2 };
        (view.span(i, i + 2), from)
    } else if view.is_any(i, &["fremgår", "fremgik"])
        && view.is(i + 1, "det")
        && view.is(i + 2, "af")
    {
        (view.span(i, i + 3), i + 3)
    } else if is_speech_verb(view, i) {
        (view.span(i, i + 1), i + 1)
    } else {
        return None;
    };
    let phrase = forward_phrase(view, phrase_start, limit);
    let after = phrase.map_or(phrase_start, |(_, last)| last);
    let (speaker, after) = match phrase {
        Some(range) => {
            let (phrase, end) = choose_speaker(view, range, limit);
            (Some(phrase), end.max(after))
        }
        None => (None, after),
    };
    let skip_comma = if view.is_punct(after, ",") {
        after + 1
    } else {
        after
    };
    let addressee =
        addressee_at(view, after, limit).or_else(|| addressee_at(view, skip_comma, limit));
    let end = addressee.map_or(after, |(_, end)| end);
    Some(Cue {
        cue,
        speaker,
        addressee: addressee.map(|(span, _)| span),
        end,
    })
}

/// The speaker phrase that starts at token `start`: a pronoun, a name, or
/// a noun phrase ending before a preposition, a conjunction or a mark
/// ("den tidligere minister", "dagplejemor Lene Petersen").
fn forward_phrase(view: &View, start: usize, limit: usize) -> Option<(usize, usize)> {
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
fn continues_phrase(view: &View, i: usize, limit: usize) -> bool {
    i < limit
        && view.is_word(i)
        && !view.is_capitalized(i)
        && !view.tags(i).contains(Tags::PHRASE_STOP)
}

/// One past the last token of the run of capitalised words from `start`.
fn name_run_end(view: &View, start: usize, limit: usize) -> usize {
    let mut end = start;
    while end < limit && end - start < 5 && (view.is_capitalized(end) || is_initial(view, end)) {
        end += 1;
    }
    end.max(start + 1)
}

/// A single-letter initial with its full stop ("S." in "Henrik S. Nissen").
fn is_initial(view: &View, i: usize) -> bool {
    let w = view.word(i);
    w.len() <= 3 && w.ends_with('.') && w.chars().next().is_some_and(char::is_uppercase)
}

/// The speaker within the phrase `first..last`: a name in it or in an
/// apposition after it ("selskabets landechef, Jiang Lichao,"), else the
/// phrase. Returns the speaker and the first token after what was used.
fn choose_speaker(
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
fn phrase(view: &View, first: usize, last: usize) -> SpeakerPhrase {
    SpeakerPhrase {
        span: view.span(first, last),
        first,
        last,
    }
}

/// A name of two or more words set off by a comma after a role phrase,
/// possibly after a title: ", Jiang Lichao," or ", arkitekt Flemming
/// Østergaard,". Looks a few tokens ahead at most.
fn apposition(view: &View, from: usize, limit: usize) -> Option<(usize, usize)> {
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
fn name_in_phrase(view: &View, first: usize, last: usize) -> (usize, usize) {
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
fn addressee_at(view: &View, at: usize, limit: usize) -> Option<(Span, usize)> {
    if at >= limit {
        return None;
    }
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
fn addressee_phrase_end(view: &View, start: usize, limit: usize) -> Option<usize> {
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
fn subject_before(view: &View, verb: usize, clause_first: usize) -> Option<(usize, usize)> {
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
fn subject_of(view: &View, verb: usize, first: usize, limit: usize) -> Option<(usize, usize)> {
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
fn antecedent(view: &View, comma: usize, clause_first: usize) -> Option<(usize, usize)> {
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

/// Finds the cue and speaker of each direct quote in `found[from..]`.
pub(super) fn attribute_direct(view: &View, found: &mut Vec<Found>, from: usize) {
    let end = found.len();
    for index in from..end {
        if found[index].kind != QuoteKind::Direct {
            continue;
        }
        let f = found[index].clone();
        let (_, sentence_last) =
            view.sentence_tokens(view.sentence_of(f.tokens.1.saturating_sub(1)));
        if let Some(close) = f.close {
            let mut at = close + 1;
            if view.is_punct(at, ",") {
                at += 1;
            }
            let limit = view
                .sentence_tokens(view.sentence_of(at.min(view.len().saturating_sub(1))))
                .1
                .max(sentence_last);
            if let Some(cue) = cue_after(view, at, limit).filter(|c| c.speaker.is_some()) {
                apply(&mut found[index], cue);
                continue;
            }
        }
        if let Some(cue) = inside(view, &f) {
            split(view, found, index, cue);
            continue;
        }
        if let Some(cue) = before(view, &f) {
            apply(&mut found[index], cue);
        }
    }
}

/// Gives a quote the cue, speaker and addressee found for it.
fn apply(found: &mut Found, cue: Cue) {
    found.cue = Some(cue.cue);
    found.speaker = cue.speaker;
    found.addressee = cue.addressee;
}

/// A cue inside the quote after a comma, question or exclamation mark:
/// »Vi er klar, siger hun, og vi glæder os.« or a dash line "– Ja, siger
/// hun." Returns the token of the mark before the cue with the cue.
fn inside(view: &View, f: &Found) -> Option<(usize, Cue)> {
    let (first, last) = f.tokens;
    for t in first + 1..last {
        if !view.is_punct(t, ",?!…") {
            continue;
        }
        let Some(cue) = cue_after(view, t + 1, last) else {
            continue;
        };
        if cue.speaker.is_none() {
            continue;
        }
        if let Some(end) = ends_attribution(view, cue.end, last) {
            return Some((t, Cue { end, ..cue }));
        }
    }
    None
}

/// Splits quote `index` around the cue found inside it: the first part
/// keeps the index, the rest becomes a new quote that continues it.
fn split(view: &View, found: &mut Vec<Found>, index: usize, (mark, cue): (usize, Cue)) {
    let f = found[index].clone();
    let keep_mark = !view.is_punct(mark, ",") || !f.dash && f.open.is_some();
    let first_end = if keep_mark { mark + 1 } else { mark };
    let mut rest = cue.end;
    if f.dash && view.is_punct(rest, ",") {
        // "– Ja, siger hun, da hun kom.": the rest of that sentence is
        // narrative; the dialogue goes on with the next sentence.
        rest = view.sentence_tokens(view.sentence_of(rest)).1;
    } else if view.is_punct(rest, ",.") {
        rest += 1;
    }
    let head = &mut found[index];
    head.tokens.1 = first_end;
    head.content = view.span(f.tokens.0, first_end);
    apply(head, cue);
    // A dash line inside a paragraph ends with its attribution; one that
    // opens the paragraph goes on to the paragraph's end.
    let leads = f
        .open
        .is_some_and(|o| view.paragraph_tokens(f.paragraph).0 == o);
    let runs_on = !f.dash || leads;
    if runs_on && rest < f.tokens.1 && (rest..f.tokens.1).any(|i| view.is_word(i)) {
        let mut tail = f.clone();
        tail.tokens = (rest, f.tokens.1);
        tail.content = view.span(rest, f.tokens.1);
        tail.continues = Some(index);
        tail.open = None;
        tail.dash = false;
        tail.cue = None;
        tail.speaker = None;
        tail.addressee = None;
        found.push(tail);
    }
}

/// A cue before the opening mark: "X siger: »...«", "X: »...«", »...«,
/// siger X, »...«, or "X siger, at »...«".
fn before(view: &View, f: &Found) -> Option<Cue> {
    let mark = f.open?;
    if mark == 0 || f.dash && !view.is_punct(mark - 1, ":") {
        return None;
    }
    let sep = mark - 1;
    let (sentence_first, _) = view.sentence_tokens(view.sentence_of(sep));
    let sep_ok =
        view.is_punct(sep, ":,") || view.is(sep, "at") && view.is_punct(sep.wrapping_sub(1), ",");
    if !sep_ok || sep <= sentence_first {
        return None;
    }
    let window = sep.saturating_sub(10).max(sentence_first);
    let verb = (window..sep)
        .rev()
        .find(|&v| is_speech_verb(view, v) || view.is_any(v, &["lød", "lyder"]));
    let Some(verb) = verb else {
        if !view.is_punct(sep, ":") {
            return None;
        }
        if sep - sentence_first <= 4 {
            if let Some(cue) = named_by_colon(view, sentence_first, sep) {
                return Some(cue);
            }
        }
        return named_before_colon(view, sentence_first, sep);
    };
    if !states(view, verb, sentence_first) {
        return None;
    }
    if view.is_any(verb, &["lød", "lyder"]) {
        return cue_after(view, verb, sep).filter(|c| c.speaker.is_some());
    }
    let subject = subject_of(view, verb, sentence_first, sep)?;
    let (speaker, _) = choose_speaker(view, subject, verb);
    let addressee = (verb + 1..sep)
        .find_map(|a| addressee_at(view, a, sep))
        .map(|(s, _)| s);
    Some(Cue {
        cue: view.span(verb, verb + 1),
        speaker: Some(speaker),
        addressee,
        end: sep,
    })
}

/// "X: »...«" and the headline "Navn: udsagn": a name of capitalised words
/// before a colon that ends it.
fn named_by_colon(view: &View, first: usize, colon: usize) -> Option<Cue> {
    let all_names = (first..colon).all(|i| view.is_capitalized(i) || is_initial(view, i));
    let shouting = (first..colon).any(|i| {
        let w = view.word(i);
        w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
    });
    if !all_names || shouting || colon - first < 2 {
        return None;
    }
    Some(Cue {
        cue: Span::new(view.tokens[colon].start, view.tokens[colon].end),
        speaker: Some(phrase(view, first, colon)),
        addressee: None,
        end: colon + 1,
    })
}

/// "Kurt om træneren: »...«", "Forfatteren Anna Berg, der ..., er vred:
/// – ...": a name that opens the sentence of a colon before a quote, of
/// two words or more or followed by "om".
fn named_before_colon(view: &View, first: usize, colon: usize) -> Option<Cue> {
    if !view.is_capitalized(first) {
        return None;
    }
    let run = name_run_end(view, first, colon);
    if run - first < 2 && !view.is(run, "om") {
        return None;
    }
    let (speaker, _) = choose_speaker(view, (first, run), colon);
    Some(Cue {
        cue: view.span(colon, colon + 1),
        speaker: Some(speaker),
        addressee: None,
        end: colon + 1,
    })
}

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
        cue: view.span(verb, verb + 1),
        speaker: Some(speaker),
        addressee,
        end: colon + 1,
    };
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

/// The first token of the clause holding `verb`: after the last comma,
/// colon or clause word before it in the sentence.
fn clause_start(view: &View, verb: usize, sentence_first: usize) -> usize {
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

/// Quotes without marks in one paragraph: reported speech, "Det mener X",
/// indirect speech, "ifølge X" and a headline "Navn: udsagn".
pub(super) fn unmarked(
    view: &View,
    paragraph: usize,
    found: &mut Vec<Found>,
    from: usize,
    cues: &mut UsedCues,
) {
    let (first_sentence, last_sentence) = view.paragraph_sentences(paragraph);
    let direct = DirectQuotes::new(&found[from..]);
    cues.mark(view, &found[from..]);
    for sentence in first_sentence..last_sentence {
        let (first, last) = view.sentence_tokens(sentence);
        // Every pattern below needs a speech verb ("ifølge" is tagged as
        // one) or a colon; one pass says which the sentence has.
        let (mut first_verb, mut ifolge_at, mut colon) = (None, None, false);
        for i in first..last {
            if view.tags(i).contains(Tags::SPEECH_VERB) {
                first_verb = first_verb.or(Some(i));
                if ifolge_at.is_none() && view.is(i, "ifølge") {
                    ifolge_at = Some(i);
                }
            }
            colon |= view.is_punct(i, ":");
        }
        let verbs = first_verb.is_some();
        if !verbs && !colon {
            continue;
        }
        let before = found.len();
        if !direct.cover(view.span(first, last)) {
            if verbs && det_mener(view, sentence, paragraph, found) {
                continue;
            }
            if verbs {
                reported(view, sentence, paragraph, found);
            }
            if colon {
                headline(view, sentence, paragraph, found);
                if verbs {
                    after_colon(view, sentence, paragraph, found);
                }
            }
        }
        if let Some(verb) = first_verb {
            cues.mark(view, &found[before..]);
            indirect(view, (sentence, verb), paragraph, found, cues);
        }
        if let Some(at) = ifolge_at {
            ifolge(view, sentence, at, paragraph, found);
        }
    }
}

/// The direct quotes of one paragraph that hide a sentence from the search
/// for unmarked speech, sorted by start. A quote left open at the
/// paragraph's end without a speaker hides only the sentence it starts in:
/// an unclosed mark is as often a slip as a quote running on.
struct DirectQuotes {
    /// Content span, and whether it hides every sentence it overlaps.
    spans: Vec<(Span, bool)>,
}

impl DirectQuotes {
    /// The direct quotes among `found` that hide sentences.
    fn new(found: &[Found]) -> DirectQuotes {
        let mut spans: Vec<(Span, bool)> = found
            .iter()
            .filter(|f| f.kind == QuoteKind::Direct && !f.content.is_empty())
            .map(|f| {
                (
                    f.content,
                    f.close.is_some() || f.dash || f.speaker.is_some(),
                )
            })
            .collect();
        spans.sort_unstable_by_key(|(span, _)| span.start);
        DirectQuotes { spans }
    }

    /// Whether a quote hides the sentence `sentence`. Quotes do not
    /// overlap, so the few that start last before the sentence's end are
    /// the only ones to look at.
    fn cover(&self, sentence: Span) -> bool {
        let before = self
            .spans
            .partition_point(|(span, _)| span.start < sentence.end);
        for &(span, hides_all) in self.spans[..before].iter().rev().take(8) {
            if span.end <= sentence.start {
                return false;
            }
            if hides_all || span.start >= sentence.start {
                return true;
            }
        }
        false
    }
}

/// The tokens already used as the cue of a quote, so that indirect speech
/// does not take them again: one flag a token, allocated once a text.
pub(super) struct UsedCues {
    used: Vec<bool>,
}

impl UsedCues {
    /// No token used yet.
    pub(super) fn new(view: &View) -> UsedCues {
        UsedCues {
            used: vec![false; view.len()],
        }
    }

    /// Marks the cue tokens of `found` as used.
    fn mark(&mut self, view: &View, found: &[Found]) {
        for cue in found.iter().filter_map(|f| f.cue) {
            if let Some(slot) = view.token_at(cue.start).and_then(|i| self.used.get_mut(i)) {
                *slot = true;
            }
        }
    }

    /// Whether `token` is the cue of a quote already.
    fn contains(&self, token: usize) -> bool {
        self.used.get(token).copied().unwrap_or(false)
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
        tokens: (first, last),
        paragraph,
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
/// attribution before it.
fn reported(view: &View, sentence: usize, paragraph: usize, found: &mut Vec<Found>) {
    let (first, last) = view.sentence_tokens(sentence);
    let mut start = if view.is_dash(first) {
        first + 1
    } else {
        first
    };
    let mut comma = start + 2;
    while comma < last {
        if !view.is_punct(comma, ",") {
            comma += 1;
            continue;
        }
        let Some(cue) = cue_after(view, comma + 1, last).filter(|c| c.speaker.is_some()) else {
            comma += 1;
            continue;
        };
        let Some(end) = ends_attribution(view, cue.end, last) else {
            comma += 1;
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
        comma = start + 2;
    }
}

/// Where an attribution ending at token `end` ends its clause: at a mark
/// right there, or after a few more words, an adverb or a place
/// ("hævdede Erhard frimodigt.", "foreslår et barn fra et krat.").
fn ends_attribution(view: &View, end: usize, last: usize) -> Option<usize> {
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
    if cue.speaker.is_none() || !(cue.end >= last || view.is_punct(cue.end, ".!:;")) {
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
    (sentence, first_verb): (usize, usize),
    paragraph: usize,
    found: &mut Vec<Found>,
    cues: &UsedCues,
) {
    let (first, last) = view.sentence_tokens(sentence);
    let mut verb = first_verb;
    while verb < last {
        if !is_speech_verb(view, verb) || !states(view, verb, first) {
            verb += 1;
            continue;
        }
        let used = cues.contains(verb);
        let Some(at) = that_clause(view, verb, last) else {
            verb += 1;
            continue;
        };
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
            let end = trim_end(view, at + 1, clause_end(view, at + 1, last));
            if end > at + 1 {
                let cue = Cue {
                    cue: view.span(verb, verb + 1),
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

/// Whether the speech verb at `verb` reports a statement: not after "at"
/// or "for" (an infinitive), not negated, not in a "hvis" clause, not "det
/// vil sige".
fn states(view: &View, verb: usize, first: usize) -> bool {
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

/// Where reported speech inside a statement ends: before a comma, a cue
/// and its speaker ("..., at han vidste det, siger X."), else at `last`.
fn clause_end(view: &View, from: usize, last: usize) -> usize {
    (from..last.min(from + CLAUSE_REACH))
        .find(|&k| {
            view.is_punct(k, ",")
                && view.tags(k + 1).contains(Tags::SPEECH_VERB)
                && cue_after(view, k + 1, last).is_some_and(|c| c.speaker.is_some())
        })
        .unwrap_or(last)
}

/// The "at" that opens the clause a speech verb at `verb` reports, within
/// a few tokens: "siger, at", "skriver i en mail til Politiken, at",
/// "advarer imod at". Not "at" before an infinitive ("forsøgte at").
fn that_clause(view: &View, verb: usize, last: usize) -> Option<usize> {
    let window = (verb + 9).min(last);
    let asks = view.is_any(verb, &["spørger", "spurgte", "spurgt"]);
    for j in verb + 1..window {
        let question = [
            "om", "hvad", "hvordan", "hvorfor", "hvornår", "hvem", "hvor", "hvilke", "hvilken",
        ];
        if asks && view.is_punct(j - 1, ",") && view.is_any(j, &question) {
            return (j + 2 < last).then_some(j);
        }
        if view.is(j, "at") && view.is(j + 1, "vide") {
            continue;
        }
        if view.is(j, "at") {
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
        let w = view.word(j);
        if view.is_punct(j, ".!?:;\"»«“”„")
            || is_speech_verb(view, j)
            || w.eq_ignore_ascii_case("om") && view.is_punct(j - 1, ",")
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
        cue: view.span(at, at + 1),
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
    let end = trim_end(view, colon + 1, last);
    if (colon + 1..end).filter(|&i| view.is_word(i)).count() >= 3
        && !view.is_punct(colon + 1, "\"»«“„-–")
    {
        found.push(new_found(
            view,
            (colon + 1, end),
            QuoteKind::Direct,
            paragraph,
            cue,
        ));
    }
}

/// Gives each quote that continues another the speaker it lacks, both
/// ways, and each dialogue paragraph without a named speaker the speaker
/// of the dialogue paragraph just before it.
pub(super) fn share_speakers(view: &View, found: &mut [Found]) {
    for index in 0..found.len() {
        let Some(prev) = found[index].continues.filter(|&p| p < index) else {
            continue;
        };
        if found[index].speaker.is_none() && found[prev].speaker.is_some() {
            found[index].speaker = found[prev].speaker;
            found[index].cue = found[prev].cue;
            found[index].addressee = found[prev].addressee;
        }
    }
    for index in (0..found.len()).rev() {
        let Some(prev) = found[index].continues.filter(|&p| p < index) else {
            continue;
        };
        if found[prev].speaker.is_none() && found[index].speaker.is_some() {
            found[prev].speaker = found[index].speaker;
            found[prev].cue = found[index].cue;
            found[prev].addressee = found[index].addressee;
        }
    }
    let mut last_dash: Option<usize> = None;
    for index in 0..found.len() {
        let f = &found[index];
        let leads = f
            .open
            .is_some_and(|o| view.paragraph_tokens(f.paragraph).0 == o);
        if !f.dash || !leads {
            continue;
        }
        if let Some(prev) = last_dash {
            let follows = found[prev].paragraph + 1 == f.paragraph;
            if follows && f.speaker.is_none() && found[prev].speaker.is_some() {
                found[index].speaker = found[prev].speaker;
            }
        }
        last_dash = Some(index);
    }
}
