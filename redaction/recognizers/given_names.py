"""Names told by a known given name: "Frost, Crystal L", "Hunter, Dale", "Will Chance", "Dale Frost".

The other name recognizers need a cue (a title, a label, a sign-off) or a word no vocabulary knows. A
name made of everyday words ("Young, Sonny", "Bell, Hope", "Baker, Mason") has neither when it stands
in a list, a CC line or a table cell. A given name from the US Census list of first names (the PyPI
package ``names``, MIT) settles it: "Surname, Given" with a known given name after the comma, or
"Given [I.] Surname" with a known given name first, is a person unless the words are report vocabulary,
an eponym before its noun, a weekday or month ("Friday, August"), a letter's closing ("Sincerely,
Jamila": the closing is not the surname) or a field label. The surname must be a census surname or a
word no vocabulary knows ("Information, Mercy" is not a name).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, not_name_words
from redaction._vocabulary import is_common_word
from redaction.recognizers.names import _PARTICLE, _NameRecognizer

_WORD = r"[A-Z][a-z'’]*[a-z](?:-[A-Z]?[a-z'’]+)?"
_GIVEN = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
# words that stand before a comma and a given name without being a surname
_NOT_SURNAMES = frozenset("""sincerely regards thanks thank cheers best yours respectfully cordially warmly dear hi
hello hey attn attention cc bcc from to re fwd fw monday tuesday wednesday thursday
friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february
march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec today yesterday tomorrow yes no ok okay please note""".split())
# titles the census lists as given names ("Miss", "Major"): before a name they are a title, not part of it
_TITLES = frozenset("""miss mister master madam madame sir dame lady lord sister brother father mother doctor nurse
judge dean major general captain colonel sergeant pastor reverend rev bishop deacon elder""".split())
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-cased US Census given names (female and male lists of the ``names`` package)."""
    return _census("dist.female.first", "dist.male.first")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-cased US Census surnames."""
    return _census("dist.all.last")


def _census(*files: str) -> frozenset[str]:
    package = resources.files("names")
    return frozenset(line.split(maxsplit=1)[0].lower()
                     for name in files for line in package.joinpath(name).read_text().splitlines() if line.strip())


def _surname_word(word: str) -> bool:
    lower = word.lower().strip("'’")
    if lower in clinical_words() or lower in not_name_words() or lower in PLACE_AND_DATE_WORDS:
        return False
    return lower in surnames() or all(part in surnames() or not is_common_word(part)
                                      for part in lower.split("-") if part)


def _given_word(word: str) -> bool:
    lower = word.lower()
    return (lower in given_names() and lower not in clinical_words() and lower not in _NOT_SURNAMES
            and lower not in _TITLES)


def _label_word(word: str) -> bool:
    """A word that opens a field or a sentence before a surname ("Patient Winter, Ingeborg")."""
    lower = word.lower()
    return (lower in not_name_words() or lower in clinical_words() or lower in _NOT_SURNAMES or lower in _TITLES
            or (is_common_word(lower) and lower not in surnames()))


def _title_case_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    words = text[line_start:line_end if line_end >= 0 else len(text)].split()
    return 4 <= len(words) <= 12 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


class InvertedGivenNameRecognizer(_NameRecognizer):
    """"Surname, Given [I]" with a census given name after the comma."""

    SCORE = 0.6
    PATTERNS = (rf"(?<![A-Za-z'’.-])(?P<phi>{_PARTICLE}?{_WORD}(?:[ -]{_WORD})?,[ \t]+{_GIVEN}(?:[ \t]+[A-Z]\.?)?)"
                r"(?![A-Za-z'’-])",)
    # where the surname meets the given name ("Kavanagh, Morgan"): only lines holding that are searched
    LINE_CUES = (r"[a-z'’],[ \t]+[A-Z]",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        first = text[start:end].split(",", 1)[0].split()
        if len(first) == 2 and _label_word(first[0]):  # "Pt Kavanagh, Morgan": the label is not the surname
            start = text.index(first[1], start + len(first[0]))
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        surname, _, given = text[start:end].partition(",")
        surname_words = surname.split()
        if (not _given_word(given.split()[0]) or surname_words[-1].lower() in _NOT_SURNAMES
                or not _surname_word(surname_words[-1])):
            return False
        if any(w.lower() in _NOT_SURNAMES for w in surname_words):
            return False
        return super().keep(text, start, end)


class ForwardGivenNameRecognizer(_NameRecognizer):
    """"Given [I.] Surname" with a census given name first and a surname-like word after it."""

    SCORE = 0.6
    PATTERNS = (rf"(?<![A-Za-z'’.-])(?P<phi>{_GIVEN}(?:[ \t]+[A-Z]\.)?[ \t]+{_PARTICLE}?{_WORD})"
                r"(?![A-Za-z'’-])(?![ \t]*:)",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        possessive = _POSSESSIVE.search(text, start, end)
        return start, possessive.start() if possessive else end  # "Bao Tuilagi's CT"

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        if not _given_word(words[0]) or not _surname_word(words[-1]):
            return False
        if _title_case_line(text, start, end):
            return False  # a heading ("Mark Lesion Location Series Image"), not a sentence
        return super().keep(text, start, end)
