"""Detection rules added after the first outside measurement, one test per class of rule.

Every sentence here is written for these tests (invented people, places and numbers, not taken from
any evaluation corpus). ``check`` asserts that each planted identifier is fully masked and that each
clinical term is left alone.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ HL7 v2 fields by position
def test_hl7_segments_by_field_position(analyzer: PhiAnalyzer) -> None:
    text = ("MSH|^~\\&|RIS|NVH|EMR|NVH|202511030915||ORU^R01|MSG0042|P|2.3\r"
            "PID|1||5512093^^^NVH^MR||QUARTERMAIN^ODALYS^B||19410722|F|||88 Larkspur Bend^^Tollcrest^OR^97321||"
            "5415550188|||||HAR99120455|611-40-2287\r"
            "PV1|1|O|RAD^^^NVH||||^FENWORTH^CASIMIR\r"
            "IN1|1|BCBS|330|||||||||||||QUARTERMAIN^ODALYS^B|01|19410722||||||||||||||||||XQK4419920\r"
            "OBR|1|PL88120|FL2025-0073311|71020^XR CHEST 2V|||202511030840|||||||||||||||202511030912||CR|F\r"
            "OBX|1|TX|&GDT^REPORT||No focal consolidation.||||||F")
    check(analyzer, text,
          phi=["NVH", "202511030915", "5512093", "QUARTERMAIN", "ODALYS", "19410722", "88 Larkspur Bend",
               "Tollcrest", "97321", "5415550188", "HAR99120455", "FENWORTH", "CASIMIR", "XQK4419920",
               "PL88120", "FL2025-0073311", "202511030840"],
          keep=["GDT^REPORT", "XR CHEST 2V", "No focal consolidation", "BCBS|330"])


def test_hl7_address_typed_into_one_component(analyzer: PhiAnalyzer) -> None:
    text = "PID|1||4410028^^^MRN||DOVECOTE^ANSEL||19500101|M|||12 Wren Hollow, Unit 4, Ashmoor, VT 05733||"
    check(analyzer, text, phi=["4410028", "DOVECOTE", "12 Wren Hollow", "Ashmoor", "05733"])
    mask = masked(analyzer, text)
    assert not any(mask[text.index("^^^MRN") + 3:text.index("^^^MRN") + 6]), "the identifier type is not a site"


# ------------------------------------------------------------------ dates and times
@pytest.mark.parametrize(("text", "phi"), [
    ("*** ADDENDUM 11.02.2025 1746 ***", ["11.02.2025", "1746"]),
    ("ED PRELIM 9/12 @0415 by the night resident.", ["9/12", "0415"]),
    ("Sedation start 2312, procedure end 0047.", ["2312", "0047"]),
    ("Contrast at 10:02; scan complete 1019.", ["10:02", "1019"]),
    ("COMPARISON: 17 NOVEMBER 2024 AND OCTOBER 3, 2025.", ["17 NOVEMBER 2024", "OCTOBER 3, 2025"]),
    ("exam performed the 11th of February at 0935 hours", ["the 11th of February", "0935 hours"]),
    ("date of birth october twenty-ninth period exam performed august 6", ["october twenty-ninth", "august 6"]),
    ("Follow-up booked for Thursday, 3/19 in the afternoon.", ["Thursday", "3/19"]),
    ('"effectiveDateTime": "2025-10-08T07:41:00Z"', ["2025-10-08T07:41:00Z"]),
])
def test_date_and_time_formats(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_years_doses_and_page_counts_are_not_dates(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Prior cholecystectomy in 2017. DLP 1432 mGy-cm. Fax page P. 2/3 follows.", phi=[],
          keep=["2017", "1432 mGy-cm", "2/3"])


# ------------------------------------------------------------------ ages over 89
@pytest.mark.parametrize(("text", "age"), [
    ("MCCALLISTER 97yoF to CT", "97"), ("Age/sex: 93Y/M", "93"), ("| 91Y | chest pain", "91"),
    ("INDICATION: 95 YEARS OLD FEMALE, FALL", "95"), ("a 96 Y/O man with dyspnea", "96"),
    ("Teaching case: a ninety-one years old woman.", "ninety-one"), ("The patient is a nonagenarian.", "nonagenarian"),
])
def test_ages_over_89_in_every_case_and_in_words(analyzer: PhiAnalyzer, text: str, age: str) -> None:
    check(analyzer, text, [age])


def test_younger_ages_and_isotopes_are_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "A 72yoM after 25 mCi Tc-99m MDP; TC-99M uptake normal.", phi=[], keep=["72yoM", "TC-99M"])


# ------------------------------------------------------------------ identifiers
@pytest.mark.parametrize(("text", "phi"), [
    ("Acc#: Q517.60218  Scanner: room 3", ["Q517.60218"]),
    ("Outside study re-read here as K204.88317.", ["K204.88317"]),
    ("Order placed under W-25-118204 yesterday.", ["W-25-118204"]),
    ("LINDQVORN 66Y 604-118-297 CT HEAD", ["604-118-297"]),
    ("pt 71-20-4418 seen in clinic", ["71-20-4418"]),
    ('"identifier": {"type": "MR", "value": "55-90-1234"}', ["55-90-1234"]),
    ('{"system": "urn:example:accession", "value": "T771.40019"}', ["T771.40019"]),
    ("SS#: 512-33-0981   INS: QRT-660-4410", ["512-33-0981", "QRT-660-4410"]),
])
def test_identifier_labels_and_shapes(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_diagnosis_codes_are_not_identifiers(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Coded as R10.9 and S52.501A.", phi=[], keep=["R10.9", "S52.501A"])


# ------------------------------------------------------------------ street addresses, cities, ZIPs
@pytest.mark.parametrize(("text", "phi"), [
    ("RADIOLOGY\n417 HARROWFIELD CRESCENT, DUNMERE FALLS, WV 26044\n", ["417 HARROWFIELD CRESCENT", "DUNMERE FALLS", "26044"]),
    ("Address: 2290 County Road 41 Apt. 3B, Pell Haven, KS 66061-2210", ["2290 County Road 41 Apt. 3B", "Pell Haven", "66061-2210"]),
    ("Lives at 61 Route 17K, Orrisville, NY 12950.", ["61 Route 17K", "Orrisville", "12950"]),
    ("Mailing: 78 E 9th Street Lot 12\nBramwell, MT 59001", ["78 E 9th Street Lot 12", "Bramwell", "59001"]),
    ("Send to PO Box 3318 or RR 4 Box 92.", ["PO Box 3318", "RR 4 Box 92"]),
])
def test_street_address_forms(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_all_caps_body_part_and_view_is_not_a_town(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "XR CHEST 2 VIEWS, PA AND LATERAL.", phi=[], keep=["CHEST", "PA AND LATERAL"])


# ------------------------------------------------------------------ facilities
@pytest.mark.parametrize(("text", "phi"), [
    ("KELLSBRIDGE COUNTY MEDICAL CENTER  DEPARTMENT OF RADIOLOGY", ["KELLSBRIDGE COUNTY MEDICAL CENTER"]),
    ("P. 1/2\nHOLY WELLS OF THE VALLEY HOSPITAL  RADIOLOGY", ["HOLY WELLS OF THE VALLEY HOSPITAL"]),
    ("Report from Our Lady of the Moor Hospital | CT HEAD", ["Lady of the Moor Hospital"]),
    ("FARRADAY  IMAGING CENTER  RADIOLOGY\n", ["FARRADAY  IMAGING CENTER"]),
    ("Pt seen 4/2 at KVMC for the same complaint.", ["KVMC"]),
    ("Imaged at Tarnwick Valley Hospital; outside read from TVH attached.", ["Tarnwick Valley Hospital", "TVH"]),
])
def test_facility_names_and_abbreviations(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_departments_and_report_phrases_are_not_facilities(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Referred to Interventional Radiology.\nIMPRESSION: BENIGN; NO FURTHER IMAGING NEEDED.",
          phi=[], keep=["Interventional Radiology", "NO FURTHER IMAGING"])


# ------------------------------------------------------------------ names
@pytest.mark.parametrize(("text", "phi"), [
    ("Discussion: Drs. Vantongeren, Oduya-Blake and de la Serna favor surgery.",
     ["Vantongeren", "Oduya-Blake", "de la Serna"]),
    ("Brackenridge, Imelda | 77 yo | MRN 6610283", ["Brackenridge, Imelda"]),
    ("Case 3: Quill, Tobiah R, 58-year-old, seen in clinic", ["Quill, Tobiah R"]),
    ("The caller (Farrow, Ines) asked for results.\nPatient (Dunleavy, Osric) was not affected.",
     ["Dunleavy, Osric"]),
    ("Exam: CT HEAD | Acc 77120034 | Pt HOLLINGTHWAITE | M5512098", ["HOLLINGTHWAITE"]),
    ("ED PRELIM\nMARCHBANKS 61Y M2234419 CT HEAD WO", ["MARCHBANKS"]),
    ("pls draft impression for oriel vantassel Q4410287 ct chest", ["oriel vantassel"]),
    ("draft the impression for St. Ambrose 604-223-118 xr chest", ["St. Ambrose"]),
    ("this is doctor perpetua hallgrim dictating period patient name tobin wexler last name spelled "
     "W-E-X-L-E-R period", ["perpetua hallgrim", "tobin wexler", "W-E-X-L-E-R"]),
    ("Original interpreter: Q.T. Marchetti\nsend to J.R. Oyenuga", ["Q.T. Marchetti", "J.R. Oyenuga"]),
    ("Sedation RN: Ottoline van der Mast, RN\nCalled by: E. de los Reyes, MD", ["Ottoline van der Mast", "E. de los Reyes"]),
    ("Caller: Pim (nephew of Mr de Vries), callback pending.", ["Pim", "de Vries"]),
    ('"subject": {"display": "Ferdia O\'Callaghan", "identifier": {}}', ["Ferdia O'Callaghan"]),
    ("NAME: HILL, ROWENA T   UNIT#: 5550123", ["HILL, ROWENA T", "5550123"]),
    ("Signed  :   JUNE BRIGHTWATER,   M.D.   03/02/2025", ["JUNE BRIGHTWATER", "03/02/2025"]),
    ("Patient identified by name and DOB: SMITH, APRIL M / 1951-06-02", ["SMITH, APRIL M", "1951-06-02"]),
])
def test_names_from_structure(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_ocr_misread_digits_in_phones_and_dates(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "FROM: 503-4O8-1l27   DOB: O3/2l/1948  call l-800-555-0l99 at 7:4Opm",
          phi=["503-4O8-1l27", "O3/2l/1948", "l-800-555-0l99", "7:4Opm"])


@pytest.mark.parametrize(("text", "keep"), [
    ("Tech: ORSOLYA KEMENY, RT(R)(CT)", ["RT(R)(CT)"]),
    ("Reviewed with speech pathologist Ilse Marchand, CCC-SLP, and Dr. Abara.", ["CCC-SLP"]),
    ("Ulrike Tamsett, MD, FACR\nDesmond Ashgrove, PhD", ["MD", "FACR", "PhD"]),
])
def test_credentials_are_kept(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, phi=[], keep=keep)


def test_a_role_label_is_not_a_name(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Attending: Orla Penhallow, MD\nSedation RN: Bex Thornley, RN\nSedation start 0910.",
          phi=["Orla Penhallow", "Bex Thornley"], keep=["Sedation start"])


# ------------------------------------------------------------------ clinical terms kept
@pytest.mark.parametrize("term", [
    "Murphy sign", "Schatzki ring", "Freiberg infraction", "Virchow-Robin spaces",
    "Monteggia fracture-dislocation", "MORTON NEUROMA", "CROHN DISEASE", "Kohler disease",
])
def test_eponyms_are_kept(analyzer: PhiAnalyzer, term: str) -> None:
    check(analyzer, f"Findings suggest {term}, unchanged.\nIMPRESSION: {term.upper()}, STABLE.", phi=[],
          keep=[term, term.upper()])


def test_measurements_and_scores_in_capitals_are_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "MASS AT 2 O'CLOCK, 4.1 X 2.2 CM, BI-RADS 4B.\nNODE, SUVMAX 7.4, DEAUVILLE 4.", phi=[],
          keep=["4.1 X 2.2 CM", "BI-RADS 4B", "SUVMAX 7.4"])


def test_device_and_drug_names_are_kept(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Scanned on a Siemens MAGNETOM Skyra; Medtronic Azure pacemaker, MR Conditional. "
                    "On Eliquis and Synthroid.", phi=[],
          keep=["Siemens MAGNETOM Skyra", "Medtronic Azure", "Eliquis", "Synthroid"])
