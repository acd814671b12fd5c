"""First-level regions written after the town in an address: Indian states and union territories.

Safe Harbor removes geographic units smaller than a state; a state is not one. An Indian address writes its
state between the town and the PIN code ("..., 10th Cross, Pune, Maharashtra 411001"): the state shows that the
segment before it is the town (``address_chains`` reads it so) and is itself no PHI. Territories named after
their city ("Delhi", "Chandigarh", "Puducherry") are left out: they stay towns.

A name rule may read "Pune, Maharashtra" as "Surname, Given" or "Nadu" as a lone capitalised name, and NER may
read the state as a town: ``without_regions`` takes the state back out of such a PERSON or CITY span.
"""

from __future__ import annotations

import re

from redaction._spans import Span

REGIONS = frozenset("""
Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|
Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|
Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Andaman and Nicobar Islands|
Dadra and Nagar Haveli|Daman and Diu|Jammu and Kashmir|Ladakh|Lakshadweep|NCT of Delhi
""".replace("\n", "").split("|"))

REGION_PATTERN = "|".join(re.escape(r) for r in sorted(REGIONS, key=len, reverse=True))
_WORDS = frozenset(w for region in REGIONS for w in region.split())
# a region after a comma (its town before it) or before a PIN code: "Pune, Maharashtra", "Tamil Nadu 600041"
_REGION = re.compile(rf"(?<=,)[ \t]*(?P<region>{REGION_PATTERN})\b|(?P<pin_region>{REGION_PATTERN})(?=[ \t]+\d{{6}}\b)")
_TYPES = frozenset({"PERSON", "CITY"})
_LOOK = 40  # how far either side of a name span a region is looked for


def without_regions(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the parts of PERSON and CITY spans that are a region after a town's comma or before a PIN
    code.

    Only a PERSON or CITY span holding a region's word is looked at: most texts cost one set lookup per span."""
    kept = []
    for span in spans:
        if span.entity_type not in _TYPES or _WORDS.isdisjoint(re.findall(r"[A-Za-z]+", text[span.start:span.end])):
            kept.append(span)
            continue
        start, end, kind = span.start, span.end, span.entity_type
        for region in _REGION.finditer(text, max(0, start - _LOOK), min(len(text), end + _LOOK)):
            r_start, r_end = region.span("region") if region.group("region") else region.span("pin_region")
            if r_start <= start and end <= r_end:  # the span is (part of) the region: dropped
                start = end
            elif start < r_start < end <= r_end:  # "Pune, Maharashtra": the name ends before the region's comma
                end = text.rfind(",", start, r_start) if "," in text[start:r_start] else r_start
                kind = "CITY"  # "Pune, Maharashtra" read as a name: "Pune" is the town before its state
        while end > start and text[end - 1] in " \t,":
            end -= 1
        if end > start:
            kept.append(Span(start, end, kind, span.score) if (start, end) != (span.start, span.end) else span)
    return kept
