"""Round 22g: machine formats' own numbers left alone (DICOM SR code triplets and value types, a unified diff's
index line and file paths, a JSON object's own id, a research project's id, an issue tracker's key, e-mail relay
hosts and Message-IDs), and clinical text kept: Couinaud segment pairs, an eponymous score's value, a credential
after a name before a record number, an isotope after a modality.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_couinaud_segment_pair_is_no_date(analyzer: PhiAnalyzer) -> None:
    text = "Y-90 plan for Odalys Brenneman, seen 4/17/2023.\nTreated territory: segments 6/7, lung shunt 4.2%."
    assert untouched(analyzer, text, "6/7")
    check(analyzer, text, ["4/17/2023", "Odalys Brenneman"])


def test_eponymous_score_value_kept(analyzer: PhiAnalyzer) -> None:
    text = "Study for Ilse Varnhagen. The total calcium score of Agatston 287 places her above the 75th percentile."
    assert untouched(analyzer, text, "Agatston 287")


def test_credential_after_name_before_number(analyzer: PhiAnalyzer) -> None:
    text = "Amended by: Przybylski, Jaroslaw MBBS, 20230812 09:41\nNo other change."
    assert untouched(analyzer, text, "MBBS")
    check(analyzer, text, ["Przybylski", "Jaroslaw"])


def test_isotope_after_modality_is_no_name(analyzer: PhiAnalyzer) -> None:
    text = "Note: outside films were requested for NM Tc-99m sulfur colloid study by the clinic."
    assert untouched(analyzer, text, "NM")


def test_dicom_sr_codes_and_keywords(analyzer: PhiAnalyzer) -> None:
    text = ("Patient Name: QUILLFEATHER^ROSALIND\n"
            "<CONTAINER:(126000,DCM,\"Imaging Measurement Report\")=SEPARATE>\n"
            "  <has obs context:PNAME:(121008,DCM,\"Person Observer Name\")=\"OKONKWO^BEATRIX\">\n"
            "  <has concept mod:CODE:(G-C0E3,SRT,\"Finding Site\")=(T-62000,SRT,\"Liver\")>\n")
    for value in ("126000", "121008", "T-62000", "PNAME", "SRT"):
        assert untouched(analyzer, text, value), value
    check(analyzer, text, ["QUILLFEATHER^ROSALIND", "OKONKWO^BEATRIX"])


def test_unified_diff_index_and_paths(analyzer: PhiAnalyzer) -> None:
    text = ("diff --git a/out/RX.7731904.txt b/out/RX.7731904.txt\n"
            "index 3fa91c0..be27d55 100644\n"
            "--- a/out/RX.7731904.txt\n+++ b/out/RX.7731904.txt\n"
            "@@ -1,4 +1,5 @@\n Patient: Teodora Vlasic\n")
    assert untouched(analyzer, text, "index 3fa91c0..be27d55 100644")
    assert untouched(analyzer, text, "a/out/")
    check(analyzer, text, ["RX.7731904", "Teodora Vlasic"])


def test_json_object_id_and_project_id(analyzer: PhiAnalyzer) -> None:
    chat = '{"messages": [{"id": "5512039948127", "createdDateTime": "x", "body": "Case of Wendeline Ashgrove"}]}'
    assert untouched(analyzer, chat, "5512039948127")
    patient = '{"resourceType": "Patient", "id": "88420931"}'
    assert "88420931" in typed(analyzer, patient, "ACCOUNT_ID") + typed(analyzer, patient, "MRN")
    export = 'Database export - project "Renal Mass Cohort" (PID 48213)\nExported by Harriet Quenby'
    assert untouched(analyzer, export, "48213")


def test_issue_tracker_key(analyzer: PhiAnalyzer) -> None:
    text = "RADOPS-58213: Prior study not loading in viewer\nReporter: Lucan Pemberton\n"
    assert untouched(analyzer, text, "RADOPS-58213")


def test_mail_relay_hosts_and_message_id(analyzer: PhiAnalyzer) -> None:
    text = ("Received: from gateway3.example.com (10.4.55.61)\n\tby inbound.example.net with ESMTPS; 3 Mar 2024\n"
            "Message-ID: <9c1f22ab40e7@relay.example.com>\nFrom: Sabine Oduya <sabine.oduya@example.com>\n")
    for value in ("gateway3.example.com", "inbound.example.net", "9c1f22ab40e7@relay.example.com"):
        assert untouched(analyzer, text, value), value
    check(analyzer, text, ["sabine.oduya@example.com"])


def test_exchange_transaction_names_are_no_sites(analyzer: PhiAnalyzer) -> None:
    text = "2024-02-11 08:15 | Fernhill Regional Hospital | PDQ | family=Okafor;given=Tunde\n"
    assert untouched(analyzer, text, "PDQ")
