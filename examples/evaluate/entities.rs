//! Named-entity scores against DaN+ (PER and ORG, exact token spans).
//!
//! The treebank sentences are joined into one text exactly as the
//! sentence score joins them, analysed once, and each DaN+ token is placed
//! in that text by finding its form, in order, inside its sentence. Only
//! first-level tags count, and only PER and ORG themselves (not PERpart,
//! ORGderiv, ...). A party's full name is an ORG on both sides; a bare
//! party code between parentheses ("(S)") is left out on both sides, as the
//! data mark it inconsistently.

use crate::Score;
use crate::conllu::ConlluSentence;
use crate::danplus::{Tagged, parse};
use crate::sentences::build_text;
use std::collections::BTreeSet;

/// Gold spans of one type, as byte ranges into the joined text.
type Spans = BTreeSet<(usize, usize)>;

/// The PER and ORG spans of the DaN+ sentences in the joined text, where
/// treebank sentence `i` starts at byte `starts[i]`.
fn gold_spans(
    treebank: &[ConlluSentence],
    starts: &[usize],
    danplus: &[Vec<Tagged>],
) -> (Spans, Spans, usize) {
    let (mut per, mut org) = (Spans::new(), Spans::new());
    let mut unplaced = 0;
    for ((sentence, &start), tokens) in treebank.iter().zip(starts).zip(danplus) {
        let sentence_text = sentence.text.trim();
        let mut offsets = Vec::with_capacity(tokens.len());
        let mut cursor = 0;
        for token in tokens {
            match sentence_text
                .get(cursor..)
                .and_then(|rest| rest.find(&token.form))
            {
                Some(found) => {
                    let from = cursor + found;
                    cursor = from + token.form.len();
                    offsets.push(Some((start + from, start + cursor)));
                }
                None => {
                    unplaced += 1;
                    offsets.push(None);
                }
            }
        }
        for (label, spans) in [("PER", &mut per), ("ORG", &mut org)] {
            for (first, last) in entity_runs(tokens, label) {
                if label == "ORG" && is_code_in_parentheses(tokens, first, last) {
                    continue;
                }
                if let (Some(Some(a)), Some(Some(b))) = (offsets.get(first), offsets.get(last)) {
                    spans.insert((a.0, b.1));
                }
            }
        }
    }
    (per, org, unplaced)
}

/// The token ranges (first, last) tagged B-`label` I-`label`*.
fn entity_runs(tokens: &[Tagged], label: &str) -> Vec<(usize, usize)> {
    let begin = format!("B-{label}");
    let inside = format!("I-{label}");
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].tag == begin {
            let mut last = i;
            while tokens.get(last + 1).is_some_and(|t| t.tag == inside) {
                last += 1;
            }
            runs.push((i, last));
            i = last + 1;
        } else {
            i += 1;
        }
    }
    runs
}

/// Whether tokens `first..=last` are one party code between parentheses.
fn is_code_in_parentheses(tokens: &[Tagged], first: usize, last: usize) -> bool {
    first == last
        && first > 0
        && is_code(&tokens[first].form)
        && tokens[first - 1].form == "("
        && tokens.get(last + 1).is_some_and(|t| t.form == ")")
}

/// Whether a word is written as a party code: one to three letters, the
/// first a capital ("S", "SF", "KrF").
fn is_code(word: &str) -> bool {
    let letters = word.chars().count();
    (1..=3).contains(&letters)
        && word.chars().all(char::is_alphabetic)
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the text just around `start..end` is "(" and ")".
fn in_parentheses(text: &str, start: usize, end: usize) -> bool {
    text.get(..start)
        .is_some_and(|b| b.trim_end().ends_with('('))
        && text
            .get(end..)
            .is_some_and(|a| a.trim_start().starts_with(')'))
}

/// The byte offset of each treebank sentence in `text`, found in order.
fn sentence_starts(text: &str, treebank: &[ConlluSentence]) -> Vec<usize> {
    let mut cursor = 0;
    treebank
        .iter()
        .map(|sentence| {
            let found = text
                .get(cursor..)
                .and_then(|rest| rest.find(sentence.text.trim()))
                .map_or(cursor, |at| cursor + at);
            cursor = found + sentence.text.trim().len();
            found
        })
        .collect()
}

/// PER and ORG scores for the DaN+ TSV `data` (read from `path`) over the
/// treebank sentences.
pub fn scores(
    analyzer: &kilde::Analyzer,
    treebank: &[ConlluSentence],
    path: &str,
    data: &str,
) -> Vec<Score> {
    let danplus = parse(data);
    if danplus.len() != treebank.len() {
        eprintln!(
            "evaluate: {path}: {} sentences, the treebank has {}",
            danplus.len(),
            treebank.len()
        );
    }
    let (text, _) = build_text(treebank);
    let starts = sentence_starts(&text, treebank);
    let (gold_per, gold_org, unplaced) = gold_spans(treebank, &starts, &danplus);
    if unplaced > 0 {
        eprintln!("evaluate: {path}: {unplaced} tokens not found in their sentence");
    }
    let analysis = analyzer.analyze(&text);
    let predicted_per: Spans = analysis
        .people
        .iter()
        .flat_map(|p| &p.mentions)
        .map(|s| (s.start, s.end))
        .collect();
    let mut predicted_org: Spans = analysis
        .organizations
        .iter()
        .flat_map(|o| &o.mentions)
        .map(|s| (s.start, s.end))
        .collect();
    for party in &analysis.parties {
        for mention in &party.mentions {
            let written = mention.text(&text);
            let prefixed = written
                .split_once('-')
                .is_some_and(|(code, _)| is_code(code));
            if !is_code(written) && !prefixed && !in_parentheses(&text, mention.start, mention.end)
            {
                predicted_org.insert((mention.start, mention.end));
            }
        }
    }
    if std::env::var_os("KILDE_EVAL_VERBOSE").is_some() {
        report("PER", &text, &gold_per, &predicted_per);
        report("ORG", &text, &gold_org, &predicted_org);
    }
    vec![
        score("PER", &gold_per, &predicted_per, 0.90),
        score("ORG", &gold_org, &predicted_org, 0.70),
    ]
}

/// One score line.
fn score(name: &'static str, gold: &Spans, predicted: &Spans, floor: f64) -> Score {
    Score {
        name,
        true_positives: gold.intersection(predicted).count(),
        predicted: predicted.len(),
        gold: gold.len(),
        floor,
    }
}

/// Prints each missed and each false span with its context, to read what
/// goes wrong rather than only how often.
fn report(label: &str, text: &str, gold: &Spans, predicted: &Spans) {
    let context = |(start, end): (usize, usize)| {
        let from = char_boundary(text, start.saturating_sub(50), false);
        let to = char_boundary(text, end + 50, true);
        format!(
            "{}⟦{}⟧{}",
            &text[from..start],
            &text[start..end],
            &text[end..to]
        )
        .replace('\n', "⏎")
    };
    for &span in gold.difference(predicted) {
        eprintln!("{label} missed {}", context(span));
    }
    for &span in predicted.difference(gold) {
        eprintln!("{label} false  {}", context(span));
    }
}

/// The nearest char boundary of `text` at or before (`up` false) or at or
/// after (`up` true) byte `at`, within the text.
fn char_boundary(text: &str, at: usize, up: bool) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        if up {
            at += 1;
        } else {
            at -= 1;
        }
    }
    at
}
