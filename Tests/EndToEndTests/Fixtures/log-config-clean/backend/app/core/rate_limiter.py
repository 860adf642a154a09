"""Rate limiting for the public API (slowapi).

log-contradicts-config must NOT trigger here: this is the incident's file *after* the fix.
`storage_uri=None` makes slowapi keep its counters in process memory, and the log says
storage="memory", which is true. (Before the fix the same call logged storage="redis".)
"""
from __future__ import annotations

import structlog
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from slowapi import Limiter
from slowapi.errors import RateLimitExceeded
from slowapi.middleware import SlowAPIMiddleware
from slowapi.util import get_remote_address

from app.core.config import settings

logger = structlog.get_logger(__name__)


def client_key(request: Request) -> str:
    """Rate-limit key: the tenant's API key when present, else the client address."""
    api_key = request.headers.get("x-api-key")
    if api_key:
        return f"key:{api_key[:12]}"
    return get_remote_address(request)


async def rate_limit_exceeded(request: Request, exc: RateLimitExceeded) -> JSONResponse:
    logger.warning(
        "rate_limit_exceeded",
        path=request.url.path,
        client=client_key(request),
        limit=str(exc.detail),
    )
    return JSONResponse(
        status_code=429,
        content={"detail": f"Rate limit exceeded: {exc.detail}"},
        headers={"Retry-After": "60"},
    )


def setup_rate_limiting(app: FastAPI) -> Limiter:
    """Attach the limiter to the app.

    With Redis the counters are shared by all workers; in memory each worker counts on its own,
    so the effective limit is RATE_LIMIT_PER_MINUTE x workers.
    """
    limiter = Limiter(
        key_func=client_key,
        default_limits=[f"{settings.RATE_LIMIT_PER_MINUTE}/minute"],
        # TEMPORARY: in-memory until Redis auth is fixed. Was: storage_uri=settings.REDIS_URL
        storage_uri=None,
        headers_enabled=True,
        strategy="fixed-window",
    )
    app.state.limiter = limiter
    app.add_exception_handler(RateLimitExceeded, rate_limit_exceeded)
    app.add_middleware(SlowAPIMiddleware)

    logger.info(
        "rate_limiting_configured",
        default_limit=f"{settings.RATE_LIMIT_PER_MINUTE}/minute",
        storage="memory",  # TEMPORARY: Using in-memory until Redis auth fixed
        strategy="fixed-window",
        headers=True,
    )
    # Interpolated: the f-string's value is whatever runs, never a claim.
    logger.debug(f"limiter storage={'memory' if limiter._storage_uri is None else 'redis'}")
    return limiter
