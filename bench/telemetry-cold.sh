#!/usr/bin/env bash
# What the function's logging and metrics libraries add to a cold start: a fresh JVM that records
# one event (our SLF4J provider printing JSON; then also one EMF document), against a
# bare JVM. Median wall time of RUNS runs. Usage: bench/telemetry-cold.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/runtime-classpath.txt)"
. bench/lib.sh
export AWS_LAMBDA_LOG_FORMAT=JSON AWS_LAMBDA_FUNCTION_NAME=probe
bare=$(median_ms java -cp target/test-classes dev.articleingest.bench.BareJvm)
logs=$(median_ms java -cp "$cp" dev.articleingest.bench.TelemetryColdProbe logs)
metrics=$(median_ms java -cp "$cp" dev.articleingest.bench.TelemetryColdProbe metrics)
echo "Fresh JVM, median of $RUNS runs; java: $(java -version 2>&1 | head -1); $(nproc) cores"
printf '%-52s %6s %8s\n' variant ms added
printf '%-52s %6d %8s\n' "bare JVM (print and exit)" "$bare" "-"
printf '%-52s %6d %8d\n' "first structured log line (SLF4J, JSON)" "$logs" "$((logs - bare))"
printf '%-52s %6d %8d\n' "first log line + first EMF document" "$metrics" "$((metrics - logs))"
