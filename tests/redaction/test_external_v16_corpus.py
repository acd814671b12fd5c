"""external_v16 (the blind16 corpus, spent): file equals the generator output, validates, and meets the brief's minimums."""
from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v16.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind16_make_corpus", CORPUS_DIR / "external_v16" / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind16_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_file_equals_generator(gen):
    assert JSONL.read_text(encoding="utf-8") == gen.render()


def test_check_flag(gen, tmp_path, capsys):
    assert gen.main(["--check"]) == 0
    other = tmp_path / "x.jsonl"
    other.write_text("{}\n", encoding="utf-8")
    assert gen.main(["--check", "--out", str(other)]) == 1


def test_deterministic(gen):
    assert gen.build_document(7) == gen.build_document(7)


def test_check_corpus_passes(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []
    assert checker.main([str(JSONL)]) == 0


def test_ids_and_styles(gen, docs):
    assert [d["id"] for d in docs] == [f"blind16-{i:04d}" for i in range(1, 301)]
    assert len(gen.STYLES) >= 20
    assert [d["style"] for d in docs] == [gen.style_for(i) for i in range(1, 301)]
    counts = collections.Counter(d["style"] for d in docs)
    assert set(counts) == set(gen.STYLES)
    assert min(counts.values()) >= 15


def test_span_counts(checker, docs):
    phi = collections.Counter(s["type"] for d in docs for s in d["phi"])
    keep = collections.Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(checker.PHI_TYPES)
    assert set(keep) == set(checker.KEEP_LABELS)


def test_synthetic_contact_data(docs):
    import re
    for d in docs:
        for s in d["phi"]:
            if s["type"] == "EMAIL":
                assert re.search(r"@example\.(com|org|net)$", s["text"]), s
            if s["type"] == "PHONE":
                assert re.search(r"555[ .-]?01\d\d$", s["text"]), s
