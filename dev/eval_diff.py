#!/usr/bin/env python3
"""Development tool: every annotated claim the binary gets wrong, with what
it reported (verdict, record, reason), using the scorer's own matching.

    python3 dev/eval_diff.py [SET_DIR] [BINARY]

Needs ../shared/tools/score_verdicts.py (not shipped to users).
"""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
set_dir = Path(sys.argv[1] if len(sys.argv) > 1 else root.parent / "shared/eval/dev")
binary = sys.argv[2] if len(sys.argv) > 2 else str(root / "target/release/claimcheck")
spec = importlib.util.spec_from_file_location("sv", root.parent / "shared/tools/score_verdicts.py")
sv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sv)

expected = [json.loads(l) for l in open(set_dir / "expected.jsonl")]
manifest = {json.loads(l)["file"].split("/")[-1]: json.loads(l) for l in open(set_dir / "manifest.jsonl")}
by_article = {}
for e in expected:
    by_article.setdefault(e["article"], []).append(e)
wrong = 0
for name, exps in sorted(by_article.items()):
    cmd = [binary, "check", str(set_dir / "articles" / name), "-r", str(set_dir / "reference.jsonl"),
           "--published", manifest[name]["published"], "-f", "json", "--fail-on", "never"]
    report = json.loads(subprocess.run(cmd, capture_output=True, check=True).stdout)
    claims = report["articles"][0]["claims"]
    reps = sv.claims_of(report, name)
    assign = sv.match_article(exps, reps)
    for i, e in enumerate(exps):
        j = assign.get(i)
        if j is None:
            print(f"{name} {e['text']!r}: MISSED (want {e['verdict']} {e['reference_id']})")
            wrong += 1
            continue
        c, r = claims[j], reps[j]
        if r["verdict"] != e["verdict"] or (e["verdict"] != "unverifiable" and r["reference_id"] != e["reference_id"]):
            wrong += 1
            reason = (c.get("reason") or {}).get("message", "") if isinstance(c.get("reason"), dict) else c.get("reason", "")
            print(f"{name} {e['text']!r} -> {c['text']!r} want {e['verdict']} {e['reference_id']} "
                  f"got {r['verdict']} {r['reference_id']} value={json.dumps(c.get('value'))} {reason}")
print(f"{wrong} wrong of {len(expected)}")
