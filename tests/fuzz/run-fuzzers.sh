#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz-preset build from its seed corpus:
#   tests/fuzz/run-fuzzers.sh [RUNS] [BUILD_DIR]
# RUNS inputs each (default 100000), or two minutes; new inputs go to a
# scratch folder, the committed corpus stays as it is. A crash, leak or
# sanitizer report stops it with the failing input saved in the current
# folder.
set -euo pipefail
runs=${1:-100000}
build=${2:-build/fuzz}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for corpus in "$here"/corpus/*/; do
    name=$(basename "$corpus")
    mkdir -p "$scratch/$name"
    # The first folder collects what the run finds; the seeds are read only.
    # The slowest target (a database per input) cannot stretch CI: the runs
    # reached are printed.
    "$build/tests/fuzz/fuzz_$name" -runs="$runs" -max_total_time=120 -max_len=65536 -timeout=10 \
        -print_final_stats=1 "$scratch/$name" "$corpus" 2>"$scratch/$name.log" || {
        tail -n 60 "$scratch/$name.log" >&2
        echo "fuzz_$name failed" >&2
        exit 1
    }
    echo "fuzz_$name: $(grep -o 'stat::number_of_executed_units: [0-9]*' "$scratch/$name.log" \
        | grep -o '[0-9]*$') runs, no crash"
done
