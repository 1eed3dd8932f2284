# Sourced by ./mbcnav, ./run-tests and .ci/run: sets JAVA_HOME to a JDK >= 21.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK in /usr/lib/jvm.
# The major version, read from the JDK's `release` file (starting a JVM to ask costs ~100 ms);
# asking the JVM only when there is no such file.
_mbcnav_java_version() {
  local v=""
  [ -f "$1/release" ] && v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")"
  [ -n "$v" ] || v="$("$1/bin/java" -XX:-UsePerfData -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}')"
  echo "$v"
}

mbcnav_find_jdk() {
  local d v best="" best_v=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v="$(_mbcnav_java_version "$JAVA_HOME")"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    v="$(_mbcnav_java_version "$d")"
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  [ -n "$best" ] && echo "$best"
}

mbcnav_use_jdk() {
  local jdk
  jdk="$(mbcnav_find_jdk || true)"
  if [ -z "$jdk" ]; then
    echo "no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm). Install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$jdk"
}
