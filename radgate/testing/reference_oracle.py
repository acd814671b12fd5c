"""A demonstration stand-in for a model: it answers every draft request with gold reference text.

It is NOT a model. It exists so that the governance walk-through (README) and the eval tests can show
an acceptance run that passes: for each chat completion it picks the gold case whose findings share the
most words with the prompt (Jaccard overlap of word sets, so reordered or reworded findings still match)
and answers with that case's reference impression, verbatim. `radgate demo-oracle` serves it.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

DEFAULT_MODEL = "reference-oracle"
MAX_BODY_BYTES = 1024 * 1024
_WORDS = re.compile(r"[a-z]+")
_CHAT_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})
_MODELS_PATHS = frozenset({"/v1/models", "/models"})
_JSON = [(b"content-type", b"application/json")]


class ReferenceOracle:
    """ASGI app: an OpenAI-compatible upstream that answers with the gold reference of the best-matching case."""

    def __init__(self, gold: Path | str, *, model: str = DEFAULT_MODEL, max_recorded: int = 10_000) -> None:
        from evals import load_gold  # late: evals pulls in the lexicon, which only this class needs

        self.model = model
        self.cases = [(set(_WORDS.findall(c.source["findings"].lower())), c.reference)
                      for c in load_gold(gold) if c.reference]
        if not self.cases:
            raise ValueError(f"{gold}: no gold case has a reference text to answer with")
        self._lock = threading.Lock()
        self._log: deque[dict] = deque(maxlen=max_recorded)

    @property
    def requests(self) -> list[dict]:
        """The chat completion bodies received, oldest first (the newest `max_recorded`)."""
        with self._lock:
            return list(self._log)

    def answer(self, text: str) -> str:
        """The reference text of the case whose findings overlap `text` the most."""
        words = set(_WORDS.findall(text.lower()))
        return max(self.cases, key=lambda c: len(c[0] & words) / (len(c[0] | words) or 1))[1]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        if method == "GET" and path in {"/health", "/healthz"}:
            return await _json(send, 200, {"status": "ok", "model": self.model})
        if method == "GET" and path in _MODELS_PATHS:
            return await _json(send, 200, {"object": "list", "data": [
                {"id": self.model, "object": "model", "created": 0, "owned_by": "radgate-demo"}]})
        if path not in _CHAT_PATHS:
            return await _error(send, 404, "not_found", "unknown route")
        if method != "POST":
            return await _error(send, 405, "method_not_allowed", "use POST")
        raw = await _read_body(receive)
        if raw is None:
            return await _error(send, 413, "body_too_large", f"request body over {MAX_BODY_BYTES} bytes")
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return await _error(send, 400, "invalid_json", "request body is not JSON")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return await _error(send, 400, "invalid_request", "'messages' must be a list")
        with self._lock:
            self._log.append(body)
        prompt = " ".join(_text(m.get("content")) for m in body["messages"]
                          if isinstance(m, dict) and m.get("role") == "user")
        text = self.answer(prompt)
        model = body.get("model") or self.model
        usage = {"prompt_tokens": len(prompt) // 4 + 1, "completion_tokens": len(text) // 4 + 1,
                 "total_tokens": (len(prompt) + len(text)) // 4 + 2}
        if body.get("stream"):
            return await _stream(send, model, text, usage)
        await _json(send, 200, {
            "id": "chatcmpl-oracle", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
            "usage": usage})


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: keep the text ones
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


async def _read_body(receive: Receive) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _json(send: Send, status: int, payload: dict) -> None:
    await send({"type": "http.response.start", "status": status, "headers": _JSON})
    await send({"type": "http.response.body", "body": json.dumps(payload).encode()})


async def _error(send: Send, status: int, code: str, message: str) -> None:
    await _json(send, status, {"error": {"message": message, "type": "invalid_request_error", "code": code}})


async def _stream(send: Send, model: str, text: str, usage: dict) -> None:
    def event(delta: dict, finish: str | None, **extra: Any) -> bytes:
        chunk = {"id": "chatcmpl-oracle", "object": "chat.completion.chunk", "created": int(time.time()),
                 "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
        return b"data: " + json.dumps(chunk).encode() + b"\n\n"

    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]})
    for part in (event({"role": "assistant", "content": text}, None), event({}, "stop", usage=usage),
                 b"data: [DONE]\n\n"):
        await send({"type": "http.response.body", "body": part, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


def serve(gold: Path | str, host: str = "127.0.0.1", port: int = 8082) -> None:
    """Serve a `ReferenceOracle` with uvicorn until interrupted (`radgate demo-oracle`)."""
    import uvicorn

    app = ReferenceOracle(gold, max_recorded=0)  # a long-running demo keeps no call log
    uvicorn.run(app, host=host, port=port, lifespan="off", log_config=None, access_log=False, server_header=False)
