"""A full name closing a title line (``Imaging Consult - Jane Roe``), told apart from a title's own subtitle."""
from __future__ import annotations

import re

from redaction._denylist import clinical_words, not_name_words
from redaction.recognizers.names import IdentifiedNameRecognizer

_DASH = " - "  # the separator before a title line's closing part
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


class TitleAwareIdentifiedNameRecognizer(IdentifiedNameRecognizer):
    """``IdentifiedNameRecognizer``, but a title line's closing part that holds a report or clinical word is
    its subtitle, not a name: ``Hot Lab - Daily Dose Record``, ``SKELETAL SURVEY - SUSPECTED ABUSE TRAUMA``,
    ``Claim Form - Radiology Claim`` (the leading "Radiology" is trimmed first, so the whole part is judged)."""

    def keep(self, text: str, start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        dash = text.rfind(_DASH, line_start, start + 1)
        line_end = text.find("\n", end)
        line_end = line_end if line_end >= 0 else len(text)
        # only a name that closes its line: "Consult - Jane Roe (MRN ...)" is judged by the identifiers after it
        if dash >= 0 and not text[end:line_end].strip() and _has_report_word(text[dash + len(_DASH):line_end]):
            return False
        return super().keep(text, start, end)


def _has_report_word(part: str) -> bool:
    """Any word of ``part`` is a clinical or report word ("Record", "Trauma", "Imaging")."""
    return any(w in clinical_words() or w in not_name_words() for w in (t.lower() for t in _WORDS.findall(part)))
