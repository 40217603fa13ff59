#!/usr/bin/env bash
# Parse throughput (JMH, one thread) per format against its floor in the same run: text dumps vs a
# bare UTF-8 decode + line split, HTML vs jsoup's bare Jsoup.parse, JSON vs Jackson's readTree, of
# the same bytes; prints MB/s and articles/s side by side, and extraction's cost in baselines.
# Usage: bench/parse-throughput.sh   (JMH_ARGS to override the run length)
set -euo pipefail
cd "$(dirname "$0")/.."
# process-test-classes: the build converts the language model then (a fresh clone has none)
mvn -B -q -Dstyle.color=never process-test-classes dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main ParseThroughputBenchmark \
  ${JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s} -rf json -rff target/jmh-parse.json >/dev/null
java -cp "$cp" dev.articleingest.bench.ParseThroughputBenchmark > target/jmh-parse-sizes.txt
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; one benchmark thread"
python3 - <<'PY'
import json
import sys
results = json.load(open("target/jmh-parse.json"))
sizes = {name: int(size) for name, size in (line.split() for line in open("target/jmh-parse-sizes.txt"))}
rows = {}
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    rows.setdefault(r["params"]["input"], {})[name] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"])
print(f"{'input':<18} {'bytes':>8} {'extract MB/s':>13} {'articles/s':>11} {'baseline MB/s':>14} {'extract cost':>13}")
for inp, row in rows.items():
    if "extract" not in row or "baseline" not in row:
        sys.exit(f"{inp}: a benchmark failed; run JMH by hand (without -rf) to see why")
    b = sizes[inp]
    ext, ext_err = row["extract"]
    base, _ = row["baseline"]
    print(f"{inp:<18} {b:>8} {ext*b/1e6:>13.1f} {ext:>11.0f} {base*b/1e6:>14.1f} {base/ext:>12.1f}x")
print("baselines: text = UTF-8 decode + line split; html = Jsoup.parse; json = Jackson readTree")
PY
