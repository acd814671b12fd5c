"""People that a consult's, a consent note's, a letter's or a phone note's phrasing names, in any spelling:
"WP Haddad" (two initials and a surname), "rajesh stone" (lower case), "STONE" (capitals), "Villanueva, Tomasz"
or "WOLFF, SUNNY C" (surname first), "Raj" (a lone given name).

- a role before what the person did: "Athletic trainer STONE pulled him", "coach Villanueva, Tomasz reported",
  "Dosimetrist RA Gupta to contour", "interpreter june moody (ID #97304)";
- a visit, a meeting or a call: "Visited TP Booker in the CT holding area", "I met with HUNTER, a 91yo",
  "Called pt rajesh stone at 555-0137", "Wound clinic saw PAGET (MRN ...)";
- a relative's word before the name in brackets or before initials: "Mom (will cross) asked", "Pt's son RM Iwu";
- a title before a lower-case or initialled name: "Rev. buck wolff, can be reached", "referred by Dr. RN Iwu of";
- a sentence's subject before a contact or a question: "Grace will be the contact at", "June asked whether";
- a legal matter's or a records request's person: "Matter of FS McAllister", "In re Frost, June",
  "records for AN Nguyen, date of birth"; a lawyer: "our lawyer, MW Lovejoy.", "her name was Dolores,";
- a name opening a line before its age ("XM Gupta, a 27-year-old") or its credential ("AG Frost, Esq.",
  "Chaplain IT Little, M.Div.", "Evaluator: RN Iwu, MD");
- the person a photo's file is named after ("paget_agnieszka_plantar_02.jpg") or a photo's subject line is about
  ("pics for PAGET heel").

The cue, not the spelling, makes it a person; each word must still be a possible name word (no clinical,
deny-listed or abbreviated word), and a lone or lower-case name must be a census name or no everyday word.
"""

from __future__ import annotations

import re

from redaction._vocabulary import is_common_word
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import given_names, surnames
from redaction.recognizers.lowercase_prose import _PARTICLES, _STOP
from redaction.recognizers.word_names import cued_name_word

_PART = r"(?:(?:ben|bin|van|von|der|den|de|del|la|le|da|al|el)[ \t]){0,2}"
_SUR = rf"{_PART}(?:[A-Z]['’]|Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"  # "Haddad", "ben Ami", "D'Souza", "McAllister"
_CAPW = r"(?:[A-Z]['’])?[A-Z]{2,}(?:-[A-Z]{2,})?"  # "O'NEILL", "AL-SAYED"
_GIV = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_LOW = r"[a-z]{2,}[ \t][a-z]+(?:['’-][a-z]+)?"  # "rajesh stone", "kwame d'souza", "dmitri al-sayed"
_INITIALLED = rf"[A-Z]{{2}}[ \t]{_SUR}"  # "WP Haddad", "MR ben Ami"
_INV_CAPS = rf"(?:ST\.?[ \t])?{_CAPW},[ \t]{_CAPW}(?:[ \t][A-Z]\b)?"  # "WOLFF, SUNNY C", "ST. CLAIR, HOPE P"
_INV = rf"{_SUR},[ \t]{_GIV}(?:[ \t][A-Z]\b\.?)?"  # "Villanueva, Tomasz", "Frost, June"
_FULL = rf"{_GIV}(?:[ \t][A-Z]\.)?[ \t]{_SUR}"
_NAME = rf"(?:{_INITIALLED}|{_INV_CAPS}|{_INV}|{_FULL}|{_LOW}|{_CAPW}|{_GIV})"
_AGE = r"an?[ \t]+\d{1,3}(?:[ \t-]?(?:years?|yrs?|yo\b|y/o|[MF]\b))"
_CREDENTIAL = r"(?:Esq\.?|RN|MD|DO|NP|PA-C|M\.Div\.?|BCC|LPN|RT)(?![A-Za-z])"
_ROLES = (r"(?i:trainer|coach|dosimetrist|physicist|interpreter|chaplain|technologist|sonographer|therapist|"
          r"radiographer|scribe)")
_KIN = (r"(?i:mom|mum|dad|mother|father|wife|husband|son|daughter|sister|brother|partner|guardian|niece|nephew|"
        r"grandmother|grandfather|aunt|uncle)")
_SPLIT = re.compile(r"[ \t,]+")
_INITIALS = re.compile(r"[A-Z]{1,2}\.?")


