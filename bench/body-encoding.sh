#!/usr/bin/env bash
# Write and read units of storing each sample body as plain text versus gzip, as DynamoDB Local
# reports them (see BodyEncodingComparison). Usage: bench/body-encoding.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# process-test-classes: the build converts the language model then (a fresh clone has none)
mvn -B -q -Dstyle.color=never process-test-classes dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
DDB_LOCAL_TELEMETRY=0 java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  dev.articleingest.bench.BodyEncodingComparison 2>&1 | grep -vE '^(Initializing|Port|InMemory|Version|DbPath|SharedDb|shouldDelay|CorsParams|$)'
