"""Identifiers whose letter prefix is a label, not part of the number.

- A mass-casualty (MCI) triage tag: "MCI-4417", "MCI 0082", "triage tag #5531". Disaster tags are pre-printed
  with a serial number and stand for the patient until registration reconciles them; the "MCI-" prefix is
  the same on every tag, so only the digits are the identifier (a four-digit tag is too short for the
  recall-first nets, which need five digits).
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer


class TriageTagRecognizer(RegexRecognizer):
    """ACCOUNT_ID: the digits of a mass-casualty triage tag after "MCI" or "triage tag"."""

    ENTITY = "ACCOUNT_ID"
    SCORE = 0.85
    PATTERNS = (r"\bMCI[- ]?#?(?P<phi>\d{3,8})(?![\w-])",
                r"\b(?i:triage[ \t]+tag|disaster[ \t]+tag)[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*"
                r"(?P<phi>\d{3,8})(?![\w-])")
