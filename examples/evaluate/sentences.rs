//! Sentence-boundary scores: treebank sentences joined into paragraphs of
//! eight, as running text, and the boundaries `kilde` finds inside them
//! compared with the treebank's.

use crate::Score;
use crate::conllu::ConlluSentence;
use std::collections::HashSet;

/// Sentences a paragraph.
const PARAGRAPH: usize = 8;

/// The text of the joined paragraphs and the byte offsets where a gold
/// sentence ends inside a paragraph (paragraph ends are not counted: no
/// splitter can miss them).
pub fn build_text(treebank: &[ConlluSentence]) -> (String, HashSet<usize>) {
    let mut text = String::new();
    let mut gold = HashSet::new();
    for paragraph in treebank.chunks(PARAGRAPH) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        for (i, sentence) in paragraph.iter().enumerate() {
            let sentence_text = sentence.text.trim();
            text.push_str(sentence_text);
            if i + 1 < paragraph.len() {
                gold.insert(text.len());
                let closed = sentence_text.ends_with(|c: char| ".!?…:\"'»«”“)".contains(c));
                text.push(if closed { ' ' } else { '\n' });
            }
        }
    }
    (text, gold)
}

/// Segments the joined paragraphs and scores the sentence ends found
/// inside them against the treebank's; with `KILDE_EVAL_VERBOSE` set,
/// prints every miss and every spurious end in context.
pub fn score(treebank: &[ConlluSentence]) -> Score {
    let (text, gold) = build_text(treebank);
    let segmentation = kilde::segment::segment(&text);
    let paragraph_ends: HashSet<usize> = segmentation.paragraphs.iter().map(|p| p.end).collect();
    let predicted: HashSet<usize> = segmentation
        .sentences
        .iter()
        .map(|s| s.end)
        .filter(|end| !paragraph_ends.contains(end))
        .collect();
    if std::env::var_os("KILDE_EVAL_VERBOSE").is_some() {
        report_errors(&text, &gold, &predicted);
    }
    Score {
        name: "sentences",
        true_positives: predicted.intersection(&gold).count(),
        predicted: predicted.len(),
        gold: gold.len(),
        floor: 0.95,
    }
}

/// Prints each missed and each spurious boundary with its context, for
/// reading what goes wrong rather than only how often.
fn report_errors(text: &str, gold: &HashSet<usize>, predicted: &HashSet<usize>) {
    let context = |at: usize| {
        let mut from = at.saturating_sub(60);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + 60).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        format!("{}⟦|⟧{}", &text[from..at], &text[at..to]).replace('\n', "⏎")
    };
    let mut missed: Vec<_> = gold.difference(predicted).collect();
    missed.sort();
    for &at in missed {
        eprintln!("missed   {}", context(at));
    }
    let mut spurious: Vec<_> = predicted.difference(gold).collect();
    spurious.sort();
    for &at in spurious {
        eprintln!("spurious {}", context(at));
    }
}
