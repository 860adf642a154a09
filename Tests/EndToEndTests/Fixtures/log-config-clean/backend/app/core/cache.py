"""Response cache backed by Redis (TLS in production).

log-contradicts-config must NOT trigger here:
- cache_url is a rediss:// URL and the log says cache="redis" (rediss is the redis family);
- cache_enabled = True is a boolean; cache="redis" is not a boolean claim, so the two do not
  contradict even though "cache" ~ "cache_enabled";
- in `disable_cache` the boolean and the log agree (False / "off").
"""
from __future__ import annotations

import json
from typing import Any

import structlog
from redis.asyncio import Redis

logger = structlog.get_logger(__name__)

_client: Redis | None = None


async def init_cache() -> Redis:
    global _client
    cache_enabled = True
    cache_url = "rediss://default@cache.internal:6380/2"
    _client = Redis.from_url(cache_url, decode_responses=True, health_check_interval=30)
    await _client.ping()
    logger.info("cache_ready", cache="redis", enabled=cache_enabled, db=2)
    return _client


async def disable_cache(reason: str) -> bool:
    global _client
    cache_enabled = False
    if _client is not None:
        await _client.aclose()
        _client = None
    logger.warning("cache_disabled", cache="off", reason=reason)
    return cache_enabled


async def cached_json(key: str, ttl: int = 60) -> Any | None:
    if _client is None:
        return None
    raw = await _client.get(key)
    if raw is None:
        logger.debug("cache_miss", key=key)
        return None
    logger.debug("cache_hit", key=key, ttl=ttl)
    return json.loads(raw)


async def store_json(key: str, value: Any, ttl: int = 60) -> None:
    if _client is not None:
        await _client.set(key, json.dumps(value, default=str), ex=ttl)
