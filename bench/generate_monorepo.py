#!/usr/bin/env python3
"""Generates a synthetic monorepo for the lint benchmark.

500 Dockerfiles, 200 workflows, 100 compose files (default counts), shaped like real ones:
multi-stage builds with apt/apk installs, compose files with healthchecks and ports, deploy
workflows with ssh scripts, health loops and `docker exec` probes. Deterministic for a seed.
"""
import argparse
import os
import random

BASES = ["python:3.11-slim", "python:3.12", "node:20-alpine", "node:20-slim", "golang:1.22-alpine",
         "nginx:1.27-alpine", "debian:bookworm-slim", "ubuntu:22.04", "eclipse-temurin:21-jre", "alpine:3.20"]


def dockerfile(rng, index):
    base = rng.choice(BASES)
    pkgs = " ".join(rng.sample(["curl", "wget", "ca-certificates", "tzdata", "libpq5", "git", "jq", "netcat-openbsd"], 3))
    install = (f"RUN apk add --no-cache {pkgs}" if "alpine" in base
               else f"RUN apt-get update \\\n    && apt-get install -y --no-install-recommends {pkgs} \\\n    && rm -rf /var/lib/apt/lists/*")
    port = 8000 + index % 50
    return f"""# syntax=docker/dockerfile:1
ARG BASE={base}
FROM $BASE AS build
WORKDIR /src
COPY . .
RUN echo building service {index} && mkdir -p /out && cp -r . /out

FROM {base} AS runtime
LABEL org.opencontainers.image.source="https://example.test/svc{index}"
ENV PORT={port} \\
    APP_ENV=production
{install}
COPY --from=build /out /app
WORKDIR /app
USER 1000
EXPOSE {port}
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \\
    CMD curl -f http://localhost:{port}/health || exit 1
CMD ["/app/run", "--port", "{port}"]
"""


def compose(rng, index, services):
    lines = [f"name: stack{index}", "", "x-logging: &logging", "  driver: json-file", "  options:",
             "    max-size: \"10m\"", "", "services:"]
    for svc in services:
        port = 8000 + svc % 50
        lines += [f"  svc{svc}:", "    build:", f"      context: ../services/svc{svc}", "      dockerfile: Dockerfile",
                  "      target: runtime", f"    image: registry.example.test/svc{svc}:${{TAG:-latest}}",
                  f"    container_name: stack{index}-svc{svc}", "    restart: unless-stopped",
                  "    ports:", f"      - \"127.0.0.1:{port}:{port}\"", "    environment:",
                  f"      PORT: \"{port}\"", "      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app",
                  "    healthcheck:", f"      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:{port}/health\"]",
                  "      interval: 10s", "      retries: 5", "    logging: *logging", ""]
    return "\n".join(lines) + "\n"


def workflow(rng, index, services):
    probes = "\n".join(
        f"""            for i in $(seq 1 20); do
              if docker exec stack{index % 100}-svc{svc} curl -fsS http://localhost:{8000 + svc % 50}/health > /dev/null; then
                break
              fi
              sleep 3
            done""" for svc in services)
    return f"""name: Deploy {index}
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        options: --health-cmd "redis-cli ping" --health-interval 10s
    steps:
      - uses: actions/checkout@v4
      - name: Test
        run: |
          make test
          ./scripts/check.sh --strict
  deploy:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        run: |
          docker build -t registry.example.test/app{index}:${{{{ github.sha }}}} .
          docker push registry.example.test/app{index}:${{{{ github.sha }}}}
      - name: Deploy
        uses: appleboy/ssh-action@v1.0.3
        with:
          host: ${{{{ secrets.HOST }}}}
          script: |
            set -e
            cd /srv/stack{index % 100}
            docker compose pull
            docker compose up -d
{probes}
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--dockerfiles", type=int, default=500)
    parser.add_argument("--workflows", type=int, default=200)
    parser.add_argument("--compose", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for i in range(args.dockerfiles):
        path = os.path.join(args.out, "services", f"svc{i}")
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "Dockerfile"), "w") as f:
            f.write(dockerfile(rng, i))
    for i in range(args.compose):
        path = os.path.join(args.out, "stacks", f"stack{i}")
        os.makedirs(path, exist_ok=True)
        services = [(i * 5 + k) % args.dockerfiles for k in range(5)]
        with open(os.path.join(path, "docker-compose.yml"), "w") as f:
            f.write(compose(rng, i, services))
    wf = os.path.join(args.out, ".github", "workflows")
    os.makedirs(wf, exist_ok=True)
    for i in range(args.workflows):
        services = [(i % 100 * 5 + k) % args.dockerfiles for k in range(3)]
        with open(os.path.join(wf, f"deploy-{i}.yml"), "w") as f:
            f.write(workflow(rng, i, services))


if __name__ == "__main__":
    main()
