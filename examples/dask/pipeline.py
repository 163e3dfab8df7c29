"""
A Dask bag of JSONL partitions mapped through `unscrape --jsonl`, on a running cluster.

Each partition (one file of records) is piped through one unscrape process, exactly as Hadoop
Streaming or Spark's RDD.pipe would do it: lines in on stdin, the same number of lines out on
stdout, in order. The bag keeps the partitions in order, so the output is the input's order.

    python3 pipeline.py SCHEDULER_ADDRESS OUTPUT PARTITION...

Prints the records/s of the run on stderr.
"""
import os
import subprocess
import sys
import time

import dask.bag as db
from distributed import Client

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UNSCRAPE = ["node", os.path.join(ROOT, "bin", "unscrape.js"), "--jsonl", "-q", "--workers", "1"]


def clean_partition(lines):
    """One unscrape process per partition: lines in, lines out, checked one for one."""
    lines = list(lines)
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(UNSCRAPE, input=text.encode("utf-8"), stdout=subprocess.PIPE, check=True)
    out = done.stdout.decode("utf-8").splitlines()
    if len(out) != len(lines):
        raise RuntimeError(f"unscrape wrote {len(out)} lines for {len(lines)}")
    return out


def main():
    scheduler, output, *partitions = sys.argv[1:]
    with Client(scheduler) as client:
        workers = len(client.scheduler_info()["workers"])
        bag = db.read_text(sorted(partitions), blocksize=None)
        started = time.perf_counter()
        cleaned = bag.map_partitions(clean_partition).compute()
        seconds = time.perf_counter() - started
    with open(output, "w", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in cleaned)
    print(f"{workers} worker(s): {len(cleaned) / seconds:.0f} records/s ({seconds:.1f} s, {len(partitions)} partitions)", file=sys.stderr)


if __name__ == "__main__":
    main()
