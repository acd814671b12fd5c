"""The v8 external pair set: format contract, label sanity, composition and byte-for-byte reproducibility."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[2] / "evals" / "external_v8"
CATEGORIES = (
    "fabricated_finding",
    "omitted_finding",
    "negation",
    "laterality",
    "severity",
    "measurement",
    "fabricated_comparison",
)
ID = re.compile(r"^b8-(ct|mr|xr|us|mg|nm|ir)-\d{2}-\d{1,2}$")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_pairs():
    return _load("make_pairs")


@pytest.fixture(scope="module")
def rows():
    with open(HERE / "pairs.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_format_contract(rows):
    for row in rows:
        assert set(row) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        assert ID.match(row["id"]), row["id"]
        assert set(row["source"]) == {"indication", "comparison", "findings", "has_prior"}
        assert all(
            isinstance(row["source"][k], str) and row["source"][k] for k in ("indication", "comparison", "findings")
        )
        assert row["has_prior"] is row["source"]["has_prior"]
        assert isinstance(row["candidate"], str) and row["candidate"].strip()
        assert isinstance(row["reference"], str) and row["reference"].strip()
        assert set(row["labels"]) == {"errors", "control"}
    assert len({row["id"] for row in rows}) == len(rows)


def test_label_sanity(rows):
    for row in rows:
        errors = row["labels"]["errors"]
        assert row["labels"]["control"] is (not errors)
        assert all(e in CATEGORIES for e in errors)
        assert len(errors) <= 3 and len(set(errors)) == len(errors)
        assert errors == sorted(errors, key=CATEGORIES.index)
        if row["has_prior"]:
            assert "fabricated_comparison" not in errors
        assert row["candidate"] != row["reference"]


def test_candidates_differ_within_a_case(rows):
    by_case = Counter((row["id"].rsplit("-", 1)[0], row["candidate"]) for row in rows)
    assert max(by_case.values()) == 1


def test_composition(rows):
    cases = {row["id"].rsplit("-", 1)[0] for row in rows}
    assert len(cases) >= 75
    assert 760 <= len(rows) <= 860
    modalities = Counter(cid.split("-")[1] for cid in cases)
    assert set(modalities) == {"ct", "mr", "xr", "us", "mg", "nm", "ir"}
    kinds = Counter(
        "control" if not r["labels"]["errors"] else "single" if len(r["labels"]["errors"]) == 1 else "mixed"
        for r in rows
    )
    assert 0.22 <= kinds["control"] / len(rows) <= 0.28
    assert 0.45 <= kinds["single"] / len(rows) <= 0.55
    assert 0.22 <= kinds["mixed"] / len(rows) <= 0.28
    singles = Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    assert set(singles) == set(CATEGORIES) and min(singles.values()) >= 45
    priors = Counter(r["has_prior"] for r in rows)
    assert priors[True] >= 100 and priors[False] >= 500


def test_controls_keep_sizes_and_sides(rows, make_pairs):
    text = sys.modules["_v8_text"]
    for row in rows:
        if row["labels"]["control"]:
            assert text.sizes_mm(row["candidate"]) == text.sizes_mm(row["reference"]), row["id"]
            assert text.side_words(row["candidate"]) == text.side_words(row["reference"]), row["id"]


def test_no_prior_sources_hold_no_comparison(rows, make_pairs):
    text = sys.modules["_v8_text"]
    for row in rows:
        if not row["has_prior"]:
            assert not text.COMPARISON_WORDS.search(row["source"]["findings"]), row["id"]
            assert not text.COMPARISON_WORDS.search(row["reference"]), row["id"]


def test_reproducible(make_pairs, tmp_path):
    out = tmp_path / "pairs.jsonl"
    assert make_pairs.main(["--output", str(out)]) == 0
    assert out.read_bytes() == (HERE / "pairs.jsonl").read_bytes()
    assert make_pairs.main(["--check"]) == 0


def test_single_measurement_and_laterality_errors_show(rows, make_pairs):
    text = sys.modules["_v8_text"]
    for row in rows:
        if row["labels"]["errors"] == ["measurement"]:
            assert text.sizes_mm(row["candidate"]) != text.sizes_mm(row["reference"]), row["id"]
        if row["labels"]["errors"] == ["laterality"]:
            assert text.side_words(row["candidate"]) != text.side_words(row["reference"]), row["id"]


def test_check_flags_a_stale_file(make_pairs, tmp_path, monkeypatch):
    stale = tmp_path / "pairs.jsonl"
    stale.write_text((HERE / "pairs.jsonl").read_text(encoding="utf-8")[:-200], encoding="utf-8")
    monkeypatch.setattr(make_pairs, "DEFAULT", stale)
    assert make_pairs.main(["--check"]) == 1
