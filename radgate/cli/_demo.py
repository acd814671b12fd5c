"""`radgate demo-oracle`: the walk-through's stand-in upstream that echoes gold text. Never a model."""

from __future__ import annotations

from pathlib import Path

import typer

from radgate.cli._common import err


def demo_oracle(
    gold: Path = typer.Option(..., "--gold", help="Gold set (JSONL, the evals format) whose reference texts it "
                                                  "answers with, e.g. evals/data/gold-walkthrough.jsonl."),
    port: int = typer.Option(8082, help="Port (config/models.walkthrough.yaml expects 8082)."),
    host: str = typer.Option("127.0.0.1", help="Bind address (keep it on loopback)."),
) -> None:
    """DEMONSTRATION ONLY: an OpenAI-compatible stand-in that answers every request with gold reference text.

    It is not a model and must never serve clinical traffic. It picks the gold case whose findings best
    match the prompt and echoes that case's reference impression, so an acceptance run against it passes.
    The README walk-through uses it to show approval, routing and feedback end to end.
    """
    from evals import GoldFormatError
    from radgate.logs import configure_logging
    from radgate.testing.reference_oracle import ReferenceOracle, serve

    try:
        ReferenceOracle(gold)  # refuse a bad gold file here, with a readable message, before binding
    except (GoldFormatError, ValueError, OSError) as exc:
        err.print(f"[red]refused:[/red] {exc}")
        raise typer.Exit(2) from None
    configure_logging("INFO")
    err.print(f"[yellow]demo oracle (echoes gold text from {gold}; not a model) on http://{host}:{port}/v1[/yellow]")
    serve(gold, host=host, port=port)
