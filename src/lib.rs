//! `kilde` reads Danish news text and says who said what.
//!
//! It segments a text into paragraphs, sentences and tokens, finds the
//! people, political parties, organizations and dates in it, and attributes
//! every quote to its speaker. Everything comes back as typed structs whose
//! positions are byte offsets ([`Span`]) into the caller's own text.
//!
//! ```
//! let text = "»Vi er klar,« siger forsvarsminister Trine Bramsen (S).";
//! let analysis = kilde::analyze(text);
//! let quote = &analysis.quotes[0];
//! let speaker = &analysis.people[quote.speaker.unwrap().person.unwrap()];
//! assert_eq!(speaker.name, "Trine Bramsen");
//! assert_eq!(speaker.party.as_deref(), Some("S"));
//! ```
#![deny(missing_docs)]

mod analyzer;
mod dates;
mod document;
mod entities;
mod lexicon;
mod model;
mod quotes;
pub mod segment;

pub use analyzer::{Analyzer, AnalyzerBuilder, BatchError};
pub use jiff::civil::Date;
pub use model::{
    Analysis, DateMention, Gender, Grain, Organization, OrganizationKind, Paragraph, Party, Person,
    Quote, QuoteKind, Sentence, Span, Speaker, Token, TokenKind,
};

/// Analyses `text` with the default [`Analyzer`] (no reference date, so
/// relative dates such as "i går" are found but get no value).
///
/// ```
/// let analysis = kilde::analyze("Hun kom i går. Han kom 3. marts 2015.");
/// assert_eq!(analysis.sentences.len(), 2);
/// assert_eq!(analysis.dates[0].value, None);
/// assert_eq!(analysis.dates[1].value.as_deref(), Some("2015-03-03"));
/// ```
pub fn analyze(text: &str) -> Analysis {
    Analyzer::default().analyze(text)
}

/// The README's Rust examples, compiled and run as doc tests so that they
/// stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
