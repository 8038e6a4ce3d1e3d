#!/usr/bin/env bash
# Start-up to the first answered check: launches the service (demo profile, a fresh data folder) RUNS times (default
# 3), each time as the README runs it (java -jar service/target/chipcheck-service.jar) and then with class-data
# sharing (service/fast-start.sh; its archive is prepared before the first run, outside the timing), and prints the
# seconds from launch until POST /api/v1/checks answers 200, with the moments of start-up read from the service's log:
#   jvm       Spring Boot's first line (JVM and launcher up)
#   context   Tomcat initialized (configuration read, beans defined, classes loaded)
#   database  the Flyway migrations done
#   rules     the rule base in use (loaded on a thread of its own from the first line of main; how long it took)
#   started   the application started (security, endpoints, Tomcat listening)
#   check     the first check answered
# Usage: bench/load/startup.sh [RUNS]   (build first: mvn -B -DskipTests package)
# VARIANTS="readme" (or "fast") measures one of them only; JAVA_OPTS is passed to both.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=service/target/chipcheck-service.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
port=${PORT:-18181}; runs=${1:-3}; variants=${VARIANTS:-readme fast}
check='{"lines":[{"lineId":"1","partNumber":"NVIDIA H20 (HGX H20 96GB)","quantity":1,"destinationCountry":"DE","endUser":{"name":"Acme GmbH","country":"DE"}}]}'

# seconds from t0 to the first log line matching a pattern
at() { # log t0 pattern
  local stamp; stamp=$(grep -m1 -E "$3" "$1" | cut -d' ' -f1) || true
  [ -n "$stamp" ] || { printf '?'; return; }
  awk -v a="$2" -v b="$(date -d "$stamp" +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

first_check() { # variant
  local data; data=$(mktemp -d)
  local t0; t0=$(date +%s.%N)
  if [ "$1" = readme ]; then
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$port" --chipcheck.data-dir="$data" >"$data/log" 2>&1 &
  else
    service/fast-start.sh --spring.profiles.active=demo --server.port="$port" --chipcheck.data-dir="$data" >"$data/log" 2>&1 &
  fi
  local pid=$!
  until curl -sf -u procurement:procurement -H 'Content-Type: application/json' -d "$check" "localhost:$port/api/v1/checks" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the service stopped; see $data/log" >&2; exit 1; }
    sleep 0.1
  done
  local total; total=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  kill $pid; wait $pid 2>/dev/null || true
  local log=$data/log
  printf '%s s (jvm %s, context %s, database %s, rules %s [%s], started %s, check %s)' "$total" \
    "$(at "$log" "$t0" 'Starting ChipCheckApplication')" "$(at "$log" "$t0" 'Tomcat initialized')" \
    "$(at "$log" "$t0" 'Successfully (applied|validated)')" "$(at "$log" "$t0" 'Rule base .*: ')" \
    "$(grep -m1 -oE '(loaded|compiled) in [0-9]+ ms' "$log" || echo '?')" "$(at "$log" "$t0" 'Started ChipCheckApplication')" "$total"
  rm -rf "$data"
}

[[ " $variants " != *" fast "* ]] || service/fast-start.sh --prepare
for i in $(seq 1 "$runs"); do
  for v in $variants; do
    case $v in
      readme) echo "run $i, java -jar (README):       $(first_check readme)" ;;
      fast) echo "run $i, service/fast-start.sh (CDS): $(first_check fast)" ;;
    esac
  done
done
