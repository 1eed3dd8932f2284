#!/usr/bin/env bash
# Population-run benchmark (docs/performance.md, "Population runs"). Generates synthetic exports
# of N/10 and N patients (default N = 100000), then prints, each with the load average before and
# after: the streaming floor (Jackson token walk of the same NDJSON, 1 and 2 threads), grouping by
# patient alone (ordered export: merge path; unordered export: partition path), the in-process
# engine on 1 and 2 threads at N (and on 1 thread pinned to one core, beside the targets) and on
# 2 threads at N/10, with the rate of each run's second half, and Spark local[2] at N; the heap
# (peak of the pools, and the most kept alive after a collection) at N/10 and N; and each target
# of the requirement with its ratio and PASS or FAIL.
# Usage: [RUNS=3] scripts/cohort-bench.sh [N] [WORKDIR]; at N, the in-process and Spark runs are
# repeated RUNS times, interleaved, and the targets use the medians.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/find-jdk.sh"
mbcnav_use_jdk || exit 1
n="${1:-100000}"
work="${2:-$root/target/cohort-bench}"
small=$((n / 10))
runs="${RUNS:-3}"
k2s=()
mkdir -p "$work"
cd "$root"
# One reactor build, so that the class paths name this tree's modules (not other builds' jars in ~/.m2).
./mvnw -q -B -pl cli,cohort-spark -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/classpath.txt >"$work/build.log" 2>&1
cli_cp="$root/cli/target/classes:$(cat "$root/cli/target/classpath.txt")"
spark_cp="$root/cohort-spark/target/classes:$(cat "$root/cohort-spark/target/classpath.txt")"
java=("$JAVA_HOME/bin/java" -Xmx2g -Dmbcnav.home="$root")
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== machine: $(nproc) cores, load average $(load), $(date -u +%FT%TZ), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "== on a shared machine (load average above the core count) every rate below is a lower bound"
for size in "$small" "$n"; do
  [ -f "$work/pop-$size/manifest.json" ] || "${java[@]}" -cp "$cli_cp" org.mbcnav.cli.Main synth --patients "$size" --seed 7 --out "$work/pop-$size"
done
# The same export with its Patient file in reverse order: not ordered by patient, so grouping takes the partition path.
unordered="$work/pop-$n-unordered"
if [ ! -f "$unordered/manifest.json" ]; then
  mkdir -p "$unordered"
  for f in "$work/pop-$n"/*; do ln -f "$f" "$unordered/" 2>/dev/null || cp "$f" "$unordered/"; done
  rm -f "$unordered/Patient.ndjson"
  tac "$work/pop-$n/Patient.ndjson" > "$unordered/Patient.ndjson"
fi
echo "== export: $n patients, $(du -sh "$work/pop-$n" | cut -f1) of NDJSON"

floor=()
for t in 1 2; do
  before=$(load)
  out=$("${java[@]}" -cp "$cli_cp" org.mbcnav.cohort.StreamingFloor "$work/pop-$n" "$t" "$n" $([ "$t" = 1 ] && echo "$root/knowledge"))
  echo "$out" | sed -e "s/^group .*/& (ordered export)/" -e "s/\$/   [load $before -> $(load)]/"
  floor[$t]=$(echo "$out" | grep '^floor' | grep -o '[0-9,]* patients/s' | head -1 | tr -d ', patients/s')
done
before=$(load)
out=$("${java[@]}" -cp "$cli_cp" org.mbcnav.cohort.StreamingFloor "$unordered" 1 "$n" "$root/knowledge" | grep '^group')
echo "$out (unordered export)   [load $before -> $(load)]"

