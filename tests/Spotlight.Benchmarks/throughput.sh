#!/usr/bin/env bash
# Throughput, memory and start-up figures of the spotlight CLI on a generated corpus.
#
#   tests/Spotlight.Benchmarks/throughput.sh            10,000 reports, seed 42
#   COUNT=2000 SEED=7 tests/Spotlight.Benchmarks/throughput.sh
#
# Builds the native (AOT) binary and the JIT build, generates the corpus into a temporary directory,
# warms the page cache, then times on the same files, three runs each, median:
#   cat      every file to /dev/null                                  (the floor: reading the bytes)
#   grep     find -print0 | xargs -0 cat | LC_ALL=C grep -c '►'       (a byte scan of the same stream)
#   spotlight parse DIR --format ndjson -q > /dev/null                 (native binary)
# and reports MB/s (10^6 bytes), peak memory (/usr/bin/time %M) on the whole corpus and on its first
# 1,000 files, and the whole-process time of one small file (the seed) for the native and JIT builds.
# Then the timeline of the corpus against the parse of it into one file, both native, in turn:
#   spotlight timeline DIR -r -q -o FILE.csv
#   spotlight parse DIR -r -f ndjson -q -o FILE.ndjson
# with the ratio of their medians, and the timeline's peak memory on 1,000 files and on all of them.
# Uses bash, coreutils, find, xargs, grep, /usr/bin/time and dotnet only.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD

COUNT=${COUNT:-10000}
SEED=${SEED:-42}
RUNS=3
NATIVE_STARTS=50
JIT_STARTS=20
SMALL_COUNT=1000
seed_report=$root/seeds/000_9f7aefc85182d098.txt
jit_dll=$root/src/Spotlight.Cli/bin/Release/net10.0/spotlight.dll

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
native=$tmp/native/spotlight
corpus=$tmp/corpus
small=$tmp/corpus-$SMALL_COUNT

# ---- helpers: integer arithmetic on microseconds, printed as fixed-point ----

