"""HTTP layer: OpenAI-compatible routes over an EmbeddedModel. The work happens in `_generate`."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ._generate import DEFAULT_MODEL_NAME, EmbeddedModel, Prompt, PromptTooLong, load_model
from ._protocol import (
    ChatCompletionRequest,
    UnsupportedContent,
    chunk_body,
    completion_body,
    error_body,
    models_body,
    new_completion_id,
    usage_body,
)

logger = logging.getLogger(__name__)
router = APIRouter()


def _served_model(request: Request) -> EmbeddedModel:
    return request.app.state.model


ModelDep = Annotated[EmbeddedModel, Depends(_served_model)]


def create_app(model: EmbeddedModel) -> FastAPI:
    """ASGI app serving `model` under the OpenAI chat-completions API."""
    app = FastAPI(title="RadGate embedded model server", openapi_url=None, docs_url=None, redoc_url=None)
    app.state.model = model
    app.state.created = int(time.time())
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
    app.include_router(router)
    return app


def serve(
    host: str,
    port: int,
    cache_dir: str | os.PathLike[str],
    model_name: str = DEFAULT_MODEL_NAME,
    log_level: str = "info",
) -> None:
    """Load (converting on first run) and serve the model with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(load_model(cache_dir, model_name)), host=host, port=port, log_level=log_level)


@router.get("/health")
async def health(model: ModelDep) -> dict[str, str]:
    return {"status": "ok", "model": model.name}


@router.get("/v1/models")
async def list_models(request: Request, model: ModelDep) -> dict[str, Any]:
    return models_body(model.name, request.app.state.created)


@router.post("/v1/chat/completions")
async def chat_completions(body: ChatCompletionRequest, model: ModelDep):
    if body.model != model.name:
        message = f"The model '{body.model}' does not exist; this server serves '{model.name}'."
        return _error(404, message, code="model_not_found", param="model")
    try:
        messages = body.chat_messages()
    except UnsupportedContent as exc:
        return _error(400, str(exc), code="unsupported_content", param="messages")
    try:
        prompt = await anyio.to_thread.run_sync(model.prepare, messages, body.sampling_params())
    except PromptTooLong as exc:
        return _error(400, str(exc), code="context_length_exceeded", param="messages")

    completion_id = new_completion_id()
    if body.stream:
        events = _sse_events(model, prompt, completion_id, body.include_usage)
        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        return StreamingResponse(events, media_type="text/event-stream", headers=headers)
    completion = await anyio.to_thread.run_sync(model.complete, prompt)
    return completion_body(completion_id, model.name, completion)


async def _sse_events(model: EmbeddedModel, prompt: Prompt, completion_id: str, include_usage: bool) -> AsyncIterator[str]:
    created = int(time.time())
    cancel = threading.Event()
    stream = model.stream(prompt, cancel)
    try:
        yield _event(chunk_body(completion_id, created, model.name, delta={"role": "assistant", "content": ""}))
        # abandon_on_cancel: a client that disconnects is let go at once; `cancel` then stops the
        # worker within one token and the abandoned `next` returns.
        while (piece := await anyio.to_thread.run_sync(next, stream, None, abandon_on_cancel=True)) is not None:
            yield _event(chunk_body(completion_id, created, model.name, delta={"content": piece}))
        completion = stream.completion
        assert completion is not None  # set once the stream is exhausted
        yield _event(chunk_body(completion_id, created, model.name, finish_reason=completion.finish_reason))
        if include_usage:
            yield _event(chunk_body(completion_id, created, model.name, usage=usage_body(completion)))
    except Exception as exc:  # noqa: BLE001
        # Headers are already sent: report in-band, the way OpenAI does, without internals
        # (and without a traceback in the log: exception text can quote the prompt).
        logger.error("generation failed mid-stream (%s): %s", completion_id, type(exc).__name__)
        yield _event(error_body("The model failed while generating.", "server_error", "internal_error"))
    finally:
        cancel.set()
    yield "data: [DONE]\n\n"


def _event(body: dict[str, Any]) -> str:
    return f"data: {json.dumps(body, separators=(',', ':'))}\n\n"


def _error(status: int, message: str, type_: str = "invalid_request_error", code: str | None = None, param=None):
    return JSONResponse(error_body(message, type_, code, param), status_code=status)


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    # Only locations and messages: pydantic's `input` would echo request text (possibly PHI).
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    parts = [f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}" for e in errors[:5]]
    return _error(400, "Invalid request: " + ("; ".join(parts) or "malformed body"), code="invalid_request")


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    detail = exc.detail if isinstance(exc, StarletteHTTPException) else "error"
    type_ = "invalid_request_error" if status < 500 else "server_error"
    return _error(status, str(detail), type_, code=str(status))


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    # Starlette re-raises after this response is sent, so uvicorn logs the traceback once.
    return _error(500, "Internal server error.", "server_error", code="internal_error")
