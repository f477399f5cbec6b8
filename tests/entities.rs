//! People, parties and organizations on Danish sentences written for these
//! tests: one test per rule, and one per trap the rules must not fall into.

mod common;

use kilde::{Analysis, Gender, OrganizationKind, Person, analyze};

/// The people's names, in order of first mention.
fn names(analysis: &Analysis) -> Vec<&str> {
    analysis.people.iter().map(|p| p.name.as_str()).collect()
}

/// The text of every mention of a person.
fn mentions<'t>(text: &'t str, person: &Person) -> Vec<&'t str> {
    person.mentions.iter().map(|m| m.text(text)).collect()
}

/// The person called `name`.
fn person<'a>(analysis: &'a Analysis, name: &str) -> &'a Person {
    analysis
        .people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} among {:?}", names(analysis)))
}

/// The organizations' names.
fn organizations(analysis: &Analysis) -> Vec<&str> {
    analysis
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect()
}

/// The parties' codes.
fn parties(analysis: &Analysis) -> Vec<&str> {
    analysis.parties.iter().map(|p| p.code.as_str()).collect()
}

// People: where names come from.

#[test]
fn first_name_and_surname_make_a_person() {
    let analysis = analyze("I går mødte vi Mette Kjeldsen på kontoret.");
    assert_eq!(names(&analysis), ["Mette Kjeldsen"]);
    assert_eq!(analysis.people[0].gender, Some(Gender::Female));
}

#[test]
fn a_name_that_opens_the_sentence_is_still_a_name() {
    let analysis = analyze("Lars Bjørnholt var ikke til stede.");
    assert_eq!(names(&analysis), ["Lars Bjørnholt"]);
    assert_eq!(analysis.people[0].gender, Some(Gender::Male));
}

#[test]
fn a_title_before_an_unknown_name() {
    let analysis = analyze("Aftalen blev underskrevet af direktør Okonkwo i går.");
    assert_eq!(names(&analysis), ["Okonkwo"]);
    assert_eq!(analysis.people[0].roles, ["direktør"]);
}

#[test]
fn a_party_code_after_an_unknown_name() {
    let analysis = analyze("Forslaget kom fra Qvortrup (SF) i sidste uge.");
    assert_eq!(names(&analysis), ["Qvortrup"]);
    assert_eq!(analysis.people[0].party.as_deref(), Some("SF"));
}

#[test]
fn a_speech_verb_before_an_unknown_name() {
    let analysis = analyze("»Det er for sent,« siger Xu Weiping til bladet.");
    assert_eq!(names(&analysis), ["Xu Weiping"]);
}

#[test]
fn foreign_names_by_their_shape() {
    let analysis = analyze("Den tidligere præsident Slobodan Milosevic døde i 2006.");
    assert_eq!(names(&analysis), ["Slobodan Milosevic"]);
    let analysis = analyze("Hun arbejder sammen med Goran Petrovic fra Beograd.");
    assert_eq!(names(&analysis), ["Goran Petrovic"]);
}

#[test]
fn hyphenated_first_names() {
    let text = "Formanden hedder Poul-Erik Thomsen, og Poul-Erik er glad.";
    let analysis = analyze(text);
    let poul_erik = person(&analysis, "Poul-Erik Thomsen");
    assert_eq!(
        mentions(text, poul_erik),
        ["Poul-Erik Thomsen", "Poul-Erik"]
    );
    assert_eq!(poul_erik.gender, Some(Gender::Male));
}

// People: linking the later mentions.

#[test]
fn a_later_surname_or_first_name_alone_is_the_same_person() {
    let text = "Landechef Wang Lichun talte først. Senere sagde Lichun det igen.";
    let analysis = analyze(text);
    assert_eq!(analysis.people.len(), 1);
    assert_eq!(
        mentions(text, &analysis.people[0]),
        ["Wang Lichun", "Lichun"]
    );
}

#[test]
fn a_sentence_initial_surname_links_back() {
    let text = "Minister Karen Holmgaard kom sent. Holmgaard undskyldte.";
    let analysis = analyze(text);
    assert_eq!(
        mentions(text, &analysis.people[0]),
        ["Karen Holmgaard", "Holmgaard"]
    );
}

