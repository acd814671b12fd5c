"""The blind47 corpus (newborn / NICU / obstetric / paediatric imaging paperwork) is reproducible and valid."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v47"
CORPUS = CORPUS_DIR / "external_v47.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check_corpus = _load("blind47_check_corpus", CORPUS_DIR / "check_corpus.py")
make_corpus = _load("blind47_make_corpus", GEN_DIR / "make_corpus.py")


def _docs() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_regenerates_exactly() -> None:
    fresh = make_corpus.render([make_corpus.build_document(i) for i in range(make_corpus.N_DOCS)])
    assert CORPUS.read_text(encoding="utf-8") == fresh
    assert make_corpus.main(["--check", "--out", str(CORPUS)]) == 0


def test_passes_check_corpus() -> None:
    n, problems = check_corpus.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_counts() -> None:
    docs = _docs()
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(check_corpus.PHI_TYPES)
    assert set(keep) == set(check_corpus.KEEP_LABELS)
    styles = Counter(d["style"] for d in docs)
    assert len(make_corpus.STYLES) == 20
    assert set(styles) == set(make_corpus.STYLES)
    assert all(v == 15 for v in styles.values())
    assert [d["id"] for d in docs] == [f"blind47-{i:04d}" for i in range(300)]


def test_helper_modules_are_small() -> None:
    for path in GEN_DIR.glob("b47_*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
