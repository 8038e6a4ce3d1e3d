#!/usr/bin/env bash
# Posts a sample check to a running service and prints the answer.
#   samples/check.sh samples/checks/order-every-outcome.json [http://localhost:8080]
# As the demo user "procurement" unless CHIPCHECK_USER=name:password says otherwise.
set -euo pipefail
file=${1:?usage: samples/check.sh FILE.json [BASE_URL]}
base=${2:-http://localhost:8080}
curl -sS -u "${CHIPCHECK_USER:-procurement:procurement}" -X POST "$base/api/v1/checks" \
  -H 'Content-Type: application/json' --data-binary @"$file"
echo
