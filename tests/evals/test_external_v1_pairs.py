"""The blind pair set (evals/external_v1/pairs.jsonl): well-formed per `radgate eval score --input`, labels valid,
and reproduced byte for byte by its generator. These tests read only the set; they never score it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "evals" / "external_v1"
PAIRS = BLIND / "pairs.jsonl"
# The error categories of the scorer's public contract (spelled out here, not imported, to keep the set blind).
CATEGORIES = {"fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison"}
_COMPARISON = re.compile(r"\b(prior|previous(ly)?|interval|unchanged|stable|compared|since|new|increased|decreased"
                         r"|progression)\b", re.IGNORECASE)
SOURCE_KEYS = {"indication": str, "comparison": str, "findings": str, "has_prior": bool}
_SIZE = re.compile(r"(\d+(?:\.\d+)?(?:\s*[x×]\s*\d+(?:\.\d+)?)*)\s*(cm|mm)\b")
_SIDE_WORD = re.compile(r"\b(right|left)\b", re.IGNORECASE)
_SIDE_ABBREVIATION = re.compile(r"\b([RL])(?:LL|UL|ML|IJ|UQ|LQ)?\b")  # RLL, L IJ, RUQ; not L4-L5


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    lines = PAIRS.read_text(encoding="utf-8").splitlines()
    assert lines, "pairs.jsonl is empty"
    return [json.loads(line) for line in lines]


def _sizes_mm(text: str) -> set[float]:
    found = set()
    for dims, unit in _SIZE.findall(text):
        for value in re.split(r"\s*[x×]\s*", dims):
            found.add(round(float(value) * (10 if unit == "cm" else 1), 3))
    return found


def _sides(text: str) -> set[str]:
    found = _SIDE_WORD.findall(text) + _SIDE_ABBREVIATION.findall(text)
    return {side[0].lower() for side in found}


def test_every_line_follows_the_scorer_input_contract(rows: list[dict]) -> None:
    for row in rows:
        assert isinstance(row["id"], str) and row["id"], row
        source = row["source"]
        assert isinstance(source, dict) and set(source) == set(SOURCE_KEYS), row["id"]
        for key, kind in SOURCE_KEYS.items():
            assert isinstance(source[key], kind), (row["id"], key)
        assert source["findings"].strip(), row["id"]
        assert isinstance(row["candidate"], str) and row["candidate"].strip(), row["id"]
        assert isinstance(row["reference"], str) and row["reference"].strip(), row["id"]
        assert row["has_prior"] is source["has_prior"], row["id"]


def test_ids_are_unique(rows: list[dict]) -> None:
    repeated = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    assert not repeated


def test_labels_are_valid(rows: list[dict]) -> None:
    for row in rows:
        labels = row["labels"]
        assert set(labels) == {"errors", "control"}, row["id"]
        errors = labels["errors"]
        assert isinstance(errors, list) and set(errors) <= CATEGORIES, row["id"]
        assert len(errors) == len(set(errors)) <= 3, row["id"]
        assert labels["control"] is (not errors), row["id"]
        if "fabricated_comparison" in errors:
            assert row["has_prior"] is False, f"{row['id']}: a fabricated comparison needs a study without a prior"


def test_set_is_large_and_broad_enough(rows: list[dict]) -> None:
    single = Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    assert len(rows) >= 700
    assert sum(r["labels"]["control"] for r in rows) >= 120
    assert all(single[c] >= 60 for c in CATEGORIES), single
    assert {len(r["labels"]["errors"]) for r in rows} == {0, 1, 2, 3}
    cases = {r["meta"]["case"]: r for r in rows}
    assert len(cases) >= 60
    assert {r["meta"]["modality"] for r in cases.values()} >= {"CT", "MR", "XR", "US"}
    assert {r["meta"]["region"] for r in cases.values()} >= {"chest", "abdomen", "neuro", "msk", "breast", "vascular"}
    assert {r["has_prior"] for r in cases.values()} == {True, False}


def test_every_case_has_two_distinct_controls_and_no_candidate_repeats_its_reference(rows: list[dict]) -> None:
    by_case: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_case[row["meta"]["case"]].append(row)
    for case, lines in by_case.items():
        assert len({r["reference"] for r in lines}) == 1, case
        assert sum(r["labels"]["control"] for r in lines) == 2, case
        candidates = [r["candidate"] for r in lines]
        assert len(set(candidates)) == len(candidates), f"{case}: a candidate appears twice"
        assert lines[0]["reference"] not in candidates, f"{case}: a candidate is the reference verbatim"


def test_controls_keep_every_measurement_and_side(rows: list[dict]) -> None:
    for row in rows:
        if row["labels"]["control"]:
            assert _sizes_mm(row["candidate"]) == _sizes_mm(row["reference"]), row["id"]
            assert _sides(row["candidate"]) == _sides(row["reference"]), row["id"]


def test_comparison_wording_without_a_prior_is_always_labelled(rows: list[dict]) -> None:
    for row in rows:
        if not row["has_prior"] and "fabricated_comparison" not in row["labels"]["errors"]:
            assert not _COMPARISON.search(row["candidate"]), row["id"]
            assert not _COMPARISON.search(row["reference"]), row["id"]


def test_a_measurement_error_changes_a_measurement(rows: list[dict]) -> None:
    for row in rows:
        if row["labels"]["errors"] == ["measurement"]:
            assert _sizes_mm(row["candidate"]) != _sizes_mm(row["reference"]), row["id"]


def test_the_generator_reproduces_the_committed_file(tmp_path: Path) -> None:
    out = tmp_path / "pairs.jsonl"
    done = subprocess.run([sys.executable, str(BLIND / "make_blind_pairs.py"), "--output", str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == PAIRS.read_bytes(), "pairs.jsonl is stale: rerun evals/external_v1/make_blind_pairs.py"


def test_the_generator_refuses_a_case_whose_reference_contradicts_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BLIND))
    from _spec import F, N, case

    findings = "Small left pleural effusion. No pneumothorax."
    with pytest.raises(ValueError, match="side"):
        case("bad", "XR", "chest", ind="x", comp="None.", prior=False, findings=findings,
             items=[F("{Sev} {side} effusion", side="right", sev="small"), N("No pneumothorax")], fab=[])
    with pytest.raises(ValueError, match="size"):
        case("bad", "XR", "chest", ind="x", comp="None.", prior=False, findings=findings + " Nodule 8 mm.",
             items=[F("{size} nodule", size=9, unit="mm"), N("No pneumothorax")], fab=[])
    with pytest.raises(ValueError, match="comparison wording"):
        case("bad", "XR", "chest", ind="x", comp="None.", prior=False, findings=findings,
             items=[F("{Sev} {side} effusion, unchanged", side="left", sev="small"), N("No pneumothorax")], fab=[])
