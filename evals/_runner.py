"""`radgate eval run`: draft every gold case through the proxy, score, aggregate, store, decide pass/fail.

Per case: one draft at temperature 0 (the scored one), K samples at the plan's temperature (seeds 1..K),
and one temperature-0 draft from a paraphrased findings text. Requests run concurrently (bounded).
The temperature-0 draft also gets the ragas metrics (`_ragas`): the non-LLM ones when the case has a reference,
and, with a judge model, Faithfulness and FactualCorrectness judged by that model through the same proxy.
A run passes only when every threshold is met AND the plan was registered before the run started AND
the proxy reported exactly the plan's model version AND the whole gold set was run.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Engine

from evals._aggregate import SUBGROUP_KEYS, aggregate, observed
from evals._consistency import jaccard, self_consistency, signature
from evals._drafting import Draft, DraftClient, RunRefused
from evals._findings import Extraction, extract
from evals._gold import GoldCase, GoldFormatError, load_gold
from evals._paraphrase import paraphrase
from evals._plans import check_thresholds, file_sha256, get_plan
from evals._ragas import JUDGE_METRICS, NON_LLM_METRICS, Judge, JudgeRefused, non_llm_scores_async
from evals._score import ScoreResult, score_extractions, source_text
from evals._stats import mean
from evals._store import RunSummary, get_run, store_run
from evals.models import EvalCaseResult, EvalPlan, EvalRun

Progress = Callable[[int], None]  # called with the number of cases just finished


@dataclass(frozen=True)
class RunOptions:
    base_url: str
    api_key: str
    limit: int | None = None
    concurrency: int = 8
    timeout_s: float = 120.0
    gold_path: Path | None = None  # overrides the plan's path; the SHA-256 must still match
    judge: str | None = None  # proxy alias of the LLM judge for ragas; None: the plan's judge, if it names one


def _gold_for(plan: EvalPlan, options: RunOptions) -> list[GoldCase]:
    path = Path(options.gold_path or plan.gold_path)
    if not path.is_file():
        raise RunRefused(f"gold set not found: {path} (pass --gold to point at a copy)")
    digest = file_sha256(path)
    if digest != plan.gold_sha256:
        raise RunRefused(f"gold set {path} has SHA-256 {digest[:12]}..., the plan registered "
                         f"{plan.gold_sha256[:12]}...: the gold set changed; register a new plan")
    try:
        return load_gold(path)
    except GoldFormatError as exc:
        raise RunRefused(f"gold set is not valid: {exc}") from None


class _Grader:
    """score_candidate for many drafts of one case: the source and reference are extracted once."""

    def __init__(self, case: GoldCase) -> None:
        text, prior = source_text(case.source)
        self._src = extract(text) if text else None
        self._ref = extract(case.reference, default_section="impression") if case.reference else None
        self._prior = case.has_prior if case.has_prior is not None else prior

    def grade(self, draft: str) -> tuple[ScoreResult, Extraction]:
        cand = extract(draft, default_section="impression")
        return score_extractions(cand, self._src, self._ref, self._prior), cand


async def _ragas_values(case: GoldCase, draft: str | None, judge: Judge | None) -> dict[str, float | None]:
    """ragas metrics of one temperature-0 draft; a failed draft is scored as the empty text it is (0)."""
    values: dict[str, float | None] = {}
    if case.reference:
        values.update(await non_llm_scores_async(draft or "", case.reference))
    if judge is not None:
        values.update(await judge.score(draft or "", case.source.get("findings") or "", case.reference,
                                        case.source.get("comparison")))
    return values


def _ragas_metrics(results: list[EvalCaseResult], judged: bool) -> dict[str, dict]:
    """Run-level ragas means with bootstrap CIs over the attempted cases that have a value."""
    names = [*NON_LLM_METRICS, *(JUDGE_METRICS if judged else ())]
    per_case = [(c.detail or {}).get("ragas") or {} for c in results if c.status != "excluded"]
    return {name: mean([v[name] for v in per_case if v.get(name) is not None]) for name in names}


async def _run_case(client: DraftClient, plan: EvalPlan, case: GoldCase, position: int,
                    first: Draft | None = None, judge: Judge | None = None) -> tuple[EvalCaseResult, list[Draft]]:
    findings = case.source["findings"]
    greedy = first or await client.draft(case, findings, temperature=0.0, seed=0)
    subgroups = {k: case.metadata.get(k) for k in SUBGROUP_KEYS}
    result = EvalCaseResult(run_id="", case_id=case.id, position=position, status="ok", subgroups=subgroups)
    if greedy.excluded or greedy.failure:
        result.status = "excluded" if greedy.excluded else "failed"
        result.detail = {"reason": greedy.failure}
        if not greedy.excluded:
            result.detail["ragas"] = await _ragas_values(case, None, judge)
        return result, [greedy]
    calls = [client.draft(case, findings, temperature=plan.temperature, seed=i) for i in range(1, plan.samples + 1)]
    calls.append(client.draft(case, paraphrase(findings, case.id), temperature=0.0, seed=0))
    *samples, para, ragas = await asyncio.gather(*calls, _ragas_values(case, greedy.text, judge))
    grader = _Grader(case)
    scored, extraction = grader.grade(greedy.text)
    result.score = scored.score
    result.errors = [e.to_dict() for e in scored.errors]
    result.draft = greedy.text
    graded = [grader.grade(s.text) for s in samples if s.text]
    result.sample_scores = [g.score for g, _ in graded]
    base = signature(extraction)
    result.self_consistency = self_consistency([base, *(signature(x) for _, x in graded)]) if graded else None
    if para.text:
        para_scored, para_extraction = grader.grade(para.text)
        result.paraphrase_agreement = jaccard(base, signature(para_extraction))
        result.paraphrase_score = para_scored.score
    failures = [d.failure for d in [*samples, para] if d.failure]
    result.detail = {**({"secondary_failures": failures} if failures else {}), **({"ragas": ragas} if ragas else {})}
    result.detail = result.detail or None
    return result, [greedy, *samples, para]


async def _draft_all(client: DraftClient, plan: EvalPlan, cases: list[GoldCase],
                     progress: Progress | None, judge: Judge | None = None) -> tuple[list[EvalCaseResult], set[str]]:
    await client.preflight()
    if judge is not None:
        try:
            await judge.preflight()
        except JudgeRefused as exc:
            raise RunRefused(str(exc)) from None
    versions: set[str] = set()
    # The first call alone: it settles how prompts are rendered before anything runs concurrently.
    first = await client.draft(cases[0], cases[0].source["findings"], temperature=0.0, seed=0)

    async def one(position: int, case: GoldCase) -> EvalCaseResult:
        result, drafts = await _run_case(client, plan, case, position, first if position == 0 else None, judge)
        versions.update(d.model_version for d in drafts if d.model_version)
        if progress:
            progress(1)
        return result

    tasks = [asyncio.ensure_future(one(i, c)) for i, c in enumerate(cases)]
    try:
        return list(await asyncio.gather(*tasks)), versions
    finally:
        for task in tasks:
            task.cancel()


def _without_credentials(url: str) -> str:
    """A base URL as recorded with the run: never a user:password part."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))) \
        if parts.hostname and "@" in parts.netloc else url


