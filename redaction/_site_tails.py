"""Where a facility's name ends, and site-shaped words that name no site.

A department or service written after a complete facility name is no part of the name:
"Harbor Point Medical Center Noninvasive Vascular Lab", "St. Odile Hospital Breast Imaging",
"Granite Diagnostic Imaging Radiology", "Elm Row Clinic Department of Radiology". The site is the name up to
its head word (Hospital, Medical Center, Clinic, Imaging, Associates, Services, ...); the words after it name
a department every site has, which identifies no one. The facility recognizer trims such a tail
(``department_tail``), and drops a match that is only that tail; so does a department after a slash, comma or
dash ("Elm Hospital / Radiology Business Office", ``department_after_mark``).

Also here: a home-health agency's "Home Health" is no "lives at home" town cue, and "Hospital day 7" in a
progress note's title is a day count, not a site.

Each helper is called on a match a recognizer has already found, so none scans a whole text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redaction._denylist import department_words

# the last word of a complete facility name: a department may follow it
_NAME_END = frozenset({"hospital", "hospitals", "center", "centre", "clinic", "infirmary", "institute", "associates",
                       "partners", "group", "services", "nursing", "imaging", "healthcare", "health", "practice",
                       "diagnostics", "system"})
# words that end a name too but also open longer ones ("Bayside Regional Imaging"): a department after
# them needs a specialty word ("... Memorial Breast Imaging")
_WEAK_NAME_END = frozenset({"memorial", "regional"})
# words that, with a head, continue such a name rather than open a department: "... Memorial Imaging Center",
# "... Regional Health Center", "... Memorial Outpatient Imaging" are whole names
_SITE_MODIFIERS = frozenset({"imaging", "health", "outpatient", "diagnostic", "medical", "community", "ambulatory"})
# the last word of a department named after the site: "... Radiology", "... Vascular Lab", "... Breast Center"
_DEPARTMENT_HEAD = frozenset({"radiology", "imaging", "lab", "laboratory", "labs", "department", "dept", "dept.",
                              "cardiology", "oncology", "neurology", "urology", "mammography", "ultrasound",
                              "fluoroscopy", "neuroradiology", "echocardiography", "section", "division", "library",
                              "scheduling"})
# heads that name a department only with a specialty before them ("Breast Center", "Vascular Unit",
# "Osteoporosis Clinic")
_MODIFIED_HEAD = frozenset({"center", "centre", "unit", "line", "service", "services", "suite", "office", "clinic"})
# words of a department's name before its head, beside the department vocabulary
_EXTRA_MODIFIERS = frozenset({"noninvasive", "non-invasive", "film", "central", "nurse", "echo", "sleep", "clinical",
                              "interventional", "vascular", "breast", "diagnostic", "business", "billing"})
# department words that also end or begin a site's own name ("Medical", "Care", "Cancer Center", "Family ..."):
# never read as a department after the name
_NOT_MODIFIERS = frozenset({"the", "our", "this", "st.", "saint", "of", "outside", "medical", "center", "centre",
                            "care", "family", "primary", "comprehensive", "cancer", "heart", "stroke", "trauma",
                            "service", "services", "unit", "room", "reading", "department", "dept", "dept.",
                            "division", "section"})

_DEPARTMENT_OF = frozenset({"department", "dept", "dept."})
_WORD = re.compile(r"[^ \t]+")
_NAME_END_BEFORE = re.compile(r"([A-Za-z]+)[ \t]\Z")


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return (department_words() | _EXTRA_MODIFIERS) - _NOT_MODIFIERS


def _is_department(words: list[str]) -> bool:
    """True when ``words`` (lower case) name a department: specialty words, then a department head;
    or "Department of" / "Dept. of" and specialty words."""
    if not words:
        return False
    if words[0] in _DEPARTMENT_OF and len(words) >= 3 and words[1] == "of":
        return all(w in _modifiers() or w in _DEPARTMENT_HEAD for w in words[2:])
    head, modifiers = words[-1], words[:-1]
    if head not in _DEPARTMENT_HEAD and not (head in _MODIFIED_HEAD and modifiers):
        return False
    return all(w in _modifiers() for w in modifiers)


def follows_site_name(text: str, start: int) -> bool:
    """True when ``start`` stands one space after a facility head word on the same line
    ("... Medical Center |Noninvasive Vascular Lab"), or inside a name that opens on its head word, as
    Spanish, Polish or Italian names do ("Hospital San Ramon de Oriente |Radiology"): the words there
    continue that name."""
    before = _NAME_END_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in _NAME_END:
        return True
    return bool(_HEAD_FIRST_BEFORE.search(text, max(0, start - 60), start))


_HEAD_FIRST = (r"(?:Hospital|Hôpital|Hopital|Szpital|Cl[ií]nica|Klinik(?:um)?|Krankenhaus|Ospedale|Centro|Sanatorio|"
               r"Policl[ií]nic[oa])[ \t]")
# a name that opens on its head word, then up to five single-spaced words, from the line's start, a column gap
# or a label's colon
_HEAD_FIRST_BEFORE = re.compile(rf"(?:^|(?<=[\n\r:])|(?<=[ \t]{{2}}))[ \t]*{_HEAD_FIRST}(?:\w[\w.'’-]*[ \t]){{1,5}}\Z")
_HEAD_FIRST_OPEN = re.compile(_HEAD_FIRST)


def department_tail(text: str, start: int, end: int) -> int:
    """Where a department named after a complete facility name begins in ``text[start:end]``, or ``end``
    when there is none. The words before the department must end the name: on a facility head word
    ("... Medical Center |Radiology"); on "Memorial" or "Regional", or a head word and one place word
    ("... Clinic Dubai |Vascular Lab"), before a department of two words or more; on any word before
    "Department of ..."; on the second word or later of a name that opens on its head word ("Hospital San
    Ramon |Radiology"); or the match must itself continue a name written just before it ("... Family
    Clinic |Dubai Radiology", then all of it may be the department)."""
    words = list(_WORD.finditer(text, start, end))
    lowered = [w.group(0).lower() for w in words]
    continues = follows_site_name(text, start)
    head_first = bool(_HEAD_FIRST_OPEN.match(text, start))  # "Hospital San Ramon de Oriente Radiology"
    for i in range(0 if continues else 1, len(words)):
        tail = lowered[i:]
        if not _is_department(tail):
            continue
        # "Department of Radiology" follows a name of any shape ("... of the Ozarks Department of Radiology")
        if (not i or continues or lowered[i - 1] in _NAME_END or tail[0] in _DEPARTMENT_OF or head_first and i > 1
                or len(tail) > 1 and (lowered[i - 1] in _WEAK_NAME_END and not set(tail[:-1]) <= _SITE_MODIFIERS
                                      or i > 1 and lowered[i - 2] in _NAME_END)):  # "... Clinic Dubai Vascular Lab"
            return words[i - 1].end() if i else start
    return end


def department_after(text: str, end: int) -> bool:
    """True when a department name (as ``department_tail`` trims it) follows ``end`` on the same line."""
    line_end = end
    while line_end < len(text) and text[line_end] not in "\r\n|,;:()":
        line_end += 1
    lowered = [w.group(0).lower() for w in _WORD.finditer(text, end, line_end)]
    return any(_is_department(lowered[:n]) for n in range(1, min(len(lowered), 5) + 1))


def names_department(span: str) -> bool:
    """True when ``span`` as a whole names a department: "Radiology Business Office", "Breast Center"."""
    return _is_department([w.lower() for w in span.split()])


# a slash, comma or dash between a site's name and a department written after it
_MARK = re.compile(r"[ \t]*(?:/|,|[-–—])[ \t]*")


def department_after_mark(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on past the site's name, after a slash, comma or dash, into a department
    ("Elm Hospital / Radiology Business Office", "Elm Hospital - Billing Office"): the end of the name, or
    ``end`` when no department follows a mark."""
    for mark in _MARK.finditer(text, start, end):
        if mark.start() > start and mark.end() < end and names_department(text[mark.end():end]):
            return mark.start()
    return end


# a home-health agency's name: "Tri-County Home Health Services", "Bayside Home Care"
_SERVICE_AFTER_HOME = frozenset({"health", "healthcare", "care", "hospice", "infusion", "nursing", "services",
                                 "medical", "therapy", "dialysis", "oxygen"})
_HOME_BEFORE = re.compile(r"\bHome[ \t]+\Z")


def home_service(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` follows a capitalised "Home" as a home-health agency's service word
    ("Home Health Services"), which is no town after "home"."""
    first = text[start:end].split(None, 1)
    return (bool(first) and first[0].lower() in _SERVICE_AFTER_HOME
            and bool(_HOME_BEFORE.search(text, max(0, start - 8), start)))


# a day count in a title: "PROGRESS NOTE - Hospital day 7", "Post-op day 2", "Day 12"
_DAY_COUNT = re.compile(r"(?i:(?:hospital|post-?op(?:erative)?|admission|icu|treatment|illness)[ \t]+)?(?i:day)[ \t]+"
                        r"#?\d{1,3}\b")


def day_count(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a day count ("Hospital day 7"), not a site."""
    return bool(_DAY_COUNT.fullmatch(text, start, end))
