"""`radgate redact`: pseudonymize a JSONL file of texts with the same engine the proxy uses.

Input lines `{"id": ..., "text": ...}`; output lines `{"id", "text": <pseudonymized>, "spans": [{"start", "end",
"entity_type", "score"}]}` with offsets into the ORIGINAL text, in input order. Each document gets its own
surrogate map, as one request does. Every line is validated before any is redacted, and the output appears only
when every document was redacted (fail closed: a document the analyzer cannot handle stops the run, writes
nothing). Messages name line numbers and fields, never the text.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from radgate.jsonl import InputError, load_job, read_rows, write_atomic

err = Console(stderr=True, soft_wrap=True)


def _check_document(number: int, row: dict) -> None:
    if not isinstance(row["text"], str):
        raise InputError(f"line {number}: field 'text' must be text")


def read_documents(path: Path) -> list[dict]:
    return read_rows(path, ("id", "text"), _check_document)


def redact(
    input: Path = typer.Option(..., "--input", help="JSONL, one document a line: id, text."),
    output: Path = typer.Option(..., "--output", help="JSONL to write: id, pseudonymized text, spans (offsets "
                                                      "into the original text)."),
) -> None:
    """Pseudonymize each document (PHI replaced by consistent surrogates) and list the PHI spans found."""
    documents = load_job(input, output, read_documents, err)
    from redaction import Redactor, build_analyzer  # spaCy loads here, not for --help

    redactor = Redactor(build_analyzer())

    def rows():
        columns = (TextColumn("redacting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task("redact", total=len(documents))
            for number, doc in enumerate(documents, 1):
                session = redactor.session()
                try:
                    spans = session.analyze(doc["text"])
                    text = session.substitute(doc["text"], spans)
                except Exception as exc:  # fail closed: stop, write nothing, say which document
                    raise RedactionFailed(f"document {number} could not be redacted ({type(exc).__name__})") from None
                yield {"id": doc["id"], "text": text,
                       "spans": [{"start": s.start, "end": s.end, "entity_type": s.entity_type,
                                  "score": round(float(s.score), 4)} for s in sorted(spans, key=lambda s: s.start)]}
                progress.advance(task)

    try:
        count = write_atomic(output, rows())
    except RedactionFailed as exc:
        err.print(f"[red]redaction failed:[/red] {escape(str(exc))}; nothing was written")
        raise typer.Exit(1) from None
    err.print(f"redacted {count} document(s) -> {output}")


class RedactionFailed(RuntimeError):
    """The analyzer failed on a document; the run stops without output."""
