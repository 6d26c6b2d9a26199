#!/usr/bin/env bash
# Fuzzes one target with AFL++ through SharpFuzz.
#   tests/Spotlight.Fuzz/fuzz.sh text|html|pdf|yaml|list|pdf-struct [SECONDS]     (default: until stopped)
# Needs afl-fuzz (Debian: apt-get install afl++) and the sharpfuzz tool (dotnet tool restore).
# Findings go to artifacts/fuzz/TARGET/; replay one with
#   artifacts/fuzz/bin/spotlight-fuzz TARGET artifacts/fuzz/TARGET/default/crashes/id:...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${1:?usage: fuzz.sh text|html|pdf|yaml|list|pdf-struct [SECONDS]}
seconds=${2:-}
work="$root/artifacts/fuzz"
bin="$work/bin"

command -v afl-fuzz > /dev/null || { echo "fuzz.sh: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }

# One instrumented build serves every target; it is rebuilt when missing or older than the code it runs.
# (Start a second fuzzer once the first has built, so that they do not build into one folder at once.)
marker="$bin/.instrumented"
if [ ! -f "$marker" ] || [ -n "$(find "$root/src" "$here" "$root/tests/Spotlight.Tests/Properties" -name '*.cs' -newer "$marker" -print -quit)" ]; then
  (cd "$root" && dotnet tool restore > /dev/null)
  rm -rf "$bin"
  built=$(dotnet publish "$here/Spotlight.Fuzz.csproj" -c Release -o "$bin") || { echo "$built" >&2; exit 2; }
  # Our code, and the libraries that parse what the targets feed: coverage inside them guides the fuzzer.
  for dll in Spotlight.Core.dll spotlight.dll AngleSharp.dll UglyToad.PdfPig*.dll YamlDotNet.dll Microsoft.Extensions.FileSystemGlobbing.dll; do
    for file in "$bin"/$dll; do
      (cd "$root" && dotnet tool run sharpfuzz "$file")
    done
  done
  touch "$marker"
fi

# Start from the project's own inputs of this kind, and the small ones kept here.
seeds="$work/$target-seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
cp "$here/corpus/$target"/* "$seeds"/
case "$target" in
  text) cp "$root"/seeds/*.txt "$root"/samples/*.txt "$seeds"/ ; dict=(-x "$here/text.dict") ;;
  html) cp "$root"/samples/*.html "$seeds"/ ; dict=(-x "$here/text.dict") ;;
  pdf)  dict=() ;;
  yaml) dict=(-x "$here/yaml.dict") ;;
  list) dict=(-x "$here/list.dict") ;;
  # A recipe is a string of small choices: there are no tokens to give.
  pdf-struct) dict=() ;;
  *) echo "fuzz.sh: unknown target '$target' (text, html, pdf, yaml, list, pdf-struct)" >&2; exit 2 ;;
esac

# Several fuzzers may share the machine: no core is pinned.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# The target is a .NET program instrumented by SharpFuzz, which afl-fuzz cannot see in the binary.
export AFL_SKIP_BIN_CHECK=1
# afl-fuzz's -m cannot bound a .NET process (it reserves far more address space than it uses); the GC's own
# limit can: an input that makes the heap grow past 1 GiB ends in an OutOfMemoryException, a crash.
export DOTNET_GCHeapHardLimit=0x40000000
# An earlier run's findings are kept beside, under the time it was moved.
[ -d "$work/$target" ] && mv "$work/$target" "$work/$target-$(date +%Y%m%d-%H%M%S)"
limit=()
[ -n "$seconds" ] && limit=(-V "$seconds")
exec afl-fuzz -i "$seeds" -o "$work/$target" -t 5000 -m none "${dict[@]}" "${limit[@]}" -- "$bin/spotlight-fuzz" "$target"
