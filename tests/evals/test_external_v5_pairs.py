"""The fifth blind validation set (`evals/external_v5/`): contract, labels, counts, reproducibility and the invariants
that make its labels true (controls keep sizes and sides, single size/side errors show, no comparison language
without a prior, fabricated findings absent from the source).

These tests read the committed file and the generator, never the metric: the set must stay blind."""

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
BLIND = ROOT / "evals" / "external_v5"
PAIRS = BLIND / "pairs.jsonl"
ID_RE = re.compile(r"^b5-(ct|mr|xr|us|fl|nm|mg|ir)-(\d{3})-(\d{2})$")


def _load_generator():
    spec = importlib.util.spec_from_file_location("b5_make_pairs", BLIND / "make_pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mp = _load_generator()
import _b5_spec as spec  # noqa: E402  (on sys.path once the generator is loaded)


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, str]]:
    return mp.build()


def _single(rows: list[dict], cat: str) -> list[dict]:
    return [r for r in rows if r["labels"]["errors"] == [cat]]


def test_contract(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert set(r) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        assert ID_RE.match(r["id"]), r["id"]
        src = r["source"]
        assert set(src) == {"indication", "comparison", "findings", "has_prior"}
        assert all(isinstance(src[k], str) and src[k] for k in ("indication", "comparison", "findings"))
        assert src["has_prior"] is r["has_prior"] and isinstance(r["has_prior"], bool)
        assert isinstance(r["candidate"], str) and r["candidate"].strip()
        assert isinstance(r["reference"], str) and r["reference"].strip()
        assert r["candidate"] != r["reference"]


def test_labels(rows):
    for r in rows:
        errs, control = r["labels"]["errors"], r["labels"]["control"]
        assert control is (not errs)
        assert len(errs) == len(set(errs)) <= 3
        assert errs == sorted(errs, key=spec.CATEGORIES.index)
        assert set(errs) <= set(spec.CATEGORIES)
        if r["has_prior"]:
            assert "fabricated_comparison" not in errs


def test_counts(rows, built):
    assert 750 <= len(rows) <= 900
    cases = {r["id"].rsplit("-", 1)[0] for r in rows}
    assert len(cases) >= 72
    modalities = Counter(c.split("-")[1] for c in cases)
    assert all(modalities[m] >= 10 for m in ("ct", "mr", "xr", "us"))
    assert sum(modalities[m] for m in ("fl", "nm", "mg", "ir")) >= 8
    assert 0.15 <= sum(r["has_prior"] for r in rows) / len(rows) <= 0.28
    controls = [r for r in rows if r["labels"]["control"]]
    assert 0.15 <= len(controls) / len(rows) <= 0.28
    for cat in spec.CATEGORIES:
        assert len(_single(rows, cat)) >= 30, cat
    sizes = Counter(len(r["labels"]["errors"]) for r in rows)
    assert sizes[2] >= 60 and sizes[3] >= 30
    far = [mode for row, mode in built if row["labels"]["control"] and mode == "far"]
    assert len(far) >= 0.45 * len(controls)


def test_case_coverage():
    cases = mp.all_cases()
    tags = Counter(t for c in cases for t in c.tags)
    assert all(tags[t] >= 8 for t in spec.TAGS), tags


def test_reproducible(rows, built, tmp_path):
    assert mp.dumps([r for r, _ in built]) == PAIRS.read_text(encoding="utf-8")
    assert mp.dumps([r for r, _ in mp.build()]) == mp.dumps([r for r, _ in built])
    script = str(BLIND / "make_pairs.py")
    assert subprocess.run([sys.executable, script, "--check"], capture_output=True).returncode == 0
    changed = tmp_path / "pairs.jsonl"
    changed.write_text(PAIRS.read_text(encoding="utf-8").replace("mm", "cm", 1), encoding="utf-8")
    assert subprocess.run([sys.executable, script, "--check", "--output", str(changed)],
                          capture_output=True).returncode == 1


def test_controls_keep_every_size_and_side(rows):
    for r in rows:
        if r["labels"]["control"]:
            assert spec.sizes_mm(r["candidate"]) == spec.sizes_mm(r["reference"]), r["id"]
            assert spec.sides(r["candidate"]) == spec.sides(r["reference"]), r["id"]


def test_single_measurement_and_laterality_errors_show(rows):
    for r in _single(rows, "measurement"):
        assert spec.sizes_mm(r["candidate"]) != spec.sizes_mm(r["reference"]), r["id"]
    for r in _single(rows, "laterality"):
        assert spec.sides(r["candidate"]) != spec.sides(r["reference"]), r["id"]


def test_comparison_language_only_where_labelled(rows):
    for r in rows:
        if r["has_prior"]:
            continue
        src = r["source"]
        assert not spec.COMPARISON_RE.search(src["indication"] + " " + src["findings"]), r["id"]
        assert not spec.COMPARISON_RE.search(r["reference"]), r["id"]
        labelled = "fabricated_comparison" in r["labels"]["errors"]
        assert bool(spec.COMPARISON_RE.search(r["candidate"])) is labelled, r["id"]


def test_fabricated_findings_are_absent_from_the_source(rows):
    fabs = {c.case_id: c.fabs for c in mp.all_cases()}
    for r in rows:
        case_id = "-".join(r["id"].split("-")[1:3])
        src = " ".join(r["source"][k] for k in ("indication", "comparison", "findings")).lower()
        for _, kws in fabs[case_id]:
            assert not any(k in src for k in kws), (r["id"], kws)
        if "fabricated_finding" in r["labels"]["errors"]:
            assert any(k in r["candidate"].lower() for _, kws in fabs[case_id] for k in kws), r["id"]


def test_far_controls_differ_more_in_wording(built):
    far = [spec.jaccard(r["candidate"], r["reference"]) for r, m in built if r["labels"]["control"] and m == "far"]
    near = [spec.jaccard(r["candidate"], r["reference"]) for r, m in built if r["labels"]["control"] and m == "near"]
    assert sum(far) / len(far) < sum(near) / len(near) - 0.1


def test_checks_reject_broken_cases_and_candidates():
    good = spec.case("ct", 999, "chest", ind="Cough.", findings="[Right] lower lobe nodule <8 mm>. No effusion.",
                     imp="+ <8 mm> [right] lower lobe nodule. | [RLL] nodule, <0.8 cm>.\n* Hilar mass. @ hilar")
    mp.check_case(good)
    ref = "8 mm right lower lobe nodule."
    mp.check_candidate(good, ref, "RLL nodule, 0.8 cm.", [])
    with pytest.raises(AssertionError):
        mp.check_candidate(good, ref, "RLL nodule, 1.2 cm.", [])  # a "control" that changed a size
    with pytest.raises(AssertionError):
        mp.check_candidate(good, ref, "8 mm right lower lobe nodule, new since prior.", [])
    with pytest.raises(AssertionError):
        mp.check_case(spec.case("ct", 998, "chest", ind="Cough.", findings="Hilar mass. [Right] nodule <8 mm>.",
                                imp="+ [Right] nodule <8 mm>.\n* Hilar mass. @ hilar"))
    with pytest.raises(AssertionError):
        mp.check_case(spec.case("ct", 997, "chest", ind="Cough.", findings="[Right] nodule <8 mm>, stable.",
                                imp="+ [Right] nodule <8 mm>.\n* Hilar mass. @ hilar"))
