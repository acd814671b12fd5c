"""People, ages and serials in caption files, chat exports and bilingual cards, read from their layout.

- A caption cue's speaker label: the line after an SRT/WebVTT cue timing opening on a name in capitals and a colon
  ("00:35:47,060 --> 00:35:50,247\\nDRUMMOND: Imaging was done at"); a WebVTT voice tag names its speaker
  ("<v Young>", "<v.doctor Efua Baker>").
- A present age said of a person: "so she's 93 now", "he is 101 today" (over 89 only).
- A Slack mention's handle after the member ID ("<@U0XS1HMGD|dr.rasmussen>", "<@U0KRCS6JU|tbell>"), and an
  "@first.last" handle in chat or Markdown ("still down — @sebastiao.finch").
- A name under a script label on a bilingual card: "Name (Latin): FITZWILLIAM, Joël", its bidi marks left out.
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer

_STAMP = r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}"
_CAPS = r"[A-Z][A-Z'’-]*[A-Z]"
_ROLES = frozenset({"speaker", "narrator", "unknown", "interpreter", "patient", "doctor", "nurse", "voice", "male",
                    "female", "man", "woman", "all", "both", "crowd", "music", "note", "host", "moderator", "chair",
                    "caller", "agent", "operator", "resident", "fellow", "attending", "radiologist", "tech"})
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"


def _not_a_role(words: str) -> bool:
    parts = [w.lower() for w in re.split(r"[\s.]+", words) if w]
    return bool(parts) and not any(p in _ROLES or p.rstrip("0123456789") in _ROLES for p in parts) and not all(
        p in clinical_words() or p in not_name_words() for p in parts)


class CaptionSpeakerRecognizer(RegexRecognizer):
    """PERSON: the capitalised speaker label opening a caption cue's text, or a WebVTT voice tag's name."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?m)^[ \t]*{_STAMP}[ \t]*-->[ \t]*{_STAMP}[^\n]*\n(?:<v[^>\n]*>)?[ \t]*-?[ \t]*"
                rf"(?:(?:DR|MR|MRS|MS)\.?[ \t]+)?(?P<phi>{_CAPS}(?:[ \t]{_CAPS}){{0,2}})[ \t]*:(?=[ \t])",
                r"<v(?:\.[\w.-]+)?[ \t]+(?P<phi>[^\W\d_][^<>\n]{0,58}[^\W\d_])>")

    def keep(self, text: str, start: int, end: int) -> bool:
        return _not_a_role(text[start:end])


class PresentAgeRecognizer(RegexRecognizer):
    """AGE_OVER_89: an age over 89 said of someone now: "so she's 93 now", "he is 101 today"."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:she|he|they)(?:['’]s|[ \t]+is|[ \t]+are|['’]re)[ \t\r\n]+(?P<phi>(?:9\d|1[01]\d))"
                r"(?=[ \t\r\n]+(?i:now|today|this[ \t]+year)\b)",)


class ChatHandleRecognizer(RegexRecognizer):
    """PERSON: a Slack mention's handle ("<@U0XS1HMGD|dr.rasmussen>"), an "@first.last" handle."""

    ENTITY = "PERSON"
    SCORE = 0.85
    _TLDS = frozenset({"com", "org", "net", "edu", "gov", "io", "us", "uk", "ca", "info", "health", "care", "med"})
    PATTERNS = (r"<@[UW][A-Z0-9]{6,12}\|(?P<phi>[\w][\w.'’-]{0,38}[\w])>",
                r"(?<![\w.@/])@(?P<phi>[a-z][a-z'-]+\.[a-z][a-z'-]+)(?![\w@]|\.[a-z])")

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end]
        return not ("." in word and word.rsplit(".", 1)[1] in self._TLDS)


class ScriptLabelNameRecognizer(RegexRecognizer):
    """PERSON: the name after "Name (Latin):", "Name (English):", "Name (native script):" on a bilingual card."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?m)^[ \t]*(?i:name)[ \t]*\((?i:latin|english|roman(?:i[sz]ed)?|transliterated|native[ \t]+script|"
                rf"legal|as[ \t]+on[ \t]+(?:ID|passport))\)[ \t]*:[ \t{_BIDI}]*"
                rf"(?P<phi>[^\W\d_][^\n\d{_BIDI}:]{{0,58}}[^\W\d_])",)
