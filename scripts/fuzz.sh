#!/usr/bin/env bash
# Runs one Jazzer fuzz test for real (coverage-guided, not just its kept inputs), e.g.
#   scripts/fuzz.sh io PatientReaderFuzzTest#nativePatient 10m
# New coverage-increasing inputs go to <module>/.cifuzz-corpus/ (not committed); a crashing input is
# written to the test's <Class>Inputs/<method>/ resource folder, where `./mvnw verify` replays it
# from then on. Only one fuzz test can fuzz per JVM, so run targets one after another.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/find-jdk.sh"
mbcnav_use_jdk
cd "$root"
if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh MODULE Class#method [DURATION, default 10m]" >&2
  exit 2
fi
module="$1" test="$2" duration="${3:-10m}"
# JUnit's own @Timeout would stop the whole campaign: it is switched off, and Jazzer turns the
# test's @Timeout into libFuzzer's per-input -timeout instead (a slower input is a hang finding).
# libFuzzer: memory use over 2.5 GB is a finding (-rss_limit_mb); totals at the end (-print_final_stats).
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" exec ./mvnw -B -pl "$module" -am verify \
  -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx2g -Djunit.jupiter.execution.timeout.mode=disabled -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-rss_limit_mb=2560 -Djazzer.internal.arg.2=-print_final_stats=1"
