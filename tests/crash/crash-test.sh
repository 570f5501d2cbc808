#!/usr/bin/env bash
# Durability under kill -9: start the API, send a burst of keyed writes, kill -9 it at a random moment, restart, and
# check that the index opens and every acknowledged (201) report is there and searchable. Repeated ROUNDS times.
# Usage: tests/crash/crash-test.sh [ROUNDS=3]   (needs curl, jq and a Release build of src/SearchService.Api; build.sh test
# installs the first two and builds the last)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
url="http://127.0.0.1:$port"
key="crash-test-key"
dll="src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll"
[ -f "$dll" ] || dotnet build -c Release src/SearchService.Api >/dev/null
trap 'kill -9 ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

start() {
  Index__Path="$work/index" Sources__Path="$PWD/seeds" Auth__ApiKeys__0="$key" Limits__RequestsPerWindow=0 \
    dotnet "$dll" --urls "$url" >>"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$url/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "server died on start:"; tail -20 "$work/server.log"; exit 1; }
    sleep 0.5
  done
  echo "server not ready"; tail -20 "$work/server.log"; exit 1
}

acked="$work/acked.txt"; : > "$acked"
sent=0
for round in $(seq 1 "$rounds"); do
  start
  ( for i in $(seq 1 400); do
      n="r${round}n${i}"
      body="{\"title\":\"崩溃测试报告${n}\",\"organisation\":\"测试区总工会\",\"text\":\"崩溃测试段落${n}：测试区总工会开展职工技能培训。\"}"
      out=$(curl -s -o "$work/resp" -w '%{http_code}' -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data "$body" "$url/api/reports" || true)
      if [ "$out" = "201" ]; then
        id=$(jq -er '.id | strings' "$work/resp" 2>/dev/null) || continue
        echo "$id 崩溃测试报告${n}" >> "$acked"
      fi
    done ) &
  burst=$!
  wait_cs=$((100 + RANDOM % 301))   # 1.00–4.00 s
  sleep "$((wait_cs / 100)).$(printf '%02d' $((wait_cs % 100)))"
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  kill "$burst" 2>/dev/null || true; wait "$burst" 2>/dev/null || true
  echo "round $round: killed -9 after $(wc -l < "$acked") acknowledged writes in total"
done

start
missing=0
while read -r id title; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/reports/$id")
  # An answer that is not JSON with a numeric total counts as lost.
  total=$(curl -s -G "$url/api/search" --data-urlencode "q=\"$title\"" | jq -er '.total | numbers' 2>/dev/null) || total=0
  if [ "$code" != "200" ] || [ "$total" -lt 1 ]; then echo "LOST: $id $title (GET $code, search $total)"; missing=$((missing + 1)); fi
done < "$acked"
count=$(wc -l < "$acked")
kill -9 "$pid" 2>/dev/null || true
echo "crash test: $rounds kill -9 rounds, $count acknowledged reports, $missing missing after restart"
[ "$count" -gt 0 ] && [ "$missing" -eq 0 ]
