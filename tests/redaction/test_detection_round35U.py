"""Round 35 (U): people in speech-recognition (dictation) error logs, in whatever case the machine wrote them:

- a dictation's audio file named ``SURNAME_GIVEN_YYYYMMDD.wav``: each name part masked, a surname that is an
  everyday word or an eponym included (``BROWN``, ``GRAVES``); recording words (``AUDIO_MEMO_...``) stay;
- the quoted value of a "patient name spoken / misrecognised" event or of a value flagged as PHI in the body,
  when shaped like a name; a misheard clinical term in a plain misrecognition event stays;
- a ``user=`` login built from the name signed on the same line, whatever word it spells.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


def test_audio_file_names(analyzer: PhiAnalyzer) -> None:
    text = ("2024-02-01T10:00:00 vr-01[10.1.2.3] INFO user=qq audio-file=GRAVES_WINIFRED_20230412.wav upload-ok\n"
            "2024-02-01T10:01:00 vr-01[10.1.2.3] INFO user=qq audio-file=brown_odalys_20230413.mp3 upload-ok\n"
            "2024-02-01T10:02:00 vr-01[10.1.2.3] INFO user=qq audio-file=AUDIO_MEMO_20230414.wav upload-ok\n")
    check(analyzer, text, ["GRAVES", "WINIFRED", "brown", "odalys"])
    assert untouched(analyzer, text, "AUDIO_MEMO")


def test_spoken_patient_name_values(analyzer: PhiAnalyzer) -> None:
    text = ("2024-02-01T10:00:00 asr[10.1.2.3] WARN user=qq patient-name-spoken acc=X1 text=\"hale frost\" ok\n"
            "2024-02-01T10:01:00 asr[10.1.2.3] WARN user=qq note acc=X2 text=\"wilma\" flag=PHI_IN_BODY\n"
            "2024-02-01T10:02:00 asr[10.1.2.3] WARN user=qq misrecognition heard=\"pages disease\" "
            "corrected=\"Paget disease\"\n")
    check(analyzer, text, ["hale frost", "wilma"], keep=["pages disease", "Paget disease"])


def test_login_of_the_signer(analyzer: PhiAnalyzer) -> None:
    text = "2024-02-01T10:00:00 asr[10.1.2.3] INFO user=crowns sign-off Ada Crown MD acc=X3 seq=T2 FLAIR\n"
    check(analyzer, text, ["crowns", "Ada Crown"], keep=["T2 FLAIR"])
