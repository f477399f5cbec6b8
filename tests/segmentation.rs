//! Segmentation rules, one test each, on Danish sentences written for
//! these tests.

use kilde::TokenKind;
use kilde::segment::{segment, tokenize};

/// The text of each sentence.
fn sentences(text: &str) -> Vec<&str> {
    segment(text)
        .sentences
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

/// The text of each token.
fn tokens(text: &str) -> Vec<&str> {
    tokenize(text)
        .iter()
        .map(|t| &text[t.start..t.end])
        .collect()
}

/// The kind of the token whose text is `word`.
fn kind_of(text: &str, word: &str) -> Option<TokenKind> {
    tokenize(text)
        .into_iter()
        .find(|t| &text[t.start..t.end] == word)
        .map(|t| t.kind)
}

#[test]
fn abbreviations_inside_a_sentence_do_not_end_it() {
    let text = "Vi købte bl.a. æbler, pærer mv. til ca. 40 kr. stykket, jf. aftalen.";
    assert_eq!(sentences(text), [text]);
    let words = tokens(text);
    for abbreviation in ["bl.a.", "mv.", "ca.", "kr.", "jf."] {
        assert!(words.contains(&abbreviation), "{abbreviation} in {words:?}");
    }
}

#[test]
fn an_abbreviation_before_a_capital_ends_the_sentence() {
    assert_eq!(
        sentences("Vi købte æbler, pærer osv. Bagefter gik vi hjem."),
        ["Vi købte æbler, pærer osv.", "Bagefter gik vi hjem."]
    );
    assert_eq!(
        sentences("Billetten koster 200 kr. Det synes de fleste er rimeligt."),
        [
            "Billetten koster 200 kr.",
            "Det synes de fleste er rimeligt."
        ]
    );
}

#[test]
fn an_abbreviation_at_the_end_of_a_paragraph_ends_the_sentence() {
    let text = "Kurven rummer æbler, pærer m.m.\n\nNæste afsnit begynder her.";
    assert_eq!(
        sentences(text),
        [
            "Kurven rummer æbler, pærer m.m.",
            "Næste afsnit begynder her."
        ]
    );
}

#[test]
fn an_abbreviation_before_a_digit_does_not_end_the_sentence() {
    let text = "Prisen steg med 3 mio. 2 af dem gik til løn.";
    assert_eq!(sentences(text), [text]);
}

#[test]
fn titles_and_linking_abbreviations_go_on_before_names() {
    for text in [
        "Forslaget støttes bl.a. Venstre og De Konservative.",
        "Bogen er skrevet af dr. Jensen fra universitetet.",
        "Han bor på St. Kongensgade i København.",
        "Hun danser på Det Kgl. Teater og bor ved Kgs. Nytorv.",
        "Mange aviser, f.eks. Berlingske, skrev om det.",
        "Mødet holdes kl. 10 på Rådhuset, jf. Dagsordenen.",
    ] {
        assert_eq!(sentences(text), [text]);
    }
}

#[test]
fn degrees_keep_their_full_stops() {
    let text = "Hun er cand.polit. og har en ph.d. i økonomi. Han er Cand.it fra Aalborg.";
    assert_eq!(
        sentences(text),
        [
            "Hun er cand.polit. og har en ph.d. i økonomi.",
            "Han er Cand.it fra Aalborg."
        ]
    );
    assert_eq!(kind_of(text, "Cand.it"), Some(TokenKind::Word));
}

#[test]
fn ordinals_before_months_and_nouns() {
    let text = "Hun tiltræder pr. 1. september 2025 på 2. kontor i 5. gade.";
    assert_eq!(sentences(text), [text]);
    for ordinal in ["1.", "2.", "5."] {
        assert_eq!(kind_of(text, ordinal), Some(TokenKind::Number), "{ordinal}");
    }
}

#[test]
fn a_capitalised_month_after_an_ordinal_does_not_start_a_sentence() {
    let text = "Fristen er den 3. Marts i år.";
    assert_eq!(sentences(text), [text]);
}

#[test]
fn a_number_before_a_capital_ends_the_sentence() {
    assert_eq!(
        sentences("Huset blev bygget i 1998. Siden er det blevet udvidet."),
        ["Huset blev bygget i 1998.", "Siden er det blevet udvidet."]
    );
    assert_eq!(
        sentences("Holdet endte som nr. 3. Træneren var tilfreds."),
        ["Holdet endte som nr. 3.", "Træneren var tilfreds."]
    );
}

#[test]
fn initials_do_not_end_a_sentence() {
    for text in [
        "P. E. Pedersen og Frank B. Madsen mødtes i går.",
        "Mødet blev ledet af H.C. Jensen fra kommunen.",
        "Prisen gik til forfatteren Anne K. Holm.",
    ] {
        assert_eq!(sentences(text), [text]);
    }
    assert!(tokens("Frank B. Madsen").contains(&"B."));
}

#[test]
fn a_company_form_is_no_initial() {
    assert_eq!(
        sentences("Han kommer fra Byggefirmaet A/S. Han starter i morgen."),
        ["Han kommer fra Byggefirmaet A/S.", "Han starter i morgen."]
    );
}

#[test]
fn a_postal_district_is_no_initial() {
    assert_eq!(
        sentences("Skriv til Avisen, Vestergade 3, 2100 København Ø. Vi svarer hurtigt."),
        [
            "Skriv til Avisen, Vestergade 3, 2100 København Ø.",
            "Vi svarer hurtigt."
        ]
    );
}

#[test]
fn party_letters_stay_inside_the_sentence() {
    let text = "Mette Holm (S) og Lars Bak (V) skriver i et fælles indlæg, at de er enige.";
    assert_eq!(sentences(text), [text]);
    let words = tokens(text);
    assert_eq!(&words[2..5], ["(", "S", ")"]);
}

#[test]
fn numbers_keep_their_separators() {
    let text = "Væksten var 1,5 procent, 2.200 ansatte mødte op kl. 14.30 den 3/12-2019.";
    for number in ["1,5", "2.200", "14.30", "3/12-2019"] {
        assert_eq!(kind_of(text, number), Some(TokenKind::Number), "{number}");
    }
    assert_eq!(sentences(text), [text]);
}

#[test]
fn urls_emails_and_domains_are_single_tokens() {
    let text = "Læs mere på https://www.eksempel.dk/nyt?id=4. Skriv til redaktion@avisen.dk. \
                Ifølge Computerworld.dk er det slut.";
    assert_eq!(
        kind_of(text, "https://www.eksempel.dk/nyt?id=4"),
        Some(TokenKind::Url)
    );
    assert_eq!(kind_of(text, "redaktion@avisen.dk"), Some(TokenKind::Email));
    assert_eq!(kind_of(text, "Computerworld.dk"), Some(TokenKind::Url));
    assert_eq!(sentences(text).len(), 3);
}

#[test]
fn closing_quotes_and_brackets_belong_to_the_sentence_they_close() {
    for (text, first) in [
        (
            "Han sagde: \"Det er slut.\" Så gik han.",
            "Han sagde: \"Det er slut.\"",
        ),
        (
            "Hun skrev: ”Vi kommer.” Så lagde hun på.",
            "Hun skrev: ”Vi kommer.”",
        ),
        ("Han råbte: »Stop!« Ingen stoppede.", "Han råbte: »Stop!«"),
        (
            "Hun svarede: «Nej tak.» Han smilede.",
            "Hun svarede: «Nej tak.»",
        ),
        (
            "Sagen er afgjort. (Dommen blev afsagt i går.) Den kan ankes.",
            "Sagen er afgjort.",
        ),
        ("Det var en fejl.) Nu er den rettet.", "Det var en fejl.)"),
    ] {
        let found = sentences(text);
        assert_eq!(found[0], first, "{text}");
        assert_eq!(found.len(), if text.contains("(Dommen") { 3 } else { 2 });
    }
}

#[test]
fn an_opening_quote_after_a_full_stop_starts_the_next_sentence() {
    assert_eq!(
        sentences("Salen blev stille. \"Vi går nu,\" sagde hun."),
        ["Salen blev stille.", "\"Vi går nu,\" sagde hun."]
    );
}

#[test]
fn doubled_marks_end_one_sentence() {
    assert_eq!(
        sentences("Hvad sker der?! Ingen ved det!! Måske i morgen."),
        ["Hvad sker der?!", "Ingen ved det!!", "Måske i morgen."]
    );
}

#[test]
fn a_lower_case_word_after_a_mark_continues_the_sentence() {
    let text = "»Hvorfor?« spurgte hun. »Stop!« råbte han.";
    assert_eq!(
        sentences(text),
        ["»Hvorfor?« spurgte hun.", "»Stop!« råbte han."]
    );
}

#[test]
fn ellipses_end_a_sentence_only_before_a_capital() {
    assert_eq!(
        sentences("Han tøvede... og så gik han. Hun ventede… Ingen kom."),
        ["Han tøvede... og så gik han.", "Hun ventede…", "Ingen kom."]
    );
    assert!(tokens("tøvede... og").contains(&"..."));
}

#[test]
fn every_danish_quote_style() {
    for text in [
        "„Vi er klar,“ sagde hun. „Også vi,“ sagde han.",
        "“Vi er klar,” sagde hun. “Også vi,” sagde han.",
        "»Vi er klar,« sagde hun. »Også vi,« sagde han.",
        "«Vi er klar,» sagde hun. «Også vi,» sagde han.",
        "‘Vi er klar,’ sagde hun. ‘Også vi,’ sagde han.",
        "'Vi er klar,' sagde hun. 'Også vi,' sagde han.",
        "\"Vi er klar,\" sagde hun. \"Også vi,\" sagde han.",
    ] {
        assert_eq!(sentences(text).len(), 2, "{text}");
    }
}

#[test]
fn dialogue_lines_open_with_a_dash() {
    assert_eq!(
        sentences("Han kiggede op. – Det er godt, siger hun. - Ja, svarer han."),
        [
            "Han kiggede op.",
            "– Det er godt, siger hun.",
            "- Ja, svarer han."
        ]
    );
    assert_eq!(
        sentences("– Kommer du?\n– Ja, om lidt."),
        ["– Kommer du?", "– Ja, om lidt."]
    );
}

#[test]
fn a_line_without_closing_punctuation_stands_alone() {
    let text =
        "Skolerne får flere penge\nAf Anne Jensen\nRegeringen vil bruge en milliard på skolerne.";
    assert_eq!(
        sentences(text),
        [
            "Skolerne får flere penge",
            "Af Anne Jensen",
            "Regeringen vil bruge en milliard på skolerne."
        ]
    );
}

#[test]
fn a_photo_credit_in_brackets_stands_alone() {
    assert_eq!(
        sentences("(Foto: Peter Holm)\nBorgmesteren åbnede broen."),
        ["(Foto: Peter Holm)", "Borgmesteren åbnede broen."]
    );
    assert_eq!(
        sentences("(Foto: Peter Holm) Borgmesteren åbnede broen."),
        ["(Foto: Peter Holm)", "Borgmesteren åbnede broen."]
    );
}

#[test]
fn a_short_line_after_a_full_stop_stands_alone() {
    let text = "Hun kommer fra en stilling i kommunen. Nyt job\nMaria Lund\nFirmaet A/S";
    assert_eq!(
        sentences(text),
        [
            "Hun kommer fra en stilling i kommunen.",
            "Nyt job",
            "Maria Lund",
            "Firmaet A/S"
        ]
    );
}

#[test]
fn a_hard_wrapped_line_is_not_split() {
    let text =
        "Regeringen vil i dag fremlægge\nen ny plan for skolerne, og\nOppositionen er kritisk.";
    assert_eq!(
        sentences(text),
        ["Regeringen vil i dag fremlægge\nen ny plan for skolerne, og\nOppositionen er kritisk."]
    );
    let wrapped = "Prisen er steget med ca.\n40 procent siden sidste år.";
    assert_eq!(sentences(wrapped), [wrapped]);
}

#[test]
fn list_items_start_sentences() {
    assert_eq!(
        sentences("Planen har tre dele:\n1) skolerne\n2) sygehusene\n3) vejene"),
        [
            "Planen har tre dele:",
            "1) skolerne",
            "2) sygehusene",
            "3) vejene"
        ]
    );
    assert_eq!(
        sentences("Vælg en af dem\na. den røde\nb. den blå"),
        ["Vælg en af dem", "a. den røde", "b. den blå"]
    );
    assert_eq!(
        sentences("Medbring:\n• madpakke\n• regntøj\n* gummistøvler"),
        ["Medbring:", "• madpakke", "• regntøj", "* gummistøvler"]
    );
    assert_eq!(
        sentences("Punkterne er\n1. økonomi\n2. klima"),
        ["Punkterne er", "1. økonomi", "2. klima"]
    );
}

#[test]
fn a_colon_at_the_end_of_a_line_ends_the_sentence() {
    assert_eq!(
        sentences("Ministeren skrev følgende:\nVi er klar til at forhandle."),
        ["Ministeren skrev følgende:", "Vi er klar til at forhandle."]
    );
    let inline = "Ministeren skrev følgende: Vi er klar.";
    assert_eq!(sentences(inline), [inline]);
}

#[test]
fn paragraphs_are_separated_by_blank_lines() {
    let text = "Første afsnit.\n\nAndet afsnit.\n  \nTredje.";
    let segmentation = segment(text);
    assert_eq!(segmentation.paragraphs.len(), 3);
    let paragraph_of: Vec<usize> = segmentation.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraph_of, [0, 1, 2]);
}

