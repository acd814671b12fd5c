"""Detections that the words around them show to be no person's name, no care site and no patient's number.

- A staff role or a note's verb read into the name after it: "Dosimetrist Ada Roe to contour", "- Chaplain Ada
  Roe, M.Div.", "Visited Ada Roe in the CT holding area", "paged FSE Ada Roe" (a field service engineer). The
  role is trimmed off; alone it is dropped.
- A credential after a name's comma taken for an initialled name: "Ada Roe, M.Div., BCC", "Ada Roe, DO, CAQSM".
- A sports team after "player for": "a 24-year-old soccer player for the Riverdogs", "player for Elm Falls HS".
- An employer's business on an occupational form: "Employer: Cedar Hill Coal Co.", "... Gravel Quarry", "...
  Foundry". A business is no person (and the form's worker is named in its own field).
- A committee taken for a site: "Radiology Quality Committee - minutes"; a consent's "LAR" (legally authorized
  representative) taken for a site's initials.
- A lower-case "site" the facility pattern took from a clause's verb: "we have located imaging records".
- A lower-case "name" made only of everyday words, none a given name or a surname, that a cue misread: a
  digital radiography "DR detector battery", a date read as a record number after "the wound opened around".
- A DICOM application entity's title, taken for a name or a site's initials: "DICOM node: AE CDIMPORT @
  10.1.2.3:104", the receiving node's.
- An interpreter's badge number after the interpreter's name: "with Somali interpreter Ana Roe (ID #24787)".
- A department's bare telephone extension on a sign-off line: "Wound & Ostomy, ext. 7219".

Each rule reads a few characters around a span, never the whole text.
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words, department_words
from redaction._layout_words import _SITE_HEAD
from redaction._spans import Span
from redaction._vocabulary import is_common_word

# staff roles and a note's verb that open a detection without being part of the name
_ROLE_OPENERS = frozenset("dosimetrist chaplain visited fse physicist sonographer phlebotomist witness reached checked "
                           "prescriber pcp grandson granddaughter morning atty attorney counselor".split())
# an office addressed by its title ("Dear Jury Administrator", "To the Records Clerk"): a post, no person's name
_OFFICES = (r"(?:Administrator|Commissioner|Coordinator|Clerk|Manager|Officer|Director|Supervisor|Adjuster|Examiner|"
            r"Representative|Department)")
_OFFICE_END = re.compile(rf"[ \t]{_OFFICES}\Z")
# a label after a wide gap ("Signed D. Young   Supervisor: ...") is the next field, not the office
_OFFICE_AFTER = re.compile(rf"[ \t]+{_OFFICES}\b(?![ \t]*:)")
# a form's address-line labels ("City, ST ZIP:"), a word with "-ish" ("Quiet-ish night"), a service desk's
# incident prefix glued to its number ("Ticket INC6567283"): no name
_NOT_NAME = re.compile(r"(?i:st(?:ate)?[ \t]+(?:zip|postal[ \t]+code))|[A-Za-z]+-ish|(?:[A-Za-z]+[ \t]+)?INC")
_TEAM_BEFORE = re.compile(r"(?i:\b(?:player|plays|played|playing|athlete|team)[ \t]+(?:for|with|on))[ \t]+"
                          r"(?:the[ \t]+)?\Z")
_EMPLOYER_BEFORE = re.compile(r"(?i:\bemployer)(?:[ \t]+(?i:name))?[ \t]*:[ \t]*\Z")
# a business's closing word: "Coal Co", "Gravel Quarry", "Wexford Foundry", "Acme Mining LLC"
_BUSINESS_END = re.compile(r"[ \t](?:Co|Company|Inc|LLC|Ltd|Corp|Corporation|Quarry|Foundry|Mining|Industries|"
                           r"Manufacturing)\.?\Z")
_COMMITTEE_END = re.compile(r"(?i:[ \t](?:committee|subcommittee|council|task[ \t]+force|working[ \t]+group))\Z")
# the clause's subject or auxiliary right before a lower-case facility: "we have| located imaging"
_CLAUSE_WORDS = frozenset("we i they you he she it have has had is was were are be been will would can could "
                          "did do does".split())
_PREVIOUS_WORD = re.compile(r"([A-Za-z']+)[ \t]+\Z")
_AE_BEFORE = re.compile(r"\bAE(?:[ \t]*title|T)?[ \t]*[:=]?[ \t]*\Z")
_INTERPRETER_ID_BEFORE = re.compile(r"(?i:\binterpreter)[ \t]+[^\n()]{1,40}\((?i:id|badge)[ \t]*(?:#|no\.?)?[ \t]*"
                                    r":?[ \t]*\Z")
_DEPARTMENT_EXT_BEFORE = re.compile(r"(?m:^[ \t]*(?P<dept>[A-Z][A-Za-z]*(?:[ \t]+(?:&|and|[A-Z][A-Za-z]*)){0,4})"
                                    r"[ \t]*,[ \t]*(?i:ext)\.?[ \t]*\Z)")
_ID_TYPES = frozenset({"MRN", "ACCOUNT_ID"})
# a consent's legally authorized representative ("LAR signed (daughter)"): a role's initials, no site's
# continuing medical education / maintenance of certification, a radioiodine uptake worksheet, an all-terrain
# vehicle: abbreviations opening a title or a history, no site's initials
_NOT_SITE_ACRONYMS = frozenset({"LAR", "CME", "MOC", "RAIU", "ATV"})
# a form's title ("Charity Care / Sliding Fee Application") read as the site heading it: it ends in its kind
_FORM_TITLE_END = re.compile(r"[ \t](?:Application|Form|Questionnaire|Worksheet|Checklist)\Z")
_SITE_NOUN = re.compile(r"(?i)\b(?:hospital|clinic|cent(?:er|re)|institute|infirmary|hospice|pavilion|campus|"
                        r"imaging|radiology|health|medical)\b")


def _trim_role(text: str, span: Span) -> Span | None:
    """The span less its leading role words; None when only roles are left."""
    start = span.start
    while True:
        word = re.match(r"[A-Za-z]+", text[start:span.end])
        if word is None or word.group(0).lower() not in _ROLE_OPENERS:
            break
        start += word.end()
        while start < span.end and text[start] in " \t":
            start += 1
    if start >= span.end:
        return None
    return span if start == span.start else Span(start, span.end, span.entity_type, span.score)


def _credential(text: str, span: Span) -> bool:
    """"M.Div" or "CAQSM" after a name's comma: a credential, not an initialled name."""
    word = text[span.start:span.end].replace(".", "")
    return (" " not in word and text[max(0, span.start - 2):span.start].strip() == ","
            and word.lower() in abbreviations())


