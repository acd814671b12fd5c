"""Ages of 90 and over tied to an event: the age at death or diagnosis, and a birthday being reached.

- an age labelled with its event, as death certificates, obituary excerpts and registry forms write it:
  "Age at death: 97", "age at diagnosis 92", "Age at time of death (years): 101", and a registry's
  "Age at surgery: 93" / "Age at implant 91"
- an age labelled with its unit in brackets, as intake and sleep-lab forms write it: "Age (yrs) 92", "Age (years):94"
- the age in brackets after a date of birth: "DOB 03/02/1929 (96)", "Date of birth: 1931-05-01 (94)"
- a birthday, as newsletters, cards and family histories write it: "who turns 101 on Friday",
  "she turned 95 last week", "turning 90 this month!"

Only the number is PHI; younger ages are never matched (they are kept), nor "turned 90 degrees".
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_AGE = r"(?:9\d|1[0-2]\d)"
_EVENT = (r"(?i:death|passing|demise|diagnosis|dx|onset|presentation|admission|exam|examination|scan|study|"
          r"surgery|procedure|operation|implant|implantation|arthroplasty|transplant|injury|"
          r"enrol(?:l?ment)|consent|(?:time|date)[ \t]+of[ \t]+(?:death|diagnosis|exam|scan))")


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


class AgeUnitLabelRecognizer(RegexRecognizer):
    """"Age (yrs) 92", "Age (years): 94": an age label carrying its unit in brackets."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (rf"\b(?i:age)[ \t]*\((?i:y|yrs?|years?)\)[ \t]*[:=]?[ \t]*(?P<phi>{_AGE})(?!\d|[.,]\d|[/:-])",)


class DobBracketAgeRecognizer(RegexRecognizer):
    """"DOB 03/02/1929 (96)": the age in brackets right after a labelled date of birth."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (r"\b(?:DOB|D\.O\.B\.?|(?i:date[ \t]+of[ \t]+birth|birth[ \t]?date))[ \t]*[:=]?[ \t]*"
                r"(?=\d|[A-Z][a-z])[0-9A-Za-z/.,-]{1,12}(?:[ \t][0-9A-Za-z.,]{1,9}){0,2}"
                rf"[ \t]*\((?P<phi>{_AGE})(?:[ \t]*(?i:y|yo|yrs|years))?\)",)
