//! `evaluate`: accuracy of `kilde` on annotated Danish data.
//!
//! ```text
//! evaluate [--check] [--block-size BYTES] CONLLU [--danplus TSV] [--quotes GOLD]
//! ```
//!
//! - CONLLU (the Danish UD treebank, e.g. `ddt_dev.conllu`): sentence
//!   boundaries, with consecutive sentences joined into paragraphs of 8.
//! - `--danplus TSV` (DaN+ over the same sentences): PER and ORG spans.
//! - `--quotes GOLD` (the project's gold quotes for the same sentences):
//!   quote attribution.
//! - `--check`: exit non-zero when a score is below the project's floor.
//! - `--block-size BYTES`: analyse the text in blocks of at most BYTES
//!   (see `AnalyzerBuilder::block_size`), to measure what block seams cost.

mod conllu;
mod danplus;
mod entities;
mod quotes;
mod sentences;

use std::process::ExitCode;

/// One score line: a name, precision, recall, F1 and the floor on F1 that
/// `--check` enforces.
pub struct Score {
    pub name: &'static str,
    pub true_positives: usize,
    pub predicted: usize,
    pub gold: usize,
    pub floor: f64,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

struct Options {
    check: bool,
    conllu: String,
    danplus: Option<String>,
    quotes: Option<String>,
    block_size: Option<usize>,
}

fn parse_args() -> Result<Options, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let (mut check, mut conllu, mut danplus, mut quotes) = (false, None, None, None);
    let mut block_size = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("check") => check = true,
            Long("danplus") => danplus = Some(parser.value()?.string()?),
            Long("quotes") => quotes = Some(parser.value()?.string()?),
            Long("block-size") => block_size = Some(parser.value()?.parse()?),
            Value(path) if conllu.is_none() => conllu = Some(path.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    let conllu = conllu.ok_or("missing CONLLU path")?;
    Ok(Options {
        check,
        conllu,
        danplus,
        quotes,
        block_size,
    })
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(e) => {
            eprintln!(
                "evaluate: {e}\nusage: evaluate [--check] [--block-size BYTES] CONLLU [--danplus TSV] [--quotes GOLD]"
            );
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::from(2)
        }
    }
}

/// Prints every score; returns whether all meet their floors.
fn run(options: &Options) -> Result<bool, String> {
    let data = read(&options.conllu)?;
    let (treebank, errors) = conllu::parse(&options.conllu, &data);
    for error in &errors {
        eprintln!("evaluate: {error}");
    }
    let analyzer = match options.block_size {
        Some(bytes) => kilde::Analyzer::builder().block_size(bytes).build(),
        None => kilde::Analyzer::new(),
    };
    let mut scores = vec![sentences::score(&treebank)];
    if let Some(path) = &options.danplus {
        scores.extend(entities::scores(&analyzer, &treebank, path, &read(path)?));
    }
    if let Some(path) = &options.quotes {
        scores.extend(quotes::scores(&analyzer, &treebank, path, &read(path)?));
    }
    println!(
        "{:<20} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}",
        "", "precision", "recall", "F1", "tp", "pred", "gold"
    );
    let mut ok = true;
    for score in scores.drain(..) {
        let passes = score.f1() >= score.floor;
        ok &= passes;
        println!(
            "{:<20} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7} {:>7}{}",
            score.name,
            score.precision(),
            score.recall(),
            score.f1(),
            score.true_positives,
            score.predicted,
            score.gold,
            if passes { "" } else { "  below floor" },
        );
    }
    Ok(ok || !options.check)
}
