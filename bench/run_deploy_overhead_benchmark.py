#!/usr/bin/env python3
"""Overhead of a good deploy: `shipshape deploy` against `docker compose up -d --wait`, and against
`docker compose up -d` + `shipshape wait` (the issue's baseline), on the same stack.

One service `web` (image built FROM scratch out of /bin/busybox: busybox httpd serving /health) with a compose
healthcheck (busybox wget inside the container, every 250 ms) so that all three ways wait for the same
signal: Docker's health status (Shipshape derives its gate from the healthcheck, as `init` does). Each way has
its own compose project, deployed once with v1 before timing. Then, in rounds, each way deploys the other
version (v1 ↔ v2, so every timed deploy replaces the container); the order of the ways rotates every
round. Shipshape runs with `--soak 0` (the soak is a feature, not overhead) and its default gate of 3
consecutive successes. Medians over --runs.

    python3 bench/run_deploy_overhead_benchmark.py --runs 7 [--binary .build/debug/shipshape]
"""
import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
import uuid

from benchlib import build_busybox_images, release_binary, sh

SERVE = r'''#!/bin/sh
mkdir -p /www
echo "{\"version\":\"$VERSION\"}" > /www/health
exec httpd -f -p 8080 -h /www
'''

COMPOSE = '''name: {project}
services:
  web:
    image: {repo}:${{TAG:-v1}}
    pull_policy: never
    expose: ["8080"]
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/health"]
      interval: 250ms
      timeout: 2s
      retries: 3
      start_period: 0s
'''


def build_images(repo, workdir):
    build_busybox_images(repo, workdir, SERVE, [(tag, f"VERSION={tag}") for tag in ["v1", "v2"]])


class Way:
    def __init__(self, name, binary, workdir, repo, state):
        self.name = name
        self.binary = binary
        self.project = f"ssbench-{name}-{uuid.uuid4().hex[:6]}"
        self.directory = os.path.join(workdir, self.project)
        os.makedirs(self.directory)
        with open(os.path.join(self.directory, "compose.yaml"), "w") as f:
            f.write(COMPOSE.format(project=self.project, repo=repo))
        self.env = dict(os.environ, SHIPSHAPE_STATE_DIR=state, NO_COLOR="1")
        self.tag = "v1"
        self.walls = []  # (started, ended) wall-clock seconds of each deploy, warm-up included

    def command(self, tag, revision):
        compose = ["docker", "compose", "--project-name", self.project, "-f", "compose.yaml"]
        if self.name.startswith("shipshape-deploy"):
            return [[self.binary, "deploy", "--soak", "0", "--revision", revision, "--stop-grace", "1"]]
        if self.name == "compose-up-wait":
            return [compose + ["up", "-d", "--wait", "-t", "1"]]
        return [compose + ["up", "-d", "-t", "1"],
                [self.binary, "wait", "--project", self.project, "--timeout", "60s"]]

    def deploy(self, tag, revision):
        env = dict(self.env, TAG=tag)
        wall = time.time()
        start = time.monotonic()
        for args in self.command(tag, revision):
            result = sh(args, cwd=self.directory, env=env, check=False)
            if result.returncode != 0:
                raise SystemExit(f"{self.name}: {' '.join(args)} exited {result.returncode}\n"
                                 f"{result.stdout}{result.stderr}")
        elapsed = (time.monotonic() - start) * 1000
        self.walls.append((wall, time.time()))
        self.tag = tag
        return elapsed

    def serving(self):
        ids = sh(["docker", "ps", "-q", "--filter", f"label=com.docker.compose.project={self.project}"]).stdout.split()
        return len(ids)

    def tear_down(self):
        sh(["docker", "compose", "--project-name", self.project, "-f", "compose.yaml", "down", "-t", "0",
            "--remove-orphans"], cwd=self.directory, check=False)
        ids = sh(["docker", "ps", "-aq", "--filter", f"label=com.docker.compose.project={self.project}"],
                 check=False).stdout.split()
        if ids:
            sh(["docker", "rm", "-f"] + ids, check=False)
        sh(["docker", "rm", "-f", f"shipshape-lock-{self.project}"], check=False)


