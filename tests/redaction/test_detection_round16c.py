"""Round 16c: ages of 90 and over tied to an event, month/day ranges in schedules, and labels kept out of IDs.

An age labelled with its event ("Age at death: 96") or reached on a birthday ("who turns 102 on Sunday")
is PHI when it is 90 or over (only the number); younger ages and "turned 90 degrees" stay. The end of a
month/day range in a rotation or leave schedule ("6/3-9/29") is a date like its start, while a vertebral
level ("C4/5-5/6") and a fraction range ("1/4-1/3 of") are not. A second label before a record number
("Hospital MRN 82305517") is no part of the number, and the dash of a range is no part of either date. A street
ends at its street word, not the sentence's full stop, and a trial site's number before its name ("Site 204
Harrow Vale Spine Clinic") is no street number.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, masked


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("ESTATE REQUEST\nDeceased: Halvard Brekke\nDied: 9 May 2025    Age at death: 96\nSpouse's age at death: 78\n",
     ["96"], ["78"]),
    ("Registry form. Age at diagnosis: 93. Primary site: left lung.", ["93"], []),
    ("Kudos to our front-desk helper Ingeborg Tallis, who turns 102 on Sunday! Pip turns 85 on Monday.",
     ["102"], ["85"]),
    ("Family history: paternal grandmother turned 94 last spring; the gantry turned 90 degrees.", ["94"], ["90"]),
])
def test_ages_at_an_event_or_birthday(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Wk | Dates | Fellow | Service\n1 | 6/3-9/29 | Q. Arbuthnot | Neuro\n2 | 11/12-2/4 | Z. Penhallow | IR\n"
     "Teaching: disc osteophyte complex at C4/5-5/6.\n", ["6/3", "9/29", "11/12", "2/4"], ["5/6"]),
    ("Leave roster: Dr Ferncliff away 4/6-4/19, covering 5/2 thru 5/11. Lobe involved: 1/4-1/3 of it.",
     ["4/6", "4/19", "5/2", "5/11"], ["1/3"]),
])
def test_month_day_ranges_in_schedules(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_range_dash_is_not_masked(analyzer: PhiAnalyzer) -> None:
    text = "Rotation | Dates\nChest | 10/8-2/17 | on call\n"
    mask = masked(analyzer, text)
    dash = text.index("8-2") + 1
    assert not mask[dash], "the dash between two dates was masked"
    check(analyzer, text, ["10/8", "2/17"])


def test_second_label_is_not_part_of_the_record_number(analyzer: PhiAnalyzer) -> None:
    text = "Inpatient record: Hospital MRN 82305517; outpatient chart pending."
    check(analyzer, text, ["82305517"], ["MRN"])



@pytest.mark.parametrize(("text", "street", "unmasked"), [
    ("Home exercise plan given. Okonjo prefers evenings; lives at 918 Larkspur Avenue.\n", "918 Larkspur Avenue",
     "Avenue."),  # the full stop after the street
])
def test_street_address_stops_at_the_street(analyzer: PhiAnalyzer, text: str, street: str, unmasked: str) -> None:
    check(analyzer, text, [street])
    mask = masked(analyzer, text)
    after = text.index(unmasked) + len(unmasked.split(".")[0].split(",")[0])
    assert not mask[after], f"{text[after]!r} after the street was masked"


def test_trial_site_number_is_no_street(analyzer: PhiAnalyzer) -> None:
    text = "Study ZK-2290  Site 204 Harrow Vale Spine Clinic\nParticipant 204-0117 tolerated dosing."
    check(analyzer, text, ["204-0117"], ["204 "])
