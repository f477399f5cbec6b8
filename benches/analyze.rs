//! Throughput of `kilde` over Danish news made up for this crate by a
//! seeded writer (`common/corpus.rs`), none of it repeated: segmentation
//! alone, the whole `analyze` over many articles one at a time and over
//! one long document, and the cost of a 10 MB document against a 1 MB one.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{articles, document};

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
