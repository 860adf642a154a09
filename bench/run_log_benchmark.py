#!/usr/bin/env python3
"""Log analysis benchmark (issue 5): shipshape-logbench against jq on the same JSON log file.

Builds the release `shipshape-logbench`, generates the log file with generate_logs.py (1,000,000
lines by default), then times both tools over several runs after one warm-up each and prints
medians and the ratio. jq computes the same HTTP status histogram and nearest-rank p95 latency
(same fields, same units); the script checks that the histograms are identical and the p95
values within 1 % (the analyzer's histogram promises ±0.4 %).

    python3 bench/run_log_benchmark.py --runs 5
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

JQ_PROGRAM = r"""
[inputs
 | (.status_code // .res.statusCode // .status) as $s
 | select($s != null)
 | [$s, (if .duration_ms != null then .duration_ms
         elif .responseTime != null then .responseTime
         elif .latency != null then .latency * 1000
         else null end)]]
| (map(.[1] | select(. != null)) | sort) as $d
| {statuses: (group_by(.[0]) | map({key: (.[0][0] | tostring), value: length}) | from_entries),
   p95: $d[(($d | length) * 0.95 | ceil) - 1], count: ($d | length)}
"""


def timed(command):
    """Wall seconds, CPU seconds (user + system of the child) and stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, cpu, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--log", help="use this log file instead of generating one")
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()

    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "shipshape-logbench"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, ".build", "release", "shipshape-logbench")
    workdir = tempfile.mkdtemp(prefix="logbench-")
    log = args.log or os.path.join(workdir, "logs.jsonl")
    if not args.log:
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_logs.py"), "--lines",
                        str(args.lines), "--output", log], check=True)
    program = os.path.join(workdir, "histogram.jq")
    with open(program, "w") as f:
        f.write(JQ_PROGRAM)
    size_mb = os.path.getsize(log) / 1e6

    commands = {"shipshape-logbench": [binary, log], "jq": ["jq", "-n", "-c", "-f", program, log]}
    times = {name: [] for name in commands}
    cpu_times = {name: [] for name in commands}
    outputs = {}
    for name, command in commands.items():
        _, _, outputs[name] = timed(command)  # warm-up (page cache) and the output compared below
    for _ in range(args.runs):
        for name, command in commands.items():  # interleaved, so machine noise hits both
            wall, cpu, _ = timed(command)
            times[name].append(wall)
            cpu_times[name].append(cpu)

    if not args.log:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        os.remove(program)
        os.rmdir(workdir)

    ours = json.loads(outputs["shipshape-logbench"])
    theirs = json.loads(outputs["jq"])
    same_histogram = ours["http"]["statuses"] == theirs["statuses"]
    p95_ours, p95_jq = ours["http"]["latency"]["p95"], theirs["p95"]
    p95_error = abs(p95_ours - p95_jq) / p95_jq
    same_count = ours["http"]["latency"]["count"] == theirs["count"]

    print(f"log: {args.lines} lines, {size_mb:.1f} MB; runs: {args.runs} (after one warm-up each)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| tool | wall median | wall min | wall max | CPU (user+sys) median |")
    print("|---|---|---|---|---|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values):.2f} s | {min(values):.2f} s | {max(values):.2f} s "
              f"| {statistics.median(cpu_times[name]):.2f} s |")
    ratio = statistics.median(times["jq"]) / statistics.median(times["shipshape-logbench"])
    cpu_ratio = statistics.median(cpu_times["jq"]) / statistics.median(cpu_times["shipshape-logbench"])
    print(f"ratio jq / shipshape-logbench (medians): wall {ratio:.1f}x, CPU {cpu_ratio:.1f}x")
    print(f"histograms identical: {same_histogram}; latency samples equal: {same_count} "
          f"({ours['http']['latency']['count']}); p95 shipshape {p95_ours} ms vs jq {p95_jq} ms "
          f"(difference {p95_error * 100:.2f} %)")
    if not (same_histogram and same_count and p95_error <= 0.01):
        sys.exit("results differ")


if __name__ == "__main__":
    main()