#[test]
fn genitives_and_capitals_are_mentions() {
    let text = "Søren Dyremose talte. Dyremoses forslag faldt, og DYREMOSE gik.";
    let analysis = analyze(text);
    assert_eq!(analysis.people.len(), 1);
    assert_eq!(analysis.people[0].name, "Søren Dyremose");
    assert_eq!(
        mentions(text, &analysis.people[0]),
        ["Søren Dyremose", "Dyremoses", "DYREMOSE"]
    );
}

#[test]
fn the_fullest_form_is_the_name() {
    let text = "Frederiksen kom først. Senere talte Claus Hjort Frederiksen.";
    let analysis = analyze(text);
    assert_eq!(names(&analysis), ["Claus Hjort Frederiksen"]);
    assert_eq!(analysis.people[0].mentions.len(), 2);
}

#[test]
fn a_pronoun_gives_the_gender_when_the_name_does_not() {
    let analysis = analyze("Virksomheden har ansat Kiri Tangaroa. Hun begynder i maj.");
    assert_eq!(analysis.people[0].gender, Some(Gender::Female));
}

// People: roles, parties and organizations.

#[test]
fn roles_before_the_name_with_their_modifier() {
    let analysis = analyze("Den tidligere udenrigsminister Ida Lund Brask (V) talte.");
    let ida = &analysis.people[0];
    assert_eq!(ida.roles, ["tidligere udenrigsminister"]);
    assert_eq!(ida.party.as_deref(), Some("V"));
}

#[test]
fn a_role_opening_the_sentence_is_lower_cased() {
    let analysis = analyze("Forsvarsminister Jens Krogh (S) siger nej.");
    assert_eq!(analysis.people[0].roles, ["forsvarsminister"]);
}

#[test]
fn a_role_after_som() {
    let analysis = analyze("Firmaet har ansat Maja Holst som Digital Marketing Manager.");
    assert_eq!(analysis.people[0].roles, ["Digital Marketing Manager"]);
}

#[test]
fn a_role_of_the_organization_named_last() {
    let text = "Kinesiske Huawei vil samarbejde, siger selskabets landechef, Li Wenbo.";
    let analysis = analyze(text);
    let li = person(&analysis, "Li Wenbo");
    assert_eq!(li.roles, ["landechef"]);
    let organization = li
        .organization
        .map(|i| analysis.organizations[i].name.as_str());
    assert_eq!(organization, Some("Huawei"));
}

#[test]
fn a_company_that_hires_a_person() {
    let analysis = analyze("Solvang Data ApS har pr. 1. marts ansat Pia Dahl som konsulent.");
    let pia = person(&analysis, "Pia Dahl");
    let organization = pia
        .organization
        .map(|i| analysis.organizations[i].name.as_str());
    assert_eq!(organization, Some("Solvang Data ApS"));
    assert_eq!(pia.roles, ["konsulent"]);
}

#[test]
fn a_party_from_a_prefixed_form_or_a_member_noun() {
    let analysis =
        analyze("V-ordføreren Anders Mikkelsen var enig med socialdemokraten Rikke Bech.");
    assert_eq!(
        person(&analysis, "Anders Mikkelsen").party.as_deref(),
        Some("V")
    );
    assert_eq!(person(&analysis, "Rikke Bech").party.as_deref(), Some("S"));
}

// People: the traps.

#[test]
fn sentence_initial_words_are_no_names() {
    let analysis = analyze("Derfor kom de. Hvis regnen stopper, går vi. Nyt job");
    assert!(analysis.people.is_empty(), "{:?}", names(&analysis));
}

#[test]
fn names_that_are_ordinary_words_need_evidence() {
    let analysis = analyze("Storm og regn ramte byen. Sol og have er godt. Per dag kom tre.");
    assert!(analysis.people.is_empty(), "{:?}", names(&analysis));
    let analysis = analyze("I går talte Per Stig Møller og Bo Lund med pressen.");
    assert_eq!(names(&analysis), ["Per Stig Møller", "Bo Lund"]);
}

#[test]
fn places_months_and_weekdays_are_no_names() {
    let analysis = analyze("Hun flyttede fra Thisted til Danmark i Marts og kom om Mandagen.");
    assert!(analysis.people.is_empty(), "{:?}", names(&analysis));
}

#[test]
fn job_titles_in_capitals_are_no_names() {
    let analysis = analyze("Han kommer fra en stilling som Nordic Marketing Director hos firmaet.");
    assert!(analysis.people.is_empty(), "{:?}", names(&analysis));
}

#[test]
fn headlines_in_capitals_are_no_names() {
    let analysis = analyze("Læs også: Regeringen Vil Bruge Flere Penge\n\nDet sker nu.");
    assert!(analysis.people.is_empty(), "{:?}", names(&analysis));
}

