//! One test a rule and one a trap, on sentences written for them. Entities
//! are built by hand here, so speaker resolution is tested whatever the
//! entities stage finds.

use super::find;
use crate::document::Document;
use crate::entities::Entities;
use crate::model::{Gender, Organization, OrganizationKind, Person, Quote, QuoteKind, Span};

/// A person with every mention of `words` in `text` and the given roles.
fn person(
    text: &str,
    name: &str,
    words: &[&str],
    roles: &[&str],
    gender: Option<Gender>,
) -> Person {
    let mut mentions: Vec<Span> = words
        .iter()
        .flat_map(|w| {
            text.match_indices(w)
                .map(|(at, w)| Span::new(at, at + w.len()))
        })
        .collect();
    mentions.sort();
    mentions.dedup_by(|a, b| b.contains(*a));
    Person {
        name: name.to_string(),
        mentions,
        party: None,
        roles: roles.iter().map(|r| r.to_string()).collect(),
        organization: None,
        gender,
    }
}

/// The quotes of `text` with the given entities.
fn quotes(text: &str, entities: &Entities) -> Vec<Quote> {
    let segmentation = crate::segment::segment(text);
    find(&Document::new(text, &segmentation), entities)
}

/// The quotes of `text` with no entities.
fn quotes_alone(text: &str) -> Vec<Quote> {
    quotes(text, &Entities::default())
}

/// The person each quote of `text` has as its speaker, in quote order.
fn speaker_people(text: &str, entities: &Entities) -> Vec<Option<usize>> {
    quotes(text, entities)
        .iter()
        .map(|q| q.speaker.and_then(|s| s.person))
        .collect()
}

/// (content, kind, speaker text) of each quote.
fn summary(text: &str, found: &[Quote]) -> Vec<(String, QuoteKind, String)> {
    found
        .iter()
        .map(|q| {
            let speaker = q.speaker.map_or("", |s| s.span().text(text));
            (q.span().text(text).to_string(), q.kind, speaker.to_string())
        })
        .collect()
}

/// The summary of the one quote `text` must have.
fn one(text: &str) -> (String, QuoteKind, String) {
    let found = summary(text, &quotes_alone(text));
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

/// The summary of a direct quote.
fn direct(content: &str, speaker: &str) -> (String, QuoteKind, String) {
    (content.to_string(), QuoteKind::Direct, speaker.to_string())
}

#[test]
fn guillemets_with_the_cue_after() {
    let text = "»Vi åbner butikken igen i morgen,« siger Karen Holm til Dagbladet.";
    assert_eq!(
        one(text),
        direct("Vi åbner butikken igen i morgen,", "Karen Holm")
    );
    let quote = quotes_alone(text)[0];
    assert_eq!(quote.addressee.map(|a| a.text(text)), Some("til Dagbladet"));
    assert_eq!(quote.cue.map(|c| c.text(text)), Some("siger"));
}

#[test]
fn every_quote_style() {
    for (open, close) in [
        ("“", "”"),
        ("„", "“"),
        ("\"", "\""),
        ("«", "»"),
        ("‘", "’"),
        ("”", "”"),
    ] {
        let text = format!("{open}Prisen stiger til sommer,{close} siger direktøren.");
        assert_eq!(
            one(&text),
            direct("Prisen stiger til sommer,", "direktøren"),
            "{open}…{close}"
        );
    }
}

#[test]
fn a_closing_mark_written_after_a_space() {
    let text = "Vi har aldrig haft så travlt, \"siger Ole Bak.";
    assert_eq!(
        one(text),
        direct("Vi har aldrig haft så travlt,", "Ole Bak")
    );
}

#[test]
fn a_quote_over_several_sentences() {
    let text = "»Vi er klar. Holdet har trænet hårdt. Nu gælder det,« siger træneren.";
    assert_eq!(
        one(text),
        direct(
            "Vi er klar. Holdet har trænet hårdt. Nu gælder det,",
            "træneren"
        )
    );
}

#[test]
fn a_paragraph_left_open_is_continued_by_the_next() {
    let text = "»Vi har ventet længe på den her dag.\n\n»Nu skal vi fejre det,« siger Lise Dam.";
    let found = quotes_alone(text);
    assert_eq!(found.len(), 2);
    for quote in &found {
        assert_eq!(quote.speaker.map(|s| s.span().text(text)), Some("Lise Dam"));
    }
    assert_eq!(
        found[0].span().text(text),
        "Vi har ventet længe på den her dag."
    );
}

#[test]
fn an_unclosed_quote_ends_with_its_paragraph() {
    let text = "»Det bliver en lang vinter for os alle.\n\nByrådet mødes igen på mandag.";
    let found = quotes_alone(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].span().text(text),
        "Det bliver en lang vinter for os alle."
    );
}

