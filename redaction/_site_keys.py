"""Site keys: a facility found by its name is PHI in the folder and file keys built from that name.

Export folders, blob prefixes and scanned-file names carry the sending site as a key squeezed out of its name:
"Mercy Valley Hospital" becomes ``MercyValley``, "Northgate Cancer Center" ``NorthgateCC``, "St. Brigid's Regional
Medical Center" ``StBrigidsRMC``, "Lakeshore Children's Hospital" ``LAKESHORE_CH``. Once the document names the
site in words, each key form of that name (the leading words run together in camel case, optionally followed by
the initials of the remaining words, or the leading words in capitals joined by ``_`` before those initials) is
masked wherever it stands as a token of its own (``_`` and ``/`` bound it: ``README_NorthgateCC.TXT``). A form needs
two words, or one word and two initials, and at least six characters, so a lone "Mercy" or "Valley" is never masked.
"""

from __future__ import annotations

import re

from redaction._spans import Span

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.]*")


def site_keys(text: str, spans: list[Span]) -> list[Span]:
    """FACILITY spans for the key forms of the facility names found in ``text`` ("MercyValley", "NorthgateCC")."""
    names = {text[s.start:s.end] for s in spans if s.entity_type == "FACILITY"}
    forms: set[str] = set()
    for name in names:
        forms |= _key_forms(name)
    forms = {f for f in forms if f in text}
    if not forms:
        return []
    pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                         + r")(?![A-Za-z0-9])")
    return [Span(m.start(), m.end(), "FACILITY", 0.75) for m in pattern.finditer(text)]


def _key_forms(name: str) -> set[str]:
    """"Northgate Cancer Center" -> {"NorthgateCancer", "NorthgateCC", "NORTHGATE_CC", "NorthgateCancerCenter", ...}."""
    words = [re.sub(r"[^A-Za-z]", "", w) for w in _WORD.findall(name)]
    words = [w for w in words if w and w[0].isupper()]
    forms = set()
    for k in range(1, len(words) + 1):
        head, rest = words[:k], words[k:]
        camel = "".join(w[0].upper() + w[1:] for w in head)
        initials = "".join(w[0].upper() for w in rest)
        if k >= 2:
            forms.add(camel)
        if len(initials) >= 2 or (k >= 2 and initials):
            forms.add(camel + initials)
            forms.add("_".join(w.upper() for w in head) + "_" + initials)
    return {f for f in forms if len(f) >= 6}
