"""Ages of 90 and over in the layouts and languages the main age patterns miss.

- a labelled age in Dutch, Danish, Norwegian, Swedish, German, Spanish, Portuguese, Polish, Finnish or Italian:
  "Leeftijd 95", "Alder: 90" (and Swedish "Ålder" once folded), "Edad: 93", "| Leeftijd | 94 |", "Età: 91"
- an age with its unit in those languages: "(92 J.)", "91 Jahre", "94 jaar", "90 år", "96 años", "93 ans"
- a key/value cell: a markdown row "| age | 94 |", dotted leaders "AGE...... 94", a dash or pipe separator at a
  line's start "AGE - 92" / "Age | 94", and a JSON member ``"ageYears": "95"`` / ``"patientAge": 91``
- a patient's own words: "i'm 92 and my mri ...", "every year of my 96 today"; a letter to them: "you are 97";
  a relative described: "my father, who is 91 and ..."
- the age column of a pipe-delimited row that also holds a name and a date, in a text that speaks of ages:
  ``MR0123 | DOE, JANE A | 2024-05-06 | 1234567 | 94``
- the bare age cell of an unlabelled slash-separated demographics line that also holds an identifier and a date
  of birth: ``Doe, Jane A / E1234567 / 93 / 4 May 1932``, ``J. Doe / 123-4567-89 / 94 / 5/6/31``

Younger ages are never matched (they are kept), nor a number followed by a unit of measure.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers._base import RegexRecognizer, text_forms

_AGE = r"(?:9\d|1[0-2]\d)"
# units and words after which the number is a measurement, a dose or a duration, not an age
_NOT_AN_AGE = (r"(?![ \t]*(?:%|(?i:percent|per|mm|cm|kg|lbs?|pounds|bpm|beats|min|mins|minutes|sec|seconds|hours?|hrs?|"
               r"days?|weeks?|months?|degrees|mg|mcg|ml|units?|x|over|of|out|on|at|in|mgy|gy|mSv|kv|kvp|mas)\b))")


class ForeignAgeRecognizer(RegexRecognizer):
    """An age labelled, or followed by its unit, in a European language."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (
        # the label, capitalised or in capitals (the folded text reads "Ålder" as "Alder")
        r"\b(?:Leeftijd|LEEFTIJD|Alder|ALDER|Alter|ALTER|Edad|EDAD|Idade|IDADE|Wiek|WIEK|Ika|IKA|Eta(?=[ \t]*:))"
        rf"[ \t]*(?:[:=|][ \t]*)?(?P<phi>{_AGE})(?!\d|[.,]\d|[/:-]){_NOT_AN_AGE}",
        # the unit after the number: "(90 J.)", "93 Jahre", "94 jaar", "90 år", "96 años", "91 ans", "92 anni"
        r"\((?P<phi>" + _AGE + r")[ \t]*J\.?\)",
        rf"(?<![\d.,])(?P<phi>{_AGE})[ \t]+\b(?:Jahre|jaar|ar|anos|ans|anni|lat|vuotta)\b",
    )


class KeyedAgeRecognizer(RegexRecognizer):
    """An age as the value of an "age" key: a markdown row or a JSON member."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (
        rf"\|[ \t]*(?i:age|pt[ \t]age|patient[ \t]age)(?:[ \t]*\((?i:y|yrs|years)\))?[ \t]*\|[ \t]*(?P<phi>{_AGE})"
        r"(?:[ \t]*(?i:y|yo|yrs|years))?[ \t]*(?=\||$)",
        # "age", "ageYears", "age_at_exam", "patientAge", "PATIENT_AGE" (not "image", "dosage", "page")
        r"\"(?:age|Age|AGE|[a-z]+Age|[A-Za-z]+_(?:age|AGE))(?:[A-Z_][A-Za-z_]*)?\"[ \t]*:[ \t]*\"?"
        rf"(?P<phi>0?{_AGE})(?:[ \t]*(?:Y|y|yrs|years))?\"?(?=[ \t\r\n]*[,}}\]])",
        # a form's dotted leaders: "AGE............. 94"
        rf"\b(?:AGE|Age)[ \t]*\.{{3,}}[ \t]*(?P<phi>{_AGE})(?:[ \t]*(?i:y|yo|yrs|years))?[ \t]*$",
        # a label/value line with a dash or pipe between: "AGE - 92", "Age | 94", "Age - 91    Next of kin - ..."
        rf"^[ \t]*(?:AGE|Age|(?i:pt|patient)[ \t]+(?:AGE|Age|age))[ \t]+[-|\u2013][ \t]+(?P<phi>{_AGE})"
        r"(?:[ \t]*(?i:y|yo|yrs|years))?(?=[ \t]*$|[ \t]{2,}|\t)",
    )
    FLAGS = re.MULTILINE


class FirstPersonAgeRecognizer(RegexRecognizer):
    """"i'm 92 and ...", "I am 94": a patient's age in their own message; "Because you are 97, ...": the patient's
    age in a letter to them; "every year of my 96 today", "at my 93 years": an age said as the writer's own."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"\b(?i:i'm|i[ \t]+am|you're|you[ \t]+are)[ \t]+(?:(?i:now|almost|nearly|turning)[ \t]+)?"
                rf"(?P<phi>{_AGE})(?!\d|[.,]\d|[/:-]){_NOT_AN_AGE}",
                # the possessive age: the number ends the phrase or is followed by a time word or "years"
                rf"\b(?i:of|at)[ \t]+(?i:my|your)[ \t]+(?P<phi>{_AGE})"
                r"(?=[ \t]+(?i:today|now|years?|yrs)\b|[ \t]*[.,;!)]|[ \t]*(?:\r?\n|$))(?![.,]\d)",)


