"""The second blind validation set (evals/external_v2/pairs.jsonl): scorer contract, labels, size, reproducibility."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parents[2] / "evals" / "external_v2"
PAIRS = BLIND / "pairs.jsonl"
CATEGORIES = {"fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison"}
MODALITIES = {"ct", "mr", "xr", "us", "nm", "mg"}
ID = re.compile(r"^b2-(ct|mr|xr|us|nm|mg)-\d{3}-\d{2}$")

# Written here, not imported from the generator, so a bug there cannot hide itself.
_SIZE = re.compile(r"(\d+(?:\.\d+)?)((?:\s*(?:x|by)\s*\d+(?:\.\d+)?)*)\s*-?\s*(mm|cm|millimeters?|centimeters?)\b",
                   re.IGNORECASE)
_SIDE = re.compile(r"\b(left|right|bilateral|[RL](?:UL|ML|LL))\b", re.IGNORECASE)
_LOBE_SIDE = {"r": "right", "l": "left"}
_COMPARISON = re.compile(r"\b(prior|previous|previously|unchanged|stable|interval|compared|since|new|earlier|"
                         r"progress(?:ed|ion))\b", re.IGNORECASE)


def sizes(text: str) -> list[tuple[float, ...]]:
    """Every measurement in `text`, normalised to millimetres."""
    found = []
    for m in _SIZE.finditer(text):
        scale = 10.0 if m.group(3).lower().startswith("c") else 1.0
        numbers = [m.group(1), *re.findall(r"\d+(?:\.\d+)?", m.group(2))]
        found.append(tuple(round(float(n) * scale, 1) for n in numbers))
    return sorted(found)


def sides(text: str) -> Counter:
    words = (w.lower() for w in _SIDE.findall(text))
    return Counter(_LOBE_SIDE[w[0]] if len(w) == 3 else w for w in words)


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


def _case(row: dict) -> str:
    return row["id"].rsplit("-", 1)[0]


def test_every_line_follows_the_scorer_input_contract(rows):
    for row in rows:
        assert set(row) == {"id", "source", "candidate", "reference", "has_prior", "labels"}, row["id"]
        assert ID.match(row["id"]), row["id"]
        source = row["source"]
        assert set(source) == {"indication", "comparison", "findings", "has_prior"}, row["id"]
        assert all(isinstance(source[k], str) for k in ("indication", "comparison", "findings")), row["id"]
        assert isinstance(row["has_prior"], bool) and source["has_prior"] is row["has_prior"], row["id"]
        assert source["findings"].strip() and row["candidate"].strip() and row["reference"].strip(), row["id"]
    assert len({row["id"] for row in rows}) == len(rows), "ids must be unique"


def test_labels_are_valid_and_consistent(rows):
    for row in rows:
        labels = row["labels"]
        assert set(labels) == {"errors", "control"}, row["id"]
        errors = labels["errors"]
        assert isinstance(errors, list) and set(errors) <= CATEGORIES, row["id"]
        assert len(errors) == len(set(errors)) <= 3, row["id"]
        assert labels["control"] is (not errors), row["id"]
        assert row["candidate"] != row["reference"], f"{row['id']}: a candidate must be reworded"
        if row["has_prior"]:
            assert "fabricated_comparison" not in errors, row["id"]
    for case, group in _by_case(rows).items():
        assert len({r["reference"] for r in group}) == 1 and len({json.dumps(r["source"]) for r in group}) == 1, case
        assert len({r["candidate"] for r in group}) == len(group), f"{case}: duplicate candidates"
        assert sum(r["labels"]["control"] for r in group) == 2, case
        singles = Counter(r["labels"]["errors"][0] for r in group if len(r["labels"]["errors"]) == 1)
        assert max(singles.values()) == 1, f"{case}: one single-error candidate per category"


def _by_case(rows: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(_case(row), []).append(row)
    return groups


def test_the_set_is_large_and_covers_every_category_and_modality(rows):
    singles = Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    cases = _by_case(rows)
    assert len(rows) >= 700
    assert sum(r["labels"]["control"] for r in rows) >= 120
    assert set(singles) == CATEGORIES and min(singles.values()) >= 60, singles
    assert any(len(r["labels"]["errors"]) == 3 for r in rows) and any(len(r["labels"]["errors"]) == 2 for r in rows)
    assert len(cases) >= 60
    assert {c.split("-")[1] for c in cases} == MODALITIES
    priors = Counter(group[0]["has_prior"] for group in cases.values())
    assert priors[True] >= 5 and priors[False] >= 60, priors


def test_the_generator_reproduces_the_file_byte_for_byte(tmp_path):
    out = tmp_path / "pairs.jsonl"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, str(BLIND / "make_pairs.py"), "--output", str(out)], check=True, env=env,
                   capture_output=True, timeout=120)
    assert out.read_bytes() == PAIRS.read_bytes()


def test_the_size_and_side_readers_see_unit_changes_and_lobe_abbreviations():
    assert sizes("3.4 x 2.1 cm mass; 9 millimeters node") == sizes("34 x 21 mm mass; 0.9 centimeters node")
    assert sizes("12 mm nodule") != sizes("18 mm nodule")
    assert sides("RLL consolidation, left effusion") == sides("right lower lobe consolidation, left-sided effusion")
    assert sides("right lower lobe") != sides("left lower lobe")


def test_controls_keep_every_size_and_side(rows):
    for row in rows:
        if row["labels"]["control"]:
            assert sizes(row["candidate"]) == sizes(row["reference"]), row["id"]
            assert sides(row["candidate"]) == sides(row["reference"]), row["id"]


def test_single_errors_change_what_their_label_says_and_nothing_else_measurable(rows):
    for row in rows:
        errors, cand, ref = row["labels"]["errors"], row["candidate"], row["reference"]
        if errors == ["measurement"]:
            assert len(sizes(cand)) == len(sizes(ref)) and sizes(cand) != sizes(ref), row["id"]
            assert sides(cand) == sides(ref), row["id"]
        elif errors == ["laterality"]:
            assert sum(sides(cand).values()) == sum(sides(ref).values()) and sides(cand) != sides(ref), row["id"]
            assert sizes(cand) == sizes(ref), row["id"]
        elif errors == ["severity"]:
            assert sizes(cand) == sizes(ref) and sides(cand) == sides(ref), row["id"]
        if "fabricated_comparison" in errors:
            assert _COMPARISON.search(cand) and not _COMPARISON.search(row["source"]["findings"]), row["id"]
