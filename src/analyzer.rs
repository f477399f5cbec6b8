//! The [`Analyzer`]: built once, runs the stages in order.

use crate::document::Document;
use crate::model::Analysis;
use crate::{Date, dates, entities, quotes};

/// Runs the whole pipeline over texts. Cheap to build and to clone: every
/// word list and automaton is compiled once per process and shared, so an
/// `Analyzer` holds only its options. It is `Send + Sync`; share one across
/// threads.
///
/// ```
/// use kilde::{Analyzer, Date};
/// let analyzer = Analyzer::builder()
///     .reference_date(Date::constant(2019, 12, 10))
///     .build();
/// let analysis = analyzer.analyze("Aftalen blev droppet i går.");
/// assert_eq!(analysis.dates[0].value.as_deref(), Some("2019-12-09"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    reference_date: Option<Date>,
}

/// Sets an [`Analyzer`]'s options; made by [`Analyzer::builder`].
///
/// ```
/// let analyzer = kilde::Analyzer::builder().build();
/// assert_eq!(analyzer.reference_date(), None);
/// ```
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    reference_date: Option<Date>,
}

impl AnalyzerBuilder {
    /// The date the text was written, against which relative dates ("i
    /// går", "i marts", "næste uge") are resolved.
    ///
    /// ```
    /// let date: kilde::Date = "2013-02-12".parse().unwrap();
    /// let analyzer = kilde::Analyzer::builder().reference_date(date).build();
    /// assert_eq!(analyzer.reference_date(), Some(date));
    /// ```
    pub fn reference_date(mut self, date: Date) -> AnalyzerBuilder {
        self.reference_date = Some(date);
        self
    }

    /// Builds the analyzer. Compiles the shared word lists on first use in
    /// the process.
    ///
    /// ```
    /// let analyzer = kilde::Analyzer::builder().build();
    /// assert!(analyzer.analyze("").sentences.is_empty());
    /// ```
    pub fn build(self) -> Analyzer {
        Analyzer {
            reference_date: self.reference_date,
        }
    }
}

impl Analyzer {
    /// An analyzer with default options (no reference date).
    ///
    /// ```
    /// let analysis = kilde::Analyzer::new().analyze("Det regner.");
    /// assert_eq!(analysis.sentences.len(), 1);
    /// ```
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// A builder to set options.
    ///
    /// ```
    /// let analyzer = kilde::Analyzer::builder().build();
    /// # let _ = analyzer;
    /// ```
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The reference date relative dates are resolved against, if any.
    ///
    /// ```
    /// assert_eq!(kilde::Analyzer::new().reference_date(), None);
    /// ```
    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    /// A copy of this analyzer with another reference date, for a batch in
    /// which each text has its own date.
    ///
    /// ```
    /// let date: kilde::Date = "2013-02-12".parse().unwrap();
    /// let analyzer = kilde::Analyzer::new().with_reference_date(Some(date));
    /// assert_eq!(analyzer.reference_date(), Some(date));
    /// ```
    pub fn with_reference_date(&self, date: Option<Date>) -> Analyzer {
        Analyzer {
            reference_date: date,
        }
    }

    /// Analyses one text. Never panics, whatever the `&str`.
    ///
    /// ```
    /// let text = "Ericsson har vundet udbuddet.";
    /// let analysis = kilde::Analyzer::new().analyze(text);
    /// assert_eq!(analysis.sentences[0].span().text(text), text);
    /// ```
    pub fn analyze(&self, text: &str) -> Analysis {
        let document = Document::new(text);
        let found = entities::find(&document);
        let dates = dates::find(&document, self.reference_date);
        let quotes = quotes::find(&document, &found);
        let segmentation = document.segmentation;
        Analysis {
            paragraphs: segmentation.paragraphs,
            sentences: segmentation.sentences,
            tokens: segmentation.tokens,
            people: found.people,
            organizations: found.organizations,
            parties: found.parties,
            dates,
            quotes,
        }
    }
}
