#!/usr/bin/env bash
# Load benchmark of POST /api/v1/checks with wrk (Debian's package) on loopback. Starts the service jar with a fresh
# data folder (embedded H2, demo users), warms it up, then in the same server process:
#   1. capacity: checks as fast as 16 connections go, then GET /api/v1/me (trivial, authenticated) the same way;
#   2. sustained: 60 s of checks paced at RATE requests per second (default 1000), p99 and errors reported.
# Every check is a real one: decided by the rule base, screened, and appended to the decision records.
# JVM options: JAVA_OPTS, default -Xmx1g -XX:G1HeapRegionSize=8m (larger G1 regions: the embedded database's write
# buffers are then ordinary allocations, not "humongous" ones that start a concurrent cycle several times a second).
# Usage: bench/load/run.sh [duration-of-capacity-runs, default 30s]   (build first: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
jar=service/target/chipcheck-service.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

port=${PORT:-18080}; rate=${RATE:-1000}; capacity=${1:-30s}
data=$(mktemp -d); log=$data/service.log
# the per-user rate limit stays on, set above what this benchmark sends, so that its cost is measured
java ${JAVA_OPTS:--Xmx1g -XX:G1HeapRegionSize=8m} -jar "$jar" --spring.profiles.active=demo --server.port="$port" --chipcheck.data-dir="$data" \
  --chipcheck.limits.requests-per-second=1000000 --chipcheck.limits.request-burst=1000000 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://localhost:$port/actuator/health" >/dev/null || { echo "service did not start; see $log" >&2; cat "$log" >&2; exit 1; }

url="http://localhost:$port"
here=bench/load
echo "== warm-up (30 s of checks)"
THREADS=2 wrk -t2 -c16 -d30s -s $here/checks.lua "$url" | grep RESULT
echo "== capacity: POST /api/v1/checks"
THREADS=2 wrk -t2 -c16 -d"$capacity" -s $here/checks.lua "$url" | grep RESULT | tee "$data/checks"
echo "== capacity: GET /api/v1/me (trivial authenticated endpoint)"
wrk -t2 -c16 -d"$capacity" -s $here/me.lua "$url" | grep RESULT | tee "$data/me"
checks=$(sed -n 's/.* rate=\([0-9.]*\).*/\1/p' "$data/checks"); me=$(sed -n 's/.* rate=\([0-9.]*\).*/\1/p' "$data/me")
awk -v c="$checks" -v m="$me" 'BEGIN { printf "RATIO checks/trivial = %.2f (%.0f / %.0f requests per second)\n", c / m, c, m }'
echo "== sustained: 60 s of checks at $rate requests per second"
RATE=$rate THREADS=2 wrk -t2 -c32 -d60s -s $here/checks.lua "$url" | grep RESULT
echo "== decision records after the run"
curl -sf -u auditor:auditor "$url/api/v1/audit/verify"; echo
