"""external_v17 (the blind17 corpus, spent): committed JSONL equals the generator output, validates, and meets its minimums."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
JSONL = CORPUS_DIR / "external_v17.jsonl"
sys.path.insert(0, str(CORPUS_DIR))

import check_corpus
from external_v17 import make_corpus


def _docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_jsonl_matches_generator():
    assert JSONL.read_text(encoding="utf-8") == make_corpus.render()
    assert make_corpus.main(["--check"]) == 0


def test_generator_is_deterministic():
    assert make_corpus.build_document(7) == make_corpus.build_document(7)


def test_check_corpus_passes():
    n, problems = check_corpus.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_styles_and_counts():
    docs = _docs()
    assert [d["id"] for d in docs] == [f"blind17-{i:04d}" for i in range(1, 301)]
    assert len(make_corpus.STYLES) >= 20
    assert [d["style"] for d in docs] == [make_corpus.style_for(i) for i in range(1, 301)]
    per_style = Counter(d["style"] for d in docs)
    assert set(per_style) == set(make_corpus.STYLES)
    assert all(v >= 15 for v in per_style.values())
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == check_corpus.PHI_TYPES
    assert set(keep) == check_corpus.KEEP_LABELS
