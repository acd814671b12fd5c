"""blind37 corpus: committed file matches the generator and passes the validator."""

from __future__ import annotations

import collections
import importlib.util
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "redaction" / "corpus"
FILE = CORPUS / "external_v37.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MC = _load("blind37_make_corpus", CORPUS / "external_v37" / "make_corpus.py")
CC = _load("blind37_check_corpus", CORPUS / "check_corpus.py")
DOCS = [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    assert FILE.read_text(encoding="utf-8") == MC.render([MC.build_document(i) for i in range(1, MC.N_DOCS + 1)])


def test_validator_clean():
    n, problems = CC.check_file(FILE)
    assert problems == []
    assert n == 300


def test_ids_and_styles():
    assert MC.N_DOCS == 300 and len(MC.STYLES) == 20 and len(set(MC.STYLES)) == 20
    assert [d["id"] for d in DOCS] == [f"blind37-{i:04d}" for i in range(1, 301)]
    for i, d in enumerate(DOCS, 1):
        assert d["style"] == MC.style_for(i)
        assert set(d) == {"id", "style", "modality", "text", "phi", "keep"}
    counts = collections.Counter(d["style"] for d in DOCS)
    assert set(counts) == set(MC.STYLES)
    assert min(counts.values()) >= 15


def test_coverage():
    phi = [s for d in DOCS for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(CC.PHI_TYPES)
    assert {s["label"] for d in DOCS for s in d["keep"]} == set(CC.KEEP_LABELS)


def test_spans_exact_and_disjoint():
    for d in DOCS:
        text = d["text"]
        spans = []
        for s in d["phi"] + d["keep"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert s["text"] and s["text"] == s["text"].strip()
            spans.append((s["start"], s["end"]))
        spans.sort()
        for (_, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
