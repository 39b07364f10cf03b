#!/usr/bin/env bash
# The switch, rehearsed (docs/adr/0011-the-way-off-camunda-7.md): the Camunda build of Accord
# makes a database and leaves work in it (an agreement waiting at its screening task), then the
# Operaton build starts on that same data folder and the agreement goes on (screened, on to its
# reviews). Needs both jars:
#   ./mvnw -DskipTests package && operaton/build.sh -DskipTests package && operaton/switch-drill.sh
set -euo pipefail
cd "$(dirname "$0")/.."
camunda_jar="$(ls target/accord-*.jar | head -1)"
operaton_jar="$(ls target/operaton/target/accord-operaton-*.jar | head -1)"
work="$(mktemp -d /tmp/accord-switch-drill.XXXXXX)"
port="${DRILL_PORT:-18080}"
export SERVER_PORT="$port" ACCORD_MANAGEMENT_PORT="$((port + 1))" ACCORD_DATA_DIR="$work/data"
base="http://localhost:$port"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; true' EXIT

start() { # jar, log, arguments
  local jar="$1" log="$2"
  shift 2
  java -jar "$jar" "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    curl -sf "$base/readyz" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { tail -40 "$log"; echo "drill: $jar did not start" >&2; exit 1; }
    sleep 3
  done
  echo "drill: $jar not ready after 300 s" >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
json() { # a Python expression of the answer d; the answer itself when it is not JSON
  python3 -c "import json,sys
s = sys.stdin.read()
try:
    d = json.loads(s)
except ValueError:
    sys.exit('drill: not JSON: ' + s[:300])
print($1)"
}
fail() { echo "drill: FAILED: $*" >&2; exit 1; }

echo "drill: Camunda build ($camunda_jar) on a fresh data folder $work/data"
start "$camunda_jar" "$work/camunda.log" --spring.profiles.active=demo
reference=$(curl -sf -u officer:demo -H 'Content-Type: application/json' "$base/api/agreements" -d '{
  "title": "Rural broadband toolkit", "partnerCode": "GSMA", "type": "CONTRIBUTION_AGREEMENT",
  "priority": "AFFORDABLE_CONNECTIVITY", "region": "AFRICA", "beneficiaryCountries": ["RW", "KE"],
  "amount": "250000.00", "currency": "USD", "startDate": "2027-01-01", "endDate": "2028-12-31",
  "reportingFrequency": "SEMI_ANNUAL", "outputTypes": ["TOOLKITS"],
  "results": [{"objective": "Connect rural schools",
    "activities": [{"description": "Survey unconnected schools", "timeFrame": "2027-Q1",
                    "responsible": "National regulator", "outputs": ["Survey report"]}],
    "indicators": [{"name": "Schools connected", "unit": "schools", "baseline": 0, "target": 120}]}]}' | json 'd["reference"]')
definitions=$(curl -sf -u admin:demo "$base/engine-rest/process-definition/count" | json 'd["count"]')
echo "drill: Camunda made $reference, waiting at screening; $definitions process definitions"
stop

# Outside the demo profile, as a deployment runs: the administrators of the Camunda database
# (camunda-admin) must become Operaton's (operaton-admin), or its webapps offer the setup page.
echo "drill: Operaton build ($operaton_jar) on the same data folder, production profile"
ACCORD_ADMIN_PASSWORD="drill-Not-Guessable-1" start "$operaton_jar" "$work/operaton.log" \
  --accord.documents.seal.self-signed=true
grep -q 'org.operaton.bpm.engine' "$work/operaton.log" || fail "the second start was not Operaton's engine"
[ "$(curl -sf -u admin:demo "$base/engine-rest/process-definition/count" | json 'd["count"]')" = "$definitions" ] \
  || fail "Operaton redeployed the processes (or lost some)"
task=$(curl -sf -u officer2:demo "$base/engine-rest/task?taskDefinitionKey=screenProposal&maxResults=1" | json 'd[0]["id"]')
curl -sf -u officer2:demo -X POST "$base/engine-rest/task/$task/claim" -H 'Content-Type: application/json' \
  -d '{"userId":"officer2"}' >/dev/null
curl -sf -u officer2:demo -X POST "$base/engine-rest/task/$task/complete" -H 'Content-Type: application/json' \
  -d '{"variables":{"screeningDecision":{"value":"ACCEPT"},"screeningComment":{"value":"fits"}}}' >/dev/null
sleep 3
status=$(curl -sf -u officer:demo "$base/api/agreements/$reference" | json 'd["status"]')
reviews=$(curl -sf -u admin:demo "$base/engine-rest/task?maxResults=10" | json '" ".join(sorted(t["taskDefinitionKey"] for t in d))')
[ "$status" = DUE_DILIGENCE ] || fail "$reference is $status after screening, not DUE_DILIGENCE"
[ "$reviews" = "financialReview legalReview" ] || fail "open tasks after screening: $reviews"
grep -q "Administrator 'admin' carried over to operaton-admin" "$work/operaton.log" \
  || fail "the administrators were not carried over"
for page in /operaton/app/tasklist/scripts/config.js /operaton/app/tasklist/scripts/accord-forms.js; do
  curl -sf -o /dev/null "$base$page" || fail "$page is not served"
done
stop
echo "drill: PASSED: Operaton opened the Camunda database; $reference screened, now $status with $reviews"
rm -rf "$work"
