#!/usr/bin/env bash
# Several forgepulse instances on one PostgreSQL database: coordinated, exactly-once harvesting and take-over.
#
# Starts three instances of the packaged service (QUARKUS_PROFILE=pg, nothing else to coordinate them) on a fresh
# database, tracking twenty scripted git repositories with a short interval, and asserts from harvest_run that no
# project was ever harvested by two instances at once, that no run failed and nothing was stored twice, and that
# every project was harvested. Then it adds commits upstream, asks one instance to harvest everything now, SIGKILLs
# an instance in the middle of a harvest, and asserts that the others finish its projects with exactly what git
# holds (the commit ids stored equal `git rev-list`, as an uninterrupted run stores them).
# Needs: git, psql, python3, a JDK, PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=fp_instances
PROJECTS=20
INSTANCES=3
INTERVAL=30s
JAR=${FORGEPULSE_JAR:-target/quarkus-app/quarkus-run.jar}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -X -q)
WORK=$(mktemp -d /tmp/fp-instances.XXXXXX)
PIDS=()

say() { printf '[instances] %s\n' "$*"; }
sql() { "${PSQL[@]}" -d "$DB" -At -c "$1"; }
fail() {
  say "FAILED: $*"
  for i in $(seq 1 "$INSTANCES"); do
    [ -f "$WORK/i$i.log" ] && { say "--- last lines of instance i$i's log"; tail -n 40 "$WORK/i$i.log" | cut -c1-300; }
  done
  say "--- harvest_run"
  sql "SELECT project_id, instance, outcome, started_at, finished_at, commits FROM harvest_run ORDER BY id" || true
  exit 1
}
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
# Waits up to $1 seconds for the SQL $2 to answer 't'.
await() {
  local limit=$1 query=$2 what=$3 start=$SECONDS
  until [ "$(sql "$query")" = "t" ]; do
    [ $((SECONDS - start)) -ge "$limit" ] && fail "timed out after ${limit}s waiting until $what"
    sleep 1
  done
  say "after $((SECONDS - start))s: $what"
}

command -v psql >/dev/null || { say "psql is not installed: skipped"; exit 0; }
pg_isready -h 127.0.0.1 -p 5432 -q || { say "PostgreSQL is not reachable on 127.0.0.1:5432: skipped"; exit 0; }
[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

# --- Twenty repositories, written with git fast-import: main holds the first commits, 'later' a longer history that
# main is moved to in the second phase. Three are large, so that a harvest is still running when an instance dies.
python3 - "$WORK" "$PROJECTS" <<'PY'
import os, subprocess, sys
work, n = sys.argv[1], int(sys.argv[2])
for p in range(1, n + 1):
    repo = os.path.join(work, "repos", "p%02d" % p)
    subprocess.run(["git", "init", "-q", "--bare", repo], check=True)
    first = 100 + 37 * p
    later = first + (4000 if p <= 3 else 200 + 10 * p)
    out = []
    for c in range(1, later + 1):
        who = c % 7
        when = 1600000000 + c * 3600
        msg = "change %d of p%02d\n" % (c, p)
        body = "line %d\n" % c
        out.append("commit refs/heads/%s\n" % ("main" if c <= first else "later"))
        out.append("mark :%d\n" % c)
        out.append("author Dev %d <dev%d@example.org> %d +0000\n" % (who, who, when))
        out.append("committer Dev %d <dev%d@example.org> %d +0000\n" % (who, who, when))
        out.append("data %d\n%s" % (len(msg), msg))
        if c == first + 1:
            out.append("from :%d\n" % first)
        out.append("M 644 inline src/f%d.txt\ndata %d\n%s\n" % (c % 50, len(body), body))
    subprocess.run(["git", "-C", repo, "fast-import", "--quiet"], input="".join(out).encode(), check=True)
    subprocess.run(["git", "-C", repo, "symbolic-ref", "HEAD", "refs/heads/main"], check=True)
PY
TRACK=$(for p in $(seq -f '%02g' 1 "$PROJECTS"); do printf 'git:p%s=%s/repos/p%s,' "$p" "$WORK" "$p"; done)
TRACK=${TRACK%,}
say "$PROJECTS repositories generated under $WORK/repos"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
TOKEN=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
PORTS=()
start_instance() {
  local i=$1 port
  port=$(free_port)
  PORTS[$i]=$port
  mkdir -p "$WORK/i$i"
  # Nothing here coordinates the instances but the database: no instance name, no peer list. A 5 s heartbeat (a
  # claim is dead after 30 s without one) keeps a CPU-starved but live instance from being taken for dead.
  QUARKUS_PROFILE=pg FORGEPULSE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FORGEPULSE_DB_USER=postgres \
  FORGEPULSE_ADMIN_TOKEN=$TOKEN FORGEPULSE_TRACK="$TRACK" \
    "$JAVA" -Xmx256m -XX:+UseSerialGC \
      -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
      -Dforgepulse.data-dir="$WORK/i$i" -Dforgepulse.harvest.interval=$INTERVAL \
      -Dforgepulse.harvest.batch-size=100 -Dforgepulse.harvest.heartbeat=5s -Dforgepulse.harvest.poll=1s \
      -Dquarkus.datasource.postgresql.jdbc.acquisition-timeout=60S \
      -jar "$JAR" >"$WORK/i$i.log" 2>&1 &
  PIDS[$i]=$!
  say "instance i$i: pid ${PIDS[$i]}, port $port"
}
await_ready() {
  local i=$1 start=$SECONDS
  until curl -fs "http://127.0.0.1:${PORTS[$i]}/q/health/ready" >/dev/null 2>&1; do
    kill -0 "${PIDS[$i]}" 2>/dev/null || fail "instance i$i exited during start-up"
    [ $((SECONDS - start)) -ge 600 ] && fail "instance i$i not ready after 600s"
    sleep 2
  done
}
# The first instance creates the schema; the others start together once it has (a loaded 2-core machine can take
# minutes to start three JVMs at once).
start_instance 1
await_ready 1
for i in $(seq 2 "$INSTANCES"); do start_instance "$i"; done
for i in $(seq 2 "$INSTANCES"); do await_ready "$i"; done
say "all $INSTANCES instances ready"

# --- Phase 1: every project harvested, twice, by whichever instance was free.
await 600 "SELECT COUNT(DISTINCT project_id) = $PROJECTS FROM harvest_run WHERE outcome = 'success'" \
  "every project has a successful harvest"
await 600 "SELECT COUNT(*) = $PROJECTS FROM (SELECT project_id FROM harvest_run WHERE outcome = 'success'
             GROUP BY project_id HAVING COUNT(*) >= 2) AS twice" "every project was harvested again one interval later"

