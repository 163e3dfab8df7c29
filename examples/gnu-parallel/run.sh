#!/bin/sh
# GNU parallel as the one-machine shortcut: `parallel --pipe` cuts a JSONL stream into blocks at
# line ends, runs one `unscrape --jsonl` per block, and --keep-order puts the outputs back in the
# input's order. Installs GNU parallel (Debian package `parallel`) if it is missing, cleans a
# generated corpus with 1 and 2 jobs, checks each output record by record against one local run,
# and prints records/s.
#
#   examples/gnu-parallel/run.sh [RECORDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
records=${1:-4000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v parallel >/dev/null 2>&1; then
  echo "installing GNU parallel (apt-get install parallel)…" >&2
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq parallel >/dev/null
fi
[ -f "$root/dist/cli/main.js" ] || (cd "$root" && npm install --silent && npm run build --silent)

unscrape="node $root/bin/unscrape.js --jsonl -q --workers 1"
node "$here/../corpus.mjs" "$records" > "$work/in.jsonl"
echo "corpus: $records records, $(du -h "$work/in.jsonl" | cut -f1)" >&2

# The reference: one process over the whole stream.
$unscrape < "$work/in.jsonl" > "$work/expected.jsonl"

for jobs in 1 2; do
  start=$(date +%s.%N)
  parallel --pipe --keep-order --block 1M -j "$jobs" $unscrape < "$work/in.jsonl" > "$work/out-$jobs.jsonl"
  end=$(date +%s.%N)
  node "$here/../check.mjs" "$work/in.jsonl" "$work/expected.jsonl" "$work/out-$jobs.jsonl"
  awk -v jobs="$jobs" -v n="$records" -v s="$start" -v e="$end" 'BEGIN { printf "%d job(s): %.0f records/s (%.1f s)\n", jobs, n / (e - s), e - s }'
done
