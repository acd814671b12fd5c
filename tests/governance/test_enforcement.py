"""The proxy routes only to what the committee approved, under the conditions it approved it for:
real uvicorn on loopback, the official openai client, the stub upstream, SQLite and PostgreSQL."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest
from sqlalchemy import text

from governance import FREE_TEXT
from radgate.auth import Role
from tests.governance.conftest import STUB_VERSION

MESSAGES = [{"role": "user", "content": "Findings: No focal consolidation. Write the impression."}]
CT_CHEST = {"study": {"modality": "CT", "body_part": "chest", "patient_age": 64, "sex": "F"}}


def call(proxy, key: str, **body):  # noqa: ANN001, ANN003, ANN201
    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key=key, max_retries=0)
    extra = {"radgate": body.pop("radgate")} if "radgate" in body else None
    return client.chat.completions.create(model=body.pop("model", "impression-drafter"),
                                          messages=body.pop("messages", MESSAGES), extra_body=extra, **body)


def refused(proxy, key: str, **body) -> dict:  # noqa: ANN001, ANN003
    with pytest.raises(openai.APIStatusError) as info:
        call(proxy, key, **body)
    assert info.value.status_code == 403, info.value.response.text
    return info.value.response.json()


def rejected_rows(proxy, request_id: str) -> list[dict]:  # noqa: ANN001
    from radgate.db import create_db_engine

    engine = create_db_engine(proxy.settings)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(text("SELECT * FROM audit_events WHERE request_id = :r ORDER BY seq"),
                                              {"r": request_id}).mappings()]
    engine.dispose()
    for row in rows:
        if isinstance(row["detail"], str):
            row["detail"] = json.loads(row["detail"])
    return rows


def approved(inv, *prompts: str, **fields) -> str:  # noqa: ANN001, ANN003
    model_id = inv.register(**fields)
    inv.move(model_id, "sandbox")
    for ref in prompts:
        inv.evals.pass_("impression-drafter", STUB_VERSION, ref)
    inv.move(model_id, "approved", *prompts)
    return model_id


def test_unregistered_and_proposed_models_cannot_be_routed(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    key = proxy.key()
    body = refused(proxy, key)
    assert body["error"]["code"] == "model_not_approved" and "not in the governance inventory" in body["error"]["message"]
    assert body["radgate"]["reason"] == "model_not_approved" and body["radgate"]["model_version"] == STUB_VERSION
    inv.register()
    time.sleep(proxy.settings.governance_cache_ttl_s + 0.1)
    body = refused(proxy, key)
    assert body["error"]["code"] == "model_not_approved" and "is proposed" in body["error"]["message"]
    assert stub.calls == []  # nothing went upstream
    [row] = rejected_rows(proxy, body["radgate"]["request_id"])
    assert row["event_type"] == "model_call.rejected" and row["reason"] == "model_not_approved"


def test_an_approved_model_routes_for_its_approved_prompts(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, FREE_TEXT)
    answer = call(proxy, proxy.key())
    assert answer.choices[0].message.content
    assert answer.model_extra["radgate"]["status"] == "inferred"
    assert answer.model_extra["radgate"]["prompt_template"] is None
    assert len(stub.calls) == 1


def test_a_prompt_version_not_in_the_approval_is_refused(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, "findings-to-impression@1")  # templates only: free text was not accepted
    body = refused(proxy, proxy.key())
    assert body["error"]["code"] == "prompt_not_approved" and FREE_TEXT in body["error"]["message"]
    answer = call(proxy, proxy.key(), messages=[], radgate={"template": "findings-to-impression", "variables": {
        "indication": "cough", "comparison": "none", "findings": "No focal consolidation."}})
    assert answer.model_extra["radgate"]["prompt_template"] == "findings-to-impression@1"


def test_suspension_takes_effect_on_a_running_proxy_without_restart(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, FREE_TEXT)
    key = proxy.key()
    call(proxy, key)
    committee = proxy.key(Role.governance, ())
    [model] = httpx.get(proxy.url + "/governance/models", headers={"Authorization": f"Bearer {committee}"}).json()
    suspended_at = time.monotonic()
    reply = httpx.post(proxy.url + f"/governance/models/{model['id']}/transitions",
                       headers={"Authorization": f"Bearer {committee}"},
                       json={"to_state": "suspended", "rationale": "reported laterality errors, under review"})
    assert reply.status_code == 200, reply.text
    while True:  # same process, no restart: the gate re-reads the inventory within its TTL (1 s)
        try:
            call(proxy, key)
        except openai.PermissionDeniedError as exc:
            assert exc.response.json()["error"]["code"] == "model_suspended"
            break
        assert time.monotonic() - suspended_at < proxy.settings.governance_cache_ttl_s + 1.0
        time.sleep(0.05)
    calls = len(stub.calls)
    assert refused(proxy, key)["radgate"]["reason"] == "model_suspended"
    assert len(stub.calls) == calls


def test_retired_model_is_refused_with_its_reason(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    model_id = approved(inv, FREE_TEXT)
    inv.move(model_id, "retired")
    time.sleep(proxy.settings.governance_cache_ttl_s + 0.1)
    assert refused(proxy, proxy.key())["error"]["code"] == "model_retired"


def test_sandbox_models_answer_only_acceptance_testing_keys(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    inv.move(inv.register(), "sandbox")
    body = refused(proxy, proxy.key())
    assert body["error"]["code"] == "model_not_approved" and "sandbox" in body["error"]["message"]
    answer = call(proxy, proxy.key(acceptance_testing=True))
    assert answer.model_extra["radgate"]["model_version"] == STUB_VERSION
    assert len(stub.calls) == 1


def test_out_of_criteria_request_is_refused_with_its_reason_and_audited(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, FREE_TEXT, criteria={"modalities": ["CT"], "body_parts": ["chest"], "min_age": 18,
                                        "exclude_body_parts": ["breast"]})
    key = proxy.key()
    assert call(proxy, key, radgate=CT_CHEST).choices  # within criteria
    cases = [({"study": {**CT_CHEST["study"], "modality": "MR"}}, "modality"),
             ({"study": {**CT_CHEST["study"], "patient_age": 12}}, "patient_age"),
             ({"study": {"body_part": "chest", "patient_age": 40}}, "modality"),  # not stated: refused
             ({"study": {**CT_CHEST["study"], "body_part": "breast"}}, "body_part")]
    for metadata, criterion in cases:
        body = refused(proxy, key, radgate=metadata)
        assert body["error"]["code"] == "criteria_not_met" and body["radgate"]["reason"] == "criteria_not_met"
        assert criterion.replace("_", " ") in body["error"]["message"] or criterion in body["error"]["message"]
        [row] = rejected_rows(proxy, body["radgate"]["request_id"])
        assert row["event_type"] == "model_call.rejected" and row["reason"] == "criteria_not_met"
        assert row["http_status"] == 403 and row["model_version"] == STUB_VERSION
        assert row["detail"]["criterion"] == criterion
    assert len(stub.calls) == 1


def test_training_can_be_required_per_user(database_url, stub, tmp_path):  # noqa: ANN001
    from tests.conftest import make_settings, start_proxy, write_models_config
    from tests.governance.conftest import COMMITTEE, _inventory

    settings = make_settings(database_url, write_models_config(tmp_path / "m.yaml", stub.base_url),
                             redaction_enabled=False, governance_require_training=True)
    server, proxy = start_proxy(settings, approve_models=False)
    inv = _inventory(settings)
    from governance import TrainingCreate

    with server:
        proxy.url = server.url
        model_id = approved(inv, FREE_TEXT)
        inv.service.record_training(model_id, TrainingCreate(trainee="dr-lee", trained_on="2026-11-20"), COMMITTEE)
        key = proxy.key()
        assert refused(proxy, key, radgate={"on_behalf_of": "dr-new"})["error"]["code"] == "user_not_trained"
        assert refused(proxy, key)["error"]["code"] == "user_not_trained"  # nobody named
        assert call(proxy, key, radgate={"on_behalf_of": "dr-lee"}).choices
    inv.engine.dispose()
