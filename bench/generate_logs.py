#!/usr/bin/env python3
"""Writes a deterministic JSON log file for the log analysis benchmark (issue 5).

Mixed shapes as containers print them: structlog request logs (status_code, duration_ms),
pino-http (req/res objects, responseTime in ms, numeric levels, epoch-ms time), zap (status,
latency in seconds, caller) and non-request events (startup, warnings, errors with a Python
traceback in an `exception` field). About 2 % of requests answer 5xx. Same seed, same file.

    python3 bench/generate_logs.py --lines 1000000 --output /tmp/logs.jsonl
"""
import argparse
import json
import random
import uuid

PATHS = ["/api/users", "/api/orders", "/api/login", "/health", "/api/items", "/api/cart", "/api/search",
         "/static/app.js", "/api/users/{id}", "/api/orders/{id}/items"]
METHODS = ["GET"] * 6 + ["POST"] * 2 + ["PUT", "DELETE"]


def status(rng):
    roll = rng.random()
    if roll < 0.02:
        return rng.choice([500, 502, 503, 504])
    if roll < 0.08:
        return rng.choice([400, 401, 404, 422])
    return rng.choice([200, 200, 200, 201, 204, 301, 304])


def latency_ms(rng):
    # Log-normal around ~20 ms with a long tail, in microsecond resolution.
    return round(rng.lognormvariate(3.0, 0.9), 3)


def path(rng):
    p = rng.choice(PATHS).replace("{id}", str(rng.randrange(1, 100000)))
    return p + (f"?page={rng.randrange(1, 50)}" if rng.random() < 0.2 else "")


def iso(t):
    seconds = int(t)
    micros = int((t - seconds) * 1e6)
    # The date stays 2026-11-29 (the run covers under a day); only the time of day varies.
    hours, rest = divmod(seconds % 86400, 3600)
    minutes, secs = divmod(rest, 60)
    return f"2026-11-29T{hours:02d}:{minutes:02d}:{secs:02d}.{micros:06d}Z"


def structlog_line(rng, t):
    s = status(rng)
    return {"timestamp": iso(t), "level": "error" if s >= 500 else "info", "event": "request_finished",
            "method": rng.choice(METHODS), "path": path(rng), "status_code": s,
            "duration_ms": latency_ms(rng), "request_id": str(uuid.UUID(int=rng.getrandbits(128))),
            "client_ip": f"10.0.{rng.randrange(256)}.{rng.randrange(256)}"}


def pino_line(rng, t):
    s = status(rng)
    return {"level": 50 if s >= 500 else 30, "time": int(t * 1000), "pid": 7, "hostname": "api-6f9c",
            "req": {"id": rng.randrange(1, 10**6), "method": rng.choice(METHODS), "url": path(rng),
                    "remoteAddress": "::ffff:10.0.0.5", "remotePort": rng.randrange(30000, 60000)},
            "res": {"statusCode": s}, "responseTime": round(latency_ms(rng)), "msg": "request completed"}


def zap_line(rng, t):
    s = status(rng)
    return {"level": "error" if s >= 500 else "info", "ts": round(t, 6), "caller": "server/http.go:118",
            "msg": "request", "method": rng.choice(METHODS), "path": path(rng), "status": s,
            "latency": round(latency_ms(rng) / 1000, 6), "bytes": rng.randrange(100, 50000)}


def event_line(rng, t):
    roll = rng.random()
    if roll < 0.3:
        user = rng.randrange(1, 10000)
        trace = ("Traceback (most recent call last):\n  File \"/app/api/users.py\", line 42, in get_user\n"
                 f"    return repo.get({user})\nKeyError: 'user {user} not found'")
        return {"timestamp": iso(t), "level": "error", "event": "user_lookup_failed", "user_id": user,
                "exception": trace}
    if roll < 0.6:
        return {"timestamp": iso(t), "level": "warning", "event": "slow_query", "query": "SELECT * FROM orders",
                "elapsed": round(latency_ms(rng) * 10, 1)}
    if roll < 0.65:
        return {"timestamp": iso(t), "level": "info", "event": "rate_limiting_configured",
                "default_limit": "100/minute", "storage": "memory"}
    return {"timestamp": iso(t), "level": "debug", "event": "cache_hit", "key": f"user:{rng.randrange(10000)}"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--output", required=True)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    t = 1795910400.0  # 2026-11-29T00:00:00Z
    shapes = [structlog_line] * 14 + [pino_line] * 3 + [zap_line] * 2 + [event_line]
    with open(args.output, "w") as out:
        for _ in range(args.lines):
            t += rng.random() * 0.05
            out.write(json.dumps(rng.choice(shapes)(rng, t), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
