//! The [`Analyzer`]: built once, runs the stages in order.

use crate::document::Document;
use crate::join::{self, Joined};
use crate::model::Analysis;
use crate::segment::{self, Segmentation};
use crate::{Date, dates, entities, pieces, quotes};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};

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
    threads: Option<usize>,
    block_size: Option<usize>,
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
    threads: Option<usize>,
    block_size: Option<usize>,
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
            threads: self.threads,
            block_size: self.block_size,
        }
    }

    /// The length in bytes above which [`Analyzer::analyze`] reads a text
    /// a block at a time (see there); by default 256 KiB, far above any
    /// news article. A larger block links the people of a long document
    /// across more of it, at a cost in memory (the stages' working arrays
    /// take several bytes for every byte of a block) and in cache misses.
    /// Blocks are at least 4 bytes and never longer than 512 MiB - 1; the
    /// last may be an eighth longer than the rest, rather than leave a
    /// short rest a block of its own.
    ///
    /// ```
    /// let analyzer = kilde::Analyzer::builder().block_size(1 << 20).build();
    /// assert_eq!(analyzer.block_size(), 1 << 20);
    /// ```
    pub fn block_size(mut self, bytes: usize) -> AnalyzerBuilder {
        self.block_size = Some(bytes.clamp(MIN_BLOCK, pieces::MAX_PIECE));
        self
    }

    /// How many threads [`Analyzer::analyze_many`] uses; by default as many
    /// as the machine has cores. Zero counts as one.
    ///
    /// ```
    /// let analyzer = kilde::Analyzer::builder().threads(2).build();
    /// assert_eq!(analyzer.threads(), 2);
    /// ```
    pub fn threads(mut self, threads: usize) -> AnalyzerBuilder {
        self.threads = Some(threads.max(1));
        self
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
            ..self.clone()
        }
    }

    /// The length in bytes above which a text is analysed a block at a
    /// time (see [`AnalyzerBuilder::block_size`]).
    ///
    /// ```
    /// assert_eq!(kilde::Analyzer::new().block_size(), 256 * 1024);
    /// ```
    pub fn block_size(&self) -> usize {
        self.block_size.unwrap_or(join::BLOCK)
    }

    /// How many threads [`Analyzer::analyze_many`] uses.
    ///
    /// ```
    /// assert!(kilde::Analyzer::new().threads() >= 1);
    /// ```
    pub fn threads(&self) -> usize {
        self.threads.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        })
    }

    /// Analyses many texts on [`threads`](Analyzer::threads) threads and
    /// returns their analyses in input order. A text whose analysis fails
    /// (which would be a bug in `kilde`: it never panics on any `&str`)
    /// gives a [`BatchError`] in its place, and the others are unharmed.
    ///
    /// ```
    /// let texts = ["Det regner.", "Hun kom i går. Han gik."];
    /// let analyses = kilde::Analyzer::new().analyze_many(&texts);
    /// assert_eq!(analyses.len(), 2);
    /// assert_eq!(analyses[1].as_ref().unwrap().sentences.len(), 2);
    /// ```
    pub fn analyze_many<T: AsRef<str> + Sync>(
        &self,
        texts: &[T],
    ) -> Vec<Result<Analysis, BatchError>> {
        self.run_batch(texts.len(), |index| self.analyze(texts[index].as_ref()))
    }

    /// Like [`analyze_many`](Analyzer::analyze_many), with a reference date
    /// for each text (`None`: the analyzer's own).
    ///
    /// ```
    /// use kilde::Date;
    /// let texts = [("Det skete i går.", Some(Date::constant(2013, 2, 12))), ("I går.", None)];
    /// let analyses = kilde::Analyzer::new().analyze_many_dated(&texts);
    /// let first = analyses[0].as_ref().unwrap();
    /// assert_eq!(first.dates[0].value.as_deref(), Some("2013-02-11"));
    /// ```
    pub fn analyze_many_dated<T: AsRef<str> + Sync>(
        &self,
        texts: &[(T, Option<Date>)],
    ) -> Vec<Result<Analysis, BatchError>> {
        self.run_batch(texts.len(), |index| {
            let (text, date) = &texts[index];
            let analyzer = self.with_reference_date(date.or(self.reference_date));
            analyzer.analyze(text.as_ref())
        })
    }

    /// Runs `analyze_one` for every index below `count` on the analyzer's
    /// threads, each taking the next index as it is free, so long and short
    /// texts balance out; results come back in index order.
    fn run_batch(
        &self,
        count: usize,
        analyze_one: impl Fn(usize) -> Analysis + Sync,
    ) -> Vec<Result<Analysis, BatchError>> {
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done = Vec::new();
            loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                if index >= count {
                    return done;
                }
                let result = catch_unwind(AssertUnwindSafe(|| analyze_one(index)))
                    .map_err(|panic| BatchError::from_panic(index, panic.as_ref()));
                done.push((index, result));
            }
        };
        let workers = self.threads().min(count).max(1);
        // One worker runs on the caller's thread: a batch of one text need
        // not wait for a thread to start.
        let mut results: Vec<(usize, Result<Analysis, BatchError>)> = if workers == 1 {
            work()
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
                handles
                    .into_iter()
                    .flat_map(|handle| handle.join().unwrap_or_default())
                    .collect()
            })
        };
        results.sort_unstable_by_key(|&(index, _)| index);
        results.into_iter().map(|(_, result)| result).collect()
    }

    /// Analyses one text. Never panics, whatever the `&str`.
    ///
    /// A text longer than [`block_size`](Analyzer::block_size) (256 KiB
    /// unless set) is segmented whole and then analysed a block at a
    /// time, each block cut at a blank line (else at the start of a
    /// sentence) and read with up to 2 KiB of the paragraphs before it,
    /// and the blocks' results are joined: a party, an
    /// organization or a person found in several blocks is one, by letter,
    /// by name, and by the words of the name as the people stage links
    /// them. So the memory an analysis needs beyond its result is that of
    /// one block, and its cost grows with the text's length alone. What a
    /// block cannot see is the text before its lead-in: a person a block
    /// names only by a surname that no rule there takes as a name is
    /// missed, where the whole text would have linked it to the full name.
    ///
    /// ```
    /// let text = "Ericsson har vundet udbuddet.";
    /// let analysis = kilde::Analyzer::new().analyze(text);
    /// assert_eq!(analysis.sentences[0].span().text(text), text);
    /// ```
    pub fn analyze(&self, text: &str) -> Analysis {
        let block = self.block_size();
        if text.len() <= block {
            return self.analyze_piece(text);
        }
        self.analyze_in_pieces(text, block)
    }

    /// Analyses `text` in blocks of about `max` bytes, each with its
    /// lead-in (see [`join`]).
    fn analyze_in_pieces(&self, text: &str, max: usize) -> Analysis {
        self.analyze_in_parts(text, max, pieces::MAX_PIECE)
    }

    /// Analyses `text` in pieces of at most `piece_max` bytes (at most
    /// [`pieces::MAX_PIECE`]), each segmented once and read in blocks of
    /// about `max` bytes over slices of that segmentation. The blocks'
    /// entities, dates and quotes are joined; the pieces' segmentations
    /// are put together, shifted, as [`segment::segment`] does.
    fn analyze_in_parts(&self, text: &str, max: usize, piece_max: usize) -> Analysis {
        let mut joined: Option<Joined> = None;
        let mut whole = Segmentation::default();
        for (offset, piece) in pieces::cut(text, piece_max.min(pieces::MAX_PIECE)) {
            let segmentation = segment::segment(piece);
            for block in pieces::blocks(piece, &segmentation, max, join::LEAD_IN) {
                let document = Document::block(piece, &segmentation, &block);
                let analysis = self.find(&document);
                let place = join::Place {
                    base: offset,
                    lead: block.own,
                };
                let own_len = block.bytes.end - block.own;
                joined
                    .get_or_insert_with(|| Joined::with_room(&analysis, own_len, text.len()))
                    .add(analysis, place);
            }
            pieces::append_segments(&mut whole, segmentation, offset);
        }
        let mut analysis = joined.map(Joined::finish).unwrap_or_default();
        analysis.paragraphs = whole.paragraphs;
        analysis.sentences = whole.sentences;
        analysis.tokens = whole.tokens;
        analysis
    }

    /// Analyses a text of at most [`pieces::MAX_PIECE`] bytes.
    fn analyze_piece(&self, text: &str) -> Analysis {
        let segmentation = segment::segment(text);
        let found = self.find(&Document::new(text, &segmentation));
        Analysis {
            paragraphs: segmentation.paragraphs,
            sentences: segmentation.sentences,
            tokens: segmentation.tokens,
            ..found
        }
    }

    /// The entities, dates and quotes of `document`, in an analysis with
    /// no segmentation.
    fn find(&self, document: &Document) -> Analysis {
        let found = entities::find(document);
        let dates = dates::find(document, self.reference_date);
        let quotes = quotes::find(document, &found);
        Analysis {
            people: found.people,
            organizations: found.organizations,
            parties: found.parties,
            dates,
            quotes,
            ..Analysis::default()
        }
    }
}

