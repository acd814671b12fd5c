"""blind42 corpus: committed file matches its generator and satisfies the corpus format."""

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "redaction" / "corpus"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN = _load("blind42_make_corpus", ROOT / "external_v42" / "make_corpus.py")
CHECK = _load("blind42_check_corpus", ROOT / "check_corpus.py")
FILE = ROOT / "external_v42.jsonl"
DOCS = [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]


def test_file_matches_generator():
    assert FILE.read_text(encoding="utf-8") == GEN.render(GEN.build_document(i) for i in range(1, GEN.N_DOCS + 1))
    assert GEN.main(["--check"]) == 0


def test_validator_clean():
    n, problems = CHECK.check_file(FILE)
    assert problems == []
    assert n == 300


def test_ids_styles_counts():
    assert [d["id"] for d in DOCS] == [f"blind42-{i:04d}" for i in range(1, 301)]
    assert len(GEN.STYLES) == 20 and len(set(GEN.STYLES)) == 20
    styles = Counter(d["style"] for d in DOCS)
    assert set(styles) == set(GEN.STYLES) and min(styles.values()) >= 15
    assert all(d["style"] == GEN.style_for(i) for i, d in enumerate(DOCS, 1))
    assert sum(len(d["phi"]) for d in DOCS) >= 2500
    assert {s["type"] for d in DOCS for s in d["phi"]} == CHECK.PHI_TYPES
    assert {s["label"] for d in DOCS for s in d["keep"]} == CHECK.KEEP_LABELS


def test_spans_exact_stripped_disjoint():
    for d in DOCS:
        spans = sorted((s["start"], s["end"]) for s in d["phi"] + d["keep"])
        for s in d["phi"] + d["keep"]:
            seg = d["text"][s["start"]:s["end"]]
            assert seg == s["text"] and seg == seg.strip(), (d["id"], s)
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, d["id"]
