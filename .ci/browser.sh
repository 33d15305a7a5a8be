#!/usr/bin/env bash
# The web pages' browser tests (BrowserTest) drive Debian's chromium through its chromedriver; a CJK font lets the
# Chinese pages render (and their screenshots show) real glyphs. Installed before the Maven build, which runs them.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wqy; then
  echo "chromium, chromium-driver and a CJK font are installed"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-wqy-microhei >/dev/null
fi
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "browser tests will run on $(chromium --version 2>/dev/null | head -n 1)"
else
  echo "chromium or chromium-driver could not be installed: the browser tests will fail under CI=true" >&2
fi
