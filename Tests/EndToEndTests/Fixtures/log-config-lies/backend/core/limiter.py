"""Module-level variant of the incident: the limiter and its log are top-level code.

log-contradicts-config MUST trigger at the storage="redis" literal.
"""
import structlog
from slowapi import Limiter
from slowapi.util import get_remote_address

logger = structlog.get_logger(__name__)

limiter = Limiter(key_func=get_remote_address, storage_uri=None)

logger.info("rate_limiting_configured", storage="redis", scope="module")
