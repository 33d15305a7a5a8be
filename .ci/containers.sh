#!/usr/bin/env bash
# Checks docker/ without a Docker engine (none runs on these machines; docker/README.md says what is and is not
# checked): promtool on the compose stack's Prometheus configuration with the alerting rules laid out as the
# compose file mounts them, the compose file against the Compose Specification's JSON schema plus the Grafana
# provisioning and the Dockerfile's structure (.ci/containers-check.py), and hadolint when a package provides it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3

need_apt() {
  apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "$@" >/dev/null; }
}
command -v promtool >/dev/null 2>&1 || need_apt prometheus
[ -x "$PY" ] && "$PY" -c 'import yaml, jsonschema' 2>/dev/null || need_apt python3 python3-yaml python3-jsonschema

echo "== docker/: promtool check config (the rules mounted beside it, as in compose.yaml)"
LAYOUT=$(mktemp -d /tmp/forgepulse-containers.XXXXXX)
trap 'rm -rf "$LAYOUT"' EXIT
cp docker/prometheus.yml dashboards/forgepulse-alerts.yml "$LAYOUT/"
promtool check config "$LAYOUT/prometheus.yml"

echo "== docker/: compose schema, Grafana provisioning, Dockerfile structure"
"$PY" .ci/containers-check.py

if command -v hadolint >/dev/null 2>&1; then
  echo "== docker/: hadolint"
  hadolint docker/Dockerfile
else
  echo "== docker/: hadolint not run (no package provides it here)"
fi
