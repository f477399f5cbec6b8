//! Throughput of `analyze` and of segmentation alone, over about 1 MB of
//! Danish news text built from the samples in `examples/`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The sample texts in `examples/`, repeated until the corpus holds at
/// least `min_bytes`.
fn corpus(min_bytes: usize) -> String {
    let samples = [include_str!("../examples/sample.txt")];
    let mut text = String::with_capacity(min_bytes + 8192);
    while text.len() < min_bytes {
        for sample in samples {
            text.push_str(sample);
            text.push_str("\n\n");
        }
    }
    text
}

fn throughput(c: &mut Criterion) {
    let text = corpus(1 << 20);
    let analyzer = kilde::Analyzer::new();
    let mut group = c.benchmark_group("1MB");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("segment", |b| {
        b.iter(|| kilde::segment::segment(black_box(&text)))
    });
    group.bench_function("analyze", |b| b.iter(|| analyzer.analyze(black_box(&text))));
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
