"""Error reporting (Sentry). Off outside production.

log-contradicts-config must NOT trigger here: in `_init_disabled_sentry` dsn=None and the log says
dsn="disabled", which is not a backend word; the production values are set and logged in
`_init_production_sentry`, a different scope, and agree there.
"""
from __future__ import annotations

import sentry_sdk
import structlog
from sentry_sdk.integrations.fastapi import FastApiIntegration

from app.core.config import settings

logger = structlog.get_logger(__name__)


def init_sentry() -> None:
    if settings.ENVIRONMENT == "production" and getattr(settings, "SENTRY_DSN", None):
        _init_production_sentry()
    else:
        _init_disabled_sentry()


def _init_disabled_sentry() -> None:
    # init(dsn=None) keeps the SDK importable and the hub valid; nothing is sent anywhere.
    sentry_sdk.init(dsn=None, default_integrations=False)
    logger.info("sentry_configured", dsn="disabled", reason="not production")


def _init_production_sentry() -> None:
    sentry_sdk.init(
        dsn=str(settings.SENTRY_DSN),
        environment="production",
        release="onquota-api@1.4.2",
        traces_sample_rate=0.1,
        send_default_pii=False,
        integrations=[FastApiIntegration()],
    )
    logger.info(
        "sentry_configured",
        environment="production",
        release="onquota-api@1.4.2",
        traces_sample_rate=0.1,
    )
