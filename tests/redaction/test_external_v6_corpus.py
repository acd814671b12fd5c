"""The sixth blind corpus (redaction/corpus/external_v6.jsonl, spent in session 4): valid, reproducible, exact.

The generator lives in redaction/corpus/external_v6/ and runs as a script (its b6_* modules import each other by flat
name), so the modules are loaded here from their files rather than as a package.
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
BLIND_DIR = CORPUS_DIR / "external_v6"
CORPUS = CORPUS_DIR / "external_v6.jsonl"
MAKE = BLIND_DIR / "make_corpus.py"


def _load(name: str, path: Path):
    if str(BLIND_DIR) not in sys.path:
        sys.path.insert(0, str(BLIND_DIR))
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_corpus = _load("blind6_make_corpus", MAKE)
check_corpus = _load("blind6_check_corpus", CORPUS_DIR / "check_corpus.py")
markup = _load("blind6_markup", BLIND_DIR / "b6_markup.py")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_file_is_valid():
    n, problems = check_corpus.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_generator_reproduces_file_byte_for_byte():
    assert make_corpus.corpus_text().encode("utf-8") == CORPUS.read_bytes()


def test_each_document_regenerates_alone(docs):
    for i in (1, 20, 157, 300):
        assert make_corpus.make_document(i) == docs[i - 1]


def test_check_flag_exit_status(tmp_path):
    stale = tmp_path / "stale.jsonl"
    stale.write_bytes(CORPUS.read_bytes().replace(b"blind6-0001", b"blind6-9999", 1))
    good = tmp_path / "good.jsonl"
    good.write_bytes(CORPUS.read_bytes())
    run = [sys.executable, str(MAKE), "--check", "--out"]
    assert subprocess.run(run + [str(stale)], capture_output=True).returncode == 1
    assert subprocess.run(run + [str(tmp_path / "missing.jsonl")], capture_output=True).returncode == 1
    assert subprocess.run(run + [str(good)], capture_output=True).returncode == 0


def test_ids_and_styles(docs):
    assert [d["id"] for d in docs] == [f"blind6-{i:04d}" for i in range(1, 301)]
    styles = Counter(d["style"] for d in docs)
    assert len(styles) >= 20
    assert min(styles.values()) >= 15
    assert {d["modality"] for d in docs} <= {"CT", "MR", "US", "XR", "MG"}


def test_all_phi_types_occur(docs):
    assert {s["type"] for d in docs for s in d["phi"]} == check_corpus.PHI_TYPES


def test_keep_labels(docs):
    labels = {s["label"] for d in docs for s in d["keep"]}
    assert {"eponym", "anatomy", "section_header", "credential"} <= labels
    assert labels <= check_corpus.KEEP_LABELS


def test_markup_offsets_come_from_the_emitted_string():
    marked = (f"Pt {markup.phi('PERSON', 'Ngozi Adeyemi')}'s knee: {markup.keep('eponym', 'Baker cyst')} "
              f"({markup.phi('DATE_TIME', '3/14')} {markup.phi('DATE_TIME', '14:32')})")
    text, phi, keep = markup.render(marked)
    assert text == "Pt Ngozi Adeyemi's knee: Baker cyst (3/14 14:32)"
    assert [(s["start"], s["end"], s["type"]) for s in phi] == [(3, 16, "PERSON"), (37, 41, "DATE_TIME"),
                                                              (42, 47, "DATE_TIME")]
    assert [(s["start"], s["end"], s["label"]) for s in keep] == [(25, 35, "eponym")]
    for span in phi + keep:
        assert text[span["start"]:span["end"]] == span["text"]


def test_markup_rejects_bad_marks():
    with pytest.raises(markup.MarkupError):
        markup.render(markup.phi("PERSON", " Doe"))
    with pytest.raises(markup.MarkupError):
        markup.render(markup.phi("PERSON", "Jo" + markup.keep("eponym", "Baker")))
    with pytest.raises(markup.MarkupError):
        markup.render("dangling " + markup.OPEN)


def test_corpus_spans_match_rendered_text(docs):
    for d in docs:
        for span in d["phi"] + d["keep"]:
            assert d["text"][span["start"]:span["end"]] == span["text"]
        assert markup.OPEN not in d["text"] and markup.CLOSE not in d["text"]
