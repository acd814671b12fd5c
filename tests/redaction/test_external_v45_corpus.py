"""blind45 corpus (identifiers in spoken form): reproducible, valid, and large enough."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v45"
JSONL = CORPUS_DIR / "external_v45.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_regenerates_exactly():
    mk = _load("blind45_make_corpus", GEN_DIR / "make_corpus.py")
    assert len(mk.STYLES) == 20
    fresh = mk.render(mk.build_document(i) for i in range(mk.N_DOCS))
    assert fresh == JSONL.read_text(encoding="utf-8")


def test_passes_check_corpus():
    check = _load("blind45_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = check.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_counts():
    docs = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 300
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert len(phi) == 17
    assert len(keep) == 11
    assert all(v == 15 for v in Counter(d["style"] for d in docs).values())
