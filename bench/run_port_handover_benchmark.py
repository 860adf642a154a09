#!/usr/bin/env python3
"""The floor under a stop-first restore, without Shipshape: how long a published host port takes to serve
again when one container holding it is killed and another one (created beforehand) is started on it —
what `remove-new` + `restore-old` ask of dockerd, done with the plain docker CLI.

A client GETs 127.0.0.1:PORT/health every 10 ms (0.3 s timeout each) from before the kill; the figure is
from the start of `docker kill` to the start of the first request sent after the kill returned that is answered
200, and how many requests hung until their timeout. Medians over --runs.

Why requests hang: the port's proxy takes connections before the started container's address answers, so the
host's first ARP request for that address goes unanswered and the kernel retries it only after the bridge's
`net.ipv4.neigh.<bridge>.retrans_time_ms` (1000 ms by default); every connection meanwhile waits in the queue of
that neighbour entry. `--retrans-ms N` (root) adds a second configuration, interleaved run by run, with the
default bridge's retransmit time set to N for its runs (restored afterwards), to show that this is the cause.

    python3 bench/run_port_handover_benchmark.py --runs 5 [--retrans-ms 100]
"""
import argparse
import random
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request

from benchlib import build_busybox_images, sh

SERVE = "#!/bin/sh\nmkdir -p /www\necho ok > /www/health\nexec httpd -f -p 8080 -h /www\n"


def one_run(repo):
    port = random.randrange(20000, 40000)
    prefix = f"ssbench-handover-{random.randrange(1 << 30):x}"
    old, new = f"{prefix}-old", f"{prefix}-new"
    sh(["docker", "create", "--name", old, "-p", f"127.0.0.1:{port}:8080", f"{repo}:good"])
    sh(["docker", "run", "-d", "--name", new, "-p", f"127.0.0.1:{port}:8080", f"{repo}:good"])
    samples, stop = [], threading.Event()

    def poll():
        while not stop.is_set():
            started, ok = time.time(), False
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=0.3) as response:
                    ok = response.status == 200
            except Exception:
                ok = False
            samples.append((started, time.time(), ok))
            time.sleep(0.01)

    try:
        time.sleep(1)
        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        time.sleep(0.3)
        begun = time.time()
        sh(["docker", "kill", new])
        killed = time.time()
        sh(["docker", "start", old])
        started = time.time()
        time.sleep(2.5)
        stop.set()
        poller.join()
        # The killed container served until the kill returned: the first answer of the started one after it.
        first = next(s for s in samples if s[0] >= killed and s[2])
        hanging = sum(1 for s in samples if s[0] >= begun and s[1] - s[0] > 0.25)
        return {"kill_ms": (killed - begun) * 1000, "start_done_ms": (started - begun) * 1000,
                "serving_ms": (first[0] - begun) * 1000, "hung_requests": hanging}
    finally:
        subprocess.run(["docker", "rm", "-f", old, new], capture_output=True)


RETRANS = "/proc/sys/net/ipv4/neigh/docker0/retrans_time_ms"


def set_retrans(value):
    with open(RETRANS, "w") as f:
        f.write(f"{value}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--retrans-ms", type=int, help="also run with docker0's ARP retransmit time set to this")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="ssbench-handover-")
    repo = f"ssbench-handover-{random.randrange(1 << 30):x}"
    try:
        build_busybox_images(repo, workdir, SERVE, [("good", "VERSION=good")])
        with open(RETRANS) as f:
            default = int(f.read())
        configurations = [f"retrans_time_ms {default} (as found)"]
        if args.retrans_ms is not None:
            configurations.append(f"retrans_time_ms {args.retrans_ms}")
        runs = {name: [] for name in configurations}
        try:
            for _ in range(args.runs):
                for name in configurations:
                    if args.retrans_ms is not None:
                        set_retrans(default if name == configurations[0] else args.retrans_ms)
                    runs[name].append(one_run(repo))
        finally:
            if args.retrans_ms is not None:
                set_retrans(default)
        for name in configurations:
            print(name)
            for key in ["kill_ms", "start_done_ms", "serving_ms", "hung_requests"]:
                values = [r[key] for r in runs[name]]
                print(f"  {key:15} median {statistics.median(values):7.0f}  all {[round(v) for v in values]}")
    finally:
        subprocess.run(["docker", "rmi", f"{repo}:good", f"{repo}:base"], capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
