"""Names spelled out letter by letter on the phone or in dictation (round 42, tuner B).

A caller or a dictating radiologist spells a name so it is typed right: "N-G-U-Y-E-N", "K O W A L C Z Y K",
"B, A, P, T, I, S, T, E", or with the first letter given phonetically, "S as in Sam, M-I-T-H". The run of
single letters is a name. A run of capital letters is also how an abbreviation is written out ("C T", "M R I"),
so a run counts only where the letters spell a word standing near it (the name just said, "Nguyen,
N-G-U-Y-E-N", folded to plain letters: "Sørensen" is spelled "S R E N S E N") or where a spelling cue stands
right before it ("last name", "spelled", "spelling", "that's").

A name misheard by speech recognition and split in two ("Gre Wal" for Grewal, "...Pa Tel..." for Patel) is a
name too where its halves joined give a capitalised word of the same text.
"""

from __future__ import annotations

import re
import unicodedata

from redaction._vocabulary import is_clinical_vocabulary, is_common_word
from redaction.recognizers._base import SpanRecognizer
from redaction.recognizers._first import guarded

_PHONETIC = r"[A-Z][ \t]+as[ \t]+in[ \t]+[A-Z][a-z]+,?[ \t]+"
# one separator throughout the run: hyphens, commas or single spaces
_RUNS = (r"[A-Z](?:-[A-Z]){%d,}", r"[A-Z](?:,[ \t][A-Z]){%d,}", r"[A-Z](?:[ \t][A-Z]){%d,}")
_SPELLED = re.compile(r"(?<![\w'’-])(?P<lead>%s)?(?P<run>%s)(?![\w'’]|-\w|,[ \t][A-Z](?![\w'’]))" % (
    _PHONETIC, "|".join(run % 1 for run in _RUNS)))
_SPELLED = guarded(_SPELLED)  # searched over whole texts: re skips to where a match can start
_CUE = re.compile(r"(?i)(?:\b(?:spell\w*|(?:sur|last[ \t]|first[ \t]|family[ \t]|middle[ \t]|given[ \t]|maiden[ \t])"
                  r"name(?:['’]s)?|that['’]s|that[ \t]is)\b[^.!?\n\d]{0,25}?)[ \t:,\"]*\Z")
_SPELL = re.compile(r"(?i)\bspell\w*\b[^.!?\n\d]{0,25}?[ \t:,\"]*\Z")
# a run said at the start of a turn that answers a request to spell: "can you spell it? -- Caller: A C H T E R B E R G"
_ASKED = re.compile(r"(?i)\bspell\w*\b[^\n]*\n[ \t]*(?:\[[^\]\n]*\][ \t]*)?[^:\n]{1,40}:[ \t]*\Z")
_WORD = re.compile(r"[^\W\d_]+(?:['’ -][^\W\d_]+)*")
_SPLIT = re.compile(r"(?<![\w-])([A-Z][a-z]{0,4})[ \t]([A-Z]?[a-z]{1,6})(?![\w-])")
_PARTICLES = frozenset("de la del van von der den da di dos du bin al el le ter ten".split())
_WINDOW = 300


def _fold(word: str) -> str:
    """Plain lower-case ASCII letters only: "Ó Súilleabháin" -> "osuilleabhain", "Sørensen" -> "srensen"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()).lower()


def _words_near(text: str, start: int, end: int) -> set[str]:
    """Every capitalised word near a span and every join of two or three of them, folded."""
    window = text[max(0, start - _WINDOW):start] + " " + text[end:end + _WINDOW]
    found: set[str] = set()
    for match in _WORD.finditer(window):
        parts = re.split(r"[ '’-]", match.group())
        for i, part in enumerate(parts):
            if not part[:1].isupper():
                continue
            joined = ""
            for nxt in parts[i:i + 3]:
                if joined and not nxt[:1].isupper() and nxt.lower() not in _PARTICLES:
                    break
                joined += _fold(nxt)
                found.add(joined)
    return found


def _spells(letters: str, words: set[str]) -> bool:
    """``letters`` spell one of ``words``, or one with a letter left out (the recognizers read folded text, so
    "Sørensen" spelled "S R E N S E N" stands as "Sorensen")."""
    if letters in words:
        return True
    return len(letters) >= 4 and any(len(w) == len(letters) + 1 and w[0] == letters[0]
                                     and any(w[:i] + w[i + 1:] == letters for i in range(1, len(w))) for w in words)


def _letter_spaced(text: str, match: re.Match[str], letters: str) -> bool:
    """Letters spaced out for show, as a heading is typed ("F A X   C O V E R"): a run of single spaces that opens
    its line or spells an everyday word."""
    if "-" in match.group("run") or "," in match.group("run"):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    return not text[line_start:match.start()].strip() or is_common_word(letters)


class SpelledNameRecognizer(SpanRecognizer):
    """A run of three or more single letters that spells a word said nearby or follows a spelling cue."""

    ENTITY = "PERSON"
    SCORE = 0.85

    def _spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for match in _SPELLED.finditer(text):
            letters = "".join(c for c in match.group("run") if c.isalpha()).lower()
            lead = match.group("lead")
            if lead:
                letters = lead[0].lower() + letters
            if len(letters) < 3:
                continue
            start = match.start()
            cued = (lead is not None or _CUE.search(text, max(0, start - 40), start) is not None
                    or _ASKED.search(text, max(0, start - 200), start) is not None)
            asked = _SPELL.search(text, max(0, start - 40), start) is not None
            if cued and lead is None and is_clinical_vocabulary(letters) and not asked:
                continue  # "that's C T A": an abbreviation, unless asked to spell it
            if not cued and (_letter_spaced(text, match, letters)
                             or not _spells(letters, _words_near(text, start, match.end()))):
                continue
            spans.append((start, match.end()))
        return spans


class SplitNameRecognizer(SpanRecognizer):
    """A name speech recognition split in two ("Gre Wal", "Iy Er"): the halves joined are a capitalised word of
    the same text that is no clinical word and is not also written in lower case."""

    ENTITY = "PERSON"
    SCORE = 0.8

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if not _SPLIT.search(text):
            return []
        from redaction._vocabulary import is_known_word

        spans: list[tuple[int, int]] = []
        whole: set[str] | None = None
        for match in _SPLIT.finditer(text):
            first, second = match.group(1), match.group(2)
            joined = first + second.lower()
            if len(joined) < 4 or is_clinical_vocabulary(joined):
                continue
            if is_known_word(joined) and re.search(rf"(?<![\w-]){joined.lower()}(?![\w-])", text):
                continue  # a word written in lower case elsewhere: "Ultra Sound" for ultrasound
            if whole is None:
                whole = {m.group() for m in re.finditer(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])", text)}
            if joined in whole:
                spans.append(match.span())
        return spans