# --- Phase 2: new upstream commits everywhere, "harvest now" asked of one instance, then SIGKILL mid-harvest.
for p in $(seq -f '%02g' 1 "$PROJECTS"); do git -C "$WORK/repos/p$p" update-ref refs/heads/main refs/heads/later; done
BEFORE=$(sql "SELECT COALESCE(MAX(id), 0) FROM harvest_run")
for p in $(seq -f '%02g' 1 "$PROJECTS"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:${PORTS[1]}/api/v1/projects/git/p$p/harvest")
  [ "$code" = 202 ] || fail "harvest now of git:p$p answered $code"
done
say "asked instance i1 to harvest all $PROJECTS projects now"
# The victim: an instance with a running harvest of a large project that has already stored a batch of it.
VICTIM=""
start=$SECONDS
while [ -z "$VICTIM" ]; do
  [ $((SECONDS - start)) -ge 600 ] && fail "no harvest of a large project was caught mid-way"
  row=$(sql "SELECT r.instance || '|' || r.project_id FROM harvest_run r WHERE r.id > $BEFORE AND r.outcome = 'running'
               AND r.project_id IN ('git:p01', 'git:p02', 'git:p03')
               AND (SELECT COUNT(*) FROM commit_event c WHERE c.project_id = r.project_id)
                   > (SELECT 100 + 37 * CAST(SUBSTRING(r.project_id FROM 6) AS INTEGER))
             ORDER BY r.id FETCH FIRST 1 ROWS ONLY")
  if [ -n "$row" ]; then
    name=${row%%|*}
    for i in $(seq 1 "$INSTANCES"); do
      # An instance's default name ends with its process id.
      [ "${name##*-}" = "${PIDS[$i]}" ] && VICTIM=$i
    done
    [ -n "$VICTIM" ] || fail "run of ${row#*|} by an unknown instance '$name'"
    VICTIM_PROJECT=${row#*|}
    VICTIM_NAME=$name
  fi
  sleep 0.5
done
kill -KILL "${PIDS[$VICTIM]}"
wait "${PIDS[$VICTIM]}" 2>/dev/null || true
KILLED_AT=$(sql "SELECT CURRENT_TIMESTAMP")
say "SIGKILLed instance i$VICTIM ($VICTIM_NAME) while it harvested $VICTIM_PROJECT"

await 600 "SELECT NOT EXISTS (SELECT 1 FROM harvest_run WHERE instance = '$VICTIM_NAME' AND outcome = 'running')" \
  "the killed instance's running harvests were marked interrupted by the instance that took them over"
await 900 "SELECT COUNT(DISTINCT project_id) = $PROJECTS FROM harvest_run
             WHERE outcome = 'success' AND started_at > TIMESTAMP WITH TIME ZONE '$KILLED_AT'" \
  "every project was harvested to the end after the kill"

# --- What the database says.
overlaps=$(sql "SELECT COUNT(*) FROM harvest_run a JOIN harvest_run b ON a.project_id = b.project_id AND a.id < b.id
                 AND a.started_at < COALESCE(b.finished_at, CURRENT_TIMESTAMP)
                 AND b.started_at < COALESCE(a.finished_at, CURRENT_TIMESTAMP)")
failures=$(sql "SELECT COUNT(*) FROM harvest_run WHERE outcome NOT IN ('success', 'interrupted', 'running')")
interrupted=$(sql "SELECT COUNT(*) FROM harvest_run WHERE outcome = 'interrupted'")
taken_over=$(sql "SELECT COUNT(*) FROM harvest_run r WHERE r.instance <> '$VICTIM_NAME' AND r.outcome = 'success'
                   AND r.project_id = '$VICTIM_PROJECT' AND r.started_at > TIMESTAMP WITH TIME ZONE '$KILLED_AT'")
schedule=$(sql "SELECT COUNT(*) || ' rows, ' || COUNT(DISTINCT task_instance) || ' projects' FROM harvest_schedule")
[ "$overlaps" = 0 ] || fail "$overlaps pairs of runs of one project overlapped"
[ "$failures" = 0 ] || fail "$failures runs did not succeed: $(sql "SELECT string_agg(project_id || ': ' || COALESCE(message, outcome), '; ') FROM harvest_run WHERE outcome NOT IN ('success', 'interrupted', 'running')")"
[ "$interrupted" -ge 1 ] || fail "no run was recorded as interrupted by the kill"
[ "$taken_over" -ge 1 ] || fail "$VICTIM_PROJECT was not finished by another instance"
[ "$schedule" = "$PROJECTS rows, $PROJECTS projects" ] || fail "the schedule holds $schedule"

# Stored data against git itself: the same commit ids, each once (the primary key forbids twice; the count shows
# nothing is missing or extra), and each cursor at the new head.
mismatches=0
for p in $(seq -f '%02g' 1 "$PROJECTS"); do
  repo="$WORK/repos/p$p"
  expected=$(git -C "$repo" rev-list --count main)
  stored=$(sql "SELECT COUNT(*) FROM commit_event WHERE project_id = 'git:p$p'")
  if [ "$expected" != "$stored" ] || ! diff -q <(git -C "$repo" rev-list main | sort) \
      <(sql "SELECT sha FROM commit_event WHERE project_id = 'git:p$p' ORDER BY sha" | sort) >/dev/null; then
    say "git:p$p: git has $expected commits, the store $stored (or other ids)"
    mismatches=$((mismatches + 1))
  fi
  head=$(git -C "$repo" rev-parse main)
  [ "$(sql "SELECT COUNT(*) FROM harvest_cursor WHERE project_id = 'git:p$p' AND position_value LIKE '%$head%'")" -ge 1 ] \
    || { say "git:p$p: no cursor at the head $head"; mismatches=$((mismatches + 1)); }
done
[ "$mismatches" = 0 ] || fail "$mismatches projects differ from git"

say "summary:"
sql "SELECT '  ' || COALESCE(instance, '?') || ': ' || COUNT(*) || ' runs (' || SUM(CASE WHEN outcome = 'success' THEN 1 ELSE 0 END)
       || ' success, ' || SUM(CASE WHEN outcome = 'interrupted' THEN 1 ELSE 0 END) || ' interrupted), '
       || COUNT(DISTINCT project_id) || ' projects' FROM harvest_run GROUP BY instance ORDER BY instance"
say "  $(sql "SELECT COUNT(*) FROM harvest_run") runs of $PROJECTS projects; overlapping pairs: $overlaps; failed runs: $failures"
say "  killed i$VICTIM mid-harvest of $VICTIM_PROJECT; interrupted runs: $interrupted; its project finished by another instance"
say "  stored commits equal git rev-list for all $PROJECTS projects ($(sql "SELECT COUNT(*) FROM commit_event") commits); schedule: $schedule"
say "OK"
