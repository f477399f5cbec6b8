//! Throughput of `kilde` over Danish news text written for this crate
//! (`examples/texts/`): segmentation alone, the whole `analyze` over many
//! articles one at a time and over one long document, and the cost of a
//! 10 MB document against a 1 MB one.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The articles in `examples/texts/`.
const ARTICLES: &[&str] = &[
    include_str!("../examples/texts/havn.txt"),
    include_str!("../examples/texts/folketinget.txt"),
    include_str!("../examples/texts/retten.txt"),
    include_str!("../examples/texts/fodbold.txt"),
    include_str!("../examples/texts/kultur.txt"),
];

/// The articles, over and over, until there are at least `min_bytes`.
fn articles(min_bytes: usize) -> Vec<&'static str> {
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
fn document(min_bytes: usize) -> String {
    articles(min_bytes).join("\n\n")
}

fn throughput(c: &mut Criterion) {
    let analyzer = kilde::Analyzer::new();
    let many = articles(1 << 20);
    let text = document(1 << 20);
    let mut group = c.benchmark_group("1MB");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("segment", |b| {
        b.iter(|| kilde::segment::segment(black_box(&text)))
    });
    group.bench_function("analyze_document", |b| {
        b.iter(|| analyzer.analyze(black_box(&text)))
    });
    let bytes: usize = many.iter().map(|a| a.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("analyze_articles", |b| {
        b.iter(|| {
            many.iter()
                .map(|a| analyzer.analyze(black_box(a)).sentences.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Cost against length: one document of 1 MB and one of 10 MB. Linear
/// cost gives the same throughput for both.
fn scaling(c: &mut Criterion) {
    let analyzer = kilde::Analyzer::new();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for megabytes in [1, 10] {
        let text = document(megabytes << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("analyze_{megabytes}MB"), |b| {
            b.iter(|| analyzer.analyze(black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, throughput, scaling);
criterion_main!(benches);
