"""A local seven-digit telephone number with its exchange in brackets, and a typist's login on a transcription line.

- "(555) 0142": three digits in brackets, then four, no area code. Some systems write a local number's exchange in
  brackets like an area code. Only after a word of calling ("call (555) 0142", "ph (555) 0142", "Direct: (555)
  0142", "callback (555) 0142", "phone: '(555) 0142'") or filling a quoted cell or value whole (an SQL or CSV row's
  "'(555) 0142'"), so a bracketed count and a year or figure after it ("(n=120) 2019") are never taken.
- A transcriptionist's login after the transcription date: "Transcribed: 3/28/25 /jdoe", "Typed 01/02/2026 /mkl".
  The typist's initials or login after a slash close a dictated report; they name a member of staff.
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_LOCAL = r"\(\d{3}\)[ \t]?\d{4}(?![\d-]|[.,]\d)"


class BracketedLocalPhoneRecognizer(RegexRecognizer):
    """PHONE: "(555) 0142" after a word of calling, or filling a quoted value."""

    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (
        r"\b(?i:call|calls|called|callback|call-back|phone|phoned|ph|tel|telephone|cell|mobile|direct|contact|reach|"
        r"reached|text|texted|dial|ring|line)\b[^\n\d()]{0,25}(?P<phi>" + _LOCAL + r")",
        r"(?P<q>['\"])(?P<phi>" + _LOCAL + r")(?P=q)",
    )


class TypistLoginRecognizer(RegexRecognizer):
    """PERSON: the login after a slash that closes a "Transcribed/Typed: <date>" line."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:transcribed|typed|transcription)(?:[ \t]+(?i:by|on))?[ \t]*:?[ \t]*"
                r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]+/(?P<phi>[a-z][a-z.'-]{1,24}[a-z])\b(?![/@])",)
