"""Offsets into a recording, not times of day (round 42, tuner B).

A call transcript, a dictation or auto-captions stamp each turn with the time elapsed since the recording began:
"[00:01:32] Caller: ...". Where the first stamp opening a line is in the recording's first minutes ("[00:00:41]",
"[00:02:05]") and each stamp is no earlier than the one before, the stamps count from zero: they are no date
or time of day and say nothing of the patient.
``without_recording_offsets`` drops DATE_TIME spans that are exactly such a stamp's time.
"""

from __future__ import annotations

import re

from redaction._spans import Span

_OFFSET = re.compile(r"(?m)^[ \t]*\[(\d\d:\d\d:\d\d)\]")
_LINE_STAMP = re.compile(r"(?m)^[ \t]*\[[^\]\n]*\d[^\]\n]*\]")


def without_recording_offsets(text: str, spans: list[Span]) -> list[Span]:
    """Drop DATE_TIME spans on the line-opening stamps of a text whose every line-opening stamp is "[HH:MM:SS]",
    the first within the recording's first ten minutes and each no earlier than the one before."""
    if "[00:0" not in text:
        return spans
    stamps = [m.group() for m in _LINE_STAMP.finditer(text)]
    offsets = list(_OFFSET.finditer(text))
    times = [m.group(1) for m in offsets]
    if (len(offsets) < 2 or len(offsets) != len(stamps) or not times[0].startswith("00:0")
            or any(b < a for a, b in zip(times, times[1:]))):
        return spans
    found = {m.span(1) for m in offsets}
    return [s for s in spans if not (s.entity_type == "DATE_TIME" and (s.start, s.end) in found)]
