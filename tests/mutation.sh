#!/usr/bin/env bash
# Mutation testing of one folder of src/Spotlight.Core with Stryker.NET (pinned in dotnet-tools.json).
#   bash tests/mutation.sh Extraction     # or Parsing, Validation, Writing, Reading …
# A run over all of Spotlight.Core takes hours on two cores, so one folder at a time. Only the fast,
# in-process tests run against each mutant (tests/stryker-config.json: the CLI tests that start
# processes, the pathological, fuzzing and slow property suites are filtered out). The run fails below
# a score of 80. The report goes under artifacts/mutation/FOLDER (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

folder=${1:-Extraction}
if [ ! -d "src/Spotlight.Core/$folder" ]; then
  echo "mutation.sh: no folder src/Spotlight.Core/$folder" >&2
  exit 2
fi

out="artifacts/mutation/$folder"
rm -rf "$out"
mkdir -p "$out"

dotnet tool restore > /dev/null
start=$(date +%s)
status=0
# Stryker runs from the test project's folder (from the root it would take the solution and refuse a
# test project of its own).
root=$PWD
(cd tests/Spotlight.Tests && dotnet stryker --config-file ../stryker-config.json \
  --mutate "**/Spotlight.Core/$folder/**/*.cs" \
  --output "$root/$out" --skip-version-check) 2>&1 | tee "$out/stryker.log" || status=$?
elapsed=$(( $(date +%s) - start ))

report="$out/reports/mutation-report.html"
json="$out/reports/mutation-report.json"
if [ -f "$json" ]; then
  # Count the mutants by status from the JSON report: the score is killed+timeout over all but the
  # ignored and the ones that did not compile.
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
PY
  echo "HTML report: $report"
else
  echo "mutation.sh: no report was written (see $out/stryker.log)" >&2
fi
exit "$status"
