"""End to end: the official openai client -> RadGate (real uvicorn) -> loopback stub upstream."""

from __future__ import annotations

import base64
import struct
import zlib

import openai
import pytest
from sqlalchemy import select

from audit import AuditCipher, AuditEventRow, open_phi
from radgate.db import create_db_engine
from radgate.testing import DEFAULT_CONTENT
from tests.conftest import AUDIT_KEY

REPORT = ("EXAM: CT chest with contrast. FINDINGS: 4 mm nodule in the right upper lobe, unchanged. "
          "No pleural effusion. IMPRESSION:")


def client(proxy, key: str, **kw) -> openai.OpenAI:  # noqa: ANN001, ANN003
    return openai.OpenAI(base_url=proxy.url + "/v1", api_key=key, max_retries=0, **kw)


def audit_rows(proxy, request_id: str) -> list[AuditEventRow]:  # noqa: ANN001
    engine = create_db_engine(proxy.settings)
    with engine.connect() as conn:
        rows = conn.execute(select(AuditEventRow).where(AuditEventRow.request_id == request_id)
                            .order_by(AuditEventRow.seq)).all()
    engine.dispose()
    return rows


def phi(proxy, row) -> dict:  # noqa: ANN001
    """The sealed bodies of an audit row, opened with the test master key."""
    engine = create_db_engine(proxy.settings)
    try:
        return open_phi(engine, AuditCipher(bytes.fromhex(AUDIT_KEY)), row.id)
    finally:
        engine.dispose()


def test_non_streaming_completion_is_returned_and_audited(proxy, stub):  # noqa: ANN001
    key = proxy.key()
    response = client(proxy, key).chat.completions.create(
        model="impression-drafter", messages=[{"role": "user", "content": REPORT}], max_tokens=64)

    assert response.choices[0].message.content == DEFAULT_CONTENT
    ext = response.model_extra["radgate"]
    assert ext["status"] == "inferred" and ext["reason"] is None
    assert ext["model_version"] == "stub-1.0"
    # the upstream got the backend's model name and the prompt, never RadGate's key
    call = stub.calls[-1]
    assert call["model"] == "stub" and call["messages"][0]["content"] == REPORT
    assert "radgate" not in call
    assert stub.requests[-1].headers.get("authorization") == "Bearer none"

    rows = audit_rows(proxy, ext["request_id"])
    assert [r.event_type for r in rows] == ["model_call.started", "model_call.completed"]
    started, completed = rows
    assert phi(proxy, started)["request_body"]["messages"][0]["content"] == REPORT
    assert started.phi_ciphertext and REPORT.encode() not in bytes(started.phi_ciphertext)
    assert completed.status == "inferred" and completed.http_status == 200
    assert completed.model_alias == "impression-drafter" and completed.model_version == "stub-1.0"
    assert completed.backend == "openai/stub"
    assert completed.prompt_tokens == response.usage.prompt_tokens
    assert completed.completion_tokens == response.usage.completion_tokens
    assert phi(proxy, completed)["response_body"]["choices"][0]["message"]["content"] == DEFAULT_CONTENT
    assert completed.latency_ms > 0 and completed.actor_role == "reporting"


def test_streaming_completion_relays_chunks_and_audits_the_whole_text(proxy, stub):  # noqa: ANN001
    key = proxy.key(models=("summary-drafter",))
    stream = client(proxy, key).chat.completions.create(
        model="summary-drafter", messages=[{"role": "user", "content": REPORT}], stream=True)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == DEFAULT_CONTENT
    assert sum(1 for c in chunks if c.choices and c.choices[0].delta.content) == 5
    ext = chunks[-1].model_extra["radgate"]
    assert ext["status"] == "inferred" and ext["model_version"] == "stub-summary-2.1"
    # usage was requested upstream for the audit record but not by this client: not relayed
    assert all(c.usage is None for c in chunks)

    rows = audit_rows(proxy, ext["request_id"])
    assert [r.event_type for r in rows] == ["model_call.started", "model_call.completed"]
    completed = rows[1]
    assert completed.stream is True and completed.status == "inferred"
    assert phi(proxy, completed)["response_body"]["choices"][0]["content"] == DEFAULT_CONTENT
    assert completed.completion_tokens and completed.completion_tokens > 0


