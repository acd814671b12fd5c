"""blind38 corpus: committed file matches the generator, validates, and covers every PHI type and keep label."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "redaction" / "corpus"
FILE = CORPUS / "external_v38.jsonl"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


mc = _load("blind38_make_corpus", CORPUS / "external_v38" / "make_corpus.py")
cc = _load("blind38_check_corpus", CORPUS / "check_corpus.py")


def _docs():
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    assert FILE.read_text(encoding="utf-8") == mc.render([mc.build_document(i) for i in range(1, mc.N_DOCS + 1)])


def test_check_corpus_clean():
    n, problems = cc.check_file(FILE)
    assert problems == []
    assert n == 300


def test_ids_and_styles():
    docs = _docs()
    assert [d["id"] for d in docs] == [f"blind38-{i:04d}" for i in range(1, 301)]
    assert len(mc.STYLES) == 20 and len(set(mc.STYLES)) == 20
    assert all(d["style"] == mc.style_for(i) for i, d in enumerate(docs, 1))
    counts = Counter(d["style"] for d in docs)
    assert set(counts) == set(mc.STYLES) and min(counts.values()) >= 15
    assert all(set(d) == {"id", "style", "modality", "text", "phi", "keep"} for d in docs)


def test_coverage():
    docs = _docs()
    phi = [s for d in docs for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == cc.PHI_TYPES
    assert {s["label"] for d in docs for s in d["keep"]} == cc.KEEP_LABELS


def test_spans_exact_and_disjoint():
    for d in _docs():
        text = d["text"]
        spans = []
        for s in d["phi"] + d["keep"]:
            assert s["text"] == text[s["start"]:s["end"]]
            assert s["text"] and s["text"] == s["text"].strip()
            spans.append((s["start"], s["end"]))
        spans.sort()
        for (_, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
