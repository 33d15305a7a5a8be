#!/usr/bin/env bash
# Benchmark: full ingest of a real repository by the packaged service, against `git log --numstat` on the same
# repository in the same run, then a re-harvest with no new commits.
#
#   bench/git-ingest.sh /path/to/repository [runs]
#
# Two ingests per run and build: "cold", the first harvest right after the service starts (its JIT compiler still
# busy with the code every harvest runs), and "warm", the same repository tracked over the API by a service that has
# already harvested it once under another id (a bare clone of it, made once and not timed) and finished that
# project's month-end cards: what a project added to a running service costs.
#
# The repository may be bare (e.g. a mirror of apache/commons-lang). Needs the packaged service
# (./mvnw -B -ntp package -DskipTests), curl and python3. Prints one markdown row per run and build.
#
# Optional, from the environment:
#   FORGEPULSE_JAR           the quarkus-run.jar to measure (default: this checkout's target/quarkus-app)
#   FORGEPULSE_BASELINE_JAR  another build's quarkus-run.jar, measured right before FORGEPULSE_JAR in every run
#   PERCEVAL                 a checkout of GrimoireLab Perceval: its git backend (`perceval git`) is timed on the
#                            same branch in every row, as a second baseline
#   PERCEVAL_PYTHONPATH      more entries for its PYTHONPATH (e.g. a grimoirelab-toolkit checkout)
#   PERCEVAL_PYTHON          the python that has Perceval's dependencies (default: python3)
set -euo pipefail
repo=$(cd "$1" && pwd)
runs=${2:-3}
cd "$(dirname "$0")/.."
jar=${FORGEPULSE_JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || { echo "build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 1; }
jars=("$jar")
if [ -n "${FORGEPULSE_BASELINE_JAR:-}" ]; then
  [ -f "$FORGEPULSE_BASELINE_JAR" ] || { echo "no such jar: $FORGEPULSE_BASELINE_JAR" >&2; exit 1; }
  jars=("$FORGEPULSE_BASELINE_JAR" "$jar")
fi
work=bench/work
mkdir -p "$work"
token=bench-token
port=18080

now_ms() { date +%s%3N; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

commits=$(git -C "$repo" rev-list --no-merges --count HEAD)
perceval_s=-
if [ -n "${PERCEVAL:-}" ]; then
  # Perceval reads a bare clone of its own (made once, not timed) and, like forgepulse, only HEAD's branch; it emits
  # merges too (with their combined diff), so its items are more than forgepulse's commits.
  branch=$(git -C "$repo" symbolic-ref --short HEAD)
  rm -rf "$work/perceval.git" && git clone -q --bare "$repo" "$work/perceval.git"
  perceval_items=$(git -C "$repo" rev-list --count HEAD)
  perceval() {
    PYTHONPATH="$PERCEVAL${PERCEVAL_PYTHONPATH:+:$PERCEVAL_PYTHONPATH}" "${PERCEVAL_PYTHON:-python3}" -c \
      'import sys; from perceval.perceval import main; sys.exit(main())' \
      git "$repo" --git-path "$work/perceval.git" --branches "$branch" --no-update --json-line -o /dev/null \
      2> "$work/perceval.log"
  }
  echo "Perceval: $perceval_items items (merges included) on $branch; forgepulse: $commits non-merge commits"
  echo
fi
rm -rf "$work/warm.git" && git clone -q --bare "$repo" "$work/warm.git"
warm_repo=$(cd "$work/warm.git" && pwd)
echo "| run | build | commits | git log --numstat (s) | Perceval git (s) | forgepulse full ingest, cold / warm (s) | ÷ git log, cold / warm | ÷ Perceval, cold / warm | commits/s, warm | re-harvest, no new commits (s) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for run in $(seq 1 "$runs"); do
 for jar in "${jars[@]}"; do
  # Baseline: git itself, output discarded (warm page cache: it runs first and again right before the ingest).
  git -C "$repo" log --numstat HEAD > /dev/null
  t0=$(now_ms); git -C "$repo" log --numstat HEAD > /dev/null; t1=$(now_ms)
  git_s=$(python3 -c "print(($t1-$t0)/1000)")
  if [ -n "${PERCEVAL:-}" ]; then
    t0=$(now_ms); perceval; t1=$(now_ms)
    perceval_s=$(python3 -c "print(($t1-$t0)/1000)")
  fi

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
  # Warm: once the month-end cards of the first project are stored (nothing else runs), the same history again.
  until grep -aq 'git:bench: [0-9]* month-end score cards computed in' "$work/service.log"; do sleep 0.2; done
  curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
       -d "{\"id\": \"git:warm\", \"location\": \"$warm_repo\"}" "localhost:$port/api/v1/projects" > /dev/null
  until curl -fs "localhost:$port/api/v1/projects/git/warm" 2>/dev/null | grep -q '"outcome":"success"'; do sleep 0.2; done
  warm_ms=$(curl -fs "localhost:$port/api/v1/projects/git/warm" | json "d['lastHarvest']['durationMs']")
  kill $pid; wait $pid 2>/dev/null || true
  build=$( [ "$jar" = "${FORGEPULSE_BASELINE_JAR:-}" ] && echo baseline || echo measured )
  python3 - "$run" "$build" "$commits" "$git_s" "$perceval_s" "$ingest_ms" "$warm_ms" "$reharvest_ms" <<'PY'
import sys
run, build, commits, git_s, perceval, ingest_ms, warm_ms, re_ms = sys.argv[1:]
commits, git_s, cold, warm = int(commits), float(git_s), int(ingest_ms) / 1000, int(warm_ms) / 1000
per_s, per_ratio = ("-", "-") if perceval == "-" else (
    f"{float(perceval):.2f}", f"{cold / float(perceval):.2f} / {warm / float(perceval):.2f}")
print(f"| {run} | {build} | {commits} | {git_s:.2f} | {per_s} | {cold:.2f} / {warm:.2f} "
      f"| {cold / git_s:.2f} / {warm / git_s:.2f} | {per_ratio} | {commits / warm:.0f} | {int(re_ms) / 1000:.3f} |")
PY
 done
done
