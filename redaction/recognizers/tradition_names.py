"""Names whose shape comes from a naming tradition or a chat's layout, found with no other cue:

- a Chinese name written with a two-letter family name, before or after a given name in pinyin ("Qiang Hu",
  "Hu Yifan"): the given name must read as one to three pinyin syllables and be no report word;
- a chat line's speaker written as a lone initial ("[5:06 AM] S.: ok, on it").
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words, not_name_words
from redaction._vocabulary import is_clinical_vocabulary
from redaction.recognizers._base import SpanRecognizer
from redaction.recognizers._first import guarded

# two-letter Chinese family names that are no English word or common abbreviation
_FAMILY = r"(?:Hu|Xu|Wu|Yu|Lu|Li|Du|Gu|Fu|Qi|Ji)"
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|"
             r"a|o|e|i|u)")
_PINYIN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}")
_CHINESE = re.compile(rf"(?<![\w'’.-])(?:(?P<given>[A-Z][a-z]{{1,11}})[ ]{_FAMILY}"
                      rf"|{_FAMILY}[ ](?P<given2>[A-Z][a-z]{{1,11}}))(?![\w'’-])")
_CHINESE = guarded(_CHINESE)  # searched over whole texts: re skips to where a match can start
# "[5:06 AM] S.: ..." - a bracketed clock time opening the line, then the initial and a colon
_CHAT_INITIAL = re.compile(r"^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?\][ \t]+"
                           r"(?P<name>[A-Z]\.)(?=:[ \t])", re.MULTILINE)


class _SpanRecognizer(SpanRecognizer):
    SCORE = 0.85


def _pinyin_given(word: str) -> bool:
    lower = word.lower()
    return (len(lower) >= 2 and _PINYIN.fullmatch(lower) is not None and lower not in clinical_words()
            and lower not in not_name_words() and lower not in abbreviations() and not is_clinical_vocabulary(lower))


class ChineseShortFamilyNameRecognizer(_SpanRecognizer):
    """``Qiang Hu`` / ``Hu Yifan``: a two-letter Chinese family name beside a pinyin given name."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _CHINESE.finditer(text):
            if _pinyin_given(match.group("given") or match.group("given2")):
                spans.append(match.span())
        return spans


class ChatInitialSpeakerRecognizer(_SpanRecognizer):
    """``[5:06 AM] S.: ok``: a chat line whose speaker signs with a lone initial."""

    def _spans(self, text: str) -> list[tuple[int, int]]:
        if "] " not in text and "]\t" not in text:
            return []
        return [m.span("name") for m in _CHAT_INITIAL.finditer(text)]
