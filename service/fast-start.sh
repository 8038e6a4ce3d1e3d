#!/usr/bin/env bash
# Runs the built service jar with class-data sharing (AppCDS), the documented fast-start variant of
#   java -jar service/target/chipcheck-service.jar ARGS...
# (docs/deployment.md, "Start-up"). Usage, after mvn -B -DskipTests package:
#   service/fast-start.sh --spring.profiles.active=demo [more arguments for the service]
# Extra JVM options go in JAVA_OPTS (e.g. JAVA_OPTS=-Xmx1g). service/fast-start.sh --prepare only prepares the archive.
#
# The first run after a build (or with another java) prepares service/target/cds/ once, in about half a minute:
# the jar extracted by Spring Boot's tools jarmode (plain jars start faster than nested ones), the classes that a
# start-up loads (a training start with the demo profile in a temporary data folder, which stops once the
# application context is up, -Dspring.context.exit=onRefresh) and a static CDS archive of them (-Xshare:dump). Every
# run then maps those classes from the archive instead of loading and verifying them again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/chipcheck-service.jar
cds=$here/target/cds
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
stamp="$(java -version 2>&1 | tr '\n' ' ') $jar $(stat -c %Y "$jar")"

if [ ! -f "$cds/chipcheck.jsa" ] || [ "$(cat "$cds/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "fast-start: preparing the class-data sharing archive under $cds (once per build)" >&2
  rm -rf "$cds"
  mkdir -p "$cds"
  java -Djarmode=tools -jar "$jar" extract --destination "$cds/app" >/dev/null
  training=$(mktemp -d)
  trained=0
  java -XX:DumpLoadedClassList="$cds/classes.lst" -Dspring.context.exit=onRefresh -jar "$cds/app/chipcheck-service.jar" \
    --spring.profiles.active=demo --server.port=0 --chipcheck.data-dir="$training" >"$cds/training.log" 2>&1 || trained=$?
  rm -rf "$training"
  [ "$trained" = 0 ] || { echo "fast-start: the training start failed (see $cds/training.log)" >&2; exit 1; }
  # classes that cannot be archived (e.g. those of optional integrations that are not on the classpath) are skipped
  if ! java -Xshare:dump -XX:SharedClassListFile="$cds/classes.lst" -XX:SharedArchiveFile="$cds/chipcheck.jsa" \
      -cp "$cds/app/chipcheck-service.jar" >"$cds/dump.log" 2>&1; then
    echo "fast-start: dumping the archive failed (see $cds/dump.log)" >&2
    exit 1
  fi
  printf '%s' "$stamp" >"$cds/stamp"
fi

[ "${1:-}" != --prepare ] || exit 0
# -Xshare:auto: should the archive not fit this JVM after all, the service starts without it (only slower)
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -XX:SharedArchiveFile="$cds/chipcheck.jsa" -Xshare:auto -jar "$cds/app/chipcheck-service.jar" "$@"
