#!/usr/bin/env bash
# Times the commands that must feel instant (issue 2, "Speed") on a large synthetic history.
# Builds release, generates the data once into a temp dir, then prints the median of 20 runs
# (hyperfine when installed, else a shell loop) in milliseconds.
# Usage: bench/run.sh [RUNS]   (KEEP=1 keeps the temp dir)
set -euo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --release --quiet --bin awsdrill --example gen_db
bin="$root/target/release/awsdrill"
tmp=$(mktemp -d)
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$tmp"' EXIT
db="$tmp/bench.db"
big="$tmp/big10x"
"$root/target/release/examples/gen_db" "$db"
"$root/bench/gen_big_bank.sh" "$big"
export AWSDRILL_LANG=en NO_COLOR=1

names=(study-first-prompt stats content-validate cards-list-10x)
cmds=(
  "$bin --db $db study --limit 1 < /dev/null"
  "$bin --db $db stats"
  "$bin content validate"
  "$bin --content-dir $big cards list"
)

median_loop() {
  local cmd=$1 times=() i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    bash -c "$cmd" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
}

median_hyperfine() {
  local cmd=$1 json="$tmp/h.json"
  hyperfine --style none --warmup 2 --runs "$runs" --export-json "$json" "$cmd" > /dev/null 2>&1
  # hyperfine reports seconds; the median field is per command.
  awk -F: '/"median"/ { gsub(/[ ,]/, "", $2); printf "%.1f\n", $2 * 1000; exit }' "$json"
}

if command -v hyperfine > /dev/null; then tool=hyperfine; else tool=loop; fi
echo "timing with $tool, median of $runs runs (ms):"
for i in "${!cmds[@]}"; do
  if [[ $tool == hyperfine ]]; then ms=$(median_hyperfine "${cmds[$i]}"); else ms=$(median_loop "${cmds[$i]}"); fi
  printf '  %-20s %8s ms\n' "${names[$i]}" "$ms"
done
