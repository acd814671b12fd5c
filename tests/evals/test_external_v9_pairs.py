"""Contract, label sanity, composition and reproducibility of the v9 independent pair set (evals/external_v9)."""
import importlib.util
import json
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

SET_DIR = Path(__file__).resolve().parents[2] / "evals" / "external_v9"
PAIRS = SET_DIR / "pairs.jsonl"
CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
ID_RE = re.compile(r"^b9-(ct|mr|xr|us|mg|nm|ir)-\d{2}-\d{1,2}$")


def _load_builder():
    spec = importlib.util.spec_from_file_location("external_v9_make_pairs", SET_DIR / "make_pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILDER = _load_builder()
# the builder puts its folder on sys.path, so its modules import only after it is loaded
from _v9_errors import _changed_size, apply_errors, assign_targets
from _v9_render import items_for, number, random_draw, render


@pytest.fixture(scope="module")
def pairs():
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]


def _errors(pair):
    return pair["labels"]["errors"]


def test_format_contract(pairs):
    ids = [pair["id"] for pair in pairs]
    assert len(ids) == len(set(ids))
    for pair in pairs:
        assert set(pair) == {"id", "source", "candidate", "reference", "has_prior", "labels"}
        assert ID_RE.match(pair["id"]), pair["id"]
        assert set(pair["source"]) == {"indication", "comparison", "findings", "has_prior"}
        assert all(isinstance(pair["source"][key], str) and pair["source"][key].strip()
                   for key in ("indication", "comparison", "findings"))
        assert pair["source"]["has_prior"] is pair["has_prior"]
        assert isinstance(pair["has_prior"], bool)
        assert set(pair["labels"]) == {"errors", "control"}
        assert pair["candidate"].strip() and pair["reference"].strip()
        assert pair["candidate"].isascii() and pair["reference"].isascii()


def test_cases_share_source_and_reference(pairs):
    by_case = defaultdict(list)
    for pair in pairs:
        by_case[pair["id"].rsplit("-", 1)[0]].append(pair)
    for members in by_case.values():
        assert len({json.dumps(p["source"], sort_keys=True) for p in members}) == 1
        assert len({p["reference"] for p in members}) == 1
        assert len({p["candidate"] for p in members}) == len(members)
        assert sorted(int(p["id"].rsplit("-", 1)[1]) for p in members) == list(range(1, len(members) + 1))


def test_label_sanity(pairs):
    for pair in pairs:
        errors = _errors(pair)
        assert pair["labels"]["control"] is (not errors)
        assert len(errors) <= 3 and len(errors) == len(set(errors))
        assert all(error in CATEGORIES for error in errors)
        assert errors == sorted(errors, key=CATEGORIES.index)
        assert pair["candidate"] != pair["reference"]
        if "fabricated_comparison" in errors:
            assert not pair["has_prior"]


def test_composition(pairs):
    cases = {pair["id"].rsplit("-", 1)[0] for pair in pairs}
    assert len(cases) >= 75
    assert 760 <= len(pairs) <= 840
    sizes = Counter(min(len(_errors(pair)), 2) for pair in pairs)
    assert 0.22 <= sizes[0] / len(pairs) <= 0.28
    assert 0.45 <= sizes[1] / len(pairs) <= 0.55
    assert 0.22 <= sizes[2] / len(pairs) <= 0.28
    singles = Counter(_errors(pair)[0] for pair in pairs if len(_errors(pair)) == 1)
    assert all(singles[category] >= 40 for category in CATEGORIES), singles
    multis = Counter(len(_errors(pair)) for pair in pairs if len(_errors(pair)) > 1)
    assert multis[2] > 0 and multis[3] > 0
    modalities = Counter(pair["id"].split("-")[1] for pair in pairs)
    assert set(modalities) == {"ct", "mr", "xr", "us", "mg", "nm", "ir"}
    assert {pair["has_prior"] for pair in pairs} == {True, False}


