"""Round 18b: skilled-nursing and post-acute site names ("... Rehabilitation & Nursing", "... Nursing and Rehab
Center"), bare towns that a layout marks (a "Location" field, a patient line ending on the town, a site's town in
brackets, where a relative travelled from), and words that are no site or town (a checklist's service, a team's
shift, a poison centre's title, paperwork acronyms, a quantifier before "imaging", a study before "at", a dotted
leader, a "Client" label).

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


# ------------------------------------------------------------------ skilled-nursing names
@pytest.mark.parametrize(("text", "site"), [
    ("Resident transferred back to Harbor Pines Rehabilitation & Nursing after the film.\n",
     "Harbor Pines Rehabilitation & Nursing"),
    ("Film sent from Quarry Glen Rehabilitation and Nursing by courier.\n",
     "Quarry Glen Rehabilitation and Nursing"),
    ("Portable chest film ordered by Maple Knoll Nursing and Rehabilitation for resident O. Tremaine.\n",
     "Maple Knoll Nursing and Rehabilitation"),
    ("Resident readmitted from Larkfield Care & Rehabilitation on 4/2.\n", "Larkfield Care & Rehabilitation"),
    ("HOLLOWAY BEND REHABILITATION & NURSING\nMobile X-ray request\n", "HOLLOWAY BEND REHABILITATION & NURSING"),
])
def test_skilled_nursing_names(analyzer: PhiAnalyzer, text: str, site: str) -> None:
    assert site in typed(analyzer, text, "FACILITY")


# ------------------------------------------------------------------ towns a layout marks
@pytest.mark.parametrize(("text", "town"), [
    ("CALL LOG 55-1182\nCaller: Renata Voss    Location: Missoula\nStart: 2/3/26 10:14\n", "Missoula"),
    ("CASE 9917\nLOCATION........ Tupelo\nCALLER.......... Amos Pirelli\n", "Tupelo"),
    ("Call received 09:12 from grandmother.\nPt: Noor Lindgren, 7 y/o, Pocatello\nSubstance: bleach.\n",
     "Pocatello"),
    ("Flight 22  Pt Tova Renner\nFrom: Pinecrest Community Hospital (Muncie)  To: Elm Ridge Medical Center\n",
     "Muncie"),
    ("Wife Anneliese Dorn flying in from Bozeman, reachable at 555-0188.\n", "Bozeman"),
    ("Daughter Mirela Kovac drove pt from Pocatello.\n", "Pocatello"),
])
def test_towns_a_layout_marks(analyzer: PhiAnalyzer, text: str, town: str) -> None:
    check(analyzer, text, [town])


def test_location_cell_holding_a_town(analyzer: PhiAnalyzer) -> None:
    text = "| Caller | Dana Okafor |\n| Location | Pocatello |\n"
    assert typed(analyzer, text, "CITY") == ["Pocatello"]


@pytest.mark.parametrize(("text", "town", "word"), [
    ("Location: Home\nCaller: Ines Warda    Location: Missoula\n", "Missoula", "Home"),
    ("Pt arrived from Radiology.\nNiece Ola Brandt drove up from Bozeman, reachable at 555-0131.\n", "Bozeman",
     "Radiology"),
    ("From: Elm Ridge Hospital (Main)  To: Birch Vale Medical Center (Muncie)\n", "Muncie", "Main"),
])
def test_places_in_the_building_are_no_town(analyzer: PhiAnalyzer, text: str, town: str, word: str) -> None:
    towns = typed(analyzer, text, "CITY")
    assert town in towns
    assert word not in " ".join(towns)


# ------------------------------------------------------------------ words that are no site
@pytest.mark.parametrize(("text", "word"), [
    ("Gastric Sleeve Program - Pre-op Imaging\nDOB: 01/02/1970\n", "Pre-op Imaging"),
    ("Teams - Night Radiology Huddle\n[2/1/25 03:10] Ines: CT done\n", "Night Radiology"),
    ("POISON CENTER INTAKE #4471\nCaller: Ruth Abara\n", "POISON CENTER"),
    ("You are directed to provide all imaging (MR, US) and reports for the named patient.\n", "all imaging"),
    ("[x] UGI series done 3/4, no leak.\n", "UGI"),
    ("Appeal by phone at 555-0102 (TTY 711).\n", "TTY"),
    ("Contact 2/2 0915. LVM, will retry.\n", "LVM"),
    ("Seen by Tomasz Brill, CNA, at bedside.\n", "CNA"),
    ("| Tc-99m MAA | 4.1 mCi | 10:02 | R. Tull |\n", "MAA"),
])
def test_words_that_are_no_site(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_study_before_at_is_no_part_of_the_site(analyzer: PhiAnalyzer) -> None:
    text = "f/u 3:10 PM: X-ray at Birchwood Women's Imaging Center shows the coin in the stomach.\n"
    check(analyzer, text, ["Birchwood Women's Imaging Center"])
    assert untouched(analyzer, text, "X-ray")


def test_dotted_leader_label_is_no_part_of_the_site(analyzer: PhiAnalyzer) -> None:
    text = "SITE............ Larkspur Imaging Associates\nCALLER.......... Fen Ostrova\n"
    check(analyzer, text, ["Larkspur Imaging Associates"])
    assert untouched(analyzer, text, "SITE")


def test_client_label_is_no_town(analyzer: PhiAnalyzer) -> None:
    text = "INTAKE NOTE\n| Client | BRENNEMAN, ODALYS |\n| MR# | 55120934 |\n| DOB | 02-Mar-1961 |\n"
    assert untouched(analyzer, text, "Client")
