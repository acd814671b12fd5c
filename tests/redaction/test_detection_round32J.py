"""Round 32 (J): file names built from a patient's name and record number (print jobs, manuscript drafts), serials
after the word naming their device (log headers, uptake probes), ``staff=`` log fields, a patient's initials cited
in a comment or in brackets, a note's closing initials, surnames in a wet read or a clinic visit and an author line's
"Surname I".

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed


def test_print_job_title_holds_name_and_accession(analyzer: PhiAnalyzer) -> None:
    text = ("03/04/2025 10:12:09 job=44120 from 10.2.3.4 user=rt0412 title=\"Marchetti_Oswin_RAD55120934.pdf\" "
            "pages=3 status=done\n"
            "03/04/2025 10:14 job=44121 from 10.2.3.4 user=rt0412 title=\"Quarry_Tobin_7781-204455.pdf\" pages=1\n")
    check(analyzer, text, ["Marchetti", "Oswin", "RAD55120934", "Quarry", "Tobin", "7781-204455"])
    assert "RAD55120934" in typed(analyzer, text, "ACCESSION")


def test_draft_file_name_holds_surname(analyzer: PhiAnalyzer) -> None:
    text = "Case report draft v2\nfile: draft-Pemberton-Vale_20250311.docx\n\nABSTRACT\nA 40 yo man presented."
    check(analyzer, text, ["Pemberton-Vale", "20250311"])


def test_device_serial_after_device_word(analyzer: PhiAnalyzer) -> None:
    text = "Kiosk event stream LOBBY-K2 @ clinic\n# device SN 551204 ip 10.1.2.3\n2025-01-02 09:10 SCAN ok\n"
    check(analyzer, text, ["SN 551204"])
    text = "Capsule dose 200 uCi given 3/4\nProbe: uptake probe QRT-5512-K   Std counts 81234\n"
    check(analyzer, text, ["QRT-5512-K"], keep=["uptake"])


def test_staff_key_value(analyzer: PhiAnalyzer) -> None:
    text = "2025-02-03 10:11:12 ASSIST_REQ age_flag=91 staff=Marguerite ticket=4471\n"
    check(analyzer, text, ["Marguerite"])


def test_cited_patient_initials(analyzer: PhiAnalyzer) -> None:
    text = "[comment Oswin: remove the patient's initials Q.V. and the MRN 5512093 from the Fig 1 legend]\n"
    check(analyzer, text, ["Q.V."])
    text = "Last 3/2 I read a CT on a 61-year-old patient (QV) and called it normal. It was a missed fracture."
    check(analyzer, text, ["QV"], keep=["fracture"])


def test_closing_initials(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "- bed 4 CT pending, called Dr. Quill.\n\nThanks!\nKV\n", ["KV"])
    check(analyzer, "10:14\tQuarry, Tobin\tPB-5512\tCT\t--\t50%\nValidated by: KV\n", ["KV"])
    check(analyzer, "Will call back Mar. 3 at 555-0144.\n-- KV, CRC\n", ["KV"])


def test_surname_in_wet_read_and_visit(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "- Wet read on Marchetti for Dr Ada Quill was BI-RADS 4 - final pending.", ["Marchetti"])
    check(analyzer, "Met with Marchetti and her husband in clinic on Monday.", ["Marchetti"])


def test_author_line_surname_initial(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Authors: Ada Quill, MD; Marchetti O\nCorresponding: ada@example.org\n", ["Marchetti O"])
