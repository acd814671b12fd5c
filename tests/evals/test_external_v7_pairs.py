"""Contract, label sanity, composition and reproducibility of the external v7 pair set (evals/external_v7/)."""

from __future__ import annotations

import collections
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
V7 = ROOT / "evals" / "external_v7"
PAIRS = V7 / "pairs.jsonl"
sys.path.insert(0, str(V7))

from _v7_cases import CASES  # noqa: E402
from _v7_decoys import COMPARISON_WORDS, decoys_for  # noqa: E402
from _v7_errors import CATEGORIES, inject  # noqa: E402
from _v7_model import SCALES, fmt_size, item_of  # noqa: E402

ID = re.compile(r"^b7-(ct|mr|xr|us|nm|mg|ir)-\d{2}-\d{2}$")
SIDE_WORD = re.compile(r"\b(right|left)\b(?! heart)", re.IGNORECASE)
LOBE_CODE = re.compile(r"\b[RL](LL|UL|ML)\b")
BY_KEY = {case.key: case for case in CASES}


@pytest.fixture(scope="module")
def pairs() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


def _case(pair: dict):
    return BY_KEY[pair["id"].rsplit("-", 1)[0][3:]]


def _kind(pair: dict) -> str:
    errors = pair["labels"]["errors"]
    return "control" if not errors else "single" if len(errors) == 1 else "multi"


def _outside_slots(template: str) -> str:
    return re.sub(r"\{[^}]*\}", " ", template)


def _sides(text: str) -> set[str]:
    """The side words of ``text``, lobe codes (RLL, LUL ...) read as their side."""
    text = re.sub(r"\b([RL])(LL|UL|ML)\b", lambda m: " right " if m.group(1) == "R" else " left ", text.upper())
    return {word.lower() for word in SIDE_WORD.findall(text.lower())}


def test_format_contract(pairs):
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids))
    for pair in pairs:
        assert set(pair) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        assert ID.match(pair["id"]), pair["id"]
        assert set(pair["source"]) == {"indication", "comparison", "findings", "has_prior"}
        assert all(isinstance(pair["source"][k], str) and pair["source"][k] for k in ("indication", "findings"))
        assert pair["source"]["has_prior"] is pair["has_prior"] is _case(pair).has_prior
        assert set(pair["labels"]) == {"errors", "control"}
        assert isinstance(pair["candidate"], str) and pair["candidate"].strip()
        assert "{" not in pair["candidate"] and "}" not in pair["candidate"]


def test_label_semantics(pairs):
    for pair in pairs:
        errors = pair["labels"]["errors"]
        assert pair["labels"]["control"] is (not errors)
        assert len(errors) <= 3 and len(set(errors)) == len(errors)
        assert errors == sorted(errors, key=CATEGORIES.index)
        assert set(errors) <= set(CATEGORIES)
        if "fabricated_comparison" in errors:
            assert not pair["has_prior"]


def test_composition(pairs):
    assert len(CASES) >= 75 and 760 <= len(pairs) <= 840
    kinds = collections.Counter(_kind(p) for p in pairs)
    assert 0.22 <= kinds["control"] / len(pairs) <= 0.28
    assert 0.45 <= kinds["single"] / len(pairs) <= 0.55
    assert 0.22 <= kinds["multi"] / len(pairs) <= 0.28
    singles = collections.Counter(p["labels"]["errors"][0] for p in pairs if _kind(p) == "single")
    assert set(singles) == set(CATEGORIES) and min(singles.values()) >= 30
    assert collections.Counter(len(p["labels"]["errors"]) for p in pairs)[3] >= 30
    assert {c.modality for c in CASES} == {"ct", "mr", "xr", "us", "mg", "nm", "ir"}
    assert {c.has_prior for c in CASES} == {True, False}
    per_case = collections.Counter(p["id"].rsplit("-", 1)[0] for p in pairs)
    assert set(per_case.values()) == {10}


def test_statement_slots_are_consistent():
    for case in CASES:
        for stmt in case.stmts:
            for form in stmt.forms + stmt.flip:
                assert not SIDE_WORD.search(_outside_slots(form)), (case.key, form)
                assert not LOBE_CODE.search(form), (case.key, form)
                if stmt.sev:
                    assert not any(w in _outside_slots(form).lower().split() for w in SCALES[stmt.scale]), form
            for form in stmt.forms:
                assert (stmt.side is not None) == ("{side}" in form or "{Side}" in form or "{S}" in form), form
                assert (stmt.sev is not None) == ("{sev}" in form or "{Sev}" in form), form
                assert (stmt.size is not None) == ("{m}" in form), form
                assert stmt.prior is not None or "{p}" not in form


def test_reference_facts_come_from_the_findings():
    for case in CASES:
        findings = case.findings.lower()
        for stmt in case.stmts:
            if stmt.side:
                assert stmt.side in findings, (case.key, stmt.forms[0])
            if stmt.sev:
                assert stmt.sev in findings, (case.key, stmt.forms[0])
            for dim in (stmt.size or ()) + (stmt.prior or ()):
                assert re.search(rf"\b({dim}|{dim / 10:g}) ?(mm|cm)?\b", findings), (case.key, dim)


