#!/usr/bin/env python3
"""Time from a clean runner-like container to the first lint finding (issue 12).

  bench/run_first_finding_benchmark.py --binary PATH [--rounds 5] [--from-source]

Release path, per round: a fresh container `FROM scratch` holding only busybox (sh, wget, sha256sum)
and the C libraries every Linux runner has (glibc, libstdc++, libgcc, zlib, SQLite) runs
`scripts/install.sh` against a release directory served on 127.0.0.1 (binary + .sha256, as the
release workflow publishes them), which downloads, verifies and installs the binary, then runs
`shipshape lint /repo` on the bundled example. The clock runs from `docker run` until the first
finding line reaches the host.

From-source path (`--from-source`, one round: it takes minutes): `git clone` of this repository,
`swift build -c release --product shipshape`, then the same lint, timed the same way.
"""
import argparse
import http.server
import os
import shutil
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

from benchlib import ROOT, sh

FINDING = ": error: "
RUNTIME_LIBRARIES = ("libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "libz.so", "libsqlite3.so", "ld-linux")


def serve(directory):
    """A static file server on 127.0.0.1 (an ephemeral port) for the release directory."""
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=directory)  # noqa: E731
    http.server.SimpleHTTPRequestHandler.log_message = lambda *args: None
    server = socketserver.TCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def runner_image(binary, workdir):
    """busybox plus the runtime C libraries the binary links (what a runner already has); no shipshape."""
    context = os.path.join(workdir, "runner")
    os.makedirs(os.path.join(context, "rootfs", "bin"))
    shutil.copy("/bin/busybox", os.path.join(context, "rootfs", "bin", "busybox"))
    for line in sh(["ldd", binary]).stdout.splitlines():
        path = next((word for word in line.split() if word.startswith("/")), None)
        if path and any(name in path for name in RUNTIME_LIBRARIES):
            target = os.path.join(context, "rootfs", path.lstrip("/"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy(os.path.realpath(path), target)
    with open(os.path.join(context, "Dockerfile"), "w") as f:
        f.write('FROM scratch\nCOPY rootfs/ /\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n'
                'RUN mkdir -p /tmp /root && chmod 1777 /tmp\nENV HOME=/root PATH=/root/.local/bin:/bin\n')
    tag = f"shipshape-bench/runner:{uuid.uuid4().hex[:8]}"
    sh(["docker", "build", "-q", "-t", tag, context])
    return tag


def release_directory(binary, workdir):
    """The files the release workflow publishes for x86_64: the stripped binary and its checksum."""
    directory = os.path.join(workdir, "release")
    os.makedirs(directory)
    asset = os.path.join(directory, "shipshape-linux-x86_64")
    shutil.copy(binary, asset)
    sh(["strip", asset])
    digest = sh(["sha256sum", asset]).stdout.split()[0]
    with open(asset + ".sha256", "w") as f:
        f.write(f"{digest}  shipshape-linux-x86_64\n")
    return directory, os.path.getsize(asset)


def until_first_finding(command, cwd=None):
    """Seconds from starting `command` until a finding line is printed; the process is then left to end."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    elapsed = None
    output = []
    for line in process.stdout:
        output.append(line)
        if elapsed is None and FINDING in line:
            elapsed = time.monotonic() - started
    process.wait()
    if elapsed is None:
        sys.exit("no finding was printed:\n" + "".join(output[-20:]))
    return elapsed


def release_round(image, port):
    example = os.path.join(ROOT, "examples", "onquota")
    script = os.path.join(ROOT, "scripts", "install.sh")
    return until_first_finding([
        "docker", "run", "--rm", "--network", "host", "-v", f"{script}:/install.sh:ro",
        "-v", f"{example}:/repo:ro", "-e", f"SHIPSHAPE_BASE_URL=http://127.0.0.1:{port}", image,
        "sh", "-c", "sh /install.sh >/dev/null && shipshape lint /repo",
    ])


def from_source_round(workdir):
    clone = os.path.join(workdir, "clone")
    started = time.monotonic()
    sh(["git", "clone", "-q", ROOT, clone])
    sh(["swift", "build", "-c", "release", "--product", "shipshape"], cwd=clone)
    binary = os.path.join(clone, ".build", "release", "shipshape")
    return time.monotonic() - started + until_first_finding([binary, "lint", "examples/onquota"], cwd=clone)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="the release binary (swift build -c release --static-swift-stdlib)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--from-source", action="store_true")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shipshape-first-finding-") as workdir:
        directory, size = release_directory(arguments.binary, workdir)
        server = serve(directory)
        image = runner_image(arguments.binary, workdir)
        try:
            times = [release_round(image, server.server_address[1]) for _ in range(arguments.rounds)]
        finally:
            sh(["docker", "image", "rm", "-f", image], check=False)
            server.shutdown()
        print(f"release binary ({size / 1e6:.1f} MB stripped): install + verify + first finding, "
              f"{arguments.rounds} rounds: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f})")
        if arguments.from_source:
            seconds = from_source_round(workdir)
            print(f"from source: clone + swift build -c release + first finding, 1 round: {seconds:.0f} s "
                  f"({seconds / statistics.median(times):.0f}x the release path)")


if __name__ == "__main__":
    main()
