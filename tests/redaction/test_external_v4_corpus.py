"""The fourth blind corpus (blind4-*) is valid and is exactly what its generator produces.

Nothing here looks at engine results: the corpus is measured once per release, never read while tuning.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parents[2] / "redaction" / "corpus"
CORPUS = CORPUS_DIR / "external_v4.jsonl"
GENERATOR = CORPUS_DIR / "external_v4" / "make_corpus.py"
sys.path.insert(0, str(CORPUS_DIR))

from check_corpus import check_file  # noqa: E402


def test_external_v4_corpus_validates() -> None:
    n, problems = check_file(CORPUS)
    assert problems == []
    assert n == 300


def test_external_v4_corpus_ids_and_styles() -> None:
    import json

    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == [f"blind4-{i:04d}" for i in range(1, 301)]
    styles: dict[str, int] = {}
    for d in docs:
        styles[d["style"]] = styles.get(d["style"], 0) + 1
        assert d["phi"], d["id"]
    assert len(styles) >= 20 and min(styles.values()) >= 15


def test_generator_reproduces_file_byte_for_byte() -> None:
    result = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
