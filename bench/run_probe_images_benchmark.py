#!/usr/bin/env python3
"""Benchmark of `shipshape lint --probe-images` (release build) on 20 locally built images.

A generated repository names 20 images in its compose file, each with a `docker exec` probe in a
deploy script. Three commands run on it, interleaved, several times each:
  plain  `shipshape lint REPO`                  (knowledge base only: the baseline in the same run)
  cold   `shipshape lint REPO --probe-images`   with an empty image cache
  cached `shipshape lint REPO --probe-images`   with the cache the cold run filled
Per-image cost = (probe run - plain run) / 20, from medians. Goals: <= 50 ms per image cold,
<= 5 ms per image cached.

Images are built FROM scratch (busybox, or curl with its libraries) and removed afterwards.
Usage: bench/run_probe_images_benchmark.py [--runs N] [--binary PATH] [--images N]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

from benchlib import release_binary

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def build_images(count, tag):
    context = tempfile.mkdtemp(prefix="shipshape-bench-probe-")
    shutil.copy("/bin/busybox", os.path.join(context, "busybox"))
    names = []
    for index in range(count):
        with open(os.path.join(context, "Dockerfile"), "w") as f:
            # A distinct label per image gives each its own image ID (so nothing is shared by cache).
            f.write("FROM scratch\nCOPY busybox /bin/busybox\n"
                    'RUN ["/bin/busybox", "--install", "-s", "/bin"]\n'
                    f'LABEL bench.index="{index}"\n')
        name = f"shipshape-bench-probe/app{index}:{tag}"
        subprocess.run(["docker", "build", "-q", "-t", name, context], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        names.append(name)
    shutil.rmtree(context, ignore_errors=True)
    return names


def write_repo(names):
    repo = tempfile.mkdtemp(prefix="shipshape-bench-probe-repo-")
    with open(os.path.join(repo, "docker-compose.yml"), "w") as f:
        f.write("services:\n")
        for index, name in enumerate(names):
            f.write(f"  app{index}:\n    image: {name}\n    container_name: app{index}\n")
    with open(os.path.join(repo, "deploy.sh"), "w") as f:
        f.write("#!/bin/sh\n")
        for index in range(len(names)):
            f.write(f"docker exec app{index} curl -fsS http://localhost:8000/health\n")
    return repo


def timed(cmd, env):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--images", type=int, default=20)
    parser.add_argument("--binary", default=None)
    args = parser.parse_args()
    binary = release_binary(args.binary)
    print(f"{os.cpu_count()} cores; binary {binary}; {args.images} images; {args.runs} runs")

    names = build_images(args.images, str(os.getpid()))
    repo = write_repo(names)
    samples = {"plain": [], "cold": [], "cached": []}
    try:
        for _ in range(args.runs):
            cache = tempfile.mkdtemp(prefix="shipshape-bench-cache-")
            env = dict(os.environ, SHIPSHAPE_CACHE_DIR=cache)
            samples["plain"].append(timed([binary, "lint", repo], env))
            samples["cold"].append(timed([binary, "lint", repo, "--probe-images"], env))
            samples["cached"].append(timed([binary, "lint", repo, "--probe-images"], env))
            shutil.rmtree(cache, ignore_errors=True)
        # Sanity: the probed run must really have looked into every image.
        cache = tempfile.mkdtemp(prefix="shipshape-bench-cache-")
        subprocess.run([binary, "lint", repo, "--probe-images"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, SHIPSHAPE_CACHE_DIR=cache))
        cached_files = len(os.listdir(os.path.join(cache, "images")))
        shutil.rmtree(cache, ignore_errors=True)
        print(f"images in the cache after one run: {cached_files} of {len(names)}")
    finally:
        subprocess.run(["docker", "image", "rm", "-f"] + names, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(repo, ignore_errors=True)

    medians = {key: statistics.median(values) for key, values in samples.items()}
    for key, values in samples.items():
        print(f"{key:<7} median {medians[key] * 1000:8.1f} ms  min {min(values) * 1000:8.1f}  "
              f"max {max(values) * 1000:8.1f}  (n={len(values)})")
    for key in ("cold", "cached"):
        per_image = (medians[key] - medians["plain"]) / args.images * 1000
        print(f"{key:<7} per image: {per_image:6.2f} ms  (median {key} - median plain) / {args.images}")


if __name__ == "__main__":
    main()
