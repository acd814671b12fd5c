"""PHI never reaches the model; the reporting system gets its real values back (streaming too)."""

from __future__ import annotations

import json
import logging

import httpx
import openai
import pytest

from tests.conftest import make_settings, start_proxy, write_models_config

PLANTED = ["DOE, JOHN A", "00482913", "RAD-2026-0031145", "03/14/1951", "555-123-4567", "Patel",
           "jdoe@example.org", "12 Oak Street", "Springfield", "62704", "St. Mary's Hospital", "Jane Smith"]
REPORT = ("PATIENT: DOE, JOHN A  MRN: 00482913  ACC# RAD-2026-0031145  DOB: 03/14/1951\n"
          "EXAM: CT chest with contrast. HISTORY: cough; lives at 12 Oak Street, Springfield, IL 62704.\n"
          "FINDINGS: Baker cyst. Kerley B lines. 2.3 x 1.9 cm nodule at C5-C6 level, BI-RADS 4, 72-year-old. "
          "Compared with outside study from St. Mary's Hospital. Discussed with Dr. Patel (555-123-4567, "
          "jdoe@example.org). Mr. Doe agreed.\nElectronically signed by Jane Smith, MD.")
CLINICAL = ["Baker cyst", "Kerley B lines", "2.3 x 1.9 cm", "C5-C6", "BI-RADS 4", "72-year-old"]


def ask(proxy, key: str, *, echo: bool = True, **kw):  # noqa: ANN001, ANN003, ANN201
    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key=key, max_retries=0)
    text = REPORT + (" [[stub:echo]]" if echo else "")
    return client.chat.completions.create(model="impression-drafter",
                                          messages=[{"role": "user", "content": text}], **kw)


def assert_upstream_saw_no_phi(stub) -> str:  # noqa: ANN001
    sent = stub.calls[-1]["messages"][0]["content"]
    for identifier in PLANTED:
        assert identifier.lower() not in sent.lower(), f"{identifier!r} reached the model"
    for term in CLINICAL:
        assert term in sent, f"clinical term {term!r} was redacted"
    return sent


def test_model_sees_surrogates_and_client_gets_real_values(proxy, stub):  # noqa: ANN001
    response = ask(proxy, proxy.key())
    sent = assert_upstream_saw_no_phi(stub)
    assert "MRN: " in sent and "Dr. " in sent  # structure kept, values replaced
    draft = response.choices[0].message.content
    assert draft == REPORT + " [[stub:echo]]"  # the echoed draft comes back re-identified
    report = response.model_extra["radgate"]["redaction"]
    assert report["phi_redacted"]["MRN"] == 1 and report["phi_redacted"]["PERSON"] >= 3
    assert report["phi_in_output"] == {}


def test_streamed_draft_is_re_identified_across_chunk_boundaries(proxy, stub):  # noqa: ANN001
    stub.config.chunks = 40  # surrogates get split between chunks
    chunks = list(ask(proxy, proxy.key(), stream=True))
    assert_upstream_saw_no_phi(stub)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == REPORT + " [[stub:echo]]"
    assert chunks[-1].model_extra["radgate"]["redaction"]["phi_redacted"]["ACCESSION"] == 1
    # the audit row keeps what the client got and, apart, what the model wrote
    from sqlalchemy import text as sql

    from audit import AuditCipher, open_phi
    from radgate.db import create_db_engine
    from tests.conftest import AUDIT_KEY
    engine = create_db_engine(proxy.settings)
    with engine.connect() as conn:
        record_id, detail = conn.execute(sql("SELECT id, detail FROM audit_events WHERE request_id = :r "
                                             "AND event_type = 'model_call.completed'"),
                                         {"r": chunks[-1].model_extra["radgate"]["request_id"]}).one()
    body = open_phi(engine, AuditCipher(bytes.fromhex(AUDIT_KEY)), record_id)["response_body"]
    engine.dispose()
    detail = json.loads(detail) if isinstance(detail, str) else detail
    assert body["choices"][0]["content"] == text
    # the output as the model wrote it (surrogates) is kept in clear for full-text search
    assert detail["redacted_output"][0].endswith("[[stub:echo]]")
    assert "00482913" not in detail["redacted_output"][0]


def test_identifiers_the_model_invents_are_flagged(proxy, stub):  # noqa: ANN001
    stub.config.content = "Impression: stable. Call 617-555-0199 and ask for Dr. Okonkwo."
    response = ask(proxy, proxy.key(), echo=False)
    flagged = response.model_extra["radgate"]["redaction"]["phi_in_output"]
    assert flagged.get("PHONE") == 1 and flagged.get("PERSON", 0) >= 1


def test_reject_policy_withholds_output_with_invented_identifiers(database_url, stub, tmp_path):  # noqa: ANN001
    settings = make_settings(database_url, write_models_config(tmp_path / "m.yaml", stub.base_url),
                             redaction_outbound="reject")
    server, proxy = start_proxy(settings)
    with server:
        proxy.url = server.url
        stub.config.content = "Impression: stable. Call 617-555-0199."
        with pytest.raises(openai.APIStatusError) as info:
            ask(proxy, proxy.key(), echo=False)
    assert info.value.status_code == 502
    assert info.value.response.json()["radgate"]["reason"] == "phi_in_output"
    assert "617-555-0199" not in info.value.response.text


def test_analyzer_failure_refuses_the_request(database_url, stub, tmp_path, caplog):  # noqa: ANN001
    config = tmp_path / "redaction.yaml"
    config.write_text("recognizers: [tests.redaction.exploding:ExplodingRecognizer]\n")
    settings = make_settings(database_url, write_models_config(tmp_path / "m.yaml", stub.base_url),
                             redaction_config=config)
    caplog.set_level(logging.DEBUG)
    server, proxy = start_proxy(settings)
    with server:
        resp = httpx.post(server.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {proxy.key()}"},
                          json={"model": "impression-drafter", "messages": [{"role": "user", "content": REPORT}]})
    assert resp.status_code == 503 and resp.json()["radgate"]["reason"] == "redaction_failed"
    assert stub.calls == []
    assert "00482913" not in resp.text and "00482913" not in caplog.text


def test_dicom_reaches_the_model_as_a_png_without_its_header(proxy, stub):  # noqa: ANN001
    import base64

    from tests.redaction.test_dicom import PHI, make_dicom

    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key=proxy.key(), max_retries=0)
    url = "data:image/dicom;base64," + base64.b64encode(make_dicom()).decode()
    response = client.chat.completions.create(model="impression-drafter", messages=[{"role": "user", "content": [
        {"type": "text", "text": "Describe this radiograph."}, {"type": "image_url", "image_url": {"url": url}}]}])
    sent = stub.calls[-1]["messages"][0]["content"][1]["image_url"]["url"]
    assert sent.startswith("data:image/png;base64,")
    image = base64.b64decode(sent.split(",", 1)[1])
    for value in PHI.values():
        assert value.encode() not in image
    assert response.model_extra["radgate"]["redaction"]["phi_redacted"]["DICOM_ATTRIBUTE"] >= len(PHI)
