#!/usr/bin/env bash
# Service load benchmark: CDS Hooks patient-view with prefetch, full JWT checks, audit log and H2
# (or --db URL). Runs the server and wrk on this machine. See docs/performance.md.
# Usage: server/load/patient-view.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-30}"
connections="${2:-32}"
threads=1
port="${BENCH_PORT:-18181}"
db="${BENCH_DB:-}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

work="$(mktemp -d)"
export BENCH_DIR="$work" WRK_THREADS="$threads"
[ -n "$db" ] || db="jdbc:h2:file:$work/db"
cd "$root"
./mvnw -q -B -DskipTests -pl cli -am install >"$work/build.log" 2>&1
./mvnw -q -B -pl server test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >>"$work/build.log" 2>&1
cp="server/target/test-classes:server/target/classes:$(cat "$work/cp.txt")"

# Enough single-use tokens for warm-up and the measured run at up to 4,000 requests/s.
count=$(( (duration + 15) * 4000 ))
aud="http://bench.local/cds-services/mbcnav-patient-view"
"$JAVA_HOME/bin/java" -cp "$cp" org.mbcnav.server.LoadTokens "$work" "$aud" "$count" 3600

"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xms1g -Xmx1g} -jar cli/target/mbcnav.jar serve --port "$port" --host 127.0.0.1 \
  --db "$db" --public-url http://bench.local --trust-issuer "https://ehr.bench/=file:$work/jwks.json" \
  --kb knowledge >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
token="$(awk '/^  mbcnav_/ {print $1}' "$work/server.log")"
[ -n "$token" ] || { echo "no admin token (use an empty database)" >&2; cat "$work/server.log" >&2; exit 1; }

# The patient, stored under the id the EHR uses, and a patient-view request with every prefetch key.
sed 's/^id: .*/id: "bench-1"/' examples/patients/hr-positive-pik3ca-after-cdk46.yaml |
  curl -sf -X PUT "http://127.0.0.1:$port/api/patients/bench-1" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/yaml' --data-binary @- >/dev/null
empty='{"resourceType":"Bundle","type":"searchset","entry":[]}'
cat >"$work/request.json" <<JSON
{"hook":"patient-view","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","fhirServer":"http://127.0.0.1:9/fhir",
 "context":{"userId":"Practitioner/example","patientId":"bench-1"},
 "prefetch":{"patient":{"resourceType":"Patient","id":"bench-1","gender":"female","birthDate":"1962-05-14"},
   "conditions":$empty,"observations":$empty,"medications":$empty}}
JSON

echo "warm-up (15 s)..." >&2
wrk -t"$threads" -c"$connections" -d15s -s server/load/patient-view.lua "http://127.0.0.1:$port" >/dev/null
# The warm-up used the first tokens; the measured run starts after them.
tail -n +$(( 15 * 4000 + 1 )) "$work/tokens.txt" >"$work/t" && mv "$work/t" "$work/tokens.txt"
echo "measured run: ${duration} s, ${connections} connections, $(nproc) cores shared by server and wrk" >&2
wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 5s -s server/load/patient-view.lua "http://127.0.0.1:$port"
curl -s "http://127.0.0.1:$port/metrics" | grep -E 'mbcnav_http_requests_total\{method="POST",route="/cds-services/\{id\}"' >&2 || true
