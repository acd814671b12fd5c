"""The inventory and the committee's lifecycle decisions, against SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from audit import SqlAuditWriter
from governance import FREE_TEXT, GovernanceError, GovernanceService, ModelUpdate, TransitionRequest
from tests.governance.conftest import COMMITTEE, STUB_VERSION


def test_a_new_version_starts_proposed_and_its_registration_is_audited(inventory):  # noqa: ANN001
    model_id = inventory.register(ifu="https://intranet/ifu/impression-drafter.pdf", irb_ref="IRB-2026-114")
    model = inventory.service.get(model_id)
    assert model.state == "proposed" and model.approved_prompts == [] and model.irb_ref == "IRB-2026-114"
    [event] = inventory.audit("governance.model_registered")
    assert event["model_version"] == STUB_VERSION and event["actor_name"] == "dr-chair"
    with pytest.raises(GovernanceError) as info:
        inventory.register()
    assert info.value.status == 409


def test_approval_without_a_passing_pre_registered_eval_run_is_refused(inventory):  # noqa: ANN001
    # The production check (evals.passing_run): no eval run of this version exists in the database.
    service = GovernanceService(inventory.engine, SqlAuditWriter(inventory.engine))
    model_id = inventory.register()
    inventory.move(model_id, "sandbox")
    with pytest.raises(GovernanceError) as info:
        service.transition(model_id, TransitionRequest(to_state="approved", rationale="looks fine to us",
                                                       prompt_refs=["findings-to-impression@1"]), COMMITTEE)
    assert info.value.code == "acceptance_not_passed" and "findings-to-impression@1" in info.value.message
    assert inventory.service.get(model_id).state == "sandbox"
    assert [e["detail"]["to_state"] for e in _details(inventory, "governance.transition")] == ["sandbox"]


def test_approval_needs_a_run_for_each_prompt_ref_of_that_exact_version(inventory):  # noqa: ANN001
    model_id = inventory.register()
    inventory.move(model_id, "sandbox")
    run = inventory.evals.pass_("impression-drafter", STUB_VERSION, "findings-to-impression@1")
    inventory.evals.pass_("impression-drafter", "stub-0.9", FREE_TEXT)  # another version's run does not count
    with pytest.raises(GovernanceError, match="free-text"):
        inventory.move(model_id, "approved", "findings-to-impression@1", FREE_TEXT)
    with pytest.raises(GovernanceError) as info:
        inventory.move(model_id, "approved")
    assert info.value.code == "prompt_refs_required"
    inventory.move(model_id, "approved", "findings-to-impression@1")
    model = inventory.service.get(model_id)
    assert model.state == "approved" and model.eval_runs == {"findings-to-impression@1": run}
    assert model.transitions[-1].eval_runs == {"findings-to-impression@1": run}


def test_only_allowed_transitions_and_each_is_audited_with_its_rationale(inventory):  # noqa: ANN001
    model_id = inventory.register()
    with pytest.raises(GovernanceError) as info:
        inventory.move(model_id, "approved", "findings-to-impression@1")  # proposed -> approved skips sandbox
    assert info.value.code == "transition_not_allowed"
    inventory.evals.pass_("impression-drafter", STUB_VERSION, "findings-to-impression@1")
    inventory.move(model_id, "sandbox", rationale="local acceptance testing agreed on 2026-11-02")
    inventory.move(model_id, "approved", "findings-to-impression@1", rationale="passed plan AP-7")
    inventory.move(model_id, "suspended", rationale="drift in laterality errors reported by Dr. Y")
    inventory.move(model_id, "retired", rationale="replaced by version 2")
    with pytest.raises(GovernanceError):
        inventory.move(model_id, "approved", "findings-to-impression@1")  # retired is final
    events = _details(inventory, "governance.transition")
    assert [(e["detail"]["from_state"], e["detail"]["to_state"]) for e in events] == [
        ("proposed", "sandbox"), ("sandbox", "approved"), ("approved", "suspended"), ("suspended", "retired")]
    assert events[2]["detail"]["rationale"] == "drift in laterality errors reported by Dr. Y"
    assert all(e["actor_name"] == "dr-chair" and e["actor_role"] == "governance" for e in events)
    log = inventory.service.get(model_id).transitions
    assert [t.to_state for t in log] == ["sandbox", "approved", "suspended", "retired"]


def test_re_approval_after_suspension_needs_a_passing_run_again(inventory):  # noqa: ANN001
    model_id = inventory.register()
    inventory.move(model_id, "sandbox")
    inventory.evals.pass_("impression-drafter", STUB_VERSION, FREE_TEXT)
    inventory.move(model_id, "approved", FREE_TEXT)
    inventory.move(model_id, "suspended")
    assert inventory.service.get(model_id).approved_prompts == []
    inventory.evals.passing.clear()  # e.g. the plan's run was invalidated
    with pytest.raises(GovernanceError, match="no passing eval run"):
        inventory.move(model_id, "approved", FREE_TEXT)
    inventory.evals.pass_("impression-drafter", STUB_VERSION, FREE_TEXT)
    inventory.move(model_id, "approved", FREE_TEXT)
    assert inventory.service.get(model_id).state == "approved"


def test_lifecycle_state_cannot_be_written_through_create_or_update(inventory):  # noqa: ANN001
    with pytest.raises(ValidationError):
        ModelUpdate(state="approved")
    with pytest.raises(ValidationError):
        ModelUpdate(approved_prompts=["x@1"])
    model_id = inventory.register()
    inventory.service.update(model_id, ModelUpdate(criteria={"modalities": ["CT"], "min_age": 18}), COMMITTEE)
    model = inventory.service.get(model_id)
    assert model.state == "proposed" and model.criteria.modalities == ["CT"]
    [change] = _details(inventory, "governance.model_changed")
    assert change["detail"]["before"] == {"criteria": None}
    assert change["detail"]["after"]["criteria"]["min_age"] == 18


def test_the_decision_and_training_logs_are_append_only(inventory):  # noqa: ANN001
    model_id = inventory.register()
    inventory.move(model_id, "sandbox")
    from governance import TrainingCreate

    inventory.service.record_training(model_id, TrainingCreate(trainee="dr-lee", trained_on="2026-11-20"), COMMITTEE)
    assert inventory.audit("governance.training_recorded")[0]["model_version"] == STUB_VERSION
    for sql in ("UPDATE governance_transitions SET rationale = 'edited'", "DELETE FROM governance_transitions",
                "UPDATE governance_training SET trainee = 'someone'", "DELETE FROM governance_training"):
        with pytest.raises(DBAPIError), inventory.engine.begin() as conn:
            conn.execute(text(sql))
    assert inventory.service.get(model_id).transitions[0].rationale == "committee decision, minutes 12"


def _details(inventory, event_type: str) -> list[dict]:  # noqa: ANN001
    import json

    rows = inventory.audit(event_type)
    for row in rows:
        if isinstance(row["detail"], str):
            row["detail"] = json.loads(row["detail"])
    return rows
