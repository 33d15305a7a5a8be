#!/usr/bin/python3
"""Checks docker/ without a Docker engine (called by .ci/containers.sh, from the repository root).

- docker/compose.yaml against the Compose Specification's JSON schema (docker/schema/compose-spec.json), with the
  variables it requires set, as `docker compose config` would interpolate them;
- what the schema cannot see: every bind-mounted file or directory and the build context and Dockerfile exist; the
  Prometheus scrape targets and the Grafana datasource URL name compose services on their ports;
- Grafana provisioning: each file parses as YAML with the keys Grafana requires; the dashboard provider's path is a
  mount of dashboards/, whose dashboards parse as JSON and select the provisioned datasource (its uid, or a
  datasource variable of its type while it is the default);
- the Dockerfile: several stages, the fast-jar copied, a non-root USER, a HEALTHCHECK on /q/health/ready, a VOLUME
  for the data directory; every build-context path it COPYs exists.

Prints what passed and exits 1 at the first group that failed.
"""
import json
import os
import re
import sys

import jsonschema
import yaml

DOCKER = "docker"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)
    return ok


def interpolate(text, env):
    """${VAR}, ${VAR:-default}, ${VAR:?message} as Compose does, with env standing for the operator's shell."""
    def value(m):
        name, op, arg = m.group(1), m.group(2), m.group(3) or ""
        if name in env and (env[name] or op != ":-"):
            return env[name]
        if op in (":?", "?"):
            raise SystemExit(f"compose.yaml requires {name}: {arg}")
        return arg if op in (":-", "-") else ""
    return re.sub(r"\$\{(\w+)(?:(:?[-?])([^}]*))?\}", value, text)


def compose():
    text = open(os.path.join(DOCKER, "compose.yaml")).read()
    required = sorted(set(re.findall(r"\$\{(\w+):\?", text)))
    model = yaml.safe_load(interpolate(text, {name: "ci-" + name.lower() for name in required}))
    schema = json.load(open(os.path.join(DOCKER, "schema", "compose-spec.json")))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(model), key=lambda e: list(e.path))
    for e in errors:
        print(f"     {'/'.join(map(str, e.path))}: {e.message}")
    check(not errors, f"compose.yaml is valid against the Compose Specification schema (required: {', '.join(required)})")
    services = model["services"]
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                check(os.path.exists(os.path.join(DOCKER, source)), f"{name}: mounted {source} exists")
        build = service.get("build")
        if build:
            context = os.path.join(DOCKER, build["context"])
            check(os.path.isfile(os.path.join(context, build["dockerfile"])), f"{name}: build {build['dockerfile']} exists")
    check({"postgres", "prometheus", "grafana"} <= services.keys()
          and sum(1 for s in services.values() if s.get("image") == "forgepulse:local") == 2,
          "compose.yaml has postgres, two forgepulse instances, prometheus and grafana")
    for name, service in services.items():
        env = service.get("environment", {})
        if service.get("image") == "forgepulse:local":
            check(env.get("QUARKUS_PROFILE") == "pg" and "//postgres:5432/" in env.get("FORGEPULSE_DB_URL", ""),
                  f"{name}: QUARKUS_PROFILE=pg on the postgres service")
    return model


def prometheus(model):
    config = yaml.safe_load(open(os.path.join(DOCKER, "prometheus.yml")))
    targets = [t for job in config["scrape_configs"] for sc in job.get("static_configs", []) for t in sc["targets"]]
    forgepulse = [n for n, s in model["services"].items() if s.get("image") == "forgepulse:local"]
    check(sorted(targets) == sorted(f"{n}:8080" for n in forgepulse),
          f"prometheus.yml scrapes every forgepulse instance: {', '.join(targets)}")
    mounts = [v.split(":")[1] for v in model["services"]["prometheus"]["volumes"]]
    check(all("/etc/prometheus/" + f in mounts for f in config.get("rule_files", [])) and config.get("rule_files"),
          f"prometheus.yml's rule files are mounted beside it: {', '.join(config.get('rule_files', []))}")


