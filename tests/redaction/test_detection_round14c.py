"""Round 14c: precision fixes for facility and identifier over-masking.

A department or service written after a complete facility name ("... Medical Center Vascular Lab",
"... Hospital Breast Imaging", "... Imaging Radiology", "... Department of Radiology") is no part of the
site's name; a health plan or insurer ("... Health Plan") is no care site, and its PO box on its letterhead
line is not the patient's address; a home-health agency's "Home Health" is no "lives at home" town cue;
"Hospital day 9" in a progress note's title is a day count; an HL7 message's control ID (MSH-10) numbers
the message, and a receiving "HUB" is an interface node. The site itself, an insured's address in an IN1 segment and other HL7 IDs stay masked.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "site", "department"), [
    ("Quarry Lake Medical Center Noninvasive Vascular Lab\nARTERIAL DUPLEX\nName: VOSS, ERNA",
     "Quarry Lake Medical Center", "Noninvasive Vascular Lab"),
    ("Brindlewood Hospital Breast Center\nScreening callback letter", "Brindlewood Hospital", "Breast Center"),
    ("Calling from Tamsin Vale Diagnostic Imaging Radiology about the visit.", "Tamsin Vale Diagnostic Imaging",
     "Radiology"),
    ("Transfer to: Orrin Bay Medical Center Radiology\nReason: MRI", "Orrin Bay Medical Center", "Radiology"),
    ("Cobble Ridge Hospital Breast Imaging\nDear patient,", "Cobble Ridge Hospital", "Breast Imaging"),
    ("Pellham Memorial Breast Imaging\nDear patient,", "Pellham Memorial", "Breast Imaging"),
    ("TEACHING ROUNDS\nSt. Ivo Medical Center of the Marshes Department of Radiology\nAgenda",
     "St. Ivo Medical Center of the Marshes", "Department of Radiology"),
    ("From: Tobin Quarles, RN - Ferncastle Health System Radiology Nurse Line\nDate: today",
     "Ferncastle Health System", "Radiology Nurse Line"),
    ("ED PROVIDER NOTE  Wexley Bay Medical Center Emergency Dept\nPatient: seen at triage",
     "Wexley Bay Medical Center", "Emergency Dept"),
])
def test_department_after_site_is_not_masked(analyzer: PhiAnalyzer, text: str, site: str, department: str) -> None:
    check(analyzer, text, [site], [department])


def test_home_health_agency_then_department(analyzer: PhiAnalyzer) -> None:
    text = "Lindqvist Valley Home Health Services Noninvasive Vascular Lab\nVENOUS DUPLEX\nName: ODUYA, PRISCA"
    check(analyzer, text, ["Lindqvist Valley Home Health Services"], ["Noninvasive Vascular Lab"])


@pytest.mark.parametrize(("text", "site", "department"), [
    ("Transfer to: Zephyr Crest Family Clinic Muscat Radiology\nReason: MRI", "Zephyr Crest Family Clinic Muscat",
     "Radiology"),
    # names that open on their head word
    ("Transfer to: Hospital Santa Ines de Oriente Radiology\nReason: MRI", "Hospital Santa Ines de Oriente",
     "Radiology"),
    ("Szpital Powiatowy im. Jana Kowalczyka Breast Center\nScreening callback letter",
     "Szpital Powiatowy im. Jana Kowalczyka", "Breast Center"),
])
def test_department_after_a_name_of_another_shape(analyzer: PhiAnalyzer, text: str, site: str,
                                                  department: str) -> None:
    check(analyzer, text, [site], [department])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("NOTICE OF DENIAL\nSilverCove Health Plan  Appeals Unit  PO Box 40917\n"
     "Member: Tilde Arkwright, PO Box 55183, Dunmore, KY 40111",
     ["Tilde Arkwright", "PO Box 55183", "Dunmore", "40111"], ["SilverCove Health", "PO Box 40917"]),
    ("Claims: GoldMeadow Health Insurance Company reviewed the request.", [], ["GoldMeadow Health"]),
    ("IN1|1|CHP22|5521|SilverCove Health Plan|||||||||||ARKWRIGHT^TILDE|01|19610304|PO BOX 7731^^DUNMORE^KY^40111",
     ["PO BOX 7731", "DUNMORE", "40111", "ARKWRIGHT"], ["SilverCove Health"]),
])
def test_payer_is_not_a_site_and_its_box_is_not_the_patients(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                             keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_hospital_day_in_title_is_not_a_site(analyzer: PhiAnalyzer) -> None:
    text = ("HOSPITALIST PROGRESS NOTE - Hospital day 9\nSubjective: no events overnight.\n\n"
            "DISCHARGE SUMMARY - Pellworth West\nCourse: uneventful.")
    check(analyzer, text, ["Pellworth West"], ["Hospital day 9"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("MSH|^~\\&|RIS|ORRIN BAY MC|EHR|ORRIN BAY MC|20250611083015||ORU^R01|MSG77213|P|2.5.1\r"
     "PID|1||60417735^^^MRN||QUELLE^ADA^M||19590203|F\r"
     "OBR|1|ORD5531870|ACC8830129||CT CHEST",
     ["ORRIN BAY MC", "60417735", "QUELLE", "19590203", "ORD5531870", "ACC8830129"], ["MSG77213"]),
    # the receiving side is an interface hub, not a site
    ("MSH|^~\\&|RIS|WEXLEY BAY MC|PACS|HUB|20250611083015||ORU^R01|Q7781302|P|2.3\r"
     "PID|1||52209817^^^MRN||STRAND^ODA||19620417|F",
     ["WEXLEY BAY MC", "52209817", "STRAND", "19620417"], ["HUB", "Q7781302"]),
])
def test_hl7_message_control_id_and_interface_node_are_not_phi(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                               keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
