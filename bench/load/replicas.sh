#!/usr/bin/env bash
# Load benchmark of replicas: POST /api/v1/checks with wrk against
#   1. one replica on the embedded H2 database,
#   2. one replica on PostgreSQL,
#   3. two replicas on the same PostgreSQL database (one wrk per replica, run together; the sum is the aggregate),
# each started fresh: capacity (as fast as 8 connections per replica go, DURATION, default 20s), then a paced run at
# RATE checks per second in all (default 200, split between the replicas) for 30 s with p99 and errors, then the chain
# verified (GET /api/v1/audit/verify). Needs wrk and a PostgreSQL database given as CHIPCHECK_DB_URL / _USER / _PASSWORD
# (as .ci/run creates one), empty or sealed with the key file CHIPCHECK_CHAIN_KEY_FILE. Build first: mvn -B -DskipTests package.
# Usage: bench/load/replicas.sh [DURATION]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
[ -n "${CHIPCHECK_DB_URL:-}" ] || { echo "needs CHIPCHECK_DB_URL (and _USER, _PASSWORD) of a PostgreSQL database" >&2; exit 1; }
jar=service/target/chipcheck-service.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
duration=${1:-20s}; rate=${RATE:-200}; here=bench/load
work=$(mktemp -d); pids=()
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT
key="${CHIPCHECK_CHAIN_KEY_FILE:-$work/chain.key}" # the key sealing the database's chain: one for all replicas

start() { # name port profile
  local data="$work/$1"; mkdir -p "$data"
  java ${JAVA_OPTS:--Xmx768m} -jar "$jar" --spring.profiles.active="$3" --server.port="$2" --chipcheck.data-dir="$data" \
    --chipcheck.records.chain-key-file="$key" --chipcheck.limits.requests-per-second=1000000 --chipcheck.limits.request-burst=1000000 \
    >"$data/service.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://localhost:$2/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "replica $1 did not start; see $data/service.log" >&2; cat "$data/service.log" >&2; exit 1
}
stop_all() { for p in "${pids[@]}"; do kill $p 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }

load() { # label rate-per-replica port...
  local label=$1 per=$2; shift 2
  for port in "$@"; do THREADS=1 wrk -t1 -c8 -d10s -s $here/checks.lua "http://localhost:$port" >/dev/null; done # warm-up
  local out=()
  for port in "$@"; do THREADS=1 wrk -t1 -c8 -d"$duration" -s $here/checks.lua "http://localhost:$port" >"$work/cap.$port" & out+=($!); done
  wait "${out[@]}"
  local sum=0
  for port in "$@"; do r=$(sed -n 's/.* rate=\([0-9.]*\).*/\1/p' "$work/cap.$port"); sum=$(awk -v a="$sum" -v b="$r" 'BEGIN{print a+b}'); done
  echo "CAPACITY $label: $(printf '%.0f' "$sum") checks/s in all"
  out=()
  for port in "$@"; do RATE=$per THREADS=1 wrk -t1 -c16 -d30s -s $here/checks.lua "http://localhost:$port" >"$work/paced.$port" & out+=($!); done
  wait "${out[@]}"
  for port in "$@"; do echo "PACED $label port $port at $per/s: $(grep RESULT "$work/paced.$port")"; done
  echo "CHAIN $label: $(curl -sf -u auditor:auditor "http://localhost:$1/api/v1/audit/verify")"
}

start h2 18301 demo
load "one replica, H2" "$rate" 18301
stop_all
start pg 18302 postgres,demo
load "one replica, PostgreSQL" "$rate" 18302
stop_all
start pg-a 18303 postgres,demo
start pg-b 18304 postgres,demo
load "two replicas, one PostgreSQL" "$((rate / 2))" 18303 18304
