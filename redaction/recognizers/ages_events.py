"""Ages of 90 and over tied to an event: the age at death or diagnosis, and a birthday being reached.

- an age labelled with its event, as death certificates, obituary excerpts and registry forms write it:
  "Age at death: 97", "age at diagnosis 92", "Age at time of death (years): 101"
- a birthday, as newsletters, cards and family histories write it: "who turns 101 on Friday",
  "she turned 95 last week", "turning 90 this month!"

Only the number is PHI; younger ages are never matched (they are kept), nor "turned 90 degrees".
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_AGE = r"(?:9\d|1[0-2]\d)"
_EVENT = (r"(?i:death|passing|demise|diagnosis|dx|onset|presentation|admission|exam|examination|scan|study|"
          r"injury|enrol(?:l?ment)|consent|(?:time|date)[ \t]+of[ \t]+(?:death|diagnosis|exam|scan))")


class AgeAtEventRecognizer(RegexRecognizer):
    """"Age at death: 97": an age labelled with the event it was reached at."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (rf"\b(?i:age)[ \t]+(?i:at)[ \t]+{_EVENT}(?:[ \t]*\((?i:y|yrs|years)\))?[ \t]*[:=]?[ \t]*"
                rf"(?P<phi>{_AGE})(?!\d|[.,]\d|[/:-])(?![ \t]*(?:%|(?i:mm|cm|kg|lbs?|days?|weeks?|months?)\b))",)


class BirthdayAgeRecognizer(RegexRecognizer):
    """"who turns 101 on Friday", "turned 95 last week": the age a person reaches on a birthday (the word
    after the number is a date, a time word or the end of the clause, so "turned 90 degrees" is no age)."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"\b(?i:turns|turned|turning|will[ \t]+turn|to[ \t]+turn)[ \t]+(?P<phi>{_AGE})(?!\d|[.,]\d|[/:-])"
                r"(?=[ \t]*(?:(?i:on|this|next|today|tomorrow|yesterday|last|in|years?|yrs?|and|at|during|"
                r"since|soon|recently)\b|[!.,;)]|$))",)
