#!/usr/bin/env bash
# Builds Accord's unchanged sources on Operaton 1.0.x (docs/adr/0011-the-way-off-camunda-7.md).
# A copy of the tree is rewritten under target/operaton (org.camunda.bpm -> org.operaton.bpm,
# Camunda's artifacts, Spring properties and webjar paths -> Operaton's) and built there with the
# Maven goals given (default: verify). Nothing outside target/ is changed.
#
#   operaton/build.sh                 # rewrite, then ./mvnw -f target/operaton/pom.xml verify
#   operaton/build.sh -DskipTests package
#   OPERATON_REWRITE_ONLY=1 operaton/build.sh   # only the rewritten copy
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$root/target/operaton"
operaton_version="${OPERATON_VERSION:-1.0.3}"

rm -rf "$out"
mkdir -p "$out"
# docs/ too: tests read the module map and the sample files there.
cp -r src processes forms docs pom.xml mvnw .mvn "$out"/
[ -f .bpmnlintrc ] && cp .bpmnlintrc "$out"/ || true

# Tasklist's customisation lives under the webapps' webjar path, which Operaton renamed.
if [ -d "$out/src/main/resources/META-INF/resources/webjars/camunda" ]; then
  mv "$out/src/main/resources/META-INF/resources/webjars/camunda" \
     "$out/src/main/resources/META-INF/resources/webjars/operaton"
fi

# The process unit tests assert with camunda-bpm-assert and measure coverage with Camunda's
# process-test-coverage; neither has an Operaton 1.0.x release on Maven Central, so the copy
# leaves them (and their shared engine, ProcessTests) out. The integration tests run the same
# processes through the whole application.
grep -rlE 'org\.camunda\.bpm\.engine\.test\.assertions|process_test_coverage' "$out/src/test/java" \
  | while read -r unported; do echo "operaton: left out (no Operaton 1.0.x library): ${unported#$out/}"; rm "$unported"; done

# The rewrite list: every rule the move needs, in order (see the ADR for why each one exists).
perl -0pi "$root/operaton/rewrite.pl" $(grep -rlE 'camunda|Camunda' "$out/src" "$out/processes" "$out/forms" 2>/dev/null || true)
OPERATON_VERSION="$operaton_version" perl -0pi "$root/operaton/rewrite-pom.pl" "$out/pom.xml"

# Spin's Jackson data format (see rewrite-pom.pl), checked against Central's SHA-1.
spin="org/operaton/spin/operaton-spin-dataformat-json-jackson/1.0.0/operaton-spin-dataformat-json-jackson-1.0.0.jar"
cache="$root/target/operaton-lib"
mkdir -p "$cache" "$out/lib"
if [ ! -s "$cache/${spin##*/}" ]; then
  curl -fsSL "https://repo.maven.apache.org/maven2/$spin" -o "$cache/${spin##*/}.part"
  echo "$(curl -fsSL "https://repo.maven.apache.org/maven2/$spin.sha1" | cut -c1-40)  $cache/${spin##*/}.part" | sha1sum -c --quiet
  mv "$cache/${spin##*/}.part" "$cache/${spin##*/}"
fi
cp "$cache/${spin##*/}" "$out/lib/"

if [ -n "${OPERATON_REWRITE_ONLY:-}" ]; then
  echo "operaton: rewritten copy in $out"
  exit 0
fi
[ $# -gt 0 ] || set -- verify
cd "$out"
# Formatting is checked on the real sources; the rewrite reorders imports (org.operaton).
exec ./mvnw -B -Dspotless.check.skip=true "$@"
