"""The fifth blind corpus (redaction/corpus/external_v5.jsonl, spent in session 4): valid, reproduced byte for byte.

Nothing here looks at engine results: the corpus is measured once per release, never read for tuning.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
BLIND = CORPUS_DIR / "external_v5.jsonl"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load("blind5_make_corpus", CORPUS_DIR / "external_v5" / "make_corpus.py")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines()]


def test_validates_with_check_corpus() -> None:
    checker = _load("blind5_check_corpus", CORPUS_DIR / "check_corpus.py")
    n, problems = checker.check_file(BLIND)
    assert n == 300
    assert problems == []


def test_generator_reproduces_file_byte_for_byte(generator: ModuleType) -> None:
    assert generator.render_corpus().encode("utf-8") == BLIND.read_bytes()


def test_check_flag_detects_a_stale_file(generator: ModuleType, tmp_path: Path) -> None:
    stale = tmp_path / "blind.jsonl"
    stale.write_text(BLIND.read_text(encoding="utf-8").replace("blind5-0300", "blind5-9999"), encoding="utf-8")
    assert generator.main(["--check", "--out", str(stale)]) == 1
    assert generator.main(["--check", "--out", str(BLIND)]) == 0


def test_ids_styles_and_types(docs: list[dict]) -> None:
    assert [d["id"] for d in docs] == [f"blind5-{i:04d}" for i in range(1, 301)]
    styles = Counter(d["style"] for d in docs)
    assert len(styles) >= 20 and min(styles.values()) >= 15
    phi_types = {s["type"] for d in docs for s in d["phi"]}
    assert len(phi_types) == 17  # every Safe Harbor type in the README occurs
    assert {s["label"] for d in docs for s in d["keep"]} >= {"eponym", "anatomy", "section_header", "credential"}


def test_markup_offsets_come_from_the_emitted_string() -> None:
    sys.path.insert(0, str(CORPUS_DIR / "external_v5"))
    try:
        from b5_markup import keep, phi, strip_marks
    finally:
        sys.path.remove(str(CORPUS_DIR / "external_v5"))
    text, phis, keeps = strip_marks(f"Pt {phi('PERSON', 'Rose Hunter')} has a {keep('eponym', 'Baker cyst')}.")
    assert text == "Pt Rose Hunter has a Baker cyst."
    assert [(s["start"], s["end"], s["type"]) for s in phis] == [(3, 14, "PERSON")]
    assert text[keeps[0]["start"]:keeps[0]["end"]] == "Baker cyst"
    with pytest.raises(ValueError):
        strip_marks(phi("PERSON", " padded"))
