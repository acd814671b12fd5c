"""The third blind corpus (redaction/corpus/external_v3.jsonl): valid, complete, and reproduced byte for byte.

Deliberately nothing about engine results: this corpus is measured once per release, never used for tuning.
The generator and validator are loaded by file path so the test never imports the redaction engine.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "redaction" / "corpus"
CORPUS = CORPUS_DIR / "external_v3.jsonl"
MAKE = CORPUS_DIR / "external_v3" / "make_corpus.py"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_validates_with_check_corpus() -> None:
    checker = _load("radgate_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = checker.check_file(CORPUS)
    assert n == 300
    assert problems == []


def test_ids_and_style_grid(docs: list[dict]) -> None:
    assert [d["id"] for d in docs] == [f"blind3-{i:04d}" for i in range(1, 301)]
    per_style = collections.Counter(d["style"] for d in docs)
    assert len(per_style) >= 20
    assert min(per_style.values()) >= 15


def test_every_phi_type_and_keep_label_occurs(docs: list[dict]) -> None:
    checker = _load("radgate_check_corpus_types", CORPUS_DIR / "check_corpus.py")
    phi_types = {s["type"] for d in docs for s in d["phi"]}
    keep_labels = {s["label"] for d in docs for s in d["keep"]}
    assert phi_types == set(checker.PHI_TYPES)
    assert keep_labels == set(checker.KEEP_LABELS)


def test_generator_reproduces_file_byte_for_byte() -> None:
    result = subprocess.run([sys.executable, str(MAKE), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_flag_detects_a_changed_file(tmp_path: Path) -> None:
    altered = tmp_path / "external_v3.jsonl"
    altered.write_text(CORPUS.read_text(encoding="utf-8").replace("blind3-0150", "blind3-015O"), encoding="utf-8")
    result = subprocess.run([sys.executable, str(MAKE), "--check", "--output", str(altered)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1


def test_markup_offsets_come_from_the_stripped_string() -> None:
    build = _load("radgate_blind3_make", MAKE).load_package()
    markup = sys.modules[build.__name__.rsplit(".", 1)[0] + ".markup"]
    text, phi, keep = markup.strip_marks(f"Pt {markup.ph('PERSON', 'Rose Hunter')} has a "
                                         f"{markup.kp('eponym', 'Baker cyst')} on {markup.ph('DATE_TIME', '3/14')}.")
    assert text == "Pt Rose Hunter has a Baker cyst on 3/14."
    assert [(text[s["start"]:s["end"]], s["type"]) for s in phi] == [("Rose Hunter", "PERSON"), ("3/14", "DATE_TIME")]
    assert [(text[s["start"]:s["end"]], s["label"]) for s in keep] == [("Baker cyst", "eponym")]
    with pytest.raises(ValueError):
        markup.strip_marks(markup.ph("PERSON", " padded "))
