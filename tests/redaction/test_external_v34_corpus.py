"""blind34 corpus: committed file matches the generator and passes the validator."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "redaction" / "corpus"
JSONL = CORPUS / "external_v34.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN = _load("blind34_make_corpus", CORPUS / "external_v34" / "make_corpus.py")
CHECK = _load("blind34_check_corpus", CORPUS / "check_corpus.py")
DOCS = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    expected = GEN.render([GEN.build_document(i) for i in range(1, GEN.N_DOCS + 1)])
    assert JSONL.read_text(encoding="utf-8") == expected


def test_check_corpus_passes():
    n, problems = CHECK.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_styles():
    assert [d["id"] for d in DOCS] == [f"blind34-{i:04d}" for i in range(1, 301)]
    counts = Counter(d["style"] for d in DOCS)
    assert len(counts) >= 20 and min(counts.values()) >= 15
    assert set(counts) == set(GEN.STYLES)


def test_phi_volume_and_coverage():
    assert sum(len(d["phi"]) for d in DOCS) >= 2500
    assert {s["type"] for d in DOCS for s in d["phi"]} == set(CHECK.PHI_TYPES)
    assert {s["label"] for d in DOCS for s in d["keep"]} == set(CHECK.KEEP_LABELS)


def test_spans_exact_and_disjoint():
    for d in DOCS:
        text = d["text"]
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip()
        for (_, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
