#!/usr/bin/env bash
# Fuzzes `kilde::analyze` with cargo-fuzz (libFuzzer) for SECONDS (default
# 600), starting from the seed corpus of Danish news snippets in seeds/.
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP lets the one stable
# toolchain on our machines provide them.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p corpus/analyze
cp -n seeds/* corpus/analyze/ 2>/dev/null || true
RUSTC_BOOTSTRAP=1 cargo fuzz run analyze corpus/analyze -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096
