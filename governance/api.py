"""HTTP layer for the model inventory: /governance/models (thin; the work is GovernanceService's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
from fastapi import APIRouter, Path, Query, Request

from audit import AuditUnavailable
from governance._lifecycle import LifecycleState
from governance._service import Actor, GovernanceError
from governance.schemas import ModelCreate, ModelDetail, ModelPublic, ModelUpdate, TrainingCreate, TrainingPublic, TransitionRequest
from proxy.deps import GovernanceReader, GovernanceTransitioner, GovernanceWriter, ServicesDep
from proxy.errors import ApiError
from radgate.auth import Principal

router = APIRouter(prefix="/governance/models")
ModelId = Path(..., pattern=r"^[0-9a-f]{32}$")


def _actor(request: Request, caller: Principal) -> Actor:
    return Actor(name=caller.name, role=str(caller.role), key_id=caller.key_id,
                 source_ip=request.client.host if request.client else None,
                 request_id=request.scope["state"]["request_id"])


async def _run(work: Callable[[], Any]) -> Any:
    """Service calls block (database, audit append): run them off the event loop; map refusals."""
    try:
        return await anyio.to_thread.run_sync(work)
    except GovernanceError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from None
    except AuditUnavailable:  # fail closed: nothing changed that is not on record
        raise ApiError(503, "audit_unavailable", "the audit store cannot record this change; nothing changed") from None


@router.get("")
async def list_models(caller: GovernanceReader, services: ServicesDep,
                      alias: str | None = Query(None, max_length=128),
                      state: LifecycleState | None = None) -> list[ModelPublic]:
    return await _run(lambda: services.governance.list(alias=alias, state=state))


@router.get("/{model_id}")
async def show_model(caller: GovernanceReader, services: ServicesDep, model_id: str = ModelId) -> ModelDetail:
    return await _run(lambda: services.governance.get(model_id))


@router.post("", status_code=201)
async def register_model(request: Request, body: ModelCreate, caller: GovernanceWriter,
                         services: ServicesDep) -> ModelPublic:
    return await _run(lambda: services.governance.register(body, _actor(request, caller)))


@router.patch("/{model_id}")
async def change_model(request: Request, body: ModelUpdate, caller: GovernanceWriter, services: ServicesDep,
                       model_id: str = ModelId) -> ModelPublic:
    return await _run(lambda: services.governance.update(model_id, body, _actor(request, caller)))


@router.post("/{model_id}/transitions")
async def transition_model(request: Request, body: TransitionRequest, caller: GovernanceTransitioner,
                           services: ServicesDep, model_id: str = ModelId) -> ModelDetail:
    return await _run(lambda: services.governance.transition(model_id, body, _actor(request, caller)))


@router.post("/{model_id}/training", status_code=201)
async def record_training(request: Request, body: TrainingCreate, caller: GovernanceWriter, services: ServicesDep,
                          model_id: str = ModelId) -> TrainingPublic:
    return await _run(lambda: services.governance.record_training(model_id, body, _actor(request, caller)))
