"""Clinicians named by the role they hold in a crew or sign-off list, the name ending the entry, so that the
position decides even when the surname is a word or an eponym ("Street", "Frost", "Long", "Cushing"):

- a transport or sedation crew line: ``Flight RN O. Bell; medic K. Street; receiving MD Winter 555-0111``,
  ``Monitored by Ann Cole, RN; MD Young.``;
- a role cell of a table followed by the name's cell: ``| Surgeon | Frost |``;
- an initialled surname after "by" ending its clause: ``produced 11/24 by T. Street;``;
- a given name or surname after a ward role, then the verb of an incident narrative:
  ``transporter Amara witnessed``, ``Charge RN Holt notified at 4 PM``, and a transport board's transporter
  column (the name, then the trip's status and time).
"""

from __future__ import annotations

import re

from redaction._denylist import not_name_words
from redaction.recognizers._base import RegexRecognizer

_CAPITAL = r"[A-Z][A-Za-z'’]*[a-z](?:-[A-Z][a-z]+)?"
_INITIAL = r"[A-Z]\.[ \t]?"
# the entry ends: a separator, a sentence end, a phone number, or the line's end
# what a named witness did in an incident narrative: "transporter Amara witnessed", "RN Holt notified"
_NARRATIVE_VERB = (r"(?:witnessed|notified|paged|called|assisted|responded|arrived|reported|observed|informed|"
                   r"updated|saw|found|helped|was[ \t]+(?:notified|present|paged|called|informed))")
_ENTRY_END = r"(?=[ \t]*(?:[;,|]|\.(?:[ \t]|$)|\(?\+?\d[\d ().-]{6,}|$))"


class CrewRoleNameRecognizer(RegexRecognizer):
    """A surname (perhaps initialled) right after a clinical role abbreviation or a crew role word."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        rf"(?:^|(?<=[;,.:] )|\b(?i:receiving|accepting|attending|referring|ordering|flight|transport)[ \t]+)"
        rf"(?:MD|RN|(?i:medic|paramedic))[ \t]+(?P<phi>(?:{_INITIAL})?{_CAPITAL}){_ENTRY_END}",
        rf"\|[ \t]*(?i:surgeon|radiologist|attending|referring physician|ordering physician|physician|proceduralist)"
        rf"[ \t]*\|[ \t]*(?P<phi>(?:{_INITIAL})?{_CAPITAL}(?:[ \t]{_CAPITAL})?)[ \t]*(?=\||$)",
        rf"\bby[ \t]+(?P<phi>{_INITIAL}{_CAPITAL})(?=[ \t]*(?:[;,]|\.(?:[ \t]|$)|$))",
        rf"\b(?:(?i:transporter|porter|escort|sitter|aide|charge[ \t]+nurse)|(?:Charge[ \t]+)?(?:RN|LPN|CNA))[ \t]+"
        rf"(?P<phi>{_CAPITAL}(?:[ \t]{_CAPITAL})?)(?=[ \t]+{_NARRATIVE_VERB}\b)",
        # a transport board's transporter column, the trip's status and clock after it:
        # ``3G14  KOVAC, ANA  CT head  WC  -  Oksana  picked up 20:28``
        rf"(?<=[ \t][ \t])(?P<phi>{_CAPITAL}(?:[ \t]{_CAPITAL})?)[ \t]{{2,}}"
        rf"(?=(?:picked[ \t]up|in[ \t]exam|returned|dispatched|en[ \t]route|assigned)[ \t]+\d{{1,2}}:\d\d\b)",
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        """A label word in the name's place ("MD  Cert 12345") is no surname."""
        return not any(w.strip(".").lower() in not_name_words() for w in text[start:end].split())
