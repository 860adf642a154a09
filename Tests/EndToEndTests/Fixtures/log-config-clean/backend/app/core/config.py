"""Application settings, read from the environment (and .env in development)."""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

import structlog
from pydantic import Field, PostgresDsn, RedisDsn, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = structlog.get_logger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", case_sensitive=True, extra="ignore")

    PROJECT_NAME: str = "OnQuota API"
    API_V1_PREFIX: str = "/api/v1"
    ENVIRONMENT: Literal["development", "staging", "production"] = "development"
    DEBUG: bool = False
    SECRET_KEY: str = Field(min_length=32)

    DATABASE_URL: PostgresDsn = "postgresql+asyncpg://onquota:onquota@db:5432/onquota"
    DATABASE_POOL_SIZE: int = 10
    REDIS_URL: RedisDsn | None = None

    RATE_LIMIT_PER_MINUTE: int = 60
    RATE_LIMIT_STORAGE: Literal["memory", "redis"] = "memory"

    LOG_LEVEL: str = "INFO"
    LOG_JSON: bool = True
    CORS_ORIGINS: list[str] = ["http://localhost:3000"]

    @field_validator("LOG_LEVEL")
    @classmethod
    def upper_level(cls, value: str) -> str:
        return value.upper()

    @property
    def rate_limit_storage_uri(self) -> str | None:
        """None means in-memory counters (slowapi's default)."""
        if self.RATE_LIMIT_STORAGE == "redis" and self.REDIS_URL is not None:
            return str(self.REDIS_URL)
        return None


@lru_cache
def get_settings() -> Settings:
    loaded = Settings()
    logger.info(
        "settings_loaded",
        environment=loaded.ENVIRONMENT,
        debug=loaded.DEBUG,
        rate_limit_storage=loaded.RATE_LIMIT_STORAGE,
    )
    return loaded


settings = get_settings()
