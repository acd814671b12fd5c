"""The blind29 corpus is what its generator produces, valid, and covers every PHI type and keep label."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
FILE = CORPUS_DIR / "external_v29.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load("blind29_make_corpus", CORPUS_DIR / "external_v29" / "make_corpus.py")
check = _load("blind29_check_corpus", CORPUS_DIR / "check_corpus.py")


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]


def test_file_matches_generator():
    expected = gen.render([gen.build_document(i) for i in range(1, gen.N_DOCS + 1)])
    assert FILE.read_text(encoding="utf-8") == expected


def test_check_corpus_passes():
    n, problems = check.check_file(FILE)
    assert n == 300
    assert problems == []


def test_counts_and_coverage():
    docs = _docs()
    assert [d["id"] for d in docs] == [f"blind29-{i:04d}" for i in range(1, 301)]
    assert len({d["style"] for d in docs}) >= 20
    types = {s["type"] for d in docs for s in d["phi"]}
    labels = {s["label"] for d in docs for s in d["keep"]}
    assert types == set(check.PHI_TYPES)
    assert labels == set(check.KEEP_LABELS)
    assert sum(len(d["phi"]) for d in docs) >= 2500


def test_no_overlaps_and_exact_spans():
    for d in _docs():
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
        for s in d["phi"] + d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