_POSSESSIVE_OR_CONTRACTED = re.compile(r"['’](?:s|re|ll|ve|d)\Z")
# a capitalised word just before: the span may be the tail of a longer proper noun ("Cedar Bluff Regional");
# after a lower-case word ("did not include your Social Security number") it is not
_PROPER_BEFORE = re.compile(r"\b[A-Z][A-Za-z'’.]*[ \t]*(?:[-–][ \t]*)?\Z")


def _everyday_words(text: str, span: Span) -> bool:
    """A "name" of everyday words only, none a given name or a surname ("opened around", "again that's",
    "Health Information", "PRESSURE LIMIT")."""
    from redaction.recognizers.given_names import given_names, surnames  # the recognizers import the filters

    words = [_POSSESSIVE_OR_CONTRACTED.sub("", w) for w in text[span.start:span.end].split()]
    if len(words) < 2 or not all(w.isalpha() and len(w) > 2 for w in words):
        return False
    lowered = [w.lower() for w in words]
    if not all((is_common_word(w) or w in clinical_words()) and w not in given_names() for w in lowered):
        return False
    if any(w in surnames() for w in lowered):
        return False
    # capitalised too ("To: Health Information Management", "| PRESSURE LIMIT"), unless the words are initials
    # ("LCH PACS") or the tail of a longer proper noun ("Cedar Bluff Regional", "Center - Tuskegee Road")
    return all(w.islower() for w in words) or not (any(w in abbreviations() for w in lowered)
                                                   or _PROPER_BEFORE.search(text, max(0, span.start - 24), span.start))


def _not_a_person(text: str, span: Span) -> bool:
    before = text[max(0, span.start - 40):span.start]
    if _TEAM_BEFORE.search(before) or _EMPLOYER_BEFORE.search(before) or _AE_BEFORE.search(before):
        return True
    business = _BUSINESS_END.search(text, span.start, span.end) and not _SITE_HEAD.search(text, span.start, span.end)
    if _NOT_NAME.fullmatch(text, span.start, span.end):
        after = text[span.end:span.end + 1]
        return after.isdigit() if text.endswith("INC", span.start, span.end) else not after.isalpha()
    if _OFFICE_END.search(text, span.start, span.end) or _OFFICE_AFTER.match(text, span.end):
        return all(is_common_word(w.lower()) for w in text[span.start:span.end].split())
    return bool(business or _credential(text, span)
                or _everyday_words(text, span))


def _not_a_site(text: str, span: Span) -> bool:
    if _COMMITTEE_END.search(text, span.start, span.end) or text[span.start:span.end] in _NOT_SITE_ACRONYMS:
        return True
    if _FORM_TITLE_END.search(text, span.start, span.end) and not _SITE_NOUN.search(text, span.start, span.end):
        return True
    if _AE_BEFORE.search(text, max(0, span.start - 12), span.start):
        return True
    name = text[span.start:span.end]
    if not name.islower():
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, span.start - 16), span.start)
    return previous is not None and previous.group(1).lower() in _CLAUSE_WORDS


def _staff_number(text: str, span: Span) -> bool:
    if span.entity_type in _ID_TYPES:
        return bool(_INTERPRETER_ID_BEFORE.search(text, max(0, span.start - 64), span.start))
    if span.entity_type == "PHONE":
        dept = _DEPARTMENT_EXT_BEFORE.search(text, max(0, span.start - 48), span.start)
        return dept is not None and all(w.lower() in department_words() or w.lower() in clinical_words()
                                        or w in ("&", "and") for w in dept.group("dept").split())
    return False


def without_roles_and_groups(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less roles, credentials, teams, employers, committees and staff numbers (see the module)."""
    out = []
    for span in spans:
        if span.entity_type == "CITY":
            span = _trim_role(text, span) or span  # "Prescriber Sunny Hill": the role is no part of the place
        if span.entity_type == "PERSON":
            trimmed = _trim_role(text, span)
            if trimmed is None or _not_a_person(text, trimmed):
                continue
            span = trimmed
        elif span.entity_type == "FACILITY":
            if _not_a_site(text, span):
                continue
        elif span.entity_type == "CITY" and _credential(text, span) or _staff_number(text, span):
            continue
        out.append(span)
    return out
