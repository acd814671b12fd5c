"""`radgate eval ...`: score drafted reports for hallucinations; import gold sets."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from evals._gold import GoldFormatError, import_openi_csv
from evals._score import score_candidate
from radgate.jsonl import InputError, load_job, read_rows, write_atomic

app = typer.Typer(help="Evaluate AI-drafted radiology reports: hallucination scores, gold sets, acceptance "
                       "plans, runs through the proxy and scorecards.",
                  no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)  # one message per line, whatever the terminal width


def _optional_text(row: dict, key: str, number: int) -> None:
    if row[key] is not None and not isinstance(row[key], str):
        raise InputError(f"line {number}: field {key!r} must be text or null")


def _check_pair(number: int, row: dict) -> None:
    if not isinstance(row["candidate"], str):
        raise InputError(f"line {number}: field 'candidate' must be text")
    if row["source"] is not None and not isinstance(row["source"], str | dict):
        raise InputError(f"line {number}: field 'source' must be text, an object or null")
    _optional_text(row, "reference", number)
    if row["source"] is None and row["reference"] is None:
        raise InputError(f"line {number}: 'source' and 'reference' are both null; nothing to score against")
    if row["has_prior"] is not None and not isinstance(row["has_prior"], bool):
        raise InputError(f"line {number}: field 'has_prior' must be true, false or null")


def read_pairs(path: Path) -> list[dict]:
    """Read and validate every line before any scoring, so a bad file writes nothing."""
    return read_rows(path, ("id", "source", "candidate", "reference", "has_prior"), _check_pair)


@app.command()
def score(
    input: Path = typer.Option(..., "--input", help="JSONL, one pair a line: id, source, candidate, "
                                                    "reference (or null), has_prior (true/false/null)."),
    output: Path = typer.Option(..., "--output", help="JSONL to write: id, score (1 = no error), errors."),
) -> None:
    """Score each candidate report against its source and reference.

    Error categories: fabricated_finding, omitted_finding, negation, laterality, severity, measurement,
    fabricated_comparison. Output lines follow input order. The output file appears only when every
    line was scored; a bad input line stops the run with its line number.
    """
    pairs = load_job(input, output, read_pairs, err)

    def results():
        columns = (TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task("score", total=len(pairs))
            for row in pairs:
                result = score_candidate(row["candidate"], row["source"], row["reference"], row["has_prior"])
                yield {"id": row["id"], "score": round(result.score, 6),
                       "errors": [e.to_dict() for e in result.errors]}
                progress.advance(task)

    count = write_atomic(output, results())
    err.print(f"scored {count} pair(s) -> {output}")


@app.command("import-openi")
def import_openi(
    csv_path: Path = typer.Argument(..., help="Open-i / IU chest X-ray CSV: uid, MeSH, Problems, image, "
                                              "indication, comparison, findings, impression."),
    output: Path = typer.Option(..., "--output", help="Gold JSONL to write."),
) -> None:
    """Convert an Open-i / IU chest X-ray CSV to a RadGate gold set (findings -> source, impression -> reference)."""
    if not csv_path.is_file():
        err.print(f"[red]invalid input:[/red] file not found: {escape(str(csv_path))}")
        raise typer.Exit(2)
    try:
        count = import_openi_csv(csv_path, output)
    except GoldFormatError as exc:
        err.print(f"[red]invalid input:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    err.print(f"imported {count} case(s) -> {output}")


# Acceptance plans, runs and scorecards live in their own module; registered here under `radgate eval`.
from evals import _cli_runs  # noqa: E402

app.add_typer(_cli_runs.plan_app, name="plan")
app.command("run")(_cli_runs.run)
app.command("run-approved")(_cli_runs.run_approved)
app.command("runs")(_cli_runs.runs)
app.command("scorecard")(_cli_runs.scorecard)
