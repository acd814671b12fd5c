"""ragas metrics for eval runs: the non-LLM ones for every case with a reference, and an LLM judge
(Faithfulness, FactualCorrectness) reached only through the RadGate proxy.

Public face: `non_llm_scores(candidate, reference)`, `Judge`, `NON_LLM_METRICS`, `JUDGE_METRICS`,
`RAGAS_METRICS`. ragas is imported lazily (about 3 s, and it must never phone home): the opt-out
variables are set before the first import, here, whoever imports this module.

The judge is an `openai.AsyncOpenAI` pointed at the run's proxy with the run's key and the judge model's
ALIAS, so the proxy's routing, redaction, governance and audit apply to every judge call exactly as to a
draft; nothing here knows or could reach an upstream address.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

NON_LLM_METRICS: dict[str, str] = {
    "ragas_string_similarity": "ragas NonLLMStringSimilarity (1 - normalised Levenshtein distance) "
                               "of the temperature-0 draft to the reference",
    "ragas_bleu": "ragas BleuScore (sacrebleu, whole text as one segment) of the draft against the reference",
    "ragas_rouge_l": "ragas RougeScore (ROUGE-L F-measure, stemmed) of the draft against the reference",
    "ragas_chrf": "ragas CHRFScore (character n-gram F-score) of the draft against the reference",
}
JUDGE_METRICS: dict[str, str] = {
    "ragas_faithfulness": "ragas Faithfulness (LLM judge): share of the draft's statements the source "
                          "findings support",
    "ragas_factual_correctness": "ragas FactualCorrectness F1 (LLM judge): claims of the draft and the "
                                 "reference that the other supports",
}
RAGAS_METRICS: dict[str, str] = {**NON_LLM_METRICS, **JUDGE_METRICS}

# What the judge is told the draft answers (ragas Faithfulness needs a question).
JUDGE_QUESTION = "Write the impression of this radiology report from its findings."
PARSE_RETRIES = 1  # one more try with the validation error shown to the judge, then it counts as a failed parse
_SENTENCE_BREAK = re.compile(r"\.\s+")


def _tiktoken_cache() -> str | None:
    """litellm ships the tiktoken encodings; ragas would otherwise download o200k_base on first use."""
    spec = importlib.util.find_spec("litellm")
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "litellm_core_utils" / "tokenizers"
    return str(folder) if folder.is_dir() else None


_loaded: SimpleNamespace | None = None


def _ragas() -> SimpleNamespace:
    """Import ragas once, offline: telemetry off (forced, not defaulted) and tiktoken from local files."""
    global _loaded
    if _loaded is None:
        os.environ["RAGAS_DO_NOT_TRACK"] = "true"
        cache = _tiktoken_cache()
        if cache:
            os.environ.setdefault("TIKTOKEN_CACHE_DIR", cache)
        import ragas
        from ragas import _analytics
        from ragas.llms import llm_factory
        from ragas.metrics.collections import (
            BleuScore,
            CHRFScore,
            FactualCorrectness,
            Faithfulness,
            NonLLMStringSimilarity,
            RougeScore,
        )

        # instructor logs a failed parse with the judge's answer in it: report counts, never that text
        logging.getLogger("instructor").setLevel(logging.CRITICAL)
        _analytics.do_not_track.cache_clear()  # cached: an earlier import must not keep an older answer
        if not _analytics.do_not_track():
            raise RuntimeError("ragas telemetry could not be turned off")
        _loaded = SimpleNamespace(
            version=ragas.__version__, llm_factory=llm_factory, Faithfulness=Faithfulness,
            FactualCorrectness=FactualCorrectness,
            non_llm={"ragas_string_similarity": NonLLMStringSimilarity(), "ragas_bleu": BleuScore(),
                     "ragas_rouge_l": RougeScore(rouge_type="rougeL", mode="fmeasure"),
                     "ragas_chrf": CHRFScore()})
    return _loaded


def ragas_version() -> str:
    return _ragas().version


def _one_segment(text: str) -> str:
    # ragas 0.4.3's BleuScore splits both texts at ". " and passes the pieces to sacrebleu as parallel
    # reference streams, which scores an identical multi-sentence text 0.0. Sentence breaks as newlines keep
    # each text one segment (sacrebleu's 13a tokenizer reads a newline as a space), which is what BLEU of one
    # draft against one reference means.
    return _SENTENCE_BREAK.sub(".\n", text.strip())


def non_llm_scores(candidate: str, reference: str) -> dict[str, float]:
    """String similarity, BLEU, ROUGE-L and chrF of a draft against its reference, each in [0, 1].

    Deterministic and offline. An empty draft (a failed request) scores 0 on all four. Not for use inside a
    running event loop: await `non_llm_scores_async` there.
    """
    return asyncio.run(non_llm_scores_async(candidate, reference))


async def non_llm_scores_async(candidate: str, reference: str) -> dict[str, float]:
    """`non_llm_scores` for async callers (ragas' own sync `score()` refuses to run inside an event loop)."""
    metrics = _ragas().non_llm
    candidate, reference = candidate or "", reference or ""
    scores = {}
    for name, metric in metrics.items():
        if not candidate.strip() or not reference.strip():
            scores[name] = 0.0
            continue
        if name == "ragas_bleu":
            result = await metric.ascore(reference=_one_segment(reference), response=_one_segment(candidate))
        else:
            result = await metric.ascore(reference=reference, response=candidate)
        scores[name] = min(1.0, max(0.0, float(result.value)))
    return scores


class JudgeRefused(RuntimeError):
    """The judge cannot be used at all (key may not use the alias, proxy unreachable); the message says why."""


@dataclass
class JudgeTally:
    """What the judge did over a run: metric evaluations asked, failed parses, failed calls."""

    asked: int = 0
    failed_parses: int = 0  # the judge answered, but not with JSON the metric's schema accepts (after retries)
    failed_calls: int = 0  # the call itself failed (HTTP error, timeout, refused by the proxy)
    no_statements: int = 0  # the judge found nothing to judge (ragas returns NaN)


class Judge:
    """ragas Faithfulness and FactualCorrectness with an LLM reached only through the RadGate proxy."""

    def __init__(self, base_url: str, api_key: str, model: str, *, concurrency: int = 4,
                 timeout_s: float = 120.0, max_tokens: int = 1024) -> None:
        from evals._drafting import proxy_client

        lib = _ragas()
        self.model = model
        self._client = proxy_client(base_url, api_key, timeout_s)
        llm = lib.llm_factory(model, client=self._client, max_retries=PARSE_RETRIES, max_tokens=max_tokens)
        self._faithfulness = lib.Faithfulness(llm=llm)
        self._factual = lib.FactualCorrectness(llm=llm, mode="f1", beta=1.0, atomicity="low", coverage="low")
        self._limit = asyncio.Semaphore(concurrency)
        self.tally = JudgeTally()
        self.prompt_version = (f"ragas=={lib.version}: faithfulness, factual_correctness(mode=f1, beta=1.0, "
                               f"atomicity=low, coverage=low); parse retries {PARSE_RETRIES}")

    async def close(self) -> None:
        await self._client.close()

    async def preflight(self) -> None:
        """Refuse early when this key may not call the judge alias through the proxy."""
        import openai

        try:
            models = [m.id async for m in self._client.models.list()]
        except openai.APIConnectionError:
            raise JudgeRefused(f"cannot reach the proxy at {self._client.base_url} for the judge") from None
        except openai.APIStatusError as exc:
            raise JudgeRefused(f"the proxy answered HTTP {exc.status_code} when listing the judge's models") from None
        if self.model not in models:
            raise JudgeRefused(f"this key may not use the judge model {self.model!r} "
                               f"(it may use: {', '.join(models) or 'none'})")

    def record(self) -> dict[str, Any]:
        """The judge line of a run: model alias, prompt version, failed parses and calls."""
        return {"model": self.model, "prompt_version": self.prompt_version, "evaluations": self.tally.asked,
                "failed_parses": self.tally.failed_parses, "failed_calls": self.tally.failed_calls,
                "no_statements": self.tally.no_statements}

    async def score(self, candidate: str, findings: str, reference: str | None,
                    comparison: str | None = None) -> dict[str, float | None]:
        """Faithfulness of the draft to the findings (and comparison), FactualCorrectness against the reference.

        A metric whose judge answer could not be parsed, or whose call failed, is None (and tallied); a case
        without a reference has no FactualCorrectness. An empty draft is not sent: it scores 0 on both.
        """
        if not candidate or not candidate.strip():
            return {"ragas_faithfulness": 0.0, **({"ragas_factual_correctness": 0.0} if reference else {})}
        contexts = [f"FINDINGS: {findings}"]
        if comparison and comparison.strip().rstrip(".").lower() not in ("", "none"):
            contexts.append(f"COMPARISON: {comparison}")
        jobs = {"ragas_faithfulness": lambda: self._faithfulness.ascore(
            user_input=JUDGE_QUESTION, response=candidate, retrieved_contexts=contexts)}
        if reference:
            jobs["ragas_factual_correctness"] = lambda: self._factual.ascore(response=candidate, reference=reference)
        values = await asyncio.gather(*(self._one(job) for job in jobs.values()))
        return dict(zip(jobs, values, strict=True))

    async def _one(self, job) -> float | None:  # noqa: ANN001
        import openai
        from instructor.core import InstructorError

        async with self._limit:
            self.tally.asked += 1
            try:
                result = await job()
            except InstructorError as exc:  # instructor gave up: unparseable answers, or the call failed
                if _is_call_failure(exc):
                    self.tally.failed_calls += 1
                else:
                    self.tally.failed_parses += 1
                return None
            except (openai.APIError, asyncio.TimeoutError):
                self.tally.failed_calls += 1
                return None
        value = result.value
        if value is None or (isinstance(value, float) and math.isnan(value)):
            self.tally.no_statements += 1
            return None
        return min(1.0, max(0.0, float(value)))


def _is_call_failure(exc: BaseException) -> bool:
    """True when instructor gave up because the HTTP call failed, not because of what the judge wrote."""
    import openai

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, openai.APIError | asyncio.TimeoutError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
