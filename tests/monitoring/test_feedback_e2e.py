"""POST /v1/feedback end to end: openai client -> RadGate -> stub, then the radiologist's verdict."""

from __future__ import annotations

import httpx
import openai
import pytest
from sqlalchemy import text

from audit import AuditCipher, open_phi
from radgate.auth import Role
from radgate.db import create_db_engine
from tests.conftest import AUDIT_KEY

DRAFT = ("FINDINGS: Small left pleural effusion. No pneumothorax. Mild cardiomegaly.\n"
         "IMPRESSION: Small left pleural effusion.")
FINAL = ("FINDINGS: Small right pleural effusion. Small pneumothorax. Right lower lobe consolidation.\n"
         "IMPRESSION: Small right pleural effusion and small pneumothorax. Signed: Dr Quill-Marrow, pager 7731-QX.")
REASON = "Wrong side; missed PTX, patient Zebediah Okonkwo-Prewitt"


def draft_call(proxy, key: str, stream: bool = False, site: str | None = "north") -> str:  # noqa: ANN001
    """One model call through the official client; returns its radgate request id."""
    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key=key, max_retries=0)
    extra = {"radgate": {"on_behalf_of": "dr-adams", "study": {"modality": "CR"},
                         **({"site": site} if site else {})}}
    if stream:
        chunks = list(client.chat.completions.create(
            model="impression-drafter", messages=[{"role": "user", "content": "Chest X-ray findings."}],
            stream=True, extra_body=extra))
        return next(c.model_extra["radgate"] for c in chunks if c.model_extra.get("radgate"))["request_id"]
    completion = client.chat.completions.create(
        model="impression-drafter", messages=[{"role": "user", "content": "Chest X-ray findings."}], extra_body=extra)
    assert completion.choices[0].message.content == DRAFT
    return completion.model_extra["radgate"]["request_id"]


def feedback(proxy, key: str, **body) -> httpx.Response:  # noqa: ANN001, ANN003
    return httpx.post(proxy.url + "/v1/feedback", headers={"Authorization": f"Bearer {key}"}, json=body)


@pytest.fixture
def drafting(proxy, stub):  # noqa: ANN001, ANN201
    stub.config.content = DRAFT
    return proxy


def test_edited_draft_is_measured_and_stored_without_text(drafting) -> None:  # noqa: ANN001
    key = drafting.key()
    request_id = draft_call(drafting, key)
    resp = feedback(drafting, key, request_id=request_id, outcome="edited", final_text=FINAL, reason=REASON)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["request_id"] == request_id and body["model_version"] == "stub-1.0"
    assert 0.2 < body["edit_distance"] < 1
    assert body["findings"] == {"added": ["consolidation"], "removed": ["cardiomegaly"],
                                "negation_flipped": ["pneumothorax"], "laterality_changed": ["pleural_effusion"]}
    engine = create_db_engine(drafting.settings)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM feedback WHERE request_id = :r"), {"r": request_id}).mappings().one()
        changes = conn.execute(text("SELECT finding, change FROM feedback_finding_changes")).all()
        event = conn.execute(text("SELECT * FROM audit_events WHERE request_id = :r AND event_type = "
                                  "'feedback.received'"), {"r": request_id}).mappings().one()
        clear = [conn.execute(text(f"SELECT * FROM {table}")).mappings().all()  # noqa: S608 - fixed names
                 for table in ("feedback", "feedback_finding_changes", "audit_events")]
    assert (row["outcome"], row["user_name"], row["modality"], row["model_alias"]) == (
        "edited", "dr-adams", "CR", "impression-drafter")
    assert (row["findings_added"], row["findings_removed"], row["negation_flipped"], row["laterality_changed"]) \
        == (1, 1, 1, 1)
    assert sorted(changes) == [("cardiomegaly", "removed"), ("consolidation", "added"),
                               ("pleural_effusion", "laterality_changed"), ("pneumothorax", "negation_flipped")]
    # the final text and the reason exist only sealed: no clear-text column of any of these tables holds them
    dump = repr(clear)
    # (a bare "7731" could turn up inside a random hex id or hash; the suffix cannot)
    for secret in ("Quill-Marrow", "7731-QX", "consolidation. ", "Okonkwo-Prewitt", "Wrong side", "missed PTX"):
        assert secret not in dump, secret
    sealed = open_phi(engine, AuditCipher(bytes.fromhex(AUDIT_KEY)), event["id"])
    assert sealed["request_body"] == {"final_text": FINAL, "reason": REASON}
    assert event["actor_key_id"] == row["key_id"] and event["model_version"] == "stub-1.0"
    engine.dispose()


