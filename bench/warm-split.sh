#!/usr/bin/env bash
# Warm invokes through the handler, one core, against the local stack (loopback): articles per
# second and the split of each invoke between S3 read, parse and DynamoDB, overall and per file.
# It answers "what share of a warm invoke is the parse" for any inputs, for example text dumps
# of the development corpus (the files are cycled through; each upload is a new object).
# Usage: bench/warm-split.sh [FILE...]   (default: the three samples: text, HTML, gzipped JSON;
#        WARMUP=300 N=1000 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
mvn -B -q -Dstyle.color=never package -DskipTests
mvn -B -q -Dstyle.color=never dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$work/rt" >/dev/null
# shellcheck source=bench/lib.sh
. bench/lib.sh
start_local_stack "$work"
if [ $# -eq 0 ]; then
  set -- samples/rt.com/rt-russia-issues-warning-to-us.txt \
    samples/harbour-gazette.example/bridge-repairs.html samples/flood-watch.example/spring-floods.json.gz
fi
echo "java: $(java -version 2>&1 | head -1); the function on one core (taskset -c 0), the local stack on the others"
taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "target/classes:target/test-classes:$(cat "$work/rt")" \
  dev.articleingest.bench.WarmThroughputProbe "${WARMUP:-300}" "${N:-1000}" "$@" \
  2>&1 >/dev/null | grep '^RESULT' | sed 's/^RESULT //'
