"""Round 26F: a town after a street with its ZIP code but no state; a patient's town after the age and "from";
a department written after a site's name behind a slash, comma or dash; a payer after its "Insurance" label;
a "City" label's value kept on its line; an age after a "case" label; abbreviations and a finding's word that
are no site or town.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_town_between_street_and_zip_without_state(analyzer: PhiAnalyzer) -> None:
    text = ("Welcome lunch at 4817 Heronsgate Rd, Lark Hollow 28841 at 12:30 PM\n"
            "Drop-off: 92 Quenby Ave, Apt 7C, Millrace 30418 before noon\n")
    assert typed(analyzer, text, "CITY") == ["Lark Hollow", "Millrace"]


def test_town_after_age_and_from(analyzer: PhiAnalyzer) -> None:
    text = ("Signout: Penhallow, Brisk T (MRN Q5521870), 68 years old from Saltmarsh Bend, needs the final read.\n"
            "Second: Ostrander, Liv (MRN Q5521871), aged 93 from Dunmoor.\n")
    assert typed(analyzer, text, "CITY") == ["Saltmarsh Bend", "Dunmoor"]


def test_department_after_site_name_is_no_part_of_it(analyzer: PhiAnalyzer) -> None:
    text = ("Questions?\nOrrin Vale Medical Center - Radiology Business Office\n"
            "Send to: Brackwater Hospital / Radiology Billing Office\n"
            "Covering at Tamsen Ridge Hospital, Radiology Business Office on 04/11/2026?\n")
    check(analyzer, text, ["Orrin Vale Medical Center", "Brackwater Hospital", "Tamsen Ridge Hospital"])
    assert untouched(analyzer, text, "Radiology Business Office")
    assert untouched(analyzer, text, "Radiology Billing Office")
    assert untouched(analyzer, text, "Radiology Business Office on")


def test_payer_after_insurance_label_is_no_site(analyzer: PhiAnalyzer) -> None:
    for text, number in (("Guarantor acct 88-12093\nInsurance: Quarrystone Care Alliance  ID RXQ40912877\n",
                          "RXQ40912877"),
                         ("Insurance: Fernbrook Health  ID ZRT4409182\n", "ZRT4409182"),
                         ("Coverage: Fernbrook Health ID W7741029931.\n", "W7741029931"),
                         ("Call by 2:30 PM. Insurance on file: Tri-Valley Health Alliance, member W6524457409.",
                          "W6524457409")):
        assert typed(analyzer, text, "FACILITY") == [], text
        check(analyzer, text, [number])


def test_city_label_value_stays_on_its_line(analyzer: PhiAnalyzer) -> None:
    text = "Volunteer 12\nCity: Wrenfield Cross\nImplant SN: none\n"
    assert typed(analyzer, text, "CITY") == ["Wrenfield Cross"]


def test_age_after_case_label_is_no_case_number(analyzer: PhiAnalyzer) -> None:
    text = ("Teaching case: 47-year-old with a pars defect at L5.\nMock case: 38Y with a renal cyst.\n"
            "Case: 94-yr-old with a hip fracture.\nCase: 2025-118834\n")
    assert typed(analyzer, text, "ACCOUNT_ID") == ["2025-118834"]
    assert untouched(analyzer, text, "47-year-old")
    assert untouched(analyzer, text, "38Y")
    assert typed(analyzer, text, "AGE_OVER_89") == ["94"]


def test_abbreviations_and_finding_words_are_no_site_or_town(analyzer: PhiAnalyzer) -> None:
    text = ("Applicant: Tove Brandqvist  (ERAS)\nAME: Colm Adebayo, MD\n"
            "As someone with von Hippel-Lindau disease (VHL variant), you are due for imaging.\n"
            "The note mentioned Restricted diffusion on the ADC map.\n")
    for word in ("ERAS", "AME", "VHL", "Restricted"):
        assert untouched(analyzer, text, word), word


def test_service_clinic_and_audit_title_are_no_site(analyzer: PhiAnalyzer) -> None:
    text = ("Return-to-play clearance\nSports Medicine & Concussion Clinic, Wexcombe Regional Hospital\n"
            "Dear coach,\n")
    check(analyzer, text, ["Wexcombe Regional Hospital"])
    assert untouched(analyzer, text, "Sports Medicine & Concussion Clinic")
    title = "Imaging Center Franchise Audit - Findings\nSite: Harrowgate Imaging Center\nAuditor: K. Lund\n"
    assert typed(analyzer, title, "FACILITY") == ["Harrowgate Imaging Center"]
