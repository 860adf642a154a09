"""Lies in a test file: skipped by log-contradicts-config (tests/, test_*.py), so not expected."""
import structlog
from slowapi import Limiter
from slowapi.util import get_remote_address

logger = structlog.get_logger(__name__)


def test_reproduces_incident_log():
    limiter = Limiter(key_func=get_remote_address, storage_uri=None)
    logger.info("rate_limiting_configured", storage="redis")
    assert limiter is not None


def test_cache_flag():
    cache_enabled = False
    logger.info("cache", cache="on")
    assert cache_enabled is False
