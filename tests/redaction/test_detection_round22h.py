"""Round 22h: places and sites in credentialing files, student write-ups, REDCap exports, dictation queues and PDF
page headers; words of mail headers, pagers, tickets, legal letters and product names that were taken for people.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched

_TRAINING = (
    "Postgraduate training\n"
    "  Residency: Larkspur Valley Medical Center, Kalispell — 07/01/2011 to 06/30/2015\n"
    "  Fellowship (MSK): Ostrander Memorial Imaging Center, Muskogee — 2015–2016\n"
    "  Internship: Quillfeather Clinic, Pocatello - 2010\n"
)


def test_town_after_a_site_before_the_training_dates(analyzer: PhiAnalyzer) -> None:
    towns = typed(analyzer, _TRAINING, "CITY")
    assert {"Kalispell", "Muskogee", "Pocatello"} <= set(towns)


def test_memorial_site_keeps_its_imaging_center_or_health_center(analyzer: PhiAnalyzer) -> None:
    sites = typed(analyzer, _TRAINING, "FACILITY")
    assert "Ostrander Memorial Imaging Center" in sites
    text = "site: Ostrander Memorial Outpatient Imaging\nreader: Q. Lund\n"
    assert "Ostrander Memorial Outpatient Imaging" in typed(analyzer, text, "FACILITY")
    text = "Radiology | Brindlewood Regional Health Center\n"
    assert "Brindlewood Regional Health Center" in typed(analyzer, text, "FACILITY")


def test_site_after_a_clinician_credential_and_at_keeps_its_whole_name(analyzer: PhiAnalyzer) -> None:
    text = "Referred by Odette Marchetti DO at Ostrander Memorial Health Center (pager 555-0101)."
    assert "Ostrander Memorial Health Center" in typed(analyzer, text, "FACILITY")


def test_town_between_in_and_on_a_date(analyzer: PhiAnalyzer) -> None:
    text = ("HPI: Symptoms began 3/2. Outside CT abdomen in Kalispell on 20240211 was read as negative. "
            "An MRI in Muskogee on April 9, 2024 is on a CD. Seen in Clinic on 3/4/2024.")
    towns = typed(analyzer, text, "CITY")
    assert "Kalispell" in towns and "Muskogee" in towns
    assert untouched(analyzer, text, "Clinic")


def test_zip_code_column_of_a_csv_export(analyzer: PhiAnalyzer) -> None:
    text = ("record_id,redcap_event_name,pt_name,mrn,zip_code,site\n"
            '17,baseline_arm_2,"QUILLFEATHER, ODA",55120948,59901,"Larkspur Valley Clinic"\n')
    assert "59901" in typed(analyzer, text, "ZIP")
    assert untouched(analyzer, text, "baseline_arm_2")


def test_accession_before_an_x_ray_exam_cell(analyzer: PhiAnalyzer) -> None:
    text = ("J551023\tLUND, ODA\t552-10-33\tXR.6610287\tX-ray hand 3 views\tSIGNED\trcvd 10:02\n"
            "J551024\tMARCHETTI, PIA\tM5510291\tXR.6610301\tCT head\tDRAFT\trcvd 10:17\n")
    check(analyzer, text, ["XR.6610287", "XR.6610301", "LUND, ODA"])


def test_site_in_capitals_ending_on_a_service_health(analyzer: PhiAnalyzer) -> None:
    text = ("LUND, ODA K (55120948)                 KESTREL PINES OCCUPATIONAL HEALTH\n\n"
            "Examination: CT chest\n")
    assert "KESTREL PINES OCCUPATIONAL HEALTH" in typed(analyzer, text, "FACILITY")


def test_mail_pager_and_ticket_words_are_no_people(analyzer: PhiAnalyzer) -> None:
    text = ("Received: from relay2.example.org\n\tby mx.example.net with ESMTPS; 2 Mar 2025 10:01:02 -0500\n"
            "0811h ; TO Q. Lund ; PLS CALL (555) 555-0142 RE scan\n"
            "0902h | Recip=O. Marchetti | CRIT RESULT LUND^ODA #55120948 CT head\n"
            "Assigned to:\tPACS Admin / Pia Marchetti\n"
            "Sys created on: 2025-03-02\n")
    for word in ("ESMTPS", "PLS CALL", "Recip", "CRIT RESULT", "Admin", "Sys"):
        assert untouched(analyzer, text, word), word
    check(analyzer, text, ["LUND^ODA", "Pia Marchetti"])


def test_law_firm_named_by_its_trade_is_no_person(analyzer: PhiAnalyzer) -> None:
    text = "Odette Marchetti, Esq.\nBrightwater Risk Counsel\n118 N Larch Road\n"
    assert untouched(analyzer, text, "Risk Counsel")
    assert "Odette Marchetti" in typed(analyzer, text, "PERSON")


def test_titles_and_product_names_are_no_people(analyzer: PhiAnalyzer) -> None:
    text = ("Guardian ad Litem\n\nProctored cases (FPPE):\n  55MR1102933  10/25/2024  Q. Lund\n\n"
            "Implant system: Exactech Equinoxe\nhearing aid: Oticon Intent, SN 5510-QT-11029\n"
            "Post-treatment imaging: Bremsstrahlung SPECT/CT: no extrahepatic deposition.\n"
            "[Comment Q. Lund: remove the MRN]\nPrepared by Q. Lund\n")
    for word in ("Litem", "FPPE", "Exactech Equinoxe", "Oticon", "Bremsstrahlung", "Comment"):
        assert untouched(analyzer, text, word), word


def test_label_of_the_next_field_and_ad_litem_are_no_part_of_a_name(analyzer: PhiAnalyzer) -> None:
    text = ("GUARDIAN AD LITEM PROGRAM - Kalispell, MT\n"
            "0931h | to:Q. Lund | CRIT RESULT MARCHETTI^PIA MRN 55120948 CT head\n"
            "DOS: 03-02-2025\tPt: Oda LUNDQVIST\tPCP: Brandt, Ilse K.\n")
    assert untouched(analyzer, text, "AD LITEM")
    people = typed(analyzer, text, "PERSON")
    assert "MARCHETTI^PIA" in people and "Oda LUNDQVIST" in people
    assert "MARCHETTI^PIA MRN" not in people
    assert "Oda LUNDQVIST\tPCP" not in people
