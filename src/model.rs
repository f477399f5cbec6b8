//! The typed output of one analysed text.
//!
//! Every position is a byte offset into the text that was analysed, so a
//! caller can slice its own `&str` with any span this crate returns.

use crate::token_list::Tokens;
use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the analysed text.
///
/// Both ends always lie on UTF-8 character boundaries of that text.
///
/// ```
/// use kilde::Span;
/// let text = "Trine Bramsen (S) skriver.";
/// let span = Span::new(0, 13);
/// assert_eq!(span.text(text), "Trine Bramsen");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span from its two byte offsets.
    ///
    /// ```
    /// let span = kilde::Span::new(3, 7);
    /// assert_eq!(span.len(), 4);
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The slice of `text` this span covers, or `""` when the span does not
    /// fit `text` (a span from another text, say) rather than a panic.
    ///
    /// ```
    /// let span = kilde::Span::new(0, 5);
    /// assert_eq!(span.text("Hvis Huawei"), "Hvis ");
    /// assert_eq!(span.text("kort"), "");
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(kilde::Span::new(2, 2).len(), 0);
    /// ```
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(kilde::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use kilde::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use kilde::Span;
    /// assert!(Span::new(0, 10).overlaps(Span::new(9, 12)));
    /// assert!(!Span::new(0, 10).overlaps(Span::new(10, 12)));
    /// ```
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A paragraph: text between blank lines.
///
/// ```
/// let analysis = kilde::analyze("Første afsnit.\n\nAndet afsnit.");
/// assert_eq!(analysis.paragraphs.len(), 2);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Byte offset of the paragraph's first non-space character.
    pub start: usize,
    /// Byte offset one past its last non-space character.
    pub end: usize,
}

/// A sentence, or a line that stands as one (a headline, a byline).
///
/// ```
/// let text = "Han kom. Hun gik.";
/// let analysis = kilde::analyze(text);
/// assert_eq!(analysis.sentences[1].span().text(text), "Hun gik.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the sentence's first character.
    pub start: usize,
    /// Byte offset one past its last character (closing marks included).
    pub end: usize,
    /// Index into [`Analysis::paragraphs`] of the paragraph it lies in.
    pub paragraph: usize,
}

/// What a token is.
///
/// ```
/// use kilde::TokenKind;
/// let analysis = kilde::analyze("Ring kl. 14.30!");
/// let kinds: Vec<TokenKind> = analysis.tokens.iter().map(|t| t.kind).collect();
/// assert_eq!(kinds[0], TokenKind::Word);
/// assert_eq!(*kinds.last().unwrap(), TokenKind::Punctuation);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum TokenKind {
    /// Letters, possibly with hyphens, digits and an apostrophe inside
    /// ("5G-netværk", "TDC's"), or an abbreviation with its full stops.
    Word = 0,
    /// Digits with inner separators ("1,5", "2.200", "14.30", "3/12-2019")
    /// or an ordinal with its full stop ("1.").
    Number = 1,
    /// Punctuation and quote marks, one character a token (an ellipsis
    /// "..." is one token).
    Punctuation = 2,
    /// A web address or a domain (`https://dr.dk/nyheder`, `Computerworld.dk`).
    Url = 3,
    /// An e-mail address.
    Email = 4,
    /// Anything else that is not white space: symbols, emoji.
    Symbol = 5,
}

/// A token with its span and kind.
///
/// ```
/// let text = "TDC's 5G-netværk";
/// let analysis = kilde::analyze(text);
/// let words: Vec<&str> = analysis.tokens.iter().map(|t| t.span().text(text)).collect();
/// assert_eq!(words, ["TDC's", "5G-netværk"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte offset of the token's first character.
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

/// A person's usual gender, as far as the text or the first name tells.
///
/// ```
/// assert_eq!(serde_json::to_string(&kilde::Gender::Female).unwrap(), "\"female\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Female.
    Female,
    /// Male.
    Male,
}

/// One person named in the text, with every mention of them.
///
/// ```
/// let text = "Forsvarsminister Trine Bramsen (S) siger nej. Bramsen er klar.";
/// let analysis = kilde::analyze(text);
/// let person = &analysis.people[0];
/// assert_eq!(person.name, "Trine Bramsen");
/// assert_eq!(person.party.as_deref(), Some("S"));
/// assert_eq!(person.mentions.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The fullest form of the name in the text ("Claus Hjort Frederiksen").
    pub name: String,
    /// Every mention, in text order: full name, surname or first name
    /// alone, genitives, all-caps forms.
    pub mentions: Vec<Span>,
    /// The party's code ("S", "V", "DF") when the text ties the person to
    /// one.
    pub party: Option<String>,
    /// Titles and functions the text gives the person, lower-cased as
    /// written ("forsvarsminister", "tidligere forsvarsminister").
    pub roles: Vec<String>,
    /// Index into [`Analysis::organizations`] where the text ties the
    /// person to one.
    pub organization: Option<usize>,
    /// Gender from the first name or a pronoun that clearly refers back.
    pub gender: Option<Gender>,
}

/// A political party named in the text.
///
/// ```
/// let analysis = kilde::analyze("Nick Hækkerup (S) og Venstres formand var enige.");
/// let codes: Vec<&str> = analysis.parties.iter().map(|p| p.code.as_str()).collect();
/// assert!(codes.contains(&"S"));
/// assert!(codes.contains(&"V"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// The party's usual letters ("S", "V", "DF", "EL", "RV").
    pub code: String,
    /// The party's name ("Socialdemokratiet").
    pub name: String,
    /// Every mention: codes in parentheses, names, genitives, prefixed
    /// forms ("S-formand").
    pub mentions: Vec<Span>,
}

