"""blind21 corpus: generator reproduces the committed file, the validator accepts it, counts and variety hold."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v21"
JSONL = CORPUS_DIR / "external_v21.jsonl"

PHI_TYPES = {"PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
             "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL"}
KEEP_LABELS = {"eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
               "modality", "credential", "section_header"}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind21_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with JSONL.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_generator_reproduces_committed_file(gen):
    assert JSONL.read_text(encoding="utf-8") == gen.render()
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_validator_accepts_corpus():
    checker = _load("blind21_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_styles(docs, gen):
    assert [d["id"] for d in docs] == [f"blind21-{i:04d}" for i in range(1, 301)]
    per_style = Counter(d["style"] for d in docs)
    assert len(per_style) >= 20
    assert min(per_style.values()) >= 15
    assert set(per_style) == set(gen.STYLES)
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(docs, 1))


def test_phi_and_keep_coverage(docs):
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS


def test_variety_within_styles(docs):
    by_style: dict[str, list[dict]] = {}
    for d in docs:
        by_style.setdefault(d["style"], []).append(d)
    for style, group in by_style.items():
        # no two documents share their first line, lengths vary, and span-type mixes differ
        assert len({d["text"] for d in group}) == len(group), style
        lengths = [len(d["text"]) for d in group]
        assert max(lengths) > 1.15 * min(lengths), style
        assert len({tuple(sorted(Counter(s["type"] for s in d["phi"]).items())) for d in group}) >= 6, style


def test_deterministic_seed(gen):
    a, b = gen.build_document(17), gen.build_document(17)
    assert a == b
    assert gen.build_document(18)["text"] != a["text"]