#[test]
fn a_town_after_a_postcode_is_no_name() {
    let analysis = analyze("Skriv til Hans Møller, Skovvej 4, 3790 Hasle.");
    assert_eq!(names(&analysis), ["Hans Møller"]);
}

// Parties.

#[test]
fn party_codes_in_parentheses() {
    let text = "Mads Kirk (EL) og Tove Lind (Ø) stemte imod.";
    let analysis = analyze(text);
    assert_eq!(parties(&analysis), ["EL"]);
    assert_eq!(analysis.parties[0].mentions.len(), 2);
    assert_eq!(analysis.parties[0].name, "Enhedslisten");
}

#[test]
fn party_names_and_genitives() {
    let text = "Venstres formand mødte Dansk Folkeparti og Radikale Venstre.";
    let analysis = analyze(text);
    assert_eq!(parties(&analysis), ["V", "DF", "RV"]);
    assert_eq!(analysis.parties[0].mentions[0].text(text), "Venstres");
}

#[test]
fn prefixed_party_forms() {
    let text = "S-formanden og DF-ordføreren var uenige.";
    let analysis = analyze(text);
    assert_eq!(parties(&analysis), ["S", "DF"]);
    assert_eq!(analysis.parties[0].mentions[0].text(text), "S-formanden");
}

#[test]
fn venstre_as_a_direction_is_no_party() {
    let analysis = analyze("Venstre side af vejen er lukket. Drej til venstre ved skolen.");
    assert!(analysis.parties.is_empty());
}

#[test]
fn a_party_is_no_organization_and_no_person() {
    let analysis = analyze("Han stemte på Socialdemokratiet i Aarhus.");
    assert_eq!(parties(&analysis), ["S"]);
    assert!(analysis.organizations.is_empty());
    assert!(analysis.people.is_empty());
}

// Organizations.

#[test]
fn organizations_with_a_legal_form() {
    let analysis = analyze("Kontrakten gik til Vestjysk Montage A/S og til Bauer GmbH.");
    assert_eq!(
        organizations(&analysis),
        ["Vestjysk Montage A/S", "Bauer GmbH"]
    );
    assert_eq!(
        analysis.organizations[1].legal_form.as_deref(),
        Some("GmbH")
    );
    assert_eq!(analysis.organizations[0].kind, OrganizationKind::Company);
}

#[test]
fn listed_organizations_with_their_kind() {
    let analysis =
        analyze("Det skriver Politiken, og Danske Bank bekræfter over for Finanstilsynet.");
    assert_eq!(
        organizations(&analysis),
        ["Politiken", "Danske Bank", "Finanstilsynet"]
    );
    let kinds: Vec<_> = analysis.organizations.iter().map(|o| o.kind).collect();
    assert_eq!(
        kinds,
        [
            OrganizationKind::Media,
            OrganizationKind::Company,
            OrganizationKind::Public
        ]
    );
}

#[test]
fn organizations_after_a_cue() {
    let analysis =
        analyze("Han var ansat hos Brinkmann Rådgivning og købte fra teleproducenten Zentel.");
    assert_eq!(organizations(&analysis), ["Brinkmann Rådgivning", "Zentel"]);
}

#[test]
fn organizations_named_by_their_last_word() {
    let analysis = analyze("Sagen blev sendt til Vejle Kommune og til Skjern Kunstmuseum.");
    assert_eq!(
        organizations(&analysis),
        ["Vejle Kommune", "Skjern Kunstmuseum"]
    );
    assert_eq!(analysis.organizations[0].kind, OrganizationKind::Public);
}

#[test]
fn a_compound_with_koncernen() {
    let text = "Aftalen med Vestas-koncernen blev underskrevet.";
    let analysis = analyze(text);
    assert_eq!(organizations(&analysis), ["Vestas"]);
    assert_eq!(analysis.organizations[0].mentions[0].text(text), "Vestas");
}

#[test]
fn variants_of_an_organization_link_to_it() {
    let text = "Klintholm Data A/S vokser. KLINTHOLMS kunder er glade, og Klintholms chef smiler.";
    let analysis = analyze(text);
    assert_eq!(organizations(&analysis), ["Klintholm Data A/S"]);
    let found: Vec<&str> = analysis.organizations[0]
        .mentions
        .iter()
        .map(|m| m.text(text))
        .collect();
    assert_eq!(found, ["Klintholm Data A/S", "KLINTHOLMS", "Klintholms"]);
}

