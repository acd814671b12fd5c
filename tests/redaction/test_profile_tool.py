"""bench/redaction_profile.py: where the analysis time goes, without changing what the analyzer finds."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pytest
from rich.console import Console

import redaction._analyzer as analyzer_module
from redaction import build_analyzer

REPO = Path(__file__).resolve().parents[2]
TEXT = ("PATIENT: DOE, JANE A   MRN: 00482913   DOB: 03/14/1952\n"
        "Signed by Priya Raman, MD on 03/15/2026 14:32. Baker cyst. Call 617-555-0142.\n")


def _load():  # noqa: ANN202
    sys.path.insert(0, str(REPO / "bench"))
    try:
        spec = importlib.util.spec_from_file_location("redaction_profile", REPO / "bench" / "redaction_profile.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(REPO / "bench"))


profile = _load()


def test_a_wrapped_call_returns_its_result_and_counts_even_when_it_raises() -> None:
    clock = profile.Clock()
    double = clock.wrap("stage double", lambda x: 2 * x)
    assert double(21) == 42

    def fail() -> None:
        raise ValueError("boom")

    failing = clock.wrap("stage fail", fail)
    with pytest.raises(ValueError, match="boom"):
        failing()
    assert clock.calls == {"stage double": 1, "stage fail": 1}
    assert all(seconds >= 0 for seconds in clock.seconds.values())


def test_instrumented_analyzer_finds_the_same_spans_and_times_every_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    # instrument() rewrites module globals of redaction._analyzer: let monkeypatch put them back afterwards
    monkeypatch.setattr(analyzer_module, "_SPAN_FILTERS", analyzer_module._SPAN_FILTERS)
    for stage in profile._STAGES:
        monkeypatch.setattr(analyzer_module, stage, getattr(analyzer_module, stage))
    analyzer = build_analyzer()
    before = analyzer.analyze(TEXT)
    clock = profile.Clock()
    profile.instrument(analyzer, clock)
    assert analyzer.analyze(TEXT) == before
    kinds = {name.split(" ", 1)[0] for name in clock.seconds}
    assert {"recognizer", "filter", "stage", "tagger"} <= kinds
    assert clock.calls["stage ner_entities"] == 1
    table = profile.report(clock, 1, True, 200, "per module")
    out = Console(file=io.StringIO(), width=200)
    out.print(table)
    printed = out.file.getvalue()
    assert "recognizer names " in printed and "recognizer names:" not in printed  # added up per module


def test_an_unreadable_corpus_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert profile.main(["--corpus", "no_such_corpus_here"]) == 2
    with pytest.raises(SystemExit):
        profile.main(["--limit", "0"])