#[test]
fn words_with_danish_letters_compounds_and_genitives() {
    assert_eq!(
        tokens("Æblerne på Østerbro, TDC's 5G-netværk og netIP's IT-Afdelingen."),
        [
            "Æblerne",
            "på",
            "Østerbro",
            ",",
            "TDC's",
            "5G-netværk",
            "og",
            "netIP's",
            "IT-Afdelingen",
            "."
        ]
    );
    assert_eq!(tokens("Firmaets TDC’s net"), ["Firmaets", "TDC’s", "net"]);
    assert_eq!(
        tokens("i 90'erne og 1990’erne"),
        ["i", "90'erne", "og", "1990’erne"]
    );
}

#[test]
fn token_kinds() {
    let text = "Hej, 42 😀 www.dr.dk a@b.dk";
    let kinds: Vec<TokenKind> = tokenize(text).iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            TokenKind::Word,
            TokenKind::Punctuation,
            TokenKind::Number,
            TokenKind::Symbol,
            TokenKind::Url,
            TokenKind::Email
        ]
    );
}

#[test]
fn every_line_end_convention() {
    for text in [
        "Første linje.\r\nAnden linje.\r\n\r\nNyt afsnit.",
        "Første linje.\rAnden linje.\r\rNyt afsnit.",
        "Første linje.\nAnden linje.\n\nNyt afsnit.",
    ] {
        let segmentation = segment(text);
        assert_eq!(segmentation.paragraphs.len(), 2, "{text:?}");
        assert_eq!(segmentation.sentences.len(), 3, "{text:?}");
    }
    assert_eq!(
        sentences("Overskrift uden punktum\rBrødteksten følger her."),
        ["Overskrift uden punktum", "Brødteksten følger her."]
    );
}

