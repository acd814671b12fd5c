"""Round 21e: X12 EDI claim and remittance segments (dates and times by element position, names in NM1/N1/PER,
envelope control numbers, payer ids, CLIA numbers and bank details left alone), wound-care and podiatry
credentials, coronary calcium scores and "X-ray" kept, a fixed-width layout legend's column ranges and a
markup code attribute's LOINC code left alone.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched

_CLAIM = (
    "ISA*00*          *00*          *ZZ*ACMEBILL       *ZZ*PAYER01        *230517*0942*^*00501*000812345*0*P*:~\n"
    "GS*HC*ACMEBILL*PAYER01*20230517*0942*8123*X*005010X222A1~\n"
    "ST*837*0042*005010X222A1~\n"
    "BHT*0019*00*770123*20230517*0942*CH~\n"
    "NM1*41*2*LAKESIDE SPINE AND JOINT*****46*SUB991~\n"
    "PER*IC*MARGUERITE OYELARAN*TE*6175550148~\n"
    "NM1*85*2*LAKESIDE SPINE AND JOINT~\n"
    "NM1*IL*1*VANTERPOOL*DESMOND*K***MI*XQJ55501234~\n"
    "DMG*D8*19610309*M~\n"
    "NM1*PR*2*NORTHERN MUTUAL*****PI*44120~\n"
    "CLM*PCN7730012*410***11:B:1*Y*A*Y*Y~\n"
    "DTP*431*RD8*20230402-20230405~\n"
    "REF*X4*22D0412233~\n"
    "NM1*82*1*ABERNETHY-QUAYE*LUCINDA~\n"
    "SV1*HC:72148:26*410*UN*1***1~\n"
    "DTP*472*D8*20230508~\n"
    "SE*14*0042~\nGE*1*8123~\nIEA*1*000812345~\n"
)

_REMIT = (
    "ISA*00*          *00*          *ZZ*PAYER01        *ZZ*ACMEBILL       *240102*2215*^*00501*000556677*0*P*:~"
    "GS*HP*PAYER01*ACMEBILL*20240102*2215*5566*X*005010X221A1~ST*835*0007*005010X221A1~"
    "BPR*I*212.40*C*ACH*CCP*01*071000013*DA*88812345*1234567890**01*021000021*DA*44455566*20240103~"
    "TRN*1*9876543210*1234567890~DTM*405*20240102~N1*PR*NORTHERN MUTUAL~N1*PE*HARBORVIEW BONE CLINIC*XX*~"
    "CLP*PCN7730012*1*410*212.4**MC*~NM1*QC*1*VANTERPOOL*DESMOND*K***MI*XQJ55501234~DTM*232*20231215~"
    "SVC*HC:72148:26*410*212.4**1~SE*9*0007~GE*1*5566~IEA*1*000556677~"
)


def test_x12_dates_and_times_by_position(analyzer: PhiAnalyzer) -> None:
    dates = typed(analyzer, _CLAIM, "DATE_TIME")
    for value in ("230517", "20230517", "19610309", "20230402-20230405", "20230508"):
        assert value in dates
    assert dates.count("0942") == 3  # ISA10, GS05, BHT05
    remit = typed(analyzer, _REMIT, "DATE_TIME")
    for value in ("240102", "2215", "20240102", "20240103", "20231215"):
        assert value in remit


def test_x12_names_and_sites(analyzer: PhiAnalyzer) -> None:
    check(analyzer, _CLAIM, ["VANTERPOOL*DESMOND*K", "ABERNETHY-QUAYE*LUCINDA", "MARGUERITE OYELARAN",
                             "LAKESIDE SPINE AND JOINT", "PCN7730012", "XQJ55501234"])
    check(analyzer, _REMIT, ["HARBORVIEW BONE CLINIC", "VANTERPOOL*DESMOND*K", "PCN7730012"])


@pytest.mark.parametrize("value", ["000812345", "005010X222A1", "770123", "44120", "22D0412233", "72148", "8123"])
def test_x12_envelope_and_payer_numbers_are_left(analyzer: PhiAnalyzer, value: str) -> None:
    assert untouched(analyzer, _CLAIM, value)


@pytest.mark.parametrize("value", ["071000013", "88812345", "9876543210", "000556677", "NORTHERN MUTUAL"])
def test_x12_remittance_bank_and_trace_numbers_are_left(analyzer: PhiAnalyzer, value: str) -> None:
    assert untouched(analyzer, _REMIT, value)


def test_star_text_without_segments_is_not_x12(analyzer: PhiAnalyzer) -> None:
    text = "Rating: 4*5* stars\nDTP-style note: seen 20230508\n"
    assert "4" not in typed(analyzer, text, "DATE_TIME")


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("FN:Rosalind Achterberg, CWOCN\nORG:Fernhill Wound Center\n", ["Rosalind Achterberg"], ["CWOCN"]),
    ("Wound rounds\nSeen by: Tobias Kwarteng-Ellis, CWON  Unit: 6N\n", ["Tobias Kwarteng-Ellis"], ["CWON"]),
    ("Visit note\tProvider: Ignatius Moravec-Lund, DPM\tDOS: 03/11/2024\n", ["Ignatius Moravec-Lund"], ["DPM"]),
])
def test_wound_and_foot_credentials_are_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                             keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "word"), [
    ("<section><title>IMPRESSION</title><text>CAC 233.</text></section>", "CAC"),
    ('The prior report said only: "CAC 57." Nothing else was given.', "CAC"),
    ("Imaging: X-ray 04-09-2023 (A5550172) read by Dr. Quennell.", "X-ray"),
])
def test_calcium_scores_and_modalities_are_kept(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_fixed_width_legend_ranges_and_loinc_codes_are_left(analyzer: PhiAnalyzer) -> None:
    legend = "LAYOUT: MRN(1-10) NAME(11-40) ACCT(41-52) ACC(53-64) EXDT(65-72)\n"
    for value in ("41-52", "53-64", "65-72"):
        assert untouched(analyzer, legend, value)
    xml = '<section><code code="30954-2" codeSystem="2.16.840.1.113883.6.1"/><title>Results</title></section>'
    assert untouched(analyzer, xml, "30954-2")


@pytest.mark.parametrize(("text", "word"), [
    ("Apr 3 10:29:42 10.8.1.9 pacs-bridge[27114]: event=order.received status=ok", "27114"),
    ("Potassium       5.9 mmol/L   (3.50-5.10)\nSodium 139 mmol/L", "3.50-5.10"),
])
def test_process_ids_and_decimal_ranges_are_left(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Annual screening: TST placed 2/3, read 2/5 at 0 mm. Prior BCG vaccination reported.", "TST"),
    ("Annual screening: TST placed 2/3, read 2/5 at 0 mm. Prior BCG vaccination reported.", "BCG"),
    ("Sputum AFB smear x3 negative; follow-up per HCW policy.", "AFB"),
    ("A/P: DFO suspected; RTC in 2 weeks. Watch for AKI after contrast.", "DFO"),
    ("A/P: DFO suspected; RTC in 2 weeks. Watch for AKI after contrast.", "RTC"),
    ("Yours,\n\nOrla Fennimore, PhD, DABR\nDiagnostic Medical Physics\n", "Diagnostic Medical Physics"),
])
def test_screening_abbreviations_and_departments_are_not_sites(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_case_ordinals_in_a_markdown_table_are_left(analyzer: PhiAnalyzer) -> None:
    text = ("| Case | Pt | Age | Accession | Result |\n|---:|---|---:|---|---|\n"
            "| 7 | R. Quist | 61 | RX24-55012 | benign |\n")
    assert untouched(analyzer, text, "| 7 |")
    check(analyzer, text, ["R. Quist", "RX24-55012"])


def test_markup_template_version_date_is_left(analyzer: PhiAnalyzer) -> None:
    text = ('<ClinicalDocument>\n  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2014-06-09"/>\n'
            '  <effectiveTime value="20230811094512-0500"/>\n</ClinicalDocument>')
    assert untouched(analyzer, text, "2014-06-09")
    assert "20230811094512" in "".join(typed(analyzer, text, "DATE_TIME"))
