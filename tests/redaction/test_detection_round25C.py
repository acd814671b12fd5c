"""Round 25C: a site after a "Site" label without its colon or after "Recorded at"; an age of 90 and over said of a
person by title and surname; a relative's town; a town before slashes and the state; a recording's time offsets;
departments, offices and abbreviations that are no site or town; a special investigations unit's own case file.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_site_after_a_label_without_colon(analyzer: PhiAnalyzer) -> None:
    text = ("Scanner audit\nSite Saint Odran Community Hospital; scanner MR-2\nPulled 2026-01-04\n\n"
            "Tabletop exercise\nSite Quillmere Imaging Center, 2025-03-09\nLead: R. Ostby\n")
    check(analyzer, text, ["Saint Odran Community Hospital", "Quillmere Imaging Center"])


def test_recorded_at_is_no_part_of_the_site(analyzer: PhiAnalyzer) -> None:
    text = "Grand rounds audio\nRecorded at Fennick Valley Medical Center on 2025-11-02\n\nWelcome, everyone.\n"
    assert typed(analyzer, text, "FACILITY") == ["Fennick Valley Medical Center"]


def test_age_over_89_said_by_title_and_surname(analyzer: PhiAnalyzer) -> None:
    text = ("Mr. Thornquist is 96 now and came with his nephew.\nMs. Van Arlen was 91 when she moved here.\n"
            "Mr. Thornquist is 72 kg.\n")
    assert typed(analyzer, text, "AGE_OVER_89") == ["96", "91"]


def test_relative_placed_in_a_town(analyzer: PhiAnalyzer) -> None:
    text = ("He asked whether his daughter Wren in Port Tallis could be phoned tonight.\n"
            "Her brother in Ashgrove Falls who drives her is listed as contact.\n")
    assert typed(analyzer, text, "CITY") == ["Port Tallis", "Ashgrove Falls"]
    assert untouched(analyzer, "Her son in March was seen for a fracture.", "March")


def test_town_before_slashes_and_state(analyzer: PhiAnalyzer) -> None:
    text = "3b. City/State/ZIP ..... Brindle Cove / OR / 97123\n4. Phone ......... 541-555-0170\n"
    check(analyzer, text, ["Brindle Cove", "97123"])


def test_time_offsets_of_a_recording_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("Case conference - machine transcript\nRecorded 2025-05-14\n\n[00:00:12] HOST: Welcome back.\n"
            "[00:01:47] GUEST: The CT showed a 2 cm lesion at like 3:15 PM on a Friday.\n[00:02:09] HOST: Thanks.\n")
    for stamp in ("00:00:12", "00:01:47", "00:02:09"):
        assert untouched(analyzer, text, stamp)
    check(analyzer, text, ["3:15 PM", "2025-05-14"])
    chat = "[14:02:11] Ada Quell: is the CT read?\n[14:03:40] Bo Renn: on it\n"
    check(analyzer, chat, ["14:02:11", "14:03:40"])


def test_departments_offices_and_abbreviations_are_no_site(analyzer: PhiAnalyzer) -> None:
    text = ("Larchmont Diagnostic Imaging, Occupational & Environmental Health\nDate: 4/2/25\n\n"
            "Corvale University Hospital, Biomedical Engineering\n\n"
            "Tamsin Imaging Center Clinical Research Office\n\n[EXTERNAL] Sports Medicine\nFrom: a@example.org\n\n"
            "BMT Imaging Timeline\n\nTELEMEDICINE NOTE - DOC\n")
    for word in ("Occupational & Environmental Health", "Biomedical Engineering", "Clinical Research Office",
                 "Sports Medicine", "BMT", "DOC"):
        assert untouched(analyzer, text, word), word
    check(analyzer, text, ["Larchmont Diagnostic Imaging", "Corvale University Hospital", "Tamsin Imaging Center"])


def test_coronary_calcium_score_and_id_label_are_no_town(analyzer: PhiAnalyzer) -> None:
    text = "Coronary calcium Agatston 318; CAD-RADS 2.\nRe: Member Odessa Pelham, ID 7QX2-K81-40\n"
    assert not typed(analyzer, text, "CITY")
    check(analyzer, text, ["Odessa Pelham", "7QX2-K81-40"])


def test_special_investigations_case_file_stays_masked(analyzer: PhiAnalyzer) -> None:
    # the unit's case number files an investigation of one member's claims: an identifier linked to the person
    text = "Special Investigations Unit\nSIU file SIU-448213\n\nMember ID: W55120348\n"
    check(analyzer, text, ["448213", "W55120348"])
