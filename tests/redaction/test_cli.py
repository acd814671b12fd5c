"""`radgate redact --input IN.jsonl --output OUT.jsonl`: the contract outside evaluation relies on."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from radgate.cli._main import app

DOCS = [{"id": "r1", "text": "PATIENT: DOE, JOHN A  MRN: 00482913. Baker cyst at C5-C6. Signed by Dr. Patel."},
        {"id": 7, "text": "No identifiers: small left pleural effusion, 72-year-old."},
        {"id": "r3", "text": "Call 555-123-4567 about the 03/14/2026 CT."}]
PLANTED = {"r1": ["DOE, JOHN A", "00482913", "Patel"], "r3": ["555-123-4567", "03/14/2026"]}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_redact_writes_pseudonymized_text_and_spans_on_the_original_in_input_order(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", [json.dumps(d) for d in DOCS])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["redact", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["r1", 7, "r3"]
    for doc, row in zip(DOCS, rows, strict=True):
        covered = {doc["text"][s["start"]:s["end"]] for s in row["spans"]}
        for value in PLANTED.get(doc["id"], []):
            assert value in covered, (value, covered)
            assert value not in row["text"]
        assert all(set(s) == {"start", "end", "entity_type", "score"} and 0 <= s["score"] <= 1 for s in row["spans"])
    assert "Baker cyst" in rows[0]["text"] and "C5-C6" in rows[0]["text"]
    assert rows[1]["text"] == DOCS[1]["text"] and rows[1]["spans"] == []


def test_a_bad_line_stops_the_run_naming_the_line_not_the_text(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", [json.dumps(DOCS[0]), '{"id": "x", "text": 42}'])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["redact", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 2
    assert "line 2" in result.output and "00482913" not in result.output
    assert not out.exists()


def test_an_analyzer_failure_writes_nothing_and_leaks_nothing(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from redaction._session import RedactionSession

    def broken(self, text: str) -> list:  # noqa: ANN001
        raise RuntimeError(text)  # an exception carrying the text must not reach the message

    monkeypatch.setattr(RedactionSession, "analyze", broken)
    source = _write(tmp_path / "in.jsonl", [json.dumps(d) for d in DOCS])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["redact", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 1
    assert "document 1" in result.output and "00482913" not in result.output
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl.*"))
