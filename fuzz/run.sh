#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600), one after the other, on the seed
# corpus, and prints what libFuzzer reports last (executions, coverage, crashes).
#   bash fuzz/run.sh [SECONDS] [TARGET…]
# Needs cargo-fuzz (`cargo install cargo-fuzz --version 0.13.1`). Runs on stable through
# RUSTC_BOOTSTRAP (sanitizer flags are nightly-only); FUZZ_TOOLCHAIN=+nightly to use nightly.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(journal phrasebook cache text promise)
toolchain=${FUZZ_TOOLCHAIN:-+stable}
for target in "${targets[@]}"; do
  log=fuzz/artifacts/$target.log
  mkdir -p fuzz/artifacts
  RUSTC_BOOTSTRAP=1 cargo "$toolchain" fuzz run -O "$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 >"$log" 2>&1 \
    && status=ok || status="FAILED ($?)"
  echo "$target: $status; $(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1)"
  grep -E 'Done [0-9]+ runs|crash-|SUMMARY' "$log" || true
done
