"""HTTP layer for chat completions: parse bytes, hand to ChatService, wrap the result."""

from __future__ import annotations

import json
import time

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from proxy.chat.serving import CallContext
from proxy.deps import ChatServiceDep, ReportingCaller
from proxy.errors import ApiError

router = APIRouter()


@router.post("/v1/chat/completions")
async def create_chat_completion(request: Request, caller: ReportingCaller, chat: ChatServiceDep) -> Response:
    raw = await request.body()
    try:
        body = json.loads(raw)
    except ValueError:
        raise ApiError(400, "invalid_json", "request body is not valid JSON") from None
    state = request.scope["state"]
    client = request.scope.get("client")
    ctx = CallContext(request_id=state["request_id"], source_ip=client[0] if client else None,
                      started=state.get("started", time.perf_counter()))
    result = await chat.create(body, caller, ctx)
    if isinstance(result, dict):
        return Response(json.dumps(result), media_type="application/json")
    return StreamingResponse(result, media_type="text/event-stream",
                             headers={"cache-control": "no-cache", "x-accel-buffering": "no"})
