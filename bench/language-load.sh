#!/usr/bin/env bash
# Loading the bundled language model in fresh JVMs with Lambda's JVM flags (C1 only, serial GC),
# from the built jar, as the function's init does. Usage: bench/language-load.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
mvn -B -q -Dstyle.color=never -Dmaven.test.skip=false -DskipTests package dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/article-ingest.jar:target/test-classes:$(cat target/bench-classpath.txt)"
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; model $(unzip -lv target/article-ingest.jar models/langdetect-183.ngrams | awk 'NR==4 {print $1 " bytes, " $3 " in the jar"}')"
for _ in $(seq "$runs"); do
  java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -cp "$cp" dev.articleingest.language.LanguageModelLoadProbe
done
