//! Who said a direct quote: a cue after it, inside it or before it, and
//! speakers shared along quotes that continue one another.

use super::phrases::*;
use super::view::{View, class, short};
use super::{CueWords, Found};
use crate::model::QuoteKind;

/// Finds the cue and speaker of each direct quote in `found[from..]`.
pub(super) fn attribute_direct(view: &View, found: &mut Vec<Found>, from: usize) {
    let end = found.len();
    for index in from..end {
        let f = &found[index];
        if f.kind != QuoteKind::Direct {
            continue;
        }
        if let Some(cue) = cue_after_close(view, f) {
            apply(&mut found[index], cue);
            continue;
        }
        if let Some(cue) = inside(view, f) {
            split(view, found, index, cue);
            continue;
        }
        if let Some(cue) = before(view, f) {
            apply(&mut found[index], cue);
        }
    }
}

/// A cue with a speaker after the closing mark: »...«, siger hun. It
/// may run to the end of the sentence the quote ends in or, where the
/// mark ends that sentence, of the next one.
fn cue_after_close(view: &View, f: &Found) -> Option<Cue> {
    let close = f.close()?;
    let (_, sentence_last) = view.sentence_tokens(view.sentence_of(f.tokens().1.saturating_sub(1)));
    let mut at = close + 1;
    if view.is_punct(at, ",") {
        at += 1;
    }
    // A token after the content and before its sentence's end lies in
    // that sentence: no second search for the sentence.
    let limit = if at < sentence_last {
        sentence_last
    } else {
        let next = view.sentence_of(at.min(view.len().saturating_sub(1)));
        view.sentence_tokens(next).1.max(sentence_last)
    };
    cue_after(view, at, limit)
}

/// Gives a quote the cue, speaker and addressee found for it.
pub(super) fn apply(found: &mut Found, cue: Cue) {
    found.cue = Some(cue.cue);
    found.speaker = cue.speaker;
    found.addressee = cue.addressee;
}

/// A cue inside the quote after a comma, question or exclamation mark:
/// »Vi er klar, siger hun, og vi glæder os.« or a dash line "– Ja, siger
/// hun." Returns the token of the mark before the cue with the cue.
fn inside(view: &View, f: &Found) -> Option<(usize, Cue)> {
    let (first, last) = f.tokens();
    // A cue opens with a speech verb, rarer than marks: the walk over
    // the class bytes finds the verbs, then the mark before each is
    // tested.
    for verb in view.with_class(first + 2, last, class::VERB) {
        let t = verb - 1;
        if !view.is_punct(t, ",?!…") {
            continue;
        }
        let Some(cue) = cue_after(view, verb, last) else {
            continue;
        };
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
    head.tokens.1 = short(first_end);
    head.content = view.span(f.tokens().0, first_end);
    apply(head, cue);
    // A dash line inside a paragraph ends with its attribution; one that
    // opens the paragraph goes on to the paragraph's end.
    let leads = f
        .open()
        .is_some_and(|o| view.paragraph_tokens(f.paragraph()).0 == o);
    let runs_on = !f.dash || leads;
    if runs_on && rest < f.tokens().1 && (rest..f.tokens().1).any(|i| view.is_word(i)) {
        let mut tail = f.clone();
        tail.tokens = (short(rest), f.tokens.1);
        tail.content = view.span(rest, f.tokens().1);
        tail.continues = Some(short(index));
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
    let mark = f.open()?;
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
        return cue_after(view, verb, sep);
    }
    let subject = subject_of(view, verb, sentence_first, sep)?;
    let (speaker, _) = choose_speaker(view, subject, verb);
    let addressee = (verb + 1..sep)
        .find_map(|a| addressee_at(view, a, sep))
        .map(|(s, _)| s);
    Some(Cue {
        cue: CueWords::new(view, verb, verb + 1),
        speaker: Some(speaker),
        addressee,
        end: sep,
    })
}

/// Gives quote `to` the speaker, cue and addressee of quote `from` when it
/// has no speaker and `from` has one.
fn lend_attribution(found: &mut [Found], from: usize, to: usize) {
    if found[to].speaker.is_none() && found[from].speaker.is_some() {
        found[to].speaker = found[from].speaker;
        found[to].cue = found[from].cue;
        found[to].addressee = found[from].addressee;
    }
}

/// Gives each quote that continues another the speaker it lacks, both
/// ways, and each dialogue paragraph without a named speaker the speaker
/// of the dialogue paragraph just before it.
pub(super) fn share_speakers(view: &View, found: &mut [Found]) {
    for index in 0..found.len() {
        if let Some(prev) = found[index].continues().filter(|&p| p < index) {
            lend_attribution(found, prev, index);
        }
    }
    for index in (0..found.len()).rev() {
        if let Some(prev) = found[index].continues().filter(|&p| p < index) {
            lend_attribution(found, index, prev);
        }
    }
    let mut last_dash: Option<usize> = None;
    for index in 0..found.len() {
        let f = &found[index];
        let leads = f
            .open()
            .is_some_and(|o| view.paragraph_tokens(f.paragraph()).0 == o);
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
