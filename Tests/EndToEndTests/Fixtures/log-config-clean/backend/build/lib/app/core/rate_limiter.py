# Skipped by log-contradicts-config (build/): a stale setuptools build of the pre-fix module.
import structlog
from slowapi import Limiter
from slowapi.util import get_remote_address

logger = structlog.get_logger(__name__)


def setup_rate_limiting(app):
    limiter = Limiter(key_func=get_remote_address, storage_uri=None)
    app.state.limiter = limiter
    logger.info(
        "rate_limiting_configured",
        storage="redis",
    )
    return limiter
