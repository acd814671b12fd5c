"""blind49 corpus (identifiers inside file names, paths, folder trees, storage keys): exact regeneration and validity."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v49.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_corpus = _load("blind49_make_corpus", CORPUS_DIR / "external_v49" / "make_corpus.py")
check_corpus = _load("blind49_check_corpus", CORPUS_DIR / "check_corpus.py")


def _docs() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_regenerates_exactly():
    fresh = make_corpus.render([make_corpus.build_document(i) for i in range(make_corpus.N_DOCS)])
    assert JSONL.read_text(encoding="utf-8") == fresh


def test_check_mode_passes():
    assert make_corpus.main(["--out", str(JSONL), "--check"]) == 0


def test_passes_check_corpus():
    n, problems = check_corpus.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_counts():
    docs = _docs()
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(check_corpus.PHI_TYPES)
    assert set(keep) == set(check_corpus.KEEP_LABELS)
    styles = Counter(d["style"] for d in docs)
    assert len(make_corpus.STYLES) == 20 and len(set(make_corpus.STYLES)) == 20
    assert styles == {s: 15 for s in make_corpus.STYLES}
    assert all(make_corpus.style_for(i) == d["style"] for i, d in enumerate(docs))


def test_helper_modules_small():
    for path in (CORPUS_DIR / "external_v49").glob("b49_*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
