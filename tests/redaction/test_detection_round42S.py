"""Round 42, S: a text with a decoded view is read once, as its view (the original too only where decoding can
break a shape the original shows: URL form values); a quoted-printable body's unencoded query value stays as
written; XML signer fields are names."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check


def _texts_read(analyzer, text: str) -> list[str]:  # noqa: ANN001
    read: list[str] = []
    original = analyzer._analyze

    def spy(current: str, memo: dict) -> list:
        read.append(current)
        return original(current, memo)

    analyzer._analyze = spy
    try:
        analyzer.analyze(text)
    finally:
        del analyzer._analyze
    return read


def test_an_escaped_text_is_read_once_as_its_view(analyzer) -> None:  # noqa: ANN001
    text = "<p>Patient: Siobh&aacute;n O&#39;Connor, seen 03/14/2026 at Greywater Imaging Center.</p>"
    read = _texts_read(analyzer, text)
    assert read == ["<p>Patient: Siobhán O'Connor, seen 03/14/2026 at Greywater Imaging Center.</p>"]
    check(analyzer, text, ["Siobh&aacute;n O&#39;Connor", "03/14/2026", "Greywater Imaging Center"])


def test_a_plain_text_is_read_once_as_written(analyzer) -> None:  # noqa: ANN001
    text = "Patient: Siobhan O'Connor, seen 03/14/2026."
    assert _texts_read(analyzer, text) == [text]


def test_a_form_value_is_read_as_written_and_decoded(analyzer) -> None:  # noqa: ANN001
    text = 'GET /results/view?patient=BRIGHTWATER%2C+EERO+R&acc=RA26776903 HTTP/1.1" 200'
    read = _texts_read(analyzer, text)
    assert text in read and len(read) == 2
    check(analyzer, text, ["BRIGHTWATER%2C+EERO+R", "RA26776903"])


@pytest.mark.parametrize(("text", "phi"), [
    ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
     "For Calvin Hill the prior did not load. Reproduced via https://viewer.rad.example.org/open?acc=274337777. =\n"
     "Please re-push.", ["Calvin Hill", "https://viewer.rad.example.org/open?acc=274337777"]),
    ("<Report><Text>No acute findings.</Text><Signer>Delacroix, Gr&#xE1;inne</Signer></Report>",
     ["Delacroix, Gr&#xE1;inne"]),
    ('{"signedBy": "Okonkwo, Chidera", "status": "final"}', ["Okonkwo, Chidera"]),
])
def test_encoded_values_are_found(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)
