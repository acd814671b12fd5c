"""Clock times an ambulance run sheet or a European report writes without a colon or a date before them.

* A run sheet's milestones: ``Dispatched 2005  On scene 2014  At ED 2041``, ``En route 1408``, ``Pt contact
  0913``, ``Transfer of care 2252``. A value that could be a year (1900-2099: "On scene 2014") counts only on a
  line that holds another milestone time, so "transported 2019" in prose stays a year.
* A clock after the Scandinavian "kl." (klokken, klockan) or before "Uhr"/"uur": ``kl. 09.30``, ``10.15 Uhr``.
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer

# the milestones of an EMS run: dispatch, response, scene, patient contact, transport, arrival, hand-off
_DEPARTURE = (r"(?i:dispatch(?:ed)?|paged[ \t]+out|en[ \t-]?route|enroute|responding|"
              r"(?:on|at|arrived?(?:[ \t]+on)?)[ \t]+"
              r"scene|(?:left|depart(?:ed)?)[ \t]+(?:scene|ED)|"
              r"(?:pt|patient)[ \t]+contact|transport(?:ing|ed)?|transfer[ \t]+of[ \t]+care|hand-?off|"
              r"(?:back[ \t]+)?in[ \t]+service|call[ \t]+received|wheels[ \t]+(?:up|down)|lift[ \t-]?off|landed|"
              # the header cell's short labels, only as a label (a colon, a pipe cell or dotted leaders after them)
              r"(?:disp|arr)(?=[ \t]*(?::|\||\.{2,})))")
# arrival milestones ("At ED 2041") are found by their last word: "at" is in every text, "ED" is not
_ARRIVAL_END = r"(?i:ED|ER|hospital|hosp|destination|dest|facility)"
_MILESTONE = rf"(?:{_DEPARTURE}|(?i:at|arrived?(?:[ \t]+at)?)[ \t]+{_ARRIVAL_END})"
_TIME = r"(?:[01]\d|2[0-3])[0-5]\d"
# what follows a number that is not a time: a unit, a count, a decimal or a range
_NOT_AFTER = (r"(?![-/.:,]\d|[ \t]*(?i:mm|cm|m|mg|ml|mgy|gy|hu|%|x|kg|lbs?|mi|miles|km|patients|cases|studies|"
              r"calls|runs)\b)")
# a colon, an at-sign, a pipe between table cells or a form's dotted leaders ("DISPATCHED...... 0728")
_SEPARATOR = r"[ \t]*(?:[:=@|-]|\.{2,})?[ \t]*"
_ROWS_AROUND = 3  # a header block's rows before and after a year-shaped value that may hold its sibling milestone
_YEAR = re.compile(r"(?:19|20)\d\d")
_LINE_MILESTONE = re.compile(rf"\b{_MILESTONE}{_SEPARATOR}{_TIME}\b")
_MILESTONE_BEFORE = re.compile(rf"\b{_MILESTONE}{_SEPARATOR}\Z")


class RunSheetTimeRecognizer(RegexRecognizer):
    """A 24-hour time after a run-sheet milestone, and a dotted clock after "kl." or before "Uhr"/"uur"."""

    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (
        rf"\b{_DEPARTURE}{_SEPARATOR}(?P<phi>{_TIME})\b{_NOT_AFTER}",
        rf"\b{_ARRIVAL_END}{_SEPARATOR}(?P<phi>{_TIME})\b{_NOT_AFTER}",
        r"\b(?i:kl)\.?[ \t]*(?P<phi>(?:[01]?\d|2[0-3])[.:][0-5]\d)(?![\d.:]?\d)",
        r"(?<![\d.:])(?P<phi>(?:[01]?\d|2[0-3])[.:][0-5]\d)[ \t]*(?:Uhr|uur)\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        if text[start:end].isdigit() and not _MILESTONE_BEFORE.search(text, max(0, start - 40), start):
            return False  # "Fort Dest 2041": the last word of a milestone without the milestone
        if not _YEAR.fullmatch(text[start:end]):
            return True
        # "Dispatched 2005  On scene 2014": a run sheet's clock; a header table gives each milestone its own row
        # ("| Disp | 1918 |" then "| Arr | 1931 |"), so the lines around the value count too
        lo = start
        for _ in range(_ROWS_AROUND + 1):
            lo = text.rfind("\n", 0, lo - 1) if lo > 0 else -1
            if lo < 0:
                break
        hi = end
        for _ in range(_ROWS_AROUND + 1):
            hi = text.find("\n", hi + 1)
            if hi < 0:
                break
        block = text[lo + 1:hi if hi >= 0 else len(text)]
        return len(_LINE_MILESTONE.findall(block)) >= 2
