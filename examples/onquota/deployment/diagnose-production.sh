#!/usr/bin/env bash
# Quick production diagnostics (run on the server).
set -u

echo "== Containers =="
docker ps --filter "name=onquota-" --format 'table {{.Names}}\t{{.Status}}\t{{.Image}}'

echo "== Tools in backend =="
docker exec onquota-backend sh -c 'command -v curl; command -v wget' || true

echo "== Backend health (inside) =="
docker exec onquota-backend curl -fsS http://localhost:8000/api/v1/health

echo "== Redis =="
docker compose -f /opt/onquota/docker-compose.production.yml exec -T redis redis-cli -a "$REDIS_PASSWORD" ping

echo "== Database =="
docker exec onquota-postgres pg_isready -U onquota -d onquota
