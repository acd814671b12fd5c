"""`radgate models ...`: the committee's inventory, lifecycle decisions, criteria and training log."""

from __future__ import annotations

import json

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from audit import AuditUnavailable, SqlAuditWriter
from governance._lifecycle import FREE_TEXT, LifecycleState, RegulatoryStatus
from governance._service import Actor, GovernanceError, GovernanceService
from governance.schemas import Criteria, ModelCreate, ModelDetail, ModelUpdate, TrainingCreate, TransitionRequest

app = typer.Typer(help="Model inventory and lifecycle (ACR-SIIM IV.B): register model versions, record the "
                       "committee's decisions, inclusion/exclusion criteria and user training.",
                  no_args_is_help=True)
out = Console()
err = Console(stderr=True)


def load_settings():  # noqa: ANN201 - imported late: radgate.cli imports this module
    from radgate.cli._common import load_settings as settings

    return settings()

# Descriptive inventory fields, shared by `register` and `update`.
IFU = typer.Option(None, help="Instructions for use: document path or link.")
DEPLOYED_ON = typer.Option(None, help="Deployment date, YYYY-MM-DD.")
CHAMPION = typer.Option(None, help="Clinical champion.")
SUPPORT = typer.Option(None, help="Vendor/developer support contact.")
IRB = typer.Option(None, help="IRB reference.")
LEGAL_REVIEW = typer.Option(None, help="Legal/privacy review reference.")
BY = typer.Option(..., "--by", help="Your name: the committee member making this entry (kept in the audit trail).")
VERSION = typer.Option(None, "--version", help="Model version (model_info.version); needed when the alias has "
                                                 "several registered versions.")


def _service() -> GovernanceService:
    from prompts import load_registry
    from radgate.db import create_db_engine

    settings = load_settings()
    engine = create_db_engine(settings)
    refs = {t.ref for t in load_registry(settings.prompts_dir)}
    return GovernanceService(engine, SqlAuditWriter(engine), prompt_refs=refs.__contains__)


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]refused:[/red] {message}")
    return typer.Exit(code)


def _call(work):  # noqa: ANN001, ANN202
    try:
        return work()
    except GovernanceError as exc:
        raise _fail(exc.message) from None
    except AuditUnavailable as exc:
        raise _fail(f"audit store unavailable ({exc}); nothing changed") from None
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}" for e in exc.errors())
        raise _fail(problems, 2) from None


def _resolve(svc: GovernanceService, alias: str, version: str | None) -> ModelDetail:
    if version is not None:
        return _call(lambda: svc.find(alias, version))
    entries = [m for m in svc.list(alias=alias) if m.state is not LifecycleState.retired]
    if len(entries) != 1:
        found = ", ".join(m.version for m in entries) or "none"
        raise _fail(f"{alias!r} has {len(entries)} registered (not retired) versions ({found}); name one with --version")
    return svc.get(entries[0].id)


def _configured(alias: str) -> tuple[str, str]:
    """(version, backend) of the alias's single deployment in the routing config."""
    from governance._gate import deployment_versions
    from proxy.routing import ModelConfigError, load_model_config

    try:
        config = load_model_config(load_settings().models_config)
    except ModelConfigError as exc:
        raise _fail(str(exc), 2) from None
    entries = [e for e in config["model_list"] if e["model_name"] == alias]
    versions = [v for a, v in deployment_versions(config).get(alias, ()) if a == alias]
    if len(entries) != 1:
        raise _fail(f"{alias!r} has {len(entries)} deployments in the routing config; give --version and --backend")
    return versions[0], entries[0]["litellm_params"]["model"]


@app.command()
def register(
    alias: str = typer.Option(..., help="Public model name (config/models.yaml model_name)."),
    purpose: str = typer.Option(..., help="Intended purpose, e.g. 'draft CT chest impressions for review'."),
    regulatory_status: RegulatoryStatus = typer.Option(..., help="Regulatory status."),
    by: str = BY,
    version: str | None = typer.Option(None, help="Model version (default: the routing config's model_info.version)."),
    backend: str | None = typer.Option(None, help="Backend (default: the routing config's litellm model)."),
    ifu: str | None = IFU,
    deployed_on: str | None = DEPLOYED_ON,
    champion: str | None = CHAMPION,
    support: str | None = SUPPORT,
    irb: str | None = IRB,
    legal_review: str | None = LEGAL_REVIEW,
) -> None:
    """Register a model version; it starts as 'proposed' (nobody can call it until the committee moves it)."""
    if version is None or backend is None:
        cfg_version, cfg_backend = _configured(alias)
        version, backend = version or cfg_version, backend or cfg_backend
    svc = _service()
    data = _call(lambda: ModelCreate(alias=alias, version=version, backend=backend, intended_purpose=purpose,
                                     regulatory_status=regulatory_status, ifu=ifu, deployed_on=deployed_on,
                                     clinical_champion=champion, support_contact=support, irb_ref=irb,
                                     legal_review_ref=legal_review))
    model = _call(lambda: svc.register(data, Actor(by)))
    err.print(f"registered {model.alias} version {model.version} as [bold]{model.state}[/bold] (id {model.id})")


