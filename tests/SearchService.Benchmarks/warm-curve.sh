#!/usr/bin/env bash
# warm-curve.sh TREE INDEX [WINDOWS] [VAR=VALUE…] — a fresh server's first minutes under uncached load: consecutive
# 20 s wrk runs at 32 connections from ready (after IDLE seconds, default 10), one row each: searches/s, p99, errors,
# the server's CPU per request, the CPU of the runtime's tiered-compilation thread (a lower bound: the thread exits
# after a few idle seconds and a new one starts from 0; a negative figure is such a restart), the methods the JIT
# compiled in the window (DOTNET_JitDisasmSummary: every tier of every method) and the requests served before it.
# The JIT's work ends after a number of requests, not of seconds: compare variants by the `before` column.
# VAR=VALUE: runtime settings for the server, e.g. DOTNET_TieredPGO=0 or Search__WarmUpRounds=300. PORT (default 8442).
# Needs wrk (apt-get install -y wrk) and the tree's Release build of the API.
set -euo pipefail
tree=$(cd "$1" && pwd); index=$2; windows=${3:-3}; shift $(( $# < 3 ? $# : 3 ))
here=$(cd "$(dirname "$0")" && pwd); port=${PORT:-8442}
jitlog=$(mktemp); trap 'rm -f "$jitlog"' EXIT
env "$@" DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$jitlog" Index__Path="$index" Index__ReadOnly=true \
  Search__CacheEntries=0 Limits__RequestsPerWindow=0 Logging__LogLevel__Default=Warning \
  dotnet "$tree/src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
start=$(date +%s%N)
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.1; done
echo "ready $(( ($(date +%s%N) - start) / 1000000 )) ms"
jit_ticks() {  # the live tiered-compilation threads' CPU ticks (the thread's name has spaces: fields after it)
  local t sum=0
  for t in /proc/"$pid"/task/*; do
    [[ $(cat "$t/comm" 2>/dev/null) == ".NET Tiered"* ]] && sum=$(( sum + $(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12+$13}') ))
  done
  echo "$sum"
}
sleep "${IDLE:-10}"
before=0
for w in $(seq 1 "$windows"); do
  j0=$(jit_ticks); c0=$(awk '{print $14+$15}' "/proc/$pid/stat"); m0=$(wc -l < "$jitlog"); load=$(cut -d' ' -f1 /proc/loadavg)
  res=$(wrk -t1 -c32 -d20s --timeout 30s -s "$here/wrk-search.lua" "http://127.0.0.1:$port" -- "$here/queries.txt" | tail -1)
  j1=$(jit_ticks); c1=$(awk '{print $14+$15}' "/proc/$pid/stat"); m1=$(wc -l < "$jitlog")
  before=$(python3 - "$w" "$load" "$res" "$c0" "$c1" "$j0" "$j1" "$m0" "$m1" "$before" <<'PY'
import sys, json
w, load, res, c0, c1, j0, j1, m0, m1, before = sys.argv[1:11]
j = json.loads(res); n = j['requests']
print(f"window {w}\tload {load}\t{j['requests_per_s']}/s\tp99 {j['p99_ms']:.0f} ms\terrors {j['errors']}\tCPU {(int(c1) - int(c0)) * 10 / n:.2f} ms/request"
      f"\tjit thread {(int(j1) - int(j0)) * 10} ms\tmethods {int(m1) - int(m0)}\tbefore {before} requests", file=sys.stderr)
print(int(before) + n)
PY
)
done
kill "$pid"; wait "$pid" 2>/dev/null || true
