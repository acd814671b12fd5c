"""Compliance search: role-gated, filtered, paginated, itself audited, and free of decrypted PHI."""

from __future__ import annotations

import httpx

from radgate.auth import Role

REPORT = "PATIENT: DOE, JOHN A  MRN: 00482913. Findings: no effusion."


def call_model(proxy, key: str, model: str = "impression-drafter") -> str:  # noqa: ANN001
    resp = httpx.post(proxy.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                      json={"model": model, "messages": [{"role": "user", "content": REPORT}]})
    return resp.headers["x-request-id"]


def search(proxy, key: str, **params) -> httpx.Response:  # noqa: ANN001, ANN003
    return httpx.get(proxy.url + "/audit/records", headers={"Authorization": f"Bearer {key}"}, params=params)


def test_compliance_finds_a_call_without_seeing_phi(proxy, stub):  # noqa: ANN001
    request_id = call_model(proxy, proxy.key())
    officer = proxy.key(role=Role.compliance, models=())
    resp = search(proxy, officer, request_id=request_id)
    assert resp.status_code == 200, resp.text
    records = resp.json()["records"]
    assert [r["event_type"] for r in records] == ["model_call.completed", "model_call.started"]
    assert records[1]["has_phi"] is True and records[1]["model_alias"] == "impression-drafter"
    assert "00482913" not in resp.text and "DOE" not in resp.text  # sealed bodies never come back


def test_only_compliance_may_search(proxy):  # noqa: ANN001
    for role in (Role.reporting, Role.governance, Role.admin):
        resp = search(proxy, proxy.key(role=role))
        assert resp.status_code == 403 and resp.json()["error"]["code"] == "role_not_permitted"
    assert httpx.get(proxy.url + "/audit/records").status_code == 401


def test_filters_and_keyset_pagination(proxy, stub):  # noqa: ANN001
    reporter = proxy.key()
    for _ in range(3):
        call_model(proxy, reporter)
    call_model(proxy, reporter, model="summary-drafter")  # refused: 403, recorded as rejected
    officer = proxy.key(role=Role.compliance, models=())
    rejected = search(proxy, officer, status="rejected", event_type="model_call.rejected").json()["records"]
    assert len(rejected) == 1 and rejected[0]["reason"] == "model_not_permitted"
    seen, before = [], None
    while True:
        page = search(proxy, officer, event_type="model_call.completed", limit=2,
                      **({"before": before} if before else {})).json()
        seen += [r["seq"] for r in page["records"]]
        before = page["next_before"]
        if before is None:
            break
    assert len(seen) == 3 and seen == sorted(seen, reverse=True)


def test_every_search_is_itself_audited(proxy):  # noqa: ANN001
    officer = proxy.key(role=Role.compliance, models=())
    search(proxy, officer, model="impression-drafter")
    records = search(proxy, officer, event_type="audit.searched").json()["records"]
    assert records and records[-1]["detail"]["filters"] == {"model_alias": "impression-drafter"}


def test_bad_search_parameters_are_400(proxy):  # noqa: ANN001
    officer = proxy.key(role=Role.compliance, models=())
    assert search(proxy, officer, limit=100000).status_code == 400
    assert search(proxy, officer, since="not-a-date").status_code == 400


def test_break_glass_shows_one_record_with_a_reason_and_is_audited(proxy, stub):  # noqa: ANN001
    request_id = call_model(proxy, proxy.key())
    officer = proxy.key(role=Role.compliance, models=())
    started = search(proxy, officer, request_id=request_id, event_type="model_call.started").json()["records"][0]
    url = f"{proxy.url}/audit/records/{started['id']}/phi"
    headers = {"Authorization": f"Bearer {officer}"}
    reason = "Privacy office investigation #4471"
    resp = httpx.get(url, headers=headers, params={"reason": reason})
    assert resp.status_code == 200, resp.text
    assert resp.json()["request_body"]["messages"][0]["content"] == REPORT
    views = search(proxy, officer, event_type="audit.phi_viewed").json()["records"]
    assert views[0]["detail"] == {"record_id": started["id"], "reason": reason}
    assert httpx.get(url, headers=headers).status_code == 400  # no reason, no access
    assert httpx.get(url, headers={"Authorization": f"Bearer {proxy.key()}"},
                     params={"reason": reason}).status_code == 403
    missing = httpx.get(f"{proxy.url}/audit/records/{'0' * 32}/phi", headers=headers, params={"reason": reason})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "record_not_found"