now_us() { local t=${EPOCHREALTIME//[.,]/}; echo $((10#$t)); }

# fixed VALUE SCALE DIGITS: VALUE / SCALE with DIGITS decimals, rounded.
fixed() {
    local value=$1 scale=$2 digits=$3 factor=1 i
    for ((i = 0; i < digits; i++)); do factor=$((factor * 10)); done
    local scaled=$(((value * factor + scale / 2) / scale))
    if ((digits == 0)); then
        echo "$scaled"
    else
        local frac=$((scaled % factor))
        printf '%d.%0*d\n' $((scaled / factor)) "$digits" "$frac"
    fi
}

# median VALUES...: the middle value (mean of the two middle ones for an even count), integers.
median() {
    local -a sorted
    mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
    local n=${#sorted[@]}
    if ((n % 2)); then
        echo "${sorted[n / 2]}"
    else
        echo $(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
    fi
}

# time_median LABEL COMMAND...: runs the command RUNS times (its stdout to /dev/null), prints each run,
# and leaves the median in microseconds in $median_us.
time_median() {
    local label=$1
    shift
    local -a runs=()
    local run start end
    for ((run = 1; run <= RUNS; run++)); do
        start=$(now_us)
        "$@" > /dev/null
        end=$(now_us)
        runs+=($((end - start)))
    done
    median_us=$(median "${runs[@]}")
    local shown=()
    for run in "${runs[@]}"; do shown+=("$(fixed "$run" 1000 1) ms"); done
    echo "  $label: ${shown[*]} -> median $(fixed "$median_us" 1000 1) ms"
}

# starts_median N COMMAND...: runs the command N times as new processes, leaves the median in $median_us.
starts_median() {
    local count=$1
    shift
    local -a runs=()
    local run start end
    for ((run = 1; run <= count; run++)); do
        start=$(now_us)
        "$@" > /dev/null
        end=$(now_us)
        runs+=($((end - start)))
    done
    median_us=$(median "${runs[@]}")
    local sorted
    mapfile -t sorted < <(printf '%s\n' "${runs[@]}" | sort -n)
    echo "  $count runs: min $(fixed "${sorted[0]}" 1000 1) ms, median $(fixed "$median_us" 1000 1) ms, max $(fixed "${sorted[count - 1]}" 1000 1) ms"
}

cat_corpus() { find "$corpus" -name '*.txt' -print0 | xargs -0 cat; }
grep_corpus() { find "$corpus" -name '*.txt' -print0 | xargs -0 cat | LC_ALL=C grep -c '►'; }
parse_corpus() { "$native" parse "$corpus" --format ndjson -q; }
timeline_corpus() { "$native" timeline "$corpus" -r -q -o "$tmp/timeline.csv"; }
parse_to_file() { "$native" parse "$corpus" -r -f ndjson -q -o "$tmp/parse.ndjson"; }

# ---- build ----

echo "== build"
if ! dotnet publish src/Spotlight.Cli -c Release -r linux-x64 -o "$tmp/native" -nologo -v quiet > "$tmp/publish.log" 2>&1; then
    cat "$tmp/publish.log" >&2
    exit 1
fi
if ! dotnet build src/Spotlight.Cli -c Release -nologo -v quiet > "$tmp/build.log" 2>&1; then
    cat "$tmp/build.log" >&2
    exit 1
fi
if ! dotnet build tests/Spotlight.Benchmarks -c Release -nologo -v quiet > "$tmp/bench-build.log" 2>&1; then
    cat "$tmp/bench-build.log" >&2
    exit 1
fi
echo "  native: $native ($(fixed "$(wc -c < "$native")" 1000000 1) MB)"
echo "  jit:    $jit_dll"

# ---- corpus ----

echo "== corpus"
dotnet run -c Release --no-build --project tests/Spotlight.Benchmarks -- corpus --count "$COUNT" --seed "$SEED" --out "$corpus" | while IFS= read -r line; do echo "  $line"; done
files=$(find "$corpus" -name '*.txt' | wc -l)
bytes=$(cat_corpus | wc -c)
echo "  $files files, $bytes bytes ($(fixed "$bytes" 1000000 1) MB)"

mkdir "$small"
mapfile -d '' -t sorted_files < <(find "$corpus" -name '*.txt' -print0 | sort -z)
ln -t "$small" "${sorted_files[@]:0:SMALL_COUNT}" # hard links: the same files, the first $SMALL_COUNT by name
small_files=$(find "$small" -name '*.txt' | wc -l)

# ---- throughput ----

echo "== throughput ($RUNS runs each, median; page cache warmed)"
cat_corpus > /dev/null
cat_corpus > /dev/null
echo "  lines holding ►: $(grep_corpus)"
time_median "cat" cat_corpus
cat_us=$median_us
time_median "grep -c ►" grep_corpus
grep_us=$median_us
time_median "spotlight parse --format ndjson (native)" parse_corpus
parse_us=$median_us

# MB/s = bytes / 10^6 / (us / 10^6) = bytes / us
cat_rate=$(fixed "$bytes" "$cat_us" 1)
grep_rate=$(fixed "$bytes" "$grep_us" 1)
parse_rate=$(fixed "$bytes" "$parse_us" 1)
ratio=$(fixed "$grep_us" "$parse_us" 2) # (bytes/parse_us) / (bytes/grep_us)
parse_files_per_s=$(fixed $((files * 1000000)) "$parse_us" 0)

# ---- peak memory ----

echo "== peak memory (/usr/bin/time -f %M)"
/usr/bin/time -f %M -o "$tmp/mem-all" "$native" parse "$corpus" --format ndjson -q > /dev/null
/usr/bin/time -f %M -o "$tmp/mem-small" "$native" parse "$small" --format ndjson -q > /dev/null
mem_all_kb=$(< "$tmp/mem-all")
mem_small_kb=$(< "$tmp/mem-small")
mem_all=$(fixed $((mem_all_kb * 1024)) 1000000 1) # %M is in KiB; MB = 10^6 bytes throughout
mem_small=$(fixed $((mem_small_kb * 1024)) 1000000 1)
echo "  $files files: $mem_all_kb KB"
echo "  $small_files files: $mem_small_kb KB"

# ---- the timeline against the parse, both into one file ----

echo "== timeline ($RUNS runs each, in turn, median)"
timeline_runs=()
parse_runs=()
for ((run = 1; run <= RUNS; run++)); do
    start=$(now_us)
    timeline_corpus
    end=$(now_us)
    timeline_runs+=($((end - start)))
    start=$(now_us)
    parse_to_file
    end=$(now_us)
    parse_runs+=($((end - start)))
done
timeline_us=$(median "${timeline_runs[@]}")
parse_file_us=$(median "${parse_runs[@]}")
echo "  spotlight timeline -o FILE.csv: $(fixed "$timeline_us" 1000 1) ms (median)"
echo "  spotlight parse -f ndjson -o FILE.ndjson: $(fixed "$parse_file_us" 1000 1) ms (median)"
timeline_ratio=$(fixed "$timeline_us" "$parse_file_us" 2)
/usr/bin/time -f %M -o "$tmp/mem-timeline-all" "$native" timeline "$corpus" -r -q -o "$tmp/timeline.csv"
/usr/bin/time -f %M -o "$tmp/mem-timeline-small" "$native" timeline "$small" -r -q -o "$tmp/timeline-small.csv"
mem_timeline_all=$(fixed $(($(< "$tmp/mem-timeline-all") * 1024)) 1000000 1)
mem_timeline_small=$(fixed $(($(< "$tmp/mem-timeline-small") * 1024)) 1000000 1)
timeline_events=$(($(wc -l < "$tmp/timeline.csv") - 1)) # rows, less the header; a text may hold a line break, rarely

# ---- one small file, one process each ----

echo "== seed report ($(wc -c < "$seed_report") bytes), a new process each run"
echo "  native:"
starts_median "$NATIVE_STARTS" "$native" parse "$seed_report" --format ndjson -q
native_start_us=$median_us
echo "  jit (dotnet spotlight.dll):"
starts_median "$JIT_STARTS" dotnet "$jit_dll" parse "$seed_report" --format ndjson -q
jit_start_us=$median_us

# ---- summary ----

cpu=$(grep -m1 'model name' /proc/cpuinfo || true)
cpu=${cpu#*: }
echo
echo "== summary"
echo "corpus: $files reports (seed $SEED), $(fixed "$bytes" 1000000 1) MB"
echo "machine: ${cpu:-unknown cpu}, $(nproc) cores (spotlight parses with --jobs = cores; cat and grep use one)"
echo "cat (floor): $cat_rate MB/s"
echo "grep -c ► (LC_ALL=C, via find | xargs cat): $grep_rate MB/s"
echo "ndjson (native): $parse_rate MB/s, $parse_files_per_s files/s"
echo "ratio spotlight/grep: $ratio"
echo "peak memory, $files files: $mem_all MB"
echo "peak memory, $small_files files: $mem_small MB"
echo "timeline / parse -f ndjson, both to a file: $timeline_ratio ($(fixed "$timeline_us" 1000000 1) s / $(fixed "$parse_file_us" 1000000 1) s, about $timeline_events events)"
echo "timeline peak memory, $small_files / $files files: $mem_timeline_small MB / $mem_timeline_all MB"
echo "seed, native, whole process, median of $NATIVE_STARTS: $(fixed "$native_start_us" 1000 1) ms"
echo "seed, jit (dotnet spotlight.dll), whole process, median of $JIT_STARTS: $(fixed "$jit_start_us" 1000 1) ms"
