"""Gunicorn settings for the API container (`gunicorn -c gunicorn.conf.py app.main:app`).

The worker count was halved to fit the 1 GiB container, but the config log still says 8.
log-contradicts-config MUST trigger at workers=8 (the setting comes first, so the finding holds
whether or not settings after a log line count).
"""
import multiprocessing

import structlog

logger = structlog.get_logger("gunicorn.conf")

bind = "0.0.0.0:8000"
workers = 4
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 60
max_requests = 1000

logger.info(
    "gunicorn_config",
    bind="0.0.0.0:8000",
    workers=8,
    worker_class="uvicorn.workers.UvicornWorker",
    cpus=multiprocessing.cpu_count(),
)
