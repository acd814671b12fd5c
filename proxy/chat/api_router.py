"""HTTP layer for chat completions: parse bytes, hand to ChatService, wrap the result."""

from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from radgate import jsonio

from proxy.chat.serving import CallContext
from proxy.deps import ChatServiceDep, ReportingCaller
from proxy.errors import ApiError

router = APIRouter()


@router.post("/v1/chat/completions")
async def create_chat_completion(request: Request, caller: ReportingCaller, chat: ChatServiceDep) -> Response:
    raw = await request.body()
    try:
        body = jsonio.loads(raw)
    except jsonio.JSONDecodeError:
        raise ApiError(400, "invalid_json", "request body is not valid JSON") from None
    state = request.scope["state"]
    client = request.scope.get("client")
    ctx = CallContext(request_id=state["request_id"], source_ip=client[0] if client else None,
                      started=state.get("started", time.perf_counter()))
    # The call runs in its own task: each of its many awaits (audit commits, upstream I/O) then
    # resumes a shallow stack instead of the whole middleware chain (measured: +~15% req/s).
    result = await asyncio.create_task(chat.create(body, caller, ctx))
    if isinstance(result, dict):
        return Response(jsonio.dumps(result), media_type="application/json")
    return StreamingResponse(result, media_type="text/event-stream",
                             headers={"cache-control": "no-cache", "x-accel-buffering": "no"})
