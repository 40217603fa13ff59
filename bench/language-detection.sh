#!/usr/bin/env bash
# Language detection alone, per sample (the first 1,000 characters of an extracted body):
# preparing it as OpenNLP's normalisers do, and evaluating the model on it (JMH, one thread,
# microseconds per call). JAVA=/path/to/bin/java runs it on another JDK: Lambda runs java21,
# whose JIT vectorises the float weights' conversion and add, which JDK 17's does not.
# Usage: bench/language-detection.sh   (JMH_ARGS to override the run length)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never process-test-classes dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java=${JAVA:-java}
echo "java: $("$java" -version 2>&1 | head -1); $(nproc) cores; one benchmark thread"
"$java" -cp "$cp" org.openjdk.jmh.Main LanguageDetectionBenchmark \
  ${JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s} 2>&1 | sed -n '/^Benchmark/,$p'
