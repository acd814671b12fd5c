"""blind46 corpus (LLM traffic as machines record and emit it): regenerates exactly and validates."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v46.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


make = _load("blind46_make_corpus", CORPUS_DIR / "external_v46" / "make_corpus.py")
check = _load("blind46_check_corpus", CORPUS_DIR / "check_corpus.py")


def _docs() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_regenerates_exactly():
    fresh = make.render([make.build_document(i) for i in range(make.N_DOCS)])
    assert JSONL.read_text(encoding="utf-8") == fresh


def test_check_corpus_passes():
    n, problems = check.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_counts():
    docs = _docs()
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(check.PHI_TYPES)
    assert set(keep) == set(check.KEEP_LABELS)
    styles = Counter(d["style"] for d in docs)
    assert len(make.STYLES) == 20 and len(set(make.STYLES)) == 20
    assert set(styles) == set(make.STYLES)
    assert all(v == 15 for v in styles.values())


def test_style_for_and_ids():
    docs = _docs()
    for i, d in enumerate(docs):
        assert d["style"] == make.style_for(i)
        assert d["id"] == f"blind46-{i:04d}"
