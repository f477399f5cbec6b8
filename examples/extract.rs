//! `extract`: the command-line face of `kilde`.
//!
//! ```text
//! extract [--date YYYY-MM-DD] [FILE]
//!     Plain UTF-8 text from FILE (or standard input) in, one JSON Analysis out.
//! extract --jsonl [--threads N] [FILE]
//!     One JSON object a line in: {"id": ..., "text": ..., "date": "YYYY-MM-DD"}
//!     ("date" optional), one JSON line out for each, in input order, with the
//!     same "id": {"id": ..., "sentences": [...], ...} or {"id": ..., "error": "..."}.
//! ```
//!
//! Bad input never stops the run: a missing file, invalid UTF-8 or a
//! malformed line is reported on stderr by file name and line number, the
//! rest is processed, and the exit status is 1 when anything failed.

use kilde::{Analysis, Analyzer, Date};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: extract [--date YYYY-MM-DD] [FILE]\n       extract --jsonl [--threads N] [FILE]";

/// Lines read and analysed together in `--jsonl` mode: enough to keep every
/// core busy, few enough to keep memory flat on endless input.
const BATCH_LINES: usize = 512;

/// Bytes of output gathered before they are written.
const OUTPUT_BUFFER: usize = 1 << 16;

struct Options {
    date: Option<Date>,
    jsonl: bool,
    threads: usize,
    file: Option<String>,
}

fn parse_args() -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let default_threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut options = Options {
        date: None,
        jsonl: false,
        threads: default_threads,
        file: None,
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("date") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                let value = value.to_string_lossy().into_owned();
                options.date = Some(parse_date(&value).map_err(|e| format!("--date: {e}"))?);
            }
            Long("jsonl") => options.jsonl = true,
            Long("threads") => {
                let value: usize = parser
                    .value()
                    .and_then(|v| v.parse())
                    .map_err(|e| format!("--threads: {e}"))?;
                options.threads = value.max(1);
            }
            Short('h') | Long("help") => return Err(String::new()),
            Value(file) if options.file.is_none() => {
                options.file = Some(file.to_string_lossy().into_owned())
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(options)
}

