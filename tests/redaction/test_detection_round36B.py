"""Round 36 (B): dates, identifiers and ages in machine-made text:

- a log4j/logback clock with milliseconds after a comma; a ctime/git date from weekday to year as one span; an
  ISO-8601 timestamp with ``T``, fraction and zone as one span; a web access log's clock after the date; a date
  URL-encoded in a query string;
- a ZPL barcode field's data and an age on a ZPL label field; a FHIR Patient object's own ``"id"``; a record
  number closing an interface file's ``SURNAME_GIVEN_`` name; an age stated of a candidate or a "who" clause.

Invented text; each positive case fails without the round's rules; each negative is a look-alike left alone.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_logback_milliseconds_after_comma(analyzer: PhiAnalyzer) -> None:
    text = "2025-07-03 14:22:09,481 ERROR [worker-3] c.h.OrderRouter - retry exhausted\n"
    check(analyzer, text, ["14:22:09,481"])
    other = "Dose split 10,500 units over 3 days; ratio 12:30,5 was noted in the worksheet.\n"
    assert untouched(analyzer, other, "10,500")


def test_ctime_date_is_one_span(analyzer: PhiAnalyzer) -> None:
    text = "commit 1a2b3c4d\nAuthor: Dev <dev@example.test>\nDate:   Tue Aug 5 11:40:12 2025 +0200\n\n    fix parser\n"
    assert "Tue Aug 5 11:40:12 2025" in typed(analyzer, text, "DATE_TIME")
    clinical = "Seen Mon for CT; prior 2019 study stable, lesion 11 mm.\n"
    assert untouched(analyzer, clinical, "2019")


def test_iso_timestamp_with_fraction_and_zone(analyzer: PhiAnalyzer) -> None:
    text = '{"event":"ORDER_PLACED","at":"2025-09-14T06:03:27.118Z","node":"q2"}\n'
    assert "2025-09-14T06:03:27.118Z" in typed(analyzer, text, "DATE_TIME")
    text2 = '{"event":"ORDER_PLACED","at":"2025-09-14T06:03:27Z"}\n'
    check(analyzer, text2, ["2025-09-14T06:03:27Z"])


def test_access_log_clock(analyzer: PhiAnalyzer) -> None:
    text = '10.9.8.7 - - [03/Oct/2025:17:45:31 +0000] "GET /worklist HTTP/1.1" 200 512\n'
    check(analyzer, text, ["03/Oct/2025", "17:45:31"])
    other = "Ratio [3/4] measured; C3/4 disc bulge.\n"
    assert untouched(analyzer, other, "C3/4")


def test_url_encoded_date(analyzer: PhiAnalyzer) -> None:
    text = "> GET /api/patients?birth=11%2F23%2F1957&limit=5 HTTP/1.1\n"
    check(analyzer, text, ["11%2F23%2F1957"])
    other = "> GET /api/search?q=T2%2FFLAIR&size=20 HTTP/1.1\n"
    assert untouched(analyzer, other, "T2%2FFLAIR")


def test_zpl_barcode_and_age(analyzer: PhiAnalyzer) -> None:
    text = ("^XA\n^FO20,40^FDAGE 96  Drawn 02/03/25^FS\n"
            "^FO20,80^BY3^BCN,80,Y,N,N^FDRQ55120983^FS\n^XZ\n")
    check(analyzer, text, ["RQ55120983"])
    assert "96" in typed(analyzer, text, "AGE_OVER_89")
    young = "^XA\n^FO20,40^FDAGE 64  Drawn 02/03/25^FS\n^XZ\n"
    assert untouched(analyzer, young, "64")


def test_fhir_patient_id(analyzer: PhiAnalyzer) -> None:
    text = '{\n  "id": "R7310442",\n  "gender": "female",\n  "birthDate": "1950-02-11"\n}\n'
    check(analyzer, text, ["R7310442"])
    message = '{\n  "id": "5521908874",\n  "createdDateTime": "2025-01-02T10:00:00Z",\n  "body": "ok"\n}\n'
    assert untouched(analyzer, message, "5521908874")


def test_file_stem_record_number(analyzer: PhiAnalyzer) -> None:
    text = "WARN  [Channel: ADT_IN] attachment written to /engine/errors/QUILL_DORA_M4418207.hl7\n"
    check(analyzer, text, ["M4418207"])
    other = "INFO  [Channel: ADT_IN] template saved to /engine/templates/ORU_TEMPLATE_V2.hl7\n"
    assert untouched(analyzer, other, "V2")


def test_stated_age_in_review_note(analyzer: PhiAnalyzer) -> None:
    text = "Sent to HIM because B is 93 and the guardian signed; Ortiz, who is 95, was called.\n"
    check(analyzer, text, ["93", "95"])
    other = "Sent to HIM because A is 47 and SpO2 is 92 and stable.\n"
    assert untouched(analyzer, other, "92")
    assert untouched(analyzer, other, "47")
