"""Round 40F: transport layers of the decoded view: terminal colour codes, HL7 v2 escapes, wrapped lines.

Texts written for these tests (not taken from the evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction._decoded import decoded_view
from redaction._transport_view import ansi, hl7_escapes, joined_lines
from tests.redaction.test_detection import check

_LETTER = ("Dear colleague, thank you for seeing this lady. She was seen last spring at Pinecrest\n"
           "Valley Clinic where a chest film showed the nodule. Her address is 1187 Larchmont\n"
           "Crescent, Dunmore, OR 97001 and her daughter will bring her to the appointment.\n")
_QUOTED = ("> Sending this on from the referring practice. The patient is 93 and lives at 5521\n"
           "> Holloway Road in Brentmoor. Her nephew can be reached on the ward phone today.\n")


@pytest.mark.parametrize(("layer", "text", "decoded"), [
    (ansi, "patient=\x1b[1mDOE\x1b[22m^JANE\x1b[0m ok", "patient=DOE^JANE ok"),
    (ansi, "\x1b]0;title\x07done\x1b[0m", "done"),
    (hl7_escapes, "MSH|^~\\&|A\rOBX|1|FT|X||Line one\\X0D\\\\X0A\\Smith \\T\\ Jones \\F\\ x\\.br\\y\\H\\z\\N\\",
     "MSH|^~\\&|A\rOBX|1|FT|X||Line one\nSmith & Jones | x\nyz"),
    (hl7_escapes, "MSH|^~\\&|A\rNTE|1||caf\\XC3A9\\ \\E\\ \\S\\ \\R\\", "MSH|^~\\&|A\rNTE|1||café \\ ^ ~"),
])
def test_layer_decodes(layer, text: str, decoded: str) -> None:  # noqa: ANN001
    view = decoded_view(text)
    assert view is not None and view.text == decoded


@pytest.mark.parametrize("text", [
    "No escapes here at all.",
    "Path C:\\temp\\F\\ is a folder, not HL7.",  # no MSH segment: backslashes left alone
    "FINDINGS: The lungs are clear and there is no pleural effusion or pneumothorax seen\n"
    "Heart size is normal. No acute osseous abnormality in the visualised skeleton today.\n",
    "Performed at Northgate Imaging on the morning of March 3 with the usual protocol used\n"
    "Technique: axial images were obtained from the lung apices through the adrenal glands.\n",
    "Name | MRN | Site of the imaging and reading radiologist and the department\nAlma Reyes | 1234 | x\n",
])
def test_no_view(text: str) -> None:
    assert not ansi(text) and not hl7_escapes(text) and not joined_lines(text)
    assert decoded_view(text) is None


def test_wrapped_lines_join() -> None:
    view = decoded_view(_LETTER)
    assert view is not None
    assert "Pinecrest Valley Clinic" in view.text and "1187 Larchmont Crescent, Dunmore" in view.text
    quoted = decoded_view(_QUOTED)
    assert quoted is not None and "5521 Holloway Road" in quoted.text
    hyphen = decoded_view("The examination was then repeated at the Westbrook Orthopaedic Ins-\ntitute where it\n")
    assert hyphen is not None and "Orthopaedic Institute where" in hyphen.text


def test_headers_and_labels_not_joined() -> None:
    text = ("> From: Orla Kinsella <orla.kinsella@example.org> sent on behalf of the clinic\n"
            "> Date: Tuesday morning at the usual time for the referral meeting held here\n")
    assert joined_lines(text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("\x1b[2m[09:14:03]\x1b[0m \x1b[1;31mERROR\x1b[0m patient=\x1b[1mQUILLFEATHER-ROSS\x1b[22m^ODALYS\x1b[0m mrn=5512",
     ["\x1b[1mQUILLFEATHER-ROSS\x1b[22m^ODALYS"]),
    (_LETTER, ["Pinecrest\nValley Clinic", "1187 Larchmont\nCrescent"]),
    (_QUOTED, ["5521\n> Holloway Road"]),
])
def test_transport_values_masked(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)