def test_stream_usage_is_relayed_when_the_client_asks(proxy):  # noqa: ANN001
    stream = client(proxy, proxy.key()).chat.completions.create(
        model="impression-drafter", messages=[{"role": "user", "content": "x"}], stream=True,
        stream_options={"include_usage": True})
    usage = [c.usage for c in stream if c.usage]
    assert len(usage) == 1 and usage[0].completion_tokens > 0


def png(*extra_chunks: tuple[bytes, bytes]) -> bytes:
    """A real 1x1 grey PNG, with optional extra (metadata) chunks before the pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\x80"))
    return (b"\x89PNG\r\n\x1a\n" + header + b"".join(chunk(k, v) for k, v in extra_chunks) + pixels
            + chunk(b"IEND", b""))


def test_image_parts_reach_the_model_without_their_metadata(proxy, stub):  # noqa: ANN001
    tagged = png((b"tEXt", b"Comment\x00DOE^JOHN MRN 00482913"))
    response = client(proxy, proxy.key()).chat.completions.create(
        model="impression-drafter",
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "Describe the radiograph."},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64," + base64.b64encode(tagged).decode()}}]}])
    assert response.model_extra["radgate"]["status"] == "inferred"
    sent = stub.calls[-1]["messages"][0]["content"][1]["image_url"]["url"]
    received = base64.b64decode(sent.split(",", 1)[1])
    assert received == png() and b"00482913" not in received


def test_images_that_cannot_be_de_identified_are_refused(proxy, stub):  # noqa: ANN001
    with pytest.raises(openai.BadRequestError) as info:
        client(proxy, proxy.key()).chat.completions.create(
            model="impression-drafter", messages=[{"role": "user", "content": [
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,"
                                                    + base64.b64encode(b"DICM" + b"\x00" * 64).decode()}}]}])
    assert info.value.response.json()["error"]["code"] == "unsupported_content"
    assert stub.calls == []


def test_models_lists_only_what_the_key_may_use(proxy):  # noqa: ANN001
    ids = [m.id for m in client(proxy, proxy.key(models=("summary-drafter",))).models.list()]
    assert ids == ["summary-drafter"]


def test_stream_cut_by_the_client_is_completed_in_the_audit_log(proxy, stub):  # noqa: ANN001
    import time

    stub.config.chunks = 50
    stub.config.chunk_delay_s = 0.05
    stream = client(proxy, proxy.key()).chat.completions.create(
        model="impression-drafter", messages=[{"role": "user", "content": REPORT}], stream=True)
    first = next(iter(stream))
    request_id = stream.response.headers["x-request-id"]
    assert first.choices
    stream.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        rows = audit_rows(proxy, request_id)
        if len(rows) == 2:
            break
        time.sleep(0.1)
    assert [r.event_type for r in rows] == ["model_call.started", "model_call.completed"]
    assert rows[1].status == "cut" and rows[1].reason == "client_disconnected"


@pytest.mark.parametrize("status", [500, 503])
def test_upstream_failure_is_502_with_reason_and_audited(proxy, stub, status):  # noqa: ANN001
    stub.config.error_status = status
    with pytest.raises(openai.APIStatusError) as info:
        client(proxy, proxy.key()).chat.completions.create(
            model="impression-drafter", messages=[{"role": "user", "content": "x"}])
    assert info.value.status_code == 502
    body = info.value.response.json()
    assert body["error"]["code"] == "upstream_error"
    assert body["radgate"] == {"request_id": body["radgate"]["request_id"], "model_version": None,
                               "status": "rejected", "reason": "upstream_error"}
    rows = audit_rows(proxy, body["radgate"]["request_id"])
    assert rows[-1].status == "rejected" and rows[-1].reason == "upstream_error"
    assert rows[-1].http_status == 502


def test_upstream_timeout_is_504(proxy, stub):  # noqa: ANN001
    stub.config.delay_s = 2.0
    key = proxy.key(models=("slow-drafter",))
    with pytest.raises(openai.APIStatusError) as info:
        client(proxy, key).chat.completions.create(
            model="slow-drafter", messages=[{"role": "user", "content": "x"}])
    assert info.value.status_code == 504
    assert info.value.response.json()["radgate"]["reason"] == "upstream_timeout"
