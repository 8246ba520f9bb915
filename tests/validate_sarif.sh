#!/usr/bin/env bash
# Validates SARIF files with Microsoft's SARIF Multitool (the validator
# GitHub code scanning and the SARIF viewers follow).
#
#   tests/validate_sarif.sh [FILE...]   (default: tests/golden/*.sarif)
#
# Installs @microsoft/sarif-multitool from the npm registry into
# target/sarif-tool the first time (needs npm). Exits non-zero when a
# file has an error-level finding or the tool cannot run; warnings and
# notes are printed but do not fail.
set -euo pipefail

# The multitool is a .NET program; without libicu it refuses to start
# unless told to run with invariant globalisation (all it needs here).
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool_dir="$root/target/sarif-tool"
tool="$tool_dir/node_modules/.bin/sarif-multitool"

if [[ ! -x "$tool" ]]; then
    echo "installing @microsoft/sarif-multitool into $tool_dir" >&2
    mkdir -p "$tool_dir"
    (cd "$tool_dir" && npm install --no-audit --no-fund --silent @microsoft/sarif-multitool >&2)
fi
# npm may skip the package's postinstall `chmod u+x`; do it here.
chmod u+x "$tool_dir"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool 2>/dev/null || true

if [[ $# -eq 0 ]]; then
    set -- "$root"/tests/golden/*.sarif
fi

status=0
for file in "$@"; do
    log="$(mktemp)"
    out="$(mktemp --suffix=.sarif)"
    # --output writes the validator's own findings as SARIF; the console
    # summary goes to the log.
    # The multitool exits 0 even when it finds errors, so count the
    # error-level results in its own SARIF output (--output), and show
    # its console lines (errors, warnings, notes) for people.
    if ! "$tool" validate --log ForceOverwrite --output "$out" "$file" >"$log" 2>&1; then
        cat "$log" >&2
        echo "sarif-multitool failed on $file" >&2
        status=1
    else
        grep -E ': (error|warning|note) ' "$log" >&2 || true
        errors="$(node -e '
            const fs = require("fs");
            const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
            const results = log.runs.flatMap(run => run.results || []);
            console.log(results.filter(r => r.level === "error").length);
        ' "$out")"
        if [[ "$errors" != 0 ]]; then
            echo "$file: $errors error(s)" >&2
            status=1
        else
            echo "$file: valid SARIF (no errors)"
        fi
    fi
    rm -f "$log" "$out"
done
exit "$status"
