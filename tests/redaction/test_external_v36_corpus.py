"""blind36 corpus: committed file matches the generator, validates, and covers every type and label."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v36"
JSONL = CORPUS_DIR / "external_v36.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load("blind36_make_corpus", GEN_DIR / "make_corpus.py")
check = _load("blind36_check_corpus", CORPUS_DIR / "check_corpus.py")
DOCS = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    docs = [gen.build_document(i) for i in range(1, gen.N_DOCS + 1)]
    assert JSONL.read_text(encoding="utf-8") == gen.render(docs)


def test_check_corpus_clean():
    n, problems = check.check_file(JSONL)
    assert problems == []
    assert n == 300


def test_ids_and_styles():
    assert [d["id"] for d in DOCS] == [f"blind36-{i:04d}" for i in range(1, 301)]
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(DOCS, 1))
    counts = Counter(d["style"] for d in DOCS)
    assert len(counts) >= 20 and len(gen.STYLES) == 20
    assert all(v >= 15 for v in counts.values())


def test_span_volume_and_coverage():
    phi = [s for d in DOCS for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(check.PHI_TYPES)
    assert {s["label"] for d in DOCS for s in d["keep"]} == set(check.KEEP_LABELS)


def test_spans_exact_disjoint_trimmed():
    for d in DOCS:
        text = d["text"]
        spans = sorted([(s["start"], s["end"], s["text"]) for s in d["phi"] + d["keep"]])
        for s, e, t in spans:
            assert text[s:e] == t, d["id"]
            assert t == t.strip() and t, d["id"]
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
