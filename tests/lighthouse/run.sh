#!/usr/bin/env bash
# Lighthouse over the demo site, by hand (scores depend on the machine's load,
# so this is not part of the test suite): builds the demo, serves the built
# folder as a plain static server would, and audits the home page, a
# practice, a document and the events list with Debian's Chromium. Fails when
# accessibility is below 100 or performance, best practices or SEO below 95.
#   tests/lighthouse/run.sh [--bin build/nastavnik]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$root/build/nastavnik"
[[ "${1:-}" == "--bin" ]] && bin="$(realpath "$2")"
command -v chromium >/dev/null || { echo "needs Debian's chromium: apt-get install chromium" >&2; exit 2; }
[[ -x "$bin" ]] || "$root/scripts/build"
# npm ci refuses this lock (a dependency asks for third-party-web@"latest"), so install from it
(cd "$here" && npm install --no-audit --no-fund --silent)

out="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$out"' EXIT
"$bin" build -s "$root" -o "$out/site" -q
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out/site" >/dev/null 2>&1 &
server=$!
sleep 1

first() { find "$out/site/$1" -mindepth 2 -maxdepth 2 -name index.html -not -path "*/sbornik/*" 2>/dev/null | sort | head -n1 | sed "s|^$out/site/||; s|index.html$||"; }
pages=("")
for section in practices documents; do
  page="$(first "$section" || true)"
  [[ -n "$page" ]] && pages+=("$page")
done
pages+=("events/")
status=0
printf '| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|\n'
for page in "${pages[@]}"; do
  CHROME_PATH=/usr/bin/chromium "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet \
    --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$out/report.json" >/dev/null 2>&1
  python3 - "$out/report.json" "/$page" <<'PY' || status=1
import json, sys
r = json.load(open(sys.argv[1]))
s = {k: round(v["score"] * 100) for k, v in r["categories"].items()}
print(f"| {sys.argv[2]} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} |")
for k, a in r["audits"].items():
    if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary":
        print(f"  failed audit: {k}", file=sys.stderr)
sys.exit(0 if s["accessibility"] == 100 and min(s["performance"], s["best-practices"], s["seo"]) >= 95 else 1)
PY
done
exit $status
