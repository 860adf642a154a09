#!/usr/bin/env python3
"""Times `log-contradicts-config` on two hostile shapes in one scope, where a naive matcher is
quadratic: (a) 2,000 module-level claims and 2,000 unrelated settings; (b) a 1 MB module-level
file with 1,000 findings. Prints medians of --runs (release binary; no network traffic).

Usage: bench/run_source_hostile_benchmark.py [--runs N] [--binary PATH]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

from benchlib import release_binary


def write_shapes(root):
    a = os.path.join(root, "a")
    b = os.path.join(root, "b")
    os.makedirs(a)
    os.makedirs(b)
    lines = [f'setting_{i} = "value{i}"' for i in range(2000)]
    lines += [f'logger.info("event", key_{i}="x", storage="redis")' for i in range(2000)]
    lines.append("storage_uri = None")
    with open(os.path.join(a, "module.py"), "w") as f:
        f.write("\n".join(lines) + "\n")
    big, size = [], 0
    while size < 1_000_000:
        i = len(big)
        line = f'conf_{i % 500} = {i}\nlogger.info("x conf_{i % 500}={i + 1}", conf_{i % 500}={i + 2})'
        big.append(line)
        size += len(line) + 1
    with open(os.path.join(b, "big.py"), "w") as f:
        f.write("\n".join(big) + "\n")
    return {"a: 2,000 claims x 2,000 settings": a, "b: 1 MB, 1,000 findings": b}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=None)
    args = parser.parse_args()
    binary = os.path.abspath(release_binary(args.binary))
    with tempfile.TemporaryDirectory(prefix="shipshape-hostile-") as work:
        for name, path in write_shapes(work).items():
            samples = []
            for _ in range(args.runs):
                start = time.perf_counter()
                subprocess.run([binary, "lint", path, "--enable", "log-contradicts-config", "--fail-on", "never"],
                               stdout=subprocess.DEVNULL, check=True)
                samples.append(time.perf_counter() - start)
            print(f"{name:<36} median {statistics.median(samples) * 1000:8.1f} ms  ({args.runs} runs)")


if __name__ == "__main__":
    main()