def step_medians(database, project, walls):
    """Per step kind, the median time from `begun` to `done` over the project's deploys but the first; and the
    time from the process's start to the first journal entry, and from the last entry to the process's end."""
    db = sqlite3.connect(database)
    deploys = [row[0] for row in db.execute(
        "SELECT id FROM deploy WHERE project = ? ORDER BY startedAt", (project,)).fetchall()]
    durations = {}
    for deploy, (started, ended) in list(zip(deploys, walls))[1:]:
        begun = {}
        entries = db.execute(
            "SELECT step, phase, at FROM journal WHERE deployID = ? ORDER BY sequence", (deploy,)).fetchall()
        for step, phase, at in entries:
            if phase == "begun":
                begun[step] = at
            elif step in begun:
                durations.setdefault(step.split(" ")[0], []).append((at - begun[step]) * 1000)
        if entries:
            durations.setdefault("(before)", []).append((entries[0][2] - started) * 1000)
            durations.setdefault("(after)", []).append((ended - entries[-1][2]) * 1000)
    db.close()
    return [(step, statistics.median(values)) for step, values in durations.items()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--binary")
    parser.add_argument("--baseline-binary",
                        help="an earlier shipshape: one more way, shipshape-deploy-baseline, in the same rounds")
    args = parser.parse_args()
    binary = os.path.abspath(release_binary(args.binary))
    workdir = tempfile.mkdtemp(prefix="ssbench-overhead-")
    repo = f"ssbench-overhead-{uuid.uuid4().hex[:6]}"
    ways = []
    try:
        build_images(repo, workdir)
        state = os.path.join(workdir, "state")
        ways = [Way(name, binary, workdir, repo, state)
                for name in ["shipshape-deploy", "compose-up-wait", "compose-up-then-wait"]]
        if args.baseline_binary:
            ways.append(Way("shipshape-deploy-baseline", os.path.abspath(args.baseline_binary), workdir, repo,
                            os.path.join(workdir, "state-baseline")))
        for way in ways:
            way.deploy("v1", "warmup")
        times = {way.name: [] for way in ways}
        load_start = os.getloadavg()[0]
        for run in range(args.runs):
            order = ways[run % len(ways):] + ways[:run % len(ways)]
            for way in order:
                tag = "v2" if way.tag == "v1" else "v1"
                elapsed = way.deploy(tag, f"r{run}")
                if way.serving() != 1:
                    raise SystemExit(f"{way.name}: expected one running container after the deploy")
                times[way.name].append(elapsed)
                print(f"run {run + 1} {way.name:22} {elapsed:8.1f} ms", flush=True)
        load_end = os.getloadavg()[0]
        print(f"\nbinary {binary}; {args.runs} runs; load average (1 min) {load_start:.2f} -> {load_end:.2f}")
        print("| way | median | min | max |")
        print("|---|---|---|---|")
        for way in ways:
            values = times[way.name]
            print(f"| {way.name} | {statistics.median(values):.0f} ms | {min(values):.0f} ms | {max(values):.0f} ms |")
        base = statistics.median(times["compose-up-wait"])
        other = statistics.median(times["compose-up-then-wait"])
        mine = statistics.median(times["shipshape-deploy"])
        print(f"\nshipshape deploy / compose up -d --wait = {mine / base:.2f}x "
              f"({(mine - base) / base * 100:+.0f} %)")
        print(f"shipshape deploy / compose up -d + shipshape wait = {mine / other:.2f}x "
              f"({(mine - other) / other * 100:+.0f} %)")
        if args.baseline_binary:
            before = statistics.median(times["shipshape-deploy-baseline"])
            print(f"baseline shipshape deploy / compose up -d --wait = {before / base:.2f}x "
                  f"({(before - base) / base * 100:+.0f} %)")
        print("\nshipshape deploy, median per journal step (begun -> done), timed runs only:")
        for step, value in step_medians(os.path.join(state, "state.sqlite"), ways[0].project, ways[0].walls):
            print(f"  {step:12} {value:6.0f} ms")
    finally:
        for way in ways:
            way.tear_down()
        sh(["docker", "rmi", "-f", f"{repo}:v1", f"{repo}:v2", f"{repo}:base"], check=False)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
