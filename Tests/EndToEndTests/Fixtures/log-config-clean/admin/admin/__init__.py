"""Internal admin console (Flask).

log-contradicts-config must NOT trigger here: CACHE_TYPE="RedisCache" contains "redis" (the log
says cache=redis), RATELIMIT_STORAGE_URI is "memory://" where the log says
ratelimit_storage="memory" (memory:// is the memory family), and SESSION_TYPE="redis" agrees
with "session: redis" in the message.
"""
from __future__ import annotations

import logging
import os

from flask import Flask
from flask_caching import Cache
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_session import Session

cache = Cache()
limiter = Limiter(get_remote_address)


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY=os.environ["ADMIN_SECRET_KEY"],
        CACHE_TYPE="RedisCache",
        CACHE_REDIS_URL=os.environ.get("REDIS_URL", "redis://redis:6379/5"),
        CACHE_DEFAULT_TIMEOUT=120,
        SESSION_TYPE="redis",
        PERMANENT_SESSION_LIFETIME=3600,
        RATELIMIT_STORAGE_URI="memory://",
        RATELIMIT_HEADERS_ENABLED=True,
    )
    if test_config:
        app.config.update(test_config)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cache.init_app(app)
    limiter.init_app(app)
    Session(app)

    from . import views

    app.register_blueprint(views.bp)
    app.logger.info(
        "admin app ready cache=redis session: redis storage=memory lifetime=%s",
        app.config["PERMANENT_SESSION_LIFETIME"],
        extra={"cache_timeout": 120, "ratelimit_storage": "memory"},
    )
    return app
