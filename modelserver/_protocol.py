"""OpenAI chat-completions wire format: request schema, response and error bodies."""

from __future__ import annotations

import time
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ._generate import Completion, SamplingParams

DEFAULT_MAX_TOKENS = 128
MAX_TOKENS_CAP = 512
# Content part types that carry something other than text; this model only reads text.
_NON_TEXT_PARTS = {"image_url", "input_image", "input_audio", "file", "image", "audio"}


class UnsupportedContent(ValueError):
    """A message carries content this text-only model cannot read."""


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[ContentPart] | None = None


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="ignore")

    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    # Unknown OpenAI fields (user, metadata, logit_bias, ...) are accepted and ignored.
    model_config = ConfigDict(extra="ignore")

    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    seed: int | None = None
    stop: str | Annotated[list[str], Field(max_length=4)] | None = None
    n: int = Field(default=1, ge=1, le=1)
    stream: bool = False
    stream_options: StreamOptions | None = None

    def sampling_params(self) -> SamplingParams:
        requested = self.max_completion_tokens or self.max_tokens or DEFAULT_MAX_TOKENS
        stops = [self.stop] if isinstance(self.stop, str) else list(self.stop or [])
        return SamplingParams(
            max_tokens=min(requested, MAX_TOKENS_CAP),
            temperature=1.0 if self.temperature is None else self.temperature,
            top_p=1.0 if self.top_p is None else self.top_p,
            seed=self.seed,
            stop=tuple(s for s in stops if s),
        )

    def chat_messages(self) -> list[dict[str, str]]:
        """Messages as the chat template expects them: a role and one text string each."""
        out = []
        for i, message in enumerate(self.messages):
            role = "system" if message.role == "developer" else message.role
            out.append({"role": role, "content": _text_of(message.content, i)})
        return out

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


def _text_of(content: str | list[ContentPart] | None, index: int) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    texts = []
    for part in content:
        if part.type == "text" and part.text is not None:
            texts.append(part.text)
        elif part.type in _NON_TEXT_PARTS:
            raise UnsupportedContent(f"messages[{index}]: '{part.type}' content is not supported; this model is text-only")
        else:
            raise UnsupportedContent(f"messages[{index}]: unknown content part type '{part.type}'")
    return "\n".join(texts)


def error_body(message: str, type_: str = "invalid_request_error", code: str | None = None, param: str | None = None):
    return {"error": {"message": message, "type": type_, "code": code, "param": param}}


def new_completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def usage_body(c: Completion) -> dict[str, int]:
    total = c.prompt_tokens + c.completion_tokens
    return {"prompt_tokens": c.prompt_tokens, "completion_tokens": c.completion_tokens, "total_tokens": total}


def completion_body(completion_id: str, model: str, c: Completion) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": c.text},
                "logprobs": None,
                "finish_reason": c.finish_reason,
            }
        ],
        "usage": usage_body(c),
    }


def chunk_body(
    completion_id: str,
    created: int,
    model: str,
    delta: dict[str, str] | None = None,
    finish_reason: str | None = None,
    usage: dict[str, int] | None = None,
) -> dict[str, Any]:
    """One `chat.completion.chunk`; with `usage` it is the trailing usage-only chunk (no choices)."""
    body: dict[str, Any] = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model}
    if usage is not None:
        body |= {"choices": [], "usage": usage}
    else:
        body["choices"] = [{"index": 0, "delta": delta or {}, "logprobs": None, "finish_reason": finish_reason}]
    return body


def models_body(model: str, created: int) -> dict[str, Any]:
    return {"object": "list", "data": [{"id": model, "object": "model", "created": created, "owned_by": "radgate"}]}
