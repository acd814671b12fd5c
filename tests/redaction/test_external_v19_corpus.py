"""external_v19 (the blind19 corpus, spent): committed JSONL equals generator output, validates, and meets the brief's minimums."""

from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v19.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind19_make_corpus", CORPUS_DIR / "external_v19" / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind19_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with JSONL.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_jsonl_matches_generator(gen):
    assert JSONL.read_text(encoding="utf-8") == gen.render()


def test_check_mode(gen):
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_generator_is_deterministic(gen):
    assert gen.build_document(17) == gen.build_document(17)


def test_check_corpus_passes(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_styles(gen, docs):
    assert [d["id"] for d in docs] == [f"blind19-{i:04d}" for i in range(1, 301)]
    assert len(gen.STYLES) >= 20
    counts = collections.Counter(d["style"] for d in docs)
    assert set(counts) == set(gen.STYLES)
    assert all(c >= 15 for c in counts.values())
    for i, d in enumerate(docs, 1):
        assert d["style"] == gen.style_for(i)


def test_span_counts(checker, docs):
    phi = collections.Counter(s["type"] for d in docs for s in d["phi"])
    keep = collections.Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(checker.PHI_TYPES)
    assert set(keep) == set(checker.KEEP_LABELS)


def test_synthetic_contact_values(docs):
    import re
    for d in docs:
        for s in d["phi"]:
            if s["type"] == "PHONE":
                assert re.search(r"555[-. ]?01\d\d", s["text"]), s
            if s["type"] == "EMAIL":
                assert re.search(r"@example\.(com|org|net)$", s["text"]), s
