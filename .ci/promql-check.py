#!/usr/bin/python3
"""Evaluates every PromQL expression in dashboards/ against a live Prometheus (called by .ci/prometheus.sh).

Expressions: each target of each Grafana panel (rows' nested panels too), each templating query, and each rule's
`expr` in the alerting rules. Grafana variables are substituted as Grafana would for the dashboard's defaults:
$project (multi, include All) becomes the regex of every value its query returns, joined by '|';
$__interval and $__rate_interval become 1m (four times the CI scrape interval, so rate() always has two samples);
$__range 1h.

The rule applied (a query "has data" when its result is not empty):
- every expression must evaluate without error;
- a panel target and a templating query must have data;
- an alert expression may have data (it fires) or be empty (it is quiet); a quiet one must be quiet for the
  right reason, so each operand of its top-level set operators (and, unless, or), with a top-level comparison
  against a scalar removed (`x > 0` is evaluated as `x`), must have data: the metrics it reads exist. A quiet
  alert over metrics that are absent is a failure, since it could never fire.

Prints one line per expression and exits 1 if any fails.
"""
import json
import re
import sys
import urllib.parse
import urllib.request

import yaml

SCALAR = re.compile(r"^[\s0-9.eE+\-*/()]*$")
SET_OPERATOR = re.compile(r"(and|unless|or)(\s+(on|ignoring)\s*\([^)]*\))?")
COMPARISON = re.compile(r"(==|!=|>=|<=|>|<)(\s*bool)?")


def query(base, expr):
    url = base + "/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            body = json.load(answer)
    except urllib.error.HTTPError as e:
        body = json.load(e)
    if body.get("status") != "success":
        return None, body.get("error", "unknown error")
    result = body["data"]["result"]
    if body["data"]["resultType"] == "scalar":
        result = [result]
    return result, None


def label_values(base, label, match):
    url = base + "/api/v1/label/" + label + "/values?" + urllib.parse.urlencode({"match[]": match})
    with urllib.request.urlopen(url, timeout=30) as answer:
        return json.load(answer)["data"]


def top_level_split(expr, pattern):
    """Splits expr at matches of pattern that lie outside (), [], {} and quotes; returns the pieces."""
    pieces, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(expr):
        c = expr[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0:
            m = pattern.match(expr, i)
            # A keyword must stand alone (not inside a metric or function name).
            word = pattern is SET_OPERATOR
            if m and (not word or ((i == 0 or not expr[i - 1].isalnum() and expr[i - 1] != "_")
                                   and (m.end(1) >= len(expr) or not (expr[m.end(1)].isalnum() or expr[m.end(1)] == "_")))):
                pieces.append(expr[start:i])
                start = i = m.end()
                continue
        i += 1
    pieces.append(expr[start:])
    return [p.strip() for p in pieces]


def quiet_operands(expr):
    """The operands a quiet alert expression must find data for (see the module's rule)."""
    operands = []
    for operand in top_level_split(expr, SET_OPERATOR):
        sides = top_level_split(operand, COMPARISON)
        operands.append(sides[0])
        operands.extend(side for side in sides[1:] if not SCALAR.match(side))
    return operands


def dashboard_expressions(path):
    board = json.load(open(path))
    templating = board.get("templating", {}).get("list", [])
    variables = {}
    queries = []
    for var in templating:
        if var.get("type") != "query":
            continue
        q = var.get("query")
        q = q.get("query") if isinstance(q, dict) else q
        queries.append((var["name"], q))

    def panels(items):
        for p in items:
            yield p
            yield from panels(p.get("panels", []))

    targets = [(f"panel {p.get('id')} '{p.get('title')}' {t.get('refId')}", t["expr"])
               for p in panels(board.get("panels", [])) for t in p.get("targets", []) if t.get("expr")]
    return queries, targets, variables


def substitute(expr, variables):
    expr = expr.replace("$__rate_interval", "1m").replace("$__interval", "1m").replace("$__range", "1h")
    for name, value in variables.items():
        expr = expr.replace("${" + name + "}", value).replace("$" + name, value)
    return expr


def main(base, dashboards, rules_files):
    failures, lines = 0, []

    def report(ok, what, expr, detail):
        nonlocal failures
        failures += 0 if ok else 1
        lines.append(f"{'ok  ' if ok else 'FAIL'} {what}: {detail}\n       {expr}")

    for board in dashboards:
        queries, targets, variables = dashboard_expressions(board)
        for name, q in queries:
            m = re.fullmatch(r"\s*label_values\((.+),\s*(\w+)\)\s*", q)
            if not m:
                report(False, f"{board} variable ${name}", q, "not a label_values(metric, label) query")
                continue
            values = label_values(base, m.group(2), m.group(1))
            report(bool(values), f"{board} variable ${name}", q, f"{len(values)} values: {', '.join(values)}")
            variables[name] = "|".join(re.escape(v) for v in values) or ".*"
        for what, expr in targets:
            expr = substitute(expr, variables)
            result, error = query(base, expr)
            report(bool(result), f"{board} {what}", expr, error or (f"{len(result)} series" if result else "no data"))

    for rules_file in rules_files:
        for group in yaml.safe_load(open(rules_file))["groups"]:
            for rule in group["rules"]:
                name = rule.get("alert") or rule.get("record")
                expr = " ".join(str(rule["expr"]).split())
                result, error = query(base, expr)
                if error:
                    report(False, f"{rules_file} {name}", expr, error)
                elif result:
                    report(True, f"{rules_file} {name}", expr, f"fires now: {len(result)} series")
                else:
                    empty = []
                    for operand in quiet_operands(expr):
                        r, e = query(base, operand)
                        if e or not r:
                            empty.append(f"{operand!r}: {e or 'no data'}")
                    report(not empty, f"{rules_file} {name}", expr,
                           "quiet; its metrics have data" if not empty else "quiet, and " + "; ".join(empty))

    print("\n".join(lines))
    total = len(lines)
    print(f"\n{total - failures} of {total} dashboard and rule expressions passed", end="")
    print(f"; {failures} FAILED" if failures else "")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: promql-check.py PROMETHEUS_URL DASHBOARD.json... -- RULES.yml...")
    args = sys.argv[2:]
    split = args.index("--") if "--" in args else len(args)
    sys.exit(main(sys.argv[1].rstrip("/"), args[:split], args[split + 1:]))
