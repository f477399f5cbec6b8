//! Party mentions: codes in parentheses, names and their genitives, codes
//! standing alone, and prefixed forms ("S-formand", "V-ordføreren").

use super::context::{Case, Context, Tok};
use super::gazetteer::{GAZETTEER, longest_match};
use crate::lexicon::Tags;
use crate::model::Span;

/// How a party is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PartyMentionKind {
    /// A code in parentheses after a name: "(S)".
    ParenCode,
    /// A code of two or more letters standing as a name: "SF vil ...".
    BareCode,
    /// The party's name or its genitive: "Venstre", "Dansk Folkepartis".
    Name,
    /// A code joined to a political noun: "S-formand", "V-ordføreren".
    Prefixed,
}

/// One mention of a party.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PartyMention {
    /// Index into the gazetteer's parties.
    pub(crate) party: usize,
    /// Where the text names it.
    pub(crate) span: Span,
    /// How.
    pub(crate) kind: PartyMentionKind,
    /// First token of the mention.
    pub(crate) first: usize,
    /// Last token of the mention.
    pub(crate) last: usize,
}

/// Codes that name a party on their own, outside parentheses; the
/// one-letter codes and those that are also ordinary abbreviations ("EL",
/// "LA", "NB", "M") do so only in parentheses or prefixed.
const BARE_CODES: &[&str] = &["SF", "DF", "CD", "FP", "KrF", "RV", "VS", "DKP", "KD"];

/// Nouns after "Venstre" that make it a direction, not the party
/// ("Venstre side").
const DIRECTION_NOUNS: &[&str] = &[
    "side", "siden", "hånd", "hånden", "fløj", "fløjen", "ben", "arm", "øje", "kant", "hjørne",
    "bane", "vinge", "back", "sving", "bredde", "del", "del.", "halvdel", "spor", "vej",
];

/// What a code prefix must be followed by to name a party: the start of a
/// political noun ("S-formand", "V-ordføreren", "DF-politikeren").
const PREFIXED_NOUNS: &[&str] = &[
    "formand",
    "næstformand",
    "landsformand",
    "ordfører",
    "politiker",
    "folketingsmedlem",
    "medlem",
    "borgmester",
    "minister",
    "kandidat",
    "top",
    "ledelse",
    "ledere",
    "gruppe",
    "regering",
    "spids",
    "bagland",
    "vælger",
    "kongres",
    "landsmøde",
    "profil",
    "veteran",
    "rådmand",
    "byråd",
    "parti",
    "mand",
    "kvinde",
    "folk",
    "ungdom",
    "høvding",
];

/// Every party mention in the text, in text order; marks the tokens of
/// names in `claimed`. The stage itself finds them in its first walk
/// over the starts, beside the names with a legal form (`super::find`).
#[cfg(test)]
pub(crate) fn find(context: &Context, claimed: &mut [bool]) -> Vec<PartyMention> {
    let mut parties = PartyWalk::new();
    for i in context.starts() {
        if let Some(tok) = context.get(i) {
            parties.at(context, i, tok, claimed);
        }
    }
    parties.mentions
}

/// The party mentions found so far by a walk over the starts, in text
/// order, and where the walk may look for the next.
pub(crate) struct PartyWalk {
    /// The mentions found.
    pub(crate) mentions: Vec<PartyMention>,
    /// The buffer of the names' keys.
    key: String,
    /// The first token past the last mention found: no mention starts
    /// inside another.
    next: usize,
}

impl PartyWalk {
    /// A walk that has found nothing yet.
    pub(crate) fn new() -> PartyWalk {
        PartyWalk {
            // Room for the party mentions of a short text at once.
            mentions: Vec::with_capacity(8),
            key: String::with_capacity(super::gazetteer::KEY_CAPACITY),
            next: 0,
        }
    }