@app.command()
def update(
    alias: str = typer.Argument(..., help="Model alias."),
    by: str = BY,
    version: str | None = VERSION,
    purpose: str | None = typer.Option(None, help="Intended purpose."),
    regulatory_status: RegulatoryStatus | None = typer.Option(None, help="Regulatory status."),
    ifu: str | None = IFU,
    deployed_on: str | None = DEPLOYED_ON,
    champion: str | None = CHAMPION,
    support: str | None = SUPPORT,
    irb: str | None = IRB,
    legal_review: str | None = LEGAL_REVIEW,
) -> None:
    """Change descriptive fields of an entry (audited with before and after). State changes: `transition`."""
    svc = _service()
    model = _resolve(svc, alias, version)
    given = {"intended_purpose": purpose, "regulatory_status": regulatory_status, "ifu": ifu,
             "deployed_on": deployed_on, "clinical_champion": champion, "support_contact": support,
             "irb_ref": irb, "legal_review_ref": legal_review}
    data = _call(lambda: ModelUpdate(**{k: v for k, v in given.items() if v is not None}))
    _call(lambda: svc.update(model.id, data, Actor(by)))
    err.print(f"updated {model.alias} version {model.version}")


@app.command()
def criteria(
    alias: str = typer.Argument(..., help="Model alias."),
    by: str = BY,
    version: str | None = VERSION,
    modality: list[str] = typer.Option([], help="Included modality (repeatable; none given: any)."),
    body_part: list[str] = typer.Option([], help="Included body part (repeatable; none given: any)."),
    exclude_modality: list[str] = typer.Option([], help="Excluded modality (repeatable)."),
    exclude_body_part: list[str] = typer.Option([], help="Excluded body part (repeatable)."),
    min_age: int | None = typer.Option(None, help="Minimum patient age in years."),
    max_age: int | None = typer.Option(None, help="Maximum patient age in years (90 = 90 or older)."),
    sex: list[str] = typer.Option([], help="Included sex (repeatable; none given: any)."),
    clear: bool = typer.Option(False, help="Remove all criteria."),
) -> None:
    """Set the inclusion/exclusion criteria the proxy checks against each request's radgate.study."""
    svc = _service()
    model = _resolve(svc, alias, version)
    rules = None if clear else _call(lambda: Criteria(
        modalities=modality or None, body_parts=body_part or None, exclude_modalities=exclude_modality,
        exclude_body_parts=exclude_body_part, min_age=min_age, max_age=max_age, sexes=sex or None))
    _call(lambda: svc.update(model.id, ModelUpdate(criteria=rules), Actor(by)))
    err.print(f"criteria of {model.alias} version {model.version}: "
              f"{json.dumps(rules.model_dump(exclude_defaults=True)) if rules else 'none'}")


@app.command()
def transition(
    alias: str = typer.Argument(..., help="Model alias."),
    to: LifecycleState = typer.Option(..., "--to", help="New state."),
    rationale: str = typer.Option(..., help="The committee's reason (kept in the decision log)."),
    by: str = BY,
    version: str | None = VERSION,
    prompt: list[str] = typer.Option([], "--prompt", help=f"Prompt ref the approval covers (id@version, or "
                                                          f"{FREE_TEXT!r}; repeatable; approvals only)."),
) -> None:
    """Move a model version through proposed -> sandbox -> approved -> suspended -> retired.

    Approval needs a passing eval run of this exact version for each prompt ref, against thresholds
    registered before the run. Running proxies see the change within RADGATE_GOVERNANCE_CACHE_TTL_S."""
    svc = _service()
    model = _resolve(svc, alias, version)
    request = _call(lambda: TransitionRequest(to_state=to, rationale=rationale, prompt_refs=prompt))
    moved = _call(lambda: svc.transition(model.id, request, Actor(by)))
    last = moved.transitions[-1]
    err.print(f"{moved.alias} version {moved.version}: {last.from_state} -> [bold]{last.to_state}[/bold]"
              + (f" for {', '.join(f'{r} (run {i})' for r, i in last.eval_runs.items())}" if last.eval_runs else ""))


