# Sourced by the benchmarks: wrk_row PORT PATH SECONDS [WARMUP_SECONDS] prints one Markdown table row
# "| `path` | requests/s | p50 | p99 | non-2xx |" for 20 connections over 2 threads, after a warm-up run.
wrk_row() {
  local port=$1 path=$2 secs=$3 warmup=${4:-3} out rps p50 p99 bad
  wrk -t2 -c20 -d"${warmup}s" "http://127.0.0.1:$port$path" > /dev/null
  out=$(wrk -t2 -c20 -d"${secs}s" --latency "http://127.0.0.1:$port$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "| \`${path//|/\\|}\` | $rps | $p50 | $p99 | ${bad:-0} |"
}
