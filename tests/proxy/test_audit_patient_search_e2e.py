"""Patient search through the blind index, full-text over redacted text, exports, and what stays
out of every clear-text column (issue 4), through the real proxy on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

import httpx
from sqlalchemy import text

from radgate.auth import Role
from radgate.db import create_db_engine

MRN = "00482913"
NAME = "DOE, JOHN A"
REPORT = f"PATIENT: {NAME}  MRN: {MRN}. Findings: small left pleural effusion with basilar atelectasis."


def call(proxy, key: str, report: str = REPORT, **radgate) -> str:  # noqa: ANN001, ANN003
    body = {"model": "impression-drafter", "messages": [{"role": "user", "content": report}]}
    if radgate:
        body["radgate"] = radgate
    resp = httpx.post(proxy.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"}, json=body)
    assert resp.status_code == 200, resp.text
    return resp.headers["x-request-id"]


def get(proxy, key: str, path: str, **params) -> httpx.Response:  # noqa: ANN001, ANN003
    return httpx.get(proxy.url + path, headers={"Authorization": f"Bearer {key}"}, params=params)


def raw_rows(proxy, table: str) -> list[dict]:  # noqa: ANN001
    engine = create_db_engine(proxy.settings)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(f"SELECT * FROM {table}")).mappings()]
    finally:
        engine.dispose()


def test_officer_finds_a_patients_calls_by_mrn_without_the_mrn_stored(proxy, stub):  # noqa: ANN001
    reporter = proxy.key()
    mine = call(proxy, reporter, patient={"mrn": MRN}, on_behalf_of="rad-017", site="north", purpose_of_use="TREAT",
                study={"modality": "CT", "body_part": "chest"})
    call(proxy, reporter, report="PATIENT: ROE, MARY  MRN: 77120455. Findings: normal.", patient={"mrn": "77120455"})
    officer = proxy.key(role=Role.compliance, models=())
    # any spelling of the MRN finds it, and only that patient's calls
    for spelling in (MRN, "482913", "MRN 0048-2913"):
        records = get(proxy, officer, "/audit/records", mrn=spelling, event_type="model_call.started").json()
        assert {r["request_id"] for r in records["records"]} == {mine}, spelling
    # ... and who looked the patient up: each patient search is indexed under the same token
    lookups = get(proxy, officer, "/audit/records", mrn=MRN, event_type="audit.searched").json()["records"]
    assert len(lookups) == 4  # the three above and this one (recorded before it answers)
    started = get(proxy, officer, "/audit/records", request_id=mine, event_type="model_call.started").json()
    record = started["records"][0]
    assert (record["on_behalf_of"], record["site"], record["purpose_of_use"]) == ("rad-017", "north", "TREAT")
    assert record["study"] == {"modality": "CT", "body_part": "chest"}
    # the MRN sent in the radgate object is not in any clear-text column of any audit table
    for table in ("audit_events", "audit_identifiers", "audit_data_keys"):
        for row in raw_rows(proxy, table):
            for column, value in row.items():
                if column != "phi_ciphertext":
                    assert MRN not in str(value) and "DOE" not in str(value), (table, column)
    # the officer's search is on record with the token, not the MRN; the MRN itself is sealed with it
    searches = get(proxy, officer, "/audit/records", event_type="audit.searched").json()["records"]
    patient_filters = [r["detail"]["filters"]["patient"] for r in searches if "patient" in r["detail"]["filters"]]
    assert patient_filters and all(f["kind"] == "mrn" and len(f["token"]) == 32 for f in patient_filters)
    assert all(r["has_phi"] for r in searches if "patient" in r["detail"]["filters"])


def test_full_text_searches_the_redacted_text_only(proxy, stub):  # noqa: ANN001
    request_id = call(proxy, proxy.key())
    officer = proxy.key(role=Role.compliance, models=())
    hits = get(proxy, officer, "/audit/records", q="pleural effusion").json()["records"]
    assert request_id in {r["request_id"] for r in hits}
    assert all("DOE" not in (r["search_text"] or "") and MRN not in (r["search_text"] or "") for r in hits)
    # the real name is not searchable (it was never stored in clear), the clinical words are
    assert get(proxy, officer, "/audit/records", q="Doe").json()["records"] == []
    assert get(proxy, officer, "/audit/records", q="atelectasis").json()["records"]
    # operators and quotes in the query are words, not syntax
    assert get(proxy, officer, "/audit/records", q='effusion" OR *').status_code == 200
    assert get(proxy, officer, "/audit/records", q="!!!").status_code == 400


def test_phi_type_filter(proxy, stub):  # noqa: ANN001
    with_mrn = call(proxy, proxy.key())
    without = call(proxy, proxy.key(), report="Findings: no acute abnormality.")
    officer = proxy.key(role=Role.compliance, models=())
    ids = {r["request_id"] for r in get(proxy, officer, "/audit/records", phi_type="MRN").json()["records"]}
    assert with_mrn in ids and without not in ids


def test_exports_stream_every_format_and_are_audited(proxy, stub):  # noqa: ANN001
    from fhir.resources.bundle import Bundle

    reporter = proxy.key()
    ids = {call(proxy, reporter, patient={"mrn": MRN}, on_behalf_of="rad-017", purpose_of_use="TREAT")
           for _ in range(3)}
    officer = proxy.key(role=Role.compliance, models=())
    jsonl = get(proxy, officer, "/audit/export", format="jsonl", mrn=MRN)
    assert jsonl.status_code == 200 and jsonl.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in jsonl.text.splitlines()]
    calls = [r for r in lines if r["event_type"].startswith("model_call.")]
    assert {r["request_id"] for r in calls} == ids and len(calls) == 6  # started + completed each
    assert [r["event_type"] for r in lines if r not in calls] == ["audit.exported"]  # this export, recorded first
    assert [r["seq"] for r in lines] == sorted(r["seq"] for r in lines)  # oldest first
    assert MRN not in jsonl.text and "DOE" not in jsonl.text and "phi_ciphertext" not in jsonl.text

    rows = list(csv.DictReader(io.StringIO(get(proxy, officer, "/audit/export", format="csv", mrn=MRN).text)))
    assert {r["request_id"] for r in rows if r["event_type"].startswith("model_call.")} == ids
    assert rows[0]["on_behalf_of"] == "rad-017"

    fhir = get(proxy, officer, "/audit/export", format="fhir", mrn=MRN)
    assert fhir.headers["content-type"].startswith("application/fhir+json")
    bundle = Bundle.model_validate_json(fhir.text)  # a valid FHIR R5 Bundle of AuditEvents
    events = [entry.resource for entry in bundle.entry]
    assert len(events) == 9 and all(e.get_resource_type() == "AuditEvent" for e in events)  # 6 calls, 3 exports
    first = json.loads(fhir.text)["entry"][0]["resource"]
    assert first["authorization"][0]["coding"][0]["code"] == "TREAT"
    assert {"urn:radgate:user"} <= {a["who"].get("identifier", {}).get("system") for a in first["agent"]}

    exports = get(proxy, officer, "/audit/records", event_type="audit.exported").json()["records"]
    assert {r["detail"]["format"] for r in exports} == {"jsonl", "csv", "fhir"}
    assert all(MRN not in json.dumps(r) for r in exports)


def test_export_is_compliance_only_and_checks_its_format(proxy):  # noqa: ANN001
    for role in (Role.reporting, Role.governance, Role.admin):
        assert get(proxy, proxy.key(role=role), "/audit/export").status_code == 403
    officer = proxy.key(role=Role.compliance, models=())
    assert get(proxy, officer, "/audit/export", format="xml").status_code == 400
    assert get(proxy, officer, "/audit/export", mrn="1", accession="2").status_code == 400


def test_identifiers_redaction_found_are_searchable_and_the_surrogate_map_is_sealed(proxy, stub):  # noqa: ANN001
    from audit import AuditCipher, open_phi
    from tests.conftest import AUDIT_KEY

    request_id = call(proxy, proxy.key())  # no radgate.patient: the MRN and name are only in the text
    officer = proxy.key(role=Role.compliance, models=())
    for params in ({"mrn": "482913"}, {"patient_name": "John Doe"}, {"patient_name": "DOE, JOHN A"}):
        found = get(proxy, officer, "/audit/records", event_type="model_call.started", **params).json()["records"]
        assert [r["request_id"] for r in found] == [request_id], params
    record_id = found[0]["id"]
    engine = create_db_engine(proxy.settings)
    sealed = open_phi(engine, AuditCipher(bytes.fromhex(AUDIT_KEY)), record_id)
    engine.dispose()
    originals = set(sealed["surrogates"]["surrogates"].values())
    assert MRN in originals and sealed["identifiers"]["mrn"] == [MRN]
    assert all(MRN not in str(v) for row in raw_rows(proxy, "audit_events") for k, v in row.items()
               if k != "phi_ciphertext")
