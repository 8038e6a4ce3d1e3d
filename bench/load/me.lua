-- wrk script: the trivial authenticated endpoint (GET /api/v1/me) of the same server, for comparison with checks.
package.path = "bench/load/?.lua;" .. package.path -- run from the repository root, as run.sh does
local report = require("report")
function init(args)
  wrk.headers["Authorization"] = "Basic " .. (os.getenv("AUTH") or "cHJvY3VyZW1lbnQ6cHJvY3VyZW1lbnQ=")
end

function request()
  return wrk.format("GET", "/api/v1/me")
end

done = report.done