def test_no_prior_cases_never_mention_a_comparison(pairs):
    for case in CASES:
        if not case.has_prior:
            for stmt in case.stmts:
                for form in stmt.forms + stmt.flip:
                    assert not any(w in form.lower() for w in COMPARISON_WORDS), (case.key, form)
    for pair in pairs:
        if not pair["has_prior"] and "fabricated_comparison" not in pair["labels"]["errors"]:
            text = (pair["candidate"] + " " + pair["reference"]).lower()
            assert not any(w in text for w in COMPARISON_WORDS), pair["id"]


def test_controls_keep_every_size_and_side(pairs):
    for pair in pairs:
        if pair["labels"]["control"]:
            text = pair["candidate"].lower()
            for stmt in _case(pair).stmts:
                if stmt.size:
                    assert fmt_size(stmt.size, "mm").lower() in text or fmt_size(stmt.size, "cm").lower() in text
            assert _sides(pair["candidate"]) == _sides(pair["reference"]), pair["id"]


def test_every_case_has_an_unmentioned_decoy():
    for case in CASES:
        decoys = decoys_for(case.region, " ".join((case.indication, case.findings)))
        assert decoys, case.key


def test_rewording_draws_are_shared_by_controls_and_errors(pairs):
    def rates(group):
        n = len(group)
        return {"list": sum("\n" in p["candidate"] for p in group) / n,
                "header": sum(":" in p["candidate"].split("\n")[0][:20] for p in group) / n,
                "cm": sum(" cm" in p["candidate"].lower() for p in group) / n}

    controls = [p for p in pairs if p["labels"]["control"]]
    errors = [p for p in pairs if not p["labels"]["control"]]
    a, b = rates(controls), rates(errors)
    assert all(abs(a[k] - b[k]) < 0.12 for k in a), (a, b)
    assert sum(p["candidate"] == p["reference"] for p in controls) < len(controls) * 0.1


def _items(case):
    return [item_of(stmt, i, stmt.forms[0]) for i, stmt in enumerate(case.stmts)]


def test_injectors_change_exactly_their_slot():
    rng = random.Random(7)
    case = BY_KEY["ct-15"]
    for _ in range(30):
        items = _items(case)
        inject("laterality", items, case, [], rng)
        changed = [it for it in items if it.side != case.stmts[it.origin].side]
        assert len(changed) == 1 and changed[0].used
        items = _items(case)
        inject("measurement", items, case, [], rng)
        (it,) = [it for it in items if it.size != case.stmts[it.origin].size]
        old, new = case.stmts[it.origin].size, it.size
        assert sum(a != b for a, b in zip(old, new)) == 1
        assert all(abs(a - b) >= 2 and (b / a <= 0.7 + 0.5 / a or b / a >= 1.5 - 0.5 / a)
                   for a, b in zip(old, new) if a != b)
        items = _items(case)
        inject("severity", items, case, [], rng)
        (it,) = [it for it in items if it.sev != case.stmts[it.origin].sev]
        assert it.sev in SCALES[it.scale]
        items = _items(case)
        inject("omitted_finding", items, case, [], rng)
        assert len(items) == len(case.stmts) - 1
        missing = set(range(len(case.stmts))) - {it.origin for it in items}
        assert all(case.stmts[i].positive for i in missing)


def test_organ_measurements_use_the_organ_range():
    rng = random.Random(3)
    case = BY_KEY["us-08"]
    for _ in range(30):
        items = _items(case)
        inject("measurement", items, case, [], rng)
        (it,) = [it for it in items if it.size != case.stmts[it.origin].size]
        ratio = it.size[0] / case.stmts[it.origin].size[0]
        assert 0.69 <= ratio <= 0.81 or 1.24 <= ratio <= 1.36


def test_negation_flips_presence():
    rng = random.Random(5)
    for case in CASES[:20]:
        items = _items(case)
        inject("negation", items, case, [], rng)
        flipped = [it for it in items if it.positive != case.stmts[it.origin].positive]
        assert len(flipped) == 1 and flipped[0].template in case.stmts[flipped[0].origin].flip


def test_committed_file_is_reproducible(tmp_path):
    script = V7 / "make_pairs.py"
    check = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    altered = tmp_path / "pairs.jsonl"
    altered.write_text(PAIRS.read_text(encoding="utf-8").replace("b7-", "b8-", 1), encoding="utf-8")
    differs = subprocess.run([sys.executable, str(script), "--check", "--output", str(altered)],
                             capture_output=True, text=True)
    assert differs.returncode == 1
    fresh = tmp_path / "fresh.jsonl"
    subprocess.run([sys.executable, str(script), "--output", str(fresh)], check=True)
    assert fresh.read_bytes() == PAIRS.read_bytes()
