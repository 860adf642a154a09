"""Per-tenant quota limiter (limits library), Redis in shared deployments, memory otherwise.

log-contradicts-config must NOT trigger here: each branch sets `storage_uri` its own way and logs
its own (true) storage. The two assignments disagree, so no single value of the setting can be
compared with either log. In `build_burst_limiter` the URL is memcached:// and the log says
storage="memcache" (memcache and memcached are one family).
"""
from __future__ import annotations

import structlog
from limits import RateLimitItemPerMinute, parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter

logger = structlog.get_logger(__name__)


def build_quota_limiter(shared: bool) -> MovingWindowRateLimiter:
    if shared:
        storage_uri = "redis+sentinel://sentinel-0:26379,sentinel-1:26379/quota"
        logger.info("quota_limiter_storage", storage="redis", sentinel=True)
    else:
        storage_uri = "memory://"
        logger.info("quota_limiter_storage", storage="memory", sentinel=False)
    storage = storage_from_string(storage_uri)
    return MovingWindowRateLimiter(storage)


def tenant_limit(plan: str) -> RateLimitItemPerMinute:
    per_minute = {"free": 30, "team": 300, "enterprise": 3000}.get(plan, 30)
    logger.debug("tenant_limit", plan=plan, per_minute=per_minute)
    return parse(f"{per_minute}/minute")


def check_quota(limiter: MovingWindowRateLimiter, tenant_id: str, plan: str) -> bool:
    item = tenant_limit(plan)
    allowed = limiter.hit(item, "tenant", tenant_id)
    if not allowed:
        logger.info("quota_exhausted", tenant_id=tenant_id, plan=plan, allowed=False)
    return allowed


def build_burst_limiter() -> FixedWindowRateLimiter:
    """Short-window burst limiter: a few seconds of counters, memcached is enough."""
    storage_uri = "memcached://burst-cache:11211"
    counters = storage_from_string(storage_uri)
    logger.info("burst_limiter_storage", storage="memcache", window_s=5)
    return FixedWindowRateLimiter(counters)
