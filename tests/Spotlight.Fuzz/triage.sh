#!/usr/bin/env bash
# Replays what afl-fuzz saved as crashes and hangs for one target and groups them by exception and place.
#   tests/Spotlight.Fuzz/triage.sh text|html|pdf|yaml|list|pdf-struct
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=${1:?usage: triage.sh text|html|pdf|yaml|list|pdf-struct}
found="$root/artifacts/fuzz/$target/default"
dotnet build "$root/tests/Spotlight.Fuzz" -c Debug -o "$root/artifacts/fuzz/replay" > /dev/null || exit 2
shopt -s nullglob
files=("$found"/crashes/id* "$found"/hangs/id*)
[ ${#files[@]} -eq 0 ] && { echo "no crashes or hangs for $target"; exit 0; }
# The heap limit the fuzzer ran under, so that a runaway allocation shows here as it did there. A file that
# kills the process (a stack overflow) would end the replay of the rest: each runs in a process of its own.
export DOTNET_GCHeapHardLimit=0x40000000
for file in "${files[@]}"; do
  out=$(timeout 120 dotnet "$root/artifacts/fuzz/replay/spotlight-fuzz.dll" "$target" "$file" 2>&1)
  case $? in
    0) ;;
    124) echo "$file: timeout (over 120 s)" ;;
    1) echo "$out" | grep -v ': ok$' | head -1 ;;
    *) echo "$file: process died: $(echo "$out" | grep -v '^   at ' | head -1)" ;;
  esac
# afl-fuzz's file names hold colons but no spaces: the name ends at the first ": ".
done | sed 's/^.*\(crashes\|hangs\)\/\(id:[0-9]*\)[^ ]*: /\2 /' \
  | awk '{ key = $0; sub(/^id:[0-9]+ /, "", key); gsub(/[0-9]+/, "N", key); if (!(key in first)) first[key] = $1; count[key]++ }
         END { for (k in count) printf "%5d  %s  (first: %s)\n", count[k], k, first[k] }' | sort -rn
