#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz, libFuzzer) of what reads untrusted input: the share code
# (target `decode`), an uploaded answers file (target `answers_file`) and the municipality's
# profile, gemeente.json (target `profile`). Each target runs a fixed
# number of inputs from a seed corpus made of the fixture links; any crash fails.
# Usage: scripts/fuzz.sh [runs per target]   (make fuzz: FUZZ_RUNS; make bench: 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
runs="${1:-100000}"
targets=(decode answers_file profile)

say() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }

if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 1 minute)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --force
fi

node scripts/fuzz-seeds.mjs .

# cargo fuzz needs nightly features (-Zsanitizer, coverage instrumentation); RUSTC_BOOTSTRAP
# allows them on the pinned stable toolchain (rust-toolchain.toml). The fuzz crate is its own
# workspace with its own target/ and Cargo.lock under fuzz/.
export RUSTC_BOOTSTRAP=1
mkdir -p target/fuzz
for t in "${targets[@]}"; do
  say "$t: $runs runs (log in target/fuzz/$t.log)"
  status=0
  # -max_len above the share code's 2000-character limit, so the "too long" path is reached too.
  cargo fuzz run "$t" -- -runs="$runs" -max_len=4096 -print_final_stats=1 \
    >"target/fuzz/$t.log" 2>&1 || status=$?
  grep -E '^(INFO: seed corpus|#[0-9]+[[:space:]]+(INITED|DONE)|Done [0-9]+ runs|stat::number_of_executed_units)' \
    "target/fuzz/$t.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "target/fuzz/$t.log"
    say "$t: FAILED (exit $status); the input that failed is in fuzz/artifacts/$t/"
    exit 1
  fi
done
say "${#targets[@]} targets, $runs runs each, 0 crashes"
