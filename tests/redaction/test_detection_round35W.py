"""Round 35W: people a care note names in a scene, a hand-off or a call, often in lower case (a child-life
session's "; jonah pell-watts giggled", a family meeting's "; greta vos asked about pain", "by tamsin orr in
scheduling", "phoned April at 555-..."); and three terms no
longer masked: a key-value sheet's dose under a date cell ("Activity 11 mCi"), a sequence before "run"
("3D SPGR run"), a premedication form's title word ("Premed").
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("We practised with the mock scanner and the noise track; jonah pell-watts giggled and held still.",
     ["jonah pell-watts"]),
    ("Met in the family lounge; greta vos asked about pain control.", ["greta vos"]),
    ("Met in the family lounge; idris wondered about hospice at home.", ["idris"]),
    ("Transport was set up from home by tamsin orr in scheduling.", ["tamsin orr"]),
    ("Lab results phoned to April at 1-555-202-0148 after review.", ["April"]),
])
def test_scene_names(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_dose_under_a_date_cell(analyzer: PhiAnalyzer) -> None:
    text = ("Pt | Odile Marsh | DOB 02-Mar-71 | Wt 64 kg\n"
            "Agent | Tc-99m MDP | Activity 11 mCi | Calibration 09:10\n"
            "Room | 4 | Tech | on duty\n")
    assert untouched(analyzer, text, "Activity 11 mCi")


def test_sequence_before_run(analyzer: PhiAnalyzer) -> None:
    text = "Goggles ready so staff can start the show before the 3D SPGR run. Sedation not needed."
    assert untouched(analyzer, text, "3D SPGR run")


def test_premed_form_title(analyzer: PhiAnalyzer) -> None:
    text = "Iodinated/Gadolinium Allergy Premed - Order Form\nAllergy detail:\n  [x] hives\n"
    assert untouched(analyzer, text, "Allergy detail")
