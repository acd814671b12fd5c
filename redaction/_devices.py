"""Device models: a capitalised word right after a device maker or model family names the model.

Reports name the scanner, injector or densitometer that made the study ("Hologic Horizon A",
"Biograph Vision", "MEDRAD Stellant"). A model name is an ordinary word ("Horizon", "Vision") or no word
at all, so NER and the residual nets take it for a person; the maker or family word before it says
what it is. The makers are listed in ``clinical_terms.yaml`` (``device_makers``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from redaction._denylist import _data

# the word right before a span, on the same line, one space or tab away
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z-]*)[ \t]\Z")


@lru_cache(maxsize=1)
def device_makers() -> frozenset[str]:
    """Lower-cased makers and model families of imaging devices."""
    return frozenset(str(w).lower() for w in _data().get("device_makers") or ())


def after_device_maker(text: str, start: int) -> bool:
    """The word right before ``start`` is a device maker or model family ("Hologic |Horizon")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return bool(before) and before.group(1).lower() in device_makers()
