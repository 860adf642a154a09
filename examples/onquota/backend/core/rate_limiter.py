"""Rate limiting for the OnQuota API (slowapi), as it was during the incident."""

import structlog
from fastapi import FastAPI
from slowapi import Limiter, _rate_limit_exceeded_handler
from slowapi.errors import RateLimitExceeded
from slowapi.util import get_remote_address

from core.config import settings

logger = structlog.get_logger(__name__)


def setup_rate_limiting(app: FastAPI) -> Limiter:
    """Attach a limiter to the app.

    Redis authentication fails with the production URL (its password is not URL-encoded), so
    storage was switched to in-memory until that is fixed.
    """
    limiter = Limiter(
        key_func=get_remote_address,
        default_limits=[f"{settings.RATE_LIMIT_PER_MINUTE}/minute"],
        storage_uri=None,  # TEMPORARY: in-memory until Redis auth is fixed
    )
    app.state.limiter = limiter
    app.add_exception_handler(RateLimitExceeded, _rate_limit_exceeded_handler)

    logger.info(
        "rate_limiting_configured",
        default_limit=f"{settings.RATE_LIMIT_PER_MINUTE}/minute",
        storage="redis",
    )
    return limiter
