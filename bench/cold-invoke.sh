#!/usr/bin/env bash
# Cold invoke of the function, side by side with a bare JVM and a naive function; then warm
# throughput through the handler on one core.
#
# The local stack runs in another process (`serve`, loopback). Each cold run is a fresh JVM on the
# Lambda artifact's class path (target/article-ingest-lambda.zip, unzipped as Lambda does) that
# builds the handler as Lambda does, processes one S3 notification end to end (state read, get
# object, parse, duplicate lookup, body and metadata writes) and exits; every run gets a new
# object, so each one stores a new article. The naive function builds S3 and DynamoDB clients
# with every default (Apache HTTP client, default credential and region chains) and does one get
# and one put. JVM flags as Lambda's java17/java21 runtimes set them by default
# (-XX:TieredStopAtLevel=1, serial GC) unless a row says otherwise.
#
# Then, per fresh JVM (PRIMED=5 of them), what SnapStart priming leaves for the first invoke: the
# classes it loads that priming did not, and its time against a warm invoke's.
#
# Usage: bench/cold-invoke.sh            (RUNS=11 by default; PIN=1 pins each timed JVM to core 0)
#        PROFILE=5 bench/cold-invoke.sh  (also profiles 5 more cold invokes of ours with
#                                         async-profiler, wall clock, and prints where the main
#                                         thread's time goes: bench/cold-profile.py)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
work=$(mktemp -d)
trap 'kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -B -q -Dstyle.color=never package -DskipTests
mvn -B -q -Dstyle.color=never -Phttp-apache dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/rt" >/dev/null
mvn -B -q -Dstyle.color=never -Phttp-apache dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$work/all" >/dev/null
apache=$(tr ':' '\n' < "$work/all" | grep -E 'apache-client|httpclient|httpcore|commons-logging|commons-codec' | paste -sd:)
cp_naive="target/test-classes:$(tr ':' '\n' < "$work/rt" | grep -v url-connection-client | paste -sd:):$apache"
cp_test="target/classes:target/test-classes:$(cat "$work/rt")"

# The Lambda artifact as Lambda lays it out (/var/task: classes at the root, jars in lib/), plus
# only the probe class.
mkdir -p "$work/task" "$work/probe/dev/articleingest/bench"
unzip -q target/article-ingest-lambda.zip -d "$work/task"
cp target/test-classes/dev/articleingest/bench/ColdInvokeProbe.class "$work/probe/dev/articleingest/bench/"
mkdir -p "$work/probe/dev/articleingest/config"
cp target/test-classes/dev/articleingest/config/SnapStartPrimingAccess.class "$work/probe/dev/articleingest/config/"
cp_ours="$work/probe:$work/task:$work/task/lib/*"
# Class-data sharing cannot archive classes from directories: the CDS variant runs the same
# classes from jars (as the zip would ship them if CDS were adopted).
mkdir -p "$work/jars"
(cd "$work/task" && jar cf "$work/jars/app.jar" $(ls | grep -v "^lib$"))
jar cf "$work/jars/probe.jar" -C "$work/probe" .
cp_cds="$work/jars/probe.jar:$work/jars/app.jar:$(ls "$work"/task/lib/*.jar | paste -sd:)"

# shellcheck source=bench/lib.sh
. bench/lib.sh
start_local_stack "$work"

