"""The v4 blind set: input contract, label semantics, counts, reproducibility and the generator's invariants.

The text checks here are written again (not imported) so that a bug in the generator's own checks shows up.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "evals" / "external_v4"
CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
SIZE = re.compile(r"(\d+(?:\.\d+)?(?:\s*(?:x|×|by)\s*\d+(?:\.\d+)?)*)\s*(mm|cm|millimeters|centimeters)\b(?!\s*/)",
                  re.I)
SIDE = re.compile(r"\b(right|left|rt|lt|r|l|rll|rul|lll|lul|ruq|luq|rlq|llq)\b", re.I)
COMPARISON = re.compile(r"\b(prior|previous|previously|compared|comparison|interval|unchanged|stable|since|new)\b",
                        re.I)


def _sizes(text: str) -> Counter:
    out: Counter = Counter()
    for nums, unit in SIZE.findall(text):
        for n in re.findall(r"\d+(?:\.\d+)?", nums):
            out[round(float(n) * (10 if unit.lower().startswith("c") else 1), 1)] += 1
    return out


def _sides(text: str) -> Counter:
    return Counter(m.lower()[0] for m in SIDE.findall(text))


@pytest.fixture(scope="module")
def gen():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("b4_make_pairs", BLIND / "make_pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in (BLIND / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]


def test_contract(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert set(r) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        assert re.fullmatch(r"b4-(ct|mr|xr|us|mg|nm|fl|ir)-\d{3}-\d{2}", r["id"])
        assert set(r["source"]) == {"indication", "comparison", "findings", "has_prior"}
        assert r["source"]["has_prior"] is r["has_prior"]
        assert isinstance(r["candidate"], str) and r["candidate"].strip()
        assert isinstance(r["reference"], str) and r["reference"].strip()


def test_labels(rows: list[dict]) -> None:
    for r in rows:
        errors, control = r["labels"]["errors"], r["labels"]["control"]
        assert control is (not errors)
        assert all(e in CATEGORIES for e in errors) and len(set(errors)) == len(errors) <= 3
        assert errors == sorted(errors, key=CATEGORIES.index)
        if r["has_prior"]:
            assert "fabricated_comparison" not in errors
        if control:
            assert r["candidate"] != r["reference"]


def test_counts(rows: list[dict], gen) -> None:  # noqa: ANN001
    assert 750 <= len(rows) <= 900
    cases = gen.all_cases()
    assert len(cases) >= 72 and len({(r["id"].split("-")[1], r["id"].split("-")[2]) for r in rows}) == len(cases)
    mods = Counter(c.mod for c in cases)
    assert all(mods[m] >= 10 for m in ("ct", "mr", "xr", "us")) and all(mods[m] >= 1 for m in ("mg", "nm", "fl", "ir"))
    groups = Counter(g for c in cases for g in c.groups)
    for g in ("neuro", "chest", "abdomen", "msk", "vascular", "breast", "pediatric", "oncology"):
        assert groups[g] >= 8, g
    assert 0.15 <= sum(r["has_prior"] for r in rows) / len(rows) <= 0.25
    assert 0.17 <= sum(r["labels"]["control"] for r in rows) / len(rows) <= 0.26
    singles = Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    assert all(singles[c] >= 40 for c in CATEGORIES), singles
    mixed = Counter(len(r["labels"]["errors"]) for r in rows if len(r["labels"]["errors"]) > 1)
    assert mixed[2] >= 60 and mixed[3] >= 20


def test_reproducible(gen) -> None:  # noqa: ANN001
    committed = (BLIND / "pairs.jsonl").read_text(encoding="utf-8")
    assert gen.dumps(gen.build()) == committed
    done = subprocess.run([sys.executable, str(BLIND / "make_pairs.py"), "--check"], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr


def test_check_flag_fails_on_a_changed_file(tmp_path: Path) -> None:
    stale = tmp_path / "pairs.jsonl"
    stale.write_text((BLIND / "pairs.jsonl").read_text(encoding="utf-8").replace("mm", "cm", 1), encoding="utf-8")
    done = subprocess.run([sys.executable, str(BLIND / "make_pairs.py"), "--check", "--output", str(stale)],
                          capture_output=True, check=False)
    assert done.returncode == 1


def test_controls_keep_sizes_and_sides(rows: list[dict]) -> None:
    for r in (r for r in rows if r["labels"]["control"]):
        assert _sizes(r["candidate"]) == _sizes(r["reference"]), r["id"]
        assert _sides(r["candidate"]) == _sides(r["reference"]), r["id"]


def test_single_measurement_and_laterality_errors_show(rows: list[dict]) -> None:
    for r in rows:
        if r["labels"]["errors"] == ["measurement"]:
            assert _sizes(r["candidate"]) != _sizes(r["reference"]), r["id"]
        if r["labels"]["errors"] == ["laterality"]:
            assert _sides(r["candidate"]) != _sides(r["reference"]), r["id"]


def test_no_prior_sources_have_no_comparison_language(rows: list[dict]) -> None:
    for r in (r for r in rows if not r["has_prior"]):
        assert not COMPARISON.search(r["source"]["findings"]), r["id"]
        assert not COMPARISON.search(r["reference"]), r["id"]
        if r["labels"]["control"]:
            assert not COMPARISON.search(r["candidate"]), r["id"]
        if "fabricated_comparison" in r["labels"]["errors"]:
            assert COMPARISON.search(r["candidate"]), r["id"]


def test_fabricated_findings_are_absent_from_the_source(gen) -> None:  # noqa: ANN001
    for case in gen.all_cases():
        source = f"{case.indication} {case.comparison} {case.findings}".lower()
        assert case.fabs
        for sentence, keyword in case.fabs:
            assert keyword.lower() in sentence.lower() and keyword.lower() not in source, (case.mod, case.num, keyword)


def test_reference_sizes_and_sides_come_from_the_source(rows: list[dict]) -> None:
    for r in rows:
        assert not (_sizes(r["reference"]) - _sizes(r["source"]["findings"])), r["id"]
        assert set(_sides(r["reference"])) <= set(_sides(r["source"]["findings"])), r["id"]
