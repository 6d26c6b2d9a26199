#!/usr/bin/env bash
# Fuzzes one reader with AFL++ through SharpFuzz.
#   tests/Spotlight.Fuzz/fuzz.sh text|html|pdf [SECONDS]     (default: until stopped)
# Needs afl-fuzz (Debian: apt-get install afl++) and the sharpfuzz tool (dotnet tool restore).
# Findings go to artifacts/fuzz/READER/; replay one with
#   artifacts/fuzz/bin/spotlight-fuzz READER artifacts/fuzz/READER/default/crashes/id:...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
reader=${1:?usage: fuzz.sh text|html|pdf [SECONDS]}
seconds=${2:-}
work="$root/artifacts/fuzz"
bin="$work/bin"

command -v afl-fuzz > /dev/null || { echo "fuzz.sh: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }

# One instrumented build serves every reader; it is rebuilt when missing.
if [ ! -f "$bin/.instrumented" ]; then
  (cd "$root" && dotnet tool restore > /dev/null)
  rm -rf "$bin"
  dotnet publish "$here/Spotlight.Fuzz.csproj" -c Release -o "$bin" > /dev/null
  # Our code, and the libraries that parse HTML and PDF: coverage inside them guides the fuzzer.
  for dll in Spotlight.Core.dll AngleSharp.dll UglyToad.PdfPig*.dll; do
    for file in "$bin"/$dll; do
      (cd "$root" && dotnet tool run sharpfuzz "$file")
    done
  done
  touch "$bin/.instrumented"
fi

# Start from the project's own reports in this format, and the small ones kept here.
seeds="$work/$reader-seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
cp "$here/corpus/$reader"/* "$seeds"/
case "$reader" in
  text) cp "$root"/seeds/*.txt "$root"/samples/*.txt "$seeds"/ ; dict=(-x "$here/text.dict") ;;
  html) cp "$root"/samples/*.html "$seeds"/ ; dict=(-x "$here/text.dict") ;;
  pdf)  dict=() ;;
  *) echo "fuzz.sh: unknown reader '$reader' (text, html, pdf)" >&2; exit 2 ;;
esac

# Several fuzzers may share the machine: no core is pinned.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# The target is a .NET program instrumented by SharpFuzz, which afl-fuzz cannot see in the binary.
export AFL_SKIP_BIN_CHECK=1
limit=()
[ -n "$seconds" ] && limit=(-V "$seconds")
exec afl-fuzz -i "$seeds" -o "$work/$reader" -t 5000 -m none "${dict[@]}" "${limit[@]}" -- "$bin/spotlight-fuzz" "$reader"
