"""Skipped by log-contradicts-config (*_test.py): a doctest-style check kept next to the module."""
import structlog

logger = structlog.get_logger(__name__)


def check_memory_default():
    storage_uri = None
    logger.info("quota_limiter_storage", storage="redis")
    return storage_uri
