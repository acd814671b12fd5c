"""Hallucination and consistency evaluations against gold report sets, and scorecards. See issue 5.

Public face: `extract` (findings from a report), `score_candidate` (hallucination score of a draft),
the gold-set loader and the Open-i importer. Everything else is private.
"""

from evals._findings import Comparison, Extraction, Finding, Measurement, extract
from evals._gold import GoldCase, GoldFormatError, import_openi_csv, load_gold
from evals._negation import Assertion
from evals._score import ErrorCategory, ScoreError, ScoreResult, score_candidate

__all__ = ["Assertion", "Comparison", "ErrorCategory", "Extraction", "Finding", "GoldCase", "GoldFormatError",
           "Measurement", "ScoreError", "ScoreResult", "extract", "import_openi_csv", "load_gold",
           "score_candidate"]
