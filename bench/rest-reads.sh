#!/usr/bin/env bash
# Benchmark: REST reads of a project's score card against the service's own health endpoint (the baseline: no
# database, no JSON of ours), same process, same run; and the service's resident memory after the load.
#
#   bench/rest-reads.sh [SECONDS] [CONNECTIONS]
#
# Needs the packaged service (./mvnw -B -ntp package -DskipTests), wrk and curl. Tracks the repository itself.
set -euo pipefail
secs=${1:-20}
conns=${2:-32}
cd "$(dirname "$0")/.."
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 1; }
work=bench/work
port=18090
rm -rf "$work/rest-data"
mkdir -p "$work"
java -Dforgepulse.data-dir="$work/rest-data" -Dquarkus.http.port=$port -jar "$jar" > "$work/rest.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs "localhost:$port/api/v1/projects/git/forgepulse" 2>/dev/null | grep -q '"outcome":"success"'; do sleep 0.5; done
idle_rss=$(ps -o rss= -p $pid)
echo "| endpoint | requests/s | p50 latency | p99 latency |"
echo "|---|---|---|---|"
for path in /q/health /api/v1/projects/git/forgepulse/scores /api/v1/projects /api/v1/projects/git/forgepulse/badge/maturity.svg; do
  # Warm-up, then the measured run.
  wrk -t2 -c"$conns" -d5s "http://127.0.0.1:$port$path" > /dev/null
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "http://127.0.0.1:$port$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  echo "| \`$path\` | $rps | $p50 | $p99 |"
done
echo
echo "RSS after the first harvest, before load: $((idle_rss / 1024)) MB; after load: $(( $(ps -o rss= -p $pid) / 1024 )) MB"
