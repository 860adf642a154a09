#!/usr/bin/env python3
"""What reading application sources costs `shipshape lint` (log-contradicts-config), in one run.

Generates the synthetic monorepo (generate_monorepo.py) twice: once alone, once with N
application sources added under apps/ (generate_app_sources.py: Python, JS, TS and Go, about
150 lines each, default 3000 files). Then times, interleaved, medians of --runs after one
warm-up each:

  A  `shipshape lint .` on the monorepo alone (default configuration)
  B  the same on the monorepo with the sources (rule off: discovery must not read them)
  C  B with `--config` enabling log-contradicts-config

and prints B/A, C/A and the rule's cost per 1000 source files. The warm-up runs use
`--format json` and check that B reports exactly A's findings and that C adds only
log-contradicts-config findings (the generator plants a few lies; it prints how many).
No network traffic: lint reads files only.

    python3 bench/run_source_lint_benchmark.py --binary .build-release/release/shipshape
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

from benchlib import release_binary
from generate_app_sources import generate

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "log-contradicts-config"


def run(command, cwd):
    """Wall seconds, CPU seconds of the child, exit code, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}) in {cwd}: {result.stderr[-2000:]}")
    return wall, cpu, result.stdout


def findings(stdout):
    """(rule, file, line) of every finding in a JSON report."""
    report = json.loads(stdout)
    return {(f["ruleID"], f["location"]["file"], f["location"]["start"]["line"]) for f in report["findings"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sources", type=int, default=3000, help="application source files to add")
    parser.add_argument("--binary", default=None, help="shipshape binary (default: build release)")
    parser.add_argument("--keep", action="store_true", help="keep the generated trees and print where")
    args = parser.parse_args()
    binary = os.path.abspath(release_binary(args.binary))

    work = tempfile.mkdtemp(prefix="shipshape-srcbench-")
    try:
        base = os.path.join(work, "base")
        full = os.path.join(work, "full")
        for tree in (base, full):
            subprocess.run([sys.executable, os.path.join(HERE, "generate_monorepo.py"), tree], check=True)
        stats = generate(full, args.sources)
        config = os.path.join(work, "log-rule.shipshape.yml")
        with open(config, "w") as f:
            f.write(f"enabled_rules: [{RULE}]\n")
        print(f"sources: {stats['files']} files ({stats['test_files']} test files), {stats['lines']:,} lines, "
              f"{stats['bytes'] / 1e6:.1f} MB, {stats['lies']} planted lies; {os.cpu_count()} cores")

        lint = [binary, "lint", ".", "--fail-on", "never"]
        variants = {
            "A monorepo, default config": (lint, base),
            "B + sources, rule off": (lint, full),
            "C + sources, rule on": (lint + ["--config", config], full),
        }
        # Warm-up (page cache) with JSON output, to check what each variant reports.
        found = {name: findings(run(cmd + ["--format", "json"], cwd)[2]) for name, (cmd, cwd) in variants.items()}
        a, b, c = found.values()
        rule_findings = {f for f in c if f[0] == RULE}
        print(f"findings: A {len(a)}, B {len(b)}, C {len(c)} ({len(rule_findings)} {RULE}, "
              f"planted {stats['lies']})")
        if b != a:
            print("WARNING: B's findings differ from A's: the sources changed the result with the rule off")
        if c - rule_findings != a:
            print(f"WARNING: C's findings other than {RULE} differ from A's")
        if len(rule_findings) != stats["lies"]:
            print(f"NOTE: {RULE} reported {len(rule_findings)} findings for {stats['lies']} planted lies")

        walls = {name: [] for name in variants}
        cpus = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, (cmd, cwd) in variants.items():  # interleaved: machine noise hits all three
                wall, cpu, _ = run(cmd, cwd)
                walls[name].append(wall)
                cpus[name].append(cpu)

        medians = {}
        for name in variants:
            w = walls[name]
            medians[name] = (statistics.median(w), statistics.median(cpus[name]))
            print(f"{name:<28} wall median {medians[name][0] * 1000:8.1f} ms  min {min(w) * 1000:8.1f}  "
                  f"max {max(w) * 1000:8.1f}  CPU median {medians[name][1] * 1000:8.1f} ms  ({args.runs} runs)")
        (wa, ca), (wb, cb), (wc, cc) = medians.values()
        per_k = 1000 / stats["files"]
        print(f"B/A = {wb / wa:.3f} (CPU {cb / ca:.3f})   C/A = {wc / wa:.3f} (CPU {cc / ca:.3f})")
        print(f"rule cost per 1000 source files: {(wc - wb) * 1000 * per_k:.1f} ms wall "
              f"({(cc - cb) * 1000 * per_k:.1f} ms CPU) over B; {(wc - wa) * 1000 * per_k:.1f} ms wall over A")
        if args.keep:
            print(f"trees kept in {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
