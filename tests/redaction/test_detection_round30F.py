"""Round 30 (F): agencies, log codes, alarm texts, department names and delivery error codes are no patient's PHI.

Invented text; each case checks a word or number the round's rules leave alone, beside the PHI still masked.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Elder abuse screen positive. Referred by APS worker Ottoline Marchbank, case opened 3/2/2025.\n",
     ["Ottoline Marchbank"], "APS"),
    ("Skeletal survey ordered. Findings discussed with CPS worker Rosalind Tevenham by phone.\n",
     ["Rosalind Tevenham"], "CPS"),
    ("user      action\n2024-03-11 07:02:10  bquillfeather  WS-NUC-12  BTG override for chart of Wren Halvorsen\n",
     ["Wren Halvorsen"], "BTG"),
    ("REQ | PATIENT | DEST / NOTES\n4471 | Idris Fennimore | CT 2, portable please\n", ["Idris Fennimore"], "DEST"),
    ("# C-FIND MWL response from the scheduler for Caspian Ollerenshaw, two items matched\n",
     ["Caspian Ollerenshaw"], "C-FIND MWL"),
    ("time | pt_name | rate | event\n08:14:02 | Fenwick, Isadora | 4.0 | PRESSURE LIMIT reached, rate reduced\n",
     ["Fenwick, Isadora"], "PRESSURE LIMIT"),
    ("note: extrav at right antecubital fossa noted by the tech; Ms. Quenby Hartsell informed\n",
     ["Quenby Hartsell"], "extrav"),
    ("RECORDS REQUEST\n\nTo: Health Information Management, on behalf of Thaddeus Pellinore\n",
     ["Thaddeus Pellinore"], "Health Information"),
    ("Voicemail: this is Marisol Tenbrook, call me at 555-201-3344, again that's 555-201-3344 thanks\n",
     ["Marisol Tenbrook"], "again that's"),
])
def test_not_phi_words(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: str) -> None:
    check(analyzer, text, phi)
    assert untouched(analyzer, text, keep)


def test_gateway_failure_code(analyzer: PhiAnalyzer) -> None:
    text = ('sent_at | to | body | status\n03/04/2025 9:10 AM | (404) 555-0101 | "Hi Odalys Fairburn, your CT is '
            'tomorrow" | FAILED 30008\n')
    check(analyzer, text, ["Odalys Fairburn"])
    assert untouched(analyzer, text, "30008")
    assert "30008" not in typed(analyzer, text, "ACCOUNT_ID")
