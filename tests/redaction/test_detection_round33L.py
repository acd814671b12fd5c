"""Round 33 (L): people written in lower case or as bare initials in a secure-chat export and an informal
e-mail thread, and a front-desk log's "Agent" column:

- a chat turn's speaker handle in its three export shapes (``jo.marsh @ 4:02 PM |``, ``4:02 PM <jo.marsh>``,
  ``[16:02] jmarsh:``), a patient in lower case in a bed request (``pt lorna pike in bay 3``), the person an age
  question is asked of (``is ezekiel over 89?``) and the age the record gives back (``chart says 96``);
- a colleague greeted in lower case at the start of an e-mail paragraph and initials signing a message off;
- the clerk under an "Agent" column, whatever the case.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_chat_handles_at_sign_shape(analyzer: PhiAnalyzer) -> None:
    text = ("Secure chat export  conv=1200  exported 2024-02-02\n"
            "jo.marsh @ 4:02 PM | pt Quennell in bay 5 - can you protocol the CT?\n"
            "tbrannigan @ 4:05 PM | which one?\n"
            "jo.marsh @ 4:07 PM | the chest one, hx of Wilms tumor\n")
    check(analyzer, text, ["jo", "marsh", "brannigan"], keep=["Wilms tumor"])


def test_chat_handles_bracket_shapes(analyzer: PhiAnalyzer) -> None:
    text = ("4:02 PM <lorna.pike> can someone look at this\n"
            "4:05 PM <chill> sure, add DWI\n")
    check(analyzer, text, ["lorna", "pike", "chill"], keep=["DWI"])
    text = ("[16:02] jmarsh: pt lorna pike in bay 3, ready for US\n"
            "[16:09] system: message delivered\n"
            "[16:11] jmarsh: thanks\n")
    check(analyzer, text, ["jmarsh", "lorna pike"])
    assert untouched(analyzer, text, "system")


def test_age_question_and_record_age(analyzer: PhiAnalyzer) -> None:
    text = ("[09:12] jmarsh: also is ezekiel over 89? chart says 96\n"
            "[09:14] kpell: will check\n")
    check(analyzer, text, ["ezekiel"])
    assert typed(analyzer, text, "AGE_OVER_89") == ["96"]
    text = "Pump log: chart says 96 beats at rest; HR trending down.\n"
    assert untouched(analyzer, text, "96")


def test_lowercase_greeting_and_signoff_initials(analyzer: PhiAnalyzer) -> None:
    text = ("Subject: curbside\n\n"
            "hey ottoline - would value your eyes on the knee MRI before Friday.\n\n"
            "Thanks\n\n"
            "RQT\n\n"
            "From: Anselm Tovey <atovey@example.org>\n"
            "Sent: 01/02/2025\n\n"
            "wenonah, quick one. Is the Baker cyst new?\n")
    check(analyzer, text, ["ottoline", "RQT", "wenonah"], keep=["Baker cyst"])


def test_agent_column_clerk(analyzer: PhiAnalyzer) -> None:
    text = ("Checked | Patient | DOB | Plan | Status | Agent\n"
            "2024-03-01 08:10 | Tovey, Anselm | 03/09/1950 | Lakeside HMO | ACTIVE | wenonah\n"
            "2024-03-01 08:40 | Pike, Lorna | 11/19/1962 | Lakeside HMO | COB needed | RQT\n")
    check(analyzer, text, ["Tovey, Anselm", "wenonah", "RQT"])
