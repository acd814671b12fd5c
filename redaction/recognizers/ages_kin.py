"""Ages of 90 and over said of a relative in a family history, and computed by a spreadsheet's age formula.

- a relative's age, the relative named or not: "Grandma Ines is 97 and still in ...", "my grandmother is 94",
  "My great-aunt Wilhelmina Ostrander (96) ...", "my grandfather was 91 when ..."
- an age reached at death, said as a life's length: "my grandmother lived to 102", "who lived to be 95",
  "lived until 93", "lived to age 99"
- a person's age as an aside after pronoun or role: "the patient, now 98, could not travel"
- the value a spreadsheet's age formula shows in a formula dump: ``E2: =DATEDIF(C2,D2,"y")  -> 93``,
  ``=YEARFRAC(B4,TODAY()) = 91``

Younger ages are never matched (they are kept), nor a number followed by a unit of measure.
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_AGE = r"(?:9\d|1[0-2]\d)"
_NOT_AN_AGE = (r"(?!\d|[.,]\d|[/:-])(?![ \t]*(?:%|(?i:percent|per|mm|cm|kg|lbs?|pounds|bpm|min|mins|minutes|"
               r"sec|seconds|hours?|hrs?|days?|weeks?|months?|degrees|mg|mcg|ml|units?|miles?|km|feet|ft|x)\b))")
_KIN = (r"(?i:great[ \t-]+)*(?i:grandma|grandmother|grandpa|grandfather|granny|gran|nana|nan|grandad|granddad|"
        r"mother|mom|mum|father|dad|aunt|auntie|uncle|sister|brother|cousin)")
# the relative's name after the kin word: up to four capitalised words ("Ana Lucia", "Bernadette Schmorl")
_NAME = r"(?:[ \t]+[A-Z][A-Za-z'’-]+){0,4}"


class KinAgeRecognizer(RegexRecognizer):
    """"Grandma Ines is 97", "my grandmother (94)", "grandfather was 91": a relative's age in a family history."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (
        rf"\b{_KIN}{_NAME},?[ \t]+(?i:is|was)[ \t]+(?:(?i:now|almost|nearly|still)[ \t]+)?(?P<phi>{_AGE})"
        rf"{_NOT_AN_AGE}",
        rf"\b{_KIN}{_NAME}[ \t]*\((?:(?i:age|aged)[ \t]+)?(?P<phi>{_AGE})(?:[ \t]*(?i:y|yo|yrs|years))?\)",
    )


class LivedToAgeRecognizer(RegexRecognizer):
    """"lived to 102", "lived to be 95", "lived until age 93": the age a person died at."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"\b(?i:lived|living)[ \t]+(?i:to|until|till)[ \t]+(?:(?i:be|the[ \t]+age[ \t]+of|age)[ \t]+)?"
                rf"(?P<phi>{_AGE}){_NOT_AN_AGE}",)


class AgeFormulaRecognizer(RegexRecognizer):
    """``=DATEDIF(C2,D2,"y")  -> 93``: the value a spreadsheet's age formula shows beside it."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:DATEDIF|YEARFRAC)\([^()\n]{0,60}(?:\([^()\n]{0,20}\)[^()\n]{0,30})?\)\)?"
                rf"[ \t]*(?:->|→|=>|=|:)[ \t]*(?P<phi>{_AGE})(?!\d|[.,]\d|[/:-])",)


_ROLE = (r"(?:(?i:she|he)|(?i:(?:the[ \t]+)?(?:claimant|plaintiff|decedent|patient|pt|member|resident|insured|"
         r"enrollee|subject)))")
# a third person, named by pronoun or by role: "she's 95", "he is 91", "Claimant is 96", "the patient is 93"
_THIRD = (r"(?:(?i:she|he)(?:['’]s|[ \t]+(?:is|was))|(?i:(?:the[ \t]+)?(?:claimant|plaintiff|decedent|patient|pt|"
          r"member|resident|insured|enrollee|subject))[ \t]+(?i:is|was)|"
          # or by title and surname: "Mr. O'Dell is 97 now", "Ms. Van Loon was 91"
          r"(?:Mr|Mrs|Ms|Mx|Miss)\.?[ \t]+[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?[ \t]+(?:is|was))")


class ThirdPersonAgeRecognizer(RegexRecognizer):
    """"she's 95, do they ...", "Claimant is 96; ...": a person's age said of them by pronoun or by role."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"\b{_THIRD}[ \t]+(?:(?i:now|almost|nearly|still|already)[ \t]+)?(?P<phi>{_AGE})"
                rf"(?![ \t]*(?i:of|out|in|on|at)\b){_NOT_AN_AGE}",
                # the age as an aside: "because the patient, now 98, could not travel", "she, aged 93, ..."
                rf"\b{_ROLE},[ \t]+(?i:now|aged|age)[ \t]+(?P<phi>{_AGE})(?=[ \t]*(?:[,;)]|[—–][ \t]))",)


class AgeAtStudyRecognizer(RegexRecognizer):
    """"Age at exam - 96", "Age at scan: 93", "Age at visit 91": an age labelled with the study it was taken at."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:age)[ \t]+(?i:at)[ \t]+(?i:exam|examination|scan|study|visit|service|imaging|admission|"
                r"presentation|encounter|referral)[ \t]*(?:[:=\-–][ \t]*)?"
                rf"(?P<phi>{_AGE})(?!\d|[.,]\d|[/:-]){_NOT_AN_AGE}",)
