//! `kilde` reads Danish news text and says who said what.
//!
//! It segments a text into paragraphs, sentences and tokens, finds the
//! people, political parties, organizations and dates in it, and attributes
//! every quote to its speaker. Everything comes back as typed structs whose
//! positions are byte offsets ([`Span`]) into the caller's own text, so
//! nothing is copied and any result slices the original `&str`.
//!
//! # Overview
//!
//! - [`analyze`] runs the whole pipeline with default options;
//!   [`Analyzer`] is the reusable, `Send + Sync` form with options set
//!   through [`Analyzer::builder`] (the reference date for relative dates,
//!   the thread count for [`Analyzer::analyze_many`]).
//! - [`Analysis`] holds the result: [`Paragraph`]s, [`Sentence`]s,
//!   [`Token`]s (in a [`Tokens`] list of six bytes a token, which hands
//!   out `Token` values), [`Person`]s, [`Organization`]s, [`Party`]s,
//!   [`DateMention`]s and [`Quote`]s. Every type derives or implements
//!   `Serialize` and `Deserialize`; `examples/extract.rs` prints it as
//!   JSON.
//! - Memory: a text longer than 256 KiB is analysed a block at a time
//!   and the blocks' results joined (see [`Analyzer::analyze`]), so an
//!   analysis holds its result and one block's working arrays: about 3.6
//!   bytes per byte of news text at its peak, output included, most of it
//!   the result (`tests/memory.rs` keeps it under 4).
//! - [`segment::segment`] runs segmentation alone, for callers who only
//!   need sentences and tokens.
//!
//! The stages run in one pass of data: segmentation, one lexicon lookup per
//! token, entities, dates, quotes. Word lists are compiled once per
//! process, on first use.
//!
//! # Who said what
//!
//! ```
//! let text = "»Vi er klar,« siger forsvarsminister Trine Bramsen (S).";
//! let analysis = kilde::analyze(text);
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span().text(text), "Vi er klar,");
//! let speaker = &analysis.people[quote.speaker.unwrap().person.unwrap()];
//! assert_eq!(speaker.name, "Trine Bramsen");
//! assert_eq!(speaker.party.as_deref(), Some("S"));
//! assert_eq!(speaker.roles, ["forsvarsminister"]);
//! ```
//!
//! # Dates against the day the text was written
//!
//! ```
//! use kilde::{Analyzer, Date, Grain};
//! let analyzer = Analyzer::builder().reference_date(Date::constant(2013, 2, 12)).build();
//! let analysis = analyzer.analyze("Hun tiltrådte i mandags og stopper 1. september 2025.");
//! let values: Vec<_> = analysis.dates.iter().map(|d| d.value.as_deref()).collect();
//! assert_eq!(values, [Some("2013-02-11"), Some("2025-09-01")]);
//! assert_eq!(analysis.dates[1].grain, Grain::Day);
//! ```
//!
//! # Many texts on every core
//!
//! ```
//! let texts = ["Det regner i dag.", "»Nej,« siger hun."];
//! let analyses = kilde::Analyzer::builder().threads(2).build().analyze_many(&texts);
//! assert_eq!(analyses.len(), 2);
//! assert_eq!(analyses[1].as_ref().unwrap().quotes.len(), 1);
//! ```
//!
//! # Sentences only
//!
//! ```
//! let text = "Aftalen gælder pr. 1. september 2025. Den blev indgået i går.";
//! let segmentation = kilde::segment::segment(text);
//! let sentences: Vec<&str> = segmentation.sentences.iter().map(|s| s.span().text(text)).collect();
//! assert_eq!(sentences, ["Aftalen gælder pr. 1. september 2025.", "Den blev indgået i går."]);
//! ```
#![deny(missing_docs)]

mod analyzer;
mod dates;
mod document;
mod entities;
mod join;
mod lexicon;
mod model;
mod pieces;
mod quotes;
pub mod segment;
mod token_list;

pub use analyzer::{Analyzer, AnalyzerBuilder, BatchError};
pub use jiff::civil::Date;
pub use model::{
    Analysis, DateMention, Gender, Grain, Organization, OrganizationKind, Paragraph, Party, Person,
    Quote, QuoteKind, Sentence, Span, Speaker, Token, TokenKind,
};
pub use token_list::{Iter as TokenIter, TokenError, Tokens};

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
