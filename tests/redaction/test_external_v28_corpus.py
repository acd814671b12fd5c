"""The blind28 corpus: committed file matches its generator, validates, and covers every type and label."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "redaction" / "corpus"
PATH = CORPUS / "external_v28.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load("blind28_make_corpus", CORPUS / "external_v28" / "make_corpus.py")
check = _load("blind28_check_corpus", CORPUS / "check_corpus.py")
DOCS = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines()]


def test_file_matches_generator():
    assert PATH.read_text(encoding="utf-8") == make.generate()
    assert make.main(["--check", "--out", str(PATH)]) == 0


def test_check_corpus_passes():
    n, problems = check.check_file(PATH)
    assert n == 300
    assert problems == []


def test_ids_styles_and_counts():
    assert [d["id"] for d in DOCS] == [f"blind28-{i:04d}" for i in range(1, 301)]
    styles = {}
    for d in DOCS:
        styles[d["style"]] = styles.get(d["style"], 0) + 1
    assert len(styles) >= 20 and min(styles.values()) >= 15
    kinds = {kind for _name, kind, _fn in make.STYLES}
    assert kinds == {"prose", "structured"}
    assert sum(len(d["phi"]) for d in DOCS) >= 2500


def test_every_type_and_label_present():
    types = {s["type"] for d in DOCS for s in d["phi"]}
    labels = {s["label"] for d in DOCS for s in d["keep"]}
    assert types == set(check.PHI_TYPES)
    assert labels == set(check.KEEP_LABELS)


def test_spans_exact_and_non_overlapping():
    for d in DOCS:
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]
            assert s["text"] == s["text"].strip()
        for (_s1, e1), (s2, _e2) in itertools.pairwise(spans):
            assert s2 >= e1, d["id"]
