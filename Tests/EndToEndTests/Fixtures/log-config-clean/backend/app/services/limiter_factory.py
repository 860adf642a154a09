"""Options for the admin API's limiter, assembled from defaults and deployment settings.

log-contradicts-config must NOT trigger here:
- `_DEFAULTS` (module level) holds storage_uri None, but the log that says storage="redis" is in
  `build_admin_limiter`, a different scope, which refuses to run without a Redis URL;
- in `init_limiter` the outer function configures a redis:// URL and logs storage="redis"; the
  nested `_on_fallback` logs storage="memory" in its own scope (Flask-Limiter's in-memory fallback).
"""
from __future__ import annotations

import logging

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

logger = logging.getLogger(__name__)

_DEFAULTS = {"storage_uri": None, "strategy": "fixed-window", "headers_enabled": True}


def limiter_options(redis_url: str | None, **overrides) -> dict:
    options = dict(_DEFAULTS)
    if redis_url:
        options["storage_uri"] = redis_url
    options.update(overrides)
    return options


def build_admin_limiter(app: Flask, redis_url: str | None) -> Limiter:
    if not redis_url:
        raise RuntimeError("the admin API runs several workers and needs REDIS_URL for its limiter")
    options = limiter_options(redis_url, strategy="moving-window")
    limiter = Limiter(get_remote_address, app=app, **options)
    logger.info(
        "admin limiter ready",
        extra={"storage": "redis", "strategy": options["strategy"]},
    )
    return limiter


def init_limiter(app: Flask) -> Limiter:
    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri="redis://cache:6379/1",
        in_memory_fallback_enabled=True,
        default_limits=["200 per day", "50 per hour"],
    )

    def _on_fallback():
        logger.warning("redis unreachable, limiter falls back", extra={"storage": "memory"})

    limiter.fallback_callback = _on_fallback
    logger.info("limiter ready", extra={"storage": "redis", "fallback": "memory"})
    return limiter
