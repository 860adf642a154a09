#!/usr/bin/env bash
# Baseline for the diagnose benchmark: the same information `shipshape diagnose` gathers, the way
# the seed's deployment/diagnose-production.sh does it — serial docker CLI calls, one per fact.
# Usage: diagnose_baseline.sh PROJECT
set -uo pipefail
project="$1"
tools="curl wget sh bash python3 node nc redis-cli pg_isready"
for id in $(docker ps -aq --filter "label=com.docker.compose.project=$project"); do
    name=$(docker inspect --format '{{.Name}}' "$id")
    echo "== $name"
    # 1. containers: state, health, restarts, exit code, OOM, uptime, one stats sample
    docker inspect --format '{{.State.Status}} health={{if .State.Health}}{{.State.Health.Status}}{{end}} restarts={{.RestartCount}} exit={{.State.ExitCode}} oom={{.State.OOMKilled}} started={{.State.StartedAt}}' "$id"
    docker stats --no-stream --format '{{.CPUPerc}} {{.MemUsage}}' "$id"
    # 2. images: running image vs the tag's current image, age, revision
    image=$(docker inspect --format '{{.Image}}' "$id")
    tag=$(docker inspect --format '{{.Config.Image}}' "$id")
    echo "running=$image tag=$(docker image inspect --format '{{.Id}}' "$tag")"
    docker image inspect --format '{{.Created}} {{index .Config.Labels "org.opencontainers.image.revision"}}' "$image"
    # 3. tool manifest, one exec per tool, and the healthcheck
    for tool in $tools; do
        if docker exec "$id" sh -c "command -v $tool" >/dev/null 2>&1; then echo "tool $tool: yes"; else echo "tool $tool: no"; fi
    done
    docker inspect --format '{{json .Config.Healthcheck}}' "$id"
    # 4. health endpoint through the published port
    port=$(docker port "$id" 8080/tcp 2>/dev/null | head -n1)
    [ -n "$port" ] && curl -s -o /dev/null -w "health %{http_code} %{time_total}s\n" "http://$port/health"
    # 7. network: networks, published ports and bind addresses, environment
    docker inspect --format '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' "$id"
    docker port "$id"
    docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$id" | sed 's/=.*/=…/'
done
