"""The blind24 evaluation corpus: reproducible, valid, large and varied enough, and built from synthetic identifiers.

The generator and the validator are loaded by file path; the redaction engine is never imported.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v24"
JSONL = CORPUS_DIR / "external_v24.jsonl"

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
    return _load("blind24_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def checker():
    return _load("blind24_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_generator_reproduces_committed_file(gen):
    assert gen.render() == JSONL.read_text(encoding="utf-8")
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_check_flags_a_stale_file(gen, tmp_path):
    stale = tmp_path / "stale.jsonl"
    stale.write_text(JSONL.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    assert gen.main(["--check", "--out", str(stale)]) == 1


def test_validator_accepts_file(checker):
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_and_fields(docs):
    assert [d["id"] for d in docs] == [f"blind24-{i:04d}" for i in range(1, 301)]
    for d in docs:
        assert set(d) == {"id", "style", "modality", "text", "phi", "keep"}
        assert d["modality"] in {"CT", "MR", "US", "XR", "MG"}
        assert d["phi"], d["id"]


def test_styles_round_robin(gen, docs):
    counts = Counter(d["style"] for d in docs)
    assert len(counts) >= 20
    assert min(counts.values()) >= 15
    assert set(counts) == set(gen.STYLES)
    for i in (1, 2, 17, 20, 21, 150, 299, 300):
        assert gen.style_for(i) == docs[i - 1]["style"]
        assert gen.build_document(i) == docs[i - 1]


def test_volume_and_coverage(docs):
    phi = Counter(s["type"] for d in docs for s in d["phi"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS


def test_span_text_matches(docs):
    for d in docs:
        for s in d["phi"] + d["keep"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]


def _values(docs, kind, key, name):
    return [s["text"] for d in docs for s in d[kind] if s[key] == name]


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
        digits = re.sub(r"\D", "", v)
        assert digits and int(digits) < 90, v


def _skeleton(doc, n_lines=3):
    chars = list(doc["text"])
    for s in doc["phi"] + doc["keep"]:
        for j in range(s["start"], s["end"]):
            chars[j] = "\x00"
    masked = re.sub(r"\x00+", "#", "".join(chars))
    masked = re.sub(r"\d", "9", masked)
    return "\n".join(masked.split("\n")[:n_lines])


def test_variety_within_each_style(docs):
    by_style = defaultdict(list)
    for d in docs:
        by_style[d["style"]].append(d)
    for style, ds in by_style.items():
        assert len({_skeleton(d) for d in ds}) >= 8, style
        lengths = [len(d["text"]) for d in ds]
        assert max(lengths) - min(lengths) >= 80, style
        assert len({len(d["phi"]) for d in ds}) >= 3, style


def test_helper_modules(gen):
    files = sorted(GEN_DIR.glob("*.py"))
    helpers = [f for f in files if f.name != "make_corpus.py"]
    assert helpers
    for f in files:
        src = f.read_text(encoding="utf-8")
        assert len(src.splitlines()) < 400, f.name
        assert not re.search(r"^\s*(from|import)\s+redaction\b", src, re.M), f.name
    for f in helpers:
        assert f.name.startswith("b24_"), f.name
