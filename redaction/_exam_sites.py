"""A site detection that starts with the exam done there: "VISIT: Pelvic US at Westbrook Imaging Center".

The exam ("Pelvic US", "MRI knee", "CT chest with contrast") is clinical text, not part of the site's name: a
facility span whose words before " at " hold a modality (or the end of an exam's name: "Without Contrast",
"With Tomosynthesis", "Right Shoulder"), or whose exam's name began before the span ("underwent MRI Prostate |
Multiparametric at Elm Cancer Institute"), is cut to the words after "at".
"""

from __future__ import annotations

import re

from redaction._spans import Span

# a modality word among the words before " at " (the exam), then " at " and the site; or the tail of an exam's
# title-case name ("Knee Without Contrast at ...", "Mammogram With Tomosynthesis at ...", "Right Shoulder at ...")
_EXAM_AT = re.compile(r"(?:[^\n]*?[ \t])?(?:US|CT|MRI|MR|XR|PET|PET-CT|DXA|DEXA|NM|CTA|MRA|[Uu]ltrasound|[Mm]ammogram"
                      r"|[Xx]-?ray|[Ss]can|[Cc]ontrast|[Tt]omosynthesis|[Aa]rthrogram|[Vv]iews"
                      r"|(?:Left|Right)[ \t][A-Z][a-z]+)"
                      r"(?:[ \t][^\n]*?)?[ \t]at[ \t]+(?=[A-Z])")


# the exam's name began before the span: a modality, then only title-case words, numbers and joining words up to
# the span ("underwent MRI Prostate Multiparametric at ...", "PET/CT Skull Base To Mid-Thigh at ...")
_EXAM_BEFORE = re.compile(r"\b(?:US|CT|MRI|MR|XR|PET(?:/CT|-CT)?|DXA|DEXA|NM|CTA|MRA|Ultrasound|Mammogram|X-?ray)"
                          r"(?:[ \t]+(?:[A-Z][\w/'-]*|\d{1,2}|and|with(?:out)?|of|to))*[ \t]+$")

_UP_TO_AT = re.compile(r"[^\n]*?[ \t]at[ \t]+(?=[A-Z])")


def _exam_began_before(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    return _EXAM_BEFORE.search(text, max(line_start, span.start - 80), span.start) is not None


def without_exam_before_site(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each facility span that opens with the exam done at the site cut to the site."""
    out = []
    for span in spans:
        if span.entity_type == "FACILITY" and " at " in text[span.start:span.end]:
            exam = _EXAM_AT.match(text, span.start, span.end)
            if exam is None and _exam_began_before(text, span):
                exam = _UP_TO_AT.match(text, span.start, span.end)
            if exam is not None and exam.end() < span.end:
                span = Span(exam.end(), span.end, span.entity_type, span.score)
        out.append(span)
    return out