@app.command()
def train(
    alias: str = typer.Argument(..., help="Model alias."),
    user: str = typer.Option(..., help="The trained user, as the reporting system names them (on_behalf_of)."),
    on: str = typer.Option(..., "--on", help="Training date, YYYY-MM-DD."),
    by: str = BY,
    version: str | None = VERSION,
    trainer: str | None = typer.Option(None, help="Who gave the training."),
    note: str | None = typer.Option(None, help="What was covered (IFU, limitations, ...)."),
) -> None:
    """Record that a user was trained on a model version (IFU, limitations; ACR-SIIM IV.F)."""
    svc = _service()
    model = _resolve(svc, alias, version)
    data = _call(lambda: TrainingCreate(trainee=user, trained_on=on, trainer=trainer, note=note))
    _call(lambda: svc.record_training(model.id, data, Actor(by)))
    err.print(f"recorded training of {user} on {model.alias} version {model.version}")


@app.command("list")
def list_models(alias: str | None = typer.Option(None, help="Only this alias."),
                state: LifecycleState | None = typer.Option(None, help="Only this state.")) -> None:
    """List the inventory: alias, version, state, approved prompt refs, regulatory status."""
    table = Table("alias", "version", "state", "approved prompts", "regulatory", "deployed", "champion")
    for m in _service().list(alias=alias, state=state):
        table.add_row(m.alias, m.version, m.state.value, ", ".join(m.approved_prompts) or "-",
                      m.regulatory_status.value, str(m.deployed_on or "-"), m.clinical_champion or "-")
    out.print(table)


@app.command()
def show(alias: str = typer.Argument(..., help="Model alias."), version: str | None = VERSION,
         as_json: bool = typer.Option(False, "--json", help="Print the entry as JSON.")) -> None:
    """Show one entry with its decision log, linked eval runs and training log."""
    model = _resolve(_service(), alias, version)
    if as_json:
        print(model.model_dump_json(indent=2))
        return
    out.print(f"[bold]{model.alias}[/bold] version {model.version}  state [bold]{model.state}[/bold]  "
              f"({model.regulatory_status}, backend {model.backend})")
    for label, value in (("intended purpose", model.intended_purpose), ("IFU", model.ifu),
                         ("deployed", model.deployed_on), ("clinical champion", model.clinical_champion),
                         ("support", model.support_contact), ("IRB", model.irb_ref),
                         ("legal/privacy review", model.legal_review_ref),
                         ("criteria", json.dumps(model.criteria.model_dump(exclude_defaults=True))
                          if model.criteria else None),
                         ("approved prompts", ", ".join(f"{r} (run {i})" for r, i in model.eval_runs.items()))):
        out.print(f"  {label}: {value or '-'}")
    log = Table("when", "from", "to", "by", "prompts / runs", "rationale", title="decision log")
    for t in model.transitions:
        log.add_row(f"{t.at:%Y-%m-%d %H:%M}", t.from_state.value, t.to_state.value, t.actor_name,
                    ", ".join(f"{r} ({i})" for r, i in t.eval_runs.items()) or "-", t.rationale)
    out.print(log)
    trained = Table("user", "trained on", "trainer", "note", title="training log")
    for r in model.training:
        trained.add_row(r.trainee, str(r.trained_on), r.trainer or "-", r.note or "-")
    out.print(trained)


def sandbox_for_demo(alias: str) -> None:
    """`radgate up`: the embedded model enters the inventory in 'sandbox', so the demo's acceptance-testing
    key can call it (and production keys cannot). An entry already past proposed is left as the committee set it."""
    version, backend = _configured(alias)
    svc, actor = _service(), Actor("radgate-up", role="admin")
    try:
        model = svc.find(alias, version)
    except GovernanceError:
        model = _call(lambda: svc.register(ModelCreate(
            alias=alias, version=version, backend=backend, regulatory_status=RegulatoryStatus.foundation_model,
            intended_purpose="Laptop demonstration of RadGate with the embedded CPU model; not for clinical use."),
            actor))
    if model.state is LifecycleState.proposed:
        _call(lambda: svc.transition(model.id, TransitionRequest(
            to_state=LifecycleState.sandbox, rationale="radgate up: laptop demo, acceptance testing only"), actor))
    elif model.state is not LifecycleState.sandbox:
        err.print(f"[yellow]{alias} version {version} is {model.state.value} in the inventory[/yellow]")
