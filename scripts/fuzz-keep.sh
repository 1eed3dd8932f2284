#!/usr/bin/env bash
# Keeps what a fuzzing campaign learnt, e.g. after scripts/fuzz.sh io PatientReaderFuzzTest#nativePatient:
#   scripts/fuzz-keep.sh io PatientReaderFuzzTest#nativePatient
# libFuzzer's merge adds to the test's kept inputs (src/test/resources/.../<Class>Inputs/<method>/)
# only those inputs of the campaign's corpus (<module>/.cifuzz-corpus/) that reach project code
# (org.mbcnav) the kept inputs do not reach yet, so the kept corpus stays small and `./mvnw verify`
# replays it quickly. KEEP_MAX_LEN (bytes, default 4096) leaves larger inputs out.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/find-jdk.sh"
mbcnav_use_jdk
cd "$root"
if [ $# -ne 2 ]; then
  echo "usage: scripts/fuzz-keep.sh MODULE Class#method" >&2
  exit 2
fi
module="$1" class="${2%%#*}" method="${2##*#}"
test_source="$(find "$module/src/test/java" -name "$class.java" | head -1)"
[ -n "$test_source" ] || { echo "no $class.java in $module/src/test/java" >&2; exit 2; }
package="$(sed -n 's/^package \(.*\);/\1/p' "$test_source")"
kept="$module/src/test/resources/${package//.//}/${class}Inputs/$method"
generated="$module/.cifuzz-corpus/$package.$class/$method"
[ -d "$generated" ] || { echo "no campaign corpus in $generated: run scripts/fuzz.sh first" >&2; exit 2; }
mkdir -p "$kept"
cp_file="$(mktemp)"
# test-compile in the same run makes Maven resolve the project's modules to their target/classes.
./mvnw -q -B -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file" >/dev/null
classpath="$module/target/test-classes:$module/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
before="$(ls "$kept" | wc -l)"
log="$(mktemp)"
"$JAVA_HOME/bin/java" -Xmx2g -Dmbcnav.root="$root" -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
  --target_class="$package.$class" --target_method="$method" --instrumentation_includes='org.mbcnav.**' \
  -merge=1 -max_len="${KEEP_MAX_LEN:-4096}" "$kept" "$generated" > "$log" 2>&1 || { grep -av "^\s*at " "$log" | tail -20 >&2; exit 1; }
grep -a "^MERGE-OUTER: [0-9]" "$log" || true
echo "$kept: $before -> $(ls "$kept" | wc -l) inputs"
