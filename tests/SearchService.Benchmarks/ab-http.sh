#!/usr/bin/env bash
# ab-http.sh BASE_TREE NEW_TREE INDEX [PAIRS] — uncached searches over HTTP, two builds side by side on one read-only index.
# Each tree must hold a Release build (dotnet build -c Release src/SearchService.Api tests/SearchService.Benchmarks;
# with CLIENT=wrk the API alone).
# One server at a time; each pair runs base then new, the next pair new then base. Each run: ready, 10 s idle,
# 20 s of warm-up at 32 connections, 20 s measured at 32 connections; the server's CPU per request from /proc, and the
# load client's own (it shares the cores: what it spends per request the server cannot).
# Trust only runs with a low load average (printed with every row).
# BASE_ENV / NEW_ENV: runtime settings for one side's server only, e.g. to compare GC modes on one tree:
#   NEW_ENV="DOTNET_GCDynamicAdaptationMode=0" ab-http.sh TREE TREE INDEX 4
# CLIENT=load|wrk: the load client for both sides (default load: the .NET `load` command of this project); BASE_CLIENT /
# NEW_CLIENT for one side only, e.g. the two clients against one tree: BASE_CLIENT=load NEW_CLIENT=wrk ab-http.sh . . INDEX 4
# wrk (apt-get install -y wrk; 4.1, an event loop in C) runs wrk-search.lua: the same URLs, the same JSON fields;
# WRK_THREADS (default 1) sets its threads.
# IDLE (default 10) and WARMUP (default 20): the seconds after ready before the warm-up, and of the warm-up. Each row also
# gives the warm-up run's own figures (`first`: the process's first seconds under load), the time from launch to
# /health/ready, and the CPU of the runtime's tiered-compilation thread in the warm-up and in the measured run (`jit`; a
# lower bound: the thread exits after a few idle seconds and a new one's CPU starts from 0).
set -euo pipefail
base=$(cd "$1" && pwd); new=$(cd "$2" && pwd); index=$3; pairs=${4:-4}
port=${PORT:-8441}
bench=$new/tests/SearchService.Benchmarks/bin/Release/net10.0/SearchService.Benchmarks
queries=$new/tests/SearchService.Benchmarks/queries.txt
script=$new/tests/SearchService.Benchmarks/wrk-search.lua
client() {  # client KIND SECONDS: one 32-connection run, its JSON line on stdout
  if [[ $1 == wrk ]]; then
    wrk -t"${WRK_THREADS:-1}" -c32 -d"$2"s --timeout 30s -s "$script" "http://127.0.0.1:$port" -- "$queries" | tail -1
  else
    "$bench" load "http://127.0.0.1:$port" "$queries" 32 "$2"
  fi
}
jit_ticks() {  # jit_ticks PID: CPU ticks of the live tiered-compilation threads
  local t sum=0
  for t in /proc/"$1"/task/*; do
    [[ $(cat "$t/comm" 2>/dev/null) == ".NET Tiered"* ]] && sum=$(( sum + $(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12+$13}') ))  # the name has spaces: fields after it
  done
  echo "$sum"
}
run() {
  local side=$1 tree=$2 settings=$3 kind=$4
  env $settings Index__Path="$index" Index__ReadOnly=true Search__CacheEntries=0 Limits__RequestsPerWindow=0 Logging__LogLevel__Default=Warning \
    dotnet "$tree/src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  local pid=$! start ready
  start=$(date +%s%N)
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.1; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep "${IDLE:-10}"
  local load t0 res t1 peak first j0 j1 j2
  j0=$(jit_ticks "$pid")
  first=$(client "$kind" "${WARMUP:-20}")
  j1=$(jit_ticks "$pid")
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(awk '{print $14+$15}' "/proc/$pid/stat")
  res=$(client "$kind" 20)
  t1=$(awk '{print $14+$15}' "/proc/$pid/stat")
  j2=$(jit_ticks "$pid")
  peak=$(awk '/VmHWM/{print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  # clock ticks are 10 ms; the load client's own 30 warm-up searches are in the CPU too (wrk sends none)
  python3 - "$side" "$load" "$t0" "$t1" "$res" "$peak" "$kind" "$first" "$ready" "$j0" "$j1" "$j2" <<'PY'
import sys, json
side, load, t0, t1, res, peak, kind, first, ready, j0, j1, j2 = sys.argv[1:13]
j = json.loads(res); n = j['requests'] + (30 if kind == 'load' else 0); f = json.loads(first)
print(f"{side}\t{kind}\tload {load}\t{j['requests_per_s']}/s\tp50 {j['p50_ms']:.0f} ms\tp99 {j['p99_ms']:.0f} ms\terrors {j['errors']}\tCPU {(int(t1) - int(t0)) * 10 / n:.2f} ms/request\tclient {j.get('client_cpu_ms_per_request', float('nan')):.2f} ms/request\tpeak {peak} MB"
      + f"\tready {ready} ms\tfirst {f['requests_per_s']}/s p99 {f['p99_ms']:.0f} ms errors {f['errors']}\tjit {(int(j1) - int(j0)) * 10} / {(int(j2) - int(j1)) * 10} ms"
      + (f"\t(wrk: non-2xx {j['non_2xx']}, connect {j['connect']}, read {j['read']}, write {j['write']}, timeout {j['timeout']})" if j['errors'] and 'non_2xx' in j else ''))
PY
}
bc=${BASE_CLIENT:-${CLIENT:-load}}; nc=${NEW_CLIENT:-${CLIENT:-load}}
for k in "$bc" "$nc"; do
  if [[ $k != load && $k != wrk ]]; then echo "client must be load or wrk, not $k" >&2; exit 2; fi
  if [[ $k == wrk ]] && ! command -v wrk >/dev/null; then echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; fi
done
for p in $(seq 1 "$pairs"); do
  if (( p % 2 )); then run "$p base" "$base" "${BASE_ENV:-}" "$bc"; run "$p new" "$new" "${NEW_ENV:-}" "$nc"
  else run "$p new" "$new" "${NEW_ENV:-}" "$nc"; run "$p base" "$base" "${BASE_ENV:-}" "$bc"; fi
done
