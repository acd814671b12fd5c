"""Names in places the other name recognizers do not look (round 12b):

* a trauma alias given to an unidentified patient: ``Pt: UNKNOWN, TRAUMA ZEBRA``, ``Doe Trauma 17``; a
  mass-casualty alias in the name field, "TRAUMA" plus a phonetic-alphabet word and a number
  (``TRAUMA, HOTEL 41``), is masked whole: until it is reconciled it is the patient's name in the records;
* "Last, First" right after "by"/"per"/"cc" when a role in parentheses or a colon follows it: ``opened ... by
  Kettering, Tomasz (PACS admin, x6071)``, ``call 11/10 by Ng, Dmitri: mild rash``;
* "Last, I." filling a delimited cell or a label's value: ``...,Okafor, B.,LEE^ANN^M,...``,
  ``Abstractor: Van der Berg, R., CTR`` (an export's or a register's staff column);
* a call-centre agent's first name in the opening line: ``..., this is Ines, how can I help?``;
* a name field in the Nordic and Polish forms: ``Namn: Bell, Imogen``, ``Navn: Jens Holm``;
* the value of a two-cell key/value row of a markdown table: ``| patient | PRECIOUS BAKER |``.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import clinical_words, is_clinical, not_name_words
from redaction._vocabulary import is_eponym
from redaction.recognizers.names import _INITIAL, _NAME, CREDENTIALS, _NameRecognizer
from redaction.recognizers.names_context import _plausible
from redaction.recognizers.tables import _column_type

# words after "TRAUMA" that name a team, a place or an order, not an alias
_NOT_ALIAS = frozenset("""team bay room activation alert code level surgery surgeon service series panel scan scans ct
protocol center centre unit icu resus response call page consult note attending fellow resident pager""".split())


class TraumaAliasRecognizer(_NameRecognizer):
    """The alias word (or number) of an unidentified trauma patient."""

    SCORE = 0.9
    PATTERNS = (r"\b(?:UNKNOWN|Unknown|UNK|Unk|UNIDENTIFIED|Unidentified|DOE|Doe)[ \t]*,?[ \t]*(?:TRAUMA|Trauma)"
                r"[ \t]*,?[ \t]*(?P<phi>[A-Z][A-Za-z]{2,}|\d{1,4})(?![A-Za-z0-9'’-])",
                r"\b(?:Pt|PT|Patient|PATIENT|Name|NAME)[ \t]*:[ \t]*(?:TRAUMA|Trauma)[ \t]*,?[ \t]*"
                r"(?P<phi>[A-Z][A-Za-z]{2,}|\d{1,4})(?![A-Za-z0-9'’-])")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end].lower()
        return word.isdigit() or not (word in _NOT_ALIAS or word in clinical_words() or word in not_name_words())


class PhoneticAliasRecognizer(_NameRecognizer):
    """``TRAUMA, HOTEL 41`` / ``Trauma, Sierra``: the whole registration alias of a mass-casualty patient."""

    SCORE = 0.9
    PATTERNS = (r"\b(?:TRAUMA|Trauma)[ \t]*,?[ \t]*(?i:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|"
                r"juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|"
                r"x-ray|xray|yankee|zulu)(?:[ \t]*-?[ \t]*\d{1,4})?(?![A-Za-z0-9'’-])",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        return True


class CuedInvertedNameRecognizer(_NameRecognizer):
    """``by Last, First`` before a role in parentheses or a colon."""

    SCORE = 0.9
    PATTERNS = (rf"\b(?i:by|per|cc|attn|from)[ \t]+(?P<phi>{_NAME}, ?{_NAME}(?: {_NAME})?{_INITIAL}?)"
                r"(?=[ \t]*\((?:[a-z]|[A-Z]{1,6}[ \t]+[a-z])|[ \t]*:[ \t]|[ \t]*:?$)",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.strip(",.") for w in text[start:end].split()]
        if all(is_eponym(w) for w in words if len(w) > 1):
            return False  # "caused by Graves, Hashimoto:": a list of eponyms
        return _plausible(text[start:end]) and super().keep(text, start, end)


class InitialledCellNameRecognizer(_NameRecognizer):
    """``Last, I.`` as a whole comma-, tab- or pipe-delimited cell, or right after a label's colon."""

    SCORE = 0.85
    PATTERNS = (rf"(?:(?<=[,\t|])|(?<=:)|^)[ \t]*(?P<phi>{_NAME}(?: {_NAME}){{0,2}}, [A-Z]\.)(?=[ \t]*(?:[,\t|;]|$))",)
    FLAGS = re.MULTILINE

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in re.findall(r"[A-Za-z'’-]{2,}", text[start:end])]
        if any(w in clinical_words() or w in not_name_words() for w in words):
            return False  # "Type, A.", "Grade, B.": a term and its letter
        return not is_eponym(text[start:end].split(",")[0]) and super().keep(text, start, end)


