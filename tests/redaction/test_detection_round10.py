"""Round 10: idioms a ninth writer used: lower-case names in dictation and portal prose (a dictation's
subject before its record number, a relative before a verb, whom results were discussed with or copied
to, a message's signature), lower-case addresses with no comma before the town, mail and letter
addressees ("Attn: Last, First", "Last, First <mail>"), a reader "per" a surname, a contact before a
phone number, chat initials after "per", short surnames that are also words ("Dr. Do"), worklist site
columns and ALL-CAPS worklist names, timelines of 24-hour times, and a few address and site tails.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


# ------------------------------------------------------------------ lower-case names in dictation and portal prose
@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("this is doctor ada quill dictating on bertil van der zee medical record number Q7710023 period "
     "findings small left pleural effusion period", ["bertil van der zee"], ["pleural effusion"]),
    ("dictating ct chest for sunniva ter horst date of birth march 3 1950 period no pneumothorax period",
     ["sunniva ter horst"], ["pneumothorax"]),
    ("dictating xr wrist on patient minh vo last name spelled v o medical record number M0000001 period",
     ["minh vo", "v o"], []),
])
def test_dictation_subject(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi"), [
    ("simple cyst 2.1 cm period the patients wife marisol quintanilla-ruiz was present at bedside period",
     ["marisol quintanilla-ruiz"]),
    ("what does that mean?? my nephew teodoro van aalst looked it up and is worried", ["teodoro van aalst"]),
    ("the patient's daughter oyinkansola adeyemi-brandt, who drove her, asked about the biopsy",
     ["oyinkansola adeyemi-brandt"]),
])
def test_relative_in_prose(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi, ["biopsy"] if "biopsy" in text else [])


@pytest.mark.parametrize(("text", "phi"), [
    ("no acute fracture period results discussed with oyelaran adebisi at 14:05 callback number 555 555 0101",
     ["oyelaran adebisi"]),
    ("end of dictation cc wendeline okonjo-baptiste at Quillfield Community Hospital job number 4411",
     ["wendeline okonjo-baptiste"]),
    ("these findings were discussed with her son tobiah okwuosa at 1530 hours by telephone period",
     ["tobiah okwuosa"]),
])
def test_whom_results_went_to(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi, ["fracture"] if "fracture" in text else [])


def test_portal_signature_in_lower_case(analyzer: PhiAnalyzer) -> None:
    text = "is the nodule cancer? im worried\nthank you so much, ifeyinwa ozoemena\n\n--- Sent via MyChart portal"
    check(analyzer, text, ["ifeyinwa ozoemena"], ["nodule"])


def test_greeting_with_filler_before_title(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "hi there doctor river quillon\ni had my mri on the 3rd", ["river quillon"], ["mri"])


def test_lower_case_prose_names_among_ordinary_sentences(analyzer: PhiAnalyzer) -> None:
    text = ("my wife was present and my daughter also looked at the images. results discussed with the "
            "ordering team at 14:05 and with dr. quill. my wife ngozi eze-whitcombe was present too. "
            "thanks, sounds good\n")
    check(analyzer, text, ["ngozi eze-whitcombe"],
          ["my wife was present", "my daughter also looked", "the ordering team", "sounds good"])


# ------------------------------------------------------------------ lower-case addresses, no comma before the town
@pytest.mark.parametrize(("text", "phi"), [
    ("also i moved, new adress is 812 heronwood ln apt. 4 quillfield oh 44120. best # is 555 555 0100",
     ["812 heronwood ln apt. 4", "quillfield", "44120"]),
    ("new address 57 calle del rio bonita quill az 85001-2231 thanks",
     ["57 calle del rio", "bonita quill", "85001-2231"]),
    ("new address is 9607 sw 14th terrace apt 3b quillmont wa 98001. ok", ["9607 sw 14th terrace apt 3b", "quillmont"]),
    ("mail to rr 3 box 77 lake quillon mn 55001 please", ["rr 3 box 77", "lake quillon"]),
])
def test_lower_case_address_without_comma(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ letters, mail headers, contacts
def test_phone_label_after_an_eponym_surname(analyzer: PhiAnalyzer) -> None:
    text = "Impression: Baker cyst.\nDisposition: home with wife Ama Baker (cell 555-555-0142)."
    check(analyzer, text, ["Ama Baker"], ["Baker cyst"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Statement date 1/2/2026\nAttn: Hunter, Dale, Patient Financial Services\nHospital account 42", ["Hunter, Dale"]),
    ("Attn: Wren, April R, Patient Financial Services", ["Wren, April R"]),
    ("From: Quill, Ada <ada@quill.example>\nCc: Baker, Mason <mb@quill.example>; Young, Sonny <sy@quill.example>",
     ["Baker, Mason", "Young, Sonny"]),
])
def test_addressees(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_reader_per_surname(analyzer: PhiAnalyzer) -> None:
    text = "0007 XR ordered.\n0121 Prelim read per Bishop (teleradiology): nodular opacity."
    check(analyzer, text, ["Bishop"], ["nodular opacity"])


def test_contact_before_phone(analyzer: PhiAnalyzer) -> None:
    text = "Prep: full bladder. Questions? Robin at 555.555.0107 X4411."
    check(analyzer, text, ["Robin"], ["full bladder"])


def test_quoted_nickname(analyzer: PhiAnalyzer) -> None:
    check(analyzer, 'pt Ada "Birdie" Wren mrn 0000001-6', ['Ada "Birdie" Wren'])


def test_chat_initials_after_per(analyzer: PhiAnalyzer) -> None:
    text = ("[10:51] Ada Quill: fyi per RV pt's husband wants a callback 555-555-0100\n"
            "[10:52] Ben Wren: per PO pt's son will call")
    check(analyzer, text, ["RV", "PO"])
    check(analyzer, "CTA: RV dilated.\n" + text, [], ["RV dilated"])


def test_chat_speaker_with_leading_particle(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "[13:22] Ó Quillan, Siobhán K: hey is the CTA read yet?", ["Ó Quillan, Siobhán K"], ["CTA"])


# ------------------------------------------------------------------ short surnames that are also words
@pytest.mark.parametrize(("text", "phi"), [
    ("12:13 PM - Radiology (Dr. Do) called with prelim", ["Do"]),
    ("I reviewed the images and agree with Dr. Do's findings.", ["Do"]),
    ("Screened by: Khanh Do, RT(R)(CT)  Cleared for Zone IV", ["Khanh Do"]),
    ("hi dr. le its me again about my scan", ["le"]),
])
def test_short_surnames(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_short_surname_after_per_once_titled(analyzer: PhiAnalyzer) -> None:
    text = "17:07 - d/w Dr. Do (ICU), per Do plan for OR."
    mask = masked(analyzer, text)
    start = text.rindex("Do")
    assert all(mask[start:start + 2])
    assert not any(mask[text.index("plan"):])


# ------------------------------------------------------------------ a lone given name in a case conversation
@pytest.mark.parametrize(("text", "phi"), [
    ("Prior auth: pending - spoke with Juniper at payer, ref call 12:33 PM", ["Juniper"]),
    ("Prior auth: done - spoke with Ji-woo at payer, ref call 1:32 PM", ["Ji-woo"]),
    ("[5/6 11:02pm] Rose, June C (Radiology): thx Summer. who is covering for Sunny?", ["Summer", "Sunny"]),
    ("family wants a call first. daughter is May Rivers 555-555-0100", ["May Rivers"]),
])
def test_given_names_in_conversation(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ structured names
@pytest.mark.parametrize(("text", "phi"), [
    ("PSCI      CT-26-000001     RUIZ DE QUILL, ANA MARIA      6Y/M     STAT  9/18 22:55",
     ["RUIZ DE QUILL, ANA MARIA"]),
    ("SPECIMEN LABEL  |  W26-665-0001 A2\nQUILLAN  F  8/19/38\nMRN M000000001", ["QUILLAN"]),
    ("Patient Paget, Mai Anh (DOB Dec 6, 1983), local MRN 0000000001", ["Paget, Mai Anh"]),
    ("3. DE LA QUILL, MIGUEL ANGEL D (4070-421)  91  Dr. Wren  MR 4/14/25  Gleason 3+4=7",
     ["DE LA QUILL, MIGUEL ANGEL D",
                                                                                         "91"]),
    ('{\n  "site": "Quill Main",\n  "ordering": "Wren, April",\n  "exam_time": "16:36:58"\n}', ["Wren, April"]),
])
def test_structured_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi, ["Gleason 3+4=7"] if "Gleason" in text else [])


def test_hl7_name_with_particles(analyzer: PhiAnalyzer) -> None:
    text = ("IN1|1|MCR|04060|PAYER|||||||||||DE LA QUILL^GUADALUPE^ELENA|01|19291001|\n"
            "PID|1||7840113^^^QVH^MR||WREN^ADA^N||19560427|F|||144 Old Mill Rd^^Saint Osric^LA^70609||5555550100")
    check(analyzer, text, ["DE LA QUILL^GUADALUPE^ELENA"])
    person = [False] * len(text)
    for span in analyzer.analyze(text):
        if span.entity_type == "PERSON":
            person[span.start:span.end] = [True] * (span.end - span.start)
    assert not any(person[text.index("^LA^") + 1:text.index("^LA^") + 3])  # a state component, not a name


# ------------------------------------------------------------------ times of a timeline
def test_timeline_times(analyzer: PhiAnalyzer) -> None:
    text = ("ED COURSE:\n2016 - MRI right knee ordered.\n2023 - Radiology (Dr. Quill) called with prelim.\n"
            "2227 - d/w Dr. Wren (surgery).")
    check(analyzer, text, ["2016", "2023", "2227"], ["MRI right knee"])
    # a list of years alone is a history, not a timeline of clock times
    check(analyzer, "Surgical history:\n2016 - knee arthroscopy\n2019 - ACL repair", [], ["2016", "2019"])


# ------------------------------------------------------------------ addresses and sites
@pytest.mark.parametrize(("text", "phi"), [
    ("Re: Ada Quill, DOB 20 Nov 1988\n230 Wattle Grove, Quill Creek 2104\n\nThank you", ["Quill Creek", "2104"]),
    ("OHIP 0051-223-559-KT\n53 Red River Rd, Saint-Jean J7Z 4K2\n\nThank you", ["Saint-Jean"]),
    ("URN 61196731\n     Unit 5/18 Wattle St, Mt Quillon SA 5290\n\nThank you", ["Unit 5/18 Wattle St"]),
])
def test_international_address_lines(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_worklist_site_column(analyzer: PhiAnalyzer) -> None:
    text = ("TELERAD WORKLIST   reader: Dr. Quill\n"
            "PRI  SITE     ACC               PATIENT                    AGE/SEX  EXAM\n"
            "STAT QVMH-E  7285020941  DOE, JANE  69Y/F  CT cardiac calcium scoring\n"
            "RTN  ZLCH  A24-113692  ROE, ANN W  68Y/M  CT head\n"
            "Escalations: call site tech 555-555-0100\n\n"
            "SITE      ACCESSION        PATIENT        AGE/SEX\n"
            "Trinity North XR-26-250921     ZHANG, WEI     36Y/M\n")
    check(analyzer, text, ["QVMH-E", "ZLCH", "Trinity North"], ["Escalations: call site tech", "CT cardiac calcium"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Referring physician: Dr. Quill MD, Heronwood Cardiology Associates  Fax 555-555-0100",
     ["Heronwood Cardiology Associates"]),
    ("MRI SAFETY SCREENING - St. Quillian Medical Center East\nName: Wren, Ada", ["St. Quillian Medical Center East"]),
])
def test_site_name_tails(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("Dr Lieke Quill\nHeronwood Family Medical\n9B/59 Kingsley St\nHeronwood VIC 5045", ["Heronwood Family Medical"]),
    ("Is this new compared with the study at Our Lady? Family (Ada Quill, daughter)", ["Our Lady"]),
])
def test_site_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_csv_row_with_a_comma_in_its_free_text_cell(analyzer: PhiAnalyzer) -> None:
    text = ("MRN,Patient Name,DOB,Accession,Exam Date,Mod,Procedure,Ordering,Site\n"
            '3477407,"QUILL, ADA",12/10/2000,ACC2025-94502,01/26/2025,MR,MRI left shoulder,Ada Wren,QVMH\n'
            '80655308,"WREN, BEN",03/22/1953,MG-25-79814,07/25/2025,MG,MG diagnostic bilateral, 6-month follow-up,'
            "Holly Stone,QVMH\n"
            '5890382,"ROE, ANN M",04/25/1977,2197880001,01/08/2024,XR,XR bilateral knees,Ann Lee,ZLCH')
    check(analyzer, text, ["2197880001", "5890382", "ZLCH"], ["MG diagnostic bilateral", "XR bilateral knees"])


# ------------------------------------------------------------------ scanned text: letters read as digits
@pytest.mark.parametrize(("text", "phi"), [
    ("destroy all copies.\n\nCedar B1uff Family Health Center  -  DEPARTMENT 0F RADIOLOGY",
     ["Cedar B1uff Family Health Center"]),
    ("COMPARISON: 2024-06-19 at Quill Falls Memorial Hospita1.\nFINDINGS:", ["Quill Falls Memorial Hospita1"]),
    ("DEPARTMENT OF RADIOLOGY\nPatient: WREN, R0SE J   PID: Z320827", ["WREN, R0SE J"]),
])
def test_ocr_misread_words(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text + "\nT1W1 and T2 images. L5S1 disc, 15mm.", phi, ["T1W1", "L5S1", "15mm"])


# ------------------------------------------------------------------ wrapped printouts, residents, HL7 short names
@pytest.mark.parametrize(("text", "phi"), [
    ("Quill Medical Center  P.3/4\nPATlENT NAME: WREN,\nHUNTER      DOB: Dec 4 1967", ["WREN,\nHUNTER"]),
    ("call me if final differs\n\n-- Hope Walker, PGY-2, pager 90462", ["Hope Walker"]),
    ("OBX|9|TX|SIG^Signature||VO^HUONG^THI||||||F|||20260201174259", ["VO^HUONG^THI"]),
])
def test_wrapped_resident_and_hl7_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi, ["PGY-2"] if "PGY" in text else [])
