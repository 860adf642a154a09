#!/usr/bin/env python3
"""Benchmarks of `shipshape wait` (release build), each against a baseline in the same run.

1. Detection latency: an endpoint on 127.0.0.1 turns healthy at a known moment; the delay until
   `shipshape wait URL` exits 0, against the seed's loop (`for i in $(seq 1 30); do if curl ...;
   then break; fi; sleep 3; done`) measured the same way. Goal: median <= 150 ms, >= 10x better.
2. HTTP probe cost from the host to a loopback port: `--successes N --interval 0` amortises the
   process start over N probes. Goal: <= 5 ms median per probe.
3. Exec probe cost: one exec through the Engine API (`shipshape wait C --exec true --successes N`)
   against `docker exec C true` through the CLI. Goal: <= 0.5x.

Traffic goes only to 127.0.0.1 and a container this script starts itself.
Usage: bench/run_wait_benchmarks.py [--runs N] [--binary PATH]
"""
import argparse
import os
import random
import shutil
import tempfile
import socket
import statistics
import subprocess
import sys
import time

from benchlib import release_binary

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_flip_server(healthy_at):
    port = free_port()
    proc = subprocess.Popen([sys.executable, os.path.join(HERE, "flip_server.py"), str(port), str(healthy_at)],
                            stdout=subprocess.PIPE, text=True)
    proc.stdout.readline()
    return proc, port


def detection(cmd_for_port, runs):
    delays = []
    for _ in range(runs):
        healthy_at = time.time() + 1.5 + random.random() * 3
        server, port = start_flip_server(healthy_at)
        try:
            subprocess.run(cmd_for_port(port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
            delays.append(time.time() - healthy_at)
        finally:
            server.kill()
            server.wait()
    return delays


def seed_loop(port):
    script = (f"for i in $(seq 1 30); do if curl -fsS http://127.0.0.1:{port}/health > /dev/null 2>&1; "
              f"then break; fi; sleep 3; done")
    return ["bash", "-c", script]


def per_probe(cmd, count, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=300)
        samples.append((time.perf_counter() - start) / count)
    return samples


def report(name, samples, unit=1000, suffix="ms"):
    print(f"{name:<52} median {statistics.median(samples) * unit:8.2f} {suffix}  "
          f"min {min(samples) * unit:8.2f}  max {max(samples) * unit:8.2f}  (n={len(samples)})")
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--binary", default=None)
    args = parser.parse_args()
    binary = release_binary(args.binary)
    print(f"{os.cpu_count()} cores; binary {binary}")

    ours = detection(lambda p: [binary, "wait", f"http://127.0.0.1:{p}/health", "--timeout", "60s",
                                "--interval", "50ms", "--format", "json"], args.runs)
    seed = detection(seed_loop, args.runs)
    a = report("detection delay: shipshape wait URL", ours)
    b = report("detection delay: seed loop (curl, sleep 3)", seed)
    print(f"ratio seed / shipshape = {b / a:.1f}x")

    server, port = start_flip_server(time.time())
    try:
        n = 200
        report(f"HTTP probe, host -> 127.0.0.1 (per probe, {n} probes/run)",
               per_probe([binary, "wait", f"http://127.0.0.1:{port}/health", "--successes", str(n),
                          "--interval", "0ms"], n, args.runs))
    finally:
        server.kill()

    name = f"shipshape-bench-{os.getpid()}"
    image = "shipshape-bench/busybox:latest"
    context = tempfile.mkdtemp(prefix="shipshape-bench-image-")
    shutil.copy("/bin/busybox", os.path.join(context, "busybox"))
    with open(os.path.join(context, "Dockerfile"), "w") as f:
        f.write('FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n')
    subprocess.run(["docker", "build", "-q", "-t", image, context], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(context, ignore_errors=True)
    subprocess.run(["docker", "run", "-d", "--name", name, image, "sleep", "600"],
                   check=True, stdout=subprocess.DEVNULL)
    try:
        n = 20
        api = report(f"exec probe via Engine API (per exec, {n}/run)",
                     per_probe([binary, "wait", name, "--exec", "true", "--successes", str(n), "--interval", "0ms"],
                               n, args.runs))
        cli = report("exec via docker CLI (`docker exec C true`, per exec)",
                     per_probe(["bash", "-c", f"for i in $(seq 1 {n}); do docker exec {name} true; done"], n, args.runs))
        print(f"ratio API / CLI = {api / cli:.2f}x")
    finally:
        subprocess.run(["docker", "rm", "-f", name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
