//! `profile`: runs `analyze` over the bench's text, for timing by hand and
//! for instruction counts under callgrind.
//!
//! ```text
//! profile [doc|articles|repeated] [RUNS] [MEGABYTES]
//! profile file PATH [RUNS]
//! ```
//!
//! The text is the bench's made-up news articles (`benches/common/
//! corpus.rs`), MEGABYTES (default 1) MiB of them, as `cargo bench` builds
//! it: `doc` analyses them joined as one document, `articles` one at a
//! time. `repeated` analyses the bench's old text, the five articles of
//! `examples/texts/` repeated as one document, and `file` the text of
//! PATH (your own, say) as one document. A PATH ending in `.tsv` is read
//! as one token a line in its first column, a blank line after each
//! sentence, as the DaN+ files are: its text is the tokens joined by
//! spaces, eight sentences to a paragraph (so
//! `profile file ../shared/data/danplus_news_train.tsv` times the real
//! news the README compares the bench's text with). One warm-up analysis builds the
//! word lists; then RUNS (default 20) analyses are timed and the mean
//! printed. For the instruction count of exactly one analysis:
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='profile::run' \
//!     target/release/examples/profile doc 1
//! ```

use std::io::Write;
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

const USAGE: &str =
    "usage: profile [doc|articles|repeated] [RUNS] [MEGABYTES] | profile file PATH [RUNS]";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let path = if args.first().map(String::as_str) == Some("file") {
        let Some(path) = args.get(1).cloned() else {
            eprintln!("profile: file needs a PATH; {USAGE}");
            return ExitCode::FAILURE;
        };
        args.drain(..2);
        args.insert(0, "file".to_string());
        Some(path)
    } else {
        None
    };
    let mode_name = args.first().map_or("doc", String::as_str).to_string();
    let mode = match mode_name.as_str() {
        "doc" | "repeated" | "file" => Mode::Document,
        "articles" => Mode::Articles,
        other => {
            eprintln!("profile: unknown mode {other:?}; {USAGE}");
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
    if std::env::var_os("PROFILE_PRINT").is_some() {
        let text = corpus::document(megabytes << 20);
        // A reader that stops early (`| head`) is no error.
        return match std::io::stdout().write_all(text.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("profile: writing the text: {e}");
                ExitCode::FAILURE
            }
            _ => ExitCode::SUCCESS,
        };
    }
    let analyzer = kilde::Analyzer::new();
    let many = match mode {
        Mode::Articles => corpus::articles(megabytes << 20),
        Mode::Document => Vec::new(),
    };
    let text = match (mode_name.as_str(), &path) {
        (_, Some(path)) => match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) if path.ends_with(".tsv") => text_of_token_lines(&text),
                Ok(text) => text,
                Err(e) => {
                    eprintln!(
                        "profile: {path}: not UTF-8 at byte {}",
                        e.utf8_error().valid_up_to()
                    );
                    return ExitCode::FAILURE;
                }
            },
            Err(e) => {
                eprintln!("profile: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        ("repeated", None) => corpus::repeated_document(megabytes << 20),
        (_, None) if matches!(mode, Mode::Articles) => many.join("\n\n"),
        _ => corpus::document(megabytes << 20),
    };
    let _ = analyzer.analyze(&text);
    let started = Instant::now();
    let tokens = run(&analyzer, mode, runs, &text, &many);
    let seconds = started.elapsed().as_secs_f64() / runs as f64;
    println!(
        "{}: {:.2} ms an analysis, {:.1} MB/s ({tokens} tokens)",
        mode_name,
        seconds * 1e3,
        text.len() as f64 / seconds / 1e6,
    );
    ExitCode::SUCCESS
}

/// Analyses the text `runs` times; returns the tokens counted, so that
/// nothing is optimized away. callgrind's `--toggle-collect` names it.
#[inline(never)]
fn run(analyzer: &kilde::Analyzer, mode: Mode, runs: usize, text: &str, many: &[String]) -> usize {
    let mut tokens = 0;
    for _ in 0..runs {
        tokens += match mode {
            Mode::Document => analyzer.analyze(text).tokens.len(),
            Mode::Articles => many.iter().map(|a| analyzer.analyze(a).tokens.len()).sum(),
        };
    }
    tokens
}

/// The text of a file of one token a line (the first column of a
/// tab-separated line), a blank line ending each sentence: the tokens
/// joined by spaces, eight sentences to a paragraph.
fn text_of_token_lines(lines: &str) -> String {
    let mut sentences: Vec<String> = Vec::new();
    let mut sentence: Vec<&str> = Vec::new();
    for line in lines.lines().chain([""]) {
        match line.split('\t').next().filter(|token| !token.is_empty()) {
            Some(token) => sentence.push(token),
            None if !sentence.is_empty() => {
                sentences.push(sentence.join(" "));
                sentence.clear();
            }
            None => {}
        }
    }
    let paragraphs: Vec<String> = sentences.chunks(8).map(|eight| eight.join(" ")).collect();
    paragraphs.join("\n\n")
}
