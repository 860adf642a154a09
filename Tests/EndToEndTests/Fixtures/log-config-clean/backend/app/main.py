from __future__ import annotations

from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import text

from app.api import health, quotas
from app.core.cache import disable_cache, init_cache
from app.core.config import settings
from app.core.logging import configure_logging
from app.core.rate_limiter import setup_rate_limiting
from app.db.session import engine

configure_logging(settings.LOG_LEVEL, json_logs=settings.LOG_JSON)
logger = structlog.get_logger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
    logger.info("database_connected", pool_size=settings.DATABASE_POOL_SIZE)
    try:
        await init_cache()
    except OSError as exc:
        await disable_cache(str(exc))
    yield
    await engine.dispose()
    logger.info("shutdown_complete")


def create_app() -> FastAPI:
    app = FastAPI(
        title=settings.PROJECT_NAME,
        version="1.4.2",
        docs_url=None if settings.ENVIRONMENT == "production" else "/docs",
        lifespan=lifespan,
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.CORS_ORIGINS,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    setup_rate_limiting(app)
    app.include_router(health.router, prefix=settings.API_V1_PREFIX)
    app.include_router(quotas.router, prefix=settings.API_V1_PREFIX)
    logger.info(
        "app_created",
        version="1.4.2",
        environment=settings.ENVIRONMENT,
        docs=settings.ENVIRONMENT != "production",
    )
    return app


app = create_app()
