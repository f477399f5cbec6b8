//! `extract`: the command-line face of `kilde`.
//!
//! ```text
//! extract [--date YYYY-MM-DD] [FILE]      one text in, one JSON Analysis out
//! extract --jsonl [--threads N] [FILE]    one JSON object a line in and out
//! ```
fn main() {
    todo!()
}