sample=samples/rt.com/rt-russia-issues-warning-to-us.txt
# PIN=1: every timed JVM on one core (taskset -c 0), like a 1,024 MB function; the local stack
# keeps both.
pin=""
if [ "${PIN:-0}" = 1 ]; then pin="taskset -c 0"; fi
lambda_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
WARMUP=${WARMUP:-10}
PROFILE=${PROFILE:-0}
PRIMED=${PRIMED:-5}
PRIMED_WARM=20
events=$((RUNS * 4 + WARMUP + 3 + PROFILE + PRIMED * (PRIMED_WARM + 1)))
java -cp "$cp_ours" dev.articleingest.bench.ColdInvokeProbe setup "$work/events" "$events" "$sample" > /dev/null
java -cp "$cp_naive" dev.articleingest.bench.ColdClientProbe sdk-default bench/sample.txt "$sample" > /dev/null
next_event=0
invoke() { # flags... : one cold invoke on the next unused event (CP overrides the class path)
  $pin java "$@" -cp "${CP:-$cp_ours}" dev.articleingest.bench.ColdInvokeProbe invoke "$work/events/$next_event.json"
  next_event=$((next_event + 1))
}
timed() { # name command... : append the command's wall time in ms to $work/times.<name>
  local name=$1 t0 t1
  shift
  t0=$(date +%s%N); "$@" > /dev/null 2>&1; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 )) >> "$work/times.$name"
}
median() { sort -n "$work/times.$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Check one invoke stores an article before timing anything.
invoke $lambda_flags > "$work/check.log" 2>&1
grep -q '"outcome":"STORED"' "$work/check.log" || { cat "$work/check.log"; exit 1; }

# Class-data sharing: an archive of the classes one invoke loads (a training run), then used.
CP="$cp_cds" invoke -XX:ArchiveClassesAtExit="$work/app.jsa" $lambda_flags > "$work/cds.log" 2>&1

# Warm the local stack's own JIT first, so that no variant pays for a cold DynamoDB Local.
for _ in $(seq "$WARMUP"); do invoke $lambda_flags > /dev/null 2>&1; done

# Variants interleaved, run by run, so drift in the machine or the stack hits all alike.
for _ in $(seq "$RUNS"); do
  timed bare $pin java $lambda_flags -cp target/test-classes dev.articleingest.bench.BareJvm
  timed naive $pin java $lambda_flags -cp "$cp_naive" dev.articleingest.bench.ColdClientProbe sdk-default bench/sample.txt
  timed ours invoke $lambda_flags
  timed ours_c2 invoke -XX:+UseSerialGC
  CP="$cp_cds" timed ours_jars invoke $lambda_flags
  CP="$cp_cds" timed ours_cds invoke $lambda_flags -XX:SharedArchiveFile="$work/app.jsa" -Xshare:on
done
invoke $lambda_flags 2>&1 >/dev/null | grep '^TIMES' | sed 's/^TIMES //' > "$work/breakdown"
# the pipeline ran invoke in a subshell, whose count of used events is lost: without this the next
# JVM got the same event again, found it applied, and skipped it (the first primed JVM's 38 classes)
next_event=$((next_event + 1))
bare=$(median bare); naive=$(median naive); ours=$(median ours); ours_c2=$(median ours_c2)
ours_jars=$(median ours_jars); ours_cds=$(median ours_cds)

echo "Cold invoke: fresh JVM, median of $RUNS runs; java: $(java -version 2>&1 | head -1); $(nproc) cores${pin:+, each JVM pinned to one core}"
printf '%-66s %7s %9s %9s\n' "variant" "ms" "vs naive" "vs bare"
row() { printf '%-66s %7d %9s %9s\n' "$1" "$2" \
  "$(awk -v a="$2" -v b="$naive" 'BEGIN {printf "%.2fx", a / b}')" \
  "$(awk -v a="$2" -v b="$bare" 'BEGIN {printf "%.1fx", a / b}')"; }
row "bare JVM (print and exit)" "$bare"
row "naive function: SDK defaults (Apache), 1 GetObject + 1 PutItem" "$naive"
row "ours: handler, 1 event end to end (get, parse, 4 table calls)" "$ours"
row "ours without -XX:TieredStopAtLevel=1 (C2 on)" "$ours_c2"
row "ours, classes in jars (the class path CDS needs)" "$ours_jars"
row "ours, classes in jars + application CDS archive" "$ours_cds"
echo "ours, one more run: $(cat "$work/breakdown")"

# What SnapStart priming leaves for the first invoke after a restore: in one JVM, the handler is
# built and priming runs as before a checkpoint; then a new article end to end, then warm ones.
echo
echo "Priming, $PRIMED fresh JVMs (the artifact's class path, Lambda's flags):"
for _ in $(seq "$PRIMED"); do
  batch=()
  for _ in $(seq $((PRIMED_WARM + 1))); do batch+=("$work/events/$next_event.json"); next_event=$((next_event + 1)); done
  $pin java $lambda_flags -cp "$cp_ours" dev.articleingest.bench.ColdInvokeProbe primed "${batch[@]}" 2>&1 >/dev/null \
    | grep '^PRIMED' | sed 's/^PRIMED /  /'
done

if [ "$PROFILE" -gt 0 ]; then
  # async-profiler from Maven Central: its jar carries the native agent for each platform.
  mvn -B -q -Dstyle.color=never dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 \
    -DoutputDirectory="$work/ap" >/dev/null
  platform=$([ "$(uname -m)" = aarch64 ] && echo linux-arm64 || echo linux-x64)
  unzip -q -o "$work/ap/async-profiler-3.0.jar" "$platform/*" -d "$work/ap"
  for i in $(seq "$PROFILE"); do
    invoke $lambda_flags \
      -agentpath:"$work/ap/$platform/libasyncProfiler.so=start,event=wall,interval=1ms,threads,collapsed,file=$work/wall.$i.txt" \
      > /dev/null 2>&1
  done
  echo
  python3 bench/cold-profile.py 1 "$work"/wall.*.txt
fi

echo
echo "Warm throughput through the handler, one core (taskset -c 0), local stack on the other:"
taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "$cp_test" dev.articleingest.bench.WarmThroughputProbe 300 1000 \
  "$sample" samples/harbour-gazette.example/bridge-repairs.html samples/flood-watch.example/spring-floods.json.gz \
  2>&1 >/dev/null | grep '^RESULT' | sed 's/^RESULT //'
