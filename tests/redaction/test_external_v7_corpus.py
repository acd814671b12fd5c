"""The seventh blind corpus (redaction/corpus/external_v7.jsonl, spent in session 4): valid, complete, reproducible.

The corpus is for one blind measurement; these tests check only its form and its generator, never a detector.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
GEN_DIR = CORPUS_DIR / "external_v7"
CORPUS = CORPUS_DIR / "external_v7.jsonl"
MAKE = GEN_DIR / "make_corpus.py"

ALL_PHI_TYPES = {
    "PERSON",
    "DATE_TIME",
    "AGE_OVER_89",
    "MRN",
    "ACCESSION",
    "SSN",
    "PHONE",
    "EMAIL",
    "URL",
    "IP_ADDRESS",
    "STREET_ADDRESS",
    "CITY",
    "ZIP",
    "FACILITY",
    "HEALTH_PLAN_ID",
    "ACCOUNT_ID",
    "DEVICE_SERIAL",
}


def _load(name: str, path: Path):
    """Import a module by file path under a name no other corpus uses."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def check_corpus():
    return _load("blind7_check_corpus", CORPUS_DIR / "check_corpus.py")


@pytest.fixture(scope="module")
def make_corpus():
    return _load("blind7_make_corpus", MAKE)


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_validator_finds_no_problem(check_corpus):
    n, problems = check_corpus.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_generator_reproduces_file_byte_for_byte(make_corpus):
    assert make_corpus.render_corpus() == CORPUS.read_text(encoding="utf-8")


def test_check_flag_exit_status(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_bytes(CORPUS.read_bytes())
    stale = tmp_path / "stale.jsonl"
    stale.write_text(CORPUS.read_text(encoding="utf-8").replace("blind7-0150", "blind7-9150"), encoding="utf-8")
    run = [sys.executable, str(MAKE), "--check", "--out"]
    assert subprocess.run(run + [str(stale)], check=False, capture_output=True).returncode == 1
    assert subprocess.run(run + [str(tmp_path / "missing.jsonl")], check=False, capture_output=True).returncode == 1
    assert subprocess.run(run + [str(good)], check=False, capture_output=True).returncode == 0


def test_ids_and_styles(docs):
    assert [d["id"] for d in docs] == [f"blind7-{i:04d}" for i in range(1, 301)]
    styles = Counter(d["style"] for d in docs)
    assert len(styles) >= 20
    assert min(styles.values()) >= 15


def test_every_phi_type_occurs(docs):
    assert {s["type"] for d in docs for s in d["phi"]} == ALL_PHI_TYPES


def test_keep_labels_include_the_hard_ones(docs):
    labels = {s["label"] for d in docs for s in d["keep"]}
    assert {"eponym", "anatomy", "section_header", "credential"} <= labels


def test_markup_offsets_come_from_the_emitted_string(make_corpus):
    markup = sys.modules["b7_markup"]  # imported by path when make_corpus loaded
    marked = (
        f"Dr. {markup.phi('PERSON', 'Ngozi Eze')}, {markup.keep('credential', 'MD')} saw "
        f"{markup.phi('PERSON', 'Bell')} ({markup.keep('eponym', 'Bell palsy')}) on "
        f"{markup.phi('DATE_TIME', '3/14')} {markup.phi('DATE_TIME', '1430 hours')}."
    )
    text, phi, keep = markup.strip_marks(marked)
    assert text == "Dr. Ngozi Eze, MD saw Bell (Bell palsy) on 3/14 1430 hours."
    assert [(s["start"], s["end"], s["type"]) for s in phi] == [
        (4, 13, "PERSON"),
        (22, 26, "PERSON"),
        (43, 47, "DATE_TIME"),
        (48, 58, "DATE_TIME"),
    ]
    assert [(s["start"], s["end"], s["label"]) for s in keep] == [(15, 17, "credential"), (28, 38, "eponym")]
    for span in phi + keep:
        assert text[span["start"] : span["end"]] == span["text"]
    # a transform of the visible text (ASR lower-casing) moves with the spans
    low, low_phi, _ = markup.strip_marks(markup.map_text(marked, str.lower))
    assert [low[s["start"] : s["end"]] for s in low_phi] == ["ngozi eze", "bell", "3/14", "1430 hours"]
    unclosed = "".join(marked.rsplit(markup.CLOSE, 1))
    for bad in (unclosed, markup.PHI_OPEN + "NAME" + markup.SEP + "x" + markup.CLOSE):
        with pytest.raises(ValueError):
            markup.strip_marks(bad)
    with pytest.raises(ValueError):
        markup.phi("PERSON", " padded")


def test_every_document_span_matches_its_text(make_corpus, docs):
    doc = make_corpus.build_document(7)
    assert doc == docs[6]
    for d in docs:
        for span in d["phi"] + d["keep"]:
            assert d["text"][span["start"] : span["end"]] == span["text"]