#[test]
fn the_cue_before_the_quote() {
    let text = "Borgmester Per Lund siger: »Vi bygger en ny skole.«";
    assert_eq!(one(text), direct("Vi bygger en ny skole.", "Per Lund"));
}

#[test]
fn a_name_and_a_colon_before_the_quote() {
    let text = "Anne Vestergaard: »Vi har fået nok af ventelister.«";
    assert_eq!(
        one(text),
        direct("Vi har fået nok af ventelister.", "Anne Vestergaard")
    );
}

#[test]
fn a_cue_inside_the_quote_splits_it() {
    let text = "»Det var en hård kamp, siger Mads Krog, men vi vandt til sidst.«";
    let found = summary(text, &quotes_alone(text));
    assert_eq!(
        found,
        [
            direct("Det var en hård kamp,", "Mads Krog"),
            direct("men vi vandt til sidst.", "Mads Krog")
        ]
    );
}

#[test]
fn lod_det_fra_and_lyder_det_fra() {
    let text = "»Det er en skandale,« lød det fra formanden for foreningen.";
    assert_eq!(one(text), direct("Det er en skandale,", "formanden"));
    let text = "»Vi klager over afgørelsen,« lyder det fra advokat Bo Riis.";
    assert_eq!(one(text), direct("Vi klager over afgørelsen,", "Bo Riis"));
}

#[test]
fn the_speaker_is_not_the_person_named_after_the_speaker() {
    let text =
        "»Det må vi se på,« lød det fra den tidligere minister på et spørgsmål fra Hans Berg (V).";
    assert_eq!(
        one(text),
        direct("Det må vi se på,", "den tidligere minister")
    );
}

#[test]
fn channel_and_venue_addressees() {
    let text = "»Vi lukker fabrikken,« skriver Lego i en mail til Børsen.";
    let quote = quotes_alone(text)[0];
    assert_eq!(
        quote.addressee.map(|a| a.text(text)),
        Some("i en mail til Børsen")
    );
    let text = "»Vi lukker fabrikken,« siger direktør Eva Lind på et pressemøde.";
    let quote = quotes_alone(text)[0];
    assert_eq!(
        quote.addressee.map(|a| a.text(text)),
        Some("på et pressemøde")
    );
    let text = "»Vi lukker fabrikken,« fortæller Eva Lind til DR Nyheder.";
    let quote = quotes_alone(text)[0];
    assert_eq!(
        quote.addressee.map(|a| a.text(text)),
        Some("til DR Nyheder")
    );
}

#[test]
fn a_dialogue_line() {
    let text = "– Det er en god dag for byen, siger hun.";
    assert_eq!(one(text), direct("Det er en god dag for byen", "hun"));
}

#[test]
fn dialogue_paragraphs_keep_their_speaker_until_another_is_named() {
    let text = "– Vi starter i morgen, siger Jens Friis.\n\n– Og vi bliver færdige til jul.\n\n\
                – Det tror jeg ikke på, svarer naboen.";
    let found = summary(text, &quotes_alone(text));
    let speakers: Vec<&str> = found.iter().map(|(_, _, s)| s.as_str()).collect();
    assert_eq!(speakers, ["Jens Friis", "Jens Friis", "naboen"]);
}

