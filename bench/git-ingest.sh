#!/usr/bin/env bash
# Benchmark: full ingest of a real repository by the packaged service, against `git log --numstat` on the same
# repository in the same run, then a re-harvest with no new commits.
#
#   bench/git-ingest.sh /path/to/repository [runs]
#
# The repository may be bare (e.g. a mirror of apache/commons-lang). Needs the packaged service
# (./mvnw -B -ntp package -DskipTests), curl and python3. Prints one markdown row per run.
set -euo pipefail
repo=$(cd "$1" && pwd)
runs=${2:-3}
cd "$(dirname "$0")/.."
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 1; }
work=bench/work
mkdir -p "$work"
token=bench-token
port=18080

now_ms() { date +%s%3N; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

commits=$(git -C "$repo" rev-list --no-merges --count HEAD)
echo "| run | commits | git log --numstat (s) | forgepulse full ingest (s) | ratio | commits/s | re-harvest, no new commits (s) |"
echo "|---|---|---|---|---|---|---|"
for run in $(seq 1 "$runs"); do
  # Baseline: git itself, output discarded (warm page cache: it runs first and again right before the ingest).
  git -C "$repo" log --numstat HEAD > /dev/null
  t0=$(now_ms); git -C "$repo" log --numstat HEAD > /dev/null; t1=$(now_ms)
  git_s=$(python3 -c "print(($t1-$t0)/1000)")

  rm -rf "$work/data"
  FORGEPULSE_ADMIN_TOKEN=$token java -Dforgepulse.track="git:bench=$repo" -Dforgepulse.data-dir="$work/data" \
    -Dquarkus.http.port=$port -jar "$jar" > "$work/service.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  # The first harvest starts by itself at start-up; its duration is measured by the service (harvest_run).
  until curl -fs "localhost:$port/api/v1/projects/git/bench" 2>/dev/null | grep -q '"outcome":"success"'; do
    sleep 0.2
    grep -q '"outcome":"failure"' <(curl -fs "localhost:$port/api/v1/projects/git/bench" 2>/dev/null || true) \
      && { echo "harvest failed" >&2; exit 1; }
  done
  ingest_ms=$(curl -fs "localhost:$port/api/v1/projects/git/bench" | json "d['lastHarvest']['durationMs']")
  first_at=$(curl -fs "localhost:$port/api/v1/projects/git/bench" | json "d['lastHarvest']['at']")
  curl -fs -X POST -H "Authorization: Bearer $token" "localhost:$port/api/v1/projects/git/bench/harvest" > /dev/null
  until [ "$(curl -fs "localhost:$port/api/v1/projects/git/bench" | json "d['lastHarvest']['at']")" != "$first_at" ] \
        && curl -fs "localhost:$port/api/v1/projects/git/bench" | grep -q '"outcome":"success"'; do sleep 0.1; done
  reharvest_ms=$(curl -fs "localhost:$port/api/v1/projects/git/bench" | json "d['lastHarvest']['durationMs']")
  kill $pid; wait $pid 2>/dev/null || true
  python3 - "$run" "$commits" "$git_s" "$ingest_ms" "$reharvest_ms" <<'PY'
import sys
run, commits, git_s, ingest_ms, re_ms = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
ingest = ingest_ms / 1000
print(f"| {run} | {commits} | {git_s:.2f} | {ingest:.2f} | {ingest / git_s:.2f} | {commits / ingest:.0f} | {re_ms / 1000:.3f} |")
PY
done
