"""Text-level invariants the generator asserts on every case and candidate (the test re-checks them on the file).

They look at the rendered text, not at the tokens, so a rendering bug that loses a size or a side shows up.
"""

from __future__ import annotations

import re
from collections import Counter

from _b4_spec import TOKEN  # noqa: I001

NUM = r"\d+(?:\.\d+)?"
SIZE = re.compile(rf"({NUM}(?:\s*(?:x|×|by)\s*{NUM})*)\s*(mm|cm|millimeters|centimeters)\b(?!\s*/)", re.I)
SIDE = re.compile(r"\b(right|left|rt|lt|r|l|rll|rul|lll|lul|ruq|luq|rlq|llq)\b", re.I)
COMPARISON = re.compile(r"\b(prior|previous(ly)?|compar(ed|ison)|interval|unchanged|stable|since|redemonstrat\w*"
                        r"|again (seen|noted)|new|progress\w*|last (exam|study))\b", re.I)


def sizes_mm(text: str) -> Counter[float]:
    """Every dimension written with mm/cm (velocities in cm/s excluded), in mm."""
    out: Counter[float] = Counter()
    for nums, unit in SIZE.findall(text):
        factor = 10.0 if unit.lower().startswith("c") else 1.0
        for n in re.findall(NUM, nums):
            out[round(float(n) * factor, 1)] += 1
    return out


def sides(text: str) -> Counter[str]:
    """Side words, R/L abbreviations and lobe/quadrant abbreviations, normalised to 'r' / 'l'."""
    return Counter(m.lower()[0] for m in SIDE.findall(text))


def has_comparison(text: str) -> bool:
    return COMPARISON.search(text) is not None


def _norm(kind: str, value: str) -> str:
    if kind == "L":
        return "L" + value.lower()[0]
    if kind in "ZP":
        return kind + ",".join(str(n) for n in sizes_mm(value).elements())
    return kind + value.lower()


def check_case(case, reference: str) -> None:  # noqa: ANN001 - Case, kept loose to avoid an import cycle
    """Source supports the reference's sizes and sides; no-prior cases hold no comparison language; fabrications'
    keywords are absent from the source."""
    where = f"{case.mod}-{case.num:03d}"
    src = case.source_text.lower()
    for mm in sizes_mm(reference) - sizes_mm(case.findings):
        raise AssertionError(f"{where}: reference size {mm} mm not in source findings")
    assert not (set(sides(reference)) - set(sides(case.findings))), f"{where}: reference side not in source"
    if not case.has_prior:
        assert not has_comparison(case.findings), f"{where}: comparison language in a no-prior source"
        assert not has_comparison(reference), f"{where}: comparison language in a no-prior reference"
        assert case.comparison.lower().startswith("none"), where
    for stmt in case.stmts:
        kinds = [Counter(_norm(k, v) for k, v in TOKEN.findall(form)) for form in stmt.forms]
        assert all(k == kinds[0] for k in kinds), f"{where}: forms of {stmt.forms[0]!r} differ in sizes/sides/grades"
    for sentence, keyword in case.fabs:
        assert keyword.lower() not in src, f"{where}: fabrication keyword {keyword!r} is in the source"
        assert keyword.lower() in sentence.lower(), f"{where}: keyword {keyword!r} not in {sentence!r}"
    for extra in case.extras:
        assert not sizes_mm(extra) and not sides(extra), f"{where}: extra {extra!r} carries a size or side"


def check_candidate(row: dict) -> None:
    """Controls keep every size and side; single measurement / laterality errors show in the text."""
    cand, ref = row["candidate"], row["reference"]
    errors = row["labels"]["errors"]
    if row["labels"]["control"]:
        assert sizes_mm(cand) == sizes_mm(ref), f"{row['id']}: control changed sizes"
        assert sides(cand) == sides(ref), f"{row['id']}: control changed sides"
        if not row["has_prior"]:
            assert not has_comparison(cand), f"{row['id']}: control with comparison language"
    if errors == ["measurement"]:
        assert sizes_mm(cand) != sizes_mm(ref), f"{row['id']}: measurement error does not show"
    if errors == ["laterality"]:
        assert sides(cand) != sides(ref), f"{row['id']}: laterality error does not show"
    if "fabricated_comparison" in errors:
        assert not row["has_prior"] and has_comparison(cand), row["id"]