class AgentGreetingNameRecognizer(_NameRecognizer):
    """The given name an agent answers the phone with: ``this is Ines, how may I help``, ``Ines speaking``."""

    SCORE = 0.85
    PATTERNS = (r"\b(?i:this[ \t]+is|my[ \t]+name[ \t]+is)[ \t]+(?P<phi>[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?)"
                r"(?=[ \t]*,[ \t]*(?i:how[ \t]+(?:can|may)[ \t]+I[ \t]+help|speaking))",)

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end].lower()
        return word not in clinical_words() and word not in not_name_words() and super().keep(text, start, end)


class NordicNameLabelRecognizer(_NameRecognizer):
    """A name after the name label of a Scandinavian, Finnish or Polish form (read folded: "Imie")."""

    SCORE = 0.9
    PATTERNS = (r"\b(?:Namn|NAMN|Navn|NAVN|Nimi|NIMI|Imie[ \t]+i[ \t]+nazwisko|Nazwisko|Fornavn|Efternavn|Etternavn|"
                r"Fornamn|Efternamn|Patientnamn)[ \t]*:[ \t]*"
                rf"(?P<phi>{_NAME}, ?{_NAME}{_INITIAL}?|{_NAME}(?: {_NAME}){{0,2}})",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible(text[start:end]) and super().keep(text, start, end)


_ROW = re.compile(r"(?m)^[ \t]*\|[ \t]*(?P<label>[A-Za-z][A-Za-z _/.#'-]{0,30}?)[ \t]*\|[ \t]*"
                  r"(?P<value>[^|\n]*?)[ \t]*\|[ \t]*$")
_TITLE_HEAD = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+")
_CREDENTIAL_TAIL = re.compile(rf"(?:,?[ \t]+{CREDENTIALS})+$")
_NAME_VALUE = re.compile(r"[A-Z][A-Za-z'’.-]*(?:,?[ \t]+[A-Z][A-Za-z'’.-]*){0,4}")


class KeyValueRowRecognizer(EntityRecognizer):
    """A person or a site as the value of a two-cell markdown row whose label names it: ``| patient | X |``,
    ``| Referring | Dr. Y |``, ``| Site | Z |``. The value must be name-shaped (capitalised words, no digits)."""

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON", "FACILITY"], name="KeyValueRowRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if text.count("|") < 3:
            return []
        results = []
        for row in _ROW.finditer(text):
            kind = _column_type(row.group("label"))
            title = _TITLE_HEAD.match(row.group("value"))  # "| reader | Dr. Ann Lee, RDMS |": the name alone
            start = row.start("value") + (title.end() if title else 0)
            value = _CREDENTIAL_TAIL.sub("", text[start:row.end("value")])
            if kind not in ("PERSON", "FACILITY") or not _NAME_VALUE.fullmatch(value):
                continue
            words = [w.lower().strip(",.'’") for w in value.split()]
            if all(w in clinical_words() or w in not_name_words() for w in words):
                continue
            if kind == "PERSON" and is_clinical(value, ""):
                continue
            results.append(RecognizerResult(kind, start, start + len(value), self.SCORE))
        return results
