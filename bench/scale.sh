#!/usr/bin/env bash
# Reproduces docs/performance.md: generate graphs at three sizes, bench queries on each, then ingest and extraction.
# Runs one measurement at a time (the machine has two cores). Usage: bench/scale.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/actorgraph-scale}"
mkdir -p "$out"
dotnet build -c Release src/ActorGraph.Cli -v q -nologo
ag="dotnet src/ActorGraph.Cli/bin/Release/net10.0/actorgraph.dll"
for size in "20000 100000 100k" "200000 1000000 1m" "1000000 5000000 5m"; do
  set -- $size
  rm -f "$out/g$3.db" "$out/g$3.db-wal" "$out/g$3.db-shm"
  echo "== generate $3 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "generate $3: %e s wall, %M KiB peak RSS" $ag generate --actors "$1" --relations "$2" --seed 1 --store "$out/g$3.db" 2>&1 >/dev/null | tail -1
  echo "== bench queries $3 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  $ag bench queries --store "$out/g$3.db" --queries 1000 --seed 1 --pairs-out "$out/pairs-$3.tsv"
done
echo "== bench ingest (load: $(cut -d' ' -f1-3 /proc/loadavg))"
$ag bench ingest --articles 5000 --seed 1
$ag bench ingest --articles 5000 --seed 1 --mode pipelined
echo "== bench extract (load: $(cut -d' ' -f1-3 /proc/loadavg))"
$ag bench extract --mb 10 --seed 1
