//! `profile`: runs `analyze` over the bench's text, for timing by hand and
//! for instruction counts under callgrind.
//!
//! ```text
//! profile [doc|articles] [RUNS] [MEGABYTES]
//! ```
//!
//! The text is the articles in `examples/texts/` repeated until there are
//! MEGABYTES (default 1) MiB, as `cargo bench` builds it: `doc` analyses
//! them joined as one document, `articles` one at a time. One warm-up
//! analysis builds the word lists; then RUNS (default 20) analyses are
//! timed and the mean printed. For the instruction count of exactly one
//! analysis:
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='profile::run' \
//!     target/release/examples/profile doc 1
//! ```

use std::process::ExitCode;
use std::time::Instant;

#[path = "../benches/common/corpus.rs"]
mod corpus;

/// What to analyse: one document, or the articles one at a time.
#[derive(Clone, Copy)]
enum Mode {
    Document,
    Articles,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = match args.first().map(String::as_str) {
        None | Some("doc") => Mode::Document,
        Some("articles") => Mode::Articles,
        Some(other) => {
            eprintln!(
                "profile: unknown mode {other:?}; usage: profile [doc|articles] [RUNS] [MEGABYTES]"
            );
            return ExitCode::FAILURE;
        }
    };
    let number = |at: usize, default: usize| match args.get(at) {
        None => Ok(default),
        Some(arg) => arg
            .parse::<usize>()
            .map_err(|_| format!("not a number: {arg:?}")),
    };
    let (runs, megabytes) = match (number(1, 20), number(2, 1)) {
        (Ok(runs), Ok(megabytes)) => (runs.max(1), megabytes.max(1)),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("profile: {e}");
            return ExitCode::FAILURE;
        }
    };
    let analyzer = kilde::Analyzer::new();
    let many = corpus::articles(megabytes << 20);
    let text = corpus::document(megabytes << 20);
    let _ = analyzer.analyze(&text);
    let started = Instant::now();
    let tokens = run(&analyzer, mode, runs, &text, &many);
    let seconds = started.elapsed().as_secs_f64() / runs as f64;
    println!(
        "{}: {:.2} ms an analysis, {:.1} MB/s ({tokens} tokens)",
        match mode {
            Mode::Document => "doc",
            Mode::Articles => "articles",
        },
        seconds * 1e3,
        text.len() as f64 / seconds / 1e6,
    );
    ExitCode::SUCCESS
}

/// Analyses the text `runs` times; returns the tokens counted, so that
/// nothing is optimized away. callgrind's `--toggle-collect` names it.
#[inline(never)]
fn run(analyzer: &kilde::Analyzer, mode: Mode, runs: usize, text: &str, many: &[&str]) -> usize {
    let mut tokens = 0;
    for _ in 0..runs {
        tokens += match mode {
            Mode::Document => analyzer.analyze(text).tokens.len(),
            Mode::Articles => many.iter().map(|a| analyzer.analyze(a).tokens.len()).sum(),
        };
    }
    tokens
}
