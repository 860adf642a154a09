#!/bin/sh
# Patterns from public entrypoint scripts; none of them is a bug.
set -eu
tries=0
until pg_isready -h "${DB_HOST:-db}" -U postgres >/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -ge 30 ]; then
    echo "database not ready after $tries attempts" >&2
    exit 1
  fi
  sleep 1
done
docker compose exec -T api sh -c 'cd /app && alembic upgrade head'
docker exec -w /app -e APP_ENV=production "$(docker ps -q -f name=api)" python -m app.check
