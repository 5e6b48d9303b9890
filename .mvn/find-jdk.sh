#!/bin/sh
# Sourced by ./mvnw, ./parallax and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Keeps a JAVA_HOME that is already suitable; otherwise looks at `java` on the PATH,
# then at the JDKs installed under /usr/lib/jvm and /opt (newest first).
parallax_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
parallax_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(parallax_java_major "$JAVA_HOME"); [ "${v:-0}" -ge 21 ] 2>/dev/null && return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(parallax_java_major "$home"); if [ "${v:-0}" -ge 21 ] 2>/dev/null; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
  fi
  best=""; bestv=0
  for home in /usr/lib/jvm/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/javac" ] || continue
    v=$(parallax_java_major "$home")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best=$home; bestv=$v; fi
  done
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "parallax: no JDK 21 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, /opt)." >&2
  echo "parallax: install one (e.g. 'apt-get install temurin-21-jdk' or openjdk-21-jdk) or set JAVA_HOME to it." >&2
  return 1
}
parallax_find_jdk || exit 1
PATH="$JAVA_HOME/bin:$PATH"; export PATH
# Quiet the JDK 24+ warnings that Maven's own libraries (jansi, guava) trigger.
if [ "$(parallax_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *)
    MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS;; esac
fi