/// Parses "YYYY-MM-DD", with a message that says what was expected.
fn parse_date(value: &str) -> Result<Date, String> {
    value
        .parse::<Date>()
        .map_err(|_| format!("{value:?} is not a date of the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("extract: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let name = options
        .file
        .clone()
        .unwrap_or_else(|| "<stdin>".to_string());
    let input: Box<dyn Read> = match &options.file {
        None => Box::new(io::stdin()),
        Some(path) if path == "-" => Box::new(io::stdin()),
        Some(path) => match std::fs::File::open(path) {
            Ok(file) => Box::new(file),
            Err(e) => {
                eprintln!("extract: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let result = if options.jsonl {
        run_jsonl(&options, &name, BufReader::new(input))
    } else {
        run_plain(&options, &name, input)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("extract: {name}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One text in, one analysis out. Invalid UTF-8 is reported with its line
/// and the text analysed with U+FFFD in its place, so nothing else is lost.
fn run_plain(options: &Options, name: &str, mut input: impl Read) -> io::Result<bool> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    let (text, ok) = match String::from_utf8(bytes) {
        Ok(text) => (text, true),
        Err(e) => {
            let bytes = e.into_bytes();
            let bad = std::str::from_utf8(&bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let line = bytes[..bad].iter().filter(|&&b| b == b'\n').count() + 1;
            eprintln!(
                "extract: {name}:{line}: invalid UTF-8 at byte {bad}; analysed with U+FFFD in place of the bad bytes, so later offsets refer to that text"
            );
            (String::from_utf8_lossy(&bytes).into_owned(), false)
        }
    };
    let analyzer = Analyzer::builder();
    let analyzer = match options.date {
        Some(date) => analyzer.reference_date(date),
        None => analyzer,
    }
    .build();
    let analysis = analyzer.analyze(&text);
    // Buffered: serde_json writes many short pieces, and standard output
    // alone is line-buffered, scanning every piece for a line break.
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    write_analysis(&mut out, None, &analysis)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(ok)
}

/// Writes `analysis` as compact JSON, with `"id"` first when there is one:
/// what `serde_json` writes for it (a test holds the two together), with
/// the tokens, most of the output, written by [`kilde::Tokens::write_json`],
/// which is several times faster.
fn write_analysis<W: Write>(
    out: &mut W,
    id: Option<&Value>,
    analysis: &Analysis,
) -> io::Result<()> {
    // Every field by name, so that a new field of `Analysis` stops the
    // build here rather than go missing from the output.
    let Analysis {
        paragraphs,
        sentences,
        tokens,
        people,
        organizations,
        parties,
        dates,
        quotes,
    } = analysis;
    out.write_all(b"{")?;
    if let Some(id) = id {
        out.write_all(b"\"id\":")?;
        serde_json::to_writer(&mut *out, id)?;
        out.write_all(b",")?;
    }
    out.write_all(b"\"paragraphs\":")?;
    serde_json::to_writer(&mut *out, paragraphs)?;
    out.write_all(b",\"sentences\":")?;
    serde_json::to_writer(&mut *out, sentences)?;
    out.write_all(b",\"tokens\":")?;
    tokens.write_json(&mut *out)?;
    out.write_all(b",\"people\":")?;
    serde_json::to_writer(&mut *out, people)?;
    out.write_all(b",\"organizations\":")?;
    serde_json::to_writer(&mut *out, organizations)?;
    out.write_all(b",\"parties\":")?;
    serde_json::to_writer(&mut *out, parties)?;
    out.write_all(b",\"dates\":")?;
    serde_json::to_writer(&mut *out, dates)?;
    out.write_all(b",\"quotes\":")?;
    serde_json::to_writer(&mut *out, quotes)?;
    out.write_all(b"}")
}

/// What one `--jsonl` output line holds when its input could not be read.
#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    error: &'a str,
}

/// One input line: its number and its bytes.
struct Line {
    number: usize,
    bytes: Vec<u8>,
}

fn run_jsonl(options: &Options, name: &str, mut input: impl BufRead) -> io::Result<bool> {
    let analyzer = Analyzer::builder().threads(options.threads).build();
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    let mut all_ok = true;
    let mut number = 0;
    loop {
        let mut batch = Vec::with_capacity(BATCH_LINES);
        while batch.len() < BATCH_LINES {
            let mut bytes = Vec::new();
            if input.read_until(b'\n', &mut bytes)? == 0 {
                break;
            }
            number += 1;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            batch.push(Line { number, bytes });
        }
        if batch.is_empty() {
            break;
        }
        let results = process_batch(&analyzer, name, &batch);
        for (line, ok) in results {
            all_ok &= ok;
            out.write_all(&line)?;
            out.write_all(b"\n")?;
        }
        // A reader downstream gets each batch as soon as it is done.
        out.flush()?;
    }
    out.flush()?;
    Ok(all_ok)
}

/// Analyses a batch of lines with [`Analyzer::analyze_many_dated`], which
/// spreads them over the analyzer's threads, and writes each line's JSON
/// on those threads too (the JSON is many times the size of the text);
/// returns each line's JSON output and whether it succeeded, in input
/// order. Failures are reported on stderr by line number.
fn process_batch(analyzer: &Analyzer, name: &str, batch: &[Line]) -> Vec<(Vec<u8>, bool)> {
    let parsed: Vec<ParsedLine> = batch.iter().map(|line| parse_line(&line.bytes)).collect();
    let jobs: Vec<(&str, Option<Date>)> = parsed
        .iter()
        .filter_map(|(_, result)| result.as_ref().ok())
        .map(|(text, date)| (text.as_str(), *date))
        .collect();
    let mut analyses = analyzer.analyze_many_dated(&jobs).into_iter();
    let outcomes: Vec<(&Value, Result<Analysis, String>)> = parsed
        .iter()
        .map(|(id, result)| {
            let outcome = match result {
                Ok(_) => match analyses.next() {
                    Some(Ok(analysis)) => Ok(analysis),
                    Some(Err(e)) => Err(e.to_string()),
                    None => Err("internal error: no analysis".to_string()),
                },
                Err(error) => Err(error.clone()),
            };
            (id, outcome)
        })
        .collect();
    let json = map_on_threads(analyzer.threads(), &outcomes, |(id, outcome)| {
        let analysis = outcome.as_ref().map_err(String::clone)?;
        let mut json = Vec::new();
        write_analysis(&mut json, Some(id), analysis).map_err(|e| e.to_string())?;
        Ok(json)
    });
    batch
        .iter()
        .zip(&outcomes)
        .zip(json)
        .map(|((line, (id, _)), json)| match json {
            Ok(json) => (json, true),
            Err(error) => {
                eprintln!("extract: {name}:{}: {error}", line.number);
                (failure_json(id, &error).into_bytes(), false)
            }
        })
        .collect()
}

/// `f` of every item, in order, worked out on up to `threads` threads,
/// each taking one run of the items. An item whose run failed gets an
/// error in its place; the others are kept.
fn map_on_threads<T: Sync>(
    threads: usize,
    items: &[T],
    f: impl Fn(&T) -> Result<Vec<u8>, String> + Sync,
) -> Vec<Result<Vec<u8>, String>> {
    let run = items.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(run)
            .map(|chunk| {
                (
                    chunk.len(),
                    scope.spawn(|| chunk.iter().map(&f).collect::<Vec<_>>()),
                )
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(len, handle)| {
                handle.join().unwrap_or_else(|_| {
                    vec![Err("internal error: could not write the analysis".to_string()); len]
                })
            })
            .collect()
    })
}

fn failure_json(id: &Value, error: &str) -> String {
    serde_json::to_string(&Failure { id, error })
        .unwrap_or_else(|_| String::from("{\"id\":null,\"error\":\"unserialisable\"}"))
}

/// An input line's id (null when unknown) and either its text and date or
/// what is wrong with it.
type ParsedLine = (Value, Result<(String, Option<Date>), String>);

/// The id (null when unknown) and either the text and date of a line, or
/// what is wrong with it.
fn parse_line(bytes: &[u8]) -> ParsedLine {
    let Ok(line) = std::str::from_utf8(bytes) else {
        return (Value::Null, Err("invalid UTF-8".to_string()));
    };
    let mut object = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return (Value::Null, Err("a line must be a JSON object".to_string())),
        Err(e) => return (Value::Null, Err(format!("malformed JSON: {e}"))),
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    let text = match object.remove("text") {
        Some(Value::String(text)) => text,
        Some(_) => return (id, Err("\"text\" must be a string".to_string())),
        None => return (id, Err("no \"text\" field".to_string())),
    };
    let date = match object.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(date)) => match parse_date(date) {
            Ok(date) => Some(date),
            Err(e) => return (id, Err(format!("\"date\": {e}"))),
        },
        Some(_) => return (id, Err("\"date\" must be a string YYYY-MM-DD".to_string())),
    };
    (id, Ok((text, date)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What serde writes for an analysis, with the id first as `--jsonl`
    /// puts it.
    #[derive(Serialize)]
    struct WithId<'a> {
        id: &'a Value,
        #[serde(flatten)]
        analysis: &'a Analysis,
    }

    #[test]
    fn writes_the_json_serde_writes() {
        let analyzer = Analyzer::builder()
            .reference_date(Date::constant(2019, 12, 10))
            .build();
        for text in [
            include_str!("texts/havn.txt"),
            include_str!("texts/folketinget.txt"),
            include_str!("texts/retten.txt"),
            include_str!("texts/fodbold.txt"),
            include_str!("texts/kultur.txt"),
            "",
            "\"Nej\\\" \u{0}\t»Ja,« siger Ole \"Bølle\" Bech (V) i går.",
        ] {
            let analysis = analyzer.analyze(text);
            let mut plain = Vec::new();
            write_analysis(&mut plain, None, &analysis).unwrap();
            assert_eq!(
                String::from_utf8(plain).unwrap(),
                serde_json::to_string(&analysis).unwrap()
            );
            let id = Value::from("a\"1");
            let mut line = Vec::new();
            write_analysis(&mut line, Some(&id), &analysis).unwrap();
            let serde = serde_json::to_string(&WithId {
                id: &id,
                analysis: &analysis,
            })
            .unwrap();
            assert_eq!(String::from_utf8(line).unwrap(), serde);
        }
    }
}
