#!/usr/bin/env bash
# `progress import` at scale (issue 13): generates ROWS reviews (default 1,000,000) over the bank's
# own ids, imports them into a fresh database, and prints wall time and peak RSS (GNU time).
# Usage: bench/import.sh [ROWS]
set -euo pipefail
rows=${1:-1000000}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --release --quiet --bin awsdrill
bin="$root/target/release/awsdrill"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" cards list --json | python3 -c '
import json, sys, random
rows = int(sys.argv[1])
ids = [i["id"] for i in json.load(sys.stdin)]
random.seed(7)
per = max(1, rows // len(ids))
print("item_id,reviewed_at,rating")
n = 0
base = 1_700_000_000  # 2023-11-14
while n < rows:
    for i in ids:
        t = base + random.randrange(0, 80_000_000)
        print(f"{i},{__import__(\"datetime\").datetime.utcfromtimestamp(t).strftime(\"%Y-%m-%dT%H:%M:%SZ\")},{random.choice([1,3,3,3,4,2])}")
        n += 1
        if n == rows: break
' "$rows" > "$tmp/history.csv"
echo "rows: $rows ($(du -h "$tmp/history.csv" | cut -f1))"
export AWSDRILL_NOW=2026-12-01T00:00:00Z
if command -v /usr/bin/time > /dev/null; then
  /usr/bin/time -f "wall %e s, peak RSS %M KiB" "$bin" --db "$tmp/db.sqlite" progress import "$tmp/history.csv"
else
  start=$(date +%s%N); "$bin" --db "$tmp/db.sqlite" progress import "$tmp/history.csv"; end=$(date +%s%N)
  echo "wall $(((end - start) / 1000000)) ms"
fi