def grafana(model):
    grafana = model["services"]["grafana"]
    mounts = {v.split(":")[1]: os.path.normpath(os.path.join(DOCKER, v.split(":")[0]))
              for v in grafana["volumes"] if v.startswith(".")}
    provisioning = mounts.get("/etc/grafana/provisioning")
    if not check(provisioning is not None, "grafana: provisioning mounted at /etc/grafana/provisioning"):
        return
    datasources = []
    for name in sorted(os.listdir(os.path.join(provisioning, "datasources"))):
        doc = yaml.safe_load(open(os.path.join(provisioning, "datasources", name)))
        for ds in doc.get("datasources", []):
            ok = doc.get("apiVersion") == 1 and all(ds.get(k) for k in ("name", "type", "uid", "url", "access"))
            check(ok, f"datasource {name}: apiVersion 1, name, type, uid, url, access ({ds.get('uid')})")
            host = re.match(r"https?://([^:/]+):(\d+)", ds.get("url", ""))
            check(host and host.group(1) in model["services"], f"datasource {ds.get('uid')} reaches a compose service")
            datasources.append(ds)
    default = [ds for ds in datasources if ds.get("isDefault")]
    check(len(default) == 1, "exactly one default datasource")
    boards = 0
    for name in sorted(os.listdir(os.path.join(provisioning, "dashboards"))):
        doc = yaml.safe_load(open(os.path.join(provisioning, "dashboards", name)))
        for provider in doc.get("providers", []):
            path = provider.get("options", {}).get("path")
            ok = doc.get("apiVersion") == 1 and provider.get("name") and provider.get("type") == "file" and path
            check(ok, f"dashboard provider {name}: apiVersion 1, name, type file, options.path")
            source = mounts.get(path)
            if not check(source is not None, f"provider path {path} is a mount"):
                continue
            for board in sorted(f for f in os.listdir(source) if f.endswith(".json")):
                boards += 1
                dashboard_datasources(os.path.join(source, board), datasources, default)
    check(boards > 0, f"{boards} dashboard(s) provisioned")


def dashboard_datasources(path, datasources, default):
    try:
        board = json.load(open(path))
    except ValueError as e:
        check(False, f"{path} parses as JSON: {e}")
        return
    check(board.get("uid") and board.get("title") and board.get("panels"), f"{path}: uid, title, panels")
    variables = {v["name"]: v for v in board.get("templating", {}).get("list", []) if v.get("type") == "datasource"}
    uids = {ds["uid"]: ds for ds in datasources}
    refs = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("datasource"), dict):
                refs.append(node["datasource"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(board)
    bad = []
    for ref in refs:
        uid = ref.get("uid", "")
        var = re.fullmatch(r"\$\{?(\w+)\}?", uid)
        if var:
            chosen = variables.get(var.group(1))
            # A datasource variable with no saved choice selects the default datasource of its type.
            ok = chosen is not None and default and chosen.get("query") == default[0]["type"] == ref.get("type") \
                and (chosen.get("current", {}).get("value") in (None, default[0]["uid"]))
        else:
            ok = uid in uids and uids[uid]["type"] == ref.get("type")
        if not ok:
            bad.append(uid)
    check(refs and not bad, f"{path}: all {len(refs)} datasource references select the provisioned datasource"
          + (f" (not: {', '.join(sorted(set(bad)))})" if bad else ""))


def dockerfile():
    text = open(os.path.join(DOCKER, "Dockerfile")).read()
    lines = [l.strip() for l in re.sub(r"\\\n", " ", text).splitlines() if l.strip() and not l.startswith("#")]
    instructions = [(l.split()[0].upper(), l) for l in lines]
    froms = [l for i, l in instructions if i == "FROM"]
    check(len(froms) >= 2, f"Dockerfile is multi-stage ({len(froms)} stages)")
    users = [l.split()[1] for i, l in instructions if i == "USER"]
    check(users and users[-1].split(":")[0] not in ("root", "0"), f"Dockerfile runs as a non-root user ({users})")
    health = [l for i, l in instructions if i == "HEALTHCHECK"]
    check(health and "/q/health/ready" in health[-1], "Dockerfile HEALTHCHECK asks /q/health/ready")
    check(any(i == "VOLUME" and "/data" in l for i, l in instructions), "Dockerfile declares the data VOLUME")
    check(any("--from=build" in l and "quarkus-app/lib/" in l for i, l in instructions)
          and any("quarkus-run.jar" in l for i, l in instructions if i == "ENTRYPOINT"),
          "Dockerfile runs the fast-jar layout (target/quarkus-app)")
    for i, l in instructions:
        if i == "COPY" and "--from=" not in l:
            for source in l.split()[1:-1]:
                check(os.path.exists(source), f"Dockerfile COPY source {source} exists in the build context")


if __name__ == "__main__":
    model = compose()
    prometheus(model)
    grafana(model)
    dockerfile()
    print(f"\n{len(failures)} check(s) failed" if failures else "\ndocker/: every check passed")
    sys.exit(1 if failures else 0)
