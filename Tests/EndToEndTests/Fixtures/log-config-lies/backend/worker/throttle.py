"""Outbound webhook throttle. The claim is in the message text: "storage=redis".

log-contradicts-config MUST trigger at the message literal.
"""
import logging

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

log = logging.getLogger("worker.throttle")


def build_throttle(app):
    limiter = Limiter(get_remote_address, app=app, storage_uri=None)
    log.info("webhook throttle ready storage=redis per_host=%s", app.config["WEBHOOK_RATE"])
    return limiter
