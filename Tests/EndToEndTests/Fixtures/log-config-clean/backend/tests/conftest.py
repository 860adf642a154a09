import logging

import pytest
from fastapi.testclient import TestClient

log = logging.getLogger("tests")


@pytest.fixture
def client(monkeypatch):
    cache_enabled = False
    monkeypatch.setenv("RATE_LIMIT_STORAGE", "memory")
    from app.main import create_app

    log.info("test app", extra={"cache": "on"})
    with TestClient(create_app()) as c:
        yield c
    assert cache_enabled is False
