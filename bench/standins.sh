#!/usr/bin/env bash
# Each hand-written stand-in against the library it replaced, in fresh JVMs with Lambda's flags
# (C1 only, serial GC), median wall time of RUNS runs, one run: what a cold start pays for each.
#   logs:      our SLF4J provider (telemetry.JsonLogProvider) vs logback + logstash-logback-encoder
#   metrics:   our EMF writer (telemetry.MetricsDocument) vs AWS's aws-embedded-metrics
#   language:  our model form and evaluation (language.*) vs OpenNLP's model and detector
#   events:    JsonTrees + handler.EventShapes vs the Lambda runtime's serializer into S3Event
# The libraries come from the `standins` profile (test scope): never in the Lambda artifact.
# Usage: bench/standins.sh   (RUNS=11 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
mvn -B -q -Dstyle.color=never -Pstandins test-compile dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/standins-classpath.txt >/dev/null
mvn -B -q -Dstyle.color=never dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >/dev/null
. bench/lib.sh
all=$(cat target/standins-classpath.txt)
runtime=$(cat target/runtime-classpath.txt)
pick() { tr ':' '\n' <<<"$all" | grep -E "$1" | paste -sd:; }
ours="target/classes:target/test-classes:$runtime"
# The library side: no target/classes (its SLF4J provider would compete with logback's).
logback="target/test-classes:bench/standins/resources:$runtime:$(pick 'logback-(classic|core)|logstash-logback-encoder|jackson-(core|databind|annotations)')"
emf="$logback:$(pick 'aws-embedded-metrics|commons-lang3')"
opennlp="target/classes:target/test-classes:$runtime:$(pick 'opennlp')"
events="target/test-classes:$(pick 'aws-lambda-java-(events|serialization|core)|joda-time')"
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
export AWS_LAMBDA_FUNCTION_NAME=standins AWS_LAMBDA_LOG_FORMAT=JSON AWS_EMF_ENVIRONMENT=Lambda
sample=samples/rt.com/rt-russia-issues-warning-to-us.txt
event=events/s3-put.json
probe=dev.articleingest.bench.StandInProbe
# check that each variant works before timing it
for check in "$ours $probe log" "$logback $probe log" "$emf $probe log-emf-library" \
  "$ours dev.articleingest.bench.TelemetryColdProbe metrics" "$ours $probe language-ours $sample" \
  "$opennlp $probe language-opennlp $sample" "$ours dev.articleingest.handler.EventShapesProbe $event" \
  "$events $probe event-library $event"; do
  set -- $check; cp=$1; shift
  java $flags -cp "$cp" "$@" > target/standins-check.out 2>&1 || { cat target/standins-check.out; exit 1; }
done
bare=$(median_ms java $flags -cp target/test-classes dev.articleingest.bench.BareJvm)
log_ours=$(median_ms java $flags -cp "$ours" $probe log)
log_lib=$(median_ms java $flags -cp "$logback" $probe log)
emf_ours=$(median_ms java $flags -cp "$ours" dev.articleingest.bench.TelemetryColdProbe metrics)
emf_lib=$(median_ms java $flags -cp "$emf" $probe log-emf-library)
lang_ours=$(median_ms java $flags -cp "$ours" $probe language-ours $sample)
lang_lib=$(median_ms java $flags -cp "$opennlp" $probe language-opennlp $sample)
event_ours=$(median_ms java $flags -cp "$ours" dev.articleingest.handler.EventShapesProbe $event)
event_lib=$(median_ms java $flags -cp "$events" $probe event-library $event)
echo "Fresh JVMs, median of $RUNS runs; java: $(java -version 2>&1 | head -1); $(nproc) cores; bare JVM $bare ms"
printf '%-44s %10s %10s %10s\n' "first use of" "library" "ours" "saved"
row() { printf '%-44s %8d ms %8d ms %8d ms\n' "$1" "$2" "$3" "$(( $2 - $3 ))"; }
row "a JSON log line (logback+logstash)" "$log_lib" "$log_ours"
row "log line + EMF document (EMF library)" "$emf_lib" "$emf_ours"
row "language: load model, detect (OpenNLP)" "$lang_lib" "$lang_ours"
row "an S3 notification (runtime serializer)" "$event_lib" "$event_ours"
