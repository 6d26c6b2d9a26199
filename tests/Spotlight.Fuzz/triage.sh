#!/usr/bin/env bash
# Replays what afl-fuzz saved as crashes and hangs for one target and groups them by exception and place.
#   tests/Spotlight.Fuzz/triage.sh text|html|pdf|yaml|list|pdf-struct
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=${1:?usage: triage.sh text|html|pdf|yaml|list|pdf-struct}
found="$root/artifacts/fuzz/$target/default"
replay="$root/artifacts/fuzz/replay/spotlight-fuzz.dll"
dotnet build "$root/tests/Spotlight.Fuzz" -c Debug -o "$root/artifacts/fuzz/replay" > /dev/null || exit 2
shopt -s nullglob
files=("$found"/crashes/id* "$found"/hangs/id*)
[ ${#files[@]} -eq 0 ] && { echo "no crashes or hangs for $target"; exit 0; }
# The heap limit the fuzzer ran under, so that a runaway allocation shows here as it did there.
export DOTNET_GCHeapHardLimit=0x40000000

# All in one process; a file that kills it (a stack overflow) or hangs would hide the rest, so then each
# file runs in a process of its own.
each() {
  for file in "${files[@]}"; do
    out=$(timeout 120 dotnet "$replay" "$target" "$file" 2> /dev/null)
    case $? in
      0) ;;
      1) echo "$out" ;;
      124) echo "$file: timeout (over 120 s)" ;;
      *) echo "$file: process died: $(timeout 120 dotnet "$replay" "$target" "$file" 2>&1 | grep -v '^   at ' | head -1)" ;;
    esac
  done
}
out=$(timeout 600 dotnet "$replay" "$target" "${files[@]}" 2> /dev/null)
case $? in
  0|1) ;;
  *) out=$(each) ;;
esac

# afl-fuzz's file names hold colons but no spaces: the name ends at the first ": ". Numbers and quoted
# values are left out of what groups the findings.
echo "$out" | grep -v ': ok$' | grep . | sed 's/^.*\(crashes\|hangs\)\/\(id:[0-9]*\)[^ ]*: /\2 /' \
  | awk '{ key = $0; sub(/^id:[0-9]+ /, "", key); gsub(/\047[^\047]*\047/, "\047…\047", key); gsub(/[0-9]+/, "N", key); if (!(key in first)) first[key] = $1; count[key]++ }
         END { for (k in count) printf "%5d  %s  (first: %s)\n", count[k], k, first[k] }' | sort -rn
