#!/usr/bin/env bash
# `crisis phrases QUERY --phrasebook FILE --limit 20` against `fzf --filter QUERY` on the same
# sentences, whole process, cache warm; then crisis's resident memory. Reports, never asserts.
#
#   benches/compare-fzf.sh [ROUNDS]      (default 15 rounds at 100k, 4x as many at 1k)
#
# Each round runs every query of both tools, alternating which goes first, so that both see
# the same machine; the figures are medians over the rounds. Needs python3 (for the timer,
# posix_spawn + waitpid); peak resident memory comes from GNU time (`/usr/bin/time -f %M`, the
# figure `time -v` calls "Maximum resident set size"). Installs fzf and time from the
# distribution's packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-15}

need=()
command -v fzf >/dev/null || need+=(fzf)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v python3 >/dev/null || { echo "compare-fzf.sh needs python3" >&2; exit 1; }

cargo build --release --quiet --bin crisis --example gen
crisis=$PWD/target/release/crisis
gen=$PWD/target/release/examples/gen

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private home: no user config, no user phrasebook, no incident, a cache of its own.
export CRISIS_HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
mkdir -p "$CRISIS_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

for n in 1000 100000; do
  "$gen" phrasebook "$n" "$work/p$n.toml" --lines "$work/p$n.txt" 2>/dev/null
  # A file modified in the last two seconds is not cached yet (it may still be changing).
  touch -d '1 hour ago' "$work/p$n.toml"
  "$crisis" phrases warm --phrasebook "$work/p$n.toml" --limit 1 >/dev/null 2>&1 || true
done
echo "cache: $(ls "$CRISIS_HOME/cache" | wc -l) files, $(du -sh "$CRISIS_HOME/cache" | cut -f1)"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date: $(date)"
echo "crisis: $("$crisis" --version), fzf: $(fzf --version)"
echo

python3 - "$crisis" "$work" "$rounds" <<'EOF'
import os, statistics, subprocess, sys, time

crisis, work, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
# The queries of the search issue's targets.
QUERIES = ["s", "sorry", "sorry delay", "update client hour", "xqz"]
devnull = os.open(os.devnull, os.O_RDWR)

def run(argv, stdin_path=None):
    """Wall time (ms) of one process, from spawn to exit, its output thrown away."""
    fd = os.open(stdin_path, os.O_RDONLY) if stdin_path else devnull
    actions = [(os.POSIX_SPAWN_DUP2, fd, 0), (os.POSIX_SPAWN_DUP2, devnull, 1),
               (os.POSIX_SPAWN_DUP2, devnull, 2)]
    start = time.perf_counter_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    os.waitpid(pid, 0)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if stdin_path:
        os.close(fd)
    return elapsed

def crisis_cmd(n, q):
    return [crisis, "phrases", *q.split(), "--phrasebook", f"{work}/p{n}.toml", "--limit", "20"]

def fzf_cmd(q):
    return ["fzf", "--filter", q]

floor = statistics.median(run(["true"]) for _ in range(30))
print(f"process spawn floor (`true`): {floor:.2f} ms (included in every figure below)\n")

for n, reps in ((1000, rounds * 4), (100000, rounds)):
    times = {q: {"crisis": [], "fzf": []} for q in QUERIES}
    for r in range(reps):
        for q in QUERIES:
            order = [("crisis", crisis_cmd(n, q), None), ("fzf", fzf_cmd(q), f"{work}/p{n}.txt")]
            if r % 2:
                order.reverse()
            for tool, argv, stdin in order:
                times[q][tool].append(run(argv, stdin))
    print(f"{n} phrases, {reps} rounds, medians (ms):")
    print(f"  {'query':<22}{'crisis':>9}{'fzf':>9}{'ratio':>8}")
    ratios = []
    for q in QUERIES:
        c, f = statistics.median(times[q]["crisis"]), statistics.median(times[q]["fzf"])
        ratios.append(c / f)
        print(f"  {q!r:<22}{c:>9.2f}{f:>9.2f}{c / f:>8.2f}")
    print(f"  median ratio crisis/fzf at {n}: {statistics.median(ratios):.2f}"
          f" (best {min(ratios):.2f}, worst {max(ratios):.2f})\n")

print("peak resident memory of `crisis phrases sorry --limit 20` (GNU time %M, median of 5, MB):")
def rss(argv, before=None):
    values = []
    for _ in range(5):
        if before:
            before()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", *argv],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        values.append(int(done.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(values)
def drop_cache():
    """Removes the 100k file's cache (the only one over a megabyte), so the run parses it."""
    folder = f"{os.environ['CRISIS_HOME']}/cache"
    for name in os.listdir(folder):
        if os.path.getsize(f"{folder}/{name}") > 1 << 20:
            os.remove(f"{folder}/{name}")
base = [crisis, "phrases", "sorry", "--limit", "20"]
big = ["--phrasebook", f"{work}/p100000.toml"]
print(f"  built-in content only:       {rss(base):6.1f}")
print(f"  + 1k phrases, cache warm:    {rss(base + ['--phrasebook', f'{work}/p1000.toml']):6.1f}")
print(f"  + 100k phrases, cache warm:  {rss(base + big):6.1f}")
print(f"  + 100k phrases, cache cold:  {rss(base + big, drop_cache):6.1f}")
EOF
