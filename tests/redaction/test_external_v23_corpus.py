"""blind23 corpus: reproducible, valid, and meets its count/variety requirements.

Does not import the redaction engine: the generator and the validator are loaded from their files.
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

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v23"
JSONL = CORPUS_DIR / "external_v23.jsonl"

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
    return _load("blind23_make_corpus", GEN_DIR / "make_corpus.py")


@pytest.fixture(scope="module")
def docs():
    with JSONL.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_generator_reproduces_committed_file(gen):
    assert gen.render() == JSONL.read_text(encoding="utf-8")
    assert gen.main(["--check", "--out", str(JSONL)]) == 0


def test_validator_accepts_file():
    checker = _load("blind23_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = checker.check_file(JSONL)
    assert n == 300
    assert problems == []


def test_ids_styles_and_determinism(gen, docs):
    assert [d["id"] for d in docs] == [f"blind23-{i:04d}" for i in range(1, 301)]
    assert len(gen.STYLES) >= 20
    per_style = collections.Counter(d["style"] for d in docs)
    assert set(per_style) == set(gen.STYLES)
    assert min(per_style.values()) >= 15
    for d in docs[:5]:
        assert gen.style_for(int(d["id"][-4:])) == d["style"]
        assert gen.build_document(int(d["id"][-4:])) == d


def test_phi_and_keep_counts(docs):
    phi = collections.Counter(p["type"] for d in docs for p in d["phi"])
    keep = collections.Counter(k["label"] for d in docs for k in d["keep"])
    assert sum(phi.values()) >= 2500
    assert set(phi) == PHI_TYPES
    assert set(keep) == KEEP_LABELS
    for d in docs:
        assert d["phi"], d["id"]
        assert d["modality"] in {"CT", "MR", "US", "XR", "MG"}


def test_identifiers_are_synthetic(docs):
    for d in docs:
        for p in d["phi"]:
            v = p["text"]
            if p["type"] == "PHONE":
                assert re.search(r"555\D?01\d\d$", v), v
            elif p["type"] == "EMAIL":
                assert re.search(r"@([a-z]+\.)*example\.(com|org|net)$", v), v
            elif p["type"] == "IP_ADDRESS":
                assert ipaddress.ip_address(v).is_private, v
            elif p["type"] == "URL":
                assert re.match(r"https://[a-z]+\.([a-z]+\.)*example\.(com|org|net)/", v), v
            elif p["type"] == "AGE_OVER_89":
                assert v.isdigit() and int(v) > 89
        for k in d["keep"]:
            if k["label"] == "age_under_90":
                assert k["text"].isdigit() and int(k["text"]) < 90


def test_variety_within_styles(docs):
    """Each style shows several layouts: compare the label/word skeleton of the first lines, spans masked."""
    by_style = collections.defaultdict(list)
    for d in docs:
        text = d["text"]
        for sp in sorted(d["phi"] + d["keep"], key=lambda s: -s["start"]):
            text = text[:sp["start"]] + "#" + text[sp["end"]:]
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        skeleton = tuple(re.sub(r"[\d#]+", "#", ln)[:18] for ln in lines[:6])
        by_style[d["style"]].append((skeleton, len(d["text"]), len(d["phi"])))
    for style, rows in by_style.items():
        assert len({r[0] for r in rows}) >= 8, style
        lengths = [r[1] for r in rows]
        assert max(lengths) - min(lengths) >= 80, style
        assert len({r[2] for r in rows}) >= 3, style


def test_generator_modules_small_and_prefixed():
    files = sorted(GEN_DIR.glob("*.py"))
    helpers = [f for f in files if f.name != "make_corpus.py"]
    assert helpers and all(f.name.startswith("b23_") for f in helpers)
    for f in files:
        assert len(f.read_text(encoding="utf-8").splitlines()) < 400, f.name
        src = f.read_text(encoding="utf-8")
        assert "import redaction" not in src and "from redaction" not in src, f.name
