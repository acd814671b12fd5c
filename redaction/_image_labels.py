"""Text burned into images and printed by imaging devices that the name and number rules misread.

- An ultrasound image's label, a line of its own naming side, organ and plane: "RT CFV COMPRESS", "LT OVARY
  LONG", "SPLEEN LONG", "RT THYROID LOBE TRV", "RT POPLITEAL FOSSA BAKER CYST". Every word is a side, a plane, an
  organ or a clinical word, and at least one is a side or a plane: no person's name is spelled that way.
- A mammogram's view codes ("Views: RCC RMLO LCC LMLO RMLO-ID") and a CAD finding's label ("Mark 1: Mass") and
  clock-face position ("RMLO  10:00  4 cm FN"): no name, no time.
- Bone densitometry's forearm site "1/3 Radius" (one third of the radius's length): no date.
- A CT's slice thickness over its spacing ("0.625mm/0.6sp") and a dose report's scan range, superior to inferior
  table position ("S21.000-I636.000"): no account or phone number.
- A race or ethnicity field's value ("Ethnicity: White"), a breast density field's grade ("Density: Volpara 3", a
  density software's name) and a bone density's WHO class ("WHO Classification: Osteopenia"): no name.

Each rule reads the span's own line or a few characters around it, never the whole text.
"""

from __future__ import annotations

import re

from redaction._denylist import clinical_words, eponym_nouns, eponyms
from redaction._spans import Span

_SIDES = frozenset("rt lt right left bilat bil".split())  # never a lone "R"/"L", which is an initial
# scan planes and probe positions an ultrasound label ends on
_PLANES = frozenset("long longitudinal trv trans transverse sag sagittal cor coronal ax axial obl oblique compress "
                    "comp compression aug augment sa".split())
# organs, vessels and places sonographers label (their abbreviations included), and the label's other words
_LABEL_WORDS = frozenset("""ovary ovaries uterus endometrium cervix adnexa spleen kidney kidneys liver thyroid lobe
isthmus popliteal fossa cyst gb gallbladder cbd cfv sfv pfv cv pv gsv ssv ivc aorta pancreas bladder testis testicle
testes epididymis breast axilla neck carotid cca ica eca vert vertebral femoral pouch morisons morison prostate
adrenal appendix pelvis node nodule mass hip knee shoulder elbow wrist ankle calf groin scrotum renal hepatic portal
splenic vein artery jugular ij subclavian brachial radial ulnar mid upper lower pole med medial lat lateral prox
proximal dist distal ant anterior post posterior sup superior inf inferior pre void rul rml rll lul lll rlq luq ruq
llq""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
# mammographic views: cranio-caudal, medio-lateral oblique, exaggerated, implant-displaced
_VIEW = re.compile(r"(?:[RL](?:CC|MLO|ML|LM|XCCL|XCCM|XCC|CV|AT|FB|SIO|TAN)|XCCL|MLO|CC)(?:-?ID)?")
_MARK_AFTER = re.compile(r"[ \t]*~?[ \t]*\d{1,2}[ \t]*:")
_CLOCK = re.compile(r"\d{1,2}:[0-3]0\Z")
_VIEW_BEFORE = re.compile(rf"\b{_VIEW.pattern}[ \t]+\Z")
_CM_FROM_NIPPLE = re.compile(r"[ \t]+~?\d{1,2}(?:\.\d)?[ \t]*cm[ \t]+(?:FN|from[ \t]+(?:the[ \t]+)?nipple)\b")
_FRACTION = re.compile(r"\d/\d\Z")
_FOREARM_SITE = re.compile(r"[ \t]+(?i:radius|forearm|ulna)\b")
_MEASURES = re.compile(r"\d+(?:\.\d+)?(?:mm|cm|sp|s|mAs|kV)(?:/\d+(?:\.\d+)?(?:mm|cm|sp|s|mAs|kV)?)+")
# a dose report's range, OCR letters for digits and a comma for the point included: "S21S.000-I636.0O0"
_SCAN_RANGE = re.compile(r"[S5][\dSOIl]{1,4}[.,][\dO]{3}-[Il1][\dSOIl]{1,4}[.,][\dO]{3}")
_ETHNICITY_BEFORE = re.compile(r"(?i:\b(?:ethnicity|race|ethnic[ \t]+group))[ \t]*:[ \t]*\Z")
_GRADE_FIELD_BEFORE = re.compile(r"(?i:\b(?:density|classification))[ \t]*:[ \t]*\Z")
_ETHNICITIES = frozenset("white black asian hispanic latino latina caucasian african american other unknown "
                         "declined native hawaiian pacific islander alaska".split())


def _line(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]


def _sono_label(line: str) -> bool:
    """The line is an ultrasound label: sides, organs and planes only, with a side or a plane."""
    if any(ch in line for ch in ",:;^") or not line.strip():
        return False
    words = [re.sub(r"'s?\Z", "", w.lower()) for w in _WORD.findall(line)]
    others = re.sub(r"[A-Za-z][A-Za-z']*|\d+(?:\.\d+)?|[ \t#/()+-]", "", line)
    if len(words) < 2 or others:
        return False
    if not any(w in _SIDES or w in _PLANES for w in words):
        return False
    # an eponym only before its noun ("BAKER CYST"): alone it is a surname ("LT HILL")
    return all(w in _SIDES or w in _PLANES or w in _LABEL_WORDS or w in clinical_words() or w in eponym_nouns()
               or w in eponyms() and i + 1 < len(words) and words[i + 1] in eponym_nouns()
               for i, w in enumerate(words))


def _views(text: str, span: Span) -> bool:
    words = text[span.start:span.end].split()
    return bool(words) and all(_VIEW.fullmatch(w) for w in words)


def _device_text(text: str, span: Span) -> bool:
    kind, value = span.entity_type, text[span.start:span.end]
    if kind == "FACILITY" and _views(text, span):
        return True
    if kind == "PERSON":
        if _sono_label(_line(text, span.start, span.end)) or _views(text, span):
            return True
        if value == "Mark" and _MARK_AFTER.match(text, span.end):
            return True
        if _GRADE_FIELD_BEFORE.search(text, max(0, span.start - 24), span.start):
            return True
        ethnicity = _ETHNICITY_BEFORE.search(text, max(0, span.start - 24), span.start)
        return bool(ethnicity and all(w.lower() in _ETHNICITIES for w in value.split()))
    if kind == "DATE_TIME":
        if _CLOCK.search(value) and (_VIEW_BEFORE.search(text, max(0, span.start - 12), span.start)
                                     or _CM_FROM_NIPPLE.match(text, span.end)):
            return True
        return bool(_FRACTION.fullmatch(value) and _FOREARM_SITE.match(text, span.end))
    if kind in ("ACCOUNT_ID", "PHONE", "MRN"):
        left = span.start
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        right = span.end
        while right < len(text) and not text[right].isspace():
            right += 1
        token = text[left:right]
        return bool(_MEASURES.fullmatch(token) or _SCAN_RANGE.fullmatch(token.rstrip(":;|")))
    return False


def without_device_text(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less image labels, view codes and device measurements (see the module)."""
    return [s for s in spans if not _device_text(text, s)]
