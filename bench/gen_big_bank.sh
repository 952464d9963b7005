#!/usr/bin/env bash
# Writes a synthetic bank ten times the shipped one: content/ copied to OUT, and each bank file
# replicated 9 more times with every item id suffixed (.x1 … .x9), so ids stay unique and valid.
# Usage: bench/gen_big_bank.sh OUT [FACTOR]
set -euo pipefail
out=${1:?usage: gen_big_bank.sh OUT [FACTOR]}
factor=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
mkdir -p "$out"
cp -R "$root/content/." "$out/"
for file in "$root"/content/bank/*.yaml; do
  name=$(basename "$file" .yaml)
  for ((k = 1; k < factor; k++)); do
    sed -E "s/^(  - id: )([^ #]+)/\1\2.x$k/" "$file" > "$out/bank/$name.x$k.yaml"
  done
done