class WhoIsAgeRecognizer(RegexRecognizer):
    """"my mother, who is 93 and ...", "who turned 90 last week": a described person's age."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"\b(?i:who)[ \t]+(?i:is|was|turned|turns)[ \t]+(?:(?i:now|almost|nearly)[ \t]+)?(?P<phi>{_AGE})"
                rf"(?!\d|[.,]\d|[/:-]){_NOT_AN_AGE}",)


class AgeColumnRecognizer(EntityRecognizer):
    """The bare age cell of a pipe-delimited row that holds a "SURNAME, GIVEN" name and a date, in a text
    that names ages (a header, a request for ages): the row is a person's record and its 90+ number their age."""

    SCORE = 0.85
    _ROW = re.compile(r"(?m)^[^\n|]*\|[^\n]*\|[^\n]*$")
    _NAME = re.compile(r"(?:^|\|)[ \t]*[A-Z][A-Za-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+)*(?:,[ \t]*|\^)[A-Z][A-Za-z'’-]+")
    _DATE = re.compile(r"\|[ \t]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-[A-Z][a-z]{2}-\d{4})[ \t]*\|")
    _CELL = re.compile(rf"(?:^|\|)[ \t]*(?P<age>{_AGE})[ \t]*(?=\||$)", re.MULTILINE)

    def __init__(self) -> None:
        super().__init__(supported_entities=["AGE_OVER_89"], name="AgeColumnRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        spaced = text_forms(text)[1]
        if " age " not in spaced and " ages " not in spaced:
            return []
        results = []
        for row in self._ROW.finditer(text):
            line = row.group(0)
            if not (self._NAME.search(line) and self._DATE.search(line)):
                continue
            for cell in self._CELL.finditer(line):
                start, end = cell.span("age")
                results.append(RecognizerResult("AGE_OVER_89", row.start() + start, row.start() + end, self.SCORE))
        return results


class SlashLineAgeRecognizer(RegexRecognizer):
    """The bare 90+ cell of a " / "-separated demographics line: the line starts with a name, holds an
    identifier cell (five digits or more) and a date cell, and the number stands alone between separators."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"(?m)^[ \t]*[A-Z][A-Za-z.'’, -]{{1,40}}[ \t]/[ \t](?=[^\n]*\d{{5}})[^\n]{{0,80}}?[ \t]/[ \t]"
                rf"(?P<phi>{_AGE})[ \t]/[ \t]"
                r"(?=\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{8}\b|\d{1,2}[ \t-][A-Z][a-z]+[ \t-]\d{4}|"
                r"[A-Z][a-z]+\.?[ \t]\d{1,2},)",)


class ListItemAgeRecognizer(RegexRecognizer):
    """"1) Ada Roe (94) -> needs ...", "[ ] ROE, ADA (93) -> ...": the age in brackets right after the person a
    to-do or reminder list item opens with (a numbered, bulleted or check-box line, a name of two words)."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (rf"(?m)^[ \t]*(?:\d{{1,2}}[.)]|[-*\u2022]|\[[ xX]?\])[ \t]+"
                r"(?:[A-Z][A-Za-z'\u2019-]+,?[ \t]+[A-Z][A-Za-z'\u2019.-]+)"
                rf"[ \t]*\((?P<phi>{_AGE})(?:[ \t]*(?i:y|yo|yrs|years))?\)",)
