from __future__ import annotations

from uuid import UUID

import structlog
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.session import get_session
from app.models import Quota

router = APIRouter(prefix="/quotas", tags=["quotas"])
logger = structlog.get_logger(__name__)


class QuotaOut(BaseModel):
    id: UUID
    tenant_id: UUID
    resource: str
    limit: int
    used: int


class QuotaUpdate(BaseModel):
    limit: int


@router.get("/{quota_id}", response_model=QuotaOut)
async def get_quota(quota_id: UUID, session: AsyncSession = Depends(get_session)) -> Quota:
    quota = await session.get(Quota, quota_id)
    if quota is None:
        logger.info("quota_not_found", quota_id=str(quota_id))
        raise HTTPException(status_code=404, detail="quota not found")
    return quota


@router.patch("/{quota_id}", response_model=QuotaOut)
async def update_quota(
    quota_id: UUID,
    body: QuotaUpdate,
    request: Request,
    session: AsyncSession = Depends(get_session),
) -> Quota:
    quota = await session.get(Quota, quota_id)
    if quota is None:
        raise HTTPException(status_code=404, detail="quota not found")
    previous = quota.limit
    quota.limit = body.limit
    await session.commit()
    logger.info(
        "quota_updated",
        quota_id=str(quota_id),
        previous=previous,
        limit=body.limit,
        actor=request.headers.get("x-user-id"),
    )
    return quota


@router.get("", response_model=list[QuotaOut])
async def list_quotas(tenant_id: UUID, session: AsyncSession = Depends(get_session)) -> list[Quota]:
    result = await session.execute(select(Quota).where(Quota.tenant_id == tenant_id).order_by(Quota.resource))
    quotas = list(result.scalars())
    logger.debug("quotas_listed", tenant_id=str(tenant_id), count=len(quotas))
    return quotas
