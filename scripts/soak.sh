#!/usr/bin/env bash
# Load and soak run of `mbcnav serve` on loopback: a fixed-rate, open-loop mix of plans, CDS Hooks
# (patient-view, order-select), patient reads and patient writes over PostgreSQL, with the server's
# heap after GC and open file descriptors sampled while it runs. See docs/reliability.md.
# Usage: scripts/soak.sh [SECONDS] [REQUESTS_PER_SECOND] [SAMPLE_EVERY_SECONDS]   (default 600 40 30)
# (after 30 s of warm-up at the same rate, not counted in the figures)
# Database: a fresh schema on the PostgreSQL test server (127.0.0.1:54329), or SOAK_DB=JDBC_URL
# (an empty database). Server JVM options: SOAK_JAVA_OPTS (default "-Xms512m -Xmx512m").
# Exit status 0 only with no errors, flat heap and flat file descriptors, and an intact audit chain.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-600}"
rate="${2:-40}"
sample="${3:-30}"
. "$root/scripts/find-jdk.sh"
mbcnav_use_jdk
cd "$root"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "soak: building (log in $work/build.log)..." >&2
./mvnw -q -B -DskipTests -pl cli -am package >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; exit 1; }
./mvnw -q -B -pl server -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" \
  -Dmdep.includeScope=test >>"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; exit 1; }
cp="server/target/test-classes:server/target/classes:$(cat "$work/cp.txt")"

db="${SOAK_DB:-}"
if [ -z "$db" ]; then
  base="${MBCNAV_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:54329/mbcnav_test?user=mbcnav&password=mbcnav}"
  schema="soak_$(date +%s)_$$"
  "$JAVA_HOME/bin/java" -cp "$cp" org.mbcnav.server.FreshSchema "$base" "$schema"
  db="$base&currentSchema=$schema"
fi
echo "soak: $seconds s at $rate requests/s on $(nproc) cores (load average now: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
status=0
"$JAVA_HOME/bin/java" -Dmbcnav.root="$root" -cp "$cp" org.mbcnav.server.SoakDriver cli/target/mbcnav.jar knowledge \
  "$db" "$work" "$seconds" "$rate" "$sample" || status=$?
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${schema:-}" ]; then
  "$JAVA_HOME/bin/java" -cp "$cp" org.mbcnav.server.FreshSchema "$base" "$schema" --drop || true
fi
[ "$status" = 0 ] || tail -n 20 "$work/server.log" >&2
exit "$status"
