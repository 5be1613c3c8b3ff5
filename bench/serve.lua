-- wrk script for bench/serve.sh: cycles through actor pairs from `actorgraph bench queries --pairs-out`,
-- asking either the 1-hop neighbourhood of the first actor or the shortest path between the two.
-- Environment: PAIRS (the pairs file), MODE (neighbourhood, paths or mixed).
local pairs_file = os.getenv("PAIRS") or "pairs.tsv"
local mode = os.getenv("MODE") or "mixed"
local requests = {}

local function escape(s)
  return (s:gsub("[^%w%-%._~/]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Built in init, where wrk.headers already holds the Host header that wrk.format copies into each request.
function init(args)
for line in io.lines(pairs_file) do
  local from, to = line:match("^([^\t]+)\t([^\t]+)$")
  if from then
    if mode ~= "paths" then
      table.insert(requests, wrk.format("GET", "/api/v1/neighbourhood/" .. escape(from) .. "?depth=1"))
    end
    if mode ~= "neighbourhood" then
      table.insert(requests, wrk.format("GET", "/api/v1/paths?from=" .. escape(from) .. "&to=" .. escape(to)))
    end
  end
end
end

local i = 0
function request()
  i = i % #requests + 1
  return requests[i]
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, non-2xx answers: %d, socket errors: %d\n", summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
