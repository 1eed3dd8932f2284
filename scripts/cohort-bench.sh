#!/usr/bin/env bash
# Population-run benchmark (docs/performance.md, "Population runs"). Generates a synthetic export
# of N patients (default 100000), then prints patients/s for: the streaming floor (Jackson token
# walk of the same NDJSON, 1 and 2 threads), grouping by patient alone, the in-process engine on
# 1 and 2 threads, and Spark local[2]; and the peak heap of the in-process engine at N/10 and N.
# Usage: scripts/cohort-bench.sh [N] [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/find-jdk.sh"
mbcnav_use_jdk || exit 1
n="${1:-100000}"
work="${2:-$root/target/cohort-bench}"
small=$((n / 10))
mkdir -p "$work"
cd "$root"
# One reactor build, so that the class paths name this tree's modules (not other builds' jars in ~/.m2).
./mvnw -q -B -pl cli,cohort-spark -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/classpath.txt >"$work/build.log" 2>&1
cli_cp="$root/cli/target/classes:$(cat "$root/cli/target/classpath.txt")"
spark_cp="$root/cohort-spark/target/classes:$(cat "$root/cohort-spark/target/classpath.txt")"
java=("$JAVA_HOME/bin/java" -Xmx2g -Dmbcnav.home="$root")
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
for size in "$small" "$n"; do
  [ -f "$work/pop-$size/manifest.json" ] || "${java[@]}" -cp "$cli_cp" org.mbcnav.cli.Main synth --patients "$size" --seed 7 --out "$work/pop-$size"
done
echo "== export: $n patients, $(du -sh "$work/pop-$n" | cut -f1) of NDJSON"

for t in 1 2; do
  "${java[@]}" -cp "$cli_cp" org.mbcnav.cohort.StreamingFloor "$work/pop-$n" "$t" "$n" $([ "$t" = 1 ] && echo "$root/knowledge")
done
run() { # label, engine args...
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$work/$label.log" 2>&1 || { echo "$label failed; see $work/$label.log"; tail -5 "$work/$label.log"; return 1; }
  t1=$(date +%s.%N)
  local rate
  rate=$(grep -o 'cohort: .*' "$work/$label.log" | head -1 || true)
  printf '%-24s wall %6.1f s  %8.0f patients/s (wall, JVM start included)  %s\n' "$label" "$(echo "$t1 - $t0" | bc)" \
    "$(echo "$n_run / ($t1 - $t0)" | bc -l)" "$(echo "$rate" | grep -o '[0-9,]* patients/s; peak heap [0-9,]* MB' || true)"
}
n_run=$small
run "in-process-2t-$small" "${java[@]}" -cp "$cli_cp" org.mbcnav.cli.Main cohort "$work/pop-$small" --as-of 2026-06-01 --threads 2 --out "$work/report-2t-$small" --progress never
n_run=$n
run "in-process-1t-$n" "${java[@]}" -cp "$cli_cp" org.mbcnav.cli.Main cohort "$work/pop-$n" --as-of 2026-06-01 --threads 1 --out "$work/report-1t" --progress never
run "in-process-2t-$n" "${java[@]}" -cp "$cli_cp" org.mbcnav.cli.Main cohort "$work/pop-$n" --as-of 2026-06-01 --threads 2 --out "$work/report-2t" --progress never
# shellcheck disable=SC2086
run "spark-local2-$n" "$JAVA_HOME/bin/java" -Xmx2g $opens -cp "$spark_cp" org.mbcnav.cohort.spark.SparkCohortJob "$work/pop-$n" \
  --as-of 2026-06-01 --out "$work/report-spark" --kb "$root/knowledge" --master 'local[2]'
if cmp -s "$work/report-2t/aggregates.json" "$work/report-spark/aggregates.json"; then
  echo "== aggregates: in-process and Spark identical"
else
  echo "== aggregates: in-process and Spark DIFFER"
fi
