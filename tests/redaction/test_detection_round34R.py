"""Round 34 (R): identifiers and ages in structured records (YAML, FHIR JSON, XML, router logs, CSV exports):

- a record number written as three groups of three digits after a label on its line (``mrn: "..."``,
  ``PatientID=``, ``<pt-id>``, ``Patient B MRN - ``, "merged MRN ... into ...", a FHIR ``Patient/`` reference)
  or in a reconciliation table's "Surname, Given / number" match cell;
- an age over 89 under a key or element naming an age (``age_at_index: 93``, ``<pt-age>97</pt-age>``), after a
  lettered patient ("A (96) relies on ...") and in "Patient B is 94 and ...";
- the id of a FHIR ImagingStudy (the visit's number), a spaced coverage number's last group, the second of two
  accessions after one label, a "Detector" column's serials, the town after a "... Heart & Vascular" site;
- "DXA" left alone before a parenthesised accession.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_grouped_record_number_yaml_and_xml(analyzer: PhiAnalyzer) -> None:
    text = ('record_version: 3\npatient:\n  name: "Odile Varga"\n  age_at_index: 93\n  mrn: "482 106 337"\n'
            '  ssn_last_entered: 112-23-4455\n')
    check(analyzer, text, ["482 106 337", "93"])
    text = "<phi>\n  <pt-name>VARGA^ODILE</pt-name>\n  <pt-id>513 270 846</pt-id>\n  <pt-age>97</pt-age>\n</phi>\n"
    check(analyzer, text, ["513 270 846", "97"])


def test_grouped_record_number_logs_and_forms(analyzer: PhiAnalyzer) -> None:
    text = ("Mar 03 11:02:14 edge-gw dicomrouter[4411]: C-STORE from 10.1.2.3 AE=CT_2 PatientName=VARGA^ODILE "
            "PatientID=624 018 355 Acc=CT-24-110022 status=0000\n")
    check(analyzer, text, ["624 018 355"])
    text = ("Mar 03 11:05:20 edge-gw dicomrouter[4412]: rule 'cd_import' matched: PatientID=W1234567 "
            "(was 731 442 908) name=\"VARGA^ODILE\"\n")
    check(analyzer, text, ["731 442 908"])
    check(analyzer, "Patient B MRN - 845 203 119\nCurrent slot - 3/4 @ 9:00 AM\n", ["845 203 119"])
    check(analyzer, "On 2 March registration merged MRN K4471203 into 902 318 664. The records differ.",
          ["902 318 664"])
    text = '  "subject": {"reference": "Patient/318 550 427", "display": "VARGA, ODILE"},\n'
    check(analyzer, text, ["318 550 427"])
    text = ("RecvTime | SrcAE | PatientID | Suggested match\n"
            "11:02:14 | CT_2 | W1234567 | Varga, Odile / 660 129 384\n")
    check(analyzer, text, ["660 129 384"])
    text = "Dose check: kVp series 100 120 140 reviewed with the physicist.\n"  # no record label: left alone
    assert untouched(analyzer, text, "100 120 140")


def test_ages_in_two_patient_forms(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Reason:\tA (96) relies on the shuttle arriving before noon.\n", ["96"])
    check(analyzer, "Reason - Patient B is 94 and needs the later slot with her daughter.\n", ["94"])
    assert untouched(analyzer, "page: 95\nstage: 2\n", "95")


def test_fhir_imaging_study_id(analyzer: PhiAnalyzer) -> None:
    text = ('{\n  "resourceType": "ImagingStudy",\n  "id": "3304512",\n'
            '  "identifier": [{"type": {"text": "Accession"}, "value": "CT-24-551200"}],\n'
            '  "modality": [{"code": "CT"}]\n}\n')
    check(analyzer, text, ["3304512"])


def test_coverage_accession_pair_detector_and_town(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Coverage HK 2231 7780 and billing account 771203345 were updated.", ["HK 2231 7780"])
    check(analyzer, "Imaging affected: CT accession Q1234-5678 and 4321.87654. Coverage pending.",
          ["Q1234-5678", "4321.87654"])
    text = ("Accession,Exam date,Body part,Reason,Detector,EI\n"
            "CT-24-551200,2024-03-04,lumbar spine,motion,JQD-4410-RT27,1210\n"
            "CT-24-551201,2024-03-05,left knee,positioning,0031KV9921,1488\n")
    check(analyzer, text, ["JQD-4410-RT27", "0031KV9921"], keep=["lumbar spine"])
    text = "Images courtesy of Linden Heart & Vascular in Port Ardmore. \n\nROOT CAUSE\nNone found."
    assert "Port Ardmore" in " ".join(typed(analyzer, text, "CITY"))


def test_dxa_before_an_accession_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Outside MRI reviewed. Our DXA (accession RX200118842) shows low bone density of the hip."
    check(analyzer, text, ["RX200118842"], keep=["DXA"])