declare -A rate half wall heap kept
run() { # label, patients, command...
  local label="$1" patients="$2"; shift 2
  local before t0 t1 line
  before=$(load)
  t0=$(date +%s.%N)
  /usr/bin/time -f "cpu %U %S" -o "$work/$label.time" "$@" > "$work/$label.log" 2>&1 \
    || { echo "$label failed; see $work/$label.log"; tail -5 "$work/$label.log"; return 1; }
  t1=$(date +%s.%N)
  wall[$label]=$(echo "$t1 - $t0" | bc)
  line=$(grep -o 'cohort: [0-9,]* patients (.*' "$work/$label.log" | head -1 || true)
  rate[$label]=$(echo "$line" | grep -o '[0-9,]* patients/s' | head -1 | tr -d ', patients/s' || true)
  half[$label]=$(echo "$line" | grep -o 'second half: [0-9,]*/s' | tr -dc '0-9' || true)
  heap[$label]=$(echo "$line" | grep -o 'peak heap [0-9,]* MB' | tr -dc '0-9' || true)
  kept[$label]=$(echo "$line" | grep -o 'at most [0-9,]* MB after' | tr -dc '0-9' || true)
  local cpu
  cpu=$(awk '/^cpu/ {print $2 + $3}' "$work/$label.time")
  printf '%-22s wall %6.1f s (JVM start included) = %6.0f patients/s; engine %6s patients/s (second half %6s); cpu %6.1f s = %5.0f patients per cpu-s; heap peak %5s MB, kept after GC %5s MB   [load %s -> %s]\n' \
    "$label" "${wall[$label]}" "$(echo "$patients / ${wall[$label]}" | bc -l)" "${rate[$label]:--}" "${half[$label]:--}" "$cpu" "$(echo "$patients / $cpu" | bc -l)" \
    "${heap[$label]:--}" "${kept[$label]:--}" "$before" "$(load)"
}
cohort=("${java[@]}" -cp "$cli_cp" org.mbcnav.cli.Main cohort --as-of 2026-06-01 --progress never)
run "in-process-2t-$small" "$small" "${cohort[@]}" "$work/pop-$small" --threads 2 --out "$work/report-2t-$small"
# Each configuration at N runs RUNS times, interleaved, and the targets use the medians: single
# runs of the same build moved by up to a fifth between one run and the next.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
r1s=(); r2s=(); h1s=(); h2s=(); c1s=(); w2s=(); wss=()
# One thread on one core (taskset): the JIT compiler and the collector share the worker's core,
# as they share the two cores in the 2-thread run; "1 thread" alone leaves them the second core.
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
for i in $(seq 1 "$runs"); do
  run "in-process-1t-$n#$i" "$n" "${cohort[@]}" "$work/pop-$n" --threads 1 --out "$work/report-1t"
  run "in-process-2t-$n#$i" "$n" "${cohort[@]}" "$work/pop-$n" --threads 2 --out "$work/report-2t"
  [ ${#pin[@]} -gt 0 ] && run "in-process-1t1core-$n#$i" "$n" "${pin[@]}" "${cohort[@]}" "$work/pop-$n" --threads 1 --out "$work/report-1c"
  # shellcheck disable=SC2086
  run "spark-local2-$n#$i" "$n" "$JAVA_HOME/bin/java" -Xmx2g $opens -cp "$spark_cp" org.mbcnav.cohort.spark.SparkCohortJob "$work/pop-$n" \
    --as-of 2026-06-01 --out "$work/report-spark" --kb "$root/knowledge" --master 'local[2]'
  r1s+=("${rate[in-process-1t-$n#$i]}"); r2s+=("${rate[in-process-2t-$n#$i]}")
  h1s+=("${half[in-process-1t-$n#$i]}"); h2s+=("${half[in-process-2t-$n#$i]}"); c1s+=("${rate[in-process-1t1core-$n#$i]:-}")
  w2s+=("${wall[in-process-2t-$n#$i]}"); wss+=("${wall[spark-local2-$n#$i]}")
  k2s+=("${kept[in-process-2t-$n#$i]}")
done
if cmp -s "$work/report-2t/aggregates.json" "$work/report-spark/aggregates.json" && cmp -s "$work/report-1t/plans.ndjson" "$work/report-2t/plans.ndjson"; then
  echo "== results: in-process 1 and 2 threads give the same plans.ndjson; in-process and Spark the same aggregates.json"
else
  echo "== results DIFFER between runs (plans.ndjson 1 vs 2 threads, or aggregates.json in-process vs Spark)"
fi

# The targets of the requirement, on the figures above.
verdict() { if [ "$(echo "$1" | bc -l)" = 1 ]; then echo PASS; else echo FAIL; fi; }
r1=$(median "${r1s[@]}"); r2=$(median "${r2s[@]}")
echo "== targets ($n patients; medians of $runs runs; rates of the engine line, JVM start excluded; figures are lower bounds while load average > $(nproc))"
printf 'in-process 2 threads / floor 2 threads  = %5.3f  (>= 0.5)   %s   [in-process %s, floor %s patients/s; floor 1 thread %s]\n' \
  "$(echo "$r2 / ${floor[2]}" | bc -l)" "$(verdict "$r2 / ${floor[2]} >= 0.5")" "$r2" "${floor[2]}" "${floor[1]}"
printf 'in-process 2 threads / 1 thread         = %5.2f  (>= 1.8, near-linear)   %s\n' "$(echo "$r2 / $r1" | bc -l)" "$(verdict "$r2 / $r1 >= 1.8")"
h1=$(median "${h1s[@]}"); h2=$(median "${h2s[@]}")
printf '  the same on the second halves of the runs = %5.2f  (not the target: warm-up left out; %s vs %s patients/s)\n' "$(echo "$h2 / $h1" | bc -l)" "$h2" "$h1"
if [ ${#pin[@]} -gt 0 ]; then
  c1=$(median "${c1s[@]}")
  printf '  2 threads / 1 thread on one core        = %5.2f  (not the target: the JIT and collector on the same core as the worker; %s patients/s)\n' "$(echo "$r2 / $c1" | bc -l)" "$c1"
fi
k1=${kept[in-process-2t-$small]}; k2=$(median "${k2s[@]}")
printf 'kept heap %s vs %s patients           = %5.2f  (<= 1.25, flat)   %s   [%s MB vs %s MB after GC; pool peaks %s vs %s MB]\n' \
  "$n" "$small" "$(echo "$k2 / $k1" | bc -l)" "$(verdict "$k2 / $k1 <= 1.25")" "$k2" "$k1" "${heap[in-process-2t-$n#1]}" "${heap[in-process-2t-$small]}"
ws=$(median "${wss[@]}"); wi=$(median "${w2s[@]}")
printf 'Spark local[2] wall / in-process 2t wall = %5.2f  (<= 2)   %s   [%.0f s vs %.0f s, JVM start included in both]\n' \
  "$(echo "$ws / $wi" | bc -l)" "$(verdict "$ws / $wi <= 2")" "$ws" "$wi"
