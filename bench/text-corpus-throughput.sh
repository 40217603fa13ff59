#!/usr/bin/env bash
# Text-dump parse throughput over folders of dumps (JMH, one thread), against a bare UTF-8 decode
# and line split of the same bytes in the same run: MB/s averaged over the pages as the folders
# weigh them (the development corpus's readability/text and trafilatura/text, or any folders).
# Usage: bench/text-corpus-throughput.sh DIR[,DIR...]   (JMH_ARGS to override the run length)
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=${1:?usage: bench/text-corpus-throughput.sh DIR[,DIR...]}
mvn -B -q -Dstyle.color=never process-test-classes dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main CorpusTextThroughputBenchmark -p dirs="$dirs" \
  ${JMH_ARGS:--f 1 -wi 3 -w 5s -i 5 -r 5s} -rf json -rff target/jmh-corpus-text.json >/dev/null
read -r pages bytes < <(java -cp "$cp" dev.articleingest.bench.CorpusTextThroughputBenchmark "$dirs")
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; one benchmark thread"
PAGES=$pages BYTES=$bytes python3 - <<'PY'
import json, os
pages, size = int(os.environ["PAGES"]), int(os.environ["BYTES"])
score = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open("target/jmh-corpus-text.json"))}
ext, base = score["extract"], score["baseline"]
print(f"{pages} dumps, {size:,} bytes")
print(f"{'':<10} {'MB/s':>8} {'+/-':>6} {'dumps/s':>9}")
for name, m in (("extract", ext), ("baseline", base)):
    print(f"{name:<10} {m['score']*size/1e6:>8.1f} {m['scoreError']*size/1e6:>6.1f} {m['score']*pages:>9.0f}")
print(f"extract costs {base['score']/ext['score']:.1f}x the baseline (UTF-8 decode + line split)")
PY
