"""The stub upstream ASGI app: behaviour knobs, request directives and the call log."""


from __future__ import annotations

import asyncio
import dataclasses
import itertools
import json
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any


try:  # orjson is optional: roughly halves JSON cost when present.
    import orjson

    _loads: Callable[[bytes], Any] = orjson.loads
    _dumps: Callable[[Any], bytes] = orjson.dumps
except ImportError:  # pragma: no cover - depends on the environment
    _encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    _loads = json.loads

    def _dumps(obj: Any) -> bytes:
        return _encoder.encode(obj).encode()


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEFAULT_CONTENT = (
    "IMPRESSION: 1. No acute cardiopulmonary process. 2. Stable 4 mm right upper lobe "
    "pulmonary nodule, unchanged from prior; no further follow-up is required. "
    "3. Mild degenerative changes of the thoracic spine."
)
CONFIG_ENV_VAR = "RADGATE_STUB_CONFIG"  # carries CLI settings into uvicorn worker processes

_CHAT_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})
_DIRECTIVE = re.compile(r"\[\[stub:([a-z_]+)(?:=([^\]]*))?\]\]")
_WORD = re.compile(r"\s*\S+|\s+")  # a word with the spaces before it
_JSON_HEADERS = [(b"content-type", b"application/json")]
_SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]


@dataclass
class StubConfig:
    """Behaviour of a `StubUpstream`; mutate it between requests to change behaviour."""

    chunks: int = 20  # content chunks per streamed answer
    content: str = DEFAULT_CONTENT  # answer text, unless echo is on
    echo: bool = False  # answer with the text of the last user message
    delay_s: float = 0.0  # wait before the response starts (upstream timeout tests)
    chunk_delay_s: float = 0.0  # wait between streamed chunks
    error_status: int | None = None  # answer chat completions with this HTTP status
    error_times: int | None = None  # how many requests get error_status; None: all
    abort_stream_after: int | None = None  # drop the connection after N content chunks
    require_api_key: str | None = None  # answer 401 unless "Authorization: Bearer <key>"
    models: tuple[str, ...] = ("stub",)  # ids listed by GET /v1/models
    record_calls: bool = True  # keep a call log (turn off for long benchmarks)
    max_recorded: int = 10_000  # the call log keeps the newest N requests


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the stub received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON, or the raw bytes when the body was not JSON
    received_at: float = field(default_factory=time.time)


@dataclass
class _Plan:
    """What to do for one chat completion: the config with request directives applied."""

    status: int | None
    delay_s: float
    chunk_delay_s: float
    chunks: int
    echo: bool
    abort_after: int | None


