//! Quote scores against the project's gold quotes for the treebank.
//!
//! The treebank text is built exactly as for the sentence score
//! ([`crate::sentences::build_text`]) and analysed whole. The gold file
//! (see `ddt_dev_quotes.tsv` for its format) covers every sentence of the
//! file, so every predicted quote that names a speaker counts toward
//! precision. Quotes without a speaker are not scored: the gold lists only
//! attributed quotes.
//!
//! A predicted quote matches a gold quote when its content overlaps the
//! gold sentences and its speaker names the gold speaker: the words of the
//! speaker span (or of the name of the person it resolves to) contain the
//! gold words, or lie within them and hold more than function words.
//! Matching is one to one, same kind first. The parts of one quote split
//! by its cue (»..., siger hun, og ...«) share cue and speaker and count as
//! one prediction.

use crate::Score;
use crate::conllu::ConlluSentence;
use crate::sentences::build_text;
use kilde::{Analysis, QuoteKind, Span};
use std::collections::HashMap;

/// One line of the gold file.
struct GoldQuote {
    line: usize,
    ids: Vec<String>,
    kind: QuoteKind,
    speaker: String,
}

/// A predicted quote, or the parts of one that share a cue and speaker.
struct Predicted {
    parts: Vec<Span>,
    kind: QuoteKind,
    names: Vec<String>,
}

/// Quote scores for the gold file `data` (read from `path`) over the
/// treebank sentences.
pub fn scores(
    analyzer: &kilde::Analyzer,
    treebank: &[ConlluSentence],
    path: &str,
    data: &str,
) -> Vec<Score> {
    let gold = parse(path, data);
    let (text, _) = build_text(treebank);
    let ranges = sentence_ranges(&text, treebank);
    let analysis = analyzer.analyze(&text);
    let predicted = predictions(&text, &analysis);
    let verbose = std::env::var_os("KILDE_EVAL_VERBOSE").is_some();
    let mut used = vec![false; predicted.len()];
    let mut matched = 0;
    let mut same_kind = 0;
    for g in &gold {
        let Some(range) = gold_range(g, &ranges, path) else {
            continue;
        };
        let fits = |p: &Predicted| {
            p.parts.iter().any(|s| s.overlaps(range))
                && p.names.iter().any(|n| names_match(n, &g.speaker))
        };
        let pick = (0..predicted.len())
            .find(|&i| !used[i] && predicted[i].kind == g.kind && fits(&predicted[i]))
            .or_else(|| (0..predicted.len()).find(|&i| !used[i] && fits(&predicted[i])));
        match pick {
            Some(i) => {
                used[i] = true;
                matched += 1;
                same_kind += usize::from(predicted[i].kind == g.kind);
            }
            None if verbose => eprintln!("missed   {} {:?} {}", g.ids.join(","), g.kind, g.speaker),
            None => {}
        }
    }
    if verbose {
        for (p, _) in predicted.iter().zip(&used).filter(|(_, used)| !**used) {
            let ids = ids_of(p, &ranges, treebank);
            eprintln!("spurious {} {:?} {:?}", ids, p.kind, p.names);
        }
    }
    eprintln!("quotes: {same_kind} of {matched} matched quotes have the gold kind");
    vec![Score {
        name: "quotes",
        true_positives: matched,
        predicted: predicted.len(),
        gold: gold.len(),
        floor: 0.90,
    }]
}

/// The gold quotes of the file; malformed lines are reported and skipped.
fn parse(path: &str, data: &str) -> Vec<GoldQuote> {
    let mut gold = Vec::new();
    for (index, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let kind = match fields.get(1).copied() {
            Some("direct") => QuoteKind::Direct,
            Some("reported") => QuoteKind::Reported,
            Some("indirect") => QuoteKind::Indirect,
            _ => {
                eprintln!(
                    "evaluate: {path}:{}: expected ids, kind and speaker",
                    index + 1
                );
                continue;
            }
        };
        let (Some(ids), Some(speaker)) = (fields.first(), fields.get(2)) else {
            eprintln!(
                "evaluate: {path}:{}: expected ids, kind and speaker",
                index + 1
            );
            continue;
        };
        gold.push(GoldQuote {
            line: index + 1,
            ids: ids.split(',').map(|id| id.trim().to_string()).collect(),
            kind,
            speaker: speaker.trim().to_string(),
        });
    }
    gold
}

