"""A loopback stand-in for an LLM judge: it answers ragas' structured prompts with valid JSON.

It is NOT a judge. Tests put it where a remote judge model would sit (behind the proxy) so that the
whole path (ragas -> instructor -> openai client -> RadGate proxy -> upstream) runs for real and only the
remote model is faked. It reads the output schema the prompt asks for and answers deterministically:

- statement / claim decomposition (`StatementGeneratorOutput`, `ClaimDecompositionOutput`): one item per
  sentence of the text;
- verdicts (`NLIStatementOutput`): 1 when every content word of a statement occurs in the context, else 0.

`garbage_when`: when the prompt's input contains this text, the answer is prose, not JSON (a judge whose
answer cannot be parsed).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

GARBAGE = "I have read the statements carefully and I think most of them are probably fine."
_INPUT_MARKER = "Now perform the same with the following input\ninput: "
_SCHEMA_TITLE = re.compile(r'"title":\s*"(StatementGeneratorOutput|ClaimDecompositionOutput|NLIStatementOutput)"')
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORDS = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an and are as at be by for from has have in is it its of on or the there this to was were "
                  "with no not".split())
_CHAT_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})
_JSON = [(b"content-type", b"application/json")]


def sentences(text: str) -> list[str]:
    """Sentences with letters in them ("1." list numbers dropped)."""
    parts = (p.strip() for p in _SENTENCES.split(text or ""))
    return [re.sub(r"^\d+[.)]\s*", "", p) for p in parts if re.search(r"[A-Za-z]", p)]


def supported(statement: str, context: str) -> bool:
    """Every content word of the statement occurs in the context (a crude, deterministic entailment)."""
    context_words = set(_WORDS.findall(context.lower()))
    words = [w for w in _WORDS.findall(statement.lower()) if w not in _STOP]
    return bool(words) and all(w in context_words for w in words)


class JudgeStub:
    """ASGI app: an OpenAI-compatible upstream answering ragas' judge prompts; keeps a call log."""

    def __init__(self, *, model: str = "judge-stub", garbage_when: str | None = None,
                 max_recorded: int = 10_000) -> None:
        self.model = model
        self.garbage_when = garbage_when
        self._lock = threading.Lock()
        self._log: deque[dict] = deque(maxlen=max_recorded)
        self.garbage_answers = 0

    @property
    def requests(self) -> list[dict]:
        with self._lock:
            return list(self._log)

    def answer(self, prompt: str) -> str:
        """The JSON text a judge following the prompt's schema would return (or prose, see garbage_when)."""
        title = _SCHEMA_TITLE.search(prompt)
        data = json.loads(prompt.split(_INPUT_MARKER, 1)[1].rsplit("\nOutput:", 1)[0]) \
            if _INPUT_MARKER in prompt else {}
        if self.garbage_when and self.garbage_when in json.dumps(data):
            with self._lock:
                self.garbage_answers += 1
            return GARBAGE
        kind = title.group(1) if title else None
        if kind == "StatementGeneratorOutput":
            return json.dumps({"statements": sentences(data.get("answer", ""))})
        if kind == "ClaimDecompositionOutput":
            return json.dumps({"claims": sentences(data.get("response", ""))})
        if kind == "NLIStatementOutput":
            context = data.get("context", "")
            return json.dumps({"statements": [
                {"statement": s, "reason": "every content word is in the context" if supported(s, context)
                 else "not stated in the context", "verdict": int(supported(s, context))}
                for s in data.get("statements", [])]})
        return GARBAGE

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        if method == "GET" and path in ("/v1/models", "/models"):
            return await _json(send, 200, {"object": "list", "data": [
                {"id": self.model, "object": "model", "created": 0, "owned_by": "radgate-test"}]})
        if path not in _CHAT_PATHS or method != "POST":
            return await _json(send, 404, {"error": {"message": "unknown route", "type": "invalid_request_error"}})
        body = json.loads(await _read_body(receive) or b"{}")
        with self._lock:
            self._log.append(body)
        # instructor retries append the failed answer and a correction: the task is in the first user message
        prompt = next((m.get("content") for m in body.get("messages", [])
                       if m.get("role") == "user" and isinstance(m.get("content"), str)), "")
        text = self.answer(prompt)
        await _json(send, 200, {
            "id": "chatcmpl-judge", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model") or self.model,
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": len(prompt) // 4 + 1, "completion_tokens": len(text) // 4 + 1,
                      "total_tokens": (len(prompt) + len(text)) // 4 + 2}})


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(parts)


async def _json(send: Send, status: int, payload: dict) -> None:
    await send({"type": "http.response.start", "status": status, "headers": _JSON})
    await send({"type": "http.response.body", "body": json.dumps(payload).encode()})
