"""Response cache switched off while Redis auth is broken, but the log still says it is on.

log-contradicts-config MUST trigger at cache="on" ("cache" ~ "cache_enabled", qualifier enabled).
"""
import structlog

logger = structlog.get_logger(__name__)


def configure_cache(app):
    cache_enabled = False
    logger.info("cache", cache="on")
    return cache_enabled
