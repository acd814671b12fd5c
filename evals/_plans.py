"""Acceptance plans (ACR-SIIM IV.E): thresholds fixed before a model is tested, stored append-only.

A plan names the model alias and exact version, the prompt template ``id@version``, the gold set (path
and SHA-256), the sampling for consistency (K samples at a temperature) and thresholds on named
metrics, and optionally the judge model alias for the ragas judge metrics (`_ragas`). Plans are never edited:
a change is a new plan with a new id.
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml
from sqlalchemy import Engine
from sqlmodel import Session, select

from evals._gold import GoldFormatError, load_gold
from evals._ragas import JUDGE_METRICS, RAGAS_METRICS
from evals._score import ErrorCategory
from evals.models import EvalPlan

# Every metric a threshold may name, with what it measures. All lie in [0, 1].
METRICS: dict[str, str] = {
    "mean_score": "mean hallucination score of the temperature-0 drafts (1 = no error)",
    "error_free_rate": "share of cases whose temperature-0 draft has no error",
    "any_error_rate": "share of cases whose temperature-0 draft has at least one error (or failed)",
    **{f"{c.value}_rate": f"share of cases with at least one {c.value} error" for c in ErrorCategory},
    "request_failure_rate": "share of cases whose draft request failed",
    "sample_mean_score": "mean score of the K sampled drafts",
    "self_consistency": "finding-level agreement between a case's drafts (temperature 0 and K samples)",
    "paraphrase_robustness": "finding-level agreement between drafts of the original and paraphrased input",
    "paraphrase_mean_score": "mean score of the drafts made from the paraphrased input",
    **RAGAS_METRICS,  # means over the cases with a reference (judge metrics: over the cases the judge scored)
}
_NEEDS_SAMPLES = {"sample_mean_score", "self_consistency"}
_OPS = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt}
_THRESHOLD = re.compile(r"^\s*(>=|<=|>|<)\s*([0-9]*\.?[0-9]+)\s*$")
_FIELDS = {"name", "model", "model_version", "prompt", "gold", "samples", "temperature", "max_tokens", "thresholds",
           "judge"}


class PlanError(ValueError):
    """A plan that cannot be registered or found; the message says why."""


@dataclass(frozen=True)
class PlanSpec:
    """A validated plan, before it is stored."""

    name: str
    model_alias: str
    model_version: str
    prompt_ref: str
    gold_path: str
    gold_sha256: str
    gold_cases: int
    samples: int
    temperature: float
    max_tokens: int
    thresholds: tuple[dict, ...]
    judge_model: str | None = None  # proxy alias of the LLM judge for the ragas judge metrics

    def digest(self) -> str:
        fields = {**asdict(self), "thresholds": list(self.thresholds)}
        if self.judge_model is None:  # plans without a judge keep the digest they had before judges existed
            del fields["judge_model"]
        canonical = json.dumps(fields, sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _text(data: dict, key: str, limit: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise PlanError(f"'{key}' must be a non-empty text of at most {limit} characters")
    return value.strip()


def _number(data: dict, key: str, default, kind: type, low: float, high: float):  # noqa: ANN001, ANN202
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or (kind is int and not isinstance(value, int)):
        raise PlanError(f"'{key}' must be {'an integer' if kind is int else 'a number'}")
    if not low <= value <= high:
        raise PlanError(f"'{key}' must be between {low:g} and {high:g}")
    return kind(value)


def parse_thresholds(raw: object, samples: int, judge: str | None = None) -> tuple[dict, ...]:
    """``{metric: ">= 0.8", ...}`` -> normalised thresholds; unknown metrics and bad bounds refused."""
    if not isinstance(raw, dict) or not raw:
        raise PlanError("'thresholds' must map at least one metric to a bound such as \">= 0.8\"")
    out = []
    for metric, bound in raw.items():
        if metric not in METRICS:
            raise PlanError(f"unknown metric {metric!r} in thresholds; known: {', '.join(sorted(METRICS))}")
        match = _THRESHOLD.match(str(bound)) if isinstance(bound, str) else None
        if match is None:
            raise PlanError(f"threshold for {metric!r} must read like \">= 0.8\" or \"<= 0.05\" (quoted), "
                            f"not {bound!r}")
        value = float(match.group(2))
        if not 0.0 <= value <= 1.0:
            raise PlanError(f"threshold for {metric!r} must lie between 0 and 1")
        if metric in _NEEDS_SAMPLES and samples < 1:
            raise PlanError(f"a threshold on {metric!r} needs 'samples' of at least 1")
        if metric in JUDGE_METRICS and not judge:
            raise PlanError(f"a threshold on {metric!r} needs a 'judge' (the proxy alias of the judge model)")
        out.append({"metric": metric, "op": match.group(1), "value": value})
    return tuple(sorted(out, key=lambda t: t["metric"]))


def parse_plan(data: object, base_dir: Path | None = None) -> PlanSpec:
    """Validate a plan (as read from YAML); the gold file is read and hashed now."""
    if not isinstance(data, dict):
        raise PlanError("a plan must be a mapping of fields")
    unknown = set(data) - _FIELDS
    if unknown:
        raise PlanError(f"unknown plan field(s): {', '.join(sorted(map(str, unknown)))}")
    prompt_ref = _text(data, "prompt", 128)
    if not re.fullmatch(r"[A-Za-z0-9._-]+@\d+", prompt_ref):
        raise PlanError("'prompt' must name an exact template version, like findings-to-impression@1")
    from prompts import PromptError, load_registry

    try:
        load_registry().get(prompt_ref)
    except PromptError as exc:
        raise PlanError(str(exc)) from None
    gold = data.get("gold")
    gold = {"path": gold} if isinstance(gold, str) else gold
    if not isinstance(gold, dict) or not isinstance(gold.get("path"), str) or set(gold) - {"path", "sha256"}:
        raise PlanError("'gold' must be a path, or {path, sha256}")
    path = Path(gold["path"]).expanduser()
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    if not path.is_file():
        raise PlanError(f"gold set not found: {path}")
    digest = file_sha256(path)
    if gold.get("sha256") is not None and str(gold["sha256"]).lower() != digest:
        raise PlanError(f"gold set {path} has SHA-256 {digest}, not the {gold['sha256']} the plan names")
    try:
        cases = len(load_gold(path))
    except GoldFormatError as exc:
        raise PlanError(f"gold set is not valid: {exc}") from None
    if not cases:
        raise PlanError(f"gold set {path} holds no cases")
    samples = _number(data, "samples", 3, int, 0, 20)
    judge = _text(data, "judge", 128) if data.get("judge") is not None else None
    return PlanSpec(
        name=_text(data, "name", 200), model_alias=_text(data, "model", 128),
        model_version=_text(data, "model_version", 256), prompt_ref=prompt_ref,
        gold_path=str(path.resolve()), gold_sha256=digest, gold_cases=cases, samples=samples,
        temperature=_number(data, "temperature", 0.7, float, 0.0, 2.0),
        max_tokens=_number(data, "max_tokens", 256, int, 1, 4096),
        thresholds=parse_thresholds(data.get("thresholds"), samples, judge), judge_model=judge)


def load_plan_file(path: Path) -> PlanSpec:
    """Read a plan YAML file; relative gold paths are taken from the current folder."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlanError(f"cannot read {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise PlanError(f"{path} is not valid YAML: {exc}") from None
    return parse_plan(data)


def create_plan(engine: Engine, spec: PlanSpec, created_by: str, *, now: datetime | None = None) -> EvalPlan:
    """Register a plan; it can never change afterwards (the table refuses UPDATE and DELETE)."""
    if not isinstance(created_by, str) or not created_by.strip() or len(created_by) > 128:
        raise PlanError("the plan needs the name of who registers it (at most 128 characters)")
    plan = EvalPlan(id=f"plan-{uuid.uuid4().hex[:12]}", name=spec.name, model_alias=spec.model_alias,
                    model_version=spec.model_version, prompt_ref=spec.prompt_ref, gold_path=spec.gold_path,
                    gold_sha256=spec.gold_sha256, gold_cases=spec.gold_cases, samples=spec.samples,
                    temperature=spec.temperature, max_tokens=spec.max_tokens, thresholds=list(spec.thresholds),
                    spec_sha256=spec.digest(), created_at=now or datetime.now(UTC), created_by=created_by.strip(),
                    judge_model=spec.judge_model)
    with Session(engine, expire_on_commit=False) as session:
        session.add(plan)
        session.commit()
    return plan


def aware(value: datetime) -> datetime:
    """SQLite hands back naive timestamps; everything here is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def get_plan(engine: Engine, plan_id: str) -> EvalPlan | None:
    with Session(engine, expire_on_commit=False) as session:
        plan = session.get(EvalPlan, plan_id)
    if plan is not None:
        plan.created_at = aware(plan.created_at)
    return plan


def list_plans(engine: Engine) -> list[EvalPlan]:
    with Session(engine) as session:
        return list(session.exec(select(EvalPlan).order_by(EvalPlan.created_at.desc())))


def check_thresholds(thresholds: list[dict], observed: dict[str, float | None]) -> list[dict]:
    """Each threshold with the observed value and whether it was met (a missing value is not met)."""
    results = []
    for t in thresholds:
        value = observed.get(t["metric"])
        met = value is not None and _OPS[t["op"]](value, t["value"])
        results.append({**t, "observed": value, "passed": bool(met)})
    return results
