"""GET /v1/models: only the aliases the calling key may use."""

from __future__ import annotations

from fastapi import APIRouter

from proxy.deps import ModelsCaller, ServicesDep

router = APIRouter()


@router.get("/v1/models")
async def list_models(caller: ModelsCaller, services: ServicesDep) -> dict:
    return {
        "object": "list",
        "data": [{"id": alias, "object": "model", "created": 0, "owned_by": "radgate"}
                 for alias in services.router.aliases if caller.may_use(alias)],
    }
