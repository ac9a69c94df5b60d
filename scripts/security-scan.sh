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
# number of findings from the scan's output; the rest is the scan's command.
run_scan() {
  local name=$1 count_findings=$2
  shift 2
  local before errors_before started found
  before=$(answered)
  errors_before=$(server_errors)
  started=$(date +%s)
  timeout --signal=INT --kill-after=15 "$((scan_seconds + 30))" "$@" >"$workspace/$name.log" 2>&1 || true
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

# Whether the manager's session still opens the dashboard: a scan that signed itself out tested
# the rest of its pages as nobody, which the figures should say.
still_signed_in() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $manager_cookie" "$server_url/dashboard")
  echo "  still signed in at the end: $([[ $status == 200 ]] && echo yes || echo "no ($status)")"
}

# sqlmap prints "identified the following injection point(s)" for each flaw it confirms.
sqlmap_findings() { grep -c 'identified the following injection point' "$1" || true; }
# One thread: sqlmap refuses --threads with --csrf-token.
sqlmap=(sqlmap --batch --disable-coloring --output-dir="$workspace/sqlmap" --level=2 --risk=1
  --time-sec=2 --answers='follow=N')

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
# wapiti overruns --max-scan-time by half a minute or so; it is given a minute less than the run.
# --skip csrf_token: a payload in the CSRF token is refused before anything else is read.
wapiti_modules="exec,file,sql,timesql,xss,permanentxss,redirect,crlf,ssrf,xxe,methods,htaccess,shellshock"
wapiti=(wapiti --flush-session --store-session "$workspace/wapiti-session" --no-bugreport
  --max-scan-time "$((scan_seconds > 90 ? scan_seconds - 60 : 30))"
  --max-attack-time "$((scan_seconds / 6))" --scope folder --skip csrf_token -f json)
# Signed in, no csrf module: it replays each form as crawled, and the sign-out form (whose only
# field is its token) ends the session, after which it sees every form refused alike (419) and
# takes that for a token not checked. It runs as nobody, where there is no session to lose.
# (wapiti 3.0.4's -x, which could leave sign-out out, fails on Python 3.11.)

echo "Scanning $server_url (SCAN_SECONDS=$scan_seconds per run)"
# Each crawl twice: without --csrf-token sqlmap tests links and GET forms (it skips a target whose
# page has no token when given one); with it, the POST forms, taking a fresh token each time.
run_scan sqlmap-public sqlmap_findings \
  "${sqlmap[@]}" -u "$server_url/" --crawl=3 --forms --crawl-exclude="$excluded"
run_scan sqlmap-public-posts sqlmap_findings \
  "${sqlmap[@]}" -u "$server_url/" --crawl=3 --forms --csrf-token=csrf_token --crawl-exclude="$excluded"
for path in '/api/v1/cases?page=1' '/api/v1/library?q=neglect&page=1' '/api/v1/courses?page=1'; do
  run_scan "sqlmap-api-$(echo "$path" | cut -d/ -f4 | cut -d'?' -f1)" sqlmap_findings \
    "${sqlmap[@]}" -u "$server_url$path" --headers="Authorization: Bearer $token"
done
run_scan wapiti-public wapiti_findings \
  "${wapiti[@]}" -m "$wapiti_modules,csrf" -o "$workspace/wapiti-public.log.json" -u "$server_url/"
# Signed in as the manager, whose pages and forms are the most; the run that posts forms last,
# since one of them may sign the session out. Each says whether the session lasted to its end.
run_scan sqlmap-signed-in sqlmap_findings \
  "${sqlmap[@]}" -u "$server_url/dashboard" --crawl=3 --forms --crawl-exclude="$excluded" \
  --cookie="$manager_cookie"
still_signed_in
run_scan wapiti-signed-in wapiti_findings \
  "${wapiti[@]}" -m "$wapiti_modules" -o "$workspace/wapiti-signed-in.log.json" -u "$server_url/" \
  -H "Cookie: $manager_cookie"
still_signed_in
run_scan sqlmap-signed-in-posts sqlmap_findings \
  "${sqlmap[@]}" -u "$server_url/dashboard" --crawl=3 --forms --csrf-token=csrf_token \
  --crawl-exclude="$excluded" --cookie="$manager_cookie"
still_signed_in

echo "security-scan: $(answered) requests answered, $(server_errors) with 5xx, $findings findings"
[[ $findings -eq 0 ]]
