"""Contract, label sanity, composition and reproducibility of the v10 labelled pair set (evals/external_v10)."""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SET_DIR = Path(__file__).resolve().parents[2] / "evals" / "external_v10"
PAIRS = SET_DIR / "pairs.jsonl"
CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
ID_PATTERN = re.compile(r"^b10-(ct|mr|xr|us|mg|nm|ir)-\d{2}-\d{1,2}$")
SIZE = re.compile(r"(\d+(?:\.\d+)?)((?:\s*x\s*\d+(?:\.\d+)?)*)\s*(mm|cm)\b", re.IGNORECASE)
GRADE = re.compile(r"\b(mild|moderate|severe|small|large)(?:ly)?\b(?!\s+(?:vessel|bowel))", re.IGNORECASE)
LOBES = {"rll": "right", "rul": "right", "rml": "right", "lll": "left", "lul": "left"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def cases():
    if str(SET_DIR) not in sys.path:
        sys.path.insert(0, str(SET_DIR))
    from _v10_cases import CASES  # the set's own module, found through its folder

    return CASES


def _sizes(text: str) -> list[int]:
    """Every 'a x b unit' size of a text, as sorted whole-millimetre values."""
    values = []
    for match in SIZE.finditer(text):
        numbers = [match.group(1)] + re.findall(r"\d+(?:\.\d+)?", match.group(2))
        scale = 10 if match.group(3).lower() == "cm" else 1
        values += [round(float(n) * scale) for n in numbers]
    return sorted(values)


def _sides(text: str) -> collections.Counter[str]:
    lowered = re.sub(r"\b(rll|rul|rml|lll|lul)\b", lambda m: LOBES[m.group(1)], text.lower())
    lowered = re.sub(r"\b(right|left) (ventric|atri|heart)", r"\2", lowered)  # chamber names, not sides
    return collections.Counter(re.findall(r"\b(right|left)", lowered))


def _grades(text: str) -> collections.Counter[str]:
    return collections.Counter(m.group(1).lower() for m in GRADE.finditer(text))


def test_format_contract(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert set(row) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        assert ID_PATTERN.match(row["id"]), row["id"]
        assert set(row["source"]) == {"indication", "comparison", "findings", "has_prior"}
        assert all(isinstance(row["source"][k], str) and row["source"][k] for k in ("indication", "comparison",
                                                                                  "findings"))
        assert row["source"]["has_prior"] is row["has_prior"]
        assert isinstance(row["candidate"], str) and row["candidate"].strip()
        assert isinstance(row["reference"], str) and row["reference"].strip()
        assert set(row["labels"]) == {"errors", "control"}


def test_label_semantics(rows: list[dict]) -> None:
    for row in rows:
        errors = row["labels"]["errors"]
        assert row["labels"]["control"] is (not errors)
        assert len(errors) <= 3 and len(set(errors)) == len(errors)
        assert errors == sorted(errors, key=CATEGORIES.index)
        assert set(errors) <= set(CATEGORIES)
        if "fabricated_comparison" in errors:
            assert not row["has_prior"], row["id"]
        if not errors:
            assert row["candidate"] != row["reference"]


def test_controls_keep_sizes_sides_and_grades(rows: list[dict]) -> None:
    for row in rows:
        if row["labels"]["control"]:
            assert _sizes(row["candidate"]) == _sizes(row["reference"]), row["id"]
            assert _sides(row["candidate"]) == _sides(row["reference"]), row["id"]
            assert _grades(row["candidate"]) == _grades(row["reference"]), row["id"]


def test_single_errors_change_what_they_claim(rows: list[dict]) -> None:
    for row in rows:
        errors = row["labels"]["errors"]
        if errors == ["measurement"]:
            assert _sizes(row["candidate"]) != _sizes(row["reference"]), row["id"]
        if errors == ["severity"]:
            assert _grades(row["candidate"]) != _grades(row["reference"]), row["id"]
        if errors in (["laterality"], ["fabricated_comparison"]):
            assert _sizes(row["candidate"]) == _sizes(row["reference"]), row["id"]
            assert _grades(row["candidate"]) == _grades(row["reference"]), row["id"]
            moved = _sides(row["candidate"]) != _sides(row["reference"])
            if errors == ["laterality"]:  # a swap of 'right ... leftward' keeps the counts
                assert moved or "ward" in row["candidate"].lower(), row["id"]
            else:
                assert not moved, row["id"]


def test_measurement_changes_are_beyond_rounding(rows: list[dict]) -> None:
    for row in rows:
        if row["labels"]["errors"] == ["measurement"]:
            before = collections.Counter(_sizes(row["reference"]))
            after = collections.Counter(_sizes(row["candidate"]))
            gone, came = list((before - after).elements()), list((after - before).elements())
            assert len(gone) == len(came) == 1, row["id"]
            assert abs(gone[0] - came[0]) >= 2, row["id"]


def test_case_data_is_grounded(cases) -> None:
    placeholders = {"side": ("{side}", "{Side}", "{sd}", "{oside}"), "size": ("{size}",), "prior": ("{prior}",),
                    "sev": ("{sev}", "{Sev}", "{sevly}", "{Sevly}")}
    for case in cases:
        source = f"{case.indication} {case.comparison} {case.findings}".lower()
        for sentence, keys in case.fabs:
            assert all(key.lower() not in source for key in keys), sentence
        assert any(st.positive and not st.minor for st in case.statements), case.indication
        for st in case.statements:
            for slot, marks in placeholders.items():
                for text in st.variants:
                    assert (getattr(st, slot) is not None) == any(m in text for m in marks), (slot, text)
            if st.side:
                assert st.side in case.findings.lower(), case.indication
            for dims in (st.size or ()), (st.prior or ()):
                assert set(dims) <= set(_sizes(case.findings)), (case.indication, dims)


def test_composition(rows: list[dict]) -> None:
    kinds = collections.Counter(min(len(r["labels"]["errors"]), 2) for r in rows)
    cases = {r["id"].rsplit("-", 1)[0] for r in rows}
    assert len(cases) >= 75
    assert 750 <= len(rows) <= 850
    assert 0.22 <= kinds[0] / len(rows) <= 0.28
    assert 0.47 <= kinds[1] / len(rows) <= 0.53
    assert 0.22 <= kinds[2] / len(rows) <= 0.28
    singles = collections.Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    assert set(singles) == set(CATEGORIES) and min(singles.values()) >= 40
    assert {r["id"].split("-")[1] for r in rows} == {"ct", "mr", "xr", "us", "mg", "nm", "ir"}
    assert {r["has_prior"] for r in rows} == {True, False}
    per_case = collections.Counter(r["id"].rsplit("-", 1)[0] for r in rows)
    assert set(per_case.values()) == {10}


def test_committed_file_is_reproducible(tmp_path: Path) -> None:
    script = SET_DIR / "make_pairs.py"
    check = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    fresh = tmp_path / "pairs.jsonl"
    subprocess.run([sys.executable, str(script), "--output", str(fresh)], check=True)
    assert fresh.read_bytes() == PAIRS.read_bytes()
    stale = tmp_path / "stale.jsonl"
    stale.write_text(PAIRS.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    check = subprocess.run([sys.executable, str(script), "--check", "--output", str(stale)], capture_output=True,
                           check=False)
    assert check.returncode == 1