class StubUpstream:
    """ASGI app imitating an OpenAI-compatible server; holds its config and call log."""

    def __init__(self, config: StubConfig | None = None) -> None:
        self.config = config if config is not None else StubConfig()
        self._initial = dataclasses.replace(self.config)
        self._lock = threading.Lock()
        self._log: deque[RecordedRequest] = deque(maxlen=self.config.max_recorded)
        self._ids = itertools.count(1)
        self._id_prefix = secrets.token_hex(4)

    # --- call log (read from the test's thread while the server thread writes) ---

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received (all paths), oldest first."""
        with self._lock:
            return list(self._log)

    @property
    def calls(self) -> list[Any]:
        """Bodies of the chat completion requests received, oldest first."""
        return [r.body for r in self.requests if r.path in _CHAT_PATHS]

    def reset(self, config: StubConfig | None = None) -> None:
        """Clear the call log and restore the initial (or the given) config."""
        self.config = config if config is not None else dataclasses.replace(self._initial)
        with self._lock:
            self._log = deque(maxlen=self.config.max_recorded)

    def wait_for_calls(self, count: int, timeout_s: float = 5.0) -> list[Any]:
        """Block until `count` chat completions arrived; raise TimeoutError otherwise."""
        deadline = time.monotonic() + timeout_s
        while True:
            calls = self.calls
            if len(calls) >= count:
                return calls
            if time.monotonic() >= deadline:
                raise TimeoutError(f"stub received {len(calls)} of {count} expected calls")
            time.sleep(0.01)

    def _record(self, scope: Scope, body: Any) -> None:
        if not self.config.record_calls:
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        entry = RecordedRequest(scope["method"], scope["path"], headers, body)
        with self._lock:
            self._log.append(entry)

    def _take_error_status(self, requested: int | None) -> int | None:
        if requested is not None:
            return requested
        with self._lock:
            cfg = self.config
            if cfg.error_status is None:
                return None
            if cfg.error_times is None:
                return cfg.error_status
            status = cfg.error_status if cfg.error_times > 0 else None
            cfg.error_times -= 1
            if cfg.error_times <= 0:
                cfg.error_status, cfg.error_times = None, None
            return status

    # --- ASGI ---

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan and websockets: nothing to do
            return
        method, path = scope["method"], scope["path"]
        if path in _CHAT_PATHS and method == "POST":
            await self._chat_completions(scope, receive, send)
        elif path == "/health" and method == "GET":
            self._record(scope, None)
            await _send_json(send, 200, {"status": "ok"})
        elif path in ("/v1/models", "/models") and method == "GET":
            self._record(scope, None)
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "stub"}
                    for m in self.config.models]
            await _send_json(send, 200, {"object": "list", "data": data})
        else:
            await _send_error(send, 404, f"no route {method} {path}", "not_found_error")

    async def _chat_completions(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = await _read_body(receive)
        try:
            body = _loads(raw)
        except ValueError:
            self._record(scope, raw)
            await _send_error(send, 400, "request body is not valid JSON", "invalid_request_error")
            return
        self._record(scope, body)
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list) or not messages:
            await _send_error(send, 400, "'messages' must be a non-empty list",
                              "invalid_request_error")
            return
        cfg = self.config
        if cfg.require_api_key is not None and not _has_bearer(scope, cfg.require_api_key):
            await _send_error(send, 401, "Incorrect API key provided", "invalid_request_error",
                              code="invalid_api_key")
            return
        try:
            plan = self._plan(messages)
        except ValueError as exc:
            await _send_error(send, 400, f"bad [[stub:...]] directive: {exc}",
                              "invalid_request_error")
            return
        if not await _sleep_unless_disconnected(receive, plan.delay_s):
            return
        if plan.status is not None:
            await _send_error(send, plan.status, f"stub upstream error (HTTP {plan.status})",
                              "server_error" if plan.status >= 500 else "invalid_request_error")
            return
        text = _last_user_text(messages) if plan.echo else cfg.content
        model = body.get("model") or "stub"
        completion_id = f"chatcmpl-stub{self._id_prefix}{next(self._ids)}"
        usage = _usage(messages, text)
        if body.get("stream"):
            options = body.get("stream_options") or {}
            await self._stream(send, receive, plan, completion_id, model, text,
                               usage if options.get("include_usage") else None)
        else:
            await _send_json(send, 200, {
                "id": completion_id, "object": "chat.completion", "created": int(time.time()),
                "model": model, "system_fingerprint": "stub",
                "choices": [{"index": 0, "logprobs": None, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}],
                "usage": usage,
            })

    def _plan(self, messages: list[Any]) -> _Plan:
        cfg = self.config
        found: dict[str, str] = {}
        for message in messages:
            text = _text_of(message)
            if "[[stub:" in text:
                found.update((k, v or "") for k, v in _DIRECTIVE.findall(text))
        plan = _Plan(
            status=int(found["status"]) if "status" in found else None,
            delay_s=float(found.get("delay", cfg.delay_s)),
            chunk_delay_s=float(found.get("chunk_delay", cfg.chunk_delay_s)),
            chunks=max(1, int(found.get("chunks", cfg.chunks))),
            echo="echo" in found or cfg.echo,
            abort_after=(int(found["abort_after"]) if "abort_after" in found
                         else cfg.abort_stream_after),
        )
        plan.status = self._take_error_status(plan.status)  # after parsing: a bad one costs none
        return plan

    async def _stream(self, send: Send, receive: Receive, plan: _Plan, completion_id: str,
                      model: str, text: str, usage: dict[str, int] | None) -> None:
        base = {"id": completion_id, "object": "chat.completion.chunk",
                "created": int(time.time()), "model": model, "system_fingerprint": "stub"}
        if usage is not None:
            base["usage"] = None  # as OpenAI does: null on every chunk but the last

        def event(choices: list[Any], **extra: Any) -> bytes:
            return b"data: " + _dumps({**base, "choices": choices, **extra}) + b"\n\n"

        await send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS})
        for i, piece in enumerate(_split(text, plan.chunks)):
            if plan.abort_after is not None and i >= plan.abort_after:
                return  # uvicorn closes the connection of an unfinished response
            if i and not await _sleep_unless_disconnected(receive, plan.chunk_delay_s):
                return
            delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
            chunk = event([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}])
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        tail = event([{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}])
        if usage is not None:
            tail += event([], usage=usage)
        await send({"type": "http.response.body", "body": tail + b"data: [DONE]\n\n"})


# --- helpers -------------------------------------------------------------------------

async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(parts)


async def _sleep_unless_disconnected(receive: Receive, seconds: float) -> bool:
    """Wait `seconds`; return False early if the client hung up (e.g. a proxy timeout)."""
    if seconds <= 0:
        return True
    waiter = asyncio.ensure_future(receive())  # after the body, only http.disconnect comes
    try:
        done, _ = await asyncio.wait({waiter}, timeout=seconds)
    finally:
        waiter.cancel()
    return not done


async def _send_json(send: Send, status: int, payload: Any) -> None:
    await send({"type": "http.response.start", "status": status, "headers": _JSON_HEADERS})
    await send({"type": "http.response.body", "body": _dumps(payload)})


async def _send_error(send: Send, status: int, message: str, kind: str,
                      code: str | None = None) -> None:
    error = {"message": message, "type": kind, "param": None, "code": code}
    await _send_json(send, status, {"error": error})


def _has_bearer(scope: Scope, key: str) -> bool:
    for name, value in scope["headers"]:
        if name == b"authorization":
            return value[:7].lower() == b"bearer " and value[7:] == key.encode()
    return False


def _text_of(message: Any) -> str:
    content = message.get("content") if isinstance(message, dict) else None
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: [{"type": "text", "text": ...}, ...]
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _last_user_text(messages: list[Any]) -> str:
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            return _text_of(message)
    return ""


def _split(text: str, pieces: int) -> list[str]:
    """Cut `text` at word boundaries into `pieces` near-equal parts (fewer if it is short)."""
    words = _WORD.findall(text)
    if not words:
        return [text]
    n = len(words)
    pieces = min(pieces, n)
    return ["".join(words[i * n // pieces:(i + 1) * n // pieces]) for i in range(pieces)]


def _usage(messages: list[Any], text: str) -> dict[str, int]:
    # ~4 characters per token: cheap and close enough for accounting tests.
    prompt = sum(len(_text_of(m)) for m in messages) // 4 + 1
    completion = len(text) // 4 + 1
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


