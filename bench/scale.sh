#!/usr/bin/env bash
# Benchmark: many projects at once. Generates N plain git repositories with `git fast-import` (MIN..MAX commits
# each, by 3..60 authors, over 5 years), starts the packaged service tracking all of them, and reports:
# time to HTTP, first-harvest time of all N, three cycles with nothing new (each timed by the service's own run
# records, and the database size after each), the harvest_run rows they left, a restart that rescores every card (the
# stored cards are marked as an older ruleset first), RSS, database size, and read throughput/latency of scores,
# series, pulse, contributors, projects and compare with 20 concurrent clients (wrk).
#
#   bench/scale.sh N [h2|pg] [MIN_COMMITS] [MAX_COMMITS] [SECONDS]
#
# pg: a database named by FORGEPULSE_DB_URL (default jdbc:postgresql://127.0.0.1:5432/bench_scale, dropped and
# created again with psql). Needs the packaged service (./mvnw -B -ntp package -DskipTests), git, curl, python3, wrk.
set -euo pipefail
n=${1:?usage: bench/scale.sh N [h2|pg] [MIN_COMMITS] [MAX_COMMITS] [SECONDS]}
db=${2:-h2}
min=${3:-200}
max=${4:-2000}
secs=${5:-10}
cd "$(dirname "$0")/.."
. bench/wrk-row.sh
root=$(pwd)
jar=${FORGEPULSE_JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || { echo "build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 1; }
work=bench/work/scale-$n
port=${FORGEPULSE_BENCH_PORT:-18095} # another benchmark may hold the default
token=bench-token
rm -rf "$work/data" && mkdir -p "$work/repos"

# --- repositories: generated once per N and size range, reused by later runs -----------------------------------
gen() { # name commits authors
  local dir="$work/repos/$1"
  [ -d "$dir" ] && return
  git init -q --bare "$dir"
  python3 - "$2" "$3" <<'PY' | git -C "$dir" fast-import --quiet
import sys
commits, authors = int(sys.argv[1]), int(sys.argv[2])
start, span = 1_640_000_000, 5 * 365 * 86400
out = sys.stdout
for i in range(1, commits + 1):
    a = (i * 7919) % authors
    when = start + i * span // commits
    who = f"Dev {a} <dev{a}@org{a % 7}.example>"
    msg = f"Change {i}\n"
    body = f"line {i}\n" * (1 + i % 5)
    out.write(f"commit refs/heads/main\nmark :{i}\nauthor {who} {when} +0200\ncommitter {who} {when} +0200\n")
    out.write(f"data {len(msg.encode())}\n{msg}")
    if i > 1:
        out.write(f"from :{i - 1}\n")
    out.write(f"M 100644 inline src/f{i % 97}.txt\ndata {len(body.encode())}\n{body}\n")
    if i % 200 == 0:
        out.write(f"reset refs/tags/v{i // 200}\nfrom :{i}\n\n")
PY
  git -C "$dir" symbolic-ref HEAD refs/heads/main
}
track=""
total_commits=0
for i in $(seq 1 "$n"); do
  c=$(( min + (i * 7919) % (max - min + 1) ))
  gen "r$i" "$c" $(( 3 + i % 58 ))
  total_commits=$(( total_commits + c ))
  track="$track${track:+, }git:r$i=$root/$work/repos/r$i"
done
echo "N=$n projects, $total_commits commits in all ($min..$max each), store: $db"

# --- the service ---------------------------------------------------------------------------------------------
args=(-Dforgepulse.track="$track" -Dforgepulse.data-dir="$work/data" -Dquarkus.http.port=$port
      -Xmx1g)
if [ "$db" = pg ]; then
  export FORGEPULSE_DB_URL=${FORGEPULSE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/bench_scale}
  name=${FORGEPULSE_DB_URL##*/}; name=${name%%\?*}
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
  args+=(-Dquarkus.profile=pg)
fi
now_ms() { date +%s%3N; }
pid=
up_ms=
start_service() { # sets pid and up_ms (the time until HTTP answers)
  local t0; t0=$(now_ms)
  FORGEPULSE_ADMIN_TOKEN=$token java "${args[@]}" -jar "$jar" >> "$work/service.log" 2>&1 &
  pid=$!
  until curl -fs "localhost:$port/q/health/live" > /dev/null 2>&1; do sleep 0.1; done
  up_ms=$(( $(now_ms) - t0 ))
}
trap '[ -n "$pid" ] && kill $pid 2>/dev/null || true' EXIT
list() { curl -fs "localhost:$port/api/v1/projects?size=1000"; }
# How many projects have a finished harvest after the instant $1 (ISO), by their last harvest's time.
harvested_after() {
  list | python3 -c "import json,sys; d=json.load(sys.stdin); print(sum(1 for p in d if p['lastHarvest']
    and p['lastHarvest']['outcome'] in ('success','failure') and p['lastHarvest']['at'] > sys.argv[1]))" "$1"
}
iso_now() { python3 -c "import datetime; print(datetime.datetime.now(datetime.timezone.utc).isoformat()[:23])"; }

: > "$work/service.log"
t0=$(now_ms); since=$(iso_now)
start_service; http_ms=$up_ms
until [ "$(harvested_after "$since")" -ge "$n" ]; do sleep 0.5; done
first_ms=$(( $(now_ms) - t0 ))
rss_harvest=$(ps -o rss= -p "$pid")

# The store's size on disk: H2's file (MVStore writes in the background: a pause first), PostgreSQL's database.
db_size() {
  if [ "$db" = pg ]; then
    psql -At -h 127.0.0.1 -U postgres -c "SELECT pg_database_size('$name')"
  else
    sleep 2; stat -c %s "$(ls "$work"/data/*.mv.db | head -1)"
  fi
}
mb() { python3 -c "print(f'{$1 / 1048576:.1f} MB')"; }
size_first=$(db_size)

# Cycles with nothing new, as an operator sees them: every project asked to harvest now (one curl process sending
# the N requests, 8 at a time, so the benchmark does not spend the cycle spawning N processes), until every one has
# finished again. Timed by the service's own records (lastHarvest: finish time and duration), not by the polling:
# "cycle" is from the first request to the last run's end, "runs" from the first run's start to the last run's end.
requests=$work/harvest-requests
: > "$requests"
for i in $(seq 1 "$n"); do
  printf 'url = "http://localhost:%s/api/v1/projects/git/r%s/harvest"\noutput = "/dev/null"\n' "$port" "$i" >> "$requests"
done
cycle_times() { # prints "cycle_ms runs_ms" for the runs that finished after the instant $1 (ISO)
  list | python3 -c "
import datetime, json, sys
since = datetime.datetime.fromisoformat(sys.argv[1] + '+00:00')
at = lambda p: datetime.datetime.fromisoformat(p['lastHarvest']['at'].replace('Z', '+00:00'))
runs = [p for p in json.load(sys.stdin) if p['lastHarvest'] and at(p) > since]
end = max(at(p) for p in runs)
start = min(at(p) - datetime.timedelta(milliseconds=p['lastHarvest']['durationMs'] or 0) for p in runs)
print(round((end - since).total_seconds() * 1000), round((end - start).total_seconds() * 1000))" "$1"
}
noop_rows=""
for cycle in 1 2 3; do
  since=$(iso_now)
  curl -fsS --no-progress-meter -X POST -H "Authorization: Bearer $token" --parallel --parallel-max 8 -K "$requests"
  until [ "$(harvested_after "$since")" -ge "$n" ]; do sleep 1; done
  read -r cycle_ms runs_ms < <(cycle_times "$since")
  noop_rows="$noop_rows| no-op cycle $cycle: first request to last run's end / first run's start to last end | ${cycle_ms} ms / ${runs_ms} ms |
| database size after no-op cycle $cycle | $(mb "$(db_size)") |
"
done

# --- reads, 20 clients ---------------------------------------------------------------------------------------
# PostgreSQL plans from statistics that autovacuum refreshes a minute or more after a bulk load; right after the
# first harvests they still describe empty tables, and the reads would measure nested loops over "1 row" guesses
# (contributors: 67 ms per query instead of 5 ms, measured). A service that has run for minutes has fresh ones.
if [ "$db" = pg ]; then psql -q -h 127.0.0.1 -U postgres -d "$name" -c "ANALYZE"; fi
# The largest repository: the one with the most commits (MAX commits at i where i*7919 % range is largest).
big=$(python3 -c "
n,mn,mx=$n,$min,$max
print('r%d' % max(range(1,n+1), key=lambda i: mn + (i*7919) % (mx-mn+1)))")
big_commits=$(git -C "$work/repos/$big" rev-list --count HEAD)
echo
echo "Reads of git:$big ($big_commits commits), wrk 20 connections, 2 threads, ${secs}s after a 3 s warm-up:"
echo
echo "| endpoint | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
for path in "/api/v1/projects/git/$big/scores" \
            "/api/v1/projects/git/$big/series?metric=commits&bucket=week" \
            "/api/v1/projects/git/$big/series?metric=authors&bucket=month" \
            "/api/v1/projects/git/$big/pulse?period=P7D" \
            "/api/v1/projects/git/$big/pulse?period=P30D" \
            "/api/v1/projects/git/$big/contributors" \
            "/api/v1/projects" \
            "/api/v1/compare?project=git:$big&project=git:r1"; do
  wrk_row "$port" "$path" "$secs"
done
rss_load=$(ps -o rss= -p "$pid")
kill $pid; wait $pid 2>/dev/null || true
pid=
size_stopped=$(db_size)

# --- harvest_run rows, then a restart that rescores every card (marked as an older ruleset while stopped) -------
if [ "$db" = pg ]; then
  run_rows=$(psql -At -h 127.0.0.1 -U postgres -d "$name" -c "SELECT COUNT(*) FROM harvest_run")
  psql -q -h 127.0.0.1 -U postgres -d "$name" -c "UPDATE score_card SET ruleset = 'forgepulse/0'"
else
  h2=$(ls "$(dirname "$jar")"/lib/main/com.h2database.h2-*.jar)
  dbfile=$(ls "$work"/data/*.mv.db | head -1)
  h2sql() { java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$root/${dbfile%.mv.db}" -user sa -sql "$1"; }
  run_rows=$(h2sql "SELECT COUNT(*) AS n FROM harvest_run" | awk 'NR == 2 {print $1}')
  h2sql "UPDATE score_card SET ruleset = 'forgepulse/0'" > /dev/null
fi
# Only this start's lines: the log holds the first start's pass too (over an empty store, nothing to rescore).
logged=$(wc -l < "$work/service.log")
start_service; restart_http_ms=$up_ms
rescored() { tail -n +"$(( logged + 1 ))" "$work/service.log" | grep "start-up scoring: .* projects republished or rescored"; }
until rescored > /dev/null; do sleep 0.2; done
rescore_ms=$(rescored | tail -1 | sed -E 's/.* in ([0-9]+) ms.*/\1/')
kill $pid; wait $pid 2>/dev/null || true
pid=

echo
echo "| measure | value |"
echo "|---|---|"
echo "| time to HTTP, empty store | ${http_ms} ms |"
echo "| first harvest of all $n projects (from start) | $(( first_ms / 1000 )) s |"
printf '%s' "$noop_rows"
echo "| harvest_run rows after the first harvest and 3 no-op cycles, $n projects | $run_rows |"
echo "| time to HTTP, restart with $n projects | ${restart_http_ms} ms |"
echo "| rescoring $n projects after a ruleset change (background) | ${rescore_ms} ms |"
echo "| RSS after first harvests / after reads (-Xmx1g) | $(( rss_harvest / 1024 )) MB / $(( rss_load / 1024 )) MB |"
echo "| database size after the first harvests / after the reads, stopped | $(mb "$size_first") / $(mb "$size_stopped") |"
