"""blind35 corpus: committed file matches the generator, validates, and covers every type and label."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "redaction" / "corpus"
FILE = CORPUS / "external_v35.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN = _load("blind35_make_corpus", CORPUS / "external_v35" / "make_corpus.py")
CHECK = _load("blind35_check_corpus", CORPUS / "check_corpus.py")
DOCS = [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    docs = [GEN.build_document(i) for i in range(1, GEN.N_DOCS + 1)]
    assert FILE.read_text(encoding="utf-8") == GEN.render(docs)


def test_check_corpus_clean():
    n, problems = CHECK.check_file(FILE)
    assert n == 300
    assert problems == []


def test_ids_and_styles():
    assert [d["id"] for d in DOCS] == [f"blind35-{i:04d}" for i in range(1, 301)]
    counts = Counter(d["style"] for d in DOCS)
    assert len(counts) >= 20 and min(counts.values()) >= 15
    assert all(d["style"] == GEN.style_for(i) for i, d in enumerate(DOCS, 1))


def test_coverage():
    phi = Counter(s["type"] for d in DOCS for s in d["phi"])
    keep = Counter(s["label"] for d in DOCS for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(CHECK.PHI_TYPES)
    assert set(keep) == set(CHECK.KEEP_LABELS)


def test_spans_exact_and_disjoint():
    for d in DOCS:
        text = d["text"]
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip() and s["text"]
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
