#!/usr/bin/env bash
# Rewrites samples/expected/*.json from the current parser. Run it on purpose, after a change
# to the parser that should change the output, and read `git diff samples/expected` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Spotlight.Cli -c Release -v quiet -nologo >/dev/null
mkdir -p samples/expected
for sample in samples/*.txt; do
  name=$(basename "$sample" .txt)
  dotnet src/Spotlight.Cli/bin/Release/net10.0/spotlight.dll parse "$sample" -o "samples/expected/$name.json"
  echo "samples/expected/$name.json"
done
