"""A worklist row's trailing flag: a cell past the header's last column that labels the row, not a value.

"| Okafor | NAME ALERT", "  Popov  age 48Y", "| STAT": a row may add one cell the header does not name (an alert,
a priority, an age note). Such a cell is no column's value: the row's other cells keep their header's labels
(no right-shift of the header, no joining into a free-text column).
"""

from __future__ import annotations

import re

from redaction._denylist import not_name_words
from redaction._vocabulary import is_clinical_vocabulary

# "age 48Y", "age 7 mo", "48Y"
_AGE_NOTE = re.compile(r"(?:[Aa]ge[ \t]*)?\d{1,3}[ \t]?(?:[YyMmWwDd]|yo|y/o|mo|yrs?|years?)\.?")
# abbreviated flags no vocabulary holds
_FLAG_WORDS = frozenset({"interp", "isol", "isolation", "npo", "prn", "vip", "dnr", "fyi", "hold", "alert", "asap"})


def trailing_flag(cell: str) -> bool:
    """``cell`` is a row's flag: an age note, or one to three words written in capitals that are all report words
    ("NAME ALERT", "STAT", "INTERP"), never a name."""
    value = cell.strip()
    if _AGE_NOTE.fullmatch(value):
        return True
    words = value.split()
    if not 1 <= len(words) <= 3 or not value.isupper():
        return False
    return all(w.isalpha() and (w.lower() in _FLAG_WORDS or w.lower() in not_name_words()
                                or is_clinical_vocabulary(w.lower())) for w in words)
