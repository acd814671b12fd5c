"""blind48 corpus (radiology revenue cycle): regenerates exactly and passes the corpus validator."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v48.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def maker():
    return _load("blind48_make_corpus", CORPUS_DIR / "external_v48" / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind48_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_regenerates_exactly(maker):
    fresh = maker.render([maker.build_document(i) for i in range(maker.N_DOCS)])
    assert JSONL.read_text(encoding="utf-8") == fresh


def test_check_flag(maker):
    assert maker.main(["--check", "--out", str(JSONL)]) == 0


def test_passes_validator(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_counts(docs, maker, checker):
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(checker.PHI_TYPES)
    assert set(keep) == set(checker.KEEP_LABELS)
    styles = Counter(d["style"] for d in docs)
    assert len(maker.STYLES) == 20 and set(styles) == set(maker.STYLES)
    assert all(v == 15 for v in styles.values())


def test_deterministic_per_document(maker):
    assert maker.build_document(17) == maker.build_document(17)
    assert maker.style_for(17) == maker.STYLES[17 % 20]
