"""Time from `docker compose up` to a verdict on the seed's healthcheck (issue 11).

The compose file of issue 11: a curl-only image (dash as /bin/sh, no wget) serving its health
endpoint on a published port, with the seed's `wget … > /dev/null 2>&1` as its healthcheck.

- baseline: `docker compose up -d --wait` — its exit (status and the line it prints) is the verdict;
- shipshape: `docker compose up -d`, then `shipshape wait --project P` — its exit is the verdict.

Both are timed from the start of `docker compose up` to the verdict, in the same run, alternating.
Traffic goes only to 127.0.0.1 and the containers the script creates.

    python3 bench/run_healthcheck_verdict_benchmark.py --runs 7 --binary .build/debug/shipshape
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid

from benchlib import release_binary

IMAGE = "shipshape-bench/curl-only:verdict"

COMPOSE = """name: {project}
services:
  backend:
    image: {image}
    pull_policy: never
    ports: ["127.0.0.1::8000"]
    healthcheck:
      test: ["CMD-SHELL", "wget -q -O- http://localhost:8000/api/v1/health > /dev/null 2>&1"]
      interval: 1s
      retries: 3
"""


def libraries(binary):
    """The shared libraries and the loader `ldd` lists for `binary`."""
    out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
    return [word for line in out.splitlines() for word in line.split() if word.startswith("/")]


def build_image():
    context = tempfile.mkdtemp()
    try:
        rootfs = os.path.join(context, "rootfs")
        for binary, target in [("/usr/bin/curl", "/usr/bin/curl"), ("/bin/dash", "/bin/sh"),
                               ("/bin/busybox", "/usr/local/bin/httpd")]:
            for path in [binary] + sorted(set(libraries(binary)) if binary != "/bin/busybox" else []):
                destination = rootfs + (target if path == binary else path)
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                shutil.copy2(os.path.realpath(path), destination)
        os.makedirs(os.path.join(context, "www/api/v1"))
        with open(os.path.join(context, "www/api/v1/health"), "w") as handle:
            handle.write('{"status":"healthy"}')
        with open(os.path.join(context, "Dockerfile"), "w") as handle:
            handle.write("FROM scratch\nCOPY rootfs/ /\nCOPY www/ /www/\nENV PATH=/usr/local/bin:/usr/bin:/bin\n"
                         'CMD ["/usr/local/bin/httpd", "-f", "-p", "8000", "-h", "/www"]\n')
        subprocess.run(["docker", "build", "-q", "-t", IMAGE, context], check=True, stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(context)


def run(directory, command, env=None):
    started = time.monotonic()
    done = subprocess.run(command, cwd=directory, capture_output=True, text=True, env=env)
    return time.monotonic() - started, done


def one(binary, kind):
    project = f"bench-hc-{uuid.uuid4().hex[:8]}"
    directory = tempfile.mkdtemp()
    with open(os.path.join(directory, "compose.yml"), "w") as handle:
        handle.write(COMPOSE.format(project=project, image=IMAGE))
    try:
        if kind == "compose":
            seconds, done = run(directory, ["docker", "compose", "up", "-d", "--wait"])
            said = (done.stdout + done.stderr).strip().splitlines()[-1]
        else:
            started = time.monotonic()
            subprocess.run(["docker", "compose", "up", "-d"], cwd=directory, check=True, capture_output=True)
            _, done = run(directory, [binary, "wait", "--project", project, "--timeout", "60s"],
                          env={**os.environ, "NO_COLOR": "1"})
            seconds = time.monotonic() - started
            said = next((line.strip() for line in done.stdout.splitlines() if line.strip().startswith("verdict:")), done.stdout[:200])
        return seconds, done.returncode, said
    finally:
        subprocess.run(["docker", "compose", "down", "-t", "0"], cwd=directory, capture_output=True)
        shutil.rmtree(directory)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--binary")
    args = parser.parse_args()
    binary = os.path.abspath(release_binary(args.binary))
    build_image()
    results = {"compose": [], "shipshape": []}
    said = {}
    for _ in range(args.runs):
        for kind in results:
            seconds, status, text = one(binary, kind)
            results[kind].append(seconds)
            said[kind] = (status, text)
    base = statistics.median(results["compose"])
    for kind, values in results.items():
        median = statistics.median(values)
        print(f"{kind}: median {median * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}),"
              f" {median / base:.2f}x of compose; exit {said[kind][0]}: {said[kind][1]}")


if __name__ == "__main__":
    main()
