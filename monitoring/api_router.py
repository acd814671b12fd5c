"""HTTP layer: POST /v1/feedback (reporting system) and GET /governance/monitoring (governance)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import Response

from radgate import jsonio

from monitoring._feedback import FeedbackError
from monitoring._protocol import FeedbackCreate
from monitoring._report import Bands, build_report
from proxy.deps import FeedbackServiceDep, FeedbackSubmitter, MonitoringReader, ServicesDep
from proxy.errors import ApiError

router = APIRouter()

GroupBy = Literal["model_version", "prompt_version", "user", "site", "model", "modality"]


@router.post("/v1/feedback", status_code=201)
async def submit_feedback(request: Request, body: FeedbackCreate, caller: FeedbackSubmitter,
                          feedback: FeedbackServiceDep) -> Response:
    """The radiologist's verdict on a draft: accepted, edited (with the signed text) or rejected."""
    client = request.scope.get("client")
    try:
        result = await feedback.submit(body, caller, source_ip=client[0] if client else None,
                                       http_request_id=request.scope["state"]["request_id"])
    except FeedbackError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from None
    return Response(result.model_dump_json(), status_code=201, media_type="application/json")


@router.get("/governance/monitoring")
async def monitoring_report(caller: MonitoringReader, services: ServicesDep, since: datetime | None = None,
                            until: datetime | None = None, group_by: GroupBy = "model_version",
                            period: Literal["day", "week"] = "week") -> Response:
    """Acceptance, edit and reject rates, edit magnitude and drift flags per group and period."""
    bands = Bands.from_settings(services.settings)
    try:
        report = await anyio.to_thread.run_sync(
            lambda: build_report(services.engine, bands, since=since, until=until, group_by=group_by,
                                 period=period))
    except ValueError as exc:
        raise ApiError(400, "invalid_request", str(exc)) from None
    return Response(jsonio.dumps(report.to_dict()), media_type="application/json")
