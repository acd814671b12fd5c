"""FACILITY: the "of <place>" that ends a care site's name after its head word, as hospices, hospitals and
infirmaries abroad and at home are named: "Good Samaritan Hospice of the Plains", "Mercy Hospital of the Valley",
"St Luke's Infirmary of Orrick", "Children's Hospital of Eastfield"; and the "for <service>" after a center's or
an institute's name: "Westside Center for Imaging".

The site recognizers stop at the head word ("... Hospice"); this one reports the head and its "of" phrase, which
joins the name they found. The head must follow a capitalised word of the name, and the place after "of" is
capitalised and no clinical, department or report word ("Hospital of admission", "Clinic of Radiology" are not).
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, department_words, not_name_words
from redaction.recognizers._base import RegexRecognizer

_HEAD = (r"(?:Hospice|Hospital|Infirmary|Sanatorium|Sanitarium|Clinic|Polyclinic|Medical[ \t]+Cent(?:er|re)|"
         r"Health[ \t]+Cent(?:er|re)|Nursing[ \t]+Home|Care[ \t]+Cent(?:er|re)|HOSPICE|HOSPITAL|INFIRMARY|CLINIC)")
_PLACE = r"[A-Z][A-Za-z'’-]+(?:[ \t](?:of[ \t])?[A-Z][A-Za-z'’-]+){0,2}"  # one space: a column gap ends it
_EXAM = re.compile(r"[A-Z]{2,4}|PET-CT|[Xx]-?[Rr]ays?|[Uu]ltrasound|[Mm]ammograms?|[Ss]cans?")
_ARTICLES = frozenset({"the", "a", "an", "our", "your", "their", "this", "that", "his", "her"})


class FacilityOfPlaceRecognizer(RegexRecognizer):
    """A site's head word and the "of (the) Place" after it: "Hospice of the Plains" in "Good Samaritan ..."."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (rf"(?<=[A-Za-z'’.])[ \t](?P<phi>{_HEAD}[ \t](?:of|OF)[ \t](?:(?:the|THE)[ \t])?{_PLACE})\b",
                # "Westside Center for Imaging", "Lakes Institute for Women's Health": the service the site is for
                rf"(?<=[A-Za-z'’.])[ \t](?P<phi>(?:Center|Centre|Institute)[ \t]for[ \t]{_PLACE})\b")

    def keep(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 40):start].split()
        if not before or not before[-1][:1].isupper() or before[-1].lower() in _ARTICLES:
            return False  # "the hospital of ...": the head must close a capitalised name
        if " for " in text[start:end]:
            # the service after "for" is a word of the name, clinical or not ("for Imaging"), but a lone exam is
            # what the patient went there for: "transferred to Penwarren Imaging Centre for X-ray", "... for CT"
            service = text[start:end].split(" for ", 1)[1].split()
            return not (len(service) == 1 and _EXAM.fullmatch(service[0]))
        place = text[start:end].split(" of ", 1)[-1].split(" OF ", 1)[-1].split()
        words = [w.lower() for w in place if w.lower() not in ("the", "of")]
        return bool(words) and not any(w in clinical_words() or w in department_words() or w in not_name_words()
                                       for w in words)
