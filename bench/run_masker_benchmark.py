#!/usr/bin/env python3
"""Secret masker on hostile lines: the linear scanner against the old regex masker, same run.

Compiles bench/masker/main.swift twice with `swiftc -O`: once with the current masker
(Sources/ShipshapeCore/Masking/{SecretMasker,SecretPatterns,MaskingScanner}.swift), once with the
masker of a baseline commit (default 8d33e8d, before issue 16). Prints a Markdown table of medians.

    python3 bench/run_masker_benchmark.py [--baseline COMMIT] [--runs 5] [--old-timeout 120]
"""
import argparse
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEW_SOURCES = [f"Sources/ShipshapeCore/Masking/{name}.swift" for name in ("SecretMasker", "SecretPatterns", "MaskingScanner")]
SHAPES = [("a.", "word boundaries (`a.a.a…`)"), ("a:", "`a:a:a…`"), ("PASSWORD=x ", "`PASSWORD=x PASSWORD=x …`"),
          ("x://u:p@h ", "`x://u:p@h …`"), ("The quick brown fox. ", "prose")]
SIZES = [4096, 16384, 65536]


def build(sources, work, name):
    binary = os.path.join(work, name)
    subprocess.run(["swiftc", "-O", "-o", binary, os.path.join(ROOT, "bench/masker/main.swift"), *sources], check=True)
    return binary


def run(binary, size, unit, runs, timeout):
    try:
        out = subprocess.run([binary, str(size), unit, str(runs)], capture_output=True, text=True, timeout=timeout)
        return float(out.stdout.split()[0])
    except subprocess.TimeoutExpired:
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default="8d33e8d")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--old-timeout", type=float, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        old_source = os.path.join(work, "SecretMasker.swift")
        with open(old_source, "w") as handle:
            handle.write(subprocess.run(["git", "show", f"{args.baseline}:Sources/ShipshapeCore/SecretMasker.swift"],
                                        cwd=ROOT, capture_output=True, text=True, check=True).stdout)
        new = build([os.path.join(ROOT, s) for s in NEW_SOURCES], work, "new")
        old = build([old_source], work, "old")
        print("| line | bytes | baseline masker (median) | linear masker (median) |")
        print("|---|---|---|---|")
        for unit, label in SHAPES:
            for size in SIZES:
                new_ms = run(new, size, unit, args.runs, 600)
                old_ms = run(old, size, unit, 1 if size > 16384 else args.runs, args.old_timeout)
                old_text = f"{old_ms:.1f} ms" if old_ms is not None else f"> {args.old_timeout:.0f} s (killed)"
                print(f"| {label} | {size} | {old_text} | {new_ms:.2f} ms |", flush=True)


if __name__ == "__main__":
    main()
