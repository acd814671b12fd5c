"""The `radgate` command line."""

from radgate.cli._main import app, main

__all__ = ["app", "main"]
