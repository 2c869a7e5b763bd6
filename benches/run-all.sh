#!/usr/bin/env bash
# Every benchmark in one go (about six minutes on two cores): the criterion benches, their
# medians as a table, then the race against fzf and the memory figures.
#
#   benches/run-all.sh            everything
#   benches/run-all.sh medians    only print the medians of the last `cargo bench`
#
# Criterion prints the mean with its confidence interval; the table below takes the median
# (and its interval) from target/criterion/*/new/estimates.json.
set -euo pipefail
cd "$(dirname "$0")/.."

medians() {
  python3 - <<'EOF'
import glob, json, os
def fmt(ns):
    return f"{ns / 1e6:.2f} ms" if ns >= 1e6 else f"{ns / 1e3:.1f} µs" if ns >= 1e3 else f"{ns:.0f} ns"
print(f"{'benchmark':<40}{'median':>12}   interval")
for path in sorted(glob.glob("target/criterion/**/new/estimates.json", recursive=True)):
    name = json.load(open(os.path.join(os.path.dirname(path), "benchmark.json")))["full_id"]
    median = json.load(open(path))["median"]
    ci = median["confidence_interval"]
    print(f"{name:<40}{fmt(median['point_estimate']):>12}   "
          f"[{fmt(ci['lower_bound'])} – {fmt(ci['upper_bound'])}]")
EOF
}

if [ "${1:-}" = medians ]; then
  medians
  exit
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date: $(date)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
log=$(mktemp)
cargo bench 2>&1 | tee "$log" | grep -E '^(fresh process|  [0-9 ]|  phrases|key_to_frame/100k/searching, |append, 2000)' || true
echo
medians
echo "load after the criterion benches: $(cut -d' ' -f1-3 /proc/loadavg) (full log: $log)"
echo
benches/compare-fzf.sh
