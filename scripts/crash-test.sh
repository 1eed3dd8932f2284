#!/usr/bin/env bash
# Crash test: N times (default 50), a server process on one database takes concurrent creates and
# updates, is killed with kill -9 mid-stream, and is started again; every write it acknowledged
# must be readable with its content, and the audit chain must verify (RestartTest, which the
# normal test run does with 3 rounds). See docs/reliability.md.
# Usage: scripts/crash-test.sh [ROUNDS] [DATABASES]   (default 50 postgresql; DATABASES: h2, postgresql or h2,postgresql)
# PostgreSQL: the test server on 127.0.0.1:54329, or MBCNAV_TEST_PG_URL (a fresh schema is made).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-50}"
databases="${2:-postgresql}"
. "$root/scripts/find-jdk.sh"
mbcnav_use_jdk
cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "crash test: $rounds rounds on $databases (load average now: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
status=0
./mvnw -B -pl server -am verify -Dtest=RestartTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmbcnav.crash.iterations="$rounds" -Dmbcnav.crash.kinds="$databases" >"$log" 2>&1 || status=$?
grep -E '^crash (round|test)' "$log" || true
grep -E 'Tests run:.*RestartTest|FAIL|AssertionError|Expect' "$log" | head -20 || true
[ "$status" = 0 ] && echo "crash test: passed" || echo "crash test: FAILED (exit $status)"
exit "$status"
