"""Round 36 (C): a system's own numbers in engineering text are no patient's account (``_engineering_ids``):

- a commit's hash (``commit <40 hex>``, a short hash after ``commit``), a UUID, a hex literal (``0xC0000005``);
- a change ticket's key (``CHG0041234``; an incident's ``INC...`` stays masked, some sites key records by
  it), a support case's key in an e-mail subject's brackets (``Subject: RE: [CS-402117]``);
- a review request's number (``PR #2291``, ``Change 40417 - Gerrit review``);
- a message bus's and log's counters (``partition=3 offset=5512093``, ``msg ctl=4410982``, ``message 30291
  received from``, ``queue - task 55120``, ``Max Send PDV: 16384``), a Jetty thread's name (``[qtp2201-17]``);
- an HTTP request's bare ``Host:`` header and curl's ``Connection #0 to host ... left intact``;
- ``-style`` after a record number given as a format's example is cut off.

Each rule has a look-alike that stays masked: an account or record number under its own label.
Invented text.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_commit_hashes(analyzer: PhiAnalyzer) -> None:
    text = ("commit 3e9a0c71b4f28d56e0a19b7c3d24f8e6a5b10c92\nAuthor: build bot <ci@example.org>\n\n"
            "    fix mapper; cherry picked from commit 9f1c2e7\n")
    assert untouched(analyzer, text, "3e9a0c71b4f28d56e0a19b7c3d24f8e6a5b10c92")
    assert untouched(analyzer, text, "9f1c2e7")
    check(analyzer, "Patient account: 40417729105, visit complete.", ["40417729105"])


def test_uuid_and_hex_literal(analyzer: PhiAnalyzer) -> None:
    text = ("Exception: 0xC0000417 STATUS_INVALID_PARAMETER in viewer.dll\n"
            "correlation: 5d0c2a4e-7b1f-4c3e-9a8d-2f6b1e0c7d93\n")
    assert untouched(analyzer, text, "0xC0000417")
    assert untouched(analyzer, text, "5d0c2a4e-7b1f-4c3e-9a8d-2f6b1e0c7d93")
    # a UUID that names the patient's record stays masked
    check(analyzer, "patient_uuid: 5d0c2a4e-7b1f-4c3e-9a8d-2f6b1e0c7d93\n", ["5d0c2a4e-7b1f-4c3e-9a8d-2f6b1e0c7d93"])


def test_ticket_keys(analyzer: PhiAnalyzer) -> None:
    text = ("CAB agenda\n1. CHG0041234 - move the worklist broker to the new VM\n"
            "From: support@vendor.example.com\nSubject: RE: [CS-402117] export hangs on large series\n")
    for key in ("CHG0041234", "CS-402117"):
        assert untouched(analyzer, text, key), key
    check(analyzer, "Acct #: 40417729105 for the CT abdomen.", ["40417729105"])


def test_review_numbers(analyzer: PhiAnalyzer) -> None:
    text = "PR #2291: trim whitespace in PID-5\nChange 40417 - Gerrit review - owner bot\n"
    assert untouched(analyzer, text, "2291")
    assert untouched(analyzer, text, "40417")


def test_bus_and_log_counters(analyzer: PhiAnalyzer) -> None:
    text = ("partition=3 offset=5512093 key=null {\"eventType\":\"ExamCompleted\"}\n"
            "WARN retry 1/3 for msg ctl=4410982\n"
            "INFO RIS_IN message 30291 received from 10.1.2.3\n"
            "Review queue - task 55120\n"
            "I: Association Accepted (Max Send PDV: 16384)\n"
            "2024-05-01 10:00:00 ERROR [qtp2201-17] c.e.Router - failed\n")
    for value in ("5512093", "4410982", "30291", "55120", "16384", "qtp2201-17"):
        assert untouched(analyzer, text, value), value
    check(analyzer, "retry for ORM^O01 MRN=K4410982 acc=ACC5512093", ["K4410982", "ACC5512093"])


def test_host_header_and_style_suffix(analyzer: PhiAnalyzer) -> None:
    text = ("> GET /fhir/Patient?name=x HTTP/1.1\n> Host: fhir.example.org\n> Accept: */*\n"
            "* Connection #0 to host fhir.example.org left intact\n")
    assert untouched(analyzer, text, "fhir.example.org")
    assert "fhir.example.org" not in typed(analyzer, text, "URL")
    text = "We now match on HAR90412207-style visit numbers only."
    assert untouched(analyzer, text, "-style")


# ------------------------------------------------------------------ code and protocol words (_code_tokens)
def test_java_frames_and_traceback(analyzer: PhiAnalyzer) -> None:
    text = ("ERROR [main] c.e.iface.Router - failed for pt=\"HALVORSEN^DAGNY\"\n"
            "java.lang.IllegalStateException: no route\n"
            "\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"
            "Traceback (most recent call last):\n  File \"route.py\", line 3\n")
    check(analyzer, text, ["HALVORSEN^DAGNY"])
    for word in ("lang", "runWorker", "Traceback"):
        assert untouched(analyzer, text, word), word
    check(analyzer, "Reviewed with Dagny Halvorsen at the workstation.", ["Dagny Halvorsen"])


def test_dicom_words(analyzer: PhiAnalyzer) -> None:
    text = ("I: Association Accepted (Max Send PDV: 32768) peer 10.4.5.6:104 AE PACSGW\n"
            "I: Sending Find Request (MsgID 1)\nI: C-MOVE-RQ StudyInstanceUID=1.2.3 -> dest PACSGW (10.4.5.7)\n"
            "$ findscu -aet PACSGW -aec ARCHIVE 10.4.5.6 104\n")
    for word in ("Max Send", "PACSGW", "MsgID", "C-MOVE-RQ"):
        assert untouched(analyzer, text, word), word
    check(analyzer, "I: Find Response: (0010,0010) PN [HALVORSEN^DAGNY]", ["HALVORSEN^DAGNY"])


def test_domain_plan_heading_and_service_account(analyzer: PhiAnalyzer) -> None:
    text = ("User: CORPNET\\dhalvorsen\nWorkstation: WS-12\n"
            "[2024-05-01 10:00:00] worker@10.7.8.9 ERROR unhandled exception\n")
    assert untouched(analyzer, text, "CORPNET")
    assert untouched(analyzer, text, "worker@")
    check(analyzer, text, ["10.7.8.9"])
    text = "1. CHG0041234 - new DWI protocol. Approved. Backout: restore the previous tree.\n"
    assert untouched(analyzer, text, "Backout")
    check(analyzer, "Reply to dagny.halvorsen@mail.example.com about the scan.", ["dagny.halvorsen@mail.example.com"])


def test_zpl_fields_and_csv_row_ids(analyzer: PhiAnalyzer) -> None:
    text = ("^XA\n^FO30,30^FDHALVORSEN, DAGNY R^FS\n^FO30,70^FDMRN: K4031393^FS\n"
            "^FO30,190^BY2^BCN,60,Y,N,N^FDACC7439273^FS\n^XZ\n")
    check(analyzer, text, ["HALVORSEN, DAGNY R", "K4031393"])
    assert untouched(analyzer, text, "^FD")
    assert untouched(analyzer, text, "^FS")
    assert untouched(analyzer, text, "FDMRN")
    assert untouched(analyzer, text, "BCN")
    text = "pair_id,score,mrn_a,mrn_b,rule\nQ4410,0.91,40442861,56831066,name+dob\n"
    assert untouched(analyzer, text, "Q4410")
    check(analyzer, text, ["40442861", "56831066"])
