//! People, parties and organizations on the shared acceptance article.
//! Needs `../shared/samples/` beside the crate; run with
//! `cargo test --release -- --ignored`.

mod common;

use common::article;
use kilde::{Analysis, Gender, Person};

/// The person called `name`.
fn person<'a>(analysis: &'a Analysis, name: &str) -> &'a Person {
    analysis
        .people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} not found"))
}

#[test]
#[ignore = "needs ../shared/samples"]
fn the_article_names_exactly_these_people() {
    let analysis = kilde::analyze(&article());
    let mut names: Vec<&str> = analysis.people.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Christian Homann",
            "Claus Hjort Frederiksen",
            "Henrik Thøgersen",
            "Jiang Lichao",
            "Katrine Køpke Rasmussen",
            "Nick Hækkerup",
            "Niko Phonekeo",
            "Trine Bramsen",
        ]
    );
}

#[test]
#[ignore = "needs ../shared/samples"]
fn the_article_gives_parties_roles_and_later_mentions() {
    let text = article();
    let analysis = kilde::analyze(&text);
    let jiang = person(&analysis, "Jiang Lichao");
    assert!(jiang.mentions.iter().any(|m| m.text(&text) == "Lichao"));
    assert!(jiang.roles.iter().any(|r| r == "landechef"));
    let trine = person(&analysis, "Trine Bramsen");
    assert_eq!(trine.party.as_deref(), Some("S"));
    assert!(trine.roles.iter().any(|r| r == "forsvarsminister"));
    let claus = person(&analysis, "Claus Hjort Frederiksen");
    assert_eq!(claus.party.as_deref(), Some("V"));
    assert_eq!(
        person(&analysis, "Nick Hækkerup").party.as_deref(),
        Some("S")
    );
}

#[test]
#[ignore = "needs ../shared/samples"]
fn the_article_gives_genders_from_first_names() {
    let analysis = kilde::analyze(&article());
    for name in ["Trine Bramsen", "Katrine Køpke Rasmussen"] {
        assert_eq!(
            person(&analysis, name).gender,
            Some(Gender::Female),
            "{name}"
        );
    }
    for name in [
        "Claus Hjort Frederiksen",
        "Nick Hækkerup",
        "Henrik Thøgersen",
        "Niko Phonekeo",
        "Christian Homann",
    ] {
        assert_eq!(person(&analysis, name).gender, Some(Gender::Male), "{name}");
    }
}

#[test]
#[ignore = "needs ../shared/samples"]
fn the_article_names_two_parties() {
    let analysis = kilde::analyze(&article());
    let parties: Vec<(&str, usize)> = analysis
        .parties
        .iter()
        .map(|p| (p.code.as_str(), p.mentions.len()))
        .collect();
    assert_eq!(parties, [("S", 2), ("V", 1)]);
}

#[test]
#[ignore = "needs ../shared/samples"]
fn the_article_names_these_organizations_and_no_person_among_them() {
    let text = article();
    let analysis = kilde::analyze(&text);
    let organizations: Vec<&str> = analysis
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    for name in [
        "Huawei",
        "TDC",
        "Ericsson",
        "Politiken",
        "Conscia",
        "Norriq Danmark A/S",
        "IT Confidence A/S",
        "IT Relation",
        "IT-Afdelingen A/S",
        "Netip A/S",
        "EUC Nordvest",
    ] {
        assert!(
            organizations.contains(&name),
            "{name} missing from {organizations:?}"
        );
    }
    for person in &analysis.people {
        for org in &analysis.organizations {
            assert!(
                !org.mentions
                    .iter()
                    .any(|o| person.mentions.iter().any(|p| p.overlaps(*o))),
                "{} overlaps {}",
                person.name,
                org.name
            );
        }
    }
    let norriq = analysis
        .organizations
        .iter()
        .find(|o| o.name == "Norriq Danmark A/S")
        .map(|o| o.mentions.len());
    assert!(norriq.is_some_and(|n| n >= 4), "Norriq variants not linked");
}
