"""Governance fixtures: an inventory service on a migrated database, and a running proxy whose stub
models are NOT pre-approved (the shared ``proxy`` fixture pre-approves them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest
from sqlalchemy import text

from audit import SqlAuditWriter
from governance import Actor, GovernanceService, LifecycleState, ModelCreate, TransitionRequest
from radgate.db import create_db_engine, upgrade
from tests.conftest import Proxy, make_settings, start_proxy, write_models_config

STUB_VERSION = "stub-1.0"  # impression-drafter's model_info.version in the test routing config
COMMITTEE = Actor("dr-chair", role="governance")


@dataclass
class Evals:
    """Stands in for ``evals.passing_run``: the (alias, version, prompt ref) runs that passed."""

    passing: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def __call__(self, alias: str, version: str, ref: str) -> dict | None:
        run = self.passing.get((alias, version, ref))
        return {"run_id": run} if run else None

    def pass_(self, alias: str, version: str, ref: str) -> str:
        run = self.passing[(alias, version, ref)] = uuid.uuid4().hex[:12]
        return run


@dataclass
class Inventory:
    service: GovernanceService
    evals: Evals
    engine: object

    def register(self, alias: str = "impression-drafter", version: str = STUB_VERSION, **fields) -> str:  # noqa: ANN003
        data = {"backend": "openai/stub", "intended_purpose": "draft impressions for radiologist review",
                "regulatory_status": "foundation_model", **fields}
        return self.service.register(ModelCreate(alias=alias, version=version, **data), COMMITTEE).id

    def move(self, model_id: str, to: str, *prompts: str, rationale: str = "committee decision, minutes 12") -> None:
        self.service.transition(model_id, TransitionRequest(to_state=LifecycleState(to), rationale=rationale,
                                                            prompt_refs=list(prompts)), COMMITTEE)

    def audit(self, event_type: str) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(
                "SELECT * FROM audit_events WHERE event_type = :t ORDER BY seq"), {"t": event_type}).mappings()]


def _inventory(settings) -> Inventory:  # noqa: ANN001
    engine = create_db_engine(settings)
    evals = Evals()
    return Inventory(GovernanceService(engine, SqlAuditWriter(engine), acceptance=evals), evals, engine)


@pytest.fixture
def inventory(database_url, tmp_path):  # noqa: ANN001, ANN201
    settings = make_settings(database_url, tmp_path / "unused.yaml")
    upgrade(settings)
    inv = _inventory(settings)
    yield inv
    inv.engine.dispose()


@pytest.fixture
def gov(database_url, stub, tmp_path):  # noqa: ANN001, ANN201
    """A running proxy in front of the stub, nothing registered in its inventory, and that inventory."""
    settings = make_settings(database_url, write_models_config(tmp_path / "models.yaml", stub.base_url),
                             redaction_enabled=False)
    server, handle = start_proxy(settings, approve_models=False)
    inv = _inventory(settings)
    with server:
        handle.url = server.url
        yield handle, inv
    inv.engine.dispose()


__all__ = ["COMMITTEE", "STUB_VERSION", "Inventory", "Proxy"]
