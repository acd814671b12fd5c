"""Round 41, tuner S: NER reads each sentence once within one analyze call (an encoded text and its decoded view)."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check

_FILLER = "\n".join(f"Line {i}: stable appearance of the visualized structures." for i in range(12))


@pytest.mark.parametrize(("text", "phi"), [
    (f"Content-Transfer-Encoding: quoted-printable\n\nDear Tom=C3=A1s Wrenfield,\n{_FILLER}\n"
     "Spoke with Tomás Wrenfield again.", ["Tom=C3=A1s Wrenfield", "Tomás Wrenfield"]),
    (f'{{"patient": "Ines D\\u00edaz-Ferro", "note": "{_FILLER[:80]}"}}\nCall Ines Díaz-Ferro at 555-201-7781',
     ["Ines D\\u00edaz-Ferro", "Ines Díaz-Ferro", "555-201-7781"]),
    (f"<p>Patient: Siobh&aacute;n Kettleby</p>\n{_FILLER}\nMRN: 40418822", ["Siobh&aacute;n Kettleby", "40418822"]),
])
def test_encoded_and_plain_occurrences_are_both_found(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


def test_repeated_text_gives_the_same_spans(analyzer) -> None:  # noqa: ANN001
    text = f"From: Ana Lisboa\nContent-Transfer-Encoding: quoted-printable\n\nOl=C3=A1 Ana,\n{_FILLER}\n"
    assert analyzer.analyze(text) == analyzer.analyze(text)  # each call reads anew: no memo outlives a call
