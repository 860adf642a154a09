"""Async SQLAlchemy engine and session factory.

log-contradicts-config must NOT trigger here: the URL scheme is postgresql+asyncpg and the
log says database="postgres" (postgresql and postgres are one family); pool_size agrees.
"""
from __future__ import annotations

from collections.abc import AsyncIterator

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.core.config import settings

logger = structlog.get_logger(__name__)

engine = create_async_engine(
    str(settings.DATABASE_URL),
    pool_size=settings.DATABASE_POOL_SIZE,
    pool_pre_ping=True,
    echo=settings.DEBUG,
)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False, class_=AsyncSession)


def make_reporting_engine():
    """Read-only replica for the reporting endpoints."""
    database_url = "postgresql+asyncpg://reporting@db-replica:5432/onquota"
    replica = create_async_engine(database_url, pool_size=5, pool_pre_ping=True)
    logger.info("reporting_engine_created", database="postgres", pool_size=5, replica=True)
    return replica


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        try:
            yield session
        except Exception:
            logger.exception("session_rollback")
            await session.rollback()
            raise