def _blockers(plan: EvalPlan, started: datetime, versions: set[str], partial: bool, scored: int,
              judge: str | None = None) -> list[str]:
    blockers = []
    if plan.judge_model and judge != plan.judge_model:
        blockers.append(f"the plan registered judge {plan.judge_model!r}; this run was judged by {judge!r}")
    if plan.created_at >= started:
        blockers.append(f"plan registered at {plan.created_at.isoformat()}, not before the run started "
                        f"({started.isoformat()}): thresholds were not pre-registered")
    if versions != {plan.model_version}:
        blockers.append(f"the proxy reported model version(s) {', '.join(sorted(versions)) or 'none'}; "
                        f"the plan is for {plan.model_version}")
    if partial:
        blockers.append("partial run (--limit): the plan's whole gold set was not evaluated")
    if scored == 0:
        blockers.append("no case was scored")
    return blockers


def run_plan(engine: Engine, plan_id: str, options: RunOptions, *, progress: Progress | None = None,
             on_total: Callable[[int], None] | None = None) -> tuple[RunSummary, list[EvalCaseResult]]:
    """Run a registered plan through the proxy and store the run; RunRefused if it cannot run at all."""
    plan = get_plan(engine, plan_id)
    if plan is None:
        raise RunRefused(f"no acceptance plan {plan_id!r}: register one with `radgate eval plan create`")
    from prompts import PromptError, load_registry

    try:
        template = load_registry().get(plan.prompt_ref)
    except PromptError as exc:
        raise RunRefused(str(exc)) from None
    gold = _gold_for(plan, options)
    cases = gold[:options.limit] if options.limit else gold
    if on_total:
        on_total(len(cases))
    started = datetime.now(UTC)
    client_args = {"max_tokens": plan.max_tokens, "concurrency": options.concurrency, "timeout_s": options.timeout_s}

    judge_alias = options.judge or plan.judge_model
    judge = Judge(options.base_url, options.api_key, judge_alias, concurrency=options.concurrency,
                  timeout_s=options.timeout_s) if judge_alias else None

    async def go() -> tuple[list[EvalCaseResult], set[str], str | None]:
        client = DraftClient(options.base_url, options.api_key, plan.model_alias, template, **client_args)
        try:
            results, versions = await _draft_all(client, plan, cases, progress, judge)
            return results, versions, client.rendering
        finally:
            await client.close()
            if judge is not None:
                await judge.close()

    results, versions, rendering = asyncio.run(go())
    finished = datetime.now(UTC)
    summary = aggregate(results)
    summary["metrics"].update(_ragas_metrics(results, judged=judge is not None))
    summary["ragas"] = {"metrics": [*NON_LLM_METRICS, *(JUDGE_METRICS if judge else ())],
                        "judge": judge.record() if judge else None}
    blockers = _blockers(plan, started, versions, len(cases) < len(gold), summary["counts"]["scored"], judge_alias)
    thresholds = check_thresholds(plan.thresholds, observed(summary["metrics"]))
    passed = not blockers and all(t["passed"] for t in thresholds)
    run_id = f"run-{uuid.uuid4().hex[:12]}"
    for result in results:
        result.run_id = run_id
    run = EvalRun(id=run_id, plan_id=plan.id, model_alias=plan.model_alias,
                  model_version=", ".join(sorted(versions))[:256] or None,
                  prompt_ref=plan.prompt_ref, gold_sha256=plan.gold_sha256, started_at=started,
                  finished_at=finished, cases=len(results), passed=passed,
                  metrics={**summary, "thresholds": thresholds, "blockers": blockers},
                  conditions={"base_url": _without_credentials(options.base_url), "limit": options.limit,
                              "gold_cases": len(gold), "samples": plan.samples, "temperature": plan.temperature,
                              "max_tokens": plan.max_tokens, "concurrency": options.concurrency,
                              "prompt_rendering": rendering, "model_versions_reported": sorted(versions),
                              "judge_model": judge_alias})
    store_run(engine, run, results)
    return get_run(engine, run_id), results
