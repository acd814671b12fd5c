"""The committed blind32 corpus equals its generator's output and is valid, complete and well-formed."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v32"
JSONL = CORPUS_DIR / "external_v32.jsonl"


def _load(name: str, path: Path):
    if str(GEN_DIR) not in sys.path:
        sys.path.insert(0, str(GEN_DIR))
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _load("blind32_make_corpus", GEN_DIR / "make_corpus.py")
CHECK = _load("blind32_check_corpus", CORPUS_DIR / "check_corpus.py")
DOCS = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_equals_generator_output():
    docs = [GEN.build_document(i) for i in range(1, GEN.N_DOCS + 1)]
    assert JSONL.read_text(encoding="utf-8") == GEN.render(docs)


def test_check_corpus_passes():
    n, problems = CHECK.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_styles():
    assert [d["id"] for d in DOCS] == [f"blind32-{i:04d}" for i in range(1, 301)]
    counts = Counter(d["style"] for d in DOCS)
    assert len(counts) >= 20 and len(GEN.STYLES) == 20
    assert all(c >= 15 for c in counts.values())
    assert all(d["style"] == GEN.style_for(i) for i, d in enumerate(DOCS, 1))


def test_phi_volume_and_coverage():
    types = Counter(s["type"] for d in DOCS for s in d["phi"])
    labels = Counter(s["label"] for d in DOCS for s in d["keep"])
    assert sum(types.values()) >= 2500
    assert set(types) == CHECK.PHI_TYPES
    assert set(labels) == CHECK.KEEP_LABELS


def test_spans_exact_and_non_overlapping():
    for d in DOCS:
        text = d["text"]
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip() and s["text"]
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert s2 >= e1, (d["id"], s1, e1, s2, e2)
