"""JSON errors in the OpenAI shape, plus the RadGate extension object naming the reason."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("radgate.proxy")

_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
          404: "not_found_error", 413: "invalid_request_error", 503: "service_unavailable",
          502: "upstream_error", 504: "upstream_timeout"}


class ApiError(Exception):
    """An error answered to the caller; ``code`` is machine-readable and stable."""

    def __init__(self, status: int, code: str, message: str, *, model_version: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.model_version = model_version


def error_payload(status: int, code: str, message: str, request_id: str | None,
                  model_version: str | None = None) -> dict:
    return {
        "error": {"message": message, "type": _TYPES.get(status, "api_error"), "code": code},
        "radgate": {"request_id": request_id, "model_version": model_version,
                    "status": "rejected", "reason": code},
    }


def request_id_of(request: Request) -> str | None:
    return request.scope.get("state", {}).get("request_id")


def error_response(request: Request, status: int, code: str, message: str,
                   model_version: str | None = None) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(error_payload(status, code, message, request_id_of(request), model_version),
                        status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(request, exc.status, exc.code, exc.message, exc.model_version)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Only locations and messages: the offending input may contain PHI.
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(request, 400, "invalid_request", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled %s on %s", type(exc).__name__, request.scope.get("path"))
        return error_response(request, 500, "internal_error", "internal error")
