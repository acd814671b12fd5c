"""Authorization: one policy dependency per route and the role x action matrix. Default deny."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Request

from audit import AuditEvent, AuditUnavailable, EventType
from radgate.auth import Principal, Role, key_prefix

from proxy.errors import ApiError


class Action(StrEnum):
    chat_completions = "chat.completions"
    models_list = "models.list"
    audit_search = "audit.search"
    audit_phi = "audit.phi"
    audit_export = "audit.export"
    governance_read = "governance.models.read"
    governance_write = "governance.models.write"
    governance_transition = "governance.models.transition"
    feedback_submit = "feedback.submit"
    monitoring_read = "monitoring.read"


# Who may do what. A route whose action is missing here cannot be built (see ``check_routes``).
MATRIX: dict[Action, frozenset[Role]] = {
    Action.chat_completions: frozenset({Role.reporting}),
    Action.models_list: frozenset({Role.reporting, Role.governance, Role.admin}),
    Action.audit_search: frozenset({Role.compliance}),
    Action.audit_phi: frozenset({Role.compliance}),
    Action.audit_export: frozenset({Role.compliance}),
    Action.governance_read: frozenset({Role.governance, Role.admin}),
    Action.governance_write: frozenset({Role.governance}),
    Action.governance_transition: frozenset({Role.governance}),
    Action.feedback_submit: frozenset({Role.reporting}),
    Action.monitoring_read: frozenset({Role.governance}),
}

# Routes reachable without a key: probes and metrics (no PHI, cluster-internal scrape).
PUBLIC_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def _bearer(request: Request) -> str | None:
    value = request.headers.get("authorization")
    if not value or not value.startswith("Bearer "):
        return None
    return value[7:].strip()


class Authorize:
    """Dependency: authenticate the key (401), then check the role for ``action`` (403)."""

    def __init__(self, action: Action) -> None:
        self.action = action

    async def __call__(self, request: Request) -> Principal:
        services = request.app.state.services
        presented = _bearer(request)
        principal = await services.keys.authenticate_async(presented)
        if principal is None:
            await _record_failed_login(services, request, presented)
            raise ApiError(401, "invalid_api_key", "missing, invalid, expired or revoked API key")
        if principal.role not in MATRIX.get(self.action, frozenset()):
            raise ApiError(403, "role_not_permitted",
                           f"role '{principal.role}' may not perform '{self.action}'")
        request.scope.setdefault("state", {})["principal"] = principal
        return principal


async def _record_failed_login(services, request: Request, presented: str | None) -> None:  # noqa: ANN001
    """HIPAA asks for failed log-ins too. Only the key's public prefix is kept, never the value."""
    prefix = key_prefix(presented)
    client = request.scope.get("client")
    event = AuditEvent(event_type=EventType.auth_failed, request_id=request.scope["state"]["request_id"],
                       source_ip=client[0] if client else None, status="rejected",
                       reason="invalid_api_key", http_status=401,
                       detail={"key_prefix": prefix, "path": request.scope.get("route").path
                               if request.scope.get("route") else None})
    try:
        await services.audit.append(event)
    except AuditUnavailable:
        services.metrics.audit_failure()  # the request is refused either way


def caller(action: Action):  # noqa: ANN201 - returns an Annotated alias
    return Annotated[Principal, Depends(Authorize(action))]


def route_action(route) -> Action | None:  # noqa: ANN001
    """The Action a route is guarded by, found in its dependency tree."""
    stack = list(route.dependant.dependencies)
    while stack:
        dep = stack.pop()
        if isinstance(dep.call, Authorize):
            return dep.call.action
        stack.extend(dep.dependencies)
    return None


# FastAPI's own documentation routes (served in development only).
_DOC_PATHS = frozenset({"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"})


def iter_routes(routes):  # noqa: ANN001, ANN201
    """Every endpoint route, descending into included routers."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from iter_routes(included.routes)
        else:
            yield route


def check_routes(routes) -> None:  # noqa: ANN001
    """Refuse to build an app with a route that is neither public nor in the matrix."""
    from fastapi.routing import APIRoute

    for route in iter_routes(routes):
        path = getattr(route, "path", repr(route))
        if path in PUBLIC_PATHS:
            continue
        if not isinstance(route, APIRoute):
            if path in _DOC_PATHS:
                continue
            raise RuntimeError(f"route {path} is not an API route and has no authorization policy")
        action = route_action(route)
        if action is None or action not in MATRIX:
            raise RuntimeError(f"route {path} has no authorization policy")
