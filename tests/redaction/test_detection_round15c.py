"""Round 15c: keep-rate and site/ID over-masking.

Cardiac MRI, obstetric, radiation-oncology, advance-directive, veterinary and inhaler abbreviations ("LGE",
"ECV", "FHR", "ITV", "HCPOA", "DVM", "MDI") are no site's initials; eponyms sharing one noun ("Hill-Sachs and
Bankart lesions") stay clinical even when the patient's surname is one of them; a department after a site
("Department of Radiation Oncology", "TRANSFER CENTER", "... Health Radiology") and a payer named by NER
("... Health Plan", "... Care Advantage") are no care site; a safety event's, an IRB protocol's or an
image-exchange request's number, a contrast agent's lot, an IP address's port and a bracketed CPT code after an exam title number no
patient. A study subject's number still does.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "keep"), [
    (("TECHNIQUE: Cine bSSFP, native T1 mapping, ECV, stress perfusion, LGE at 12 minutes.\n"
      "FINDINGS: LVEDV index 88 mL/m2. Subepicardial LGE in the lateral wall."), ["LGE", "ECV", "LVEDV"]),
    ("Single intrauterine gestation. FHR 139 bpm. DVP 4.2 cm.", ["FHR"]),
    ("Planning: 4D CT, ITV drawn on the MIP; 54 Gy with concurrent TMZ.", ["ITV", "TMZ"]),
    ("Code status: DNR/DNI.\nHCPOA: son, reachable by phone.", ["HCPOA"]),
    ("Canine patient (DSH cross), referred by the clinic's DVM.", ["DSH", "DVM"]),
    ("14:05  wheeze; salbutamol MDI 4 puffs given.", ["MDI"]),
])
def test_clinical_abbreviations_are_not_site_initials(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


def test_coordinated_eponyms_beside_a_namesake_patient(analyzer: PhiAnalyzer) -> None:
    text = ("Date | Patient | Exam | Feedback\n"
            "2/4 | HILL, MORWENNA | MRI shoulder | called Hill-Sachs and Bankart lesions correctly\n")
    check(analyzer, text, ["HILL, MORWENNA"], ["Hill-Sachs"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Quarry Lane Cancer Hospital\nDepartment of Radiation Oncology\n\nSIMULATION NOTE",
     ["Quarry Lane Cancer Hospital"], ["Department of Radiation Oncology"]),
    ("Wrenfield General Hospital TRANSFER CENTER — CALL LOG", ["Wrenfield General Hospital"], ["TRANSFER CENTER"]),
    ("To: Kestrel Bay Health Radiology\nSubject: question about my scan", ["Kestrel Bay Health"], ["Radiology"]),
])
def test_departments_after_a_site(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize("payer", ["Harbor Light Health Plan", "Orchard Point Care Advantage"])
def test_payer_letterhead_is_not_a_site(analyzer: PhiAnalyzer, payer: str) -> None:
    text = f"{payer}\nUtilization Management Department\nRe: request for MRI lumbar spine"
    check(analyzer, text, [], [payer])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("SAFETY EVENT / NEAR-MISS REPORT   Event # SE4471020\nPatient MRN 7730192; filed by the charge technologist.",
     ["7730192"], ["SE4471020"]),
    ("Incident no. 2024-0193: wrong-side marker caught at time-out. Acct 88120457.", ["88120457"], ["2024-0193"]),
    ("ENROLMENT LOG — KNEE-OA (IRB 2023-1187)\nProtocol KNEE-9   Subject 044-1290", ["044-1290"], ["2023-1187"]),
    ("IMAGE EXCHANGE REQUEST #402117   Account # 5520381", ["5520381"], ["402117"]),
    ("PELVIC ULTRASOUND — TRANSVAGINAL (76830)\nPatient MRN 4410982", ["4410982"], ["76830"]),
    ("Agent: iopamidol 300, lot 25K114, injector SN XQ4410BZ71", ["XQ4410BZ71"], ["25K114"]),
    ("Injector SN T4410982; contrast lot 613370\nImplant: IVC filter Lot 24-311C", ["T4410982", "24-311C"], ["613370"]),
    ("C-STORE from 10.40.7.12:104 to 10.40.9.88:11112 failed (association rejected)", ["10.40.9.88"], ["11112"]),
])
def test_numbers_that_name_no_patient(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
