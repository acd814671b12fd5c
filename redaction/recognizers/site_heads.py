"""Facility names the other site patterns miss or cut short (round 11d).

* a suite or unit number written after a site name joined by a dash or comma ("... Imaging – Suite 200");
* head nouns of their own: a "Medical Plaza", a medical examiner's or coroner's office named by its region or
  its place ("Office of the Chief Medical Examiner, Region 2", "Lakeside Medical Examiner's Office"), a
  hospice with its second service ("... Hospice & Palliative Care");
* a practice or a residence named for its branch with "at" ("Maple Pediatrics at Riverbend", "The Willows at
  Stone Creek") and a numbered mobile unit ("Mobile Mammography Coach 4", "Outreach Imaging Van 2");
* a saint's hospital with a word between the possessive and the head ("St Elowen's Community Hospital"), a
  military hospital with its place after the head ("Naval Medical Center Harbor Point");
* French practice names ("Cabinet médical des Tilleuls", "Clinique de radiologie du Parc").
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, department_words
from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-Z][A-Za-z'’-]+"
_UCAP = r"[A-ZÀ-Þ][a-zà-ÿA-Z'’-]+"


class SiteHeadRecognizer(RegexRecognizer):
    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        # a suite after a site's head noun, joined by a dash or comma: the suite is part of the site
        (r"\b(?:Imaging|Radiology|Center|Centre|Clinic|Hospital|Plaza|Pavilion|Institute|Associates|Group|"
        r"Medicine|Pediatrics|Health)[ \t]*(?:[–—-]|,)[ \t]*(?P<phi>(?:Suite|Ste\.?|Unit|Floor)[ \t]\w{1,5})\b"),
        # "<place> Medical Plaza"
        rf"\b(?:{_CAP}[ \t]){{1,3}}(?:Medical|Professional|Health)[ \t]Plaza\b",
        # medical examiner's and coroner's offices
        # (the office alone is generic: only one named by its region number is a site of its own)
        (r"\bOffice[ \t]of[ \t]the[ \t](?:Chief[ \t]|State[ \t]|County[ \t]|District[ \t])?(?:Medical[ \t]Examiner|"
        r"Coroner),?[ \t](?:Region|District|Zone)[ \t]\w{1,4}\b"),
        rf"\b(?:{_CAP}[ \t]){{1,3}}(?:Medical[ \t]Examiner|Coroner)['’]?s?[ \t]Office\b",
        # "<name> Hospice & Palliative Care"
        rf"\b(?:{_CAP}[ \t]){{1,3}}Hospice[ \t](?:&|and)[ \t](?:Palliative|Home|Supportive)[ \t](?:Care|Health)\b",
        # a practice named for its branch: "<name> Pediatrics at <place>"
        (rf"\b(?:{_CAP}[ \t]){{1,3}}(?:Pediatrics|Paediatrics|Family[ \t]Medicine|Imaging|Radiology|Orthopedics|"
        rf"Women's[ \t]Health|Primary[ \t]Care)[ \t]at[ \t]{_CAP}(?:[ \t]{_CAP}){{0,2}}"),
        # a residence named for its branch: "The Willows at Stone Creek"
        (rf"\bThe[ \t](?:{_CAP}[ \t])?(?:Arbors|Gardens|Commons|Terraces?|Villas|Residences?|Oaks|Pines|Meadows|"
        rf"Willows|Woods|Glen|Heights|Landing|Manor|Courtyards?|Reserve|Estates)[ \t]at[ \t]{_CAP}"
        rf"(?:[ \t]{_CAP}){{0,2}}"),
        # a numbered mobile unit
        rf"\b(?:Mobile|Outreach)[ \t](?:{_CAP}[ \t]){{0,3}}(?:Coach|Van|Bus|Unit|Trailer)[ \t](?:#[ \t]?)?\d{{1,3}}\b",
        # "St Elowen's Community Hospital"
        (rf"\b(?:St\.?|Saint)[ \t][A-Z][a-z]+['’]s[ \t](?:{_CAP}[ \t]){{1,2}}(?:Hospital|Infirmary|Hospice|"
        r"Medical[ \t]Cent(?:er|re)|Clinic)\b"),
        # a military hospital with its place after the head
        (rf"\b(?:Naval|Navy|Army|Air[ \t]Force)[ \t](?:Medical[ \t]Center|Hospital|Health[ \t]Clinic)"
        rf"(?:[ \t]{_CAP}){{1,2}}"),
        # French practice names
        (rf"\b(?:Cabinet|Clinique|Centre|Polyclinique)[ \t](?:médical|medical|de[ \t]radiologie|d['’]imagerie"
        rf"(?:[ \t]médicale)?)[ \t](?:des|du|de[ \t]la|de|d['’])[ \t]?{_UCAP}(?:[ \t]{_UCAP})?"),
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        # a name must not end in a report's word ("Naval Hospital Radiology", "... Pediatrics at Radiology")
        words = re.findall(r"[A-Za-z'’-]+", text[start:end])
        tail = words[-1].lower() if words else ""
        return tail in _HEADS or not (tail in clinical_words() or tail in department_words())


_HEADS = frozenset(("care", "health", "plaza", "office", "suite", "ste", "unit", "floor", "examiner", "coroner",
                    "hospital", "clinic", "center", "centre", "hospice", "infirmary", "coach", "van", "bus",
                    "trailer"))
