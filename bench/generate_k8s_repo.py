#!/usr/bin/env python3
"""Generates a Kubernetes-heavy repository for the lint benchmark (issue 15).

Shaped like the real monorepos where lint was slow: a rendered Helm release of N services (default
400), each a Deployment and a Service sharing the chart's common labels
(`app.kubernetes.io/instance`, `app.kubernetes.io/part-of`), a Kustomize base and two overlays that
repeat every Deployment name (copies of the same workload), headless Services for the StatefulSets,
the unrendered chart itself (`Chart.yaml` + `templates/`), some Dockerfiles and workflows, and a
source tree of filler files (default 4000) that discovery has to walk past. Deterministic.

Usage: bench/generate_k8s_repo.py OUT [--services N] [--filler N]
"""
import argparse
import os
import random


def write(root, relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        handle.write(text)


def deployment(index, namespace, kind="Deployment"):
    port = 8000 + index % 40
    return f"""apiVersion: apps/v1
kind: {kind}
metadata:
  name: svc-{index}
  namespace: {namespace}
  labels:
    app.kubernetes.io/instance: platform
    app.kubernetes.io/name: svc-{index}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/instance: platform
      app.kubernetes.io/name: svc-{index}
  template:
    metadata:
      labels:
        app.kubernetes.io/instance: platform
        app.kubernetes.io/name: svc-{index}
        app.kubernetes.io/part-of: platform
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/svc-{index}:1.{index % 7}.0
          ports:
            - name: http
              containerPort: {port}
            - name: metrics
              containerPort: 9102
          env:
            - name: DATABASE_URL
              value: postgres://app@db-{index % 5}:5432/app
          livenessProbe:
            httpGet: {{path: /healthz, port: http}}
          readinessProbe:
            tcpSocket: {{port: {port}}}
        - name: proxy
          image: envoyproxy/envoy:v1.30.1
          ports:
            - containerPort: 15001
"""


def service(index, namespace, headless=False):
    cluster = "\n  clusterIP: None" if headless else ""
    return f"""apiVersion: v1
kind: Service
metadata:
  name: svc-{index}
  namespace: {namespace}
spec:{cluster}
  selector:
    app.kubernetes.io/instance: platform
    app.kubernetes.io/name: svc-{index}
  ports:
    - name: http
      port: 80
      targetPort: http
    - name: metrics
      port: 9102
      targetPort: 9102
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--services", type=int, default=400)
    parser.add_argument("--filler", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = args.out
    n = args.services

    # A rendered release: one multi-document file per 50 services, as `helm template` output is kept.
    for start in range(0, n, 50):
        docs = []
        for index in range(start, min(start + 50, n)):
            stateful = index % 10 == 0
            docs.append(deployment(index, "platform", "StatefulSet" if stateful else "Deployment"))
            docs.append(service(index, "platform", headless=stateful))
        write(out, f"deploy/rendered/platform-{start // 50}.yaml", "---\n".join(docs))

    # Kustomize: a base with every Deployment and two overlays repeating each name.
    for index in range(n):
        write(out, f"deploy/kustomize/base/svc-{index}/deployment.yaml", deployment(index, "apps"))
        write(out, f"deploy/kustomize/base/svc-{index}/service.yaml", service(index, "apps"))
    for overlay in ["staging", "production"]:
        for index in range(0, n, 2):
            write(out, f"deploy/kustomize/overlays/{overlay}/svc-{index}-patch.yaml", f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-{index}
  namespace: apps
spec:
  replicas: {3 if overlay == 'production' else 1}
""")

    # The unrendered chart: skipped by discovery.
    write(out, "charts/platform/Chart.yaml", "apiVersion: v2\nname: platform\nversion: 1.0.0\n")
    write(out, "charts/platform/values.yaml", "image:\n  repository: ghcr.io/acme/app\n  tag: latest\n")
    write(out, "charts/platform/templates/deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "platform.fullname" . }}
spec:
  template:
    spec:
      containers:
        - image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
""")

    # A few builds and workflows, the peers' share of the repository.
    for index in range(20):
        write(out, f"services/svc-{index}/Dockerfile", f"""FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
EXPOSE {8000 + index % 40}
HEALTHCHECK CMD curl -fsS http://localhost:{8000 + index % 40}/healthz || exit 1
CMD ["python", "-m", "svc"]
""")
    for index in range(10):
        write(out, f".github/workflows/build-{index}.yml", f"""on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t ghcr.io/acme/svc-{index}:1.0.0 services/svc-{index}
""")

    # Application sources and assets discovery walks past.
    for index in range(args.filler):
        depth = rng.randint(1, 5)
        parts = [f"pkg{rng.randint(0, 30)}" for _ in range(depth)]
        extension = rng.choice(["py", "go", "ts", "json", "md", "txt", "png", "html"])
        write(out, os.path.join("src", *parts, f"file{index}.{extension}"), f"// file {index}\n")


if __name__ == "__main__":
    main()
