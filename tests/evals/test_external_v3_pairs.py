"""Blind set v3 (evals/external_v3/): input contract, labels, counts, reproducibility, and the label invariants.

Only reads the set's own rows and generator; never runs the metric on them.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parents[2] / "evals" / "external_v3"
CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
ID = re.compile(r"^b3-(ct|mr|xr|us|fl|nm|mg|ir)-\d{3}-\d{2}$")


def _load(name: str):
    """The generator's modules; ``_b3_*`` names are unique, ``make_pairs`` is loaded under a private name."""
    if str(BLIND) not in sys.path:
        sys.path.insert(0, str(BLIND))
    if name.startswith("_b3_"):
        return importlib.import_module(name)
    key = f"blind_v3_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, BLIND / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in (BLIND / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def text():
    return _load("_b3_text")


def test_contract(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert ID.match(r["id"]), r["id"]
        assert set(r) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        src = r["source"]
        assert set(src) == {"indication", "comparison", "findings", "has_prior"}
        assert src["has_prior"] is r["has_prior"]
        assert all(isinstance(src[k], str) and src[k] for k in ("indication", "comparison", "findings"))
        assert isinstance(r["candidate"], str) and r["candidate"].strip()
        assert isinstance(r["reference"], str) and r["reference"].strip()
        assert r["candidate"] != r["reference"]


def test_labels(rows):
    for r in rows:
        errors, control = r["labels"]["errors"], r["labels"]["control"]
        assert control is (not errors)
        assert len(errors) <= 3 and len(set(errors)) == len(errors)
        assert all(e in CATEGORIES for e in errors)
        assert errors == sorted(errors, key=CATEGORIES.index), "errors listed in category order"
        if r["has_prior"]:
            assert "fabricated_comparison" not in errors


def test_counts(rows):
    cases = {r["id"].rsplit("-", 1)[0] for r in rows}
    assert 700 <= len(rows) <= 900
    assert len(cases) >= 70
    by_mod = Counter(c.split("-")[1] for c in cases)
    assert all(by_mod[m] >= 10 for m in ("ct", "mr", "xr", "us"))
    assert all(by_mod[m] >= 3 for m in ("fl", "nm", "mg", "ir"))
    prior_cases = {r["id"].rsplit("-", 1)[0] for r in rows if r["has_prior"]}
    assert 0.15 <= len(prior_cases) / len(cases) <= 0.25
    controls = sum(r["labels"]["control"] for r in rows)
    assert 0.17 <= controls / len(rows) <= 0.25
    singles = Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    assert all(singles[c] >= 30 for c in CATEGORIES), singles
    mixed = Counter(len(r["labels"]["errors"]) for r in rows if len(r["labels"]["errors"]) > 1)
    assert mixed[2] >= 50 and mixed[3] >= 20


def test_reproducible():
    done = subprocess.run([sys.executable, str(BLIND / "make_pairs.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_check_flags_a_changed_file(tmp_path):
    changed = tmp_path / "pairs.jsonl"
    changed.write_text((BLIND / "pairs.jsonl").read_text(encoding="utf-8").replace("b3-", "b4-", 1), "utf-8")
    done = subprocess.run([sys.executable, str(BLIND / "make_pairs.py"), "--check", "--output", str(changed)],
                          capture_output=True, text=True)
    assert done.returncode == 1


def test_controls_keep_sizes_and_sides(rows, text):
    for r in rows:
        if r["labels"]["control"]:
            assert text.sizes_mm(r["candidate"]) == text.sizes_mm(r["reference"]), r["id"]
            assert text.sides(r["candidate"]) == text.sides(r["reference"]), r["id"]


def test_single_measurement_and_laterality_errors_show(rows, text):
    for r in rows:
        errors = r["labels"]["errors"]
        if errors == ["measurement"]:
            assert text.sizes_mm(r["candidate"]) != text.sizes_mm(r["reference"]), r["id"]
        if errors == ["laterality"]:
            assert text.sides(r["candidate"]) != text.sides(r["reference"]), r["id"]


def test_comparison_language_only_where_prior_or_injected(rows, text):
    for r in rows:
        if r["has_prior"]:
            continue
        src = r["source"]
        assert src["comparison"] == "None."
        assert not text.has_comparison(src["indication"] + "\n" + src["findings"]), r["id"]
        assert not text.has_comparison(r["reference"]), r["id"]
        injected = "fabricated_comparison" in r["labels"]["errors"]
        assert text.has_comparison(r["candidate"]) is injected, r["id"]


def test_reference_supported_by_source(rows, text):
    for r in rows:
        src = "\n".join(r["source"][k] for k in ("indication", "comparison", "findings"))
        ref_dims = {d for dims in text.sizes_mm(r["reference"]) for d in dims}
        assert ref_dims <= text.dims_mm(src), r["id"]
        assert set(text.sides(r["reference"])) <= set(text.sides(src)), r["id"]


def test_fabricated_findings_absent_from_source():
    make = _load("make_pairs")
    render = _load("_b3_render")
    seen = 0
    for cid, case in make.all_cases():
        src = render.source_text(case).lower()
        for errors in (("fabricated_finding",), ("fabricated_finding", "omitted_finding")):
            rng = random.Random(cid)
            targets = render.assign(case, errors, rng)
            cand = render.candidate(case, errors, targets, rng)
            assert cand.fab_keywords and not any(k in src for k in cand.fab_keywords), cid
            seen += 1
    assert seen >= 140
