//! The bench's text: Danish news articles made up for this crate by a
//! seeded writer, the same on every machine and run. Shared by
//! `benches/analyze.rs`, `examples/profile.rs` and `tests/memory.rs`, so
//! that all measure the same bytes.
//!
//! No stretch of the text comes back. The bench once analysed the five
//! articles of `examples/texts/` repeated to 1 MB, and on that text the
//! processor learned the text itself: its branch predictors and caches
//! ran the same 8 KB over and over. The same sentences in a shuffled order
//! took 1.8 times as long on this project's machine, and real news (the
//! DaN+ training text) took about 2.5 times as long per instruction. The
//! writer draws every name, party, organization, place, date, number and
//! many of the words from the crate's own word lists, so that what the
//! processor sees changes from sentence to sentence as in real news.
//!
//! The old text is kept as [`repeated_document`], so that the difference
//! can be measured (`examples/profile repeated`).

/// The articles in `examples/texts/`, written for this crate.
const EXAMPLE_ARTICLES: &[&str] = &[
    include_str!("../../examples/texts/havn.txt"),
    include_str!("../../examples/texts/folketinget.txt"),
    include_str!("../../examples/texts/retten.txt"),
    include_str!("../../examples/texts/fodbold.txt"),
    include_str!("../../examples/texts/kultur.txt"),
];

/// The seed of the writer: fixed, so that every run measures the same text.
const SEED: u64 = 0x6b69_6c64_6521;

/// Made-up news articles, none like another, until there are at least
/// `min_bytes`.
pub fn articles(min_bytes: usize) -> Vec<String> {
    let lists = Lists::load();
    let mut writer = Writer::new(&lists, SEED);
    let mut total = 0;
    let mut articles = Vec::new();
    while total < min_bytes {
        let article = writer.article();
        total += article.len();
        articles.push(article);
    }
    articles
}

/// The articles of [`articles`] joined into one document of at least
/// `min_bytes`.
pub fn document(min_bytes: usize) -> String {
    articles(min_bytes).join("\n\n")
}

/// The bench's old text: the five example articles repeated until there
/// are at least `min_bytes`, joined as one document.
#[allow(dead_code)]
pub fn repeated_document(min_bytes: usize) -> String {
    let mut total = 0;
    let articles: Vec<&str> = EXAMPLE_ARTICLES
        .iter()
        .cycle()
        .take_while(|article| {
            let more = total < min_bytes;
            total += article.len() + 2;
            more
        })
        .copied()
        .collect();
    articles.join("\n\n")
}

/// SplitMix64: a few lines that give the writer the same numbers on every
/// machine; no generator crate is needed for that.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + (self.next() % (high - low + 1) as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// Any item of `items`, each as likely.
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    /// An item of `items`, which are listed commonest first: the first
    /// come far more often, as common names do in the news.
    fn pick_common<T: Copy>(&mut self, items: &[T]) -> T {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        items[((u * u * u) * items.len() as f64) as usize % items.len()]
    }
}

/// The crate's word lists the writer draws on.
struct Lists {
    male: Vec<&'static str>,
    female: Vec<&'static str>,
    surnames: Vec<&'static str>,
    /// Full name and code of each party, by its first full name.
    parties: Vec<(&'static str, &'static str)>,
    companies: Vec<&'static str>,
    organizations: Vec<&'static str>,
    public: Vec<&'static str>,
    media: Vec<&'static str>,
    places: Vec<&'static str>,
    roles: Vec<&'static str>,
    /// Ordinary Danish words, in small letters.
    words: Vec<&'static str>,
}

