#!/usr/bin/env bash
# The peer benchmark: this project's HTML extraction against Readability4J, boilerpipe's
# ArticleExtractor and a bare Jsoup.parse floor, in one JVM with interleaved passes, over a folder
# of pages with truth (the development corpus's form: PAGES_DIR of .html/.html.gz, TRUTH_FILE).
# With node on the PATH, Mozilla's Readability.js (jsdom) is run over the same pages and scored
# alongside (its packages are installed into target/node-peers from the npm registry).
# The peers are test-scope dependencies of the `peers` profile only: never in the Lambda artifact.
# Usage: bench/peers.sh PAGES_DIR TRUTH_FILE [PASSES]   (NODE_PASSES: Readability.js's timed
#        passes, default PASSES; jsdom's memory grows with them, so keep them few on big sets)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:?usage: bench/peers.sh PAGES_DIR TRUTH_FILE [PASSES]}
truth=${2:?usage: bench/peers.sh PAGES_DIR TRUTH_FILE [PASSES]}
passes=${3:-3}
mvn -B -q -Dstyle.color=never -Ppeers process-test-classes dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile=target/peers-classpath.txt >/dev/null
node_out=""
if command -v node >/dev/null 2>&1; then
  mkdir -p target/node-peers
  if [ ! -d target/node-peers/node_modules/jsdom ]; then
    (cd target/node-peers && npm init -y >/dev/null && \
      npm install --silent jsdom@24 @mozilla/readability@0.6.0 >/dev/null 2>&1) || \
      echo "npm install failed: Readability.js left out" >&2
  fi
  if [ -d target/node-peers/node_modules/jsdom ]; then
    cp bench/peers/readability.mjs target/node-peers/
    # jsdom keeps much of each page alive until a collection; the default heap is too small for
    # the 645 pages of the trafilatura set
    node --max-old-space-size=8192 target/node-peers/readability.mjs "$pages" "$truth" "${NODE_PASSES:-$passes}" target/peers-readability-js.json
    node_out=target/peers-readability-js.json
  fi
fi
java -Xss8m -cp "target/classes:target/test-classes:$(cat target/peers-classpath.txt)" \
  dev.articleingest.bench.PeerBenchmark "$pages" "$truth" "$passes" $node_out
