"""blind39 corpus (encoded and escaped text): committed file matches its generator and is well-formed."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v39.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MAKE = _load("blind39_make_corpus", CORPUS_DIR / "external_v39" / "make_corpus.py")
CHECK = _load("blind39_check_corpus", CORPUS_DIR / "check_corpus.py")


def _docs() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    want = MAKE.render([MAKE.build_document(i) for i in range(1, MAKE.N_DOCS + 1)])
    assert JSONL.read_text(encoding="utf-8") == want


def test_check_corpus_clean():
    n, problems = CHECK.check_file(JSONL)
    assert problems == []
    assert n == 300


def test_ids_and_styles():
    docs = _docs()
    assert [d["id"] for d in docs] == [f"blind39-{i:04d}" for i in range(1, 301)]
    assert len(MAKE.STYLES) == 20 and len(set(MAKE.STYLES)) == 20
    for i, d in enumerate(docs, 1):
        assert d["style"] == MAKE.style_for(i)
        assert set(d) == {"id", "style", "modality", "text", "phi", "keep"}
    counts = Counter(d["style"] for d in docs)
    assert len(counts) == 20 and min(counts.values()) >= 15


def test_span_counts_and_coverage():
    docs = _docs()
    phi = [s for d in docs for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(CHECK.PHI_TYPES)
    assert {s["label"] for d in docs for s in d["keep"]} == set(CHECK.KEEP_LABELS)


def test_spans_exact_and_disjoint():
    for d in _docs():
        text = d["text"]
        spans = []
        for s in d["phi"] + d["keep"]:
            piece = text[s["start"]:s["end"]]
            assert piece == s["text"]
            assert piece and piece == piece.strip()
            spans.append((s["start"], s["end"]))
        spans.sort()
        for (_, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
