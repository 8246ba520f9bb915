#!/usr/bin/env bash
# claimcheck against the Python extractors a user would otherwise choose,
# on the same articles, in the same run.
#
#   bench/peers.sh CORPUS_DIR [PER_TOPIC]
#
# Takes the first PER_TOPIC files (default 10) of each sub-directory of
# CORPUS_DIR (all files when it has none) as a fixed subset, since the
# peers are slow. Installs the peers into a throwaway virtualenv under
# target/peers/ (PyPI): recognizers-text-suite (which imports only with
# emoji<2), dateparser (search_dates) and quantulum3. Times each peer's
# extraction only (imports and model construction excluded), claimcheck
# `extract -j 1` as a whole process (start-up included, best of 20: a run
# takes milliseconds, so the minimum filters out the machine's noise), and
# prints the speed ratio claimcheck / peer.
set -euo pipefail

corpus=${1:?usage: bench/peers.sh CORPUS_DIR [PER_TOPIC]}
per_topic=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/target/peers
venv=$work/venv
bin=$root/target/release/claimcheck
mkdir -p "$work"

(cd "$root" && cargo build --release --quiet)
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c \
    'import recognizers_suite, dateparser, quantulum3' 2> /dev/null; then
  echo "installing peers into $venv ..." >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    recognizers-text-suite 'emoji<2' dateparser quantulum3 >&2
fi

subset=$work/subset
rm -rf "$subset"; mkdir -p "$subset"
dirs=$(find "$corpus" -mindepth 1 -maxdepth 1 -type d | sort)
[ -n "$dirs" ] || dirs=$corpus
for d in $dirs; do
  find "$d" -maxdepth 1 -type f -name '*.txt' | sort | sed -n "1,${per_topic}p" | while read -r f; do
    cp "$f" "$subset/$(basename "$d")-$(basename "$f")"
  done
done
files=("$subset"/*.txt)
bytes=$(cat "${files[@]}" | wc -c)
echo "subset: ${#files[@]} articles, $bytes bytes (first $per_topic of each topic of $corpus)"

best=""
for _ in $(seq 20); do
  start=$(date +%s%N)
  "$bin" extract --no-config -j 1 -f json "$subset" > /dev/null
  end=$(date +%s%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", (b - a) / 1e9}')
  if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$t; fi
done
mentions=$("$bin" extract --no-config -j 1 -f json "$subset" | grep -c '"verdict"' || true)
printf '%-12s %9.3f s  %9.3f MB/s  %6s claims\n' claimcheck "$best" \
  "$(awk -v b="$bytes" -v t="$best" 'BEGIN {print b / 1e6 / t}')" "$mentions"

for peer in recognizers dateparser quantulum3; do
  read -r _ seconds _ found < <("$venv/bin/python" "$root/bench/peers.py" "$peer" "${files[@]}")
  awk -v p="$peer" -v s="$seconds" -v b="$bytes" -v f="$found" -v c="$best" 'BEGIN {
    printf "%-12s %9.3f s  %9.3f MB/s  %6s mentions  claimcheck is %.0fx faster\n",
      p, s, b / 1e6 / s, f, s / c }'
done
