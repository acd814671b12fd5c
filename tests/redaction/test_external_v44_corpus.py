"""Blind corpus 44 (English-language radiology text from health systems outside the US): regeneration, validity, counts."""

from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN = CORPUS_DIR / "external_v44" / "make_corpus.py"
DATA = CORPUS_DIR / "external_v44.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_regenerates_committed_file():
    mc = _load("blind44_make_corpus", GEN)
    text = mc.render([mc.build_document(i) for i in range(mc.N_DOCS)])
    assert text == DATA.read_text(encoding="utf-8")
    assert len(mc.STYLES) == 20 and len(set(mc.STYLES)) == 20


def test_passes_check_corpus():
    cc = _load("blind44_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = cc.check_file(DATA)
    assert n == 300
    assert problems == []


def test_counts():
    cc = _load("blind44_check_corpus", CORPUS_DIR / "check_corpus.py")
    docs = _docs()
    assert len(docs) == 300
    phi = [s for d in docs for s in d["phi"]]
    assert len(phi) >= 2500
    assert {s["type"] for s in phi} == set(cc.PHI_TYPES)
    assert {s["label"] for d in docs for s in d["keep"]} == set(cc.KEEP_LABELS)
    styles = collections.Counter(d["style"] for d in docs)
    assert len(styles) == 20 and set(styles.values()) == {15}
