#!/usr/bin/env bash
# Benchmark: the project list (and the home page, which reads it) on a store that is there already, such as the one
# bench/scale.sh left in bench/work/scale-N/data. Starts the packaged service on it with the scheduled harvest off
# (so no write changes the list while it is read), waits for its start-up pass, then reads each page with wrk,
# 20 clients, after a 3 s warm-up.
#
#   FORGEPULSE_JAR=<build>/quarkus-run.jar bench/list.sh DATA_DIR REPOS_DIR [SECONDS]
#
# LIST_OPTS adds JVM options (e.g. -Dforgepulse.read-cache.listing-pages=0 for every page read from the store).
# REPOS_DIR holds the repositories r1..rN the store tracks (scale.sh's names): they are configured again, as
# scale.sh configured them, so none stops being tracked. A build with a newer schema migrates the store: give each
# build its own copy of it.
set -euo pipefail
data=${1:?usage: bench/list.sh DATA_DIR REPOS_DIR [SECONDS]}
repos=${2:?usage: bench/list.sh DATA_DIR REPOS_DIR [SECONDS]}
secs=${3:-10}
cd "$(dirname "$0")/.."
. bench/wrk-row.sh
jar=${FORGEPULSE_JAR:-target/quarkus-app/quarkus-run.jar}
port=18096
data=$(cd "$data" && pwd)
repos=$(cd "$repos" && pwd)
n=$(ls "$repos" | grep -c '^r[0-9]*$')
track=""
for i in $(seq 1 "$n"); do track="$track${track:+, }git:r$i=$repos/r$i"; done
log="$data/../list-service.log"
FORGEPULSE_ADMIN_TOKEN=bench-token java -Dforgepulse.track="$track" -Dforgepulse.data-dir="$data" \
  -Dquarkus.http.port=$port -Dforgepulse.harvest.scheduled=false -Xmx1g ${LIST_OPTS:-} -jar "$jar" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs "localhost:$port/q/health/live" > /dev/null 2>&1; do sleep 0.2; done
until grep -q "start-up scoring: .* projects republished or rescored" "$log"; do sleep 0.5; done
# Then until the log has been quiet for 5 s (month-end history computed in the background, if any was missing).
lines=-1
until [ "$(wc -l < "$log")" = "$lines" ]; do lines=$(wc -l < "$log"); sleep 5; done
echo "$jar ${LIST_OPTS:-}, $n projects, $(uptime | sed 's/.*load/load/')"
echo "first page: $(curl -fs -o /dev/null -w '%{size_download}' "localhost:$port/api/v1/projects") bytes of JSON"
echo
echo "| read | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
# One project's scores is the yardstick: the same read in both builds, so its numbers show the machine's share.
for path in "/api/v1/projects" "/api/v1/projects?outcome=success&page=3" "/api/v1/projects?size=1000" \
            "/api/v1/projects/git/r1/scores"; do
  wrk_row "$port" "$path" "$secs"
done
# The home page lists the first 1,000 projects: one request at a time, three times.
echo
echo "home page \`/\`, three requests one after another: $(for i in 1 2 3; do
  curl -fs -o /dev/null -w '%{time_total}s ' "localhost:$port/"; done)"
