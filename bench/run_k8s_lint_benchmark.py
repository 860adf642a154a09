#!/usr/bin/env python3
"""Times `shipshape lint` on the generated Kubernetes-heavy repository (bench/generate_k8s_repo.py),
against a baseline binary (another commit's release build) and hadolint + actionlint over the
repository's Dockerfiles and workflows, all in the same run, alternating, and prints medians.

Usage: bench/run_k8s_lint_benchmark.py [--runs N] [--binary PATH] [--baseline PATH]
       [--services N] [--filler N]
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--binary", default=None)
    parser.add_argument("--baseline", default=None, help="release binary of the commit to compare with")
    parser.add_argument("--services", type=int, default=400)
    parser.add_argument("--filler", type=int, default=4000)
    args = parser.parse_args()
    binary = release_binary(args.binary)
    out = tempfile.mkdtemp(prefix="shipshape-k8s-bench-")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_k8s_repo.py"), out,
                        "--services", str(args.services), "--filler", str(args.filler)], check=True)
        files = sum(len(names) for _, _, names in os.walk(out))
        dockerfiles = sorted(os.path.relpath(p, out) for p in glob.glob(os.path.join(out, "services", "*", "Dockerfile")))
        workflows = sorted(os.path.relpath(p, out) for p in glob.glob(os.path.join(out, ".github", "workflows", "*.yml")))
        print(f"k8s repository: {args.services} services, {files} files; {os.cpu_count()} cores; "
              f"load {os.getloadavg()[0]:.1f}")
        commands = {"shipshape lint": [binary, "lint", ".", "--fail-on", "never"]}
        if args.baseline:
            commands["baseline lint"] = [args.baseline, "lint", ".", "--fail-on", "never"]
        hadolint, actionlint = shutil.which("hadolint"), shutil.which("actionlint")
        if hadolint and actionlint:
            commands["hadolint"] = [hadolint, "--no-fail", *dockerfiles]
            commands["actionlint"] = [actionlint, "-no-color", *workflows]
        samples = {name: [] for name in commands}
        for command in commands.values():
            timed(command, out)  # warm-up (page cache)
        for _ in range(args.runs):
            for name, command in commands.items():  # alternating, so load affects all alike
                seconds, _ = timed(command, out)
                samples[name].append(seconds)
        medians = {}
        for name, values in samples.items():
            medians[name] = statistics.median(values)
            print(f"{name:<16} median {medians[name] * 1000:8.1f} ms  min {min(values) * 1000:8.1f} ms  "
                  f"max {max(values) * 1000:8.1f} ms  ({args.runs} runs)")
        if "baseline lint" in medians:
            print(f"speed-up baseline / shipshape = {medians['baseline lint'] / medians['shipshape lint']:.2f}x")
        if "hadolint" in medians:
            peers = medians["hadolint"] + medians["actionlint"]
            print(f"hadolint + actionlint median sum {peers * 1000:8.1f} ms; "
                  f"shipshape / peers = {medians['shipshape lint'] / peers:.2f}x")
        print(f"load at end {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
