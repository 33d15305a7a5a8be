#!/usr/bin/env bash
# Runs .ci/containers.sh (docker/ checked without an engine), then: a live Prometheus scrapes the packaged forgepulse
# (target/quarkus-app, built by the verify before this script), and every PromQL expression in dashboards/ (Grafana
# panel targets and variables, alerting rules) is evaluated against it through the HTTP query API: each must evaluate
# and return data (the rule for quiet alerts is in .ci/promql-check.py).
#
# forgepulse tracks scripted git projects and GitHub projects served from the recorded answers by WireMock
# (pipeline.LiveStackFixtures, from the test classpath; no internet), among them three that fail:
#   git:missing          a location that does not exist              -> ForgepulseHarvestNeverSucceeded fires
#   github:acme/broken   every answer a 500                          -> ForgepulseHarvestNeverSucceeded fires
#   git:flaky            harvested once, then its repository removed -> ForgepulseHarvestFailing fires
# Prometheus loads a test copy of the rules in which ForgepulseHarvestFailing's "no success for 6 hours" is 30 seconds
# (nothing else differs); the expressions checked are the shipped ones. Ports are free ones, waits are generous
# (a loaded 2-core machine starts the service in a minute), and every process started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=/usr/bin/python3
SCRAPE=5

need_apt() {
  apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "$@" >/dev/null; }
}
command -v prometheus >/dev/null 2>&1 || need_apt prometheus
[ -x "$PY" ] && "$PY" -c 'import yaml' 2>/dev/null || need_apt python3 python3-yaml
# docker/'s files first: the static checks are quick and need the same tools.
bash .ci/containers.sh
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "prometheus.sh: $JAR is missing: run ./mvnw -B -ntp verify first" >&2; exit 1; }

WORK=$(mktemp -d /tmp/forgepulse-prometheus.XXXXXX)
PIDS=()
finish() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$rc" -ne 0 ]; then
    for log in fixtures forgepulse prometheus; do
      echo "---- last lines of $log.log" >&2
      tail -n 40 "$WORK/$log.log" >&2 || true
    done
    echo "prometheus.sh: FAILED (work directory kept: $WORK)" >&2
  else
    rm -rf "$WORK"
  fi
}
trap finish EXIT

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# json URL EXPR: evaluates a Python expression over the JSON answer `j` (empty output when the request fails).
json() { curl -fsS --max-time 20 "$1" 2>/dev/null | "$PY" -c "import json,sys; j=json.load(sys.stdin); print($2)" 2>/dev/null || true; }
# wait_for SECONDS WHAT COMMAND...: retries COMMAND every 2 s until it succeeds.
wait_for() {
  local limit=$1 what=$2 start=$SECONDS
  shift 2
  until "$@"; do
    if [ $((SECONDS - start)) -ge "$limit" ]; then echo "prometheus.sh: gave up after ${limit}s waiting for $what" >&2; return 1; fi
    sleep 2
  done
  echo "  $what ($((SECONDS - start))s)"
}

echo "== live Prometheus over forgepulse (work directory $WORK)"
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" io.forgepulse.pipeline.LiveStackFixtures \
  "$WORK/fixtures" >"$WORK/fixtures.log" 2>&1 &
PIDS+=($!)
wait_for 180 "scripted projects and recorded GitHub ready" test -f "$WORK/fixtures/forgepulse.env"

PORT=$(free_port)
SERVICE=http://127.0.0.1:$PORT
TOKEN=$("$PY" -c 'import secrets; print(secrets.token_hex(16))')
mkdir -p "$WORK/service"
# A working directory of its own, so no config/application.properties but this run's environment applies.
(
  cd "$WORK/service"
  set -a
  # shellcheck disable=SC1091
  . "$WORK/fixtures/forgepulse.env"
  set +a
  unset FORGEPULSE_GITHUB_TOKEN FORGEPULSE_GITLAB_TOKEN FORGEPULSE_GITEE_TOKEN
  exec env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" FORGEPULSE_DATA_DIR="$WORK/data" \
    FORGEPULSE_ADMIN_TOKEN="$TOKEN" FORGEPULSE_HTTP_BACKOFF=10ms FORGEPULSE_HTTP_MAX_WAIT=1s \
    FORGEPULSE_GITLAB_API_URL=http://127.0.0.1:1/api/v4 FORGEPULSE_GITEE_API_URL=http://127.0.0.1:1/api/v5 \
    java -Xmx384m -jar "$ROOT/$JAR"
) >"$WORK/forgepulse.log" 2>&1 &
PIDS+=($!)
wait_for 300 "forgepulse ready on $SERVICE" curl -fs --max-time 5 -o /dev/null "$SERVICE/q/health/ready"

# outcome PROJECT_URL_PATH: the outcome of the project's last harvest, once one has finished ("" before).
outcome() { json "$SERVICE/api/v1/projects/$1" "(j.get('lastHarvest') or {}).get('outcome') or ''"; }
harvested() { for p in git/sample git/flaky git/missing github/panjf2000/ants github/acme/broken; do
  case "$(outcome "$p")" in ''|running) return 1 ;; esac; done; }
