"""The chat-completion work: authorize the model, audit, call upstream, shape the answer."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from audit import AuditEvent, AuditUnavailable, AuditWriter, EventType
from radgate import jsonio
from radgate.auth import Principal

from proxy.chat.protocol import ChatRequest, Limits, parse_chat_request
from proxy.errors import ApiError
from proxy.metrics import Metrics
from proxy.routing import ModelRouter, Route, UpstreamError


@dataclass(frozen=True, slots=True)
class CallContext:
    request_id: str
    source_ip: str | None
    started: float  # time.perf_counter() when the request arrived


def radgate_object(request_id: str, route: Route | None, status: str, reason: str | None) -> dict:
    """The extension object every answer carries (ACR-SIIM III.F: version, status, reason)."""
    return {"request_id": request_id, "model_version": route.version if route else None,
            "backend": route.backend if route else None, "status": status, "reason": reason}


class ChatService:
    def __init__(self, router: ModelRouter, audit: AuditWriter, limits: Limits, metrics: Metrics) -> None:
        self._router = router
        self._audit = audit
        self._limits = limits
        self._metrics = metrics
        self._background: set[asyncio.Task] = set()

    async def create(self, body: Any, caller: Principal, ctx: CallContext) -> dict | AsyncIterator[bytes]:
        """Non-streaming: the completion dict. Streaming: an iterator of SSE frames."""
        try:
            request = parse_chat_request(body, self._limits)
        except ApiError as exc:
            await self._record_rejection(caller, ctx, None, exc)
            raise
        if not self._router.has(request.model):
            exc = ApiError(404, "model_not_found", f"model {request.model!r} does not exist")
            await self._record_rejection(caller, ctx, request.model, exc)
            raise exc
        if not caller.may_use(request.model):
            exc = ApiError(403, "model_not_permitted", f"this key may not use model {request.model!r}")
            await self._record_rejection(caller, ctx, request.model, exc)
            raise exc
        # Fail closed: nothing goes upstream unless the prompt is on record first.
        await self._append(self._event(EventType.model_call_started, caller, ctx, request,
                                       request_body=body))
        if request.stream:
            return await self._open_stream(request, caller, ctx)
        return await self._complete(request, caller, ctx)

    # -- non-streaming -------------------------------------------------------------------------
    async def _complete(self, request: ChatRequest, caller: Principal, ctx: CallContext) -> dict:
        try:
            result = await self._router.complete(request.model, request.upstream_body)
        except UpstreamError as exc:
            raise await self._upstream_failed(request, caller, ctx, exc) from None
        response = result.response
        response["radgate"] = radgate_object(ctx.request_id, result.route, "inferred", None)
        usage = response.get("usage") or {}
        await self._append(self._event(
            EventType.model_call_completed, caller, ctx, request, route=result.route, status="inferred",
            http_status=200, response_body=response, usage=usage))
        return response

    # -- streaming -----------------------------------------------------------------------------
    async def _open_stream(self, request: ChatRequest, caller: Principal,
                           ctx: CallContext) -> AsyncIterator[bytes]:
        try:
            route, chunks = await self._router.stream(request.model, request.upstream_body)
        except UpstreamError as exc:
            raise await self._upstream_failed(request, caller, ctx, exc) from None
        self._metrics.ttfb(request.model, time.perf_counter() - ctx.started)
        return self._relay(request, caller, ctx, route, chunks)

    async def _relay(self, request: ChatRequest, caller: Principal, ctx: CallContext, route: Route,
                     chunks: AsyncIterator[dict]) -> AsyncIterator[bytes]:
        texts: dict[int, list[str]] = {}
        usage: dict = {}
        last: dict = {}
        outcome, reason, http_status = "cut", "client_disconnected", 200
        try:
            async for chunk in chunks:
                last = chunk
                for choice in chunk.get("choices") or ():
                    piece = (choice.get("delta") or {}).get("content")
                    if piece:
                        texts.setdefault(choice.get("index", 0), []).append(piece)
                if chunk.get("usage"):
                    usage = chunk["usage"]
                    if not chunk.get("choices") and not request.include_usage:
                        continue
                yield b"data: " + jsonio.dumps(chunk) + b"\n\n"
            outcome, reason = "inferred", None
        except UpstreamError as exc:
            outcome, reason, http_status = "rejected", exc.reason, exc.status
            self._metrics.upstream_error(request.model, exc.reason)
        finally:
            event = self._event(
                EventType.model_call_completed, caller, ctx, request, route=route, status=outcome,
                reason=reason, http_status=http_status, usage=usage,
                response_body={"choices": [{"index": i, "content": "".join(t)} for i, t in texts.items()]})
            if outcome == "cut":
                # The consumer is gone (cancelled): record without blocking the teardown.
                task = asyncio.get_running_loop().create_task(self._append_quietly(event))
                self._background.add(task)
                task.add_done_callback(self._background.discard)
        try:
            await self._append(event)
        except ApiError as exc:  # headers are gone: say it in the closing chunk instead
            outcome, reason = "rejected", exc.code
        tail = {"id": last.get("id"), "object": "chat.completion.chunk", "created": last.get("created"),
                "model": last.get("model"), "choices": [],
                "radgate": radgate_object(ctx.request_id, route, outcome, reason)}
        if outcome != "inferred":
            tail["error"] = {"message": "upstream model failed mid-stream", "type": "upstream_error",
                             "code": reason}
        yield b"data: " + jsonio.dumps(tail) + b"\n\n"
        yield b"data: [DONE]\n\n"

    # -- helpers -------------------------------------------------------------------------------
    async def _append(self, event: AuditEvent) -> None:
        started = time.perf_counter()
        try:
            await self._audit.append(event)
        except AuditUnavailable:
            self._metrics.audit_failure()
            raise ApiError(503, "audit_unavailable",
                           "the audit store cannot record this request; nothing was sent to a model") from None
        self._metrics.audit_write(time.perf_counter() - started)

    async def _append_quietly(self, event: AuditEvent) -> None:
        try:
            await self._audit.append(event)
        except AuditUnavailable:
            self._metrics.audit_failure()

    async def _upstream_failed(self, request: ChatRequest, caller: Principal, ctx: CallContext,
                               exc: UpstreamError) -> ApiError:
        self._metrics.upstream_error(request.model, exc.reason)
        await self._append(self._event(EventType.model_call_completed, caller, ctx, request,
                                       status="rejected", reason=exc.reason, http_status=exc.status))
        return ApiError(exc.status, exc.reason, exc.message)

    async def _record_rejection(self, caller: Principal, ctx: CallContext, model: str | None,
                                exc: ApiError) -> None:
        await self._append(AuditEvent(
            event_type=EventType.model_call_rejected, request_id=ctx.request_id,
            actor_key_id=caller.key_id, actor_name=caller.name, actor_role=caller.role,
            source_ip=ctx.source_ip, model_alias=model, status="rejected", reason=exc.code,
            http_status=exc.status, latency_ms=(time.perf_counter() - ctx.started) * 1000))

    def _event(self, kind: EventType, caller: Principal, ctx: CallContext, request: ChatRequest, *,
               route: Route | None = None, status: str | None = None, reason: str | None = None,
               http_status: int | None = None, request_body: Any = None, response_body: Any = None,
               usage: dict | None = None) -> AuditEvent:
        usage = usage or {}
        return AuditEvent(
            event_type=kind, request_id=ctx.request_id, actor_key_id=caller.key_id,
            actor_name=caller.name, actor_role=caller.role, source_ip=ctx.source_ip,
            model_alias=request.model, backend=route.backend if route else None,
            model_version=route.version if route else None, status=status, reason=reason,
            http_status=http_status, stream=request.stream,
            prompt_tokens=usage.get("prompt_tokens"), completion_tokens=usage.get("completion_tokens"),
            latency_ms=(time.perf_counter() - ctx.started) * 1000 if kind != EventType.model_call_started
            else None,
            request_body=request_body, response_body=response_body,
            detail={"caller_metadata": request.metadata} if request.metadata else None)
