"""Round 41, tuner A: names from other naming traditions (Spanish double surnames joined by "y", South Indian
initials after the name, two-letter Chinese family names, Burmese names, a chat's lone initial) and a worklist
row's trailing flag cell."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("Emergency contact: Ignacio Salazar y Montoya, phone 555-0188.", ["Ignacio Salazar y Montoya"]),
    ("The eldest, Mr. Quintero y Navarro, speaks for the family.", ["Quintero y Navarro"]),
    ("Record: QUINTERO Y NAVARRO, ROSALIA  DOB 03/04/1961", ["QUINTERO Y NAVARRO"]),
    ("Passport name: PILAR OCAMPO DE SALAZAR.", ["PILAR OCAMPO DE SALAZAR"]),
    ("Attendees: patient Annamalai, R S (44Y, MRN 55120987) and family.", ["Annamalai, R S"]),
    ("2025-03-02|10:11|THIRUMALAI, V K|MR-551208|Tamil|no-show", ["THIRUMALAI, V K"]),
    ("Reviewed with Dr. Xu Jianguo; copy to Jianguo's office.", ["Xu Jianguo"]),
    ("Record: XU, JIANGUO (passport XU JIANGUO)", ["XU, JIANGUO", "XU JIANGUO"]),
    ("Second match on lookup: Zhiwei Xu, seen at the annex.", ["Zhiwei Xu"]),
    ("Presenter: Kyaw Zaw Htun. Contact for family: the daughter.", ["Kyaw Zaw Htun"]),
    ("[7:12 AM] Tomas Berg: scans are up\n[7:15 AM] R.: ok, reading now", ["R."]),
])
def test_names_from_other_traditions(analyzer, text: str, phi: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("Signed: Okonkwo, MD, PhD", ["MD, PhD"]),  # a credential after the comma is no initials
    ("Consent obtained by: Adeyemi, DO", ["DO"]),
    ("Signed: Salazar y Montoya, NP", ["NP"]),
    ("Niece Imelda drove her home.", ["Niece"]),  # the kin word opening a name is no part of it
])
def test_name_parts_leave_credentials_and_kin(analyzer, text: str, keep: list[str]) -> None:  # noqa: ANN001
    assert untouched(analyzer, text, keep[0])


WORKLIST = (
    "TIME | NAME | MRN | ACC# | PROC | READER\n"
    "07:10 | QUILLAN, MARTA | E4410021 | A55012877 | CT chest with contrast | Brannigan | NAME ALERT\n"
    "08:25 | OSTROVA PETRA | 71-220-114 | CT-2025-11023 | MRI knee without contrast | Delacroix | STAT\n"
    "09:40 | HALVORSEN IDA | MR-118802 | RAD25-441207 | Pelvic US | Achterberg | INTERP\n"
)
SPACED = (
    "SCHED  PATIENT                 MRN         ACC            EXAM                 RAD\n"
    "07:10  QUILLAN, MARTA  E4410021  A55012877  MRI knee without contrast  Brannigan  age 48Y\n"
    "08:25  OSTROVA PETRA  71-220-114  CT-2025-11023  MRI prostate  Delacroix\n"
    "09:40  HALVORSEN IDA  MR-118802  RAD25-441207  Pelvic US  Achterberg  age 61Y\n"
)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    (WORKLIST, ["QUILLAN, MARTA", "E4410021", "A55012877", "Brannigan", "Achterberg"],
     ["CT chest with contrast", "MRI knee without contrast", "Pelvic US", "NAME ALERT"]),
    (SPACED, ["QUILLAN, MARTA", "A55012877", "Brannigan", "Delacroix"], ["MRI knee without contrast", "age 48Y"]),
])
def test_worklist_row_flag_keeps_columns(analyzer, text: str, phi: list[str], keep: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("VISIT:            Pelvic US at Harrowgate Imaging Center\nCLERK: x", ["Harrowgate Imaging Center"],
     ["Pelvic US"]),
    ("Visit: MRI knee without contrast at Alder Bay Hospital", ["Alder Bay Hospital"], ["MRI knee"]),
])
def test_exam_before_site_is_no_part_of_it(analyzer, text: str, phi: list[str], keep: list[str]) -> None:  # noqa: ANN001
    check(analyzer, text, phi, keep)


def test_a_flag_column_after_a_name_in_csv_is_no_initial(analyzer) -> None:  # noqa: ANN001
    text = "name,consented\nM. Delacroix,Y\nH. Smith-Ochoa,N\n"
    assert typed(analyzer, text, "PERSON") and all("," not in s for s in typed(analyzer, text, "PERSON"))
