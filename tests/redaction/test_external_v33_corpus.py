"""The blind33 corpus is reproducible, valid and covers every PHI type and keep label."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v33.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MAKE = _load("blind33_make_corpus", CORPUS_DIR / "external_v33" / "make_corpus.py")
CHECK = _load("blind33_check_corpus", CORPUS_DIR / "check_corpus.py")
DOCS = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    expected = MAKE.render(MAKE.build_document(i) for i in range(1, MAKE.N_DOCS + 1))
    assert JSONL.read_text(encoding="utf-8") == expected


def test_check_corpus_passes():
    n, problems = CHECK.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_styles():
    assert [d["id"] for d in DOCS] == [f"blind33-{i:04d}" for i in range(1, 301)]
    assert len(MAKE.STYLES) == 20 and len(set(MAKE.STYLES)) == 20
    counts = {s: sum(d["style"] == s for d in DOCS) for s in MAKE.STYLES}
    assert all(c >= 15 for c in counts.values()), counts
    assert all(d["style"] == MAKE.style_for(i) for i, d in enumerate(DOCS, 1))


def test_phi_volume_and_coverage():
    phi = [s for d in DOCS for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(CHECK.PHI_TYPES)
    assert {s["label"] for d in DOCS for s in d["keep"]} == set(CHECK.KEEP_LABELS)


def test_spans_exact_and_non_overlapping():
    for d in DOCS:
        text = d["text"]
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert s2 >= e1, (d["id"], s1, e1, s2, e2)
