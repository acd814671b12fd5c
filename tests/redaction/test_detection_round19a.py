"""Round 19a: generational suffixes inside a name, "Last, First" fields whose other half is a word or was dropped,
a trailing initial before a bracket or a slash, research / sleep / audiology credentials kept, an eponym
before "hx", and log abbreviations and form words kept out of names.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


# ------------------------------------------------------------------ generational suffixes
@pytest.mark.parametrize(("text", "phi"), [
    ("Scan stopped early; patient went home with Bertrand Okonjo III (brother) at 4 pm.\n", ["Bertrand Okonjo III"]),
    ("Discussed with Greta Lindholm II (radiology). Repeat call tomorrow.\n", ["Greta Lindholm II"]),
    ("QA: Ingrid Sato II\n", ["Ingrid Sato II"]),
])
def test_generational_suffix_is_part_of_the_name(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ "Last, First" fields
@pytest.mark.parametrize(("text", "phi"), [
    ("Unit 4 no-show list - 2026-01-12\nRun by Petra Lund at 8:15 PM\n\n"
     "* 7:07 AM  Wang, Tobias (Q3703880) US abdomen - rescheduled.\n"
     "* 9:10 AM  Brandt, Oluwaseun (Q1703881) CT head - no show.\n", ["Wang, Tobias", "Brandt, Oluwaseun"]),
])
def test_both_halves_of_a_last_first_field(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("PSG review\nTorvaldsen, Henrike B / 19720304 / 004412558 / 53\n", ["Torvaldsen, Henrike B"]),
])
def test_trailing_initial_before_a_bracket_or_slash(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ credentials and eponyms kept
@pytest.mark.parametrize(("text", "name", "credential"), [
    ("Specimens logged by Ottilie Varga, CCRP on 3 May. Letter sent.\n", "Ottilie Varga", "CCRP"),
    ("Tech Q. Lindahl, RPSGT. Read by the sleep physician.\n", "Q. Lindahl", "RPSGT"),
])
def test_research_sleep_and_audiology_credentials_are_kept(analyzer: PhiAnalyzer, text: str, name: str,
                                                           credential: str) -> None:
    check(analyzer, text, [name], keep=[credential])


def test_eponym_before_hx_is_kept(analyzer: PhiAnalyzer) -> None:
    text = "Time | Patient | Site | Notes\n0915 | Haldane, Mireille | L AC | Raynaud hx, warm pack\n"
    check(analyzer, text, ["Haldane, Mireille"])
    assert untouched(analyzer, text, "Raynaud")


@pytest.mark.parametrize(("text", "word"), [
    ("- 11:20  Okafor, Beatrix (Q1234567) XR hand - LWBS. Portal message sent.\n", "LWBS"),
    ("Tissue: FFPE block (right lobe), 1 serum aliquot.\n", "FFPE"),
    ("Fluoroscopic Hysterosalpingography\nIndication: infertility\n", "Fluoroscopic"),
    ("FINDINGS: Hydrosalpinx of the right tube, 14 mm.\n", "Hydrosalpinx"),
])
def test_log_abbreviations_and_exam_words_are_kept(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)
