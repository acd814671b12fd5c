"""Every error the reporting system can meet: status, JSON reason, and no upstream call."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import text

from radgate.auth import Role
from radgate.db import create_db_engine

BODY = {"model": "impression-drafter", "messages": [{"role": "user", "content": "Findings: normal."}]}


def post(proxy, key: str | None, body=BODY, **kw) -> httpx.Response:  # noqa: ANN001, ANN003
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.post(proxy.url + "/v1/chat/completions", json=body, headers=headers, timeout=10, **kw)


def assert_error(resp: httpx.Response, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert body["error"]["code"] == code
    assert body["radgate"]["status"] == "rejected" and body["radgate"]["reason"] == code
    assert body["radgate"]["request_id"] == resp.headers["x-request-id"]
    return body


@pytest.mark.parametrize("key", [None, "", "not-a-key", "rg_deadbeef_" + "A" * 43,
                                 "' OR 1=1 --", "rg_00000000_x'; DROP TABLE api_keys; --"])
def test_missing_or_invalid_key_is_401(proxy, stub, key):  # noqa: ANN001
    resp = post(proxy, key)
    assert_error(resp, 401, "invalid_api_key")
    assert resp.headers["www-authenticate"] == "Bearer"
    assert stub.calls == []
    # the injection attempt changed nothing: the key table is still there and usable
    assert post(proxy, proxy.key()).status_code == 200


def test_failed_logins_are_audited_without_the_presented_value(proxy):  # noqa: ANN001
    forged = "rg_deadbeef_" + "B" * 43
    resp = post(proxy, forged)
    engine = create_db_engine(proxy.settings)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM audit_events WHERE request_id = :r"),
                           {"r": resp.headers["x-request-id"]}).mappings().one()
    engine.dispose()
    assert row["event_type"] == "auth.failed" and row["http_status"] == 401
    assert row["source_ip"] == "127.0.0.1"
    assert "deadbeef" in str(row["detail"]) and "B" * 43 not in str(dict(row))


def test_revoked_and_expired_keys_are_401(proxy, stub):  # noqa: ANN001
    key = proxy.key()
    assert post(proxy, key).status_code == 200
    proxy.keys.revoke(key.split("_")[1])
    assert_error(post(proxy, key), 401, "invalid_api_key")
    other = proxy.key()
    proxy.keys.expire(other.split("_")[1])
    assert_error(post(proxy, other), 401, "invalid_api_key")


def test_model_not_allowed_for_key_is_403(proxy, stub):  # noqa: ANN001
    assert_error(post(proxy, proxy.key(models=("summary-drafter",))), 403, "model_not_permitted")
    assert stub.calls == []


@pytest.mark.parametrize("role", [Role.compliance, Role.governance, Role.admin])
def test_non_reporting_roles_cannot_call_models(proxy, stub, role):  # noqa: ANN001
    assert_error(post(proxy, proxy.key(role=role)), 403, "role_not_permitted")
    assert stub.calls == []


def test_unknown_model_is_404(proxy, stub):  # noqa: ANN001
    assert_error(post(proxy, proxy.key(), {**BODY, "model": "gpt-4o"}), 404, "model_not_found")


@pytest.mark.parametrize("field,value", [
    ("api_base", "http://169.254.169.254/latest"), ("base_url", "http://attacker.example/v1"),
    ("api_key", "sk-stolen"), ("custom_llm_provider", "openai"), ("mock_response", "pwned"),
])
def test_upstream_override_fields_are_rejected(proxy, stub, field, value):  # noqa: ANN001
    assert_error(post(proxy, proxy.key(), {**BODY, field: value}), 400, "forbidden_parameter")
    assert stub.calls == []


@pytest.mark.parametrize("body,code", [
    ({"model": "impression-drafter"}, "invalid_request"),
    ({**BODY, "messages": []}, "invalid_request"),
    ({**BODY, "messages": [{"role": "wizard", "content": "x"}]}, "invalid_request"),
    ({**BODY, "temperature_override": 3}, "unsupported_parameter"),
    ({**BODY, "max_tokens": 10**9}, "invalid_request"),
    ({**BODY, "messages": [{"role": "user", "content": "x"}] * 9}, "too_many_messages"),
    ({**BODY, "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "http://10.0.0.1/cxr.png"}}]}]}, "image_not_inline"),
    ({**BODY, "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 100_000}}]}]},
     "image_too_large"),
    ({**BODY, "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,@@@notbase64"}}]}]},
     "invalid_image"),
])
def test_malformed_requests_are_400(proxy, stub, body, code):  # noqa: ANN001
    assert_error(post(proxy, proxy.key(), body), 400, code)
    assert stub.calls == []


def test_invalid_json_is_400(proxy, stub):  # noqa: ANN001
    resp = httpx.post(proxy.url + "/v1/chat/completions", content=b"{not json",
                      headers={"Authorization": f"Bearer {proxy.key()}", "Content-Type": "application/json"})
    assert_error(resp, 400, "invalid_json")


def test_oversized_body_is_413_declared_or_streamed(proxy, stub):  # noqa: ANN001
    big = {**BODY, "messages": [{"role": "user", "content": "x" * 300_000}]}
    assert_error(post(proxy, proxy.key(), big), 413, "body_too_large")

    def chunks():  # noqa: ANN202 - no Content-Length: the limit is enforced while reading
        data = json.dumps(big).encode()
        for i in range(0, len(data), 65536):
            yield data[i:i + 65536]

    resp = httpx.post(proxy.url + "/v1/chat/completions", content=chunks(),
                      headers={"Authorization": f"Bearer {proxy.key()}"})
    assert_error(resp, 413, "body_too_large")
    assert stub.calls == []


def test_rejections_are_audited(proxy):  # noqa: ANN001
    resp = post(proxy, proxy.key(models=("summary-drafter",)))
    engine = create_db_engine(proxy.settings)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT event_type, status, reason, http_status FROM audit_events "
                                "WHERE request_id = :r"), {"r": resp.headers["x-request-id"]}).one()
    engine.dispose()
    assert tuple(row) == ("model_call.rejected", "rejected", "model_not_permitted", 403)


def test_audit_store_down_is_503_and_nothing_goes_upstream(proxy, stub):  # noqa: ANN001
    key = proxy.key()
    engine = create_db_engine(proxy.settings)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE audit_events"))
    engine.dispose()
    resp = post(proxy, key)
    assert_error(resp, 503, "audit_unavailable")
    assert stub.calls == []
    stream = post(proxy, key, {**BODY, "stream": True})
    assert_error(stream, 503, "audit_unavailable")
    assert stub.calls == []
    assert httpx.get(proxy.url + "/readyz").status_code == 503
