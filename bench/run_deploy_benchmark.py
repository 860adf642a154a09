#!/usr/bin/env python3
"""Failed requests while a bad version is deployed: `shipshape deploy` vs the seed's way
(`docker compose up -d` + a health loop), and the time from "gate failed" to "previous version serving".

Two services of one compose project, images built FROM scratch out of /bin/busybox (good: busybox httpd;
bad: answers 500):
- `fixed` has container_name and a fixed host port (stop-first); a poller GETs 127.0.0.1:PORT/health.
- `web` has neither (start-first); a poller GETs the serving container's address.
Each run starts from the good version, polls every 50 ms for a fixed window from the moment the deploy of
the bad version starts, and counts failed requests. Medians over --runs.

    python3 bench/run_deploy_benchmark.py --runs 5 [--binary .build/debug/shipshape] [--retrans-ms 100]

`--retrans-ms N` (root) sets `net.ipv4.neigh.default.retrans_time_ms` to N for the run (each run's compose network
is created after it, so its bridge inherits it) and restores it afterwards: the host setting under the stop-first
restore's floor (see bench/run_port_handover_benchmark.py).
"""
import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request

from benchlib import build_busybox_images, release_binary, sh

SERVE = r'''#!/bin/sh
mkdir -p /www
echo "{\"version\":\"$VERSION\"}" > /www/health
if [ "$MODE" = bad ]; then
  printf '#!/bin/sh\nread line\nprintf "HTTP/1.0 500 Internal Server Error\\r\\nContent-Length: 4\\r\\n\\r\\nbad\\n"\n' > /respond
  chmod +x /respond
  exec nc -ll -p 8080 -e /respond
fi
exec httpd -f -p 8080 -h /www
'''


def build_images(repo, workdir):
    build_busybox_images(repo, workdir, SERVE, [(tag, f"MODE={tag} VERSION={tag}") for tag in ["good", "bad"]])


class Poller(threading.Thread):
    def __init__(self, url_fn, window):
        super().__init__(daemon=True)
        self.url_fn, self.window, self.samples = url_fn, window, []

    def run(self):
        end = time.monotonic() + self.window
        while time.monotonic() < end:
            started = time.time()
            ok = False
            try:
                with urllib.request.urlopen(self.url_fn(), timeout=1) as response:
                    ok = response.status == 200
            except Exception:
                ok = False
            self.samples.append((started, ok))
            time.sleep(0.05)


