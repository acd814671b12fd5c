"""Hallucination and consistency evaluations against gold report sets, and scorecards. See issue 5.

Public face: `extract` (findings from a report), `score_candidate` (hallucination score of a draft),
the gold-set loader and the Open-i importer; acceptance plans (`parse_plan`, `create_plan`), runs through
the proxy (`run_plan`) and, for governance, `get_run` and `passing_run`. Everything else is private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from evals._findings import Comparison, Extraction, Finding, Measurement, extract
from evals._gold import GoldCase, GoldFormatError, import_openi_csv, load_gold
from evals._negation import Assertion
from evals._score import ErrorCategory, ScoreError, ScoreResult, score_candidate

if TYPE_CHECKING:
    from evals._drafting import RunRefused
    from evals._plans import PlanError, create_plan, parse_plan
    from evals._runner import RunOptions, run_plan
    from evals._store import RunSummary, get_run, passing_run

# Runs pull in the openai client, SQL and plotting; scoring alone should not pay for them at import.
_LAZY = {"RunRefused": "_drafting", "PlanError": "_plans", "create_plan": "_plans", "parse_plan": "_plans",
         "RunOptions": "_runner", "run_plan": "_runner", "RunSummary": "_store", "get_run": "_store",
         "passing_run": "_store"}

__all__ = ["Assertion", "Comparison", "ErrorCategory", "Extraction", "Finding", "GoldCase", "GoldFormatError",
           "Measurement", "PlanError", "RunOptions", "RunRefused", "RunSummary", "ScoreError", "ScoreResult",
           "create_plan", "extract", "get_run", "import_openi_csv", "load_gold", "parse_plan", "passing_run",
           "run_plan", "score_candidate"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"evals.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
