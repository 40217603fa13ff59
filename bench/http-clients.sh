#!/usr/bin/env bash
# Cold start of the function's SDK set-up versus the SDK's defaults with each HTTP client.
#
# Each run is a fresh JVM that builds an S3 and a DynamoDB client, reads one object and writes one
# item against the local stack (started here with `serve`, in another process, on loopback), then
# exits. Prints the median wall time of RUNS runs per variant, side by side with a bare JVM.
#
# Usage: bench/http-clients.sh            (RUNS=15 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
work=$(mktemp -d)
trap 'kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -B -q -Dstyle.color=never package -DskipTests
classpath() { # profile -> runtime classpath + that profile's extra test-scope jars
  mvn -B -q -Dstyle.color=never $1 dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/rt" >/dev/null
  mvn -B -q -Dstyle.color=never $1 dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$work/all" >/dev/null
  local extra
  extra=$(tr ':' '\n' < "$work/all" | grep -E 'apache-client|httpclient|httpcore|commons-logging|commons-codec|aws-crt' | paste -sd: || true)
  echo "target/classes:target/test-classes:$(cat "$work/rt")${extra:+:$extra}"
}
without_urlconnection() { tr ':' '\n' <<< "$1" | grep -v url-connection-client | paste -sd:; }

cp_ours=$(classpath "")
cp_apache=$(without_urlconnection "$(classpath -Phttp-apache)")
cp_crt=$(without_urlconnection "$(classpath -Phttp-crt)")

java -jar target/article-ingest-cli.jar serve --data-dir "$work/data" --s3-port 0 --dynamodb-port 0 \
  > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do [ -f "$work/data/endpoints.env" ] && break; sleep 0.2; done
set -a; . "$work/data/endpoints.env"; set +a
probe=dev.articleingest.bench.ColdClientProbe
java -cp "$cp_ours" $probe configured bench/sample.txt samples/rt.com/rt-russia-issues-warning-to-us.txt >/dev/null

. bench/lib.sh

bare=$(median_ms java -cp target/test-classes dev.articleingest.bench.BareJvm)
ours=$(median_ms java -cp "$cp_ours" $probe configured bench/sample.txt)
default_url=$(median_ms java -cp "$cp_ours" $probe sdk-default bench/sample.txt)
default_apache=$(median_ms java -cp "$cp_apache" $probe sdk-default bench/sample.txt)
default_crt=$(median_ms java -cp "$cp_crt" $probe sdk-default bench/sample.txt)

echo "Cold JVM: build S3 + DynamoDB clients, 1 GetObject, 1 PutItem, exit. Median of $RUNS runs."
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores"
printf '%-58s %8s %10s\n' "variant" "ms" "vs ours"
row() { printf '%-58s %8d %10s\n' "$1" "$2" "$(awk -v a="$2" -v b="$ours" 'BEGIN {printf "%.2fx", a / b}')"; }
row "bare JVM (print and exit)" "$bare"
row "ours: URLConnection, explicit region + credentials" "$ours"
row "SDK defaults, URLConnection client on class path" "$default_url"
row "SDK defaults, Apache client (the SDK's default)" "$default_apache"
row "SDK defaults, CRT client" "$default_crt"
