"""The chat-completion work: authorize the model, audit, call upstream, shape the answer."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from typing import Any

from audit import AuditEvent, AuditUnavailable, AuditWriter, EventType
from radgate import jsonio
from radgate.auth import Principal

from redaction import StreamReidentifier

log = logging.getLogger("radgate.proxy")

from governance import GateRefusal, GovernanceGate
from proxy.chat.phi import GuardedCall, PhiGuard, redaction_report
from proxy.chat.protocol import ChatRequest, Limits, parse_chat_request
from proxy.errors import ApiError
from proxy.metrics import Metrics
from proxy.routing import ModelRouter, Route, UpstreamError


@dataclass(frozen=True, slots=True)
class CallContext:
    request_id: str
    source_ip: str | None
    started: float  # time.perf_counter() when the request arrived


def _shell(chunk: dict) -> dict:
    return {"id": chunk.get("id"), "object": "chat.completion.chunk", "created": chunk.get("created"),
            "model": chunk.get("model")}


def radgate_object(request_id: str, route: Route | None, status: str, reason: str | None) -> dict:
    """The extension object every answer carries (ACR-SIIM III.F: version, status, reason)."""
    return {"request_id": request_id, "model_version": route.version if route else None,
            "backend": route.backend if route else None, "status": status, "reason": reason}


class ChatService:
    def __init__(self, router: ModelRouter, audit: AuditWriter, limits: Limits, metrics: Metrics,
                 guard: PhiGuard, governance: GovernanceGate) -> None:
        self._router = router
        self._governance = governance
        self._guard = guard
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
        # Governance: prompt template rendering, lifecycle state, inclusion/exclusion criteria, training.
        try:
            await self._governance.admit(request, caller)
        except GateRefusal as refusal:
            exc = ApiError(refusal.status, refusal.code, refusal.message, model_version=refusal.model_version)
            await self._record_rejection(caller, ctx, request.model, exc, detail=refusal.detail)
            raise exc from None
        try:
            patient = request.metadata.patient or {}
            guarded = await self._guard.inbound(request.upstream_body["messages"], patient=patient.get("mrn"))
        except ApiError as exc:
            await self._record_rejection(caller, ctx, request.model, exc)
            raise
        if guarded.redacted_messages is not None:
            request.upstream_body["messages"] = guarded.redacted_messages
        # Fail closed: nothing goes upstream unless the prompt is on record first.
        started = self._event(EventType.model_call_started, caller, ctx, request, request_body=body,
                              extra={"phi_redacted": guarded.found, "redacted_messages": guarded.redacted_messages})
        # sealed: the surrogate map; indexed by keyed token only: the identifiers redaction found
        started.surrogates = guarded.surrogate_map() or None
        for kind, values in guarded.identifiers().items():
            started.identifiers = started.identifiers or {}
            started.identifiers[kind] = sorted({*started.identifiers.get(kind, ()), *values})
        await self._append(started)
        if request.stream:
            return await self._open_stream(request, caller, ctx, guarded)
        return await self._complete(request, caller, ctx, guarded)

    # -- non-streaming -------------------------------------------------------------------------
    async def _complete(self, request: ChatRequest, caller: Principal, ctx: CallContext,
                        guarded: GuardedCall) -> dict:
        try:
            result = await self._router.complete(request.model, request.upstream_body)
        except UpstreamError as exc:
            raise await self._upstream_failed(request, caller, ctx, exc) from None
        response = result.response
        in_output: dict[str, int] = {}
        drafts: list[str] = []  # the outputs as the model wrote them (surrogates, no real values)
        try:
            for choice in response.get("choices") or ():
                message = choice.get("message") or {}
                if isinstance(message.get("content"), str):
                    drafts.append(message["content"])
                    message["content"], found = await self._guard.outbound(guarded, message["content"])
                    for kind, count in found.items():
                        in_output[kind] = in_output.get(kind, 0) + count
        except ApiError as exc:
            await self._append(self._event(EventType.model_call_completed, caller, ctx, request,
                                           route=result.route, status="rejected", reason=exc.code,
                                           http_status=exc.status))
            raise
        response["radgate"] = radgate_object(ctx.request_id, result.route, "inferred", None)
        response["radgate"]["prompt_template"] = request.prompt_ref
        if self._guard.enabled:
            response["radgate"]["redaction"] = redaction_report(guarded, in_output)
        usage = response.get("usage") or {}
        await self._append(self._event(
            EventType.model_call_completed, caller, ctx, request, route=result.route, status="inferred",
            http_status=200, response_body=response, usage=usage,
            extra=self._output_detail(guarded, drafts, in_output)))
        return response

    def _output_detail(self, guarded: GuardedCall, drafts: list[str], in_output: dict[str, int]) -> dict | None:
        """For search: the redacted output in clear, unless redaction was off or the output held PHI."""
        if guarded.session is None:
            return None
        return {"phi_in_output": in_output, **({} if in_output else {"redacted_output": drafts})}

    # -- streaming -----------------------------------------------------------------------------
    async def _open_stream(self, request: ChatRequest, caller: Principal, ctx: CallContext,
                           guarded: GuardedCall) -> AsyncIterator[bytes]:
        try:
            route, chunks = await self._router.stream(request.model, request.upstream_body)
        except UpstreamError as exc:
            raise await self._upstream_failed(request, caller, ctx, exc) from None
        self._metrics.ttfb(request.model, time.perf_counter() - ctx.started)
        return self._relay(request, caller, ctx, route, chunks, guarded)

    async def _relay(self, request: ChatRequest, caller: Principal, ctx: CallContext, route: Route,
                     chunks: AsyncIterator[dict], guarded: GuardedCall) -> AsyncIterator[bytes]:
        texts: dict[int, list[str]] = {}  # what the model wrote (surrogates), per choice
        sent: dict[int, list[str]] = {}  # what the client received (real values restored)
        restorers: dict[int, StreamReidentifier | None] = {}
        usage: dict = {}
        last: dict = {}
        outcome, reason, http_status = "cut", "client_disconnected", 200
        try:
            async for chunk in chunks:
                last = chunk
                for choice in chunk.get("choices") or ():
                    delta = choice.get("delta") or {}
                    piece = delta.get("content")
                    if piece:
                        index = choice.get("index", 0)
                        texts.setdefault(index, []).append(piece)
                        if index not in restorers:
                            restorers[index] = self._guard.restorer(guarded)
                        if restorers[index] is not None:
                            delta["content"] = restorers[index].feed(piece)
                        sent.setdefault(index, []).append(delta["content"])
                if chunk.get("usage"):
                    usage = chunk["usage"]
                    if not chunk.get("choices") and not request.include_usage:
                        continue
                yield b"data: " + jsonio.dumps(chunk) + b"\n\n"
            for index, restorer in restorers.items():
                rest = restorer.flush() if restorer is not None else ""
                if rest:
                    sent.setdefault(index, []).append(rest)
                    yield b"data: " + jsonio.dumps({**_shell(last), "choices": [
                        {"index": index, "delta": {"content": rest}, "finish_reason": None}]}) + b"\n\n"
            outcome, reason = "inferred", None
        except UpstreamError as exc:
            outcome, reason, http_status = "rejected", exc.reason, exc.status
            self._metrics.upstream_error(request.model, exc.reason)
        finally:
            event = self._event(
                EventType.model_call_completed, caller, ctx, request, route=route, status=outcome,
                reason=reason, http_status=http_status, usage=usage,
                response_body={"choices": [{"index": i, "content": "".join(t)} for i, t in sent.items()]})
            if outcome == "cut":
                # The consumer is gone (cancelled): record without blocking the teardown.
                task = asyncio.get_running_loop().create_task(self._append_quietly(event))
                self._background.add(task)
                task.add_done_callback(self._background.discard)
        try:
            in_output = await asyncio.to_thread(self._guard.scan_only, guarded,
                                                "".join(t for parts in texts.values() for t in parts))
        except Exception as exc:  # noqa: BLE001 - the text is already sent; say the scan did not happen
            log.error("outbound scan failed: %s", type(exc).__name__)
            in_output = {"UNSCANNED": 1}
        output = self._output_detail(guarded, ["".join(t) for t in texts.values()], in_output)
        if output:
            event.detail = {**(event.detail or {}), **output}
        try:
            await self._append(event)
        except ApiError as exc:  # headers are gone: say it in the closing chunk instead
            outcome, reason = "rejected", exc.code
        tail = {**_shell(last), "choices": [], "radgate": radgate_object(ctx.request_id, route, outcome, reason)}
        tail["radgate"]["prompt_template"] = request.prompt_ref
        if self._guard.enabled:
            tail["radgate"]["redaction"] = redaction_report(guarded, in_output)
        if outcome != "inferred":
            message = ("the audit store could not record the end of this stream"
                       if reason == "audit_unavailable" else "upstream model failed mid-stream")
            tail["error"] = {"message": message, "type": "upstream_error", "code": reason}
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
                                exc: ApiError, detail: dict | None = None) -> None:
        await self._append(AuditEvent(
            event_type=EventType.model_call_rejected, request_id=ctx.request_id,
            actor_key_id=caller.key_id, actor_name=caller.name, actor_role=caller.role,
            source_ip=ctx.source_ip, model_alias=model, status="rejected", reason=exc.code,
            http_status=exc.status, latency_ms=(time.perf_counter() - ctx.started) * 1000,
            model_version=exc.model_version, detail=detail))

    def _event(self, kind: EventType, caller: Principal, ctx: CallContext, request: ChatRequest, *,
               route: Route | None = None, status: str | None = None, reason: str | None = None,
               http_status: int | None = None, request_body: Any = None, response_body: Any = None,
               usage: dict | None = None, extra: dict | None = None) -> AuditEvent:
        usage = usage or {}
        meta = request.metadata
        return AuditEvent(
            event_type=kind, request_id=ctx.request_id, actor_key_id=caller.key_id,
            actor_name=caller.name, actor_role=caller.role, source_ip=ctx.source_ip,
            model_alias=request.model, backend=route.backend if route else None,
            model_version=route.version if route else None, status=status, reason=reason,
            prompt_template=request.prompt_ref,
            http_status=http_status, stream=request.stream,
            prompt_tokens=usage.get("prompt_tokens"), completion_tokens=usage.get("completion_tokens"),
            latency_ms=(time.perf_counter() - ctx.started) * 1000 if kind != EventType.model_call_started
            else None,
            request_body=request_body, response_body=response_body,
            detail=extra or None, on_behalf_of=meta.on_behalf_of, purpose_of_use=meta.purpose_of_use,
            site=meta.site, study={k: v for k, v in asdict(meta.study).items() if v is not None} or None,
            identifiers={k: [v] for k, v in meta.patient.items()} if meta.patient else None)
