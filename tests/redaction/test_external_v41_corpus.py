"""Blind corpus 41 (transport and Unicode artefacts): committed file matches its generator and is well formed."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "redaction" / "corpus"
FILE = CORPUS / "external_v41.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MAKE = _load("blind41_make_corpus", CORPUS / "external_v41" / "make_corpus.py")
CHECK = _load("blind41_check_corpus", CORPUS / "check_corpus.py")


def _docs():
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]


def test_file_matches_generator():
    expected = MAKE.render([MAKE.build_document(i) for i in range(1, MAKE.N_DOCS + 1)])
    assert FILE.read_text(encoding="utf-8") == expected


def test_check_corpus_clean():
    n, problems = CHECK.check_file(FILE)
    assert problems == []
    assert n == 300


def test_ids_styles_and_coverage():
    docs = _docs()
    assert [d["id"] for d in docs] == [f"blind41-{i:04d}" for i in range(1, 301)]
    assert len(MAKE.STYLES) == 20 and len(set(MAKE.STYLES)) == 20
    assert all(d["style"] == MAKE.style_for(i) for i, d in enumerate(docs, 1))
    counts = Counter(d["style"] for d in docs)
    assert len(counts) == 20 and min(counts.values()) >= 15
    phi = [s for d in docs for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(CHECK.PHI_TYPES)
    assert {s["label"] for d in docs for s in d["keep"]} == set(CHECK.KEEP_LABELS)


def test_spans_exact_and_disjoint():
    for d in _docs():
        text = d["text"]
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            piece = text[s["start"]:s["end"]]
            assert piece == s["text"] and piece and piece == piece.strip(), (d["id"], s)
        for (_, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
