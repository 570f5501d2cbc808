#!/usr/bin/env bash
# Durability under kill -9. Each round starts the API on a sources folder (the seed plus a few generated compilations,
# so a re-index takes a moment), runs two writers (POSTs, PUTs under client ids, and DELETEs of reports they wrote; round
# 1 also deletes a seed report), starts a re-index in the middle of their writes and kills the server with kill -9 at a
# random moment while the re-index and the writes run. After the last round it restarts the server and checks that every
# acknowledged write (201/200) is there and searchable and every acknowledged delete (204) is gone; then it re-indexes
# once more and checks again. Writes answered 503 (refused while the re-index swaps the index) count as not written; a
# delete the kill left unanswered may have been applied or not, so its report must be whole or gone, not half.
# Usage: tests/crash/crash-test.sh [ROUNDS=4]   (needs curl, jq and a Release build of src/SearchService.Api; build.sh test
# installs the first two and builds the last). KEEP=1 keeps the work folder (server log, index, ledgers) for a look.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-4}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
url="http://127.0.0.1:$port"
key="crash-test-key"
dll="src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll"
[ -f "$dll" ] || dotnet build -c Release src/SearchService.Api >/dev/null
# The work folder (server log, index, ledgers) stays when the test fails, or with KEEP=1.
trap 'code=$?; kill -9 ${pid:-0} 2>/dev/null || true; if [ "${KEEP:-0}" = 1 ] || [ $code != 0 ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi' EXIT

