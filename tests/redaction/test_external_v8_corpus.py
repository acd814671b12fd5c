"""The eighth blind corpus (redaction/corpus/external_v8.jsonl, spent in session 4): valid, reproducible, exact.

Only validates the corpus itself; it never runs a redaction engine on it (the corpus is measured once, then spent).
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
CORPUS = CORPUS_DIR / "external_v8.jsonl"
GENERATOR = CORPUS_DIR / "external_v8" / "make_corpus.py"
ALL_PHI = {
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
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def generator():
    return _load("blind8_make_corpus", GENERATOR)


def test_validator_accepts_corpus():
    check = _load("blind8_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = check.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_generator_reproduces_file_byte_for_byte(generator):
    assert generator.render() == CORPUS.read_text(encoding="utf-8")


def test_check_flag_detects_stale_and_fresh(tmp_path):
    stale = tmp_path / "stale.jsonl"
    stale.write_text(CORPUS.read_text(encoding="utf-8").replace("blind8-0300", "blind8-9999"), encoding="utf-8")
    run = [sys.executable, str(GENERATOR), "--check", "--out"]
    assert subprocess.run([*run, str(stale)], capture_output=True, check=False).returncode == 1
    assert subprocess.run([*run, str(CORPUS)], capture_output=True, check=False).returncode == 0


def test_ids_and_styles(docs):
    assert [d["id"] for d in docs] == [f"blind8-{i:04d}" for i in range(1, 301)]
    styles = Counter(d["style"] for d in docs)
    assert len(styles) >= 20
    assert min(styles.values()) >= 15


def test_every_phi_type_and_key_keep_labels_occur(docs):
    assert {s["type"] for d in docs for s in d["phi"]} == ALL_PHI
    labels = {s["label"] for d in docs for s in d["keep"]}
    assert {"eponym", "anatomy", "section_header", "credential"} <= labels


def test_markup_offsets_come_from_emitted_string(generator):
    markup = sys.modules["b8_markup"]
    marked = (
        "Dr. "
        + markup.phi("PERSON", "O'Brien")
        + ", "
        + markup.keep("credential", "MD")
        + " saw a "
        + markup.keep("eponym", "Baker cyst")
        + " in "
        + markup.phi("PERSON", "Baker")
        + " on "
        + markup.phi("DATE_TIME", "3/14")
        + " "
        + markup.phi("DATE_TIME", "14:32")
        + "."
    )
    text, phi, keep = markup.strip(marked)
    assert text == "Dr. O'Brien, MD saw a Baker cyst in Baker on 3/14 14:32."
    for span in phi + keep:
        assert text[span["start"] : span["end"]] == span["text"]
    assert [s["text"] for s in phi] == ["O'Brien", "Baker", "3/14", "14:32"]
    with pytest.raises(ValueError):
        markup.phi("PERSON", " padded ")


def test_documents_rebuild_with_same_offsets(generator, docs):
    for i in (1, 57, 150, 300):
        assert generator.build_document(i) == docs[i - 1]
