"""Operator commands: `python -m app.cli show-config`, `python -m app.cli check-limiter`.

log-contradicts-config must NOT trigger here: the strings that read like `storage=redis` are
usage text given to print() and f-strings built for the terminal, not log calls.
"""
from __future__ import annotations

import argparse
import logging
import sys

from app.core.config import settings

log = logging.getLogger("onquota.cli")

USAGE = """\
check-limiter options:
  --storage=memory   count in this process (default; what the API runs with today)
  --storage=redis    count in Redis at REDIS_URL (needs Redis auth, see ops/redis.md)
"""


def show_config() -> int:
    storage_uri = None  # what setup_rate_limiting passes to slowapi today
    lines = [
        f"environment={settings.ENVIRONMENT}",
        f"rate_limit={settings.RATE_LIMIT_PER_MINUTE}/minute",
        f"storage={'memory' if storage_uri is None else 'redis'}",
    ]
    print("\n".join(lines))
    print("to switch back: storage=redis, storage_uri=$REDIS_URL")
    return 0


def check_limiter(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="check-limiter", usage=USAGE)
    parser.add_argument("--storage", choices=["memory", "redis"], default="memory")
    args = parser.parse_args(argv)
    if args.storage == "redis" and settings.REDIS_URL is None:
        print("storage=redis needs REDIS_URL", file=sys.stderr)
        return 2
    log.info("limiter check storage=%s", args.storage)
    return 0


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    if len(sys.argv) < 2:
        print(USAGE)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "show-config":
        return show_config()
    if command == "check-limiter":
        return check_limiter(rest)
    sys.stderr.write(f"unknown command {command!r}; try show-config or check-limiter\n")
    return 2


if __name__ == "__main__":
    sys.exit(main())
