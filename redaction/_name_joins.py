"""Name parts a found person span leaves beside it, by naming tradition.

- a Spanish double surname joined by "y" ("Morales y Ramírez", "MORALES Y RAMIREZ"): when one side was found,
  the span grows over " y " and the other surname;
- South Indian initials written after the name ("VASUKI, K V", "Ramachandran, K", "Vasuki, T V (36Y"): bare
  capitals after the comma, closing the field (a separator, a bracket, the line's end or a record label);
- a Chinese, Korean or Vietnamese family name of two letters beside a found given name ("Hu Xiaohong",
  "HU, XIAOHONG", "Mei Hu"), from a short list of such surnames that are no English words;
- Burmese names, whose every word is a name ("Myint Swe", "Aung Kyaw Thant"): a found part grows over the
  neighbouring words that are common Burmese name words.

Only an existing PERSON span grows: the rule adds no new name on its own.
"""

from __future__ import annotations

import re

from redaction._spans import Span
from redaction._vocabulary import is_clinical_vocabulary

_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}(?:{_LETTER}|['’-](?={_LETTER}))*"
# " y Ramírez" after a span; "Gutiérrez y " before one
_Y_AFTER = re.compile(rf"[ ](?P<y>[yY])[ ](?P<word>{_WORD})")
_Y_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>{_WORD})[ ](?P<y>[yY])[ ]\Z")
# ", K V" / ", T" / ", N. V." closing a field: a separator, a bracket, a wide gap, the line's end, a record label;
# a space after the comma (a CSV flag column, "Delacroix,Y", is no initial)
_INITIALS_TAIL = re.compile(r",[ \t](?!(?:M\.D|D\.O|R\.N|N\.P|P\.A|D\.D\.S|Ph\.D)\.?(?![A-Za-z]))"
                            r"[A-Z](?:(?:\.[ ]?|[ ])[A-Z]){0,2}\.?(?![\w'’.-])"
                            r"(?=[ \t]*(?:[|\t;()\]\n]|\Z|,[ \t]|[ ]{2})|[ \t]+(?:MRN|MR#|DOB|age|Age|AGE)\b)")
# two-letter family names (Chinese, Korean, Vietnamese) that are no English word or common abbreviation
_SHORT_FAMILY = frozenset({"hu", "xu", "wu", "yu", "lu", "li", "du", "gu", "fu", "qi", "ji", "ng", "vo", "vu", "ly",
                           "ko", "yi"})
_SHORT_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][a-zA-Z])(?:,[ ]?|[ ])\Z")
_SHORT_AFTER = re.compile(r"[ ](?P<word>[A-Z][a-zA-Z])(?![\w'’-])")
# Burmese name words (given names have no surname: each word is part of the name)
_BURMESE = frozenset({"aung", "kyaw", "myint", "swe", "thant", "myo", "maung", "thein", "htun", "htet", "hla",
                      "soe", "naing", "zaw", "tun", "khin", "nyein", "thida", "mya", "phyo", "lwin", "nwe", "kyi",
                      "sein", "hnin", "shwe", "nyunt", "myat", "htay", "oo", "thiri", "zin", "khaing", "wint"})
_WORD_AFTER = re.compile(rf"[ ](?P<word>{_WORD})")
_WORD_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>{_WORD})[ ]\Z")


def _same_case(word: str, name: str) -> bool:
    """``word`` is written in the case of the found name: capitalised beside mixed case, capitals beside capitals."""
    if not word[0].isupper():
        return False
    letters = [c for c in name if c.isalpha()]
    return word.isupper() == (bool(letters) and all(c.isupper() for c in letters))


def _surname(word: str, name: str, y: str) -> bool:
    """A surname joined by "y": a capitalised word in the name's case, no report word; "Y" only in capitals."""
    caps = name.isupper()
    return (_same_case(word, name) and (y == "Y") == caps and len(word) >= 3
            and not is_clinical_vocabulary(word.lower()))


def _widen(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    name = text[start:end]
    after = _Y_AFTER.match(text, end)
    if after is not None and _surname(after.group("word"), name, after.group("y")):
        end = after.end()
    before = _Y_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _surname(before.group("word"), name, before.group("y")):
        start = before.start()
    tail = _INITIALS_TAIL.match(text, end)
    if tail is not None and len(name.split()) == 1 and len(name) >= 3:
        end = tail.end()
    short = _SHORT_BEFORE.search(text, max(0, start - 4), start)
    if short is not None and short.group("word").lower() in _SHORT_FAMILY and _same_case(short.group("word"), name):
        start = short.start()
    short = _SHORT_AFTER.match(text, end)
    if short is not None and short.group("word").lower() in _SHORT_FAMILY and _same_case(short.group("word"), name):
        end = short.end()
    if any(w.lower() in _BURMESE for w in name.split()):
        start, end = _burmese(text, start, end)
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.entity_type, span.score)


def _burmese(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown over neighbouring Burmese name words (at most three each way)."""
    name = text[start:end]
    for _ in range(3):
        after = _WORD_AFTER.match(text, end)
        if after is None or after.group("word").lower() not in _BURMESE or not _same_case(after.group("word"), name):
            break
        end = after.end()
    for _ in range(3):
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if (before is None or before.group("word").lower() not in _BURMESE
                or not _same_case(before.group("word"), name)):
            break
        start = before.start()
    return start, end


# the particle between two found parts of one name: "ORTIZ DE GARCIA", "Ramírez de Ortiz", "Silva e Costa"
_PARTICLE_GAP = re.compile(r"[ ](?i:de|del|de la|de los|da|das|do|dos|e|y|van|von|van der|van den)[ ]")
# a kin word that opens a found name ("Grandchild Hiwot uses ..."): the relation, not the name
_KIN = r"(?i:grand(?:child|son|daughter|mother|father)|step(?:son|daughter)|niece|nephew|cousin|daughter)"
_KIN_OPENER = re.compile(rf"{_KIN}[ ](?=[A-Z])")
_KIN_WORD = re.compile(_KIN)


def _joined(text: str, spans: list[Span]) -> list[Span]:
    """Person spans that a name particle alone separates become one."""
    # the longest span at a start is the one that meets its right neighbour, whatever order the spans came in
    people = sorted({s for s in spans if s.entity_type == "PERSON"}, key=lambda s: (s.start, s.end))
    joined = {}
    for left, right in zip(people, people[1:], strict=False):
        if 0 < right.start - left.end <= 12 and _PARTICLE_GAP.fullmatch(text, left.end, right.start):
            joined[left] = Span(left.start, right.end, left.entity_type, left.score)
    return [joined.get(s, s) for s in spans]


def _without_kin(text: str, span: Span) -> Span:
    kin = _KIN_OPENER.match(text, span.start, span.end)
    return span if kin is None else Span(kin.end(), span.end, span.entity_type, span.score)


def join_name_parts(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each person span widened over the name parts its naming tradition writes beside it (a kin
    word opening it, or found alone, is no name)."""
    people = [s for s in spans if s.entity_type != "PERSON" or not _KIN_WORD.fullmatch(text, s.start, s.end)]
    return _joined(text, [_widen(text, _without_kin(text, s)) if s.entity_type == "PERSON" else s for s in people])
