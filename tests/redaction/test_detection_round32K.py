"""Round 32 (K): a triage table's "Plan" column of care plans, print spooler logs (job numbers, the queue's host),
service-request and room numbers, an uptake probe's standard counts, an office addressed by its title,
a "-ish" word, a form's "City, ST ZIP" label and a form's title read as a site.

Invented text; the member-number case guards the plan-column rule, the others fail without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_plan_column_holds_care_plans(analyzer: PhiAnalyzer) -> None:
    text = ("GADOLINIUM HOLD LIST\n"
            "PRIO | NAME | MRN | ACC# | EXAM | PLAN | MD\n"
            "1 | Tobin Marwick | MR5512093 | XR551203 | MR abd | switch to CT w/ Lung-RADS 2 f/u | Ostrander\n"
            "2 | Ada Vella | MR7710342 | XR771034 | MR neck | non-con ok (Hashimoto thyroiditis) | Pemberton\n")
    check(analyzer, text, ["Tobin Marwick", "MR5512093", "Ada Vella"], keep=["Lung-RADS 2", "Hashimoto thyroiditis"])
    assert not typed(analyzer, text, "HEALTH_PLAN_ID")


def test_plan_column_with_member_numbers_still_masked(analyzer: PhiAnalyzer) -> None:
    text = ("NAME | MRN | PLAN | DOB\n"
            "Tobin Marwick | MR5512093 | WXK44120937 | 1961-02-03\n"
            "Ada Vella | MR7710342 | MCD55018273 | 1958-06-09\n")
    check(analyzer, text, ["WXK44120937", "MCD55018273"])


def test_print_spooler_log(analyzer: PhiAnalyzer) -> None:
    text = ("lpstat history dump ct-prn-17.example.org\n"
            "2025-02-03 10:14 job=61820 from 10.4.22.19 user=tech12 title=\"Report QUILL, ADA MRN E5512093\" pages=2\n"
            "2025-02-03 11:02 JOB#61844 src=10.4.22.31 user=tech12 title=\"worklist.xlsx\" pages=1\n"
            "2025-02-03 11:40 id:61850 client 10.4.22.40 user=tech12 title=\"notes.pdf\" pages=4\n")
    check(analyzer, text, ["QUILL, ADA", "E5512093"])
    for word in ("ct-prn-17.example.org", "61820", "61844", "61850"):
        assert untouched(analyzer, text, word), word


def test_service_request_room_and_counts(analyzer: PhiAnalyzer) -> None:
    assert untouched(analyzer, "SR#7730124: PACS viewer freezes on priors\nOpened: 3/4/2025", "7730124")
    text = "NPO after MN for CT abdomen\nRM# 512-2  QUILL, TOBIN  MRN E5512093  dob 2/3/1961\n"
    check(analyzer, text, ["QUILL, TOBIN", "E5512093"])
    assert untouched(analyzer, text, "512-2")
    assert untouched(analyzer, "Probe: uptake probe XK-5521-M   Std counts 71203\n4-hr uptake 12%", "71203")


def test_office_titles_greetings_and_labels(analyzer: PhiAnalyzer) -> None:
    assert untouched(analyzer, "March 2, 2025\n\nDear Jury Administrator,\n\nRegarding: Tobin Marwick", "Jury")
    assert untouched(analyzer, "Subject: overnight handoff\n\nHi Petra,\n\nQuiet-ish night. A few things:\n",
                     "Quiet-ish")
    assert untouched(analyzer, "Street: 12 Elm Row\nCity, ST ZIP: Dover, DE 19901\n", "ST ZIP")
    assert untouched(analyzer, "Ticket INC0045512: dictation drops words", "Ticket")


def test_form_title_and_course_abbreviations_not_sites(analyzer: PhiAnalyzer) -> None:
    text = "Financial Hardship / Reduced Fee Application - Quarry Hill Imaging Center\nApplicant: Tobin Vella\n"
    check(analyzer, text, ["Quarry Hill Imaging Center", "Tobin Vella"])
    assert untouched(analyzer, text, "Financial Hardship")
    assert untouched(analyzer, "CME self-assessment - reflective note\nCase reviewed with Dr. Vella", "CME")
