#!/bin/sh
# A real distributed run: a Dask scheduler and two workers on 127.0.0.1 only, a bag of JSONL
# partitions mapped through `unscrape --jsonl`, the output checked record by record against one
# local unscrape run, and records/s with one worker and then two. Installs Debian's
# python3-distributed if /usr/bin/python3 cannot import it.
#
#   examples/dask/run.sh [RECORDS] [PARTITIONS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
records=${1:-4000}
partitions=${2:-8}
python=/usr/bin/python3
port=${DASK_PORT:-8786}
work=$(mktemp -d)
pids=
cleanup() {
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if ! $python -c 'import distributed, dask.bag' 2>/dev/null; then
  echo "installing python3-distributed (apt-get install python3-distributed)…" >&2
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-distributed >/dev/null
fi
[ -f "$root/dist/cli/main.js" ] || (cd "$root" && npm install --silent && npm run build --silent)

node "$here/../corpus.mjs" "$records" > "$work/in.jsonl"
split -d -a 3 -n "l/$partitions" --additional-suffix=.jsonl "$work/in.jsonl" "$work/part-"
node "$root/bin/unscrape.js" --jsonl -q --workers 1 < "$work/in.jsonl" > "$work/expected.jsonl"
echo "corpus: $records records in $partitions partitions" >&2

# The cluster: every process listens on the loopback interface only.
$python -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --no-dashboard >"$work/scheduler.log" 2>&1 &
pids="$pids $!"
start_worker() {
  $python -m distributed.cli.dask_worker "tcp://127.0.0.1:$port" --host 127.0.0.1 --nworkers 1 --nthreads 1 --no-dashboard --name "$1" >"$work/$1.log" 2>&1 &
  pids="$pids $!"
}
wait_for_workers() {
  $python - "$port" "$1" <<'PY'
import sys, time
from distributed import Client
with Client(f"tcp://127.0.0.1:{sys.argv[1]}", timeout=30) as client:
    client.wait_for_workers(int(sys.argv[2]), timeout=60)
PY
}

start_worker worker-1
wait_for_workers 1
$python "$here/pipeline.py" "tcp://127.0.0.1:$port" "$work/out-1.jsonl" "$work"/part-*.jsonl
node "$here/../check.mjs" "$work/in.jsonl" "$work/expected.jsonl" "$work/out-1.jsonl"

start_worker worker-2
wait_for_workers 2
$python "$here/pipeline.py" "tcp://127.0.0.1:$port" "$work/out-2.jsonl" "$work"/part-*.jsonl
node "$here/../check.mjs" "$work/in.jsonl" "$work/expected.jsonl" "$work/out-2.jsonl"
