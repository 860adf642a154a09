#!/usr/bin/env python3
"""Times `shipshape lint` over many repositories, one process per repository, against hadolint +
actionlint run the same way (one hadolint process over the repository's Dockerfiles, one actionlint
process over its workflows), and optionally a baseline shipshape binary, alternating per repository.

The issue's measure is the sum over all repositories: shipshape's total / the peers' total.
By default the repositories are the labelled corpus cases (Tests/EndToEndTests/Corpus), the bundled
examples, and the two generated repositories (bench/generate_monorepo.py, bench/generate_k8s_repo.py);
`--repos DIR ...` names others (e.g. a folder of real checkouts).

Usage: bench/run_many_repos_benchmark.py [--runs N] [--binary PATH] [--baseline PATH] [--repos DIR ...]
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

from benchlib import ROOT, release_binary

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, cwd):
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def deploy_files(repo):
    """The Dockerfiles and workflows of a repository, as hadolint and actionlint are pointed at them."""
    dockerfiles, workflows = [], []
    for directory, names, files in os.walk(repo):
        names[:] = [n for n in names if n not in (".git", "node_modules")]
        for name in files:
            path = os.path.relpath(os.path.join(directory, name), repo)
            if name == "Dockerfile" or name.startswith("Dockerfile.") or name.endswith(".Dockerfile"):
                dockerfiles.append(path)
            elif os.path.dirname(path) == os.path.join(".github", "workflows") and name.endswith((".yml", ".yaml")):
                workflows.append(path)
    return sorted(dockerfiles), sorted(workflows)


def default_repos(scratch):
    repos = sorted(p for p in glob.glob(os.path.join(ROOT, "Tests", "EndToEndTests", "Corpus", "*")) if os.path.isdir(p))
    repos += sorted(p for p in glob.glob(os.path.join(ROOT, "examples", "*")) if os.path.isdir(p))
    mono, k8s = os.path.join(scratch, "monorepo"), os.path.join(scratch, "k8s")
    subprocess.run([sys.executable, os.path.join(HERE, "generate_monorepo.py"), mono], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(HERE, "generate_k8s_repo.py"), k8s], check=True,
                   stdout=subprocess.DEVNULL)
    return repos + [mono, k8s]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=None)
    parser.add_argument("--baseline", default=None, help="another shipshape binary, timed in the same rounds")
    parser.add_argument("--repos", nargs="*", default=None)
    args = parser.parse_args()
    binary = release_binary(args.binary)
    hadolint, actionlint = shutil.which("hadolint"), shutil.which("actionlint")
    if not (hadolint and actionlint):
        sys.exit("hadolint and actionlint must be on PATH")
    scratch = tempfile.mkdtemp(prefix="shipshape-many-repos-")
    try:
        repos = [os.path.abspath(r) for r in args.repos] if args.repos else default_repos(scratch)
        ways = {"shipshape": lambda d, w: [[binary, "lint", ".", "--fail-on", "never"]]}
        if args.baseline:
            ways["baseline"] = lambda d, w: [[args.baseline, "lint", ".", "--fail-on", "never"]]
        ways["peers"] = lambda d, w: ([[hadolint, "--no-fail", *d]] if d else []) + (
            [[actionlint, "-no-color", *w]] if w else [])
        totals = {name: [] for name in ways}  # one total over all repositories per run
        slower = {name: 0 for name in ways}
        per_repo = {}
        for repo in repos:
            dockerfiles, workflows = deploy_files(repo)
            for way in ways.values():  # warm-up (page cache)
                for cmd in way(dockerfiles, workflows):
                    timed(cmd, repo)
            samples = {name: [] for name in ways}
            for _ in range(args.runs):
                for name, way in ways.items():
                    samples[name].append(sum(timed(cmd, repo) for cmd in way(dockerfiles, workflows)))
            per_repo[repo] = {name: statistics.median(values) for name, values in samples.items()}
            for name in ways:
                if name != "peers" and per_repo[repo][name] > per_repo[repo]["peers"]:
                    slower[name] += 1
        for name in ways:
            totals[name] = sum(medians[name] for medians in per_repo.values())
        print(f"{len(repos)} repositories, {args.runs} runs each (medians per repository, summed); "
              f"{os.cpu_count()} cores; load at end {os.getloadavg()[0]:.1f}")
        for name in ways:
            line = f"{name:<10} total {totals[name] * 1000:9.1f} ms"
            if name != "peers":
                line += (f"   / peers = {totals[name] / totals['peers']:.2f}x   "
                         f"slower than the peers on {slower[name]} of {len(repos)} repositories")
            print(line)
        biggest = sorted(per_repo.items(), key=lambda item: -item[1]["shipshape"])[:5]
        print("largest shipshape times:")
        for repo, medians in biggest:
            cells = "  ".join(f"{name} {medians[name] * 1000:7.1f} ms" for name in ways)
            print(f"  {os.path.basename(repo):<40} {cells}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
