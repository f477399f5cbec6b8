//! Date expressions in Danish sentences, resolved against a fixed
//! reference date: Tuesday 12 February 2013. All sentences are our own.

use kilde::{Analyzer, Date, DateMention, Grain};

/// The reference date of every table row: a Tuesday.
fn reference() -> Date {
    Date::constant(2013, 2, 12)
}

/// The dates of `text`, with their span text.
fn dates(text: &str, reference: Option<Date>) -> Vec<(String, DateMention)> {
    let analyzer = match reference {
        Some(date) => Analyzer::builder().reference_date(date).build(),
        None => Analyzer::new(),
    };
    analyzer
        .analyze(text)
        .dates
        .into_iter()
        .map(|d| (d.span().text(text).to_string(), d))
        .collect()
}

use Grain::{Day as D, Month as M, Week as W, Year as Y};

/// Absolute = false, relative = true.
const A: bool = false;
const R: bool = true;

/// (sentence, expression as it stands, value, grain, relative).
const TABLE: &[(&str, &str, &str, Grain, bool)] = &[
    // Day, month and year written out.
    (
        "Hun tiltræder pr. 1. september 2025.",
        "1. september 2025",
        "2025-09-01",
        D,
        A,
    ),
    (
        "Mødet blev holdt den 3. marts 2012.",
        "den 3. marts 2012",
        "2012-03-03",
        D,
        A,
    ),
    (
        "Loven trådte i kraft 3 marts 2015.",
        "3 marts 2015",
        "2015-03-03",
        D,
        A,
    ),
    (
        "Hun blev født tredje marts 2015.",
        "tredje marts 2015",
        "2015-03-03",
        D,
        A,
    ),
    (
        "Det skete den tredje marts 1998.",
        "den tredje marts 1998",
        "1998-03-03",
        D,
        A,
    ),
    (
        "Firmaet åbnede 1. januar 2000.",
        "1. januar 2000",
        "2000-01-01",
        D,
        A,
    ),
    (
        "Han gik af 31. december 1999 ved midnat.",
        "31. december 1999",
        "1999-12-31",
        D,
        A,
    ),
    (
        "Skuddagen 29. februar 2012 var en onsdag.",
        "29. februar 2012",
        "2012-02-29",
        D,
        A,
    ),
    (
        "Kontrakten gælder fra 1. januar 2014.",
        "1. januar 2014",
        "2014-01-01",
        D,
        A,
    ),
    (
        "Brevet er dateret den 5. juni 2013.",
        "den 5. juni 2013",
        "2013-06-05",
        D,
        A,
    ),
    (
        "Den 4. maj 45 blev Danmark befriet.",
        "Den 4. maj 45",
        "1945-05-04",
        D,
        A,
    ),
    (
        "Han blev født den 9. april 40.",
        "den 9. april 40",
        "1940-04-09",
        D,
        A,
    ),
    (
        "Den 1. april 2013 træder reglen i kraft.",
        "Den 1. april 2013",
        "2013-04-01",
        D,
        A,
    ),
    (
        "Hun fylder år femtende juli 2013.",
        "femtende juli 2013",
        "2013-07-15",
        D,
        A,
    ),
    (
        "Valget blev holdt den 15. september 2011.",
        "den 15. september 2011",
        "2011-09-15",
        D,
        A,
    ),
    (
        "Fristen udløber 30. juni 2014 kl. 12.",
        "30. juni 2014",
        "2014-06-30",
        D,
        A,
    ),
    (
        "Det var 17 maj 2010, da hun kom.",
        "17 maj 2010",
        "2010-05-17",
        D,
        A,
    ),
    (
        "Den første april 2013 er en mandag.",
        "Den første april 2013",
        "2013-04-01",
        D,
        A,
    ),
    // Numeric forms.
    (
        "Aftalen blev underskrevet 3/3/2015.",
        "3/3/2015",
        "2015-03-03",
        D,
        A,
    ),
    ("Fristen var 3/3-15.", "3/3-15", "2015-03-03", D, A),
    (
        "Datoen på brevet er 03-03-2015.",
        "03-03-2015",
        "2015-03-03",
        D,
        A,
    ),
    (
        "Filen er dateret 2015-03-03 i systemet.",
        "2015-03-03",
        "2015-03-03",
        D,
        A,
    ),
    (
        "Han døde 3/12-2019 på hospitalet.",
        "3/12-2019",
        "2019-12-03",
        D,
        A,
    ),
    (
        "Festen holdes 24.12.2013 hos mormor.",
        "24.12.2013",
        "2013-12-24",
        D,
        A,
    ),
    (
        "Sagen startede 1.5.2015 i byretten.",
        "1.5.2015",
        "2015-05-01",
        D,
        A,
    ),
    (
        "Indberetningen skal ske senest 31/1-2014.",
        "31/1-2014",
        "2014-01-31",
        D,
        A,
    ),
    ("Billetten gælder 14/2/13.", "14/2/13", "2013-02-14", D, A),
    (
        "Loggen viser 2012-11-30 som sidste dag.",
        "2012-11-30",
        "2012-11-30",
        D,
        A,
    ),
    (
        "Regningen forfaldt 15-01-2013.",
        "15-01-2013",
        "2013-01-15",
        D,
        A,
    ),
    (
        "Hun har fødselsdag 07/08-99.",
        "07/08-99",
        "1999-08-07",
        D,
        A,
    ),
    // Month abbreviations, with and without the full stop, and English.
    (
        "Koncerten er 15. sept. 2013.",
        "15. sept. 2013",
        "2013-09-15",
        D,
        A,
    ),
    (
        "Den 1. okt. 2014 skiftede han job.",
        "Den 1. okt. 2014",
        "2014-10-01",
        D,
        A,
    ),
    (
        "Udstillingen åbner 2. jan. 2014.",
        "2. jan. 2014",
        "2014-01-02",
        D,
        A,
    ),
    (
        "Det blev besluttet 12. dec 2012 på mødet.",
        "12. dec 2012",
        "2012-12-12",
        D,
        A,
    ),
    (
        "Brevet kom 8 Aug 2012 med posten.",
        "8 Aug 2012",
        "2012-08-08",
        D,
        A,
    ),
    (
        "Hun rejste 3. feb. 2011 til Rom.",
        "3. feb. 2011",
        "2011-02-03",
        D,
        A,
    ),
    (
        "Han kom hjem 8. aug. 2010 fra turen.",
        "8. aug. 2010",
        "2010-08-08",
        D,
        A,
    ),
    (
        "Dommen faldt 21. nov 2012 i landsretten.",
        "21. nov 2012",
        "2012-11-21",
        D,
        A,
    ),
    (
        "Mødet er sat til 4. apr. 2013.",
        "4. apr. 2013",
        "2013-04-04",
        D,
        A,
    ),
    (
        "Posten kom Aug 8, men pakken manglede.",
        "Aug 8",
        "2012-08-08",
        D,
        R,
    ),
    ("Vi ses februar 15.", "februar 15", "2013-02-15", D, R),
    // Month and year.
    (
        "Oktober 2014 var en travl måned.",
        "Oktober 2014",
        "2014-10",
        M,
        A,
    ),
    (
        "Firmaet blev stiftet i oktober 2014.",
        "i oktober 2014",
        "2014-10",
        M,
        A,
    ),
    (
        "Hun flyttede i juli 2011 til Odense.",
        "i juli 2011",
        "2011-07",
        M,
        A,
    ),
    (
        "Regnskabet for december 2012 er klar.",
        "december 2012",
        "2012-12",
        M,
        A,
    ),
    (
        "Primo marts 2014 flytter de.",
        "Primo marts 2014",
        "2014-03",
        M,
        A,
    ),
    (
        "Byggeriet går i gang ultimo august 2013.",
        "ultimo august 2013",
        "2013-08",
        M,
        A,
    ),
    (
        "Tallene fra januar 2013 er dårlige.",
        "januar 2013",
        "2013-01",
        M,
        A,
    ),
    (
        "Siden maj 2010 har han arbejdet her.",
        "maj 2010",
        "2010-05",
        M,
        A,
    ),
    (
        "Medio juni 2012 blev han syg.",
        "Medio juni 2012",
        "2012-06",
        M,
        A,
    ),
    (
        "Planen gælder til november 2015.",
        "november 2015",
        "2015-11",
        M,
        A,
    ),
    // Years.
    ("Han flyttede til Aarhus i 2019.", "i 2019", "2019", Y, A),
    ("Siden 2009 har hun boet i Odense.", "2009", "2009", Y, A),
    ("Loven er fra 1849 og gælder stadig.", "1849", "1849", Y, A),
    ("Inden 2020 skal alle have fibernet.", "2020", "2020", Y, A),
    (
        "Før 1990 fandtes der ikke mobiltelefoner.",
        "1990",
        "1990",
        Y,
        A,
    ),
    ("I 2000 blev han valgt til byrådet.", "I 2000", "2000", Y, A),
    ("Regnskabet for 2011 viser underskud.", "2011", "2011", Y, A),
    ("Efter 2015 steg priserne.", "2015", "2015", Y, A),
    ("Primo 2014 flytter kontoret.", "Primo 2014", "2014", Y, A),
    (
        "Ultimo 2012 var gælden betalt.",
        "Ultimo 2012",
        "2012",
        Y,
        A,
    ),
    (
        "Broen åbner medio næste år.",
        "medio næste år",
        "2014",
        Y,
        R,
    ),
    (
        "Primo næste måned kommer svaret.",
        "Primo næste måned",
        "2013-03",
        M,
        R,
    ),
    (
        "Ultimo sidste år lukkede fabrikken.",
        "Ultimo sidste år",
        "2012",
        Y,
        R,
    ),
    ("Vi ses onsdag den 13.", "onsdag den 13", "2013-02-13", D, R),
    (
        "Hun har været væk siden 1. januar.",
        "1. januar",
        "2013-01-01",
        D,
        R,
    ),
    (
        "Den 3. og den 4. marts holder butikken lukket.",
        "den 4. marts",
        "2013-03-04",
        D,
        R,
    ),
    (
        "Uge 53 findes ikke i 2013, men uge 52 gør.",
        "uge 52",
        "2013-12-23",
        W,
        R,
    ),
    ("Hun blev gift i efteråret 1985.", "1985", "1985", Y, A),
    ("Frem til 2016 er alt planlagt.", "2016", "2016", Y, A),
    ("I 1969 udgav hun sin første bog.", "I 1969", "1969", Y, A),
    // A month alone: the tense of the sentence picks the year.
    ("Vi droppede planen i marts.", "i marts", "2012-03", M, R),
    (
        "Vi vil lancere produktet i marts.",
        "i marts",
        "2013-03",
        M,
        R,
    ),
    ("Butikken lukkede i januar.", "i januar", "2013-01", M, R),
    ("Butikken åbner igen i januar.", "i januar", "2014-01", M, R),
    ("Vi skal flytte i februar.", "i februar", "2013-02", M, R),
    ("Han fratrådte i december.", "i december", "2012-12", M, R),
    ("Festen er i december.", "i december", "2013-12", M, R),
    (
        "Han har advaret om det i april.",
        "i april",
        "2012-04",
        M,
        R,
    ),
    (
        "Regeringen forventes at fremlægge planen i maj.",
        "i maj",
        "2013-05",
        M,
        R,
    ),
    ("I juni blev hun valgt.", "I juni", "2012-06", M, R),
    (
        "Ultimo marts kommer rapporten.",
        "Ultimo marts",
        "2013-03",
        M,
        R,
    ),
    ("Medio marts var sneen væk.", "Medio marts", "2012-03", M, R),
    (
        "Byggeriet starter medio april.",
        "medio april",
        "2013-04",
        M,
        R,
    ),
    (
        "Primo november sendte de regningen.",
        "Primo november",
        "2012-11",
        M,
        R,
    ),
    ("Aftalen løber til september.", "september", "2013-09", M, R),
    (
        "Hun har været syg siden oktober.",
        "oktober",
        "2012-10",
        M,
        R,
    ),
    ("Tilbuddet gælder indtil august.", "august", "2013-08", M, R),
    (
        "Udstillingen sluttede i slutningen af juli.",
        "juli",
        "2012-07",
        M,
        R,
    ),
    (
        "Han blev ansat i marts sidste år.",
        "i marts sidste år",
        "2012-03",
        M,
        R,
    ),
    (
        "Hun går på pension i maj næste år.",
        "i maj næste år",
        "2014-05",
        M,
        R,
    ),
    (
        "Prisen steg fra januar i år.",
        "januar i år",
        "2013-01",
        M,
        R,
    ),
    (
        "Huset blev solgt i juni i fjor.",
        "i juni i fjor",
        "2012-06",
        M,
        R,
    ),
    // A day and month without a year.
    (
        "Mandag den 18. februar åbner butikken.",
        "Mandag den 18. februar",
        "2013-02-18",
        D,
        R,
    ),
    (
        "Fredag den 8. februar lukkede butikken.",
        "Fredag den 8. februar",
        "2013-02-08",
        D,
        R,
    ),
    (
        "Vi holdt juleaften den 24. december.",
        "den 24. december",
        "2012-12-24",
        D,
        R,
    ),
    (
        "Vi holder juleaften den 24. december.",
        "den 24. december",
        "2013-12-24",
        D,
        R,
    ),
    (
        "Hun blev færdig 3. januar.",
        "3. januar",
        "2013-01-03",
        D,
        R,
    ),
    (
        "Han skal starte 3. januar.",
        "3. januar",
        "2014-01-03",
        D,
        R,
    ),
    (
        "Og så skal de inden 3. maj have svaret.",
        "3. maj",
        "2013-05-03",
        D,
        R,
    ),
    (
        "Der blev stemt den 2. juni om aftalen.",
        "den 2. juni",
        "2012-06-02",
        D,
        R,
    ),
    ("Han ankom 8 Aug med toget.", "8 Aug", "2012-08-08", D, R),
    ("Hun kommer den 15/02.", "den 15/02", "2013-02-15", D, R),
    ("Svaret kom 15/01 om morgenen.", "15/01", "2013-01-15", D, R),
    (
        "Fristen er den 1/3 for alle.",
        "den 1/3",
        "2013-03-01",
        D,
        R,
    ),
    ("Fra 3/4 er der åbent hver dag.", "3/4", "2013-04-03", D, R),
    (
        "Onsdag den 13. februar holder vi fri.",
        "Onsdag den 13. februar",
        "2013-02-13",
        D,
        R,
    ),
    (
        "Han kom 3. marts næste år tilbage.",
        "3. marts næste år",
        "2014-03-03",
        D,
        R,
    ),
    (
        "Han døde 3. marts sidste år.",
        "3. marts sidste år",
        "2012-03-03",
        D,
        R,
    ),
    (
        "Den 12. februar fylder hun år.",
        "Den 12. februar",
        "2013-02-12",
        D,
        R,
    ),
    // A day alone.
    ("Han betaler huslejen den 15.", "den 15", "2013-02-15", D, R),
    ("Han betalte huslejen den 10.", "den 10", "2013-02-10", D, R),
    (
        "Han betalte den 20., som han skulle.",
        "den 20.",
        "2013-01-20",
        D,
        R,
    ),
    (
        "Vi betaler den 5., som vi plejer at gøre.",
        "den 5.",
        "2013-03-05",
        D,
        R,
    ),
    ("Den 20. kommer regningen.", "Den 20.", "2013-02-20", D, R),
    // Today and the days around it.
    ("Aftalen blev droppet i går.", "i går", "2013-02-11", D, R),
    ("I dag er det tirsdag.", "I dag", "2013-02-12", D, R),
    ("Hun kom i forgårs.", "i forgårs", "2013-02-10", D, R),
    ("Vi ses i morgen.", "i morgen", "2013-02-13", D, R),
    (
        "Han rejser i overmorgen.",
        "i overmorgen",
        "2013-02-14",
        D,
        R,
    ),
    (
        "Soldaterne blev i aftes sendt hjem.",
        "i aftes",
        "2013-02-11",
        D,
        R,
    ),
    ("Jeg så ham i morges.", "i morges", "2013-02-12", D, R),
    ("Kampen spilles i aften.", "i aften", "2013-02-12", D, R),
    (
        "Men i dag siger han noget andet.",
        "i dag",
        "2013-02-12",
        D,
        R,
    ),
    ("I går aftes brændte laden.", "I går", "2013-02-11", D, R),
    // Weekdays.
    (
        "Han sagde mandag, at han var træt.",
        "mandag",
        "2013-02-11",
        D,
        R,
    ),
    ("Mødet holdes mandag.", "mandag", "2013-02-18", D, R),
    ("Fredag blev de evakueret.", "Fredag", "2013-02-08", D, R),
    ("Han kommer tirsdag.", "tirsdag", "2013-02-12", D, R),
    ("Vi ses på mandag.", "på mandag", "2013-02-18", D, R),
    ("Vi ses på tirsdag.", "på tirsdag", "2013-02-19", D, R),
    ("Hun rejser på fredag.", "på fredag", "2013-02-15", D, R),
    ("Han kom i mandags.", "i mandags", "2013-02-11", D, R),
    ("Han kom i tirsdags.", "i tirsdags", "2013-02-05", D, R),
    ("Det regnede i søndags.", "i søndags", "2013-02-10", D, R),
    (
        "Det skete sidste tirsdag.",
        "sidste tirsdag",
        "2013-02-05",
        D,
        R,
    ),
    (
        "Det skete sidste fredag.",
        "sidste fredag",
        "2013-02-08",
        D,
        R,
    ),
    (
        "Hun var her forrige mandag.",
        "forrige mandag",
        "2013-02-04",
        D,
        R,
    ),
    ("Vi mødes næste onsdag.", "næste onsdag", "2013-02-20", D, R),
    ("Vi mødes næste mandag.", "næste mandag", "2013-02-18", D, R),
    ("Det sker næste søndag.", "næste søndag", "2013-02-24", D, R),
    (
        "Vi mødes onsdag i næste uge.",
        "onsdag i næste uge",
        "2013-02-20",
        D,
        R,
    ),
    (
        "Det skete fredag i sidste uge.",
        "fredag i sidste uge",
        "2013-02-08",
        D,
        R,
    ),
    (
        "Vi ses torsdag i denne uge.",
        "torsdag i denne uge",
        "2013-02-14",
        D,
        R,
    ),
    (
        "Hun tager afsted kommende lørdag.",
        "kommende lørdag",
        "2013-02-23",
        D,
        R,
    ),
    // Weeks.
    ("Det sker i denne uge.", "i denne uge", "2013-02-11", W, R),
    ("Denne uge er travl.", "Denne uge", "2013-02-11", W, R),
    (
        "Han var syg i sidste uge.",
        "i sidste uge",
        "2013-02-04",
        W,
        R,
    ),
    ("Sidste uge var travl.", "Sidste uge", "2013-02-04", W, R),
    (
        "Først i næste uge ventes svaret.",
        "i næste uge",
        "2013-02-18",
        W,
        R,
    ),
    ("Næste uge holder vi fri.", "Næste uge", "2013-02-18", W, R),
    (
        "Det skete i forrige uge.",
        "i forrige uge",
        "2013-02-04",
        W,
        R,
    ),
    (
        "Svaret kommer i den kommende uge.",
        "kommende uge",
        "2013-02-18",
        W,
        R,
    ),
    ("Kontoret er lukket i uge 7.", "i uge 7", "2013-02-11", W, R),
    ("Vi holder ferie i uge 1.", "i uge 1", "2012-12-31", W, R),
    (
        "Skolerne holder vinterferie uge 10.",
        "uge 10",
        "2013-03-04",
        W,
        R,
    ),
    // Months and years from today.
    ("Sidste måned var kold.", "Sidste måned", "2013-01", M, R),
    (
        "Det skete i sidste måned.",
        "i sidste måned",
        "2013-01",
        M,
        R,
    ),
    ("Næste måned flytter vi.", "Næste måned", "2013-03", M, R),
    (
        "Vi flytter i næste måned.",
        "i næste måned",
        "2013-03",
        M,
        R,
    ),
    ("Denne måned er kort.", "Denne måned", "2013-02", M, R),
    (
        "Prisen steg forrige måned.",
        "forrige måned",
        "2013-01",
        M,
        R,
    ),
    ("Overskuddet bliver større i år.", "i år", "2013", Y, R),
    (
        "Sidste år var overskuddet stort.",
        "Sidste år",
        "2012",
        Y,
        R,
    ),
    ("Næste år bliver det bedre.", "Næste år", "2014", Y, R),
    ("Hun blev gift i fjor.", "i fjor", "2012", Y, R),
    ("Huset blev bygget i forfjor.", "i forfjor", "2011", Y, R),
    ("Vi ses til næste år.", "næste år", "2014", Y, R),
    ("Det kommende år bliver svært.", "kommende år", "2014", Y, R),
    ("Dette år bliver godt.", "Dette år", "2013", Y, R),
    // Counted from today.
    (
        "Ericsson overtager nettet om to uger.",
        "om to uger",
        "2013-02-25",
        W,
        R,
    ),
    ("Vi ses om en uge.", "om en uge", "2013-02-18", W, R),
    (
        "Svaret kommer om tre dage.",
        "om tre dage",
        "2013-02-15",
        D,
        R,
    ),
    (
        "Dommen falder om 10 dage.",
        "om 10 dage",
        "2013-02-22",
        D,
        R,
    ),
    (
        "Huset står klar om en måned.",
        "om en måned",
        "2013-03",
        M,
        R,
    ),
    (
        "Broen åbner om to måneder.",
        "om to måneder",
        "2013-04",
        M,
        R,
    ),
    ("Vi ses om et år.", "om et år", "2014", Y, R),
    ("Skolen lukker om fem år.", "om fem år", "2018", Y, R),
    (
        "Nettet skifter ejer om allerede to uger.",
        "om allerede to uger",
        "2013-02-25",
        W,
        R,
    ),
    (
        "Det skete for tre år siden.",
        "for tre år siden",
        "2010",
        Y,
        R,
    ),
    (
        "Han flyttede for to uger siden.",
        "for to uger siden",
        "2013-01-28",
        W,
        R,
    ),
    (
        "Hun startede for en måned siden.",
        "for en måned siden",
        "2013-01",
        M,
        R,
    ),
    (
        "Ulykken skete for fem dage siden.",
        "for fem dage siden",
        "2013-02-07",
        D,
        R,
    ),
    (
        "Byen blev grundlagt for ca. 20 år siden.",
        "for ca. 20 år siden",
        "1993",
        Y,
        R,
    ),
    (
        "Han kom hertil for et par år siden.",
        "for et par år siden",
        "2011",
        Y,
        R,
    ),
    (
        "Hun ringede for 3 dage siden.",
        "for 3 dage siden",
        "2013-02-09",
        D,
        R,
    ),
];