/// The shortest block [`AnalyzerBuilder::block_size`] allows: one that
/// holds any character.
const MIN_BLOCK: usize = 4;

/// A text of a batch that could not be analysed.
///
/// ```
/// let analyses = kilde::Analyzer::new().analyze_many(&["Ja."]);
/// assert!(analyses.iter().all(Result::is_ok));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchError {
    /// The text's index in the batch.
    pub index: usize,
    /// What went wrong.
    pub message: String,
}

impl BatchError {
    fn from_panic(index: usize, panic: &(dyn std::any::Any + Send)) -> BatchError {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "analysis panicked".to_string());
        BatchError { index, message }
    }
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "text {} could not be analysed: {}",
            self.index, self.message
        )
    }
}

impl std::error::Error for BatchError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use proptest::prelude::*;

    /// Paragraphs that each name their own people, parties and dates, so
    /// that an analysis in pieces cut between them must equal one of the
    /// whole text.
    const PARAGRAPHS: [&str; 4] = [
        "Mette Lund (S) sagde i går: »Vi stemmer for.«",
        "Ifølge Ole Bech fra Vestas A/S er aftalen død.",
        "»Det er for sent,« siger Karen Holm (V) den 3. maj 2021.",
        "Jens Kirk (S) svarede ikke på spørgsmål fra Politiken.",
    ];

    #[test]
    fn pieces_cut_between_paragraphs_give_the_whole_analysis() {
        let text = PARAGRAPHS.join("\n\n");
        let analyzer = Analyzer::builder()
            .reference_date(Date::constant(2021, 5, 4))
            .build();
        let whole = analyzer.analyze(&text);
        assert_eq!(whole.people.len(), 4);
        assert_eq!(whole.quotes.len(), 3);
        let cuts = pieces::cut_blocks(&text, 120);
        assert!(cuts.len() > 1);
        assert_eq!(analyzer.analyze_in_pieces(&text, 120), whole);
        // Segmented in pieces too, as a text over 512 MiB is.
        assert_eq!(analyzer.analyze_in_parts(&text, 120, 120), whole);
        assert_eq!(analyzer.analyze_in_parts(&text, 60, 120), whole);
        let segmentation = crate::segment::segment(&text);
        let in_pieces = crate::segment::segment_in_pieces(&text, 120);
        assert_eq!(in_pieces, segmentation);
    }

    /// A block size that puts each stretch of a few paragraphs below in a
    /// block of its own.
    const SMALL: usize = 300;

    /// A paragraph that names no one, no party and no date: distance
    /// between the paragraphs that do.
    const WEATHER: &str =
        "Det regnede lidt om morgenen, men om eftermiddagen skinnede solen over byen.";

    /// `before` and `after` as paragraphs with so much weather between
    /// them that no block of `SMALL` bytes in `after`, with its lead-in,
    /// reaches `before`.
    fn apart(before: &[&str], after: &[&str]) -> String {
        let weather = vec![WEATHER; (join::LEAD_IN + SMALL) / WEATHER.len() + 1];
        [before, &weather, after].concat().join("\n\n")
    }

    /// The text of each mention.
    fn texts<'t>(text: &'t str, mentions: &[Span]) -> Vec<&'t str> {
        mentions.iter().map(|m| m.text(text)).collect()
    }

    /// An analyzer that reads texts in blocks of `SMALL` bytes.
    fn in_blocks() -> Analyzer {
        Analyzer::builder().block_size(SMALL).build()
    }

    #[test]
    fn a_person_named_in_full_in_two_blocks_is_one_person() {
        let text = apart(
            &["Mette Lund (S) talte længe i Folketinget i går."],
            &["I dag svarede Mette Lund på spørgsmål fra pressen."],
        );
        let analysis = in_blocks().analyze(&text);
        assert_eq!(analysis.people.len(), 1);
        let mentions = &analysis.people[0].mentions;
        assert_eq!(texts(&text, mentions), ["Mette Lund", "Mette Lund"]);
        assert!(mentions[1].start - mentions[0].end > join::LEAD_IN + SMALL);
        assert_eq!(analysis.people, Analyzer::new().analyze(&text).people);
    }

    #[test]
    fn a_surname_alone_in_a_later_block_joins_the_full_name_before_it() {
        let text = apart(
            &["Ole Bech fra Vestas A/S talte længe i Folketinget i går."],
            &["Aftalen er på plads, siger Bech."],
        );
        let whole = Analyzer::new().analyze(&text);
        let analysis = in_blocks().analyze(&text);
        assert_eq!(analysis.people.len(), 1);
        assert_eq!(analysis.people[0].name, "Ole Bech");
        assert_eq!(
            texts(&text, &analysis.people[0].mentions),
            ["Ole Bech", "Bech"]
        );
        assert_eq!(analysis.quotes[0].speaker.unwrap().person, Some(0));
        assert_eq!(analysis, whole);
    }

    #[test]
    fn a_full_name_in_a_later_block_names_the_person_a_surname_named_first() {
        let text = apart(
            &["Det siger Bech."],
            &["I går talte Ole Bech længe med pressen."],
        );
        let analysis = in_blocks().analyze(&text);
        assert_eq!(analysis.people.len(), 1);
        assert_eq!(analysis.people[0].name, "Ole Bech");
        assert_eq!(
            texts(&text, &analysis.people[0].mentions),
            ["Bech", "Ole Bech"]
        );
        assert_eq!(analysis, Analyzer::new().analyze(&text));
    }

    #[test]
    fn a_pronoun_speaker_at_the_top_of_a_block_is_the_person_named_in_its_lead_in() {
        let named = "Karen Holm (V) var i går til møde i Aarhus med sine vælgere.";
        let text = [WEATHER, named, "»Det var et godt møde,« siger hun."].join("\n\n");
        let max = WEATHER.len() + named.len() + 14;
        let cuts = pieces::cut_blocks(&text, max);
        assert_eq!(
            cuts[1].0,
            text.find('»').unwrap(),
            "the quote starts a block"
        );
        let analyzer = Analyzer::new();
        let analysis = analyzer.analyze_in_pieces(&text, max);
        let speaker = analysis.quotes[0].speaker.unwrap();
        assert_eq!(speaker.span().text(&text), "hun");
        let person = speaker.person.map(|p| analysis.people[p].name.as_str());
        assert_eq!(person, Some("Karen Holm"));
        assert_eq!(analysis, analyzer.analyze(&text));
    }

    #[test]
    fn an_organization_and_a_party_in_two_blocks_come_out_once_with_every_mention() {
        let text = apart(
            &["Vestas A/S har ansat Mette Lund (S) som rådgiver."],
            &["Jens Kirk (S) mener, at Vestas A/S skal betale regningen."],
        );
        let analysis = in_blocks().analyze(&text);
        let organizations = &analysis.organizations;
        assert_eq!(organizations.len(), 1);
        assert_eq!(texts(&text, &organizations[0].mentions), ["Vestas A/S"; 2]);
        assert_eq!(analysis.parties.len(), 1);
        assert_eq!(analysis.parties[0].code, "S");
        assert_eq!(texts(&text, &analysis.parties[0].mentions), ["S"; 2]);
        assert_eq!(analysis, Analyzer::new().analyze(&text));
    }

    #[test]
    fn indices_of_speakers_and_organizations_name_what_the_whole_text_names() {
        let text = apart(
            &[
                "Mette Lund (S) sagde i går, at Folketinget skal stemme om sagen.",
                "Vestas A/S har ansat Ole Bech som direktør.",
            ],
            &[
                "Vestas A/S oplyser, at aftalen er død.",
                "»Vi er klar,« siger Ole Bech.",
                "Politiken har ansat Karen Holm som redaktør.",
                "»Det er en god dag,« siger Karen Holm.",
            ],
        );
        let whole = Analyzer::new().analyze(&text);
        let analysis = in_blocks().analyze(&text);
        // The last block alone numbers Vestas A/S first: the join renumbers.
        let at = text.rfind("Vestas").unwrap();
        let cuts = pieces::cut_blocks(&text, SMALL);
        let (_, block) = cuts.iter().rfind(|&&(offset, _)| offset <= at).unwrap();
        assert_eq!(
            Analyzer::new().analyze(block).organizations[0].name,
            "Vestas A/S"
        );
        assert_eq!(whole.organizations[1].name, "Vestas A/S");
        let person = |a: &Analysis, p: Option<usize>| p.map(|p| a.people[p].name.clone());
        let organization =
            |a: &Analysis, o: Option<usize>| o.map(|o| a.organizations[o].name.clone());
        let speakers = |a: &Analysis| -> Vec<_> {
            let speakers = a.quotes.iter().filter_map(|q| q.speaker);
            speakers
                .map(|s| (person(a, s.person), organization(a, s.organization)))
                .collect()
        };
        assert_eq!(speakers(&analysis), speakers(&whole));
        assert_eq!(speakers(&analysis).len(), 4);
        let employers = |a: &Analysis| -> Vec<_> {
            let people = a.people.iter();
            people.map(|p| organization(a, p.organization)).collect()
        };
        assert_eq!(employers(&analysis), employers(&whole));
        assert_eq!(
            employers(&analysis),
            [
                None,
                Some("Vestas A/S".to_string()),
                Some("Politiken".to_string())
            ]
        );
    }

    #[test]
    fn an_organization_named_without_its_legal_form_in_a_later_block_is_one() {
        let text = apart(
            &["Vestas A/S har ansat Ole Bech som direktør."],
            &["Vestas oplyser, at aftalen er død."],
        );
        let whole = Analyzer::new().analyze_piece(&text);
        let blocks = Analyzer::new().analyze_in_pieces(&text, SMALL);
        let names = |a: &Analysis| {
            a.organizations
                .iter()
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&whole), ["Vestas A/S"]);
        assert_eq!(names(&blocks), names(&whole));
        assert_eq!(
            blocks.organizations[0].mentions,
            whole.organizations[0].mentions
        );
    }

    #[test]
    fn a_text_no_longer_than_the_block_size_is_analysed_in_one_piece() {
        // One paragraph: read in pieces, it would be cut in two.
        let text = "Mette Lund (S) talte længe. Ole Bech svarede kort. Karen Holm (V) tav.";
        let analyzer = Analyzer::new();
        let one = analyzer.analyze_piece(text);
        assert_eq!(one.paragraphs.len(), 1);
        assert_eq!(analyzer.analyze(text), one);
        for size in [text.len(), usize::MAX] {
            let analyzer = Analyzer::builder().block_size(size).build();
            assert_eq!(analyzer.analyze(text), one, "{size}");
        }
        // Not a little shorter: the last block takes a rest of an eighth.
        // The cut falls inside the paragraph, at a sentence, which the
        // segmentation of the whole text keeps whole.
        let size = text.len() * 2 / 3;
        let segmentation = crate::segment::segment(text);
        let blocks = pieces::blocks(text, &segmentation, size, join::LEAD_IN);
        assert_eq!(blocks.len(), 2);
        let second = &segmentation.sentences[blocks[1].sentences.start];
        assert!(blocks[1].sentences.start > 0);
        assert_eq!(
            (blocks[1].own, blocks[1].bytes.start),
            (second.start, second.start)
        );
        assert_eq!(blocks[1].paragraphs, 0..1);
        let shorter = Analyzer::builder().block_size(size).build();
        assert_eq!(shorter.analyze(text).paragraphs.len(), 1);
    }

    /// Whether `span` lies inside `text` on character boundaries.
    fn sound(text: &str, span: Span) -> bool {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    }

    proptest! {
        #[test]
        fn pieces_keep_every_span_sound(
            text in "([A-ZÆØ][a-zæøå]{0,6}[ .,»«\n(S)]{1,3}){0,40}",
            max in 4usize..64,
        ) {
            let analysis = Analyzer::new().analyze_in_pieces(&text, max);
            let mut last = 0;
            for token in &analysis.tokens {
                prop_assert!(sound(&text, token.span()) && token.start >= last);
                last = token.end;
            }
            let covered: usize = analysis.tokens.iter().map(|t| t.end - t.start).sum();
            let letters: usize = text.chars().filter(|c| !c.is_whitespace()).map(char::len_utf8).sum();
            prop_assert_eq!(covered, letters);
            for person in &analysis.people {
                prop_assert!(person.mentions.iter().all(|&m| sound(&text, m)));
                prop_assert!(person.organization.is_none_or(|o| o < analysis.organizations.len()));
            }
            for quote in &analysis.quotes {
                prop_assert!(sound(&text, quote.span()));
                if let Some(speaker) = &quote.speaker {
                    prop_assert!(sound(&text, speaker.span()));
                    prop_assert!(speaker.person.is_none_or(|p| p < analysis.people.len()));
                }
            }
            for sentence in &analysis.sentences {
                prop_assert!(sound(&text, sentence.span()));
                prop_assert!(sentence.paragraph < analysis.paragraphs.len());
            }
        }
    }
}