#[test]
fn a_dialogue_line_goes_on_after_its_cue() {
    let text = "– Vi er klar, siger hun. Det bliver en god sæson.";
    let found = summary(text, &quotes_alone(text));
    assert_eq!(
        found,
        [
            direct("Vi er klar", "hun"),
            direct("Det bliver en god sæson.", "hun")
        ]
    );
}

#[test]
fn a_dash_inside_a_sentence_is_no_dialogue() {
    let text = "Appen er smart – men hvad koster den egentlig?";
    assert!(quotes_alone(text).is_empty());
}

#[test]
fn reported_speech_without_marks() {
    let text = "Fabrikken skal sikre flere job i byen, fortæller selskabets direktør, Ida Holm, til Politiken.";
    let found = quotes_alone(text);
    assert_eq!(
        summary(text, &found),
        [(
            "Fabrikken skal sikre flere job i byen".to_string(),
            QuoteKind::Reported,
            "Ida Holm".to_string()
        )]
    );
    assert_eq!(
        found[0].addressee.map(|a| a.text(text)),
        Some("til Politiken")
    );
}

#[test]
fn det_mener_x_takes_the_sentence_before() {
    let text = "Skatten bør sættes ned. Det mener Søren Vang.";
    assert_eq!(
        one(text),
        (
            "Skatten bør sættes ned".to_string(),
            QuoteKind::Reported,
            "Søren Vang".to_string()
        )
    );
}

#[test]
fn indirect_speech_with_at() {
    let text = "Ministeren Karl Bo skriver i en mail til avisen, at planen er droppet.";
    let found = quotes_alone(text);
    assert_eq!(
        summary(text, &found),
        [(
            "planen er droppet".to_string(),
            QuoteKind::Indirect,
            "Karl Bo".to_string()
        )]
    );
    assert_eq!(
        found[0].addressee.map(|a| a.text(text)),
        Some("i en mail til avisen")
    );
    let text = "I går sagde hun, at budgettet holder.";
    assert_eq!(
        one(text),
        (
            "budgettet holder".to_string(),
            QuoteKind::Indirect,
            "hun".to_string()
        )
    );
}

#[test]
fn an_adverb_before_an_inverted_speech_verb_is_no_speaker() {
    for opener in [
        "Derefter", "Herefter", "Dernæst", "Endelig", "Faktisk", "Ellers",
    ] {
        let text = format!("{opener} sagde borgmester Hans Ravn, at vejen lukker.");
        assert_eq!(
            one(&text),
            (
                "vejen lukker".to_string(),
                QuoteKind::Indirect,
                "Hans Ravn".to_string()
            ),
            "{text}"
        );
    }
}

#[test]
fn no_indirect_speech_from_infinitives_negations_or_passives() {
    for text in [
        "Politiet har ikke kunnet konstatere, at bilen var stjålet.",
        "Han forsøgte at forklare sig, men ingen lyttede.",
        "Det siger sig selv, at prisen stiger.",
        "Resultatet bliver bekræftet: Det er en ny rekord i år.",
    ] {
        assert!(quotes_alone(text).is_empty(), "{text}");
    }
}

#[test]
fn ifolge_x() {
    let text = "Ifølge eksperterne stiger renten igen til efteråret.";
    let found = quotes_alone(text);
    assert_eq!(
        summary(text, &found),
        [(
            "stiger renten igen til efteråret".to_string(),
            QuoteKind::Indirect,
            "eksperterne".to_string()
        )]
    );
    assert_eq!(found[0].speaker.and_then(|s| s.person), None);
}

