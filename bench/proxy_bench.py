"""Proxy overhead benchmark: the stub upstream alone, RadGate in front of it, LiteLLM Proxy in
front of it. Prints requests/s, latency and time-to-first-token, and what each proxy adds.

    .venv/bin/python bench/proxy_bench.py --targets stub,litellm,radgate --requests 2000

All traffic stays on 127.0.0.1. See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from rich.console import Console
from rich.table import Table

from _load import LevelResult, percentile, run_level
from _targets import (
    REPO,
    Server,
    TargetUnavailable,
    ensure_litellm_venv,
    server_stack,
    start_litellm,
    start_radgate,
    start_stub,
)

TARGETS = ("stub", "radgate", "litellm")
console = Console()
if not console.is_terminal:  # piped to a file or CI log: do not squeeze the table to 80 columns
    console = Console(width=140)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--targets", default="stub,radgate,litellm",
                   help="comma-separated subset of stub,radgate,litellm (stub is the baseline"
                   " for the + columns)")
    p.add_argument("--concurrency", default="1,16,64", help="comma-separated levels")
    p.add_argument("--modes", default="plain,stream", help="plain and/or stream")
    p.add_argument("--requests", type=int, default=2000, help="measured requests per level")
    p.add_argument("--warmup", type=int, default=200, help="discarded requests per level")
    p.add_argument("--max-seconds", type=float, default=120.0,
                   help="cap on each level's warm-up and on its measured phase")
    p.add_argument("--request-timeout", type=float, default=30.0, help="seconds per request")
    p.add_argument("--chunks", type=int, default=20, help="content chunks per streamed answer")
    p.add_argument("--stub-workers", type=int, default=1, help="uvicorn workers for the stub")
    p.add_argument("--litellm-venv", type=Path, default=REPO / ".venv-bench-litellm",
                   help="LiteLLM Proxy's own venv (created on first use)")
    p.add_argument("--radgate-database-url", default=None,
                   help="audit/key store for RadGate (default: a fresh SQLite file; a PostgreSQL URL "
                        "is migrated in place)")
    p.add_argument("--radgate-redaction", action="store_true",
                   help="keep PHI redaction on in RadGate (off by default: it has its own benchmark)")
    p.add_argument("--radgate-bin", type=Path, default=REPO / ".venv" / "bin" / "radgate",
                   help="the radgate CLI to benchmark")
    p.add_argument("--results-dir", type=Path, default=REPO / "bench" / "results",
                   help="where the JSON result file goes")
    p.add_argument("--no-json", action="store_true", help="do not write a JSON result file")
    p.add_argument("--keep-logs", type=Path, default=None, metavar="DIR",
                   help="write server logs, configs and the bench database here (kept)")
    args = p.parse_args(argv)
    args.targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    args.concurrency = [int(c) for c in args.concurrency.split(",")]
    args.modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = set(args.targets) - set(TARGETS)
    if unknown or not set(args.modes) <= {"plain", "stream"}:
        p.error(f"unknown target or mode: {sorted(unknown) or args.modes}")
    if min(args.concurrency) < 1 or args.requests < 1 or args.warmup < 0:
        p.error("concurrency and requests must be >= 1, warmup >= 0")
    return args


def smoke_test(server: Server, args: argparse.Namespace) -> None:
    """One plain and one streamed request must succeed before load is worth sending."""
    for stream in (False, True):
        result = asyncio.run(run_level(server.name, server.chat_url, server.api_key, stream,
                                       1, 1, 0, 30.0, args.request_timeout))
        if result.errors:
            raise TargetUnavailable(f"{server.name} smoke test failed: {result.first_error}")


def measure(server: Server, args: argparse.Namespace) -> list[LevelResult]:
    smoke_test(server, args)
    results = []
    for mode in args.modes:
        for concurrency in args.concurrency:
            r = asyncio.run(run_level(server.name, server.chat_url, server.api_key,
                                      mode == "stream", concurrency, args.requests,
                                      args.warmup, args.max_seconds, args.request_timeout))
            console.print(f"  {server.name:8} {mode:6} c={concurrency:<3} {r.rps:8.0f} req/s  "
                          f"p50 {_ms(percentile(r.latency_ms, 'p50'))} ms  "
                          f"errors {r.errors}" + (f"  ({r.first_error})" if r.errors else ""))
            results.append(r)
    return results


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


def _added(value: float | None, base: float | None) -> str:
    if value is None or base is None:
        return "-"
    return ("+" if value >= base else "") + _ms(value - base)


def render(results: list[LevelResult], caption: str) -> Table:
    base = {(r.mode, r.concurrency): r for r in results if r.target == "stub"}
    table = Table(title="Proxy overhead over the stub upstream (ms; + = added by the proxy)",
                  caption=caption, show_lines=False)
    for col in ("mode", "conc", "target", "req/s", "p50", "p99", "+p50", "+p99",
                "TTFT p50", "+TTFT p50", "+TTFT p99", "errors"):
        table.add_column(col, justify="left" if col in ("mode", "target") else "right")
    order = {t: i for i, t in enumerate(TARGETS)}
    rows = sorted(results, key=lambda r: (r.mode, r.concurrency, order[r.target]))
    for i, r in enumerate(rows):
        if i and (r.mode, r.concurrency) != (rows[i - 1].mode, rows[i - 1].concurrency):
            table.add_section()
        b = base.get((r.mode, r.concurrency))
        lat = {q: percentile(r.latency_ms, q) for q in ("p50", "p99")}
        ttft = {q: percentile(r.ttft_ms, q) for q in ("p50", "p99")}
        blat = {q: percentile(b.latency_ms, q) if b else None for q in ("p50", "p99")}
        bttft = {q: percentile(b.ttft_ms, q) if b else None for q in ("p50", "p99")}
        own = r.target == "stub"
        table.add_row(
            r.mode, str(r.concurrency), r.target, f"{r.rps:,.0f}", _ms(lat["p50"]),
            _ms(lat["p99"]),
            "" if own else _added(lat["p50"], blat["p50"]),
            "" if own else _added(lat["p99"], blat["p99"]),
            _ms(ttft["p50"]),
            "" if own else _added(ttft["p50"], bttft["p50"]),
            "" if own else _added(ttft["p99"], bttft["p99"]),
            str(r.errors) if r.errors else "",
        )
    return table


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds the ExitStack, so started servers are stopped


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)
    results: list[LevelResult] = []
    notes: dict[str, str] = {}
    stacks = {"stub": server_stack(sys.executable)}
    install_s = 0.0
    with ExitStack() as stack:
        if args.keep_logs:
            args.keep_logs.mkdir(parents=True, exist_ok=True)
            workdir = args.keep_logs.resolve()
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="proxy-bench-")))
        console.print(f"Starting stub ({args.stub_workers} worker, {args.chunks} chunks)...")
        stub = start_stub(workdir, args.chunks, args.stub_workers)
        stack.callback(stub.stop)
        stub_base = stub.base_url + "/v1"
        for name in args.targets:
            try:
                if name == "stub":
                    server = stub
                elif name == "litellm":
                    install_s = ensure_litellm_venv(args.litellm_venv, console.print)
                    if install_s:
                        console.print(f"LiteLLM Proxy installed in {install_s:.0f} s")
                    stacks["litellm"] = server_stack(args.litellm_venv / "bin" / "python")
                    console.print("Starting LiteLLM Proxy (1 worker, no database)...")
                    server = start_litellm(workdir, args.litellm_venv, stub_base)
                else:
                    stacks["radgate"] = server_stack(args.radgate_bin.parent / "python")
                    console.print("Starting RadGate...")
                    server = start_radgate(workdir, args.radgate_bin, stub_base,
                                           database_url=args.radgate_database_url,
                                           redaction=args.radgate_redaction)
                try:
                    results += measure(server, args)
                finally:
                    if server is not stub:
                        server.stop()
            except TargetUnavailable as exc:
                notes[name] = str(exc)
                console.print(f"[yellow]Skipping {name}:[/yellow] {exc}")
    caption = (f"{args.requests} measured requests per level after {args.warmup} warm-up; "
               f"{os.cpu_count()} CPUs shared by load generator, stub and proxy; "
               f"{args.chunks} chunks per stream; server stacks: "
               + ", ".join(f"{k}={v}" for k, v in stacks.items()))
    console.print(render(results, caption))
    for name, note in notes.items():
        console.print(f"[yellow]{name} skipped:[/yellow] {note.splitlines()[0]}")
    if not args.no_json and results:
        args.results_dir.mkdir(parents=True, exist_ok=True)
        path = args.results_dir / f"proxy_bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
        path.write_text(json.dumps({
            "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform()},
            "server_stacks": stacks, "litellm_install_s": round(install_s, 1),
            "skipped": notes, "levels": [r.summary() for r in results],
        }, indent=2))
        console.print(f"Results written to {path}")
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
