"""Hallucination and consistency evaluations against gold report sets, and scorecards. See issue 5."""
