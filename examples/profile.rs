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
//! news the README compares the bench's text with). One warm-up analysis
//! builds the word lists; then RUNS (default 20) analyses are timed and
//! the mean printed. `PROFILE_PRINT=1` prints the bench's text instead.
//! For the instruction count of exactly one analysis:
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
#[path = "evaluate/danplus.rs"]
mod danplus;

const USAGE: &str =
    "usage: profile [doc|articles|repeated] [RUNS] [MEGABYTES] | profile file PATH [RUNS]";

/// What to analyse: one document, or articles one at a time.
enum Work {
    Document(String),
    Articles(Vec<String>),
}

impl Work {
    /// How many bytes of text one round analyses.
    fn bytes(&self) -> usize {
        match self {
            Work::Document(text) => text.len(),
            Work::Articles(articles) => articles.iter().map(String::len).sum(),
        }
    }
}

/// What the command line asks for.
struct Request {
    mode: String,
    path: Option<String>,
    runs: usize,
    megabytes: usize,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let request = match request_of(args) {
        Ok(request) => request,
        Err(e) => {
            eprintln!("profile: {e}; {USAGE}");
            return ExitCode::FAILURE;
        }
    };
    if std::env::var_os("PROFILE_PRINT").is_some() {
        return print_text(&corpus::document(request.megabytes << 20));
    }
    let work = match work_of(&request) {
        Ok(work) => work,
        Err(e) => {
            eprintln!("profile: {e}");
            return ExitCode::FAILURE;
        }
    };
    let analyzer = kilde::Analyzer::new();
    // One round first: the word lists are built on first use, and the
    // allocator grows to the work's size; neither is timed.
    let _ = round(&analyzer, &work);
    let started = Instant::now();
    let tokens = run(&analyzer, &work, request.runs);
    let seconds = started.elapsed().as_secs_f64() / request.runs as f64;
    println!(
        "{}: {:.2} ms an analysis, {:.1} MB/s ({tokens} tokens)",
        request.mode,
        seconds * 1e3,
        work.bytes() as f64 / seconds / 1e6,
    );
    ExitCode::SUCCESS
}

/// The request of the arguments after the program's name.
fn request_of(mut args: Vec<String>) -> Result<Request, String> {
    let mode = if args.is_empty() {
        "doc".to_string()
    } else {
        args.remove(0)
    };
    let path = match mode.as_str() {
        "file" if args.is_empty() => return Err("file needs a PATH".to_string()),
        "file" => Some(args.remove(0)),
        "doc" | "articles" | "repeated" => None,
        other => return Err(format!("unknown mode {other:?}")),
    };
    let number = |at: usize, default: usize| match args.get(at) {
        None => Ok(default),
        Some(arg) => arg
            .parse::<usize>()
            .map(|n| n.max(1))
            .map_err(|_| format!("not a number: {arg:?}")),
    };
    Ok(Request {
        mode,
        path,
        runs: number(0, 20)?,
        megabytes: number(1, 1)?,
    })
}

/// The text or articles `request` names.
fn work_of(request: &Request) -> Result<Work, String> {
    let bytes = request.megabytes << 20;
    Ok(match (request.mode.as_str(), &request.path) {
        (_, Some(path)) => Work::Document(read_text(path)?),
        ("articles", None) => Work::Articles(corpus::articles(bytes)),
        ("repeated", None) => Work::Document(corpus::repeated_document(bytes)),
        _ => Work::Document(corpus::document(bytes)),
    })
}

/// The text of the file at `path`; of a DaN+ `.tsv` file, its tokens
/// joined by spaces, eight sentences to a paragraph.
fn read_text(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("{path}: not UTF-8 at byte {}", e.utf8_error().valid_up_to()))?;
    if !path.ends_with(".tsv") {
        return Ok(text);
    }
    let sentences: Vec<String> = danplus::parse(&text)
        .iter()
        .map(|tokens| {
            let forms: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
            forms.join(" ")
        })
        .collect();
    let paragraphs: Vec<String> = sentences.chunks(8).map(|eight| eight.join(" ")).collect();
    Ok(paragraphs.join("\n\n"))
}

/// Writes `text` to standard output; a reader that stops early (`| head`)
/// is no error.
fn print_text(text: &str) -> ExitCode {
    match std::io::stdout().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("profile: writing the text: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Analyses the work `runs` times; returns the tokens counted, so that
/// nothing is optimized away. callgrind's `--toggle-collect` names it.
#[inline(never)]
fn run(analyzer: &kilde::Analyzer, work: &Work, runs: usize) -> usize {
    (0..runs).map(|_| round(analyzer, work)).sum()
}

/// Analyses the work once; returns the tokens counted.
fn round(analyzer: &kilde::Analyzer, work: &Work) -> usize {
    match work {
        Work::Document(text) => analyzer.analyze(text).tokens.len(),
        Work::Articles(articles) => articles
            .iter()
            .map(|a| analyzer.analyze(a).tokens.len())
            .sum(),
    }
}
