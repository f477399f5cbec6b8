//! Quotes through the public API, with the people the entities stage
//! finds: who said what, on sentences written for these tests.

mod common;

use kilde::{Analysis, Quote, QuoteKind, analyze};

fn person_of<'a>(analysis: &'a Analysis, quote: &Quote) -> Option<&'a str> {
    let person = quote.speaker?.person?;
    analysis.people.get(person).map(|p| p.name.as_str())
}

#[test]
fn a_surname_alone_resolves_to_the_full_name() {
    let text = "Selskabets direktør, Helle Brandt, er tilfreds.\n\n\
                »Vi har haft et godt år,« siger Brandt til avisen.";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.kind, QuoteKind::Direct);
    assert_eq!(person_of(&analysis, quote), Some("Helle Brandt"));
    assert_eq!(quote.addressee.map(|a| a.text(text)), Some("til avisen"));
}

#[test]
fn a_pronoun_resolves_to_the_last_woman_named() {
    let text = "Borgmester Hanne Lind (S) mødte Peter Krogh (V) i går.\n\n\
                »Vi fandt en løsning,« siger hun.";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.speaker.map(|s| s.span().text(text)), Some("hun"));
    assert_eq!(person_of(&analysis, quote), Some("Hanne Lind"));
}

#[test]
fn a_former_minister_is_not_the_questioner_named_after() {
    let text = "Den tidligere skatteminister Jens Brun (V) har kritiseret planen.\n\n\
                »Den holder ikke,« lød det fra den tidligere minister på et spørgsmål fra \
                Mette Kofoed (S).";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(person_of(&analysis, quote), Some("Jens Brun"));
}

#[test]
fn indirect_speech_by_a_named_minister() {
    let text = "Kulturminister Anne Dahl (S) skriver i en mail til Politiken, at \
                biblioteket bliver bevaret.";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.kind, QuoteKind::Indirect);
    assert_eq!(quote.span().text(text), "biblioteket bliver bevaret");
    assert_eq!(person_of(&analysis, quote), Some("Anne Dahl"));
    assert_eq!(
        quote.addressee.map(|a| a.text(text)),
        Some("i en mail til Politiken")
    );
}

#[test]
fn reported_speech_by_a_manager_named_in_apposition() {
    let text = "Aftalen skal sikre arbejdspladserne i byen, fortæller selskabets \
                landechef, Karin Mose, til Politiken.";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.kind, QuoteKind::Reported);
    assert_eq!(person_of(&analysis, quote), Some("Karin Mose"));
}

#[test]
fn a_group_keeps_its_span_and_no_person() {
    let text = "Lars Holm er økonom. Eksperterne mener, at renten stiger.";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(
        quote.speaker.map(|s| s.span().text(text)),
        Some("Eksperterne")
    );
    assert_eq!(quote.speaker.and_then(|s| s.person), None);
}

#[test]
fn no_panic_and_spans_on_char_boundaries() {
    for text in [
        "»",
        "– ",
        "»æ,« siger",
        "\"\"\"",
        "Ifølge",
        "siger, at",
        "– Ja, siger – »ø",
    ] {
        assert_eq!(common::check(text, &analyze(text)), Ok(()), "{text:?}");
    }
}

#[test]
fn an_unclosed_quote_ends_before_the_sentence_that_names_its_speaker() {
    let text = "Rådmand Mette Lind (S) holdt pressemøde.\n\n»Vi har talt sammen i et år. Det betyder ikke noget. Det oplyste rådmand Mette Lind til avisen.";
    let analysis = kilde::analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(
        quote.span().text(text),
        "Vi har talt sammen i et år. Det betyder ikke noget."
    );
    let speaker = quote.speaker.expect("a speaker");
    assert_eq!(speaker.span().text(text), "Mette Lind");
    assert!(!speaker.span().overlaps(quote.span()));
}

#[test]
fn a_company_speaker_is_its_whole_name_with_the_legal_form() {
    let text = "Rederiet Holmvik A/S oplyser, at skibene sejler igen fra mandag.";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.kind, QuoteKind::Indirect);
    assert_eq!(
        quote.speaker.map(|s| s.span().text(text)),
        Some("Rederiet Holmvik A/S")
    );
    let organization = quote.speaker.and_then(|s| s.organization);
    assert_eq!(
        organization.map(|o| analysis.organizations[o].name.as_str()),
        Some("Rederiet Holmvik A/S")
    );
}

#[test]
fn a_quote_after_ifolge_and_a_company_starts_after_its_name() {
    let text = "Ifølge Tandrup Foods A/S er prisen på mælk steget for meget.";
    let analysis = analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(
        quote.span().text(text),
        "er prisen på mælk steget for meget"
    );
    assert_eq!(
        quote.speaker.map(|s| s.span().text(text)),
        Some("Tandrup Foods A/S")
    );
}