    /// Adds the mention that starts at `tok`, start `i`, if any, and
    /// marks the tokens of a name in `claimed`. Called at every start in
    /// order; reads no claims, so the rules that share its walk may claim
    /// what they find at once.
    #[inline(always)]
    pub(crate) fn at(&mut self, context: &Context, i: usize, tok: Tok, claimed: &mut [bool]) {
        // Most capitalised words can start no mention: no parenthesis, no
        // party's first word, no code and hyphen at the start. They are
        // turned down here, before the rules are asked one by one.
        if i < self.next
            || !(tok.is("(") || tok.tags.contains(Tags::PARTY_START) || may_be_prefixed(tok.text))
        {
            return;
        }
        if let Some(mention) = mention_at(context, i, &tok, &mut self.key) {
            if mention.kind != PartyMentionKind::ParenCode {
                claim(claimed, &mention);
            }
            // A code in parentheses is three tokens, the code the middle one.
            self.next = match mention.kind {
                PartyMentionKind::ParenCode => i + 3,
                _ => mention.last + 1,
            };
            self.mentions.push(mention);
        }
    }
}

/// The party mention that starts at token `i`, if any.
#[inline(never)]
fn mention_at(context: &Context, i: usize, tok: &Tok, key: &mut String) -> Option<PartyMention> {
    if tok.is("(") {
        if let Some(mention) = code_in_parentheses(context, i) {
            return Some(mention);
        }
    }
    // Names and bare codes start with a word the lexicon tags as a
    // party's first word; most capitalised words are none.
    let named = if tok.tags.contains(Tags::PARTY_START) {
        name_at(context, i, key).or_else(|| bare_code_at(context, i))
    } else {
        None
    };
    named.or_else(|| prefixed_at(i, tok))
}

/// Marks the tokens of `mention` as taken.
fn claim(claimed: &mut [bool], mention: &PartyMention) {
    for slot in claimed
        .iter_mut()
        .take(mention.last + 1)
        .skip(mention.first)
    {
        *slot = true;
    }
}

/// "(S)": a party code between parentheses at token `i`.
fn code_in_parentheses(context: &Context, i: usize) -> Option<PartyMention> {
    if !context.get(i)?.is("(") || !context.is_at(i + 2, i, ")") {
        return None;
    }
    let code = context.get(i + 1)?;
    let &party = GAZETTEER.party_codes.get(code.text)?;
    Some(PartyMention {
        party,
        span: code.span(),
        kind: PartyMentionKind::ParenCode,
        first: i + 1,
        last: i + 1,
    })
}

/// A party's name at token `i`, a word tagged as a party's first word
/// ("Venstre", "Radikale Venstres"), unless it is a direction ("Venstre
/// side").
fn name_at(context: &Context, i: usize, key: &mut String) -> Option<PartyMention> {
    let tok = context.get(i)?;
    if tok.case() != Case::Capitalised {
        return None;
    }
    let (n, party) = longest_match(context, i, key, &GAZETTEER.party_names)?;
    let last = i + n - 1;
    if n == 1 && tok.is("Venstre") {
        let next = context.get(i + 1);
        if next.is_some_and(|t| !t.sentence_break() && DIRECTION_NOUNS.contains(&t.text)) {
            return None;
        }
    }
    Some(PartyMention {
        party,
        span: Span::new(tok.span().start, context.get(last)?.span().end),
        kind: PartyMentionKind::Name,
        first: i,
        last,
    })
}

/// A code of two or more letters standing alone at token `i`, a word
/// tagged as a party's first word ("SF", "DF's").
fn bare_code_at(context: &Context, i: usize) -> Option<PartyMention> {
    let tok = context.get(i)?;
    if !tok.word() || !tok.is_capital() {
        return None;
    }
    let code = tok
        .text
        .strip_suffix("'s")
        .or_else(|| tok.text.strip_suffix("’s"))
        .or_else(|| tok.text.strip_suffix('s').filter(|c| c.len() >= 2))
        .unwrap_or(tok.text);
    if !BARE_CODES.contains(&code) {
        return None;
    }
    let &party = GAZETTEER.party_codes.get(code)?;
    Some(PartyMention {
        party,
        span: tok.span(),
        kind: PartyMentionKind::BareCode,
        first: i,
        last: i,
    })
}

