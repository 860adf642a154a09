#!/usr/bin/env python3
"""Benchmark of `shipshape diagnose` (release build) on a 10-container stack, against
bench/diagnose_baseline.sh (serial docker CLI calls, the seed script's way) in the same run.

Starts ten compose-labelled containers from a scratch busybox image (published on 127.0.0.1,
with a wget healthcheck), waits until they are healthy, then times both tools several times and
prints medians, min/max and the ratio as a Markdown table row. Removes everything it started.

Usage: run_diagnose_benchmark.py [--runs 5] [--binary .build/release/shipshape] [--containers 10]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGE = "shipshape-bench/diagnose-app:latest"


def build_image():
    context = tempfile.mkdtemp(prefix="shipshape-bench-diagnose-")
    try:
        shutil.copy(os.path.realpath("/bin/busybox"), os.path.join(context, "busybox"))
        with open(os.path.join(context, "Dockerfile"), "w") as handle:
            handle.write('FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n'
                         'RUN mkdir -p /www && echo \'{"status":"healthy"}\' > /www/health\n'
                         'LABEL org.opencontainers.image.revision=abc1234def5678\n'
                         'CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]\n')
        subprocess.run(["docker", "build", "-q", "-t", IMAGE, context], check=True, stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(context, ignore_errors=True)


def start_stack(project, count):
    subprocess.run(["docker", "network", "create", f"{project}-net"], check=True, stdout=subprocess.DEVNULL)
    names = []
    for index in range(count):
        name = f"{project}-svc{index}"
        subprocess.run(["docker", "run", "-d", "--name", name, "--network", f"{project}-net",
                        "--label", f"com.docker.compose.project={project}", "--label", f"com.docker.compose.service=svc{index}",
                        "-p", "127.0.0.1::8080", "-e", f"UPSTREAM_URL=http://svc{(index + 1) % count}:8080",
                        "--health-cmd", "wget -q -O- http://localhost:8080/health", "--health-interval", "1s",
                        IMAGE], check=True, stdout=subprocess.DEVNULL)
        names.append(name)
    deadline = time.time() + 60
    while time.time() < deadline:
        states = subprocess.run(["docker", "inspect", "--format", "{{.State.Health.Status}}"] + names,
                                capture_output=True, text=True).stdout.split()
        if states and all(state == "healthy" for state in states):
            return names
        time.sleep(0.5)
    raise SystemExit("the benchmark stack did not become healthy within 60 s")


def timed(command):
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--containers", type=int, default=10)
    parser.add_argument("--binary")
    args = parser.parse_args()
    binary = args.binary
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "shipshape"], cwd=ROOT, check=True)
        bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout.strip()
        binary = os.path.join(bin_path, "shipshape")
    build_image()
    project = f"shipshape-bench-diag-{uuid.uuid4().hex[:6]}"
    names = []
    try:
        names = start_stack(project, args.containers)
        ours, baseline = [], []
        for _ in range(args.runs):
            ours.append(timed([binary, "diagnose", "--project", project, "--format", "json"]))
            baseline.append(timed(["bash", os.path.join(ROOT, "bench", "diagnose_baseline.sh"), project]))
        ours_median, base_median = statistics.median(ours), statistics.median(baseline)
        print(f"runs: {args.runs}, containers: {args.containers}")
        print("| measurement | median | min | max | baseline median (same run) | ratio | goal |")
        print("|---|---|---|---|---|---|---|")
        met = "met" if ours_median <= 1.5 and base_median / ours_median >= 5 else "**not met**"
        print(f"| `diagnose --project` on {args.containers} containers (wall) | {ours_median:.2f} s | {min(ours):.2f} s | "
              f"{max(ours):.2f} s | serial docker CLI script: {base_median:.2f} s (min {min(baseline):.2f}, max {max(baseline):.2f}) | "
              f"{base_median / ours_median:.1f}× faster | ≤ 1.5 s, ≥ 5× — {met} |")
    finally:
        for name in names:
            subprocess.run(["docker", "rm", "-f", name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["docker", "network", "rm", f"{project}-net"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["docker", "image", "rm", "-f", IMAGE], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
