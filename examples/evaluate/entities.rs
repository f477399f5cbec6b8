//! Named-entity scores against DaN+ (PER and ORG, exact token spans).

use crate::Score;
use crate::conllu::ConlluSentence;

/// PER and ORG scores for the DaN+ TSV `data` (read from `path`) over the
/// treebank sentences.
pub fn scores(_treebank: &[ConlluSentence], _path: &str, _data: &str) -> Vec<Score> {
    Vec::new()
}
