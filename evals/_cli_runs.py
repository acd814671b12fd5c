"""`radgate eval plan|run|runs|scorecard`: acceptance plans, runs through the proxy, scorecards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from radgate.jsonl import write_atomic

plan_app = typer.Typer(help="Acceptance plans: thresholds registered before a model is tested.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def _refuse(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]refused:[/red] {escape(message)}")
    return typer.Exit(code)


def _settings():  # noqa: ANN202
    from pydantic import ValidationError

    from radgate.settings import Settings

    try:
        return Settings()
    except ValidationError as exc:
        for problem in exc.errors():
            err.print(f"[red]configuration error:[/red] {escape(problem['msg'])}")
        raise typer.Exit(2) from None


@contextmanager
def _database() -> Iterator[Engine]:
    from radgate.db import create_db_engine

    engine = create_db_engine(_settings())
    try:
        yield engine
    except SQLAlchemyError as exc:
        raise _refuse(f"database error ({type(exc).__name__}); is the schema current? run `radgate db upgrade`",
                      1) from None
    finally:
        engine.dispose()


@plan_app.command("create")
def plan_create(
    file: Path = typer.Option(..., "--file", help="Plan YAML: name, model, model_version, prompt (id@version), "
                                                  "gold (path [+ sha256]), samples, temperature, max_tokens, thresholds."),
    by: str = typer.Option(..., "--by", help="Who registers the plan (kept with it, for the committee's record)."),
) -> None:
    """Register an acceptance plan. It can never be changed: a change is a new plan. Prints the plan id."""
    from evals._plans import PlanError, create_plan, load_plan_file

    try:
        spec = load_plan_file(file)
        with _database() as engine:
            plan = create_plan(engine, spec, by)
    except PlanError as exc:
        raise _refuse(f"{file}: {exc}") from None
    err.print(f"registered plan {plan.id}: {escape(plan.model_alias)} {escape(plan.model_version)} x "
              f"{escape(plan.prompt_ref)}, {plan.gold_cases} gold cases, {len(plan.thresholds)} threshold(s)")
    print(plan.id)


@plan_app.command("show")
def plan_show(plan_id: str = typer.Argument(..., help="Plan id (plan-...).")) -> None:
    """Print a plan as JSON."""
    from evals._plans import get_plan

    with _database() as engine:
        plan = get_plan(engine, plan_id)
    if plan is None:
        raise _refuse(f"no plan {plan_id!r}", 1)
    print(json.dumps(plan.model_dump(mode="json"), indent=2))


@plan_app.command("list")
def plan_list() -> None:
    """List registered plans, newest first."""
    from evals._plans import list_plans

    with _database() as engine:
        plans = list_plans(engine)
    table = Table("plan", "name", "model", "version", "prompt", "cases", "K", "registered", "by")
    for p in plans:
        table.add_row(p.id, p.name, p.model_alias, p.model_version, p.prompt_ref, str(p.gold_cases), str(p.samples),
                      p.created_at.strftime("%Y-%m-%d %H:%M"), p.created_by)
    out.print(table)


def run(
    plan: str = typer.Option(..., "--plan", help="Plan id to run (see `radgate eval plan list`)."),
    base_url: str = typer.Option(..., "--base-url", help="RadGate proxy URL, e.g. http://127.0.0.1:8080."),
    api_key_file: Path = typer.Option(..., "--api-key-file", help="File holding a reporting-role key "
                                                                  "allowed to call the plan's model."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N gold cases (a trial: "
                                                                  "a partial run can never pass)."),
    output_dir: Path | None = typer.Option(None, "--output-dir", help="Also write RUN.json, RUN.cases.jsonl "
                                                                      "and RUN.html here."),
    concurrency: int = typer.Option(8, "--concurrency", min=1, max=64, help="Requests in flight at once."),
    timeout: float = typer.Option(120.0, "--timeout", min=1, help="Seconds per request."),
    gold: Path | None = typer.Option(None, "--gold", help="The plan's gold set at another path (its SHA-256 "
                                                          "must match the plan's)."),
    judge: str | None = typer.Option(None, "--judge", help="Proxy model alias of an LLM judge for the ragas "
                                                           "Faithfulness and FactualCorrectness metrics, called "
                                                           "through the same proxy with the same key (audited "
                                                           "like any call). Default: the plan's 'judge', if any; "
                                                           "a judge other than the plan's means the run cannot "
                                                           "pass."),
) -> None:
    """Draft every gold case through the proxy, score it, store the run and say PASS or FAIL.

    Every case with a reference also gets the non-LLM ragas metrics (string similarity, BLEU, ROUGE-L,
    chrF); with a judge, ragas Faithfulness and FactualCorrectness too.

    Exit status: 0 passed, 1 stored but failed, 2 refused (nothing stored).
    """
    from evals._drafting import RunRefused
    from evals._runner import RunOptions, run_plan

    try:
        key = api_key_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise _refuse(f"cannot read --api-key-file {api_key_file}: {exc.strerror}") from None
    if not key:
        raise _refuse(f"--api-key-file {api_key_file} is empty")
    if output_dir is not None and not output_dir.is_dir():
        raise _refuse(f"--output-dir {output_dir} is not a folder")
    options = RunOptions(base_url=base_url, api_key=key, limit=limit, concurrency=concurrency, timeout_s=timeout,
                         gold_path=gold, judge=judge)
    columns = (TextColumn("drafting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with _database() as engine:
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task("cases", total=None)
            try:
                summary, results = run_plan(engine, plan, options,
                                            progress=lambda n: progress.advance(task, n),
                                            on_total=lambda n: progress.update(task, total=n))
            except RunRefused as exc:
                progress.stop()
                raise _refuse(str(exc)) from None
        if output_dir is not None:
            _write_outputs(engine, summary, results, output_dir)
    _report(summary)
    print(summary.id)
    if not summary.passed:
        raise typer.Exit(1)


def run_approved(
    base_url: str = typer.Option(..., "--base-url", help="RadGate proxy URL."),
    api_key_file: Path = typer.Option(..., "--api-key-file", help="File holding a reporting-role key allowed to "
                                                                  "call every approved model."),
    concurrency: int = typer.Option(8, "--concurrency", min=1, max=64, help="Requests in flight at once."),
    timeout: float = typer.Option(120.0, "--timeout", min=1, help="Seconds per request."),
) -> None:
    """The scheduled re-run (ACR-SIIM IV.G): for every approved model version and each prompt it is approved
    for, run the newest acceptance plan registered for exactly that version and prompt, and store the run.

    Exit status: 0 every approved pair was run and passed; 1 a run failed (drift) or a pair has no plan;
    2 refused (nothing to run, bad key file, database not ready).
    """
    from evals._drafting import RunRefused
    from evals._plans import list_plans
    from evals._runner import RunOptions, run_plan
    from governance import GovernanceService, LifecycleState

    try:
        key = api_key_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise _refuse(f"cannot read --api-key-file {api_key_file}: {exc.strerror}") from None
    options = RunOptions(base_url=base_url, api_key=key, concurrency=concurrency, timeout_s=timeout)
    problems = 0
    with _database() as engine:
        from audit import SqlAuditWriter

        approved = GovernanceService(engine, SqlAuditWriter(engine)).list(state=LifecycleState.approved)
        plans = list_plans(engine)  # newest first
        pairs = [(m.alias, m.version, ref) for m in approved for ref in m.approved_prompts]
        if not pairs:
            raise _refuse("no approved model versions in the inventory; nothing to run")
        for alias, version, ref in pairs:
            plan = next((p for p in plans if (p.model_alias, p.model_version, p.prompt_ref) == (alias, version, ref)),
                        None)
            if plan is None:
                err.print(f"[red]no plan[/red] for {escape(alias)} {escape(version)} x {escape(ref)}: "
                          "register one (radgate eval plan create)")
                problems += 1
                continue
            columns = (TextColumn(f"{escape(alias)} x {escape(ref)}"), BarColumn(), MofNCompleteColumn(),
                       TimeElapsedColumn())
            try:
                with Progress(*columns, console=err) as progress:
                    task = progress.add_task("cases", total=None)
                    summary, _ = run_plan(engine, plan.id, options, progress=lambda n: progress.advance(task, n),
                                          on_total=lambda n: progress.update(task, total=n))
            except RunRefused as exc:
                err.print(f"[red]not run[/red] {escape(alias)} {escape(version)} x {escape(ref)}: {escape(str(exc))}")
                problems += 1
                continue
            _report(summary)
            problems += not summary.passed
    if problems:
        raise typer.Exit(1)


def _write_outputs(engine: Engine, summary, results, folder: Path) -> None:  # noqa: ANN001
    from dataclasses import asdict

    from evals._scorecard import render_scorecard

    (folder / f"{summary.id}.json").write_text(json.dumps(asdict(summary), indent=2, default=str) + "\n")
    write_atomic(folder / f"{summary.id}.cases.jsonl", (r.model_dump(mode="json") for r in results))
    (folder / f"{summary.id}.html").write_text(render_scorecard(engine, summary), encoding="utf-8")
    err.print(f"wrote {summary.id}.json, .cases.jsonl and .html to {escape(str(folder))}")


def _report(summary) -> None:  # noqa: ANN001
    counts = summary.counts
    verdict = "[green]PASS[/green]" if summary.passed else "[red]FAIL[/red]"
    err.print(f"run {summary.id}: {verdict}  {escape(summary.model_alias)} "
              f"{escape(summary.model_version or 'no version reported')} x {escape(summary.prompt_ref)}; "
              f"{counts['scored']} scored, {counts['failed']} failed, {counts['excluded']} excluded")
    for t in summary.thresholds:
        mark = "ok  " if t["passed"] else "FAIL"
        shown = "-" if t["observed"] is None else f"{t['observed']:.3f}"
        err.print(f"  {mark} {t['metric']} {t['op']} {t['value']:g}: {shown}")
    ragas = [(n, summary.metrics.get(n, {}).get("value")) for n in summary.ragas.get("metrics", [])]
    if ragas:
        err.print("  ragas: " + ", ".join(f"{n.removeprefix('ragas_')} {'-' if v is None else f'{v:.3f}'}"
                                          for n, v in ragas))
    judge = summary.ragas.get("judge")
    if judge:
        err.print(f"  judge {escape(judge['model'])}: {judge['evaluations']} evaluations, "
                  f"{judge['failed_parses']} failed parse(s), {judge['failed_calls']} failed call(s)")
    for blocker in summary.blockers:
        err.print(f"  [red]cannot pass:[/red] {escape(blocker)}")


def runs(
    plan: str | None = typer.Option(None, "--plan", help="Only runs of this plan."),
    model: str | None = typer.Option(None, "--model", help="Only runs of this model alias."),
    limit: int = typer.Option(50, "--limit", min=1, max=1000, help="At most this many (newest first)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object a line instead of a table."),
) -> None:
    """List stored eval runs, newest first."""
    from evals._store import list_runs

    with _database() as engine:
        found = list_runs(engine, plan_id=plan, model_alias=model, limit=limit)
    if as_json:
        for r in found:
            print(json.dumps({"id": r.id, "plan_id": r.plan_id, "model_alias": r.model_alias,
                              "model_version": r.model_version, "prompt_ref": r.prompt_ref,
                              "started_at": r.started_at.isoformat(), "cases": r.cases, "passed": r.passed,
                              "mean_score": r.metrics.get("mean_score", {}).get("value"), "blockers": r.blockers}))
        return
    table = Table("run", "plan", "model", "version", "prompt", "started", "cases", "mean score", "verdict")
    for r in found:
        score = r.metrics.get("mean_score", {}).get("value")
        table.add_row(r.id, r.plan_id, r.model_alias, r.model_version or "-", r.prompt_ref,
                      r.started_at.strftime("%Y-%m-%d %H:%M"), str(r.cases),
                      "-" if score is None else f"{score:.3f}", "PASS" if r.passed else "FAIL")
    out.print(table)


def scorecard(
    run_id: str = typer.Argument(..., help="Run id (run-...), see `radgate eval runs`."),
    output: Path = typer.Option(..., "--output", help="HTML file to write (self-contained, plots inline); a "
                                                      "name ending in .json gets the run's data as JSON instead."),
) -> None:
    """Write the HTML (or JSON) scorecard of a stored run.

    Shows the verdict, thresholds vs results, error rates with CIs, consistency, ragas metrics (and the
    judge: model, prompt version, failed parses), subgroups, the trend against earlier runs of the same
    model version and prompt, and the worst cases.
    """
    from evals._scorecard import render_scorecard
    from evals._store import get_run

    if not output.parent.is_dir():
        raise _refuse(f"folder {output.parent} does not exist")
    with _database() as engine:
        summary = get_run(engine, run_id)
        if summary is None:
            raise _refuse(f"no run {run_id!r}", 1)
        if output.suffix.lower() == ".json":
            from dataclasses import asdict

            html = json.dumps(asdict(summary), indent=2, default=str) + "\n"
        else:
            html = render_scorecard(engine, summary)
    output.write_text(html, encoding="utf-8")
    err.print(f"scorecard for {run_id} ({'PASS' if summary.passed else 'FAIL'}) -> {escape(str(output))}")
