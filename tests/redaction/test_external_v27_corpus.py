"""The blind27 evaluation corpus: reproducible, valid, broad, synthetic and varied.

Loads the generator and the validator by file path; never imports the redaction engine.
"""

from __future__ import annotations

import collections
import importlib.util
import ipaddress
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v27"
JSONL = CORPUS_DIR / "external_v27.jsonl"

PHI_TYPES = {"PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
             "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL"}
KEEP_LABELS = {"eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
               "modality", "credential", "section_header"}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _load("blind27_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind27_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with JSONL.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_generator_reproduces_committed_file(gen):
    assert gen.render() == JSONL.read_text(encoding="utf-8")
    assert gen.render() == gen.render()
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_check_flags_a_differing_file(gen, tmp_path):
    other = tmp_path / "x.jsonl"
    other.write_text("{}\n", encoding="utf-8")
    assert gen.main(["--check", "--out", str(other)]) == 1


def test_validator_accepts(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_fields(docs):
    assert [d["id"] for d in docs] == [f"blind27-{i:04d}" for i in range(1, 301)]
    for d in docs:
        assert d["modality"] in {"CT", "MR", "US", "XR", "MG"}
        assert d["phi"], d["id"]
        for s in d["phi"] + d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]


def test_styles_round_robin(gen, docs):
    counts = collections.Counter(d["style"] for d in docs)
    assert len(counts) >= 20
    assert min(counts.values()) >= 15
    assert set(counts) == set(gen.STYLES)
    for i in (1, 2, 19, 20, 21, 150, 299, 300):
        assert gen.style_for(i) == docs[i - 1]["style"]
        assert gen.build_document(i) == docs[i - 1]


def test_coverage(docs):
    phi = collections.Counter(s["type"] for d in docs for s in d["phi"])
    keep = collections.Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS


def _values(docs, kind, key, tag):
    return [s["text"] for d in docs for s in d[kind] if s[key] == tag]


def test_identifiers_are_synthetic(docs):
    for v in _values(docs, "phi", "type", "PHONE"):
        assert re.search(r"555\D?01\d\d$", v), v
    for v in _values(docs, "phi", "type", "EMAIL"):
        assert re.search(r"@([\w-]+\.)*example\.(com|org|net)$", v), v
    for v in _values(docs, "phi", "type", "IP_ADDRESS"):
        assert ipaddress.ip_address(v).is_private, v
    for v in _values(docs, "phi", "type", "URL"):
        assert re.match(r"https://([\w-]+\.)*example\.(com|org|net)/", v), v
    for v in _values(docs, "phi", "type", "AGE_OVER_89"):
        assert v.isdigit() and int(v) > 89, v
    for v in _values(docs, "keep", "label", "age_under_90"):
        assert v.isdigit() and int(v) < 90, v


def _skeleton(doc: dict, lines: int = 3) -> str:
    text, out, pos = doc["text"], [], 0
    for s in sorted(doc["phi"] + doc["keep"], key=lambda s: s["start"]):
        out.append(text[pos:s["start"]])
        out.append("<" + s.get("type", s.get("label", "")) + ">")
        pos = s["end"]
    out.append(text[pos:])
    masked = re.sub(r"\d", "9", "".join(out))
    return "\n".join([ln for ln in masked.splitlines() if ln.strip()][:lines])


def test_variety_within_each_style(docs):
    by_style = collections.defaultdict(list)
    for d in docs:
        by_style[d["style"]].append(d)
    for style, group in by_style.items():
        assert len({_skeleton(d) for d in group}) >= 8, style
        lengths = [len(d["text"]) for d in group]
        assert max(lengths) - min(lengths) >= 80, style
        assert len({len(d["phi"]) for d in group}) >= 3, style


def test_helper_modules():
    helpers = sorted(GEN_DIR.glob("*.py"))
    assert any(p.name == "make_corpus.py" for p in helpers)
    for p in helpers:
        assert p.name == "make_corpus.py" or p.name.startswith("b27_"), p.name
        src = p.read_text(encoding="utf-8")
        assert len(src.splitlines()) < 400, p.name
        assert not re.search(r"^\s*(from|import)\s+redaction\b", src, re.M), p.name
