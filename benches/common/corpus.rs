//! The bench's text: the articles in `examples/texts/`, written for this
//! crate, repeated to any length. Shared by `benches/analyze.rs` and
//! `examples/profile.rs`, so that both measure the same bytes.

/// The articles in `examples/texts/`.
const ARTICLES: &[&str] = &[
    include_str!("../../examples/texts/havn.txt"),
    include_str!("../../examples/texts/folketinget.txt"),
    include_str!("../../examples/texts/retten.txt"),
    include_str!("../../examples/texts/fodbold.txt"),
    include_str!("../../examples/texts/kultur.txt"),
];

/// The articles, over and over, until there are at least `min_bytes`.
pub fn articles(min_bytes: usize) -> Vec<&'static str> {
    let mut total = 0;
    ARTICLES
        .iter()
        .cycle()
        .take_while(|article| {
            let more = total < min_bytes;
            total += article.len();
            more
        })
        .copied()
        .collect()
}

/// The articles joined into one document of at least `min_bytes`.
pub fn document(min_bytes: usize) -> String {
    articles(min_bytes).join("\n\n")
}
