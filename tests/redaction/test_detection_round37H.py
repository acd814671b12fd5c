"""Round 37 (H): people named by a thread's or a form's layout, in any case: the sender label after each time
stamp of an exported SMS thread (and an unknown lower-case word opening a message), a comment's author before
its posting time, the name after "Signed" before the next field, "Ma." (Maria) before a given name, a name
owning a relative ("Tom's dad"), and a surname with its initial ending a sign-off, a subject or a log row.

Invented text.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


def test_sms_thread_senders(analyzer: PhiAnalyzer) -> None:
    text = ("group: harbour swimmers - injuries\n\n"
            "03.04.2026 07:12 olwen pryce: tavish slipped on the pool deck, wrist swollen\n"
            "03.04.2026 07:30 coach: ice it and rest\n"
            "03.04.2026 08:02 olwen pryce: ok. x-ray booked for 2pm\n")
    check(analyzer, text, ["olwen pryce", "tavish"], keep=["wrist swollen"])
    assert untouched(analyzer, text, "coach")


def test_sms_one_line_is_no_thread(analyzer: PhiAnalyzer) -> None:
    text = "Reminder sent 07:12 note: fasting from midnight before the CT abdomen.\n"
    assert untouched(analyzer, text, "note")


def test_comment_author_line(analyzer: PhiAnalyzer) -> None:
    text = ("Waiting for my MRI results\n\n12 Comments\nrhiannon gale - 3rd May at 6.15pm\n"
            "Same thing happened to me.\n")
    check(analyzer, text, ["rhiannon gale"])


def test_comment_like_line_without_a_person(analyzer: PhiAnalyzer) -> None:
    text = "Follow-up - 3rd May at 6.15pm\nUltrasound pelvis booked.\n"
    assert untouched(analyzer, text, "Follow-up")


def test_signed_form_name(analyzer: PhiAnalyzer) -> None:
    text = "Action plan\nRead the sedation policy.\n\nSigned T. Marsh   Supervisor: K. Obi, RN\n"
    check(analyzer, text, ["T. Marsh"])


def test_signed_consent_is_no_name(analyzer: PhiAnalyzer) -> None:
    text = "Signed consent obtained for CT with contrast.\n"
    assert untouched(analyzer, text, "consent")


def test_abbreviated_maria(analyzer: PhiAnalyzer) -> None:
    text = "I phoned her mother, Ma. Lourdes Tiongson, at 9pm. Ma. Lourdes collected her from the clinic.\n"
    check(analyzer, text, ["Ma. Lourdes Tiongson", "Ma. Lourdes"])


def test_kin_possessive(analyzer: PhiAnalyzer) -> None:
    text = "Message from Ruairi's dad: the knee is still swollen. The patient's mother agrees.\n"
    check(analyzer, text, ["Ruairi"])
    assert untouched(analyzer, text, "patient")


def test_surname_initial_line_ends(analyzer: PhiAnalyzer) -> None:
    text = ("Subject: RE: results of scan - OKORIE T.\n\nThanks for the call.\n\nWarm regards,\nPasco R.\n")
    check(analyzer, text, ["OKORIE T.", "Pasco R."])


def test_log_row_ending_in_grade(analyzer: PhiAnalyzer) -> None:
    text = "12/01/2026  09:10  Reviewed wound.  Grade II.\n"
    assert untouched(analyzer, text, "Grade")
