-- wrk-search.lua — wrk (4.1) drawing the `load` client's searches: the queries of a file round-robin, each thread
-- starting where the `load` client's workers start, the same URL (`/api/search?size=10&q=` + the query URL-encoded).
--   wrk -t1 -c32 -d20s --timeout 30s -s wrk-search.lua http://127.0.0.1:8441 -- queries.txt
-- Prints one JSON line with the `load` client's fields: requests, errors (non-2xx answers and socket errors),
-- requests_per_s, p50/p95/p99 in ms, and the client's own CPU per request (utime+stime of /proc/self/stat,
-- the whole wrk process, every thread, start-up included).
-- Why wrk: it is an event loop in C, so it takes far less of the cores it shares with the server than the .NET client.

local queries = {}

local function encode(s)
  -- Uri.EscapeDataString's set: everything but the unreserved characters, UTF-8 bytes as %XX (upper-case hex)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function load_queries(path)
  local list = {}
  for line in io.lines(path) do
    local q = line:gsub("\r$", "")
    if q:match("%S") then list[#list + 1] = "/api/search?size=10&q=" .. encode(q) end
  end
  return list
end

-- Main thread: hand each thread its number, so the threads start at different queries as the load client's workers do.
local threads = {}
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  threads[#threads + 1] = thread
end

-- globals, not locals: thread:get reads a thread's globals
function init(args)
  paths = load_queries(args[1] or "queries.txt")
  i = id or 0
  non2xx = 0
end

function request()
  local path = paths[i % #paths + 1]
  i = i + 1
  return wrk.format("GET", path)
end

-- wrk counts only statuses above 399 as errors; this counts every answer outside 200–299.
-- Defining response() makes wrk hand each answer to Lua (headers and body parsed), a small cost per request.
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

local function cpu_ms()
  local f = io.open("/proc/self/stat")
  if not f then return 0 / 0 end
  local stat = f:read("*a"); f:close()
  -- fields after the command's closing parenthesis: state is field 3, utime field 14, stime field 15
  local rest = stat:match("%) (.*)")
  local fields = {}
  for v in rest:gmatch("%S+") do fields[#fields + 1] = v end
  -- clock ticks of 10 ms (CLK_TCK 100 on Linux)
  return (tonumber(fields[12]) + tonumber(fields[13])) * 10
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("non2xx") or 0) end
  local e = summary.errors
  local errors = bad + e.connect + e.read + e.write + e.timeout
  local n = summary.requests
  local seconds = summary.duration / 1e6
  local function p(q) return latency:percentile(q) / 1000 end
  io.write(string.format(
    '{"requests":%d,"errors":%d,"requests_per_s":%d,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"client_cpu_ms_per_request":%.3f,"client":"wrk","non_2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\n',
    n, errors, math.floor(n / seconds + 0.5), p(50), p(95), p(99), cpu_ms() / math.max(1, n),
    bad, e.connect, e.read, e.write, e.timeout))
end