wait_for 300 "first harvest of the five projects finished" harvested
for p in git/sample git/flaky github/panjf2000/ants:success git/missing:failure github/acme/broken:failure; do
  want=${p#*:}; [ "$want" = "$p" ] && want=success; p=${p%%:*}
  got=$(outcome "$p")
  [ "$got" = "$want" ] || { echo "prometheus.sh: $p: first harvest $got, expected $want" >&2; exit 1; }
done
echo "  outcomes as scripted: sample, flaky, panjf2000/ants succeeded; missing, acme/broken failed"

# The test copy of the rules: only ForgepulseHarvestFailing's 6-hour threshold shortened to 30 s.
"$PY" - "$ROOT/dashboards/forgepulse-alerts.yml" "$WORK/alerts-ci.yml" <<'EOF'
import sys, yaml
rules = yaml.safe_load(open(sys.argv[1]))
changed = 0
for group in rules["groups"]:
    for rule in group["rules"]:
        if rule.get("alert") == "ForgepulseHarvestFailing" and "6 * 3600" in rule["expr"]:
            rule["expr"] = rule["expr"].replace("6 * 3600", "30")
            changed += 1
if changed != 1:
    sys.exit("prometheus.sh: ForgepulseHarvestFailing no longer says '6 * 3600': update the test copy's substitution")
yaml.safe_dump(rules, open(sys.argv[2], "w"), sort_keys=False)
EOF
PPORT=$(free_port)
PROM=http://127.0.0.1:$PPORT
cat >"$WORK/prometheus.yml" <<EOF
global:
  scrape_interval: ${SCRAPE}s
  evaluation_interval: ${SCRAPE}s
rule_files: [alerts-ci.yml]
scrape_configs:
  - job_name: forgepulse
    metrics_path: /q/metrics
    static_configs:
      - targets: ["127.0.0.1:$PORT"]
EOF
promtool check config "$WORK/prometheus.yml" >/dev/null
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/tsdb" \
  --web.listen-address="127.0.0.1:$PPORT" --log.level=warn >"$WORK/prometheus.log" 2>&1 &
PIDS+=($!)
wait_for 120 "Prometheus ready on $PROM" curl -fs --max-time 5 -o /dev/null "$PROM/-/ready"
# scraped N: Prometheus holds at least N successful scrapes of forgepulse from the last 2 minutes.
scraped() { [ "$(json "$PROM/api/v1/query?query=sum_over_time(up%7Bjob%3D%22forgepulse%22%7D%5B2m%5D)" \
  "int(float(j['data']['result'][0]['value'][1])) if j['data']['result'] else 0")" -ge "$1" ] 2>/dev/null; }
wait_for 120 "two scrapes" scraped 2

# git:flaky's repository disappears: two harvests now fail, with scrapes between them, so the failure counter is
# seen rising (increase() needs two samples; the counter first appears at 1).
mv "$WORK/fixtures/flaky" "$WORK/fixtures/flaky.gone"
for attempt in 1 2; do
  before=$(json "$SERVICE/api/v1/projects/git/flaky" "j['lastHarvest']['at']")
  code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
    "$SERVICE/api/v1/projects/git/flaky/harvest")
  [ "$code" = 202 ] || { echo "prometheus.sh: harvest-now answered $code, expected 202" >&2; exit 1; }
  rerun() { local at; at=$(json "$SERVICE/api/v1/projects/git/flaky" "j['lastHarvest']['at']")
    [ -n "$at" ] && [ "$at" != "$before" ] && [ "$(outcome git/flaky)" = failure ]; }
  wait_for 120 "git:flaky harvest $attempt failed" rerun
  sleep $((3 * SCRAPE))
done

# alerts_firing: the three scripted failures fire, and neither harvest alert fires for a healthy project.
firing() { json "$PROM/api/v1/alerts" "' '.join(sorted(a['labels']['alertname'] + '/' + a['labels'].get('project', '')
  for a in j['data']['alerts'] if a['state'] == 'firing'))"; }
alerts_firing() {
  local now
  now=" $(firing) "
  for want in ForgepulseHarvestNeverSucceeded/git:missing ForgepulseHarvestNeverSucceeded/github:acme/broken \
    ForgepulseHarvestFailing/git:flaky; do
    [[ $now == *" $want "* ]] || return 1
  done
}
wait_for 180 "alerts firing for the scripted failures" alerts_firing
now=" $(firing) "
for healthy in git:sample github:panjf2000/ants; do
  for alert in ForgepulseHarvestFailing ForgepulseHarvestNeverSucceeded; do
    if [[ $now == *" $alert/$healthy "* ]]; then echo "prometheus.sh: $alert fires for $healthy, which is healthy" >&2; exit 1; fi
  done
done
echo "  firing:$now"
wait_for 60 "three more scrapes" scraped 6

# The dashboard's project picker lists every tracked project, the failing ones too (their harvest panels matter most).
picker=$("$PY" -c 'import json,sys; v=[v for v in json.load(open(sys.argv[1]))["templating"]["list"] if v["name"]=="project"][0]
q=v["query"]; q=q["query"] if isinstance(q,dict) else q; print(q.split("(",1)[1].split(",")[0].strip())' dashboards/forgepulse-health.json)
listed=$(json "$PROM/api/v1/label/project/values?match%5B%5D=$picker" "' '.join(sorted(j['data']))")
[ "$listed" = "git:flaky git:missing git:sample github:acme/broken github:panjf2000/ants" ] \
  || { echo "prometheus.sh: the dashboard's \$project ($picker) lists '$listed', not the five tracked projects" >&2; exit 1; }
echo "  the dashboard's \$project lists the five tracked projects"

echo "== every PromQL expression in dashboards/ against the live Prometheus"
"$PY" .ci/promql-check.py "$PROM" dashboards/forgepulse-health.json -- dashboards/forgepulse-alerts.yml
echo "== live Prometheus: passed (5 projects, alerts ForgepulseHarvestNeverSucceeded x2 and ForgepulseHarvestFailing firing)"
