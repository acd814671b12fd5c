"""Round 18c: four-digit 24-hour times that a layout makes times (a run sheet's short header labels in pipe cells
and dotted leaders, a flowsheet's "Time" column, a narrative of timed events), masked SSNs whole, an SSN's last
four after "ends in", and an age of 90 and over after dotted leaders.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


# ------------------------------------------------------------------ run-sheet header labels
def test_run_sheet_times_in_pipe_cells(analyzer: PhiAnalyzer) -> None:
    text = ("AMBULANCE CALL REPORT 7\n| Run # | 5520193377 |\n| Disp | 0442 |\n| Crew | Medic 3 |\n"
            "| Arr | 0459 |\n| Unit | 12 |\n")
    check(analyzer, text, ["0442", "0459"])


def test_run_sheet_times_after_dotted_leaders(analyzer: PhiAnalyzer) -> None:
    text = "UNIT............ 14\nARR............. 1937\nCREW............ 2\nDISPATCHED...... 1921\n"
    check(analyzer, text, ["1937", "1921"])


def test_run_sheet_short_labels_after_colons(analyzer: PhiAnalyzer) -> None:
    text = "Medic 8 report\nDisp: 0713    Arr: 0726\nDOS: 4/9/24\nDisposition: 1998 protocol followed; home.\n"
    check(analyzer, text, ["0713", "0726"])
    assert untouched(analyzer, text, "1998")  # "Disposition" is no "Disp" label


# ------------------------------------------------------------------ flowsheet "Time" column
def test_flowsheet_time_column(analyzer: PhiAnalyzer) -> None:
    text = ("Sedation flowsheet\nTime | BP | SpO2 | Agent\n1933 | 102/60 | 97% | ketamine 1 mg/kg\n"
            "1941 | 98/55 | 99% | --\n2006 | 100/61 | 98% | none\n")
    check(analyzer, text, ["1933", "1941", "2006"])
    counts = "\nYear | Studies | Site\n1998 | 1204 | main\n1999 | 1388 | main\n"
    assert untouched(analyzer, text + counts, "1204")  # a count column is no time column


# ------------------------------------------------------------------ narrative of timed events
def test_timed_events_in_one_line(analyzer: PhiAnalyzer) -> None:
    text = "Monitoring continuous. 1502 chloral hydrate given; 1519 on table; 1611 back to bay, drowsy.\n"
    check(analyzer, text, ["1502", "1519", "1611"])
    years = "Prior imaging reviewed. 2016 exam showed a cyst. 2019 study was normal.\n"
    assert untouched(analyzer, text + years, "2019")  # years opening sentences are kept


# ------------------------------------------------------------------ SSNs in part
def test_masked_ssn_is_masked_whole(analyzer: PhiAnalyzer) -> None:
    text = "Pt name: ORLOV, BEATA    Soc: XXX-XX-6180\n"
    check(analyzer, text, ["XXX-XX-6180"])


def test_ssn_last_four_after_ends_in(analyzer: PhiAnalyzer) -> None:
    text = "Please phone me at home. My SSN ends in 7302 if your office needs it.\n"
    check(analyzer, text, ["7302"])


# ------------------------------------------------------------------ age after dotted leaders
def test_old_age_after_dotted_leaders(analyzer: PhiAnalyzer) -> None:
    text = "RESIDENT........ OKONJO, TEMPERANCE\nAGE............. 97\nUNIT............ 2 West\n"
    check(analyzer, text, ["97"])
