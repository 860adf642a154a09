from __future__ import annotations

import time

import structlog
from fastapi import APIRouter, Depends, Response, status
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import cache
from app.db.session import get_session

router = APIRouter(tags=["health"])
logger = structlog.get_logger(__name__)

STARTED = time.monotonic()


@router.get("/health")
async def health(response: Response, session: AsyncSession = Depends(get_session)) -> dict:
    checks: dict[str, str] = {}
    try:
        await session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:
        logger.error("health_database_failed", error=str(exc))
        checks["database"] = "error"

    client = cache._client
    if client is None:
        checks["cache"] = "disabled"
    else:
        try:
            await client.ping()
            checks["cache"] = "ok"
        except Exception as exc:
            logger.warning("health_cache_failed", error=str(exc))
            checks["cache"] = "error"

    healthy = checks["database"] == "ok"
    if not healthy:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return {
        "status": "ok" if healthy else "degraded",
        "checks": checks,
        "uptime_s": round(time.monotonic() - STARTED, 1),
    }


@router.get("/version")
async def version() -> dict:
    return {"version": "1.4.2", "commit": __import__("os").environ.get("GIT_SHA", "unknown")}