/// The byte range of each sentence id in the built text, found in order.
fn sentence_ranges(text: &str, treebank: &[ConlluSentence]) -> HashMap<String, Span> {
    let mut ranges = HashMap::new();
    let mut from = 0;
    for sentence in treebank {
        let needle = sentence.text.trim();
        if let Some(at) = text.get(from..).and_then(|rest| rest.find(needle)) {
            let start = from + at;
            ranges.insert(sentence.id.clone(), Span::new(start, start + needle.len()));
            from = start + needle.len();
        }
    }
    ranges
}

/// The byte range from the first to the last sentence of a gold quote.
fn gold_range(g: &GoldQuote, ranges: &HashMap<String, Span>, path: &str) -> Option<Span> {
    let spans: Vec<Span> = g
        .ids
        .iter()
        .filter_map(|id| ranges.get(id).copied())
        .collect();
    if spans.len() != g.ids.len() {
        eprintln!("evaluate: {path}:{}: unknown sentence id", g.line);
    }
    let start = spans.iter().map(|s| s.start).min()?;
    let end = spans.iter().map(|s| s.end).max()?;
    Some(Span::new(start, end))
}

/// Quotes with a speaker, the parts of a split quote merged.
fn predictions(text: &str, analysis: &Analysis) -> Vec<Predicted> {
    let mut by_attribution: HashMap<(Option<Span>, Span), usize> = HashMap::new();
    let mut predicted: Vec<Predicted> = Vec::new();
    for quote in &analysis.quotes {
        let Some(speaker) = quote.speaker else {
            continue;
        };
        let key = (quote.cue, speaker.span());
        if let Some(&i) = by_attribution.get(&key) {
            predicted[i].parts.push(quote.span());
            continue;
        }
        let mut names = vec![speaker.span().text(text).to_string()];
        if let Some(person) = speaker.person.and_then(|p| analysis.people.get(p)) {
            names.push(person.name.clone());
        }
        by_attribution.insert(key, predicted.len());
        predicted.push(Predicted {
            parts: vec![quote.span()],
            kind: quote.kind,
            names,
        });
    }
    predicted
}

/// Words that cannot name a speaker alone.
const FUNCTION_WORDS: &[&str] = &[
    "den", "det", "de", "en", "et", "af", "i", "på", "fra", "og", "til", "for",
];

/// The lower-cased words of a name, without punctuation.
fn words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `inner` occurs as a run of words in `outer`.
fn contains(outer: &[String], inner: &[String]) -> bool {
    !inner.is_empty() && outer.windows(inner.len()).any(|w| w == inner)
}

/// Whether a predicted speaker name names the gold speaker.
fn names_match(predicted: &str, gold: &str) -> bool {
    let (p, g) = (words(predicted), words(gold));
    let content = p.iter().any(|w| !FUNCTION_WORDS.contains(&w.as_str()));
    contains(&p, &g) || content && contains(&g, &p)
}

/// The ids of the sentences a prediction overlaps, for the verbose report.
fn ids_of(p: &Predicted, ranges: &HashMap<String, Span>, treebank: &[ConlluSentence]) -> String {
    treebank
        .iter()
        .filter(|s| {
            ranges
                .get(&s.id)
                .is_some_and(|r| p.parts.iter().any(|part| part.overlaps(*r)))
        })
        .map(|s| s.id.as_str())
        .take(3)
        .collect::<Vec<_>>()
        .join(",")
}
