#!/usr/bin/env bash
# Writes the JSON output of one claimcheck binary on fixed inputs into a
# directory, so that two builds can be compared byte for byte:
#
#   bench/same_output.sh target/release/claimcheck OUT_DIR [CORPUS_DIR [EVAL_DIR]]
#   diff -r OUT_A OUT_B
#
# Inputs: claims/ against reference/, the eval dev articles (each with its
# manifest date) against their reference, and, given a corpus, the corpus
# checked against the dev reference and extracted.
set -euo pipefail
bin=$(realpath "$1"); out=$2; corpus=${3:-}; eval_dir=${4:-/work/shared/eval/dev}
mkdir -p "$out"
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$bin" check --no-config -f json --fail-on never -r reference claims > "$out/claims.json"
"$bin" extract --no-config -f json claims > "$out/claims-extract.json"
if [ -d "$eval_dir" ]; then
  python3 - "$eval_dir" > "$out/dev.list" <<'PY'
import json, sys
for line in open(sys.argv[1] + "/manifest.jsonl"):
    m = json.loads(line)
    print(m["file"], m.get("published") or "")
PY
  while read -r file date; do
    args=()
    [ -n "$date" ] && args=(--published "$date")
    "$bin" check --no-config -f json --fail-on never "${args[@]}" -r "$eval_dir/reference.jsonl" \
      "$eval_dir/$file" > "$out/dev-$(basename "$file").json"
  done < "$out/dev.list"
fi
if [ -n "$corpus" ]; then
  "$bin" check --no-config -f json --fail-on never -r "$eval_dir/reference.jsonl" "$corpus" > "$out/corpus-check.json"
  "$bin" extract --no-config -f json "$corpus" > "$out/corpus-extract.json"
fi
