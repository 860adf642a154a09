"""Skipped by log-contradicts-config (tests/ and test_*.py): these tests build limiters with
deliberately odd settings and log what the code under test *would* report."""
import structlog
from fastapi import FastAPI
from slowapi import Limiter
from slowapi.util import get_remote_address

from app.core.rate_limiter import setup_rate_limiting

logger = structlog.get_logger(__name__)


def test_limiter_is_in_memory():
    app = FastAPI()
    limiter = setup_rate_limiting(app)
    assert limiter._storage_uri is None
    assert app.state.limiter is limiter


def test_log_mismatch_reproduction():
    limiter = Limiter(key_func=get_remote_address, storage_uri=None)
    logger.info("rate_limiting_configured", storage="redis")  # the incident's line, on purpose
    assert limiter._storage_uri is None
