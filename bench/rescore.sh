#!/usr/bin/env bash
# Benchmark: the start-up rescoring alone, on the store a `bench/scale.sh N` run left behind. Each round marks every
# stored card as an older ruleset while the service is stopped, starts it with no scheduled harvest and no score
# history (so nothing runs beside the rescoring), and reports the pass's own time from its log line.
#
#   bench/rescore.sh N [h2|pg] [ROUNDS]
#
# With FORGEPULSE_BASELINE_JAR set, every round starts that build first and then FORGEPULSE_JAR (default: this
# checkout's), on the same store: interleaved pairs. pg reads FORGEPULSE_DB_URL as bench/scale.sh does.
# FORGEPULSE_JAVA_OPTS adds JVM options (e.g. a JFR recording) to every start; FORGEPULSE_BENCH_WATCH names a command
# run with the service's pid right after each start (e.g. a per-thread CPU sampler that runs in the background).
set -euo pipefail
n=${1:?usage: bench/rescore.sh N [h2|pg] [ROUNDS]}
db=${2:-h2}
rounds=${3:-3}
cd "$(dirname "$0")/.."
root=$(pwd)
jar=${FORGEPULSE_JAR:-target/quarkus-app/quarkus-run.jar}
jars=("$jar")
[ -n "${FORGEPULSE_BASELINE_JAR:-}" ] && jars=("$FORGEPULSE_BASELINE_JAR" "$jar")
work=bench/work/scale-$n
[ -d "$work/data" ] || { echo "no store: run bench/scale.sh $n $db first" >&2; exit 1; }
port=${FORGEPULSE_BENCH_PORT:-18095}
# The projects scale.sh tracked: a project left out of forgepulse.track keeps its data but is not scored.
track=""
for i in $(seq 1 "$n"); do track="$track${track:+, }git:r$i=$root/$work/repos/r$i"; done
args=(-Dforgepulse.track="$track" -Dforgepulse.data-dir="$work/data" -Dquarkus.http.port=$port -Dforgepulse.harvest.scheduled=false
      -Dforgepulse.score-history.enabled=false -Xmx1g ${FORGEPULSE_JAVA_OPTS:-})
if [ "$db" = pg ]; then
  export FORGEPULSE_DB_URL=${FORGEPULSE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/bench_scale}
  name=${FORGEPULSE_DB_URL##*/}; name=${name%%\?*}
  args+=(-Dquarkus.profile=pg)
  mark_old() { psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$name" -c "$(mark_sql)"; }
  cards() { psql -At -h 127.0.0.1 -U postgres -d "$name" -c "$(cards_sql)"; }
else
  h2=$(ls "$(dirname "$jar")"/lib/main/com.h2database.h2-*.jar)
  dbfile=$(ls "$work"/data/*.mv.db | head -1)
  h2sql() { java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$root/${dbfile%.mv.db}" -user sa -sql "$1"; }
  mark_old() { local out; out=$(h2sql "$(mark_sql)"); ! grep -q '^Error' <<< "$out" || { echo "$out" >&2; exit 1; }; }
  cards() { h2sql "$(cards_sql)" | awk 'NR == 2 {print $1}'; }
fi
# A card is unique by (project, ruleset, day, kind): each round gives the cards of the current ruleset a name of
# their own, so the older rounds' cards (kept, as a real ruleset change keeps them) never collide with them.
cards_sql() { echo "SELECT COUNT(*) AS n FROM score_card WHERE historical = FALSE AND ruleset NOT LIKE 'old-%'"; }
mark_sql() {
  echo "UPDATE score_card SET ruleset = CONCAT('old-$(date +%s)-', ruleset) WHERE ruleset NOT LIKE 'old-%'"
}
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null || true' EXIT
echo "| round | build | rescoring $n projects (ms) | present cards of the current ruleset after it |"
echo "|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  for j in "${jars[@]}"; do
    mark_old
    log=$work/rescore.log
    : > "$log" # here, not by the background job's redirection, which may come after the first look at the log
    FORGEPULSE_ADMIN_TOKEN=bench-token java "${args[@]}" -jar "$j" >> "$log" 2>&1 &
    pid=$!
    [ -n "${FORGEPULSE_BENCH_WATCH:-}" ] && "$FORGEPULSE_BENCH_WATCH" $pid
    until grep -q "start-up scoring: .* projects republished or rescored" "$log"; do
      sleep 0.2
      kill -0 $pid 2>/dev/null || { echo "the service stopped; see $log" >&2; exit 1; }
    done
    ms=$(grep "start-up scoring: .* projects republished or rescored" "$log" | tail -1 | sed -E 's/.* in ([0-9]+) ms.*/\1/')
    kill $pid; wait $pid 2>/dev/null || true
    pid=
    build=$( [ "$j" = "${FORGEPULSE_BASELINE_JAR:-}" ] && echo baseline || echo measured )
    echo "| $round | $build | $ms | $(cards) |"
  done
done
