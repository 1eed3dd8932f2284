-- wrk script for the patient-view load benchmark: POSTs the same hook request with a fresh,
-- single-use JWT per request (tokens.txt is split between wrk's threads so no token repeats).
local tokens = {}
local next_index = 1
local body

local function read_file(path)
  local f = assert(io.open(path, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

local thread_count = 0
function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  thread:set("threads", tonumber(os.getenv("WRK_THREADS") or "2"))
end

function init(args)
  local dir = os.getenv("BENCH_DIR")
  body = read_file(dir .. "/request.json")
  local i = 0
  for line in io.lines(dir .. "/tokens.txt") do
    if i % threads == id then
      tokens[#tokens + 1] = line
    end
    i = i + 1
  end
end

function request()
  local t = tokens[next_index]
  next_index = next_index + 1
  if t == nil then
    t = "exhausted"
  end
  return wrk.format("POST", "/cds-services/mbcnav-patient-view",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. t }, body)
end

local non_200 = 0
function response(status, headers, body)
  if status ~= 200 then
    non_200 = non_200 + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, errors (non-2xx or socket): %d\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000.0))
  end
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
end