/// "S-formand", "V-ordføreren": a code, a hyphen and a political noun in
/// one token.
fn prefixed_at(i: usize, tok: &Tok) -> Option<PartyMention> {
    let party = prefixed_party(tok.text)?;
    if !tok.is_capital() {
        return None;
    }
    Some(PartyMention {
        party,
        span: tok.span(),
        kind: PartyMentionKind::Prefixed,
        first: i,
        last: i,
    })
}

/// The party of a prefixed word ("S-formanden" → S), if it is one.
/// Inlined where it is asked of every capitalised word, which nearly
/// all fail its first test: called, it cost more than that test.
#[inline(always)]
pub(crate) fn prefixed_party(word: &str) -> Option<usize> {
    // Most capitalised words are ruled out before a search along the
    // whole word.
    if !may_be_prefixed(word) {
        return None;
    }
    party_of_prefixed(word)
}

/// Whether `word` has a hyphen where a code before it would end: a code
/// has at most three letters (`gazetteer::is_code`), so its hyphen stands
/// within the first four bytes of a word in ASCII letters and the first
/// thirteen of any other.
#[inline(always)]
fn may_be_prefixed(word: &str) -> bool {
    let bytes = word.as_bytes();
    let hyphen_at = |i: usize| bytes.get(i) == Some(&b'-');
    match bytes {
        [a, b, c, ..] if (a | b | c).is_ascii() => hyphen_at(1) || hyphen_at(2) || hyphen_at(3),
        _ => (1..13).any(hyphen_at),
    }
}

/// [`prefixed_party`] for a word with a hyphen near its start.
#[inline(never)]
fn party_of_prefixed(word: &str) -> Option<usize> {
    let (code, noun) = word.split_once('-')?;
    if !noun.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let &party = GAZETTEER.party_codes.get(code)?;
    PREFIXED_NOUNS
        .iter()
        .any(|stem| noun.starts_with(stem))
        .then_some(party)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn mentions(text: &str) -> Vec<(String, &'static str, PartyMentionKind)> {
        let segmentation = crate::segment::segment(text);
        let document = Document::new(text, &segmentation);
        let context = Context::new(&document);
        let mut claimed = vec![false; context.len()];
        find(&context, &mut claimed)
            .into_iter()
            .map(|m| {
                let code = GAZETTEER.parties[m.party].code;
                (m.span.text(text).to_string(), code, m.kind)
            })
            .collect()
    }

    #[test]
    fn code_in_parentheses_is_a_mention() {
        let found = mentions("Mette Hansen (S) og Ole Berg (Ø) var enige.");
        assert_eq!(found[0], ("S".into(), "S", PartyMentionKind::ParenCode));
        assert_eq!(found[1], ("Ø".into(), "EL", PartyMentionKind::ParenCode));
    }

    #[test]
    fn names_and_genitives() {
        let found = mentions("Han stemte på Venstre, men Dansk Folkepartis formand var sur.");
        assert_eq!(found[0], ("Venstre".into(), "V", PartyMentionKind::Name));
        assert_eq!(
            found[1],
            ("Dansk Folkepartis".into(), "DF", PartyMentionKind::Name)
        );
    }

    #[test]
    fn venstre_as_a_direction_is_no_party() {
        assert!(mentions("Venstre side af vejen var spærret.").is_empty());
        assert!(mentions("Drej til venstre ved kirken.").is_empty());
    }

    #[test]
    fn prefixed_forms() {
        let found = mentions("S-formanden og V-ordføreren mødtes, men A-kassen betalte.");
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1],
            ("V-ordføreren".into(), "V", PartyMentionKind::Prefixed)
        );
    }

    #[test]
    fn prefixed_code_with_a_small_letter() {
        let found = mentions("Det mener KrF-formanden.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "KrF-formanden");
        assert_eq!(found[0].2, PartyMentionKind::Prefixed);
    }

    #[test]
    fn bare_codes_of_two_letters() {
        let found = mentions("SF vil have mere, og SF's formand siger ja. I dag kom han.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1, "SF");
    }
}
