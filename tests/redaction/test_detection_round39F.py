"""Round 39, tuner F: markup, log and form syntax around values; bracketed local phones; typists' logins."""

from __future__ import annotations

from tests.redaction.test_detection import check, typed, untouched


def test_form_tokens_are_no_accounts(analyzer) -> None:  # noqa: ANN001
    text = ("POST /intake HTTP/1.1\n\nxsrf_token=9f2ab71c04de3356&dob=1961-09-14&ip=10.44.2.19"
            "&h-captcha-response=P1aE9bc71d2f44e0a9")
    check(analyzer, text, ["1961-09-14", "10.44.2.19"], ["9f2ab71c04de3356", "P1aE9bc71d2f44e0a9"])
    assert typed(analyzer, text, "ACCOUNT_ID") == []


def test_sms_gateway_ids_and_statuses(analyzer) -> None:  # noqa: ANN001
    text = ("2025-04-02 08:10:11 smsgw[4410]: MT id=7c1e09ab44 from=clinic to=717-555-0183 "
            "text=Hi Dorrit, your MR is Friday. status=DELIVRD\n"
            "2025-04-02 08:12:40 smsgw[4411]: MO id=b20e5d1f93 from=717-555-0183 text=ok status=ACCEPTD")
    check(analyzer, text, ["717-555-0183", "Dorrit"], ["7c1e09ab44", "b20e5d1f93", "DELIVRD", "ACCEPTD", "MO id"])


def test_fonts_control_words_and_tags(analyzer) -> None:  # noqa: ANN001
    text = ('<html><body style="font-family:Verdana"><div>Dear Dr. Quennell,</div></body></html>\n'
            "{\\rtf1{\\fonttbl{\\f0 Garamond;}}{\\*\\generator Wordpadder 6.2;}\n"
            "\\pard Patient: Ysolde Farrant\\par}\n"
            "<Result><Approver>Tamsin Orrery</Approver><![CDATA[Impression: normal.]]></Result>")
    check(analyzer, text, ["Quennell", "Ysolde Farrant", "Tamsin Orrery"],
          ["Verdana", "Garamond", "Wordpadder", "Approver", "CDATA"])


def test_versions_headings_and_lead_words(analyzer) -> None:  # noqa: ANN001
    text = ('{"performed": "2025-10-04T09:15:00-04:00", "ver": "3.11.2", "site": "x"}\n'
            "Exam: tender over L2.<br/>MDM: CT lumbar spine ordered.\n"
            "Prior at Brackenfield Regional Hospital. Biopsy with Dr. Ashdown at Brackenfield Regional Hospital.")
    check(analyzer, text, ["2025-10-04T09:15:00-04:00", "Brackenfield Regional Hospital", "Ashdown"],
          ["3.11.2", "MDM", "Prior at"])


def test_bracketed_local_phones(analyzer) -> None:  # noqa: ANN001
    text = ("Questions? Call the front desk at (555) 0147.\n"
            "INSERT INTO calls VALUES ('Orrin Vasquez', '(555) 0162');\n"
            "Cohort (n=120) 2019 enrolment closed.")
    check(analyzer, text, ["(555) 0147", "(555) 0162"], ["(n=120) 2019"])
    assert untouched(analyzer, text, "2019 enrolment")


def test_typist_login_after_transcription_date(analyzer) -> None:  # noqa: ANN001
    text = "Dictated by: Perrin Voss MD\nTranscribed: 4/11/25 /qlandry\nReviewed 4/12/25 / final"
    check(analyzer, text, ["qlandry", "Perrin Voss"], ["Transcribed", "final"])
