"""A site detection that starts with the exam done there: "VISIT: Pelvic US at Westbrook Imaging Center".

The exam ("Pelvic US", "MRI knee", "CT chest with contrast") is clinical text, not part of the site's name: a
facility span whose words before " at " hold a modality is cut to the words after "at".
"""

from __future__ import annotations

import re

from redaction._spans import Span

# a modality word among the words before " at " (the exam), then " at " and the site
_EXAM_AT = re.compile(r"(?:[^\n]*?[ \t])?(?:US|CT|MRI|MR|XR|PET|PET-CT|DXA|DEXA|NM|CTA|MRA|[Uu]ltrasound|[Mm]ammogram"
                      r"|[Xx]-?ray|[Ss]can)(?:[ \t][^\n]*?)?[ \t]at[ \t]+(?=[A-Z])")


def without_exam_before_site(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each facility span that opens with the exam done at the site cut to the site."""
    out = []
    for span in spans:
        if span.entity_type == "FACILITY" and " at " in text[span.start:span.end]:
            exam = _EXAM_AT.match(text, span.start, span.end)
            if exam is not None and exam.end() < span.end:
                span = Span(exam.end(), span.end, span.entity_type, span.score)
        out.append(span)
    return out
