#!/usr/bin/env bash
# Replays what afl-fuzz saved as crashes and hangs for one reader and groups them by exception and place.
#   tests/Spotlight.Fuzz/triage.sh text|html|pdf
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
reader=${1:?usage: triage.sh text|html|pdf}
found="$root/artifacts/fuzz/$reader/default"
dotnet build "$root/tests/Spotlight.Fuzz" -c Debug -o "$root/artifacts/fuzz/replay" > /dev/null || exit 2
shopt -s nullglob
files=("$found"/crashes/id* "$found"/hangs/id*)
[ ${#files[@]} -eq 0 ] && { echo "no crashes or hangs for $reader"; exit 0; }
timeout 600 dotnet "$root/artifacts/fuzz/replay/spotlight-fuzz.dll" "$reader" "${files[@]}" \
  | grep -v ': ok$' | sed 's/^.*\(crashes\|hangs\)\/\(id:[0-9]*\)[^:]*\(:[^:]*\)*: /\2 /' \
  | awk '{ key = $0; sub(/^id:[0-9]+ /, "", key); gsub(/[0-9]+/, "N", key); if (!(key in first)) first[key] = $1; count[key]++ }
         END { for (k in count) printf "%5d  %s  (first: %s)\n", count[k], k, first[k] }' | sort -rn
