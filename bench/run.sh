#!/usr/bin/env bash
# Times the claimcheck binary end to end.
#
#   bench/run.sh CORPUS_DIR [REFERENCE.jsonl] [RUNS]
#
# CORPUS_DIR: a directory of .txt/.md articles (e.g. the BBC News corpus,
# 1,986 articles, 4.6 MB). REFERENCE: a reference set for `check`; when
# absent, a deterministic 1,000,000-record set is generated with
# bench/gen_reference.py into target/bench/ref-1m.jsonl (kept for later
# runs). RUNS: repetitions per measurement (default 3); the best run is
# reported, because a shared machine only ever adds time.
#
# Prints, for `extract` and `check`, on 1 thread and on all cores: wall
# seconds, MB/s of article text and peak resident memory (GNU time -v);
# and the reference set's load time (`check` on a one-line article with
# no claim: an empty article is refused). CPU seconds (user + system) are
# printed beside wall seconds: on a shared machine they are the steadier
# figure.
#
# Environment: BIN=path measures that binary instead of building
# target/release/claimcheck (e.g. a copy of main's build, for a before /
# after table); CHECK=0 skips the two `check` runs over the whole corpus,
# which take minutes with a million records.
set -euo pipefail

corpus=${1:?usage: bench/run.sh CORPUS_DIR [REFERENCE.jsonl] [RUNS]}
root=$(cd "$(dirname "$0")/.." && pwd)
reference=${2:-$root/target/bench/ref-1m.jsonl}
runs=${3:-3}
bin=${BIN:-$root/target/release/claimcheck}
work=$root/target/bench
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh needs GNU time: apt-get install time" >&2
  exit 2
fi
[ -n "${BIN:-}" ] || (cd "$root" && cargo build --release --quiet)
if [ ! -f "$reference" ]; then
  echo "generating 1,000,000 reference records into $reference ..." >&2
  python3 "$root/bench/gen_reference.py" 1000000 "$reference"
fi

bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' \) -print0 \
  | xargs -0 cat | wc -c)
files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' \) | wc -l)
cores=$(nproc)
echo 'Nothing to check here.' > "$work/empty.txt"

# best_of LABEL CMD...: runs CMD $runs times (stdout discarded), keeps the
# shortest wall time, its CPU time and peak RSS; sets $best_s, $best_cpu
# and $best_kb.
best_of() {
  local label=$1; shift
  best_s=""; best_kb=""; best_cpu=""
  for _ in $(seq "$runs"); do
    local start end rc=0 wall kb cpu
    start=$(date +%s%N)
    /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || rc=$?
    end=$(date +%s%N)
    # check exits 1 when a claim is contradicted: still a complete run.
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
      echo "$label failed ($rc):" >&2; cat "$work/stderr.txt" >&2; exit 2
    fi
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.3f", s}' "$work/time.txt")
    if [ -z "$best_s" ] || awk -v a="$wall" -v b="$best_s" 'BEGIN {exit !(a < b)}'; then
      best_s=$wall; best_kb=$kb; best_cpu=$cpu
    fi
  done
}

report() {
  local label=$1 seconds=$2 kb=$3 cpu=$4 minus=${5:-0} minus_cpu=${6:-0}
  awk -v l="$label" -v s="$seconds" -v kb="$kb" -v b="$bytes" -v m="$minus" -v c="$cpu" -v mc="$minus_cpu" 'BEGIN {
    t = s - m; if (t <= 0) t = 0.001
    u = c - mc; if (u <= 0) u = 0.001
    printf "%-34s %8.3f s wall %9.1f MB/s  %8.3f s CPU %9.1f MB/s  %8.1f MiB peak\n", l, t, b / 1e6 / t, u, b / 1e6 / u, kb / 1024 }'
}

echo "claimcheck ${BIN:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')}, $(date -u +%FT%TZ)"
echo "machine: $cores cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $files articles, $bytes bytes ($corpus)"
echo "reference: $(wc -l < "$reference") records, $(wc -c < "$reference") bytes ($reference)"
echo "best of $runs runs each"
echo

for threads in 1 "$cores"; do
  best_of extract "$bin" extract --no-config -j "$threads" -f json "$corpus"
  report "extract -j $threads" "$best_s" "$best_kb" "$best_cpu"
done

best_of load "$bin" check --no-config -j 1 -f json --fail-on never -r "$reference" "$work/empty.txt"
load_s=$best_s; load_cpu=$best_cpu
report "reference load -j 1 (1 short article)" "$load_s" "$best_kb" "$load_cpu" | sed 's/ *[0-9.]* MB\/s/          -     /g'
# The load parses, indexes and lints in parallel: on all cores too.
best_of load "$bin" check --no-config -j "$cores" -f json --fail-on never -r "$reference" "$work/empty.txt"
report "reference load -j $cores" "$best_s" "$best_kb" "$best_cpu" | sed 's/ *[0-9.]* MB\/s/          -     /g'

[ "${CHECK:-1}" = 0 ] && exit 0
for threads in 1 "$cores"; do
  best_of check "$bin" check --no-config -j "$threads" -f json --fail-on never -r "$reference" "$corpus"
  report "check -j $threads (incl. load)" "$best_s" "$best_kb" "$best_cpu"
  report "check -j $threads (minus load)" "$best_s" "$best_kb" "$best_cpu" "$load_s" "$load_cpu"
done
