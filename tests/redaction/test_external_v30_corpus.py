"""The blind30 corpus: committed file matches its generator and is a valid, complete corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v30.jsonl"
sys.path.insert(0, str(CORPUS_DIR))
sys.path.insert(0, str(CORPUS_DIR / "external_v30"))

import check_corpus  # noqa: E402

# Load under a unique name: other corpora also ship a module called make_corpus.
_spec = importlib.util.spec_from_file_location("blind30_make_corpus", CORPUS_DIR / "external_v30" / "make_corpus.py")
make_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_corpus)


def _docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_matches_generator():
    assert JSONL.read_text(encoding="utf-8") == make_corpus.generate()


def test_check_corpus_passes():
    n, problems = check_corpus.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_styles_and_counts():
    docs = _docs()
    assert [d["id"] for d in docs] == [f"blind30-{i:04d}" for i in range(1, 301)]
    assert len(make_corpus.STYLES) >= 20
    for style in make_corpus.STYLES:
        assert sum(d["style"] == style for d in docs) >= 15


def test_every_phi_type_and_keep_label_present():
    docs = _docs()
    types = {s["type"] for d in docs for s in d["phi"]}
    labels = {s["label"] for d in docs for s in d["keep"]}
    assert types == set(check_corpus.PHI_TYPES)
    assert labels == set(check_corpus.KEEP_LABELS)
    assert sum(len(d["phi"]) for d in docs) >= 2500


def test_spans_exact_and_non_overlapping():
    for d in _docs():
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for (s1, e1), (s2, _) in zip(spans, spans[1:]):
            assert s2 >= e1, d["id"]
        for s in d["phi"] + d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip()