/// The entries of a word list: its lines but comments and blank ones.
fn entries(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

/// The entries of a list of names, without those that need their own
/// punctuation or case ("3F", "A/S").
fn plain_names(data: &'static str) -> Vec<&'static str> {
    entries(data)
        .into_iter()
        .filter(|name| {
            name.chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        })
        .collect()
}

/// A word list of the crate, by its file's name in `src/lexicon/data/`.
macro_rules! word_list {
    ($name:literal) => {
        include_str!(concat!("../../src/lexicon/data/", $name, ".txt"))
    };
}

impl Lists {
    fn load() -> Lists {
        let mut parties: Vec<(&str, &str)> = Vec::new();
        for line in entries(word_list!("parties")) {
            if let Some((name, code)) = line.split_once(" | ") {
                let known = parties.iter().any(|&(_, c)| c == code);
                if !known && name.len() > 3 {
                    parties.push((name, code));
                }
            }
        }
        // The first twelve are the parties of recent Folketings; the
        // older ones are left out.
        parties.truncate(12);
        Lists {
            male: plain_names(word_list!("first_names_male")),
            female: plain_names(word_list!("first_names_female")),
            surnames: plain_names(word_list!("surnames")),
            parties,
            companies: plain_names(word_list!("organizations_company")),
            organizations: plain_names(word_list!("organizations_organization")),
            public: plain_names(word_list!("organizations_public")),
            media: plain_names(word_list!("organizations_media")),
            places: plain_names(word_list!("places"))
                .into_iter()
                .filter(|place| !place.ends_with('s'))
                .collect(),
            roles: entries(word_list!("roles"))
                .into_iter()
                .filter(|role| role.chars().all(char::is_lowercase))
                .filter(|role| !["en", "et", "ne"].iter().any(|end| role.ends_with(end)))
                .collect(),
            words: entries(word_list!("common_words"))
                .into_iter()
                .filter(|word| word.len() > 1 && word.chars().all(char::is_alphabetic))
                .collect(),
        }
    }
}

/// A person an article is about, named in full the first time and by
/// surname after.
#[derive(Clone, Copy)]
struct Person {
    first: &'static str,
    surname: &'static str,
    female: bool,
    role: &'static str,
    /// The party's full name and code, for a politician.
    party: Option<(&'static str, &'static str)>,
    organization: &'static str,
    named: bool,
}

impl Person {
    fn full_name(&self) -> String {
        format!("{} {}", self.first, self.surname)
    }
}

/// How an article marks its quotes.
#[derive(Clone, Copy, PartialEq)]
enum QuoteStyle {
    /// »Danish guillemets«.
    Guillemets,
    /// "Straight quotes".
    Straight,
    /// A dialogue dash opening the paragraph.
    Dash,
}

const MONTHS: &[&str] = &[
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const WEEKDAYS: &[&str] = &[
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
];
const RELATIVE_DATES: &[&str] = &[
    "i går",
    "i dag",
    "i morgen",
    "i sidste uge",
    "i næste uge",
    "sidste år",
    "i år",
    "i weekenden",
    "i forgårs",
    "næste år",
    "sidste måned",
    "i næste måned",
];
const SAYS: &[&str] = &[
    "siger",
    "sagde",
    "fortæller",
    "fortalte",
    "forklarer",
    "forklarede",
    "understreger",
    "tilføjer",
    "mener",
    "lyder det fra",
    "skriver",
    "oplyser",
    "vurderer",
    "erkender",
];
const SAYS_THAT: &[&str] = &[
    "siger",
    "mener",
    "oplyser",
    "fortæller",
    "vurderer",
    "erkender",
    "skriver",
    "understreger",
    "sagde",
    "mente",
    "oplyste",
    "påpeger",
    "forventer",
    "frygter",
];
const SUBJECTS: &[&str] = &[
    "vi",
    "det",
    "de",
    "man",
    "jeg",
    "regeringen",
    "kommunen",
    "virksomheden",
    "borgerne",
    "partiet",
    "ministeriet",
    "forbundet",
    "politiet",
    "medarbejderne",
    "eleverne",
    "klubben",
    "byrådet",
    "landmændene",
    "patienterne",
    "forskerne",
    "flertallet",
    "ingen",
];
const VERBS: &[&str] = &[
    "har brug for",
    "skal finde",
    "vil se på",
    "kan ikke acceptere",
    "må betale for",
    "mangler",
    "ønsker",
    "kender",
    "bruger",
    "venter på",
    "arbejder med",
    "taler om",
    "har lavet",
    "har fået",
    "skal bruge",
    "vil fjerne",
    "har ansat",
    "lukker",
    "åbner",
    "sælger",
    "køber",
    "kritiserer",
    "støtter",
    "afviser",
    "forhandler om",
    "undersøger",
    "har solgt",
    "skal spare på",
    "investerer i",
    "har mistet",
    "vandt",
    "tabte",
    "fandt",
    "betalte for",
    "byggede",
    "planlægger",
    "indførte",
    "foreslår",
    "anbefaler",
    "frygter",
];
/// Adjectives in their three forms: with a common noun, with a neuter
/// noun, and definite or plural.
const ADJECTIVES: &[(&str, &str, &str)] = &[
    ("ny", "nyt", "nye"),
    ("stor", "stort", "store"),
    ("lille", "lille", "lille"),
    ("dyr", "dyrt", "dyre"),
    ("billig", "billigt", "billige"),
    ("vigtig", "vigtigt", "vigtige"),
    ("svær", "svært", "svære"),
    ("hård", "hårdt", "hårde"),
    ("lang", "langt", "lange"),
    ("kort", "kort", "korte"),
    ("gammel", "gammelt", "gamle"),
    ("ung", "ungt", "unge"),
    ("fælles", "fælles", "fælles"),
    ("offentlig", "offentligt", "offentlige"),
    ("privat", "privat", "private"),
    ("lokal", "lokalt", "lokale"),
    ("national", "nationalt", "nationale"),
    ("grøn", "grønt", "grønne"),
    ("sikker", "sikkert", "sikre"),
    ("alvorlig", "alvorligt", "alvorlige"),
    ("endelig", "endeligt", "endelige"),
    ("ekstra", "ekstra", "ekstra"),
    ("samlet", "samlet", "samlede"),
    ("mulig", "muligt", "mulige"),
    ("særlig", "særligt", "særlige"),
    ("tydelig", "tydeligt", "tydelige"),
    ("rimelig", "rimeligt", "rimelige"),
];
const NOUNS: &[&str] = &[
    "aftale",
    "plan",
    "sag",
    "skole",
    "løsning",
    "model",
    "pris",
    "regel",
    "lov",
    "skat",
    "afgift",
    "kontrakt",
    "ordning",
    "strategi",
    "undersøgelse",
    "rapport",
    "kampagne",
    "reform",
    "beslutning",
    "havn",
    "bro",
    "motorvej",
    "station",
    "fabrik",
    "butik",
    "klinik",
    "afdeling",
    "stilling",
    "løn",
    "pension",
    "bolig",
    "grund",
    "kommune",
    "forhandling",
    "indsats",
    "behandling",
    "prøve",
    "kamp",
    "sæson",
    "koncert",
    "udstilling",
    "forestilling",
    "dom",
    "straf",
    "anklage",
    "erstatning",
    "bøde",
];
const NEUTER_NOUNS: &[&str] = &[
    "forslag",
    "budget",
    "udspil",
    "projekt",
    "krav",
    "lovforslag",
    "tilbud",
    "system",
    "netværk",
    "anlæg",
    "hospital",
    "byggeri",
    "initiativ",
    "samarbejde",
    "selskab",
    "marked",
    "resultat",
    "overskud",
    "underskud",
    "beløb",
    "tab",
    "mål",
    "stadion",
    "museum",
    "teater",
    "album",
    "nederlag",
    "forlig",
    "valg",
    "møde",
    "retsmøde",
];
const PREPOSITIONS: &[&str] = &[
    "i", "om", "for", "med", "til", "fra", "efter", "under", "uden",
];
const CONNECTORS: &[&str] = &["og", "men", "mens", "fordi", "selv om", "så", "da", "når"];
const ADVERBS: &[&str] = &[
    "ikke",
    "også",
    "nu",
    "allerede",
    "stadig",
    "igen",
    "kun",
    "måske",
    "faktisk",
    "aldrig",
    "altid",
    "snart",
    "endnu",
    "desværre",
    "heldigvis",
    "først",
];
const LEGAL_FORMS: &[&str] = &["A/S", "ApS", "I/S", "P/S", "a.m.b.a."];
const MONEY_UNITS: &[&str] = &["mio. kr.", "mia. kr.", "kroner", "mio. euro", "procent"];

/// Writes made-up news articles from the word lists.
struct Writer<'l> {
    rng: Rng,
    lists: &'l Lists,
}

impl<'l> Writer<'l> {
    fn new(lists: &'l Lists, seed: u64) -> Writer<'l> {
        Writer {
            rng: Rng(seed),
            lists,
        }
    }

    /// One article: a headline, sometimes a byline, and seven to fourteen
    /// paragraphs about two to four people.
    fn article(&mut self) -> String {
        let mut cast: Vec<Person> = (0..self.rng.between(2, 4)).map(|_| self.person()).collect();
        let style = match self.rng.between(0, 9) {
            0..=5 => QuoteStyle::Guillemets,
            6..=7 => QuoteStyle::Straight,
            _ => QuoteStyle::Dash,
        };
        let mut paragraphs = vec![self.headline(&cast)];
        if self.rng.chance(40) {
            let reporter = self.someone();
            paragraphs.push(format!("Af {reporter}"));
        }
        for _ in 0..self.rng.between(7, 14) {
            let sentences = self.rng.between(1, 3);
            let paragraph: Vec<String> = (0..sentences)
                .map(|_| self.sentence(&mut cast, style))
                .collect();
            paragraphs.push(paragraph.join(" "));
        }
        paragraphs.join("\n\n")
    }

    /// The full name of someone outside the article's cast, named once.
    fn someone(&mut self) -> String {
        let female = self.rng.chance(50);
        let first = self.first_name(female);
        format!("{first} {}", self.rng.pick_common(&self.lists.surnames))
    }

    fn first_name(&mut self, female: bool) -> &'static str {
        if female {
            self.rng.pick_common(&self.lists.female)
        } else {
            self.rng.pick_common(&self.lists.male)
        }
    }

    fn person(&mut self) -> Person {
        let female = self.rng.chance(45);
        let politician = self.rng.chance(35);
        Person {
            first: self.first_name(female),
            surname: self.rng.pick_common(&self.lists.surnames),
            female,
            role: self.rng.pick(&self.lists.roles),
            party: politician.then(|| self.rng.pick(&self.lists.parties)),
            organization: self.organization(),
            named: false,
        }
    }

    fn organization(&mut self) -> &'static str {
        match self.rng.between(0, 9) {
            0..=3 => self.company(),
            4..=5 => self.rng.pick(&self.lists.organizations),
            6..=8 => self.rng.pick(&self.lists.public),
            _ => self.rng.pick(&self.lists.media),
        }
    }

    fn company(&mut self) -> &'static str {
        self.rng.pick(&self.lists.companies)
    }

    /// An organization, or now and then a company with its legal form.
    fn organization_mention(&mut self) -> String {
        if self.rng.chance(8) {
            format!("{} {}", self.company(), self.rng.pick(LEGAL_FORMS))
        } else {
            self.organization().to_string()
        }
    }

    fn headline(&mut self, cast: &[Person]) -> String {
        let who = cast[0].surname;
        let clause = self.clause();
        match self.rng.between(0, 3) {
            0 => format!("{who}: »{}«", capitalised(&clause)),
            1 => capitalised(&format!(
                "{} {} {}",
                self.noun_phrase(),
                self.rng.pick(VERBS),
                self.noun_phrase()
            )),
            2 => format!("{} vil {}", self.organization(), self.verb_phrase()),
            _ => capitalised(&clause),
        }
    }

    /// How the article names `person` now: in full with role, party or
    /// organization the first time, then mostly by surname.
    fn person_mention(&mut self, person: &mut Person) -> String {
        if !person.named {
            person.named = true;
            let full = person.full_name();
            return match (person.party, self.rng.between(0, 3)) {
                (Some((_, code)), 0 | 1) => format!("{full} ({code})"),
                (Some((name, _)), 2) => format!("{}s {} {full}", name, person.role),
                (None, 0) => format!("{full}, {} i {}", person.role, person.organization),
                _ => format!("{} {full}", person.role),
            };
        }
        match self.rng.between(0, 9) {
            0..=5 => person.surname.to_string(),
            6 => person.full_name(),
            7 => if person.female { "hun" } else { "han" }.to_string(),
            _ => format!("{}en", person.role.trim_end_matches('e')),
        }
    }

    fn sentence(&mut self, cast: &mut [Person], style: QuoteStyle) -> String {
        let at = self.rng.between(0, cast.len() - 1);
        match self.rng.between(0, 99) {
            0..=12 => self.quote_after(&mut cast[at], style),
            13..=18 => self.quote_before(&mut cast[at], style),
            19..=24 => {
                let who = self.person_mention(&mut cast[at]);
                let verb = self.rng.pick(SAYS_THAT);
                capitalised(&format!("{who} {verb}, at {}.", self.clause()))
            }
            25..=27 => format!(
                "Ifølge {} {}.",
                self.organization_mention(),
                self.inverted_clause()
            ),
            28..=35 => self.figures(),
            36..=40 => self.politics(),
            41..=46 => self.when_and_where(),
            47..=50 => self.ordinary_words(),
            51..=58 => {
                let opener = capitalised(&self.time());
                format!("{opener} {}.", self.inverted_clause())
            }
            59..=70 => {
                let organization = self.organization_mention();
                format!("{organization} {}.", self.clause_after_subject())
            }
            71..=78 => {
                let who = capitalised(&self.person_mention(&mut cast[at]));
                format!("{who} {}.", self.clause_after_subject())
            }
            _ => format!("{}.", capitalised(&self.clause())),
        }
    }

    /// A quote and then who said it.
    fn quote_after(&mut self, person: &mut Person, style: QuoteStyle) -> String {
        let quote = capitalised(&self.clause());
        let said = self.rng.pick(SAYS);
        let who = self.person_mention(person);
        let tail = if self.rng.chance(30) {
            format!(" til {}", self.rng.pick(&self.lists.media))
        } else {
            String::new()
        };
        match style {
            QuoteStyle::Guillemets => format!("»{quote}«, {said} {who}{tail}."),
            QuoteStyle::Straight => format!("\"{quote}\", {said} {who}{tail}."),
            QuoteStyle::Dash => format!("- {quote}, {said} {who}{tail}."),
        }
    }

    /// Who said it, a colon, and the quote.
    fn quote_before(&mut self, person: &mut Person, style: QuoteStyle) -> String {
        let who = capitalised(&self.person_mention(person));
        let said = self.rng.pick(&["siger", "sagde", "skriver", "forklarer"]);
        let first = capitalised(&self.clause());
        let quote = if self.rng.chance(50) {
            format!("{first}. {}", capitalised(&self.clause()))
        } else {
            first
        };
        match style {
            QuoteStyle::Straight => format!("{who} {said}: \"{quote}.\""),
            _ => format!("{who} {said}: »{quote}.«"),
        }
    }

    /// Money, shares and counts.
    fn figures(&mut self) -> String {
        let organization = self.organization_mention();
        let whole = self.rng.between(1, 950);
        let tenth = self.rng.between(0, 9);
        let unit = self.rng.pick(MONEY_UNITS);
        let year = self.rng.between(1995, 2030);
        match self.rng.between(0, 2) {
            0 => {
                let result = self.rng.pick(&["overskud", "underskud", "resultat"]);
                // An abbreviation's full stop ends the sentence too.
                let stop = if unit.ends_with('.') { "" } else { "." };
                format!("{organization} havde i {year} et {result} på {whole},{tenth} {unit}{stop}")
            }
            1 => format!(
                "Det viser tal fra {organization}, som {} {whole} {}.",
                self.rng.pick(SAYS_THAT),
                self.rng.pick(&[
                    "ansatte",
                    "borgere",
                    "sager",
                    "klager",
                    "tilskuere",
                    "elever"
                ])
            ),
            _ => format!(
                "Prisen steg med {whole},{tenth} procent fra {year} til {}, oplyser {organization}.",
                year + 1
            ),
        }
    }

    /// The parties, by name and by letter.
    fn politics(&mut self) -> String {
        let (first, code) = self.rng.pick(&self.lists.parties);
        let (second, _) = self.other_party(first);
        match self.rng.between(0, 2) {
            0 => format!(
                "{first} vil {}, mens {second} {}.",
                self.verb_phrase(),
                self.clause_after_subject()
            ),
            1 => {
                let (second, _) = self.other_party(first);
                let (third, _) = self.other_party(second);
                format!(
                    "Forslaget {} af {first}, {second} og {third}.",
                    self.rng
                        .pick(&["støttes", "kritiseres", "blev vedtaget", "afvises"])
                )
            }
            _ => format!(
                "{}-ordføreren {} ({code}) {} {}.",
                code,
                self.someone(),
                self.rng.pick(VERBS),
                self.noun_phrase()
            ),
        }
    }

    /// A party other than the one named `name`.
    fn other_party(&mut self, name: &str) -> (&'static str, &'static str) {
        loop {
            let party = self.rng.pick(&self.lists.parties);
            if party.0 != name {
                return party;
            }
        }
    }

    /// An event at a place and a date.
    fn when_and_where(&mut self) -> String {
        let place = self.rng.pick(&self.lists.places);
        let date = self.date();
        match self.rng.between(0, 2) {
            0 => format!(
                "{} finder sted {date} i {place}.",
                capitalised(&self.definite_noun())
            ),
            1 => format!("Sagen kommer for retten i {place} {date}."),
            _ => format!(
                "{} åbner {date}, og {}.",
                capitalised(&self.definite_noun()),
                self.clause()
            ),
        }
    }

    /// A sentence of ordinary words, in no order, for the words the
    /// sentences above do not use.
    fn ordinary_words(&mut self) -> String {
        let count = self.rng.between(5, 14);
        let words: Vec<&str> = (0..count)
            .map(|_| self.rng.pick(&self.lists.words))
            .collect();
        format!("{}.", capitalised(&words.join(" ")))
    }

    /// A date: absolute with or without a year or weekday, or relative.
    fn date(&mut self) -> String {
        let day = self.rng.between(1, 28);
        let month = self.rng.pick(MONTHS);
        match self.rng.between(0, 5) {
            0 => format!("den {day}. {month}"),
            1 => format!("den {day}. {month} {}", self.rng.between(1990, 2030)),
            2 => format!("{} den {day}. {month}", self.rng.pick(WEEKDAYS)),
            3 => format!("på {}", self.rng.pick(WEEKDAYS)),
            4 => format!("i {month}"),
            _ => self.rng.pick(RELATIVE_DATES).to_string(),
        }
    }

    /// A time to open a sentence with: a date, or a year.
    fn time(&mut self) -> String {
        if self.rng.chance(25) {
            format!("i {}", self.rng.between(1990, 2030))
        } else {
            self.date()
        }
    }

    fn definite_noun(&mut self) -> String {
        if self.rng.chance(60) {
            let noun = self.rng.pick(NOUNS);
            if noun.ends_with('e') {
                format!("{noun}n")
            } else {
                format!("{noun}en")
            }
        } else {
            format!("{}et", self.rng.pick(NEUTER_NOUNS))
        }
    }

    fn noun_phrase(&mut self) -> String {
        match self.rng.between(0, 5) {
            0 => self.definite_noun(),
            1 => format!(
                "en {} {}",
                self.rng.pick(ADJECTIVES).0,
                self.rng.pick(NOUNS)
            ),
            2 => format!(
                "et {} {}",
                self.rng.pick(ADJECTIVES).1,
                self.rng.pick(NEUTER_NOUNS)
            ),
            3 => format!(
                "den {} {}",
                self.rng.pick(ADJECTIVES).2,
                self.rng.pick(NOUNS)
            ),
            4 => self.rng.pick(&self.lists.words).to_string(),
            _ => format!(
                "{} {}",
                self.rng
                    .pick(&["flere", "mange", "nogle", "alle", "to", "tre"]),
                self.rng.pick(&self.lists.words)
            ),
        }
    }

    fn verb_phrase(&mut self) -> String {
        let verb = self.rng.pick(&[
            "se på",
            "finde",
            "fjerne",
            "betale for",
            "bruge",
            "støtte",
            "afvise",
            "undersøge",
            "ændre",
            "bygge",
        ]);
        format!("{verb} {}", self.noun_phrase())
    }

    /// The rest of a clause after its subject: a verb, an object and
    /// perhaps a place or time.
    fn clause_after_subject(&mut self) -> String {
        let mut clause = String::new();
        // An adverb stands after the verb's first word in a main clause
        // ("har stadig brug for", "arbejder ikke med").
        let verb = self.rng.pick(VERBS);
        match verb.split_once(' ') {
            Some((first, rest)) if self.rng.chance(25) => {
                clause.push_str(first);
                clause.push(' ');
                clause.push_str(self.rng.pick(ADVERBS));
                clause.push(' ');
                clause.push_str(rest);
            }
            _ => clause.push_str(verb),
        }
        clause.push(' ');
        clause.push_str(&self.noun_phrase());
        match self.rng.between(0, 9) {
            0 => {
                clause.push_str(" i ");
                clause.push_str(self.rng.pick(&self.lists.places));
            }
            1 => {
                clause.push(' ');
                clause.push_str(&self.time());
            }
            2..=3 => {
                clause.push(' ');
                clause.push_str(self.rng.pick(PREPOSITIONS));
                clause.push(' ');
                clause.push_str(&self.noun_phrase());
            }
            _ => {}
        }
        clause
    }

    /// A clause in plain order: subject, verb, object; now and then two.
    fn clause(&mut self) -> String {
        let subject = self.rng.pick(SUBJECTS);
        let mut clause = format!("{subject} {}", self.clause_after_subject());
        if self.rng.chance(35) {
            let connector = self.rng.pick(CONNECTORS);
            let subject = self.rng.pick(SUBJECTS);
            clause.push_str(&format!(
                ", {connector} {subject} {}",
                self.clause_after_subject()
            ));
        }
        clause
    }

    /// A clause with its verb before the subject, as after an opening
    /// adverbial ("I går lukkede ...": here "har kommunen lukket").
    fn inverted_clause(&mut self) -> String {
        let auxiliary = self.rng.pick(&["har", "skal", "vil", "kan", "må", "bør"]);
        let subject = self.rng.pick(SUBJECTS);
        let verb = self.rng.pick(&[
            "lukket", "åbnet", "solgt", "købt", "vundet", "tabt", "betalt", "bygget", "fundet",
            "brugt",
        ]);
        let verb = if auxiliary == "har" {
            verb
        } else {
            self.rng.pick(&[
                "lukke", "åbne", "sælge", "købe", "vinde", "betale", "bygge", "finde", "bruge",
            ])
        };
        format!("{auxiliary} {subject} {verb} {}", self.noun_phrase())
    }
}

/// `text` with its first letter a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
