"""Round 39 E: the decoded view of encoded and escaped text (redaction/_decoded.py)."""

from __future__ import annotations

import pytest

from redaction._decoded import decoded_view
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi", "keep"), [
    # HTML entities
    ("<p>Reviewed with Dr. Maire&nbsp;N&#237;&nbsp;Bhriain on 03/14/2025.</p><p>MRI brain: no acute infarct.</p>",
     ["Maire&nbsp;N&#237;&nbsp;Bhriain"], ["MRI brain", "infarct"]),
    # quoted-printable body with a soft line break inside the name
    ("Content-Transfer-Encoding: quoted-printable\n\nDear Ren=C3=A9e Lacourti=\nere,\nyour CT chest is ready.\n",
     ["Ren=C3=A9e Lacourti=\nere"], ["CT chest"]),
    # JSON string escapes
    ('{"note": "Ultrasound reviewed.\\nSeen with Dr. Bea\\u00f1a Quintrell on 02\\/11\\/2026.\\nNo DVT."}',
     ["Bea\\u00f1a Quintrell", "02\\/11\\/2026"], ["Ultrasound", "DVT"]),
    # a URL-encoded form post
    ("POST /intake HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n"
     "exam=CT+ABDOMEN&pt_name=Lacourti%C3%A8re%2C+Ren%C3%A9e&pt_dob=04%2F17%2F1961&priority=routine",
     ["Lacourti%C3%A8re%2C+Ren%C3%A9e", "04%2F17%2F1961"], ["CT+ABDOMEN", "routine"]),
    # RTF control words and \'xx escapes
    ("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 {\\b Patient Name:}\\tab Ren\\'e9e Lacourti\\'e8re\\par\n"
     "{\\b Impression:} No acute fracture.\\par\n}",
     ["Ren\\'e9e Lacourti\\'e8re"], ["Impression", "fracture"]),
])
def test_encoded_names_and_dates_are_masked(analyzer, text, phi, keep) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)


def test_a_span_over_part_of_an_escape_covers_the_whole_escape(analyzer) -> None:  # noqa: ANN001
    text = "Seen by Dr. Gr&aacute;inne Oduya today. Chest CT unremarkable."
    assert "Gr&aacute;inne Oduya" in " ".join(typed(analyzer, text, "PERSON"))
    assert untouched(analyzer, text, "Chest CT")


@pytest.mark.parametrize("text", [
    "Seen by Dr. Ames on 03/14/2025. CT chest: no nodule.",
    "Discount 50% off; rate 20%CD was a typo. Dose 5 mg.",
    "Path C:\\new\\tests is a folder name.",
])
def test_text_without_escapes_gets_no_view(text) -> None:  # noqa: ANN001
    assert decoded_view(text) is None


def test_view_maps_every_character_back() -> None:
    text = "Name: Zo%C3%AB+Okonkwo&dob=06%2F25%2F1970"
    view = decoded_view(text)
    assert view is not None and "Zoë Okonkwo" in view.text
    start = view.text.index("Zoë")
    assert text[slice(*view.back(start, start + 3))] == "Zo%C3%AB"
    assert all(0 <= a < b <= len(text) for a, b in zip(view.starts, view.ends, strict=True))
