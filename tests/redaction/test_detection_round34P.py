"""Round 34 (P): people written as machine identifiers:

- a login after a label that says it is a person's (``analyst:``, ``abstractor:``, ``submitted_by=``) or after
  ``user`` in a log line before the client's IP address or the action, masked whole whatever it spells; service
  accounts (``svc_``, ``root``, ``admin``, ``system``) stay;
- an exported image's file name built from the surname and the first letters of the given name before the study
  date (``quill_ada_20240101_ax.png``), a surname that is an everyday word or an eponym included;
- a DICOM person name whose surname's words are joined by underscores (``LE_PELL^ORLA^G``).

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_labelled_logins(analyzer: PhiAnalyzer) -> None:
    text = ("WORKLIST AUDIT - generated 2023-05-06 10:00\n"
            "analyst: tquennell4\n\n"
            "Item | Status\n1 | open\n")
    check(analyzer, text, ["tquennell4"])
    text = "case_id: 771\nfinding: nodule\nabstractor: orla.pennyworth\nabstracted_on: 2022-01-02\n"
    check(analyzer, text, ["orla.pennyworth"])
    text = "job=retro-load submitted_by=hardwickm status=done\n"
    check(analyzer, text, ["hardwickm"])


def test_syslog_user_before_ip_or_action_not_service_accounts(analyzer: PhiAnalyzer) -> None:
    text = ("Mar  2 10:11:12 gw-02 router[311]: user pgrantley (10.4.5.6) edited StudyDescription\n"
            "Mar  2 10:11:13 gw-02 router[311]: user svc_router (10.4.5.6) edited StudyDescription\n"
            "Mar  2 10:11:14 gw-02 router[311]: user root (10.4.5.6) logged in\n"
            "Mar  2 10:12:40 gw-02 router[311]: user ines.wakefield logged in from 10.4.5.7\n"
            "analyst: system\n")
    check(analyzer, text, ["pgrantley", "ines.wakefield"])
    for word in ("svc_router", "root", "system"):
        assert untouched(analyzer, text, word)


def test_image_file_names(analyzer: PhiAnalyzer) -> None:
    text = ("The key images are exported as marsh_ode_20240311_ax.png and marsh_ode_20240311_key2.png; "
            "the annotation may still show the name.")
    check(analyzer, text, ["marsh_ode", "20240311"])
    text = '<p>MRI: 2 cm lesion.</p>\n<image src="bishop_wen_20211109_cor.jpg"/>\n'
    check(analyzer, text, ["bishop_wen"])
    assert "bishop_wen" in typed(analyzer, text, "PERSON")
    text = 'See <image src="chest_pa_20211109_key1.jpg"/> for the view.'
    assert untouched(analyzer, text, "chest_pa")


def test_underscore_caret_names(analyzer: PhiAnalyzer) -> None:
    text = ("Oct 13 16:50:36 gw dicomrouter[7712]: queue depth 92, oldest item 08146026763 (LE_PELL^ORLA^G) age 873s\n"
            "Oct 13 16:51:02 gw dicomrouter[9468]: C-STORE from 10.2.3.4 AE=MR1 PatientName=DE_LA_WREN^IVO^K Acc=734\n")
    check(analyzer, text, ["LE_PELL^ORLA^G", "DE_LA_WREN^IVO^K"])