def test_accepted_and_streamed_drafts_and_the_report(drafting) -> None:  # noqa: ANN001
    key = drafting.key()
    accepted = draft_call(drafting, key)
    streamed = draft_call(drafting, key, stream=True, site=None)
    rejected = draft_call(drafting, key)
    assert feedback(drafting, key, request_id=accepted, outcome="accepted", final_text=DRAFT).json()[
        "edit_distance"] == 0.0
    streamed_body = feedback(drafting, key, request_id=streamed, outcome="edited",
                             final_text=DRAFT.replace("Mild", "Moderate")).json()
    assert 0 < streamed_body["edit_distance"] < 0.1 and streamed_body["findings"]["added"] == []
    resp = feedback(drafting, key, request_id=rejected, outcome="rejected", on_behalf_of="dr-baker")
    assert resp.status_code == 201 and resp.json()["edit_distance"] is None and resp.json()["findings"] is None
    governance = drafting.key(role=Role.governance, models=())
    report = httpx.get(drafting.url + "/governance/monitoring", headers={"Authorization": f"Bearer {governance}"},
                       params={"group_by": "model_version", "period": "day"})
    assert report.status_code == 200, report.text
    (total,) = report.json()["totals"]
    assert total["group"] == "stub-1.0" and total["n"] == 3
    assert total["acceptance_rate"] == pytest.approx(1 / 3) and total["reject_rate"] == pytest.approx(1 / 3)
    by_user = httpx.get(drafting.url + "/governance/monitoring", headers={"Authorization": f"Bearer {governance}"},
                        params={"group_by": "user"}).json()
    assert {t["group"]: t["n"] for t in by_user["totals"]} == {"dr-adams": 2, "dr-baker": 1}
    by_site = httpx.get(drafting.url + "/governance/monitoring", headers={"Authorization": f"Bearer {governance}"},
                        params={"group_by": "site"}).json()
    assert {t["group"]: t["n"] for t in by_site["totals"]} == {"north": 2, "(none)": 1}


def test_another_keys_call_is_not_found_and_unknown_ids_too(drafting) -> None:  # noqa: ANN001
    owner, other = drafting.key(), drafting.key()
    request_id = draft_call(drafting, owner)
    theirs = feedback(drafting, other, request_id=request_id, outcome="accepted", final_text=DRAFT)
    unknown = feedback(drafting, other, request_id="0" * 32, outcome="accepted", final_text=DRAFT)
    assert theirs.status_code == unknown.status_code == 404
    assert theirs.json()["error"] == unknown.json()["error"]  # nothing tells the two apart
    assert feedback(drafting, owner, request_id=request_id, outcome="accepted", final_text=DRAFT).status_code == 201


def test_second_feedback_is_409(drafting) -> None:  # noqa: ANN001
    key = drafting.key()
    request_id = draft_call(drafting, key)
    assert feedback(drafting, key, request_id=request_id, outcome="rejected").status_code == 201
    again = feedback(drafting, key, request_id=request_id, outcome="accepted", final_text=DRAFT)
    assert again.status_code == 409 and again.json()["error"]["code"] == "feedback_exists"


@pytest.mark.parametrize("body", [
    {"outcome": "approved", "final_text": FINAL},  # not an outcome
    {"outcome": "edited"},  # final text missing
    {"outcome": "accepted", "final_text": FINAL, "model_version": "forged"},  # unknown field
    {"outcome": "edited", "final_text": ""},
    {"outcome": "edited", "final_text": "x" * 20_001},
])
def test_bad_feedback_is_400_without_echoing_the_text(drafting, body) -> None:  # noqa: ANN001
    key = drafting.key()
    request_id = draft_call(drafting, key)
    resp = feedback(drafting, key, request_id=request_id, **body)
    assert resp.status_code == 400, resp.text
    assert "Quill-Marrow" not in resp.text and "xxxxxxxx" not in resp.text
    assert feedback(drafting, key, request_id=request_id, outcome="rejected").status_code == 201  # nothing stored


def test_only_the_reporting_role_sends_feedback_and_only_governance_reads_the_report(proxy) -> None:  # noqa: ANN001
    for role in (Role.compliance, Role.governance, Role.admin):
        resp = feedback(proxy, proxy.key(role=role, models=()), request_id="0" * 32, outcome="rejected")
        assert resp.status_code == 403 and resp.json()["error"]["code"] == "role_not_permitted"
    for role in (Role.reporting, Role.compliance, Role.admin):
        resp = httpx.get(proxy.url + "/governance/monitoring",
                         headers={"Authorization": f"Bearer {proxy.key(role=role, models=())}"})
        assert resp.status_code == 403
    assert feedback(proxy, "rg_bogus", request_id="0" * 32, outcome="rejected").status_code == 401
    governance = proxy.key(role=Role.governance, models=())
    bad = httpx.get(proxy.url + "/governance/monitoring", headers={"Authorization": f"Bearer {governance}"},
                    params={"group_by": "colour"})
    assert bad.status_code == 400
