#!/usr/bin/env bash
# Cold invoke of two builds of the function, alternating run by run, each fresh JVM loading the
# function as Lambda's Java runtime does (RuntimeLoaderLauncher: a URLClassLoader over the task
# root, then lib/*.jar in name order), against the local stack in another process. For measuring
# one lever: build the package before and after it, or pass the same package with other flags.
#
# Usage: bench/cold-ab.sh ZIP_A ZIP_B [RUNS]   (zips laid out as target/article-ingest-lambda.zip;
#        FLAGS_A / FLAGS_B: extra JVM flags per build; PIN=1: each timed JVM on core 0)
# Prints each build's median and every run, in ms from JVM start to the event done.
set -euo pipefail
cd "$(dirname "$0")/.."
zip_a=$(realpath "${1:?usage: bench/cold-ab.sh ZIP_A ZIP_B [RUNS]}")
zip_b=$(realpath "${2:?usage: bench/cold-ab.sh ZIP_A ZIP_B [RUNS]}")
RUNS=${3:-15}
work=$(mktemp -d)
trap 'kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -B -q -Dstyle.color=never package -DskipTests
mkdir -p "$work/A" "$work/B" "$work/probe/dev/articleingest/bench" "$work/probe/dev/articleingest/config" "$work/launcher/dev/articleingest/bench"
unzip -q "$zip_a" -d "$work/A"
unzip -q "$zip_b" -d "$work/B"
cp target/test-classes/dev/articleingest/bench/ColdInvokeProbe.class "$work/probe/dev/articleingest/bench/"
cp target/test-classes/dev/articleingest/config/SnapStartPrimingAccess.class "$work/probe/dev/articleingest/config/"
cp target/test-classes/dev/articleingest/bench/RuntimeLoaderLauncher.class "$work/launcher/dev/articleingest/bench/"

# shellcheck source=bench/lib.sh
. bench/lib.sh
start_local_stack "$work"

warmup=10
java -cp "$work/probe:$work/A:$work/A/lib/*" dev.articleingest.bench.ColdInvokeProbe setup \
  "$work/events" $((RUNS * 2 + warmup + 2)) samples/rt.com/rt-russia-issues-warning-to-us.txt > /dev/null
pin=""
if [ "${PIN:-0}" = 1 ]; then pin="taskset -c 0"; fi
lambda_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
next_event=0
invoke() { # A|B : one cold invoke of that build on the next unused event
  local extra
  if [ "$1" = A ]; then extra=${FLAGS_A:-}; else extra=${FLAGS_B:-}; fi
  # shellcheck disable=SC2086
  $pin java $lambda_flags $extra -cp "$work/launcher" dev.articleingest.bench.RuntimeLoaderLauncher \
    "$work/$1" "$work/probe" invoke "$work/events/$next_event.json"
  next_event=$((next_event + 1))
}
# each build stores an article before anything is timed
for v in A B; do
  invoke $v > "$work/check.$v" 2>&1
  grep -q '"outcome":"STORED"' "$work/check.$v" || { cat "$work/check.$v"; exit 1; }
done
for _ in $(seq "$warmup"); do invoke A > /dev/null 2>&1; done
: > "$work/times.A"; : > "$work/times.B"
for _ in $(seq "$RUNS"); do
  for v in A B; do
    t0=$(date +%s%N); invoke $v > /dev/null 2>&1; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 )) >> "$work/times.$v"
  done
done
echo "Cold invoke, fresh JVM, the runtime's class loader, $RUNS runs each, alternating; java: $(java -version 2>&1 | head -1); $(nproc) cores${pin:+, each JVM pinned to one core}"
for v in A B; do
  zip=$zip_a; [ "$v" = B ] && zip=$zip_b
  flags=${FLAGS_A:-}; [ "$v" = B ] && flags=${FLAGS_B:-}
  echo "$v $(basename "$zip")${flags:+ $flags}: median $(sort -n "$work/times.$v" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms; runs: $(sort -n "$work/times.$v" | paste -sd' ')"
done