#[test]
fn table_of_danish_date_expressions() {
    assert!(TABLE.len() >= 150, "only {} rows", TABLE.len());
    let mut failures = Vec::new();
    for &(sentence, expression, value, grain, relative) in TABLE {
        let found = dates(sentence, Some(reference()));
        let hit = found.iter().find(|(text, _)| text == expression);
        let right = hit.is_some_and(|(_, d)| {
            d.value.as_deref() == Some(value) && d.grain == grain && d.relative == relative
        });
        if !right {
            failures.push(format!(
                "{sentence:?}: want {expression:?} {value} {grain:?} {relative}, got {found:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows wrong:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

/// The span texts of the dates in `text`, resolved against the table's
/// reference date.
fn spans(text: &str) -> Vec<String> {
    dates(text, Some(reference()))
        .into_iter()
        .map(|(span, _)| span)
        .collect()
}

/// The one date in `text` whose span is `expression`.
fn one(text: &str, expression: &str, reference: Option<Date>) -> DateMention {
    let found = dates(text, reference);
    match found.iter().find(|(span, _)| span == expression) {
        Some((_, date)) => date.clone(),
        None => panic!("{expression:?} not found in {text:?}: {found:?}"),
    }
}

fn no_dates(texts: &[&str]) {
    for text in texts {
        assert_eq!(spans(text), Vec::<String>::new(), "{text}");
    }
}

// Traps: nothing here is a date.

#[test]
fn trap_ordinal_before_a_noun() {
    no_dates(&[
        "Han bor på 5. gade.",
        "Hun sidder på 2. kontor.",
        "Holdet endte på en 3. plads.",
        "Den 2. division spiller godt.",
    ]);
}

#[test]
fn trap_number_after_nr() {
    no_dates(&["Han er nr. 3 på listen.", "Sagen har nr. 12 i rækken."]);
}

#[test]
fn trap_scores() {
    no_dates(&[
        "Kampen endte 2-1.",
        "Holdet vandt 3-0 over naboerne.",
        "Det blev 10-12 til sidst.",
    ]);
}

#[test]
fn trap_sums() {
    no_dates(&[
        "Det kostede 130.000 kr.",
        "Han fik 2.200 kr. udbetalt.",
        "Huset blev solgt til 1995 kroner pr. kvadratmeter.",
        "Prisen er 1.999.000 kr.",
    ]);
}

#[test]
fn trap_clock_times() {
    no_dates(&[
        "Vi mødes kl. 14.30.",
        "Toget kører kl. 8 fra Odense.",
        "Klokken er 12.15 nu.",
    ]);
}

#[test]
fn trap_sizes() {
    no_dates(&["Skoene er i størrelse 42.", "Hun bruger str. 38 i bukser."]);
}

#[test]
fn trap_club_and_product_names() {
    no_dates(&[
        "B 93 vandt kampen.",
        "Han kører stadig Windows 95.",
        "Windows 2000 var bedre.",
        "Hun spiller for AGF 2 om søndagen.",
    ]);
}

#[test]
fn trap_years_inside_numbers_and_counts() {
    no_dates(&[
        "Kommunen har 12019 indbyggere.",
        "Der bor 2019 mennesker i byen.",
        "Tilbuddet gik ud til 2000 husstande.",
        "Firmaet har over 1500 ansatte.",
        "Benpladsen gik fra 1069 til 1082 mm.",
        "Det blev til 1140 stykker.",
    ]);
}

#[test]
fn trap_month_names_as_names() {
    no_dates(&[
        "Maj Hansen er ny direktør.",
        "August Krogh fik Nobelprisen.",
        "Jan kom for sent.",
        "Vi ses til jul.",
        "De kan fejre jul 1987 i det nye hus.",
        "April er en grusom måned.",
    ]);
    assert_eq!(spans("I dag møder Maj Jensen pressen."), ["I dag"]);
}

#[test]
fn trap_habits_and_papers_named_after_weekdays() {
    no_dates(&[
        "Hver fredag spiller de kort.",
        "Han læser hver torsdag avis.",
        "Det er bedst at mødes på en fredag.",
        "Det skrev Mandag Morgen i sin leder.",
        "Skriv til bladet SØNDAG om sagen.",
    ]);
}

#[test]
fn trap_spans_of_time() {
    no_dates(&[
        "Han har boet der i 10 år.",
        "Hun var væk i to år.",
        "De sidste år har været svære.",
        "Det var hans sidste år som chef.",
        "Den næste uge bliver travl.",
        "De kommende uger bliver travle.",
        "Vi investerer meget i de kommende år.",
        "Han tjener en million om året.",
        "Det skete for år siden.",
    ]);
}

#[test]
fn trap_fractions_and_decades() {
    no_dates(&[
        "I 3/4 af tilfældene gik det godt.",
        "Tag 1/2 liter mælk.",
        "I 1990'erne boede hun i Paris.",
    ]);
}

#[test]
fn impossible_days_are_no_dates() {
    no_dates(&["Hun gik 31. april."]);
    // The month still stands.
    assert_eq!(spans("Han kom 30. februar 2013."), ["februar 2013"]);
    // February 29th exists, but not in 2013: found, with no value.
    let date = one(
        "Han kom 29. februar 2013.",
        "29. februar 2013",
        Some(reference()),
    );
    assert_eq!(date.value, None);
}

// Rules.

#[test]
fn without_a_reference_date_relative_dates_have_no_value() {
    for (text, expression, grain) in [
        ("Hun kom i går.", "i går", Grain::Day),
        ("Vi droppede planen i marts.", "i marts", Grain::Month),
        ("Mødet holdes mandag.", "mandag", Grain::Day),
        ("Han kommer den 3. marts.", "den 3. marts", Grain::Day),
        ("Vi ses om to uger.", "om to uger", Grain::Week),
        ("Sidste år var godt.", "Sidste år", Grain::Year),
    ] {
        let date = one(text, expression, None);
        assert_eq!(
            (date.value, date.grain, date.relative),
            (None, grain, true),
            "{text}"
        );
    }
}

#[test]
fn without_a_reference_date_absolute_dates_keep_their_value() {
    let date = one(
        "Hun tiltræder pr. 1. september 2025.",
        "1. september 2025",
        None,
    );
    assert_eq!(date.value.as_deref(), Some("2025-09-01"));
    assert!(!date.relative);
    let date = one("Fristen var 3/3-15.", "3/3-15", None);
    assert_eq!(date.value.as_deref(), Some("2015-03-03"));
}

#[test]
fn two_digit_years_fall_at_most_ten_years_ahead() {
    let at = |text: &str, expression: &str| one(text, expression, Some(reference())).value;
    assert_eq!(
        at("Det sker den 1. maj 23.", "den 1. maj 23").as_deref(),
        Some("2023-05-01")
    );
    assert_eq!(
        at("Det skete den 1. maj 24.", "den 1. maj 24").as_deref(),
        Some("1924-05-01")
    );
}

#[test]
fn tense_comes_from_the_nearest_verb_of_the_clause() {
    let value = |text: &str| one(text, "i marts", Some(reference())).value;
    assert_eq!(
        value("Han sagde i marts, at han vil gå af.").as_deref(),
        Some("2012-03")
    );
    assert_eq!(
        value("Butikken åbner i marts, efter at den lukkede i fjor.").as_deref(),
        Some("2013-03")
    );
    let value = |text: &str, expression: &str| one(text, expression, Some(reference())).value;
    // "er" with a participle in "-et" is a perfect; "er planlagt" a
    // present passive.
    assert_eq!(
        value("Han er kommet hjem i december.", "i december").as_deref(),
        Some("2012-12")
    );
    assert_eq!(
        value("Åbningen er planlagt til medio april.", "medio april").as_deref(),
        Some("2013-04")
    );
    assert_eq!(
        value("Åbningen er planlagt til medio januar.", "medio januar").as_deref(),
        Some("2014-01")
    );
    // An infinitive in "-te" after a modal is no past verb.
    assert_eq!(
        value("Han skal starte i januar.", "i januar").as_deref(),
        Some("2014-01")
    );
    // No verb that tells: the present, which Danish uses for the future.
    assert_eq!(
        value("Premiere i marts.", "i marts").as_deref(),
        Some("2013-03")
    );
}

#[test]
fn a_reference_month_or_day_is_the_same_in_both_tenses() {
    for text in ["Vi flyttede i februar.", "Vi flytter i februar."] {
        assert_eq!(
            one(text, "i februar", Some(reference())).value.as_deref(),
            Some("2013-02")
        );
    }
}

#[test]
fn spans_are_byte_offsets_with_danish_letters() {
    let text = "Sæsonen på Ærø åbner på lørdag.";
    let date = one(text, "på lørdag", Some(reference()));
    assert_eq!(&text[date.start..date.end], "på lørdag");
    assert_eq!(date.value.as_deref(), Some("2013-02-16"));
}

#[test]
fn several_dates_in_one_sentence_come_in_text_order() {
    assert_eq!(
        spans("Fra 1. marts 2013 til 31. maj 2013 og igen i 2014 er der åbent."),
        ["1. marts 2013", "31. maj 2013", "i 2014"]
    );
}

#[test]
fn dates_do_not_cross_sentences() {
    assert_eq!(spans("Han kom den 3.\n\nMarts er en måned."), ["den 3"]);
    assert_eq!(spans("Vi ses i. Marts er kold."), Vec::<String>::new());
}

#[test]
fn fragments_at_the_end_of_a_text_never_panic() {
    for text in [
        "den",
        "i",
        "1.",
        "uge",
        "om to",
        "for to år",
        "mandag den",
        "3.",
        "d.",
        "i 2019'",
    ] {
        let _ = dates(text, Some(reference()));
        let _ = dates(text, None);
    }
    let extreme = Some(Date::constant(9999, 12, 31));
    for text in [
        "i morgen",
        "næste år",
        "om 999 år",
        "på mandag",
        "næste uge",
        "i marts",
    ] {
        assert_eq!(dates(text, extreme).len(), 1, "{text}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Date words, numbers and punctuation, shuffled into nonsense that
    /// looks like dates.
    fn pieces() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "i", "den", "d.", "på", "om", "for", "siden", "sidste", "næste", "uge", "år", "går",
            "marts", "Maj", "sept.", "mandag", "mandags", "tredje", "to", "ca.", "1.", "3",
            "15/02", "2019", "3/3-15", "2-1", "130.000", ".", ",", "»", "\n\n", "æ", "Ø", "kl.",
            "nr.",
        ]);
        prop::collection::vec(words, 0..24).prop_map(|w| w.join(" "))
    }

    proptest! {
        #[test]
        fn dates_are_ordered_disjoint_and_on_char_boundaries(text in pieces(), any in ".{0,40}") {
            for text in [text.as_str(), any.as_str()] {
                for reference in [Some(reference()), None, Some(Date::constant(9999, 12, 31))] {
                    let found = dates(text, reference);
                    let mut last_end = 0;
                    for (_, d) in &found {
                        prop_assert!(d.start < d.end && d.start >= last_end);
                        prop_assert!(text.get(d.start..d.end).is_some());
                        last_end = d.end;
                    }
                }
            }
        }
    }
}
