"""blind43 corpus: generator reproduces the committed file, and the file is a valid, complete corpus."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "redaction" / "corpus"
JSONL = CORPUS / "external_v43.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load("blind43_make_corpus", CORPUS / "external_v43" / "make_corpus.py")
check = _load("blind43_check_corpus", CORPUS / "check_corpus.py")
DOCS = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_file_matches_generator():
    docs = [gen.build_document(i) for i in range(1, gen.N_DOCS + 1)]
    assert gen.render(docs) == JSONL.read_text(encoding="utf-8")
    assert gen.main(["--check"]) == 0


def test_check_corpus_clean():
    n, problems = check.check_file(JSONL)
    assert n == 300 and problems == []


def test_ids_styles_counts():
    assert [d["id"] for d in DOCS] == [f"blind43-{i:04d}" for i in range(1, 301)]
    assert len(gen.STYLES) == 20 and len(set(gen.STYLES)) == 20
    styles = Counter(d["style"] for d in DOCS)
    assert len(styles) == 20 and min(styles.values()) >= 15
    assert all(d["style"] == gen.style_for(i) for i, d in enumerate(DOCS, 1))
    phi = [s for d in DOCS for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(check.PHI_TYPES)
    assert {s["label"] for d in DOCS for s in d["keep"]} == set(check.KEEP_LABELS)


def test_spans_exact_stripped_disjoint():
    for d in DOCS:
        text = d["text"]
        spans = sorted(d["phi"] + d["keep"], key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip() and s["text"]
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], d["id"]