#[test]
fn invisible_and_unusual_characters() {
    let text =
        "Han\u{00A0}kom i\u{200B}går. Sam\u{00AD}fundet e\u{0301}r stort.\0 مرحبا بكم. Slut 👍🏽.";
    let segmentation = segment(text);
    assert!(!segmentation.sentences.is_empty());
    assert!(tokens(text).contains(&"Sam\u{00AD}fundet"));
    assert!(tokens(text).contains(&"e\u{0301}r"));
    assert!(tokens(text).contains(&"i"));
}

#[test]
fn the_sentence_tokens_of_each_sentence() {
    let segmentation = segment("Ja. Nej tak.");
    assert_eq!(segmentation.sentence_tokens(0).len(), 2);
    assert_eq!(segmentation.sentence_tokens(1).len(), 3);
    assert!(segmentation.sentence_tokens(2).next().is_none());
}

/// White space as the segmenter sees it, invisible separators included.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Inputs that could make a careless splitter slow or deep, each about
/// 1 MB: they must come back, each character covered by one token.
#[test]
fn long_and_hostile_inputs_finish() {
    let mb = 1 << 20;
    let inputs = [
        "a".repeat(mb),
        "\"".repeat(100_000),
        "(".repeat(mb / 2) + &")".repeat(mb / 2),
        "a+".repeat(mb / 2),
        "a.".repeat(mb / 2),
        "1.".repeat(mb / 2),
        ". ".repeat(mb / 2),
        "x@".repeat(mb / 2),
        "www.".repeat(mb / 4),
        "æ-".repeat(mb / 3),
        "A. ".repeat(mb / 3),
        "\r\n".repeat(mb / 2),
        "»".repeat(mb / 2),
        "!".repeat(mb),
        "?!\"".repeat(mb / 3),
        ".)".repeat(mb / 2),
        "kr.".repeat(mb / 3),
        "a!".repeat(mb / 2),
        "\u{0301}".repeat(mb / 2),
        "\0".repeat(mb),
        "\r".repeat(mb),
        "😀".repeat(mb / 4),
        "مرحبا".repeat(mb / 10),
        "1,1.1/".repeat(mb / 6),
        "http://".repeat(mb / 7),
        "a_".repeat(mb / 2),
        "- ".repeat(mb / 2),
        "\u{00A0}\u{200B}\u{00AD}".repeat(mb / 8),
    ];
    for text in &inputs {
        let segmentation = segment(text);
        let covered: usize = segmentation
            .tokens
            .iter()
            .map(|t| {
                text[t.start..t.end]
                    .chars()
                    .filter(|&c| !is_space(c))
                    .count()
            })
            .sum();
        let visible = text.chars().filter(|&c| !is_space(c)).count();
        let head: String = text.chars().take(8).collect();
        assert_eq!(covered, visible, "{head:?}");
    }
}

#[test]
fn the_s_of_a_legal_form_leaves_the_full_stop_to_the_sentence() {
    let text = "Hun var chef hos Grøn Energi A/S. Han kom fra Lund & Co.";
    let words: Vec<&str> = kilde::segment::tokenize(text)
        .iter()
        .map(|t| &text[t.start..t.end])
        .collect();
    assert_eq!(&words[6..11], ["A", "/", "S", ".", "Han"]);
}
