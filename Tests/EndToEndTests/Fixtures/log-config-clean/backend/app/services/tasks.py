"""Background jobs (Celery). Broker and results both live in Redis."""
from __future__ import annotations

import logging
import os

from celery import Celery
from celery.signals import worker_ready

logger = logging.getLogger(__name__)

broker_url = os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/3")
celery_app = Celery("onquota", broker=broker_url, include=["app.services.tasks"])
celery_app.conf.update(
    result_backend="redis://redis:6379/4",
    task_serializer="json",
    accept_content=["json"],
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    timezone="UTC",
)
# Logged at import so the worker's first lines say where tasks go; broker_url comes from the
# environment, so the literal below is not checked against it.
logger.info("celery configured broker=redis result=redis serializer=json")


@worker_ready.connect
def announce(sender=None, **kwargs):
    concurrency = sender.controller.concurrency if sender else None
    logger.info("worker ready concurrency=%s queues=%s", concurrency, "default,reports")


@celery_app.task(bind=True, max_retries=5, default_retry_delay=30)
def send_quota_report(self, tenant_id: str) -> None:
    try:
        from app.services.reports import render_and_mail

        render_and_mail(tenant_id)
    except ConnectionError as exc:
        logger.warning("report mail failed for tenant %s, retry %d", tenant_id, self.request.retries)
        raise self.retry(exc=exc)
    logger.info("report sent", extra={"tenant_id": tenant_id, "channel": "email"})
