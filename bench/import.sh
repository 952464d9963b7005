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
"$bin" cards list --json | python3 "$root/bench/gen_history.py" "$rows" > "$tmp/history.csv"
echo "rows: $rows ($(du -h "$tmp/history.csv" | cut -f1))"
export AWSDRILL_NOW=2026-12-01T00:00:00Z
if command -v /usr/bin/time > /dev/null; then
  /usr/bin/time -f "wall %e s, peak RSS %M KiB" "$bin" --db "$tmp/db.sqlite" progress import "$tmp/history.csv"
else
  start=$(date +%s%N); "$bin" --db "$tmp/db.sqlite" progress import "$tmp/history.csv"; end=$(date +%s%N)
  echo "wall $(((end - start) / 1000000)) ms"
fi
