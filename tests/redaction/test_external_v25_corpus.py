"""The blind25 PHI evaluation corpus: reproducible, valid, varied, and synthetic.

Loads the generator and the validator by file path; never imports the redaction engine.
"""

from __future__ import annotations

import collections
import importlib.util
import ipaddress
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v25"
CORPUS = CORPUS_DIR / "external_v25.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen():
    return _load("blind25_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind25_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _by_style(docs):
    out = collections.defaultdict(list)
    for d in docs:
        out[d["style"]].append(d)
    return out


def test_generator_reproduces_committed_file(gen):
    assert gen.render() == CORPUS.read_text(encoding="utf-8")
    assert gen.main(["--check"]) == 0


def test_check_flags_a_stale_file(gen, tmp_path):
    stale = tmp_path / "stale.jsonl"
    stale.write_text(CORPUS.read_text(encoding="utf-8")[:-50], encoding="utf-8")
    assert gen.main(["--check", "--out", str(stale)]) == 1


def test_validator_accepts_file(checker):
    n, problems = checker.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_ids_and_fields(docs):
    assert [d["id"] for d in docs] == [f"blind25-{i:04d}" for i in range(1, 301)]
    for d in docs:
        assert set(d) == {"id", "style", "modality", "text", "phi", "keep"}
        assert d["modality"] in {"CT", "MR", "US", "XR", "MG"}
        assert d["phi"], d["id"]


def test_styles_and_round_robin(gen, docs):
    by = _by_style(docs)
    assert len(by) >= 20
    assert all(len(v) >= 15 for v in by.values())
    assert set(by) == set(gen.STYLES)
    for d in docs:
        assert gen.style_for(int(d["id"][-4:])) == d["style"]


@pytest.mark.parametrize("i", [1, 2, 20, 21, 137, 300])
def test_build_document_matches_file(gen, docs, i):
    assert gen.build_document(i) == docs[i - 1]
    assert gen.build_document(i)["style"] == gen.style_for(i)


def test_counts_types_labels(checker, docs):
    phi = collections.Counter(s["type"] for d in docs for s in d["phi"])
    keep = collections.Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == set(checker.PHI_TYPES) and len(phi) == 17
    assert set(keep) == set(checker.KEEP_LABELS) and len(keep) == 11


def test_identifiers_are_synthetic(docs):
    for d in docs:
        for s in d["phi"]:
            v, t = s["text"], s["type"]
            if t == "PHONE":
                assert re.search(r"555\D?01\d\d$", v), v
            elif t == "EMAIL":
                assert re.search(r"@([\w-]+\.)*example\.(com|org|net)$", v), v
            elif t == "IP_ADDRESS":
                assert ipaddress.ip_address(v).is_private, v
            elif t == "URL":
                assert re.fullmatch(r"https://([\w-]+\.)*example\.(com|org|net)/\S*", v), v
            elif t == "AGE_OVER_89":
                assert v.isdigit() and int(v) > 89, v
        for s in d["keep"]:
            if s["label"] == "age_under_90":
                digits = re.sub(r"\D", "", s["text"])
                assert digits and int(digits) < 90, s["text"]


def _skeleton(d, n_lines: int = 3) -> str:
    text = d["text"]
    spans = sorted([(s["start"], s["end"], s["type"]) for s in d["phi"]]
                   + [(s["start"], s["end"], s["label"]) for s in d["keep"]])
    out, pos = [], 0
    for start, end, tag in spans:
        out += [text[pos:start], f"<{tag}>"]
        pos = end
    out.append(text[pos:])
    return "\n".join("".join(out).split("\n")[:n_lines])


def test_variety_within_each_style(docs):
    for style, group in _by_style(docs).items():
        assert len({_skeleton(d) for d in group}) >= 8, style
        lengths = [len(d["text"]) for d in group]
        assert max(lengths) - min(lengths) >= 80, style
        assert len({len(d["phi"]) for d in group}) >= 3, style


def test_helper_modules(gen):
    files = sorted(GEN_DIR.glob("*.py"))
    helpers = [p for p in files if p.name != "make_corpus.py"]
    assert helpers
    for p in files:
        src = p.read_text(encoding="utf-8")
        assert len(src.splitlines()) < 400, p.name
        assert not re.search(r"^\s*(from|import)\s+redaction\b", src, re.M), p.name
    for p in helpers:
        assert p.name.startswith("b25_"), p.name
