#!/usr/bin/env bash
# The server load test (docs/server.md): `actorgraph serve` over the 1M-relation generated graph, driven by Debian's
# wrk on loopback with pairs from `actorgraph bench queries --pairs-out`; the server's resident memory is sampled
# every 10 s through a long run. Usage: bench/serve.sh [OUT_DIR] (DURATION=60s, SOAK=300s, CONNECTIONS=32).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-/tmp/actorgraph-serve}")"
duration="${DURATION:-60s}"; soak="${SOAK:-300}"; connections="${CONNECTIONS:-32}"; port="${PORT:-5080}"
mkdir -p "$out"
command -v wrk >/dev/null || { echo "error: wrk is missing (apt-get install wrk)" >&2; exit 1; }
dotnet build -c Release src/ActorGraph.Cli -v q -nologo
ag="dotnet src/ActorGraph.Cli/bin/Release/net10.0/actorgraph.dll"
if [ ! -f "$out/g1m.db" ]; then
  $ag generate --actors 200000 --relations 1000000 --seed 1 --store "$out/g1m.db" >/dev/null
fi
[ -f "$out/pairs.tsv" ] || $ag bench queries --store "$out/g1m.db" --queries 2000 --seed 1 --pairs-out "$out/pairs.tsv" >/dev/null
# Request logging at Warning: one console line per request would measure the console, not the server.
$ag serve --store "$out/g1m.db" --urls "http://127.0.0.1:$port" \
  --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/api/v1/health/ready" >/dev/null; do sleep 0.5; done
# Warm up: the first name lookup builds the lookup index and the first queries compile.
first=$(head -n 1 "$out/pairs.tsv" | cut -f1); second=$(head -n 1 "$out/pairs.tsv" | cut -f2)
curl -sf "http://127.0.0.1:$port/api/v1/paths?from=$first&to=$second" >/dev/null
PAIRS="$out/pairs.tsv" MODE=mixed wrk -t1 -c4 -d5s --timeout 5s -s bench/serve.lua "http://127.0.0.1:$port" >/dev/null
pid=$(pgrep -P "$server" || echo "$server")
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }   # server CPU time in clock ticks (1/100 s)
rss() { awk '/VmRSS/ {print int($2/1024) " MiB"}' "/proc/$pid/status" 2>/dev/null || echo "? MiB"; }
echo "server ready: $(rss) resident, load $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in neighbourhood paths; do
  echo "== $mode: wrk -t1 -c$connections -d$duration (load $(cut -d' ' -f1-3 /proc/loadavg))"
  before=$(cpu)
  PAIRS="$out/pairs.tsv" MODE=$mode wrk -t1 -c"$connections" -d"$duration" --timeout 5s -s bench/serve.lua "http://127.0.0.1:$port" | tee "$out/$mode.txt" | grep -E "Requests/sec|requests:|p50"
  # CPU per answer says what the server would do on cores of its own, whatever else shares the machine.
  requests=$(sed -n 's/^requests: \([0-9]*\).*/\1/p' "$out/$mode.txt")
  awk -v t=$(( $(cpu) - before )) -v n="$requests" 'BEGIN { if (n > 0) printf "server CPU: %.3f ms per request, %.0f requests/s per core of its own\n", t * 10 / n, n / (t / 100) }'
  echo "resident after: $(rss)"
done
echo "== soak: mixed for ${soak}s, resident memory every 10 s"
PAIRS="$out/pairs.tsv" MODE=mixed wrk -t1 -c"$connections" -d"${soak}s" --timeout 5s -s bench/serve.lua "http://127.0.0.1:$port" >"$out/soak.txt" &
load=$!
for ((t = 10; t <= soak; t += 10)); do sleep 10; echo "t=${t}s $(rss) load $(cut -d' ' -f1 /proc/loadavg)"; done
wait $load
grep -E "Requests/sec|requests:|p50" "$out/soak.txt"
