"""Helpers shared by CLI commands: settings with readable errors."""

from __future__ import annotations

import typer
from pydantic import ValidationError
from rich.console import Console

from radgate.settings import Settings

err = Console(stderr=True)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        for problem in exc.errors():
            err.print(f"[red]configuration error:[/red] {problem['msg']}")
        raise typer.Exit(2) from None
