#!/usr/bin/env bash
# Times builds of `examples/profile` in turn, round after round, so that a
# host whose speed moves minutes apart slows them all alike, and prints the
# fastest, first-quartile and median milliseconds of each.
#
#   benches/alternate.sh MODE ROUNDS ANALYSES PROFILE...
#
# MODE is a mode of `profile` (doc, articles, repeated), ANALYSES how many
# analyses each run times, PROFILE the paths of the builds, e.g. a copy of
# target/release/examples/profile made before a change and one after.
set -euo pipefail
mode=${1:?mode}; rounds=${2:?rounds}; analyses=${3:?analyses}; shift 3
declare -A times
for _ in $(seq "$rounds"); do
  for build in "$@"; do
    ms=$("$build" "$mode" "$analyses" 1 | sed -E 's/.*: ([0-9.]+) ms.*/\1/')
    times[$build]="${times[$build]:-} $ms"
  done
done
for build in "$@"; do echo "$build ${times[$build]}"; done | python3 -c '
import statistics, sys
for line in sys.stdin:
    build, *values = line.split()
    v = sorted(float(x) for x in values)
    q1 = statistics.quantiles(v, n=4, method="inclusive")[0] if len(v) > 1 else v[0]
    print(f"{build}: fastest {v[0]:.2f}  first quartile {q1:.2f}  median {statistics.median(v):.2f} ms")
'
