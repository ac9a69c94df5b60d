#!/usr/bin/env bash
# Security scan (issue 17): starts casereview on a fresh SQLite database with the demonstration
# data and attacks it from outside with sqlmap (SQL injection) and wapiti (injection, XSS, file
# and command execution, open redirects, CRLF, SSRF, XXE, CSRF, headers), each as nobody, as a
# signed-in manager and, for sqlmap, against the API with a token. Each run is bounded in time
# (SCAN_SECONDS per run, default 240). Prints, per run, the requests casereview answered and what
# was found, then a summary line; exits 1 on any finding or any 5xx answer, 0 when there is none.
# Not part of `make test` (it takes about 20 minutes); see docs/operations.md for the figures.
# Needs the Debian packages sqlmap and wapiti (scripts/setup.sh --scan installs them). Extra
# arguments go to `casereview serve`.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"
bench_name="scripts/security-scan.sh"

if [[ ${1:-} == "-h" || ${1:-} == "--help" ]]; then
  print_help 10
  exit 0
fi
require_commands sqlmap wapiti curl node python3
scan_seconds=${SCAN_SECONDS:-240}
password='casereview demonstration'
manager=manager@northbrook.example

start_casereview_on_demonstration_data "$@"
manager_cookie=$(node "$repository/bench/signed-in-session.mjs" "$server_url" "$manager" "$password") ||
  { echo "$bench_name: could not sign $manager in" >&2; exit 1; }
token=$(create_api_token "$manager")
# Pages that would end the signed-in session or ask for a new second factor are not crawled.
excluded='sign-out|set-up-authenticator|second-factor'

findings=0
# Requests casereview answered so far, and its 5xx answers, from its request log.
answered() { grep -c '"status":' "$workspace/casereview.log" || true; }
server_errors() { grep -cE '"status":5[0-9][0-9]' "$workspace/casereview.log" || true; }

# Runs one scan, bounded in time, and reports it. $1 names it; $2 is a command that prints the
# number of findings from the scan's output; the rest is the scan.
run_scan() {
  local name=$1 count_findings=$2
  shift 2
  local before errors_before started found
  before=$(answered)
  errors_before=$(server_errors)
  started=$(date +%s)
  timeout --signal=INT "$((scan_seconds + 60))" "$@" >"$workspace/$name.log" 2>&1 || true
  found=$($count_findings "$workspace/$name.log")
  local errors=$(($(server_errors) - errors_before))
  printf '%-22s %7d requests %5d s   findings: %d   5xx: %d\n' "$name" "$(($(answered) - before))" \
    "$(($(date +%s) - started))" "$found" "$errors"
  if [[ $found -gt 0 || $errors -gt 0 ]]; then
    findings=$((findings + found + errors))
    echo "--- $name: what it reported ---"
    grep -E 'injection point|injectable|Vulnerability|vulnerable|"status":5' "$workspace/$name.log" | head -n 40 || true
  fi
}

# sqlmap prints "identified the following injection point(s)" for each flaw it confirms.
sqlmap_findings() { grep -c 'identified the following injection point' "$1" || true; }
sqlmap_run() {
  sqlmap --batch --disable-coloring --output-dir="$workspace/sqlmap" --threads=4 \
    --level=2 --risk=1 --time-sec=2 --answers='follow=N' "$@"
}

# wapiti writes a JSON report; every vulnerability and anomaly (500s, time-outs) in it counts.
wapiti_findings() {
  python3 - "$1.json" <<'PYTHON'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    print(1)  # no report: the scan did not finish, which is a finding in itself
    sys.exit()
found = 0
for section in ("vulnerabilities", "anomalies"):
    for category, items in report.get(section, {}).items():
        for item in items:
            found += 1
            print(f"{section}: {category}: {item.get('path')} {item.get('info')}", file=sys.stderr)
print(found)
PYTHON
}
wapiti_run() {
  local report=$1
  shift
  wapiti --flush-session --store-session "$workspace/wapiti-session" --no-bugreport \
    --max-scan-time "$scan_seconds" --max-attack-time "$((scan_seconds / 4))" --scope folder \
    -m "exec,file,sql,timesql,xss,permanentxss,redirect,crlf,ssrf,xxe,csrf,methods,htaccess,shellshock" \
    -x "$server_url/sign-out" -x "$server_url/sign-in/set-up-authenticator" \
    -f json -o "$report" "$@"
}

echo "Scanning $server_url (SCAN_SECONDS=$scan_seconds per run)"
run_scan sqlmap-public sqlmap_findings \
  sqlmap_run -u "$server_url/" --crawl=3 --forms --csrf-token=csrf_token --crawl-exclude="$excluded"
run_scan sqlmap-signed-in sqlmap_findings \
  sqlmap_run -u "$server_url/dashboard" --crawl=3 --forms --csrf-token=csrf_token \
  --crawl-exclude="$excluded" --cookie="$manager_cookie"
for path in '/api/v1/cases?page=1' '/api/v1/library?q=neglect&page=1' '/api/v1/courses?page=1'; do
  run_scan "sqlmap-api-$(echo "$path" | cut -d/ -f4 | cut -d'?' -f1)" sqlmap_findings \
    sqlmap_run -u "$server_url$path" --headers="Authorization: Bearer $token"
done
run_scan wapiti-public wapiti_findings \
  wapiti_run "$workspace/wapiti-public.log.json" -u "$server_url/"
run_scan wapiti-signed-in wapiti_findings \
  wapiti_run "$workspace/wapiti-signed-in.log.json" -u "$server_url/" -H "Cookie: $manager_cookie"

echo "security-scan: $(answered) requests answered, $(server_errors) with 5xx, $findings findings"
[[ $findings -eq 0 ]]