#[test]
fn a_headline_name_and_statement() {
    let text = "Mette Kjær: Vi skal have flere lærere\n\nSkolen mangler folk.";
    assert_eq!(one(text), direct("Vi skal have flere lærere", "Mette Kjær"));
}

#[test]
fn titles_and_scare_quotes_are_no_quotes() {
    for text in [
        "Hun læste »Brødrene Løvehjerte« for sin søn.",
        "Filmen \"The Healer\" får premiere i maj.",
        "Han styrer klubben med en \"jernnæve\" og få ord.",
    ] {
        assert!(quotes_alone(text).is_empty(), "{text}");
    }
}

#[test]
fn advertising_copy_is_skipped() {
    let text = "Annonceindlæg fra Firma\n\n»Vores kunder elsker os,« siger direktør Ib Holm.\n\n\
                Nyheder fra byen\n\n»Vi åbner i morgen,« siger Ane Berg.";
    let found = summary(text, &quotes_alone(text));
    assert_eq!(found, [direct("Vi åbner i morgen,", "Ane Berg")]);
}

#[test]
fn a_name_resolves_to_its_person() {
    let text = "Landechef Wei Zhang er glad. »Vi er klar,« siger Zhang til avisen.";
    let entities = Entities {
        people: vec![person(
            text,
            "Wei Zhang",
            &["Wei Zhang", "Zhang"],
            &["landechef"],
            None,
        )],
        ..Entities::default()
    };
    let found = quotes(text, &entities);
    assert_eq!(found[0].speaker.and_then(|s| s.person), Some(0));
}

#[test]
fn a_pronoun_resolves_to_the_nearest_earlier_person_of_its_gender() {
    let text = "Ole Holm og Maria Lund var uenige. »Det går ikke,« siger hun.";
    let entities = Entities {
        people: vec![
            person(text, "Ole Holm", &["Ole Holm"], &[], Some(Gender::Male)),
            person(
                text,
                "Maria Lund",
                &["Maria Lund"],
                &[],
                Some(Gender::Female),
            ),
        ],
        ..Entities::default()
    };
    let found = quotes(text, &entities);
    assert_eq!(found[0].speaker.and_then(|s| s.person), Some(1));
}

#[test]
fn a_role_resolves_to_the_earlier_person_with_that_role() {
    let text = "Fiskeriminister Lars Ravn (V) og Anne Sø (S) mødtes. Den tidligere \
                skatteminister Poul Krag (K) var der også. »Vi må vente,« lød det fra den \
                tidligere minister på et spørgsmål fra Anne Sø. »Nej,« siger fiskeriministeren.";
    let entities = Entities {
        people: vec![
            person(text, "Lars Ravn", &["Lars Ravn"], &[], Some(Gender::Male)),
            person(text, "Anne Sø", &["Anne Sø"], &[], Some(Gender::Female)),
            person(text, "Poul Krag", &["Poul Krag"], &[], Some(Gender::Male)),
        ],
        ..Entities::default()
    };
    assert_eq!(speaker_people(text, &entities), [Some(2), Some(0)]);
}

/// Roles the entities stage gave: the last word of a role ends with the
/// head's stem, or is an ending of it four letters long or more, and
/// "tidligere" asks for a former one.
#[test]
fn a_role_resolves_by_the_roles_the_entities_stage_gave() {
    let text = "Lars Ravn, Anne Sø og Bo Dahl mødtes. »Nej,« siger ministeren. \
                »Ja,« siger landechefen. »Måske,« siger den tidligere minister.";
    let entities = Entities {
        people: vec![
            person(
                text,
                "Lars Ravn",
                &["Lars Ravn"],
                &["tidligere skatteminister"],
                None,
            ),
            person(text, "Anne Sø", &["Anne Sø"], &["chef"], None),
            person(text, "Bo Dahl", &["Bo Dahl"], &["minister"], None),
        ],
        ..Entities::default()
    };
    assert_eq!(speaker_people(text, &entities), [Some(2), Some(1), Some(0)]);
}

