"""`radgate serve`, `radgate model-server` and `radgate up` (the laptop demo behind `make run`)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import typer
from rich.console import Console

from radgate.cli._common import err, load_settings
from radgate.logs import configure_logging

out = Console()


def serve(
    host: str | None = typer.Option(None, help="Bind address (default RADGATE_HOST, 127.0.0.1)."),
    port: int | None = typer.Option(None, help="Port (default RADGATE_PORT, 8080)."),
) -> None:
    """Run the proxy (one process; scale out with more replicas)."""
    import uvicorn

    from proxy import create_app
    from proxy.routing import ModelConfigError

    settings = load_settings()
    configure_logging(settings.log_level)
    try:
        app = create_app(settings)
    except ModelConfigError as exc:
        err.print(f"[red]model config error:[/red] {exc}")
        raise typer.Exit(2) from None
    uvicorn.run(app, host=host or settings.host, port=port or settings.port, log_config=None,
                access_log=False, loop="uvloop", http="httptools", server_header=False)


def model_server(
    host: str = typer.Option("127.0.0.1", help="Bind address."),
    port: int = typer.Option(8081, help="Port."),
    cache_dir: Path = typer.Option(Path("var/models/smollm2-135m-instruct"),
                                   help="Where the converted safetensors weights are kept."),
) -> None:
    """Serve the embedded CPU model (SmolLM2-135M-Instruct) with an OpenAI-compatible API."""
    import modelserver

    configure_logging("INFO")
    modelserver.serve(host=host, port=port, cache_dir=cache_dir)


def _wait_ready(url: str, what: str, timeout_s: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    with err.status(f"waiting for {what}..."):
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                err.print(f"[red]{what} exited with status {proc.returncode}[/red]")
                raise typer.Exit(1)
            try:
                if httpx.get(url, timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
    err.print(f"[red]{what} did not become ready within {timeout_s:.0f} s[/red]")
    raise typer.Exit(1)


def up(
    port: int = typer.Option(8080, help="Proxy port."),
    model_port: int = typer.Option(8081, help="Embedded model server port (see config/models.yaml)."),
) -> None:
    """Laptop demo: migrate the DB, start the CPU model and the proxy, print a working example."""
    from audit import EventType, SqlAuditWriter
    from radgate.auth import KeyService, Role
    from governance.cli import sandbox_for_demo
    from radgate.cli._keys import record_key_event
    from radgate.db import create_db_engine, upgrade

    settings = load_settings()
    upgrade(settings)
    engine = create_db_engine(settings)
    keys, writer = KeyService(engine, settings.key_pepper.get_secret_value().encode()), SqlAuditWriter(engine)
    for key in keys.list():
        if key.name.startswith("demo-") and key.active:
            revoked = keys.revoke(key.name)
            record_key_event(writer, EventType.key_revoked, revoked.id, revoked.name, {})
    demo = keys.create(f"demo-{datetime.now(UTC):%Y%m%d%H%M%S}", Role.reporting, ["impression-drafter"],
                       acceptance_testing=True)
    record_key_event(writer, EventType.key_created, demo.key.id, demo.key.name,
                     {"role": "reporting", "models": demo.key.models, "acceptance_testing": True})
    sandbox_for_demo("impression-drafter")  # governance: the embedded model is in acceptance testing

    model = subprocess.Popen([sys.executable, "-m", "radgate", "model-server", "--port", str(model_port)])
    try:
        _wait_ready(f"http://127.0.0.1:{model_port}/health", "the embedded model (first start converts it, ~30 s)",
                    300, model)
        base = f"http://127.0.0.1:{port}"
        out.print(_examples(base, demo.secret), soft_wrap=True, highlight=False)
        proxy = subprocess.Popen([sys.executable, "-m", "radgate", "serve", "--port", str(port)])
        try:
            proxy.wait()
        except KeyboardInterrupt:
            proxy.terminate()
            proxy.wait(10)
    finally:
        model.terminate()
        model.wait(10)


def _examples(base: str, secret: str) -> str:
    body = ('{"model": "impression-drafter", "max_tokens": 64, "messages": [{"role": "user", '
            '"content": "Findings: No focal consolidation. No pleural effusion. Write the impression."}]}')
    return f"""
[bold green]RadGate is starting on {base}[/bold green]  (demo key, shown once: [bold]{secret}[/bold])

[bold]curl[/bold]
curl -s {base}/v1/chat/completions -H "Authorization: Bearer {secret}" \\
  -H "Content-Type: application/json" -d '{body}'

[bold]Python (official openai client)[/bold]
python - <<'PY'
from openai import OpenAI
client = OpenAI(base_url="{base}/v1", api_key="{secret}")
r = client.chat.completions.create(model="impression-drafter", max_tokens=64, messages=[
    {{"role": "user", "content": "Findings: No focal consolidation. No pleural effusion. Write the impression."}}])
print(r.choices[0].message.content)
PY
"""
