//! Quote scores against the project's gold quotes for the treebank.

use crate::conllu::ConlluSentence;
use crate::Score;

/// Quote scores for the gold file `data` (read from `path`) over the
/// treebank sentences.
pub fn scores(_treebank: &[ConlluSentence], _path: &str, _data: &str) -> Vec<Score> {
    Vec::new()
}