class CuedProseNameRecognizer(RegexRecognizer):
    """PERSON: a name of any spelling that a role, a visit, a call, a relative, a title, a legal heading, an age
    or a credential places (see the module's docstring)."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        # "Athletic trainer STONE pulled him", "Dosimetrist RA Gupta to contour", "interpreter FW Lindqvist (ID #1)"
        rf"\b{_ROLES}[ \t]+(?P<phi>{_NAME})(?=[ \t]+(?:[a-z]{{3,}}ed\b|to[ \t]+[a-z]{{3,}}\b)|[ \t]+\((?i:id)\b)",
        # "Visited TP Booker in the CT holding area", "I met with HUNTER, a 91yo", "Called pt Raj at 555-0199"
        rf"\b(?:[Vv]isited|met[ \t]+with|[Cc]alled[ \t]+(?:pt|patient))[ \t]+(?P<phi>{_NAME})"
        rf"(?=[ \t]+(?:in|at)[ \t]|,[ \t]+{_AGE})",
        # "Wound clinic saw PAGET (MRN E579)", "saw dmitri al-sayed (MRN 7374)"
        rf"\bsaw[ \t]+(?P<phi>{_NAME})[ \t]+\((?:MRN|DOB)\b",
        # "Mom (will cross) asked", "his wife (Ada Lane)"
        rf"\b{_KIN}[ \t]*\((?P<phi>{_NAME})\)",
        # "Pt's son RM Iwu also on the line"
        rf"\b{_KIN}[ \t]+(?P<phi>{_INITIALLED})(?![A-Za-z'’-])",
        # "Rev. buck wolff, can be reached", "referred by Dr. RN Oyelaran-Smith of St. Brendan's"
        rf"\b(?:Rev|Dr|Pastor|Fr)\.?[ \t]+(?P<phi>{_LOW}|{_INITIALLED})(?=[ \t]*[,.;)]|[ \t]+(?:of|at|from|can)\b)",
        # "Grace will be the contact at", "Clarence asked whether the procedure could wait"
        rf"(?m)(?:^|(?<=[.!?][ \t]))(?P<phi>{_NAME})[ \t]+(?:will[ \t]+be[ \t]+the[ \t]+contact|"
        r"asked[ \t]+(?:whether|if))\b",
        # "Matter of FS McAllister", "In re Frost, June", "records for AN Nguyen, date of birth"
        rf"(?m)\b(?:Matter[ \t]+of|In[ \t]+re)[ \t]+(?P<phi>{_NAME})[ \t]*$",
        rf"\brecords[ \t]+for[ \t]+(?P<phi>{_NAME}),[ \t]+(?:date[ \t]+of[ \t]+birth|DOB)\b",
        # "I have copied our lawyer, MW Lovejoy.", "I think her name was Dolores, told us"
        rf"\b(?i:lawyer|attorney|solicitor)[ \t]*,?[ \t]+(?P<phi>{_NAME})(?=[ \t]*[.,;])",
        rf"\bname[ \t]+was[ \t]+(?P<phi>{_NAME})(?=[ \t]*[.,;])",
        # "XM Gupta, a 27-year-old football player", "aigerim marsh, a 20-year-old"
        rf"(?m)^(?P<phi>{_NAME}),[ \t]+{_AGE}",
        # "AG Frost, Esq.", "Chaplain IT Little, M.Div., BCC", "Evaluator: RN Iwu, MD", "HE D'Souza, RN"
        rf"(?m)^(?:[-–•*][ \t]*)?(?:(?:Chaplain|Evaluator:?)[ \t]+)?(?P<phi>{_INITIALLED}|{_INV_CAPS}),"
        rf"[ \t]+{_CREDENTIAL}",
        # "paget_agnieszka_plantar_02.jpg": a photo named after its person
        r"(?<![A-Za-z0-9_])(?P<phi>[a-z]{2,}_[a-z]{2,})_[a-z]+_\d{1,3}\.(?:jpe?g|png|heic|tiff?)\b",
        # "Subject: RE: pics for PAGET heel"
        rf"\b(?i:pics|photos|pictures)[ \t]+for[ \t]+(?P<phi>{_CAPW})\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        words = [w for w in _SPLIT.split(value.replace("_", " ")) if w]
        if len(words) >= 2 and words[0].isupper() and len(words[0]) == 2 and not words[1].isupper():
            words = words[1:]  # the initials of "WP Haddad"
        named = [w for w in words if w not in _PARTICLES and not _INITIALS.fullmatch(w)]
        if not named or not all(cued_name_word(w) for w in named):
            return False
        first = named[0].lower().strip("'’")
        if value.islower():  # "rajesh stone", "will cross": a census given name first, or no everyday word
            if any(w in _STOP and w not in given_names() for w in named):
                return False
            return any(w in given_names() for w in named) or not all(is_common_word(w) for w in named)
        if len(named) == 1:  # "Raj", "STONE", "AL-SAYED", "O'NEILL"
            return (first in given_names() or first in surnames() or not is_common_word(first)
                    or named[0].isupper() and any(mark in first for mark in "-'’"))
        return True
