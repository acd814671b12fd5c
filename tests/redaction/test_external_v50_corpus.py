"""blind50 (long compiled records) regenerates exactly and is a valid, well-covered corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v50"
DATA = CORPUS_DIR / "external_v50.jsonl"


def _load(name: str, path: Path):  # noqa: ANN202
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_corpus = _load("blind50_make_corpus", GEN_DIR / "make_corpus.py")
check_corpus = _load("blind50_check_corpus", CORPUS_DIR / "check_corpus.py")


def _docs() -> list[dict]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_regenerates_exactly():
    fresh = make_corpus.render([make_corpus.build_document(i) for i in range(make_corpus.N_DOCS)])
    assert DATA.read_text(encoding="utf-8") == fresh


def test_passes_check_corpus():
    n, problems = check_corpus.check_file(DATA)
    assert n == 300
    assert problems == []


def test_counts_and_coverage():
    docs = _docs()
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(check_corpus.PHI_TYPES)
    assert set(keep) == set(check_corpus.KEEP_LABELS)
    styles = Counter(d["style"] for d in docs)
    assert len(make_corpus.STYLES) == 20 and set(styles) == set(make_corpus.STYLES)
    assert all(v == 15 for v in styles.values())
    assert [make_corpus.style_for(i) for i in range(len(docs))] == [d["style"] for d in docs]


def test_long_documents():
    lengths = [len(d["text"]) for d in _docs()]
    assert min(lengths) >= 4000 and max(lengths) <= 12000
    assert 6000 <= sum(lengths) / len(lengths) <= 8000


def test_helper_modules_are_small():
    for path in GEN_DIR.glob("b50_*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
