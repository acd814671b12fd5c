"""Round 40, tuner E: Unicode layers of the decoded view (invisible characters, odd spaces, full-width forms and
ligatures, decomposed accents, mojibake)."""

from __future__ import annotations

import pytest

from redaction._decoded import decoded_view
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "read"), [
    ("Patient: Ros\u200bal\u200dind Petrakis", "Patient: Rosalind Petrakis"),  # zero-width space / joiner
    ("MRN Q55\u20601\u200c903", "MRN Q551903"),  # word joiner, non-joiner
    ("\ufeffName: Ot\xadtilie", "Name: Ottilie"),  # BOM, soft hyphen
    ("aged \u200f93\u200e years", "aged 93 years"),  # bidi marks
    ("\u202bDr Halvard\u202c", "Dr Halvard"),  # bidi embedding
    ("Seen by\xa0Dr.\u2003Quist", "Seen by Dr. Quist"),  # no-break, em space
    ("ID T448\u202f2071 and 12\u2009500 units", "ID T4482071 and 12500 units"),  # digit grouping
    ("on 2024-05-06\u200914:20", "on 2024-05-06 14:20"),  # a time's hours keep their space
    ("ＤＯＢ：１９５２－０３－１７", "DOB:1952-03-17"),  # full-width forms
    ("Tel\u3000（６０２）５５５－０１４４", "Tel (602)555-0144"),  # ideographic space
    ("Dr Griﬃth of Sheﬀord Clinic", "Dr Griffith of Shefford Clinic"),  # ligatures
    ("Sig. Nic\u0327olo Jime\u0301nez", "Sig. Ni\u00e7olo Jim\u00e9nez"),  # decomposed accents
    ("Patient: ZoÃ« BrontÃ«-Å½iÅ¾ek", "Patient: Zo\u00eb Bront\u00eb-\u017di\u017eek"),  # UTF-8 read as cp1252
    ("Nguyá»\x85n Thá»\x8b", "Nguy\u1ec5n Th\u1ecb"),  # C1 controls for the bytes cp1252 leaves undefined
    ('{"name": "Es\\u200bme Tarrow"}', '{"name": "Esme Tarrow"}'),  # after the JSON layer
])
def test_unicode_view_reads_plain_text(text: str, read: str) -> None:
    view = decoded_view(text)
    assert view is not None and view.text == read


@pytest.mark.parametrize("text", [
    "Ren\u00e9e Fournier, caf\u00e9 au lait spots",  # precomposed accents
    "\u201cno change\u201d \u2014 it\u2019s stable",  # curly quotes, dashes
    "Ã is a letter; £ 40",  # no lead byte followed by continuation bytes
    "plain ASCII report",
])
def test_no_view_for_characters_that_read_the_same(text: str) -> None:
    assert decoded_view(text) is None


def test_view_maps_back_over_removed_characters() -> None:
    text = "Name: Al\u200bma Kr\u00e4\u200bft\n"
    view = decoded_view(text)
    assert view is not None
    start = view.text.index("Alma")
    assert view.back(start, start + len("Alma Kräft")) == (6, text.index("\n"))


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Welcome back\nPatient\u200b: Bryn\u200bmor Tal\u2060iesin-Oakes\nMRN\u200b: W44\u200d19\u200b0276\n"
     "DOB: Mar 3, 19\u200c61", ["Bryn\u200bmor Tal\u2060iesin-Oakes", "W44\u200d19\u200b0276", "Mar 3, 19\u200c61"],
     ["Welcome back"]),
    ("Interpreter present. Patient is \u200f94\u200f years old; left hip pain.", ["94"], ["left hip"]),
    ("Referring: Dr. Tor\xadmund Ekwueme\nFindings: no pneumo\xadthorax.", ["Tor\xadmund Ekwueme"],
     ["pneumo\xadthorax"]),
    ("Patient: Ｈａｌｖｏｒｓｅｎ, Ｉｎｇｒｉｄ\nＤＯＢ：１９４８－１１－０２\nTel：（５０７）５５５－０１９６",
     ["Ｈａｌｖｏｒｓｅｎ", "１９４８－１１－０２", "（５０７）５５５－０１９６"], []),
    ("Consultant: Dr Moﬀatt, Wyckﬁeld Infirmary. Signiﬁcant eﬀusion.", ["Moﬀatt"], ["eﬀusion"]),
    ("Dear Mr O\u0301 Ceallaigh,\nYour scan at the clinic on 4 May was normal.", ["O\u0301 Ceallaigh"], []),
    ("Referral for Mr. SiobhÃ¡n DvoÅ™Ã¡k (patient) from Dr. Ã\x81lvaro Ferreira.",
     ["SiobhÃ¡n DvoÅ™Ã¡k", "Ã\x81lvaro Ferreira"], ["patient"]),
])
def test_names_ids_and_dates_through_unicode_artefacts(analyzer, text: str, phi: list[str], keep: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)
