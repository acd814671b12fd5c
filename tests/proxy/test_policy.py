"""Default-deny authorization: every route is public by name or guarded by a matrix entry."""

from __future__ import annotations

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from proxy.policy import MATRIX, PUBLIC_PATHS, check_routes, iter_routes, route_action


def test_every_route_has_an_entry_in_the_role_matrix(proxy):  # noqa: ANN001
    routes = [r for r in iter_routes(proxy.app.routes) if isinstance(r, APIRoute)]
    assert {r.path for r in routes} >= {"/v1/chat/completions", "/v1/models", "/healthz"}
    for route in routes:
        if route.path in PUBLIC_PATHS:
            continue
        action = route_action(route)
        assert action is not None, f"{route.path} has no authorization dependency"
        assert MATRIX[action], f"{route.path}: action {action} is allowed to no role"


def test_an_unguarded_route_stops_the_app_from_being_built():
    app = FastAPI()
    router = APIRouter()

    @router.get("/v1/audit/records")
    async def leak() -> dict:
        return {}

    app.include_router(router)
    with pytest.raises(RuntimeError, match="no authorization policy"):
        check_routes(app.routes)
