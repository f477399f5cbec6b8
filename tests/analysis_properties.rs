//! Properties every `Analysis` must have, whatever the input: no panic,
//! every span ordered, on char boundaries and inside the text, every index
//! valid, every speaker outside the words it is said to have spoken.

use kilde::{Analysis, Analyzer, Date, Span};
use proptest::prelude::*;

/// Checks one span against the text; returns a message on failure.
fn check_span(text: &str, what: &str, span: Span) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what} {span:?} out of order or past the end ({})",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what} {span:?} not on char boundaries"));
    }
    Ok(())
}

fn check_ordered(what: &str, spans: impl Iterator<Item = Span>) -> Result<(), String> {
    let mut last: Option<Span> = None;
    for span in spans {
        if let Some(last) = last {
            if span.start < last.start {
                return Err(format!("{what} out of order: {last:?} then {span:?}"));
            }
        }
        last = Some(span);
    }
    Ok(())
}

/// Every property of an analysis of `text`.
fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let spans = analysis
        .paragraphs
        .iter()
        .map(|p| ("paragraph", p.span()))
        .chain(analysis.sentences.iter().map(|s| ("sentence", s.span())))
        .chain(analysis.tokens.iter().map(|t| ("token", t.span())))
        .chain(
            analysis
                .people
                .iter()
                .flat_map(|p| p.mentions.iter().map(|&m| ("person mention", m))),
        )
        .chain(
            analysis
                .organizations
                .iter()
                .flat_map(|o| o.mentions.iter().map(|&m| ("organization mention", m))),
        )
        .chain(
            analysis
                .parties
                .iter()
                .flat_map(|p| p.mentions.iter().map(|&m| ("party mention", m))),
        )
        .chain(analysis.dates.iter().map(|d| ("date", d.span())))
        .chain(analysis.quotes.iter().flat_map(|q| {
            [
                Some(("quote", q.span())),
                q.cue.map(|c| ("cue", c)),
                q.speaker.map(|s| ("speaker", s.span())),
                q.addressee.map(|a| ("addressee", a)),
            ]
            .into_iter()
            .flatten()
        }));
    for (what, span) in spans {
        check_span(text, what, span)?;
    }
    check_ordered("paragraphs", analysis.paragraphs.iter().map(|p| p.span()))?;
    check_ordered("sentences", analysis.sentences.iter().map(|s| s.span()))?;
    check_ordered("tokens", analysis.tokens.iter().map(|t| t.span()))?;
    check_ordered("dates", analysis.dates.iter().map(|d| d.span()))?;
    check_ordered("quotes", analysis.quotes.iter().map(|q| q.span()))?;
    for sentence in &analysis.sentences {
        if sentence.paragraph >= analysis.paragraphs.len() {
            return Err(format!("sentence {sentence:?} names a missing paragraph"));
        }
    }
    for person in &analysis.people {
        if person.mentions.is_empty() {
            return Err(format!("person {:?} has no mention", person.name));
        }
        if person
            .organization
            .is_some_and(|o| o >= analysis.organizations.len())
        {
            return Err(format!(
                "person {:?} names a missing organization",
                person.name
            ));
        }
    }
    for quote in &analysis.quotes {
        let Some(speaker) = quote.speaker else {
            continue;
        };
        if speaker.person.is_some_and(|p| p >= analysis.people.len()) {
            return Err(format!("quote {quote:?} names a missing person"));
        }
        if speaker
            .organization
            .is_some_and(|o| o >= analysis.organizations.len())
        {
            return Err(format!("quote {quote:?} names a missing organization"));
        }
        if speaker.span().overlaps(quote.span()) {
            return Err(format!(
                "quote {quote:?}: the speaker lies inside the quote"
            ));
        }
    }
    Ok(())
}

/// Pieces of Danish news, to build inputs that reach every stage.
const PIECES: &[&str] = &[
    "Trine Bramsen",
    " (S) ",
    "siger",
    " hun",
    "»",
    "«",
    "“",
    "”",
    "\"",
    "'",
    "– ",
    "\n",
    "\n\n",
    ". ",
    ", ",
    ": ",
    "? ",
    "kl. 14.30",
    "pr. 1. september 2025",
    " i går",
    " i marts",
    "3/12-2019",
    " Huawei",
    " A/S",
    " Politiken",
    " ifølge ",
    " at ",
    "lød det fra",
    " den tidligere minister",
    " ministeren",
    "Venstres",
    " S-formand",
    "\r\n",
    "\r",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "e\u{301}",
    "\0",
    "שלום",
    "😀",
    "Cand.it",
    "bl.a.",
    " 2-1 ",
    " Lichao",
    " til avisen",
    "(",
    ")",
    "Nyt job",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_gives_a_sound_analysis(text in any::<String>()) {
        let analysis = kilde::analyze(&text);
        prop_assert_eq!(check(&text, &analysis), Ok(()));
    }

    #[test]
    fn news_like_text_gives_a_sound_analysis(text in news_like()) {
        let analyzer = Analyzer::builder().reference_date(Date::constant(2013, 2, 12)).build();
        let analysis = analyzer.analyze(&text);
        prop_assert_eq!(check(&text, &analysis), Ok(()));
    }
}
