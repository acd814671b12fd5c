"""Clinical context around a capitalised word: "Guyon canal", "joints of Luschka", "Child-Pugh B".

The recall-first nets (NER, unknown capitalised words, a name propagated through the document) see a
capitalised word and call it a person or a place. Radiology names anatomy, signs, classifications and
grades after people, and no list of eponyms is complete, so the *position* decides: a capitalised word
right before a clinical noun (canal, sign, fracture, syndrome, grade, ...), after "<anatomical noun> of
(the)", or an eponym before its grade letter is a clinical term, unless a person cue (a title, "patient")
stands right before it. Only the low-confidence detections are judged this way: a name found by its
label or title is not second-guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redaction._denylist import DISEASE_BEFORE, eponym_nouns
from redaction._vocabulary import is_eponym, is_known_word
from redaction._wordshape import medical_form

# nouns written "<noun> of <Eponym>": "pouch of Douglas", "space of Retzius", "foramen of Monro"
_OF_NOUNS = frozenset(
    "joint joints pouch space spaces circle foramen foramina canal canals ligament ligaments triangle duct ducts "
    "ampulla sinus sinuses node nodes organ organs islet islets crypt crypts gland glands tubercle fossa line lines "
    "loop capsule plexus sheath recess bursa body bodies cell cells angle aqueduct valve valves column columns layer "
    "nucleus fissure sulcus gyrus pyramid pyramids tract fascia membrane process ring band bundle cistern "
    "diverticulum hiatus notch arch trigone vein veins artery nerve tubules corpuscles cartilage muscle tendon "
    "triad sign disease syndrome tetralogy law lobe lobule zone area segment segments spine crest".split())
_EXTRA_NOUNS = frozenset({"cleft", "segment", "segments", "guidance", "grading", "bundle", "trigone", "cartilage",
                          "corpuscles", "tubules", "islets", "crypts", "columns", "pyramids", "layer", "point",
                          "reaction", "classification", "classifications", "criterion", "vertebra", "lymphoma",
                          "anemia", "anaemia", "ulcer", "appendix", "paralysis", "phenomenon", "hypothesis",
                          # round 28M: a whiteboard's fracture shorthand ("Smith fx?"), a patient lift ("Hoyer lift")
                          "fx", "lift"})
# generic nouns that follow names too often ("Smith study", "Lee exam"): not enough on their own
_GENERIC = frozenset({"study", "exam", "evaluation", "imaging", "ultrasound", "unit", "units", "area", "type",
                      "system", "position", "approach", "method", "flow", "signal", "effect", "test", "view",
                      "interrogation", "appearance", "configuration", "pattern", "spectrum", "device", "port",
                      "protocol", "procedure", "operation", "repair", "cells", "cell", "body", "bodies", "space",
                      "spaces", "index", "ratio", "rule", "rules", "law", "technique", "needle", "drain", "filter",
                      "complex", "fat", "pad", "ring", "rings", "band", "bar", "cap", "collar", "loop", "plate"})
_AFTER = re.compile(r"(?:['’]s)?(?:-[A-Z][A-Za-z]+)*(?:[ \t]+(?:[IVX]{1,4}[A-Fa-f]?|[A-Da-d]|\d(?:\.\d)?))?[ \t]+"
                    r"([A-Za-z][a-z-]+)")
# (an identifier's label after a name is no grade: "P. Wilms ID #3211" is not Wilms grade I, subtype D)
_GRADE_AFTER = re.compile(r"(?:-[A-Z][A-Za-z]+)*[ \t]+(?!ID\b)(?:[A-D]|[IVX]{1,4}[A-F]?|\d{1,2}(?:\+\d=\d{1,2})?)"
                          r"(?![A-Za-z0-9/:-]|\.[A-Za-z0-9])")
# a score's value after its eponym, when "score" (or what it scores) is written before it: "calcium score of
# Agatston 412", "coronary calcium Agatston 212"
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,4}(?:\.\d+)?(?![A-Za-z0-9/:-]|\.[A-Za-z0-9])")
_SCORE_BEFORE = re.compile(r"(?i)\b(?:score|scored|scoring|index|grade|class|calcium|CAC)"
                           r"[ \t]*(?:of|was|is|:|=)?[ \t]*\Z")
_OF_BEFORE = re.compile(r"(?i)\b([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
_PERSON_CUE = re.compile(r"(?i)\b(?:dr|mr|mrs|ms|mx|miss|prof|patient|pt|mother|father|son|daughter|wife|husband|"
                         r"sister|brother|name|by|from|to|cc|attn)\.?:?[ \t]+\Z")

# the word a site's name ends on: the name is a site's, whatever clinical noun follows it
_SITE_ENDS = frozenset({"hospital", "clinic", "center", "centre", "infirmary", "institute"})


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return (eponym_nouns() | _EXTRA_NOUNS) - _GENERIC


def in_clinical_context(text: str, start: int, end: int) -> bool:
    """The single capitalised word (or hyphenated pair) ``text[start:end]`` names a clinical term here."""
    words = text[start:end].split()
    if len(words) > 1 and all(is_known_word(w) or medical_form(w) for w in words[:-1]):
        if words[-1].lower() in _SITE_ENDS:
            return False  # a site's name ends on its kind: "Kestrel Bay Regional Hospital Bone Health Program"
        start = end - len(words[-1])  # "Nonenhancing Rathke": judge the capitalised word itself
    word = text[start:end]
    if not word[:1].isupper() or " " in word.strip() or any(c.isdigit() for c in word):
        return False
    if _PERSON_CUE.search(text, max(0, start - 12), start):
        return False
    if DISEASE_BEFORE.search(text, max(0, start - 24), start):
        return True  # "Morbus Crohn", "enfermedad de Crohn"
    after = _AFTER.match(text, end)
    if after and (after.group(1).lower() in _nouns() or after.group(1).lower().rstrip("s") in _nouns()):
        return True
    before = _OF_BEFORE.search(text, max(0, start - 24), start)
    if before and before.group(1).lower() in _OF_NOUNS:
        return True
    parts = [p for p in re.split(r"[-–]", word) if p]
    if parts and all(is_eponym(p) for p in parts) and (_GRADE_AFTER.match(text, end) or _SCORE_AFTER.match(text, end)
                                                       and _SCORE_BEFORE.search(text, max(0, start - 24), start)):
        return True  # "Child-Pugh B", "Gleason 3+4=7", "Bosniak 2F", "calcium score of Agatston 412"
    follow = re.match(r"-([A-Z][A-Za-z]+)", text[end:end + 30])
    return bool(follow and is_eponym(follow.group(1)) and (_AFTER.match(text, end) or _GRADE_AFTER.match(text, end))
                and (_GRADE_AFTER.match(text, end) or _AFTER.match(text, end).group(1).lower() in _nouns()))