def test_every_case_mixes_controls_singles_and_multi(pairs):
    kinds = defaultdict(Counter)
    for pair in pairs:
        kinds[pair["id"].rsplit("-", 1)[0]][min(len(_errors(pair)), 2)] += 1
    for case, counts in kinds.items():
        assert counts[0] >= 2 and counts[1] >= 4 and counts[2] >= 2, case


def test_cases_are_consistent_with_their_sources():
    for case_id, case in BUILDER.all_cases():
        source = f"{case.indication} {case.comparison} {case.findings}".lower()
        numbers = set(re.findall(r"\d+(?:\.\d+)?", case.findings))
        for stmt in case.impression:
            for value in stmt.size + stmt.prior:
                written = {number(value, "mm"), number(value, "cm"), number(value, "cm") + ".0"}
                assert written & numbers, (case_id, value)
            for slot, marks in ((stmt.side, ("{s}", "{S}", "{R}")), (stmt.sev, ("{sev}", "{Sev}")),
                                (stmt.size, ("{size}",)), (stmt.prior, ("{prior}",))):
                assert all(any(mark in form for mark in marks) for form in stmt.forms) or not slot, (case_id, stmt)
            assert not stmt.side or stmt.side in case.findings.lower(), (case_id, stmt.side)
            assert not stmt.sev or stmt.sev in case.findings.lower(), (case_id, stmt.sev)
            assert stmt.kind != "info" or not (stmt.side or stmt.sev or stmt.size)
        assert any(stmt.kind == "pos" for stmt in case.impression), case_id
        for sentence, keys in case.fabs:
            assert not any(key in source for key in keys), (case_id, sentence)


def test_each_error_changes_the_text_of_the_same_draw():
    for case_id, case in BUILDER.all_cases():
        for category in CATEGORIES:
            rng = random.Random(f"test:{case_id}:{category}")
            draw = random_draw(case, rng)
            items = items_for(case, draw)
            targets = assign_targets([category], items, case.has_prior, rng)
            if targets is None:
                continue
            assert render(apply_errors(items, targets, case, rng), draw) != render(items, draw), (case_id, category)


@pytest.mark.parametrize("dims, organ", [((4,), False), ((5,), False), ((17, 12), False), ((145,), True),
                                         ((192,), True), ((16, 12, 11), False)])
def test_measurement_changes_one_dimension_beyond_rounding(dims, organ):
    rng = random.Random("measure")
    bands = ((0.7, 0.8), (1.25, 1.35)) if organ else ((0.5, 0.7), (1.5, 2.0))
    for _ in range(200):
        changed = _changed_size(dims, organ, rng)
        diffs = [(old, new) for old, new in zip(dims, changed) if old != new]
        assert len(diffs) == 1
        old, new = diffs[0]
        assert abs(new - old) >= 2
        assert any(low * old - 0.5 <= new <= high * old + 0.5 for low, high in bands), (old, new)


def test_build_is_reproducible_and_matches_committed_file():
    text = BUILDER.dumps(BUILDER.build())
    assert text == BUILDER.dumps(BUILDER.build())
    assert text == PAIRS.read_text(encoding="utf-8")


def _run(*args):
    return subprocess.run([sys.executable, str(SET_DIR / "make_pairs.py"), *args], check=False,
                          capture_output=True, text=True)


def test_cli_check_output_and_stats(tmp_path):
    assert _run("--check").returncode == 0
    out = tmp_path / "pairs.jsonl"
    assert _run("--output", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == PAIRS.read_text(encoding="utf-8")
    stats = _run("--stats")
    assert stats.returncode == 0 and "pairs 800" in stats.stdout


def test_check_fails_when_the_committed_file_differs(tmp_path, monkeypatch):
    stale = tmp_path / "pairs.jsonl"
    stale.write_text(PAIRS.read_text(encoding="utf-8").replace("b9-", "b8-", 1), encoding="utf-8")
    monkeypatch.setattr(BUILDER, "PAIRS", stale)
    assert BUILDER.main(["--check"]) == 1