#[test]
fn a_brand_written_with_an_inner_capital_links_back() {
    let text = "Sydip A/S har travlt. Hos sydIP's kontor er der fest.";
    let analysis = analyze(text);
    assert_eq!(analysis.organizations.len(), 1);
    assert_eq!(analysis.organizations[0].mentions.len(), 2);
}

#[test]
fn a_person_is_never_an_organization() {
    let analysis = analyze("Irma Hansen arbejder i Irma, og Jens Jensen hos DSB.");
    assert_eq!(names(&analysis), ["Irma Hansen", "Jens Jensen"]);
    assert_eq!(organizations(&analysis), ["Irma", "DSB"]);
}

#[test]
fn listed_acronyms_match_only_in_capitals() {
    let analysis = analyze("Da de kom, var DA allerede gået.");
    assert_eq!(organizations(&analysis), ["DA"]);
}

#[test]
fn a_make_before_a_model_number_is_a_product() {
    let analysis = analyze("Han kører en Volvo 240 og en Audi A 4.");
    assert!(analysis.organizations.is_empty());
}

#[test]
fn spans_lie_on_char_boundaries_of_odd_text() {
    for text in [
        "Ærø Å (Ø) Ø-formand «Ærbødig» Øster-Ålsø A/S",
        "(",
        "A/S",
        "S-",
        "Ø'",
    ] {
        assert_eq!(common::check(text, &analyze(text)), Ok(()), "{text:?}");
    }
}

#[test]
fn an_organization_before_a_name_is_not_part_of_it() {
    let analysis = analyze("Det mener cheføkonom i Dansk Lønmodtagerråd Søren Kjær.");
    assert_eq!(names(&analysis), ["Søren Kjær"]);
    assert_eq!(organizations(&analysis), ["Dansk Lønmodtagerråd"]);
}

#[test]
fn a_common_noun_before_a_legal_form_name_is_not_part_of_it() {
    let analysis = analyze("Sagen drejer sig om IT-firmaet Datafyn ApS i Odense.");
    assert_eq!(organizations(&analysis), ["Datafyn ApS"]);
}

#[test]
fn a_legal_form_at_the_end_of_a_sentence_closes_the_name() {
    let text =
        "Han var tidligere ansat hos Vestegnens Data og Blåvand-Systemer A/S. Han begynder i maj.";
    let analysis = kilde::analyze(text);
    let names: Vec<&str> = analysis
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert!(names.contains(&"Blåvand-Systemer A/S"), "{names:?}");
}

#[test]
fn a_preposition_that_opens_the_sentence_is_not_part_of_a_company_name() {
    let text = "Ifølge Tandrup Foods A/S er prisen steget. Men Holmvik A/S er uenig.";
    assert_eq!(
        organizations(&analyze(text)),
        ["Tandrup Foods A/S", "Holmvik A/S"]
    );
}

#[test]
fn an_adjective_that_opens_the_sentence_can_be_part_of_a_company_name() {
    let text = "Danske Bank A/S hæver renten.";
    assert_eq!(organizations(&analyze(text)), ["Danske Bank A/S"]);
}

#[test]
fn a_persons_roles_hold_no_spare_room() {
    // A list grown by pushes has room for four; the result keeps the
    // list, so roles are added one room at a time.
    let text = "Borgmester Anders Kjærgaard (V) åbnede mødet. Kjærgaard sagde, \
                at budgettet holder.";
    let analysis = kilde::analyze(text);
    let anders = person(&analysis, "Anders Kjærgaard");
    assert_eq!(anders.roles, ["borgmester"]);
    assert_eq!(anders.roles.capacity(), 1);
}

#[test]
fn a_persons_mentions_hold_no_spare_room() {
    // The list is collected in the room of the people stage's records,
    // twice a span's size; the result gives the rest back.
    let text = "Borgmester Anders Kjærgaard (V) åbnede mødet. Kjærgaard sagde, \
                at budgettet holder. Bagefter talte Kjærgaard med Lene Holm.";
    let analysis = kilde::analyze(text);
    let anders = person(&analysis, "Anders Kjærgaard");
    assert_eq!(anders.mentions.len(), 3);
    for person in &analysis.people {
        assert_eq!(
            person.mentions.capacity(),
            person.mentions.len(),
            "{}",
            person.name
        );
    }
}
