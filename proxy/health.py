"""Probes and metrics: /healthz (process up), /readyz (DB and a backend reachable), /metrics."""

from __future__ import annotations

import anyio
from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from radgate.db import ping

from proxy.deps import ServicesDep

router = APIRouter()


@router.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(services: ServicesDep) -> JSONResponse:
    database = await anyio.to_thread.run_sync(ping, services.engine)
    backends = await services.router.health()
    ready = database and services.audit.healthy and any(backends.values())
    body = {"status": "ready" if ready else "not_ready", "database": database,
            "audit": services.audit.healthy, "backends": backends}
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get("/metrics")
async def metrics(services: ServicesDep) -> Response:
    return Response(services.metrics.render(), media_type="text/plain; version=0.0.4")