def container_ip(project, service):
    ids = sh(["docker", "ps", "-q", "--filter", f"label=com.docker.compose.project={project}",
              "--filter", f"label=com.docker.compose.service={service}"]).stdout.split()
    if not ids:
        return None
    return sh(["docker", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", ids[0]]).stdout.strip()


def one_run(binary, way, service, workdir, repo, window):
    project = f"ssbench-{random.randrange(1 << 30):x}"
    port = random.randrange(20000, 40000)
    compose = os.path.join(workdir, f"{project}.yaml")
    with open(compose, "w") as f:
        f.write(f"""name: {project}
services:
  web:
    image: {repo}:${{TAG:-good}}
    pull_policy: never
    expose: ["8080"]
  fixed:
    image: {repo}:${{TAG:-good}}
    pull_policy: never
    container_name: {project}-fixed
    ports: ["127.0.0.1:{port}:8080"]
""")
    state = os.path.join(workdir, f"state-{project}")
    env = dict(os.environ, SHIPSHAPE_STATE_DIR=state, TAG="good")
    flags = ["--soak", "0", "--timeout", "3s", "--stop-grace", "1", "--revision"]
    try:
        sh([binary, "deploy", service, "-f", compose] + flags + ["good"], cwd=workdir, env=env)
        old_ip = container_ip(project, service)
        if service == "fixed":
            url_fn = lambda: f"http://127.0.0.1:{port}/health"
        else:
            url_fn = lambda: f"http://{old_ip}:8080/health"  # where clients of the old container go
        poller = Poller(url_fn, window)
        bad_env = dict(env, TAG="bad")
        poller.start()
        time.sleep(0.5)
        started = time.time()
        if way in ("shipshape", "baseline"):
            result = sh([binary, "deploy", service, "-f", compose] + flags + ["bad"], cwd=workdir, env=bad_env,
                        check=False)
            assert result.returncode == 1, result.stdout + result.stderr
        else:
            # The seed: docker compose up -d, then a health loop that gives up (shortened to 3 s).
            sh(["docker", "compose", "-f", compose, "up", "-d", "-t", "1", service], cwd=workdir, env=bad_env)
            for _ in range(6):
                ip = container_ip(project, service)
                probe = subprocess.run(["curl", "-fsS", "-m", "1", f"http://{ip}:8080/health"],
                                       capture_output=True)
                if probe.returncode == 0:
                    break
                time.sleep(0.5)
        duration = time.time() - started
        poller.join()
        after = [(t, ok) for t, ok in poller.samples if t >= started]
        failed = sum(1 for _, ok in after if not ok)
        restore = None
        steps = {}
        if way in ("shipshape", "baseline"):
            db = sqlite3.connect(os.path.join(state, "state.sqlite"))
            rows = db.execute("SELECT at FROM journal WHERE step = ? AND phase = 'failed' ORDER BY at DESC LIMIT 1",
                              (f"gate-new {service}",)).fetchall()
            if rows:
                gate_failed = rows[0][0]
                serving = [t for t, ok in after if ok and t >= gate_failed]
                restore = (serving[0] - gate_failed) * 1000 if serving else None
                # Where the restore's time goes: each rollback step, from the journal's begun/done entries.
                journal = db.execute("SELECT step, phase, at FROM journal WHERE at >= ? ORDER BY sequence",
                                     (gate_failed,)).fetchall()
                begun = {}
                for step, phase, at in journal:
                    if phase == "begun":
                        begun[step] = at
                    elif step in begun:
                        steps[step.split(" ")[0]] = (at - begun[step]) * 1000
            db.close()
        return {"failed": failed, "requests": len(after), "deploy_s": duration, "restore_ms": restore,
                "steps": steps}
    finally:
        subprocess.run(["docker", "compose", "-f", compose, "down", "-t", "0"], cwd=workdir, capture_output=True)
        subprocess.run(["docker", "rm", "-f", f"shipshape-lock-{project}"], capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--window", type=float, default=12.0)
    parser.add_argument("--binary")
    parser.add_argument("--services", default="web,fixed", help="comma-separated: web (start-first), fixed")
    parser.add_argument("--ways", default="compose-up,shipshape",
                        help="comma-separated: compose-up, shipshape, baseline (--baseline-binary)")
    parser.add_argument("--baseline-binary", help="an earlier shipshape, as the way `baseline`, runs interleaved")
    parser.add_argument("--retrans-ms", type=int, help="the ARP retransmit time of new bridges during the run")
    args = parser.parse_args()
    retrans = "/proc/sys/net/ipv4/neigh/default/retrans_time_ms"
    with open(retrans) as f:
        found = int(f.read())
    if args.retrans_ms is not None:
        with open(retrans, "w") as f:
            f.write(f"{args.retrans_ms}\n")
    try:
        run(args)
    finally:
        if args.retrans_ms is not None:
            with open(retrans, "w") as f:
                f.write(f"{found}\n")
    print(f"net.ipv4.neigh.default.retrans_time_ms: {args.retrans_ms if args.retrans_ms is not None else found}")


def run(args):
    binary = os.path.abspath(release_binary(args.binary))
    binaries = {"shipshape": binary, "compose-up": binary}
    if args.baseline_binary:
        binaries["baseline"] = os.path.abspath(args.baseline_binary)
    workdir = tempfile.mkdtemp(prefix="ssbench-deploy-")
    repo = f"ssbench-deploy-{random.randrange(1 << 30):x}"
    build_images(repo, workdir)
    results = {}
    try:
        for service in args.services.split(","):
            ways = args.ways.split(",")
            # Interleaved (one run of each way per round), so both see the same machine load.
            per_way = {way: [] for way in ways}
            for _ in range(args.runs):
                for way in ways:
                    per_way[way].append(one_run(binaries[way], way, service, workdir, repo, args.window))
            for way in ways:
                runs = per_way[way]
                results[(service, way)] = runs
                restores = [r["restore_ms"] for r in runs if r["restore_ms"] is not None]
                print(json.dumps({
                    "service": service, "way": way, "runs": len(runs),
                    "failed_median": statistics.median(r["failed"] for r in runs),
                    "failed_min": min(r["failed"] for r in runs), "failed_max": max(r["failed"] for r in runs),
                    "requests_median": statistics.median(r["requests"] for r in runs),
                    "deploy_s_median": round(statistics.median(r["deploy_s"] for r in runs), 2),
                    "restore_ms_median": round(statistics.median(restores)) if restores else None,
                    "restore_ms_all": [round(r) for r in restores],
                    "rollback_steps_ms_median": {
                        name: round(statistics.median(r["steps"][name] for r in runs if name in r["steps"]))
                        for name in sorted({n for r in runs for n in r["steps"]})},
                }), flush=True)
    finally:
        subprocess.run(["docker", "image", "rm", "-f"] + [f"{repo}:{t}" for t in ["base", "good", "bad"]],
                       capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
