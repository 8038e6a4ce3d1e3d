#!/usr/bin/env bash
# Start-up to the first answered check: launches the service jar (demo profile, a fresh data folder) RUNS times
# (default 3), each time with the rule base and policy table compiled in the background from main (the default) and
# in turn (-Dchipcheck.serial-start=true), and prints the seconds from launch until POST /api/v1/checks answers 200.
# Usage: bench/load/startup.sh [RUNS]   (build first: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=service/target/chipcheck-service.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
port=${PORT:-18181}; runs=${1:-3}
check='{"lines":[{"lineId":"1","partNumber":"NVIDIA H20 (HGX H20 96GB)","quantity":1,"destinationCountry":"DE","endUser":{"name":"Acme GmbH","country":"DE"}}]}'

first_check() { # JVM options...
  local data; data=$(mktemp -d)
  local t0; t0=$(date +%s.%N)
  java "$@" -jar "$jar" --spring.profiles.active=demo --server.port="$port" --chipcheck.data-dir="$data" >"$data/log" 2>&1 &
  local pid=$!
  until curl -sf -u procurement:procurement -H 'Content-Type: application/json' -d "$check" "localhost:$port/api/v1/checks" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the service stopped; see $data/log" >&2; exit 1; }
    sleep 0.1
  done
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
  kill $pid; wait $pid 2>/dev/null || true; rm -rf "$data"
}

for i in $(seq 1 "$runs"); do
  echo "run $i: in turn $(first_check -Dchipcheck.serial-start=true) s, in the background $(first_check) s"
done
