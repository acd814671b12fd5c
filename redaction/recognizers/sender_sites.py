"""The site that sent something, named after "sender" in a media-import or transfer log.

``Received 03/02/2026 from courier; sender Pine Ridge Family Clinic Lisbon``: the sender of outside images
is a site, and its whole name runs to the end of the line or field, a town written after the site's head
word included (a town alone would not be told by anything else). The name must hold a site's head word
(Clinic, Hospital, Center, Imaging, ...): "sender and destroy all copies" is not one.
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-Z][A-Za-z'’.-]*"
_SITE_HEAD = re.compile(r"\b(?:Hospital|Clinic|Cent(?:er|re)|Radiology|Imaging|Associates|Services|Health|"
                        r"Infirmary|Institute|Partners|Practice|Medical|Diagnostics?|Hospitals|Clinics|"
                        r"General|Cooperative|Klinik|Klinikum|Hôpital|Ospedale|Szpital|Hospitalario)\b")


class SenderSiteRecognizer(RegexRecognizer):
    """FACILITY: the site named after "sender" / "sending facility", up to the end of its field."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        (r"\b(?i:sender|sending[ \t]+(?:facility|site|hospital|institution)|originating[ \t]+(?:facility|site))"
         rf"[ \t]*:?[ \t]+(?P<phi>{_CAP}(?:[ \t](?:of|de|del|la|the|al|el|{_CAP})){{1,7}})"
         r"(?=[ \t]*(?:[,;(]|[ \t]{2}|$))"),
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return _SITE_HEAD.search(text, start, end) is not None