# The seed and generated compilations of 8 reports each, made of the seed's sentences in random threes (a fixed seed,
# so every run indexes the same text).
mkdir -p "$work/sources"
cp seeds/*.txt "$work/sources/"
awk -v files=4 -v out="$work/sources" 'BEGIN { srand(7) }
  { n = split($0, parts, "。"); for (i = 1; i <= n; i++) if (length(parts[i]) >= 12) sentences[++count] = parts[i] }
  END {
    split("上海市青浦区 浙江省平湖市 江苏省苏州市 安徽省合肥市 浙江省嘉兴市 江苏省南京市 上海市浦东新区 浙江省杭州市", places, " ")
    for (f = 1; f <= files; f++) {
      path = sprintf("%s/generated_%02d.txt", out, f)
      printf "产业工人队伍建设改革经验交流（第%d辑）\n\n", f > path
      for (r = 1; r <= 8; r++) {
        printf "推进改革的第%d辑第%d篇经验\n\n——%s总工会工作纪实\n\n", f, r, places[int(rand() * 8) + 1] > path
        for (p = 1; p <= 6; p++) {
          line = ""
          for (k = 1; k <= 3; k++) line = line sentences[int(rand() * count) + 1] "。"
          print line "\n" > path
        }
      }
      close(path)
    }
  }' seeds/*.txt

start() {
  Index__Path="$work/index" Sources__Path="$work/sources" Auth__ApiKeys__0="$key" Limits__RequestsPerWindow=0 Limits__WriteWaitMs=2000 \
    dotnet "$dll" --urls "$url" >>"$work/server.log" 2>&1 &
  pid=$!
  # Generous: the machine may be shared, and the first start builds the index.
  for _ in $(seq 1 480); do
    curl -fs "$url/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "server died on start:"; tail -20 "$work/server.log"; exit 1; }
    sleep 0.25
  done
  echo "server not ready"; tail -20 "$work/server.log"; exit 1
}

sleep_cs() { sleep "$(($1 / 100)).$(printf '%02d' $(($1 % 100)))"; }

acked="$work/acked.txt"; : > "$acked"          # id title  — acknowledged writes
attempted="$work/attempted.txt"; : > "$attempted"  # id    — deletes sent (the kill may fall after one is applied and before its answer)
deleted="$work/deleted.txt"; : > "$deleted"    # id        — acknowledged deletes
refused="$work/refused.txt"; : > "$refused"    # writes answered 503 (busy: the re-index held the writes)

# writer ROUND W: up to 300 writes; every fifth a PUT under a client id, every second followed by a DELETE of the
# report acknowledged three writes before (by either writer). Each line is appended whole (O_APPEND), so two writers share the ledgers.
writer() {
  local round=$1 w=$2 n body code out victim
  for i in $(seq 1 300); do
    n="r${round}w${w}n${i}"
    body="{\"title\":\"崩溃测试报告${n}\",\"organisation\":\"测试区总工会\",\"text\":\"崩溃测试段落${n}：测试区总工会开展职工技能培训。\"}"
    if [ $((i % 5)) = 0 ]; then
      code=$(curl -s -o "$work/resp.$w" -w '%{http_code}' -X PUT -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data "$body" "$url/api/reports/crash-$n" || true)
    else
      code=$(curl -s -o "$work/resp.$w" -w '%{http_code}' -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data "$body" "$url/api/reports" || true)
    fi
    case "$code" in
      201|200) out=$(jq -er '.id | strings' "$work/resp.$w" 2>/dev/null) && echo "$out 崩溃测试报告${n}" >> "$acked" ;;
      503) echo "$n" >> "$refused" ;;
    esac
    if [ $((i % 2)) = 0 ] && victim=$(tail -n 3 "$acked" | head -n 1 | cut -d' ' -f1) && [ -n "$victim" ] && ! grep -qx "$victim" "$attempted"; then
      echo "$victim" >> "$attempted"
      code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "X-Api-Key: $key" "$url/api/reports/$victim" || true)
      case "$code" in
        204) echo "$victim" >> "$deleted" ;;
        503) echo "delete $victim" >> "$refused" ;;
      esac
    fi
  done
}

mid_reindex=0
for round in $(seq 1 "$rounds"); do
  start
  if [ "$round" = 1 ]; then
    seed=$(curl -s "$url/api/reports?size=100" | jq -r '[.[] | select(.sourcePath | startswith("api/") | not)][0].id')
    echo "$seed" >> "$attempted"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "X-Api-Key: $key" "$url/api/reports/$seed")" = 204 ] && echo "$seed" >> "$deleted"
  fi
  writer "$round" 1 & writer1=$!
  writer "$round" 2 & writer2=$!
  sleep_cs $((50 + RANDOM % 101))               # 0.50–1.50 s of writes, then a re-index among them
  before=$(wc -l < "$acked")
  curl -s -o /dev/null -X POST -H "X-Api-Key: $key" "$url/api/admin/reindex" || true
  # Into the re-index until 0–3 more writes are acknowledged (at most 10 s: a slow machine acknowledges fewer), plus a
  # random 0–0.50 s, so the kill falls at a different moment of the re-index's reading, swapping and writing each time.
  wanted=$((before + RANDOM % 4))
  for _ in $(seq 1 50); do [ "$(wc -l < "$acked")" -ge "$wanted" ] && break; sleep 0.2; done
  sleep_cs $((RANDOM % 51))
  state=$(curl -s -m 1 -H "X-Api-Key: $key" "$url/api/admin/reindex" | jq -r '.state' 2>/dev/null || echo unknown)
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  kill "$writer1" "$writer2" 2>/dev/null || true; wait "$writer1" "$writer2" 2>/dev/null || true
  [ "$state" = running ] && mid_reindex=$((mid_reindex + 1))
  echo "round $round: killed -9 (re-index $state, $(($(wc -l < "$acked") - before)) writes acknowledged since it began) after $(wc -l < "$acked") acknowledged writes and $(wc -l < "$deleted") acknowledged deletes in total"
done

check() {
  local missing=0 back=0 unanswered=0 code total
  while read -r id title; do
    grep -qx "$id" "$deleted" && continue
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/reports/$id")
    # An answer that is not JSON with a numeric total counts as lost.
    total=$(curl -s -G "$url/api/search" --data-urlencode "q=\"$title\"" | jq -er '.total | numbers' 2>/dev/null) || total=0
    if grep -qx "$id" "$attempted"; then
      # A delete sent but never answered (the kill came first) may or may not have been applied: the report is whole or
      # gone, the same in the report view and in search.
      if [ "$code" = 404 ] && [ "$total" -eq 0 ]; then unanswered=$((unanswered + 1)); continue; fi
    fi
    if [ "$code" != "200" ] || [ "$total" -lt 1 ]; then echo "LOST: $id $title (GET $code, search $total)"; missing=$((missing + 1)); fi
  done < "$acked"
  while read -r id; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/reports/$id")
    if [ "$code" != "404" ]; then echo "BACK: deleted $id answers $code"; back=$((back + 1)); fi
  done < "$deleted"
  echo "$1: $(wc -l < "$acked") acknowledged writes, $(wc -l < "$deleted") acknowledged deletes: $missing missing, $back deleted ones back ($unanswered gone by a delete the kill left unanswered)"
  [ "$missing" -eq 0 ] && [ "$back" -eq 0 ]
}

start
status=0
check "after restart" || status=1
curl -s -o /dev/null -X POST -H "X-Api-Key: $key" "$url/api/admin/reindex"
for _ in $(seq 1 480); do
  state=$(curl -s -H "X-Api-Key: $key" "$url/api/admin/reindex" | jq -r '.state')
  [ "$state" = running ] || break
  sleep 0.25
done
[ "$state" = succeeded ] || { echo "re-index after restart: $state"; status=1; }
check "after a re-index" || status=1
kill -9 "$pid" 2>/dev/null || true
echo "crash test: $rounds kill -9 rounds ($mid_reindex during a re-index), $(wc -l < "$acked") acknowledged writes, $(wc -l < "$deleted") acknowledged deletes, $(wc -l < "$refused") writes refused with 503"
[ "$(wc -l < "$acked")" -gt 0 ] && exit $status || exit 1
