"""Round 40, tuner H: caption files (SRT/WebVTT cue timings, speaker labels, voice tags), chat exports (Slack
mentions and links, @handles), RTF control words, HL7 provider numbers, DICOM tool ports, "SN" serials and
bilingual card names."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched


def test_srt_cue_timings_are_kept_and_the_speaker_is_masked(analyzer):  # noqa: ANN001
    text = ("41\n00:21:08,310 --> 00:21:11,902\nHALLORAN: Next case is Petra Voss,\nseen at 9:15 AM.\n\n"
            "42\n00:21:12,004 --> 00:21:14,550\nThe nodule is stable.\n")
    check(analyzer, text, ["HALLORAN", "Petra Voss", "9:15 AM"],
          keep=["00:21:08,310", "00:21:11,902", "00:21:12,004 --> 00:21:14,550"])


def test_webvtt_cue_settings_voice_tags_and_present_ages(analyzer):  # noqa: ANN001
    text = ("WEBVTT\nKind: captions\n\n3\n00:04:10.125 --> 00:04:13.870 align:start position:10%\n"
            "<v Marsh>born June 2, 1931, so she's\n94 now, right?\n\n"
            "00:04:14.002 --> 00:04:16.318 line:85%\n<v.lead Tobias Grell>the stent is SN 7731-Q402\n")
    check(analyzer, text, ["Marsh", "94", "Tobias Grell", "7731-Q402", "June 2, 1931"],
          keep=["WEBVTT", "00:04:10.125 --> 00:04:13.870 align:start position:10%", "00:04:14.002"])


@pytest.mark.parametrize("speaker", ["SPEAKER 2", "NARRATOR"])
def test_caption_role_labels_are_not_names(analyzer, speaker):  # noqa: ANN001
    text = f"7\n00:00:31,200 --> 00:00:33,900\n{speaker}: the lesion enhances.\n"
    assert untouched(analyzer, text, speaker)


def test_slack_mentions_links_and_handles(analyzer):  # noqa: ANN001
    text = ("[09:12] <@U07QK2LMA|dr.okereke> can you protocol this? see <https://wiki.example.org/rad/protocols"
            "|protocol wiki> and <https://pacs.example.net/viewer?acc=RX55120934|open study> cc <@U0B4T7ZZP|jharlow>\n"
            "> scanner 3 still down — @mirela.kostova\n")
    check(analyzer, text, ["dr.okereke", "jharlow", "mirela.kostova", "RX55120934"],
          keep=["U07QK2LMA", "U0B4T7ZZP", "https://wiki.example.org/rad/protocols", "open study"])


def test_an_email_domain_is_not_a_handle(analyzer):  # noqa: ANN001
    assert "example.com" not in typed(analyzer, "write to @example.com for access", "PERSON")


def test_rtf_control_words_are_not_names(analyzer):  # noqa: ANN001
    text = ("{\\rtf1\\ansi{\\fonttbl{\\f0\\fswiss Arial;}}\\pard\\f0 cc: Oona Brisk, RN \\emdash  Lakeview Clinic"
            "\\par\nCalled Brisk at 4:10 PM \\rquote read-back\\rquote \\par\n}\n")
    check(analyzer, text, ["Oona Brisk"], keep=["fswiss", "emdash", "rquote"])


def test_hl7_provider_numbers_and_segment_ids_are_kept(analyzer):  # noqa: ANN001
    text = ("MSH|^~\\&|RIS|LAKEVIEW|EHR|HUB|202501021130||ORU^R01|MSG0001|P|2.3\r"
            "PID|1||8830412^^^MRN||KOSTOVA^MIRELA^J||19570311|F\r"
            "OBR|1||RX99120455|71260^CT CHEST|||202501021015|||||||||402215^HALLORAN^PETRA^^^DR\r"
            "OBX|1|FT|&GDT^REPORT||No acute findings.||||||F\r")
    check(analyzer, text, ["8830412", "KOSTOVA^MIRELA^J", "19570311", "HALLORAN^PETRA"], keep=["402215", "OBX"])


def test_a_dicom_tool_port_is_kept(analyzer):  # noqa: ANN001
    text = "$ storescu -aec PACS_ARCHIVE 10.4.12.88 11112 ./export/\n"
    assert untouched(analyzer, text, "11112")


def test_name_under_a_script_label_on_a_bilingual_card(analyzer):  # noqa: ANN001
    text = "Name (Latin): HARLOW, Renée\u200e\nDOB: \u200e03/04/1950\u200e\n"
    check(analyzer, text, ["HARLOW, Renée", "03/04/1950"])


@pytest.mark.parametrize(("text", "label"), [
    ("REGISTRATION / تسجيل\nName (native script): \u2067سلمى النجار\u2069\n", "تسجيل"),
    ("Patient Registration · רישום מטופל\nName: HARLOW, Renée\n", "רישום מטופל"),
    ("患者 Patient\t生年月日 DOB\t電話\t備考\nHARLOW, Renée\t03/04/1950\t555-0142\t\n", "電話"),
])
def test_the_other_half_of_a_bilingual_label_is_kept(analyzer, text, label):  # noqa: ANN001
    assert untouched(analyzer, text, label)


def test_a_native_name_after_a_patient_heading_is_still_masked(analyzer):  # noqa: ANN001
    check(analyzer, "Patient / سلمى النجار\n", ["سلمى النجار"])


def test_an_interpreter_badge_number_is_kept(analyzer):  # noqa: ANN001
    text = "Interpreter: Ana Roe, ID 4417, session 10:04-10:40\nPatient MRN 55120934\n"
    check(analyzer, text, ["55120934"], keep=["4417"])
