# Shared by the bench scripts: source it.

# median_ms COMMAND...: median wall time in ms of RUNS runs of COMMAND (its output discarded).
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# start_local_stack DIR: starts the local stack (`serve`, loopback, free ports) in the background
# with its data in DIR/data, waits for its endpoints, exports them and the function's Lambda
# variables, and sets serve_pid (the caller's EXIT trap stops it).
start_local_stack() {
  java -jar target/article-ingest-cli.jar serve --data-dir "$1/data" --s3-port 0 --dynamodb-port 0 \
    > "$1/serve.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 150); do [ -f "$1/data/endpoints.env" ] && break; sleep 0.2; done
  set -a; . "$1/data/endpoints.env"; set +a
  export AWS_LAMBDA_FUNCTION_NAME=cold-invoke-probe AWS_LAMBDA_LOG_FORMAT=JSON
}
