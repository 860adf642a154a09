"""Rate limiting (slowapi), as it was deployed in the incident: the limiter was switched to
in-memory storage but the startup log still said storage="redis".

log-contradicts-config MUST trigger at the storage="redis" literal in setup_rate_limiting.
"""
import structlog
from fastapi import FastAPI
from slowapi import Limiter, _rate_limit_exceeded_handler
from slowapi.errors import RateLimitExceeded
from slowapi.middleware import SlowAPIMiddleware
from slowapi.util import get_remote_address

from core.config import settings

logger = structlog.get_logger(__name__)


def setup_rate_limiting(app: FastAPI) -> Limiter:
    limiter = Limiter(
        key_func=get_remote_address,
        default_limits=[f"{settings.RATE_LIMIT_PER_MINUTE}/minute"],
        # TEMPORARY: in-memory until Redis auth is fixed
        storage_uri=None,
        headers_enabled=True,
    )
    app.state.limiter = limiter
    app.add_exception_handler(RateLimitExceeded, _rate_limit_exceeded_handler)
    app.add_middleware(SlowAPIMiddleware)

    logger.info(
        "rate_limiting_configured",
        default_limit=f"{settings.RATE_LIMIT_PER_MINUTE}/minute",
        storage="redis",
    )
    return limiter