/// The definite ending is tested on the raw word before it is lowered:
/// written in capitals it still counts.
#[test]
fn a_role_with_its_ending_in_capitals_resolves_too() {
    let text = "Fiskeriminister Lars Ravn (V) kom. »Nej,« siger fiskeriministerEN. \
                »Ja,« siger ministerne.";
    let entities = Entities {
        people: vec![person(
            text,
            "Lars Ravn",
            &["Lars Ravn"],
            &[],
            Some(Gender::Male),
        )],
        ..Entities::default()
    };
    assert_eq!(speaker_people(text, &entities), [Some(0), None]);
}

#[test]
fn an_organization_speaks() {
    let text = "»Vi flytter produktionen,« skriver Vestas i en pressemeddelelse.";
    let at = text.find("Vestas").unwrap_or(0);
    let entities = Entities {
        organizations: vec![Organization {
            name: "Vestas".to_string(),
            kind: OrganizationKind::Company,
            legal_form: None,
            mentions: vec![Span::new(at, at + "Vestas".len())],
        }],
        ..Entities::default()
    };
    let speaker = quotes(text, &entities)[0].speaker;
    assert_eq!(speaker.and_then(|s| s.organization), Some(0));
    assert_eq!(speaker.and_then(|s| s.person), None);
}

#[test]
fn every_speaker_lies_outside_its_quote() {
    let text = "»Ja, siger hun, det gør vi.« – Nej, svarer han. Det er godt, siger Bo Vinter. \
                Ifølge politiet er vejen lukket. Hun siger, at det regner.";
    for quote in quotes_alone(text) {
        if let Some(speaker) = quote.speaker {
            assert!(!speaker.span().overlaps(quote.span()), "{quote:?}");
        }
    }
}

/// The working records stay no smaller than the quotes and as aligned,
/// so that `to_quotes` collects the quotes in their allocation; their
/// four-byte indices keep them at 136 bytes.
#[test]
fn a_working_record_can_hold_a_quote() {
    use std::mem::{align_of, size_of};
    assert!(size_of::<super::Found>() >= size_of::<Quote>());
    assert_eq!(align_of::<super::Found>(), align_of::<Quote>());
    assert_eq!(size_of::<super::Found>(), 136);
}

/// A capacity of whole quotes is what lets `to_quotes` collect in place
/// without a reallocation: every capacity `find` starts with, and every
/// doubling of it, holds a whole number of quotes in its bytes.
#[test]
fn the_records_room_holds_whole_quotes() {
    use std::mem::size_of;
    for tokens in [0, 1, 31, 200, 511, 512, 4_000, 199_518] {
        let capacity = super::record_capacity(tokens);
        assert!(capacity >= 1, "{tokens}");
        for room in [capacity, 2 * capacity, 4 * capacity] {
            assert_eq!(room * size_of::<super::Found>() % size_of::<Quote>(), 0);
        }
    }
}

/// The token a cue holds is the one a search of the tokens for the start
/// of its bytes finds, which is what marked a cue as used before: for
/// cues over every range of a text's tokens, one to three long.
#[test]
fn a_cue_holds_the_token_its_bytes_start_at() {
    let text =
        "»Nej,« sagde hun. Det lød det fra ham: ja! – Ifølge Ole Berg, siger de, fremgår det af X.";
    let segmentation = crate::segment::segment(text);
    let document = Document::new(text, &segmentation);
    let view = super::View::new(&document);
    for first in 0..view.len() {
        for last in first + 1..(first + 4).min(view.len() + 1) {
            let cue = super::CueWords::new(&view, first, last);
            assert_eq!(cue.span, view.span(first, last));
            let searched = document
                .tokens
                .binary_search_by_key(&cue.span.start, |t| t.start())
                .ok();
            assert_eq!(Some(cue.first()), searched, "{first}..{last}");
        }
    }
}
