"""blind40 corpus (text read off images and screens): regenerates exactly and validates."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "redaction" / "corpus"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MC = _load("blind40_make_corpus", CORPUS / "external_v40" / "make_corpus.py")
CC = _load("blind40_check_corpus", CORPUS / "check_corpus.py")
PATH = CORPUS / "external_v40.jsonl"


def _docs():
    return [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    assert PATH.read_text(encoding="utf-8") == MC.render([MC.build_document(i) for i in range(1, MC.N_DOCS + 1)])


def test_check_corpus_clean():
    n, problems = CC.check_file(PATH)
    assert problems == []
    assert n == 300


def test_ids_styles_and_coverage():
    docs = _docs()
    assert MC.N_DOCS == 300 and len(MC.STYLES) == 20 and len(set(MC.STYLES)) == 20
    assert [d["id"] for d in docs] == [f"blind40-{i:04d}" for i in range(1, 301)]
    assert all(d["style"] == MC.style_for(i) for i, d in enumerate(docs, 1))
    per_style = Counter(d["style"] for d in docs)
    assert set(per_style) == set(MC.STYLES) and min(per_style.values()) >= 15
    phi = [s for d in docs for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(CC.PHI_TYPES)
    assert {s["label"] for d in docs for s in d["keep"]} == set(CC.KEEP_LABELS)


def test_spans_exact_stripped_nonoverlapping():
    for d in _docs():
        text = d["text"]
        spans = []
        for s in d["phi"] + d["keep"]:
            assert s["text"] == text[s["start"]:s["end"]]
            assert s["text"] and s["text"] == s["text"].strip()
            spans.append((s["start"], s["end"]))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert a2 >= b1, (d["id"], a1, b1, a2, b2)
