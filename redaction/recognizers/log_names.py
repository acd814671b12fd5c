"""Names where logs, chats and lists put them: initials closing a task, a speaker before a message,
a surname before sex/age in an ED board.

These are positions, not words: "Closed 3/4/26 by MK.", "MM 1:34pm: suggest premedication",
"[5:32pm] Anselm Zhou: on it", "1) Mayo, F/29, ED bay 11". Whatever the letters spell, a token there
is a person (a radiologist's initials can spell "MS" or "AT").
"""

from __future__ import annotations

import re

from redaction._denylist import is_clinical
from redaction.recognizers._base import RegexRecognizer

# tokens a workflow verb's "by" is followed by that are not people: modalities, services, methods
_NOT_INITIALS = frozenset(
    "CT MR MRI US XR PET NM CTA MRA MRV CTV EUS IR XA DXA DEXA SPECT ECG EKG EEG EMG ED ER ICU IV "
    "PA AP LAT FAX MAIL EMAIL PACS RIS EHR EMR EPIC HL7 API AI CAD QA QC IT RN MD DO NP PA-C UPS FEDEX USPS".split())
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)?|\d{1,2}:\d{2}"


class LogInitialsRecognizer(RegexRecognizer):
    """Initials after a workflow verb's "by" at a line's end, or opening a line before a clock time."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"\b[A-Za-z][a-z]{2,}ed[ \t]+(?:[^\n]{0,40}?[ \t])?by[ \t]+(?P<phi>[A-Z][A-Z'’]{1,2}|(?:[A-Z]\.){2,3})"
                r"(?=[ \t]*[.;,]?[ \t]*(?:$|\n))",
                rf"(?m)^[ \t]*(?P<phi>[A-Z][A-Z'’]{{1,2}})[ \t]+(?:{_TIME})[ \t]*:",
                # initials glossed by the full name: "reviewed by ORM (Oksana Marsh, RT(R))"
                r"\b(?P<phi>[A-Z]{2,3})[ \t]+\((?=[A-Z][a-z'’-]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][A-Za-z'’-]+[,)])",
                # initials under their own label: "Subject initials: CRP", "Initials - J.K.L."
                r"\b(?i:initials)[ \t]*[:=-][ \t]*(?P<phi>[A-Z]{2,4}|(?:[A-Z]\.){2,4})(?![A-Za-z])")

    def keep(self, text: str, start: int, end: int) -> bool:
        return text[start:end].rstrip(".") not in _NOT_INITIALS


class ChatSpeakerRecognizer(RegexRecognizer):
    """The speaker of a chat or log line after its timestamp: ``[5:32pm] Anselm Zhou: on it``."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"(?m)^[ \t]*[\[(]?[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp](?:\.?[Mm]\.?)?)?"  # "1:17p"
                r"[ \t]*[\])]?[ \t]*-?[ \t]*"
                r"(?P<phi>[A-Z][A-Za-z'’-]+(?:[ \t](?:(?:de|del|da|dos|das|di|du|van|von|der|den|la|le|los|las|bin|"
                r"al|el|ter|ten)[ \t])*[A-Z][A-Za-z'’-]+){0,3})[ \t]*:(?!\d)",)


class SexAgeNameRecognizer(RegexRecognizer):
    """A surname right before sex/age in a list: ``2) Schmidt-Hahn, F/101``, ``Kaur, M/96``, ``Lee (F, 72)``."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"(?<![A-Za-z'’-])(?P<phi>(?:(?:von|van|de|del|da|di|la|le|al|el|bin)[ \t])?[A-Z][A-Za-z'’]+"
                r"(?:-[A-Z][A-Za-z'’]+)?(?:,[ \t]*[A-Z][A-Za-z'’-]+)?)(?:,[ \t]*(?:[MF]/\d{1,3}|\d{1,3}[ \t]?[MF]\b)|"
                r"[ \t]+\([MF],[ \t]*\d{1,3}\))(?![\d/])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return not is_clinical(text[start:end], text[end:end + 40])


class RelationOfNameRecognizer(RegexRecognizer):
    """A name after "the family of", "on behalf of", "the mother of": ``for the family of LeBlanc, Summer``."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (r"\b(?i:family|parents?|relatives?|mother|father|wife|husband|son|daughter|guardian|caregivers?|"
                r"spouse|partner|sister|brother|children|behalf|care|attention|estate|widow|widower)[ \t]+of[ \t]+"
                r"(?:(?i:the[ \t]+)?(?i:patient|pt)[ \t]+)?"
                r"(?P<phi>[A-Z][A-Za-z'’-]+(?:,?[ \t]+[A-Z][A-Za-z'’-]+){0,2}(?:[ \t]+[A-Z]\b\.?)?)",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1] in ".,":
            end -= 1
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        return not is_clinical(text[start:end], text[end:end + 40])
