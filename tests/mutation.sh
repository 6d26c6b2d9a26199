#!/usr/bin/env bash
# Mutation testing of one folder of src/Spotlight.Core with Stryker.NET (pinned in dotnet-tools.json).
#   bash tests/mutation.sh Extraction          # or Parsing, Validation, Writing, Reading …
#   bash tests/mutation.sh Extraction --again  # only the lines where the last run's mutants lived
# A run over all of Spotlight.Core takes hours on two cores, so one folder at a time. Only the fast,
# in-process tests run against each mutant (tests/stryker-config.json: the CLI tests that start
# processes, the pathological, fuzzing and slow property suites are filtered out). The run fails below
# a score of 80. The report goes under artifacts/mutation/FOLDER (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

folder=${1:-Extraction}
again=${2:-}
if [ ! -d "src/Spotlight.Core/$folder" ]; then
  echo "mutation.sh: no folder src/Spotlight.Core/$folder" >&2
  exit 2
fi

out="artifacts/mutation/$folder"
mutate=("--mutate" "**/Spotlight.Core/$folder/**/*.cs")
previous=""
if [ "$again" = "--again" ]; then
  # A run over a whole folder takes an hour or more here; after tests are added, only the lines where
  # mutants survived can change. The last report names them; its killed mutants stay killed, since tests
  # were only added. The sources must be those the last report measured, or its lines mean nothing.
  previous="$(mktemp -d)/previous-report.json"
  cp "$out/reports/mutation-report.json" "$previous" 2>/dev/null || { echo "mutation.sh: no earlier report in $out to run again" >&2; exit 2; }
  python3 tests/mutation-lines.py spans "$previous" "$PWD" > "$previous.spans" || exit 2
  mapfile -t mutate < "$previous.spans"
  if [ "${#mutate[@]}" -eq 0 ]; then
    echo "mutation.sh: no mutant survived the last run of $folder" >&2
    exit 0
  fi
elif [ -n "$again" ]; then
  echo "mutation.sh: unknown option $again (use --again)" >&2
  exit 2
fi
rm -rf "$out"
mkdir -p "$out"

dotnet tool restore > /dev/null
start=$(date +%s)
status=0
# Stryker runs from the test project's folder (from the root it would take the solution and refuse a
# test project of its own).
root=$PWD
(cd tests/Spotlight.Tests && dotnet stryker --config-file ../stryker-config.json \
  "${mutate[@]}" \
  --output "$root/$out" --skip-version-check) 2>&1 | tee "$out/stryker.log" || status=$?
elapsed=$(( $(date +%s) - start ))

report="$out/reports/mutation-report.html"
json="$out/reports/mutation-report.json"
if [ -f "$json" ] && [ -n "$previous" ]; then
  # The lines run again replace theirs in the last report; the score is that of the whole folder.
  python3 tests/mutation-lines.py merge "$previous" "$json" > "$json.merged" && mv "$json.merged" "$json"
  cp "$previous" "$out/reports/previous-report.json"
fi
if [ -f "$json" ]; then
  # Count the mutants by status from the JSON report: the score is killed+timeout over all but the
  # ignored and the ones that did not compile.
  set +e
  python3 - "$json" "$folder" "$elapsed" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1]))
counts = collections.Counter(m["status"] for f in report["files"].values() for m in f["mutants"])
detected = counts["Killed"] + counts["Timeout"]
valid = detected + counts["Survived"] + counts["NoCoverage"]
score = 100 * detected / valid if valid else 0
print(f"{sys.argv[2]}: score {score:.2f}% — killed {counts['Killed']}, survived {counts['Survived']}, "
      f"timeout {counts['Timeout']}, no coverage {counts['NoCoverage']}, "
      f"ignored {counts['Ignored']}, compile errors {counts['CompileError']}; {int(sys.argv[3]) // 60} min {int(sys.argv[3]) % 60} s")
sys.exit(0 if score >= 80 else 3)
PY
  scored=$?
  set -e
  echo "HTML report: $report"
  # Run again over some lines, Stryker's own verdict is on those lines alone; the merged score decides.
  [ -n "$previous" ] && status=$scored
else
  echo "mutation.sh: no report was written (see $out/stryker.log)" >&2
fi
exit "$status"
