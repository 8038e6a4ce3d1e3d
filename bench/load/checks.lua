-- wrk script: POST /api/v1/checks as the demo user "procurement", cycling through realistic one- to three-line
-- checks (every outcome), optionally paced to a fixed total rate (env RATE, requests per second; 0 = as fast as
-- the connections go). Reports p50/p90/p99/p99.9 latency and every kind of error.
package.path = "bench/load/?.lua;" .. package.path -- run from the repository root, as run.sh does
local report = require("report")
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_usec; } chipcheck_timeval;
  int gettimeofday(chipcheck_timeval *tv, void *tz);
]]
local function now_ms()
  local tv = ffi.new("chipcheck_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local parties = {
  { "CN", '{"name":"Beijing Cloud Co","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}' },
  { "DE", '{"name":"Frankfurt AI Cloud GmbH","country":"DE","headquartersCountry":"DE","ultimateParentCountry":"DE"}' },
  { "SG", '{"name":"Lion City Compute Pte Ltd","country":"SG","headquartersCountry":"CN","ultimateParentCountry":"CN"}' },
  { "AE", '{"name":"Gulf AI Systems LLC","country":"AE","headquartersCountry":"AE","ultimateParentCountry":"AE"}' },
  { "IN", '{"name":"Bangalore Inference Pvt Ltd","country":"IN","headquartersCountry":"IN","ultimateParentCountry":"IN"}' },
  { "RU", '{"name":"Moscow Data OOO","country":"RU","headquartersCountry":"RU","ultimateParentCountry":"RU"}' },
}
local parts = { "NVIDIA H100 SXM5 80GB", "NVIDIA H20 (HGX H20 96GB)", "NVIDIA B200 (HGX B200 180GB)", "AMD Instinct MI300X",
                "NVIDIA L40S 48GB", "NVIDIA A800 SXM4 80GB", "NVIDIA GeForce RTX 4090", "Huawei Ascend 910B" }

local bodies = {}
for i = 0, 59 do
  local lines = {}
  for l = 1, (i % 3) + 1 do
    local p = parties[((i + l) % #parties) + 1]
    local part = parts[((i * 3 + l) % #parts) + 1]
    lines[#lines + 1] = string.format('{"lineId":"%d","partNumber":"%s","quantity":%d,"destinationCountry":"%s","endUser":%s}',
      l, part, 1 + (i * 7 + l) % 64, p[1], p[2])
  end
  bodies[#bodies + 1] = '{"asOf":"2026-09-30","lines":[' .. table.concat(lines, ",") .. ']}'
end

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local counter, start, interval = 0, nil, 0
function init(args)
  local rate = tonumber(os.getenv("RATE") or "0")
  local nthreads = tonumber(os.getenv("THREADS") or "1")
  interval = rate > 0 and (1000 * nthreads / rate) or 0 -- ms between this thread's requests
  wrk.headers["Authorization"] = "Basic " .. (os.getenv("AUTH") or "cHJvY3VyZW1lbnQ6cHJvY3VyZW1lbnQ=")
  wrk.headers["Content-Type"] = "application/json"
end

function delay()
  if interval == 0 then return 0 end
  start = start or now_ms()
  counter = counter + 1
  local due = start + counter * interval
  local wait = due - now_ms()
  return wait > 0 and wait or 0
end

local n = 0
function request()
  n = n + 1
  return wrk.format("POST", "/api/v1/checks", nil, bodies[(n % #bodies) + 1])
end

done = report.done
