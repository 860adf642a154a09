#!/usr/bin/env bash
set -euo pipefail
for i in $(seq 1 30); do
  if docker exec api curl -fsS http://localhost:8000/ >/dev/null; then exit 0; fi
  sleep 2
done
exit 1
