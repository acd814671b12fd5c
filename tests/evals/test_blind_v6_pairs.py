"""Blind set v6 (`evals/blind/`): input contract, label semantics, counts, reproducibility and the invariants
the generator promises (controls keep sizes and sides, single size/side errors show, no-prior sources compare
nothing, fabricated findings are absent from the source)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

BLIND = Path("evals/blind")
PAIRS = BLIND / "pairs.jsonl"
ID = re.compile(r"^b6-(ct|mr|xr|us|mg|nm|fl|ir)-\d{3}-\d{2}$")


def _load_generator():  # noqa: ANN202
    sys.path.insert(0, str(BLIND.resolve()))
    spec = importlib.util.spec_from_file_location("b6_make_pairs", BLIND / "make_pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
from _b6_model import CATEGORIES, COMPARISON, sides, sizes_mm  # noqa: E402


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


def test_contract(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert set(r) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        assert ID.match(r["id"]), r["id"]
        assert set(r["source"]) == {"indication", "comparison", "findings", "has_prior"}
        assert r["source"]["has_prior"] is r["has_prior"]
        assert all(isinstance(r["source"][k], str) and r["source"][k] for k in ("indication", "findings"))
        assert isinstance(r["candidate"], str) and r["candidate"].strip()
        assert isinstance(r["reference"], str) and r["reference"].strip()
        assert "{" not in r["candidate"] + r["reference"], "mark-up leaked"


def test_labels(rows: list[dict]) -> None:
    for r in rows:
        errors, control = r["labels"]["errors"], r["labels"]["control"]
        assert control is (not errors)
        assert len(errors) <= 3 and len(set(errors)) == len(errors)
        assert set(errors) <= set(CATEGORIES)
        assert errors == sorted(errors, key=CATEGORIES.index)
        if "fabricated_comparison" in errors:
            assert r["has_prior"] is False


def test_counts(rows: list[dict]) -> None:
    cases = gen.all_cases()
    assert len(cases) >= 72
    assert 750 <= len(rows) <= 900
    assert {r["id"].rsplit("-", 1)[0] for r in rows} == {f"b6-{c.key}" for c in cases}
    labels = Counter("control" if not r["labels"]["errors"] else r["labels"]["errors"][0]
                     if len(r["labels"]["errors"]) == 1 else "mixed" for r in rows)
    assert 0.17 <= labels["control"] / len(rows) <= 0.25
    for cat in CATEGORIES:
        assert labels[cat] >= 25, cat
    assert labels["mixed"] >= 100
    assert 0.15 <= sum(c.has_prior for c in cases) / len(cases) <= 0.25
    modalities = Counter(c.modality for c in cases)
    assert all(modalities[m] >= 12 for m in ("ct", "mr", "xr", "us"))
    assert all(modalities[m] >= 1 for m in ("mg", "nm", "fl", "ir"))
    domains = Counter(d for c in cases for d in c.domains)
    assert all(domains[d] >= 8 for d in ("neuro", "chest", "abdomen", "msk", "vascular", "breast", "peds", "onc"))


def test_reproducible_and_check(tmp_path: Path) -> None:
    out = tmp_path / "pairs.jsonl"
    assert gen.main(["--output", str(out)]) == 0
    assert out.read_bytes() == PAIRS.read_bytes()
    assert gen.main(["--check"]) == 0
    out.write_text(out.read_text()[:-200] + "\n")
    assert gen.main(["--check", "--output", str(out)]) == 1


def test_controls_keep_sizes_and_sides(rows: list[dict]) -> None:
    for r in rows:
        if r["labels"]["control"]:
            assert sizes_mm(r["candidate"]) == sizes_mm(r["reference"]), r["id"]
            assert sides(r["candidate"]) == sides(r["reference"]), r["id"]
            if not r["has_prior"]:
                assert not COMPARISON.search(r["candidate"]), r["id"]


def test_single_size_and_side_errors_show(rows: list[dict]) -> None:
    for r in rows:
        if r["labels"]["errors"] == ["measurement"]:
            assert sizes_mm(r["candidate"]) != sizes_mm(r["reference"]), r["id"]
        if r["labels"]["errors"] == ["laterality"]:
            assert sides(r["candidate"]) != sides(r["reference"]), r["id"]


def test_no_prior_sources_compare_nothing(rows: list[dict]) -> None:
    for r in rows:
        if not r["has_prior"]:
            assert not COMPARISON.search(r["source"]["findings"]), r["id"]
            assert not COMPARISON.search(r["reference"]), r["id"]


def test_fabrications_absent_from_source() -> None:
    for c in gen.all_cases():
        source = f"{c.indication} {c.findings}".lower()
        for sentence, keyword in c.fabrications:
            assert keyword.lower() in sentence.lower()
            assert keyword.lower() not in source, (c.key, keyword)


def test_fabricated_finding_candidates_carry_one(rows: list[dict]) -> None:
    fabs = {c.key: [s for s, _ in c.fabrications] for c in gen.all_cases()}
    for r in rows:
        if "fabricated_finding" in r["labels"]["errors"]:
            key = r["id"][3:].rsplit("-", 1)[0]
            text = r["candidate"].lower()
            assert any(s.lower().rstrip(".") in text for s in fabs[key]), r["id"]


def test_reference_supported_by_source() -> None:
    for c in gen.all_cases():
        ref = gen.reference_text(c)
        assert set(sizes_mm(ref)) <= set(sizes_mm(c.findings)), c.key
        assert set(sides(ref)) <= set(sides(c.findings)), c.key