/// What sort of organization.
///
/// ```
/// assert_eq!(serde_json::to_string(&kilde::OrganizationKind::Media).unwrap(), "\"media\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrganizationKind {
    /// A business.
    Company,
    /// A newspaper, broadcaster or other news medium.
    Media,
    /// A public authority: ministry, agency, municipality, court, police.
    Public,
    /// Any other organization: union, association, NGO, university, club.
    Organization,
}

/// A company, medium, authority or other organization named in the text.
///
/// ```
/// let text = "Netip A/S har ansat en ny chef. netIP's kontor ligger i Thisted.";
/// let analysis = kilde::analyze(text);
/// let org = &analysis.organizations[0];
/// assert_eq!(org.legal_form.as_deref(), Some("A/S"));
/// assert_eq!(org.mentions.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    /// The fullest form of the name in the text ("Norriq Danmark A/S").
    pub name: String,
    /// What sort of organization it is.
    pub kind: OrganizationKind,
    /// The legal form where the text gives one ("A/S", "ApS", "GmbH").
    pub legal_form: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

/// The grain of a date: how precise its value is.
///
/// ```
/// assert_eq!(serde_json::to_string(&kilde::Grain::Month).unwrap(), "\"month\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    /// One calendar day: "2025-09-01".
    Day,
    /// One week, given by its Monday: "2013-02-11".
    Week,
    /// One month: "2025-09".
    Month,
    /// One year: "2025".
    Year,
}

/// A date expression and its calendar value.
///
/// ```
/// let text = "Hun tiltræder pr. 1. september 2025.";
/// let analysis = kilde::analyze(text);
/// let date = &analysis.dates[0];
/// assert_eq!(date.value.as_deref(), Some("2025-09-01"));
/// assert_eq!(date.grain, kilde::Grain::Day);
/// assert!(!date.relative);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Byte offset of the expression's first character.
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
    /// ISO text at the expression's grain ("2025-09-01", "2025-09",
    /// "2025"; a week by its Monday), or `None` where a relative
    /// expression has no reference date to resolve against.
    pub value: Option<String>,
    /// How precise the value is.
    pub grain: Grain,
    /// Whether the expression is relative to the reference date ("i går").
    pub relative: bool,
}

/// How a quote is given.
///
/// ```
/// assert_eq!(serde_json::to_string(&kilde::QuoteKind::Reported).unwrap(), "\"reported\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Within quote marks or on a dialogue line opened by a dash.
    Direct,
    /// The speaker's words without marks, with the cue after them ("Det
    /// er godt, siger hun.").
    Reported,
    /// Speech rendered in a clause ("hun siger, at ...", "ifølge X").
    Indirect,
}

/// Who said a quote: where the text names them, and who that is.
///
/// ```
/// let speaker = kilde::Speaker { start: 0, end: 3, person: None, organization: None };
/// assert_eq!(speaker.span().text("Hun siger nej."), "Hun");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Byte offset where the text names the speaker.
    pub start: usize,
    /// Byte offset one past that naming.
    pub end: usize,
    /// Index into [`Analysis::people`] of the person it refers to.
    pub person: Option<usize>,
    /// Index into [`Analysis::organizations`] where the speaker is an
    /// organization.
    pub organization: Option<usize>,
}

/// A statement and who made it.
///
/// ```
/// let text = "»Vi er klar,« siger Trine Bramsen.";
/// let analysis = kilde::analyze(text);
/// let quote = &analysis.quotes[0];
/// assert_eq!(quote.span().text(text), "Vi er klar,");
/// assert_eq!(quote.kind, kilde::QuoteKind::Direct);
/// let speaker = quote.speaker.unwrap();
/// assert_eq!(speaker.span().text(text), "Trine Bramsen");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Byte offset of the quoted content, without its marks.
    pub start: usize,
    /// Byte offset one past the quoted content.
    pub end: usize,
    /// How the quote is given.
    pub kind: QuoteKind,
    /// The speech verb or phrase ("siger", "lød det"), where there is one.
    pub cue: Option<Span>,
    /// Who said it, where the text tells.
    pub speaker: Option<Speaker>,
    /// To whom or through what it was said ("til Politiken", "i en mail
    /// til Politiken").
    pub addressee: Option<Span>,
}

/// Everything `kilde` found in one text.
///
/// ```
/// let analysis = kilde::analyze("");
/// assert!(analysis.sentences.is_empty());
/// assert!(analysis.quotes.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// Paragraphs, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in text order, never overlapping.
    pub sentences: Vec<Sentence>,
    /// Tokens, in text order; each lies inside one sentence.
    pub tokens: Tokens,
    /// People, in order of first mention.
    pub people: Vec<Person>,
    /// Organizations, in order of first mention.
    pub organizations: Vec<Organization>,
    /// Political parties, in order of first mention.
    pub parties: Vec<Party>,
    /// Date expressions, in text order.
    pub dates: Vec<DateMention>,
    /// Quotes, in text order.
    pub quotes: Vec<Quote>,
}

macro_rules! impl_span {
    ($($ty:ty),*) => {$(
        impl $ty {
            /// The byte range this item covers.
            pub const fn span(&self) -> Span {
                Span { start: self.start, end: self.end }
            }
        }
    )*};
}

impl_span!(Paragraph, Sentence, Token, DateMention, Speaker, Quote);
