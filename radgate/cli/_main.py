"""Root Typer app: sub-commands are registered here, implemented in their own modules."""

from __future__ import annotations

import typer

from evals import cli as evals_cli
from governance import cli as governance_cli
from monitoring import cli as monitoring_cli
from radgate.cli import _audit, _db, _demo, _keys, _serve
from radgate.offline import enforce_offline
from redaction import cli as redaction_cli

app = typer.Typer(help="RadGate: oversight gateway for generative AI in radiology reporting.",
                  no_args_is_help=True, pretty_exceptions_show_locals=False)
app.add_typer(_keys.app, name="keys")
app.add_typer(_db.app, name="db")
app.add_typer(_audit.app, name="audit")
app.add_typer(evals_cli.app, name="eval")
app.add_typer(governance_cli.app, name="models")
app.add_typer(monitoring_cli.app, name="monitor")
app.command("serve")(_serve.serve)
app.command("model-server")(_serve.model_server)
app.command("up")(_serve.up)
app.command("demo-oracle")(_demo.demo_oracle)
app.command("redact")(redaction_cli.redact)


def main() -> None:
    enforce_offline()
    app()
