"""The blind31 corpus: committed file matches its generator, validates, and covers every type and label."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v31"
JSONL = CORPUS_DIR / "external_v31.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


make_corpus = _load("blind31_make_corpus", GEN_DIR / "make_corpus.py")
check_corpus = _load("blind31_check_corpus", CORPUS_DIR / "check_corpus.py")


def _docs() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    expected = make_corpus.render([make_corpus.build_document(i) for i in range(1, make_corpus.N_DOCS + 1)])
    assert JSONL.read_text(encoding="utf-8") == expected


def test_check_corpus_passes():
    n, problems = check_corpus.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_styles_and_counts():
    docs = _docs()
    assert [d["id"] for d in docs] == [f"blind31-{i:04d}" for i in range(1, 301)]
    styles = {}
    for d in docs:
        styles[d["style"]] = styles.get(d["style"], 0) + 1
    assert len(styles) >= 20 and min(styles.values()) >= 15
    assert sum(len(d["phi"]) for d in docs) >= 2500


def test_every_phi_type_and_keep_label_present():
    docs = _docs()
    assert {s["type"] for d in docs for s in d["phi"]} == check_corpus.PHI_TYPES
    assert {s["label"] for d in docs for s in d["keep"]} == check_corpus.KEEP_LABELS


def test_spans_exact_and_non_overlapping():
    for d in _docs():
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"] == s["text"].strip()
        for (_s1, e1), (s2, _e2) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]


def test_generator_modules_are_small():
    for path in GEN_DIR.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
