"""People named by the phrasing of patient-portal messages and chats, by name-form labels, by care-team roles
and by Arabic patronymic particles.

- a relative writing in lower case: "hi its maeve again, im oren castell's nephew", "my son ivo
  marsh drives me"; a chat's patient line giving name then birth date: "[10:02] Patient: oren castell 3/4/1950"
- Arabic names with "bint" / "binti" / "ibn": "Salma bint Qasim", "K. bint Qasim", "Mrs. bint Qasim",
  "bint Qasim, Salma"
- passport-style name forms: "Surname: OKONJO-BELL   Given names: Ife"
- a care-team role before a name: "Dosimetrist: Ivy R Marsh", "Therapists: A. Quill / Ned Farrow",
  "chaplain Ines de Vaal", "HCPOA: Rain Marsh, adult child"
- a titled full name alone on its line (a sign-off) and a titled surname before a dash: "Dr. Ines R Vaal",
  "for Dr. Farrow — query"
Every pattern starts at a literal cue (a greeting, a label, a role word, a particle, a title).
"""

from __future__ import annotations

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.names import trim_name

# relatives a portal message names itself by ("im X's granddaughter", "my son X drives me")
_RELATION = (r"(?:grand)?(?:daughter|son|child|niece|nephew|husband|wife|spouse|partner|mother|father|mom|mum|dad|"
             r"sister|brother|aunt|uncle|cousin|caregiver|carer|friend|neighbou?r|(?:step|in-law)[a-z-]*)s?")
# one lower- or proper-case name word ("hernández" is folded to ASCII before the patterns run)
_WORD = r"[A-Za-z][a-z'’-]+"
# small words that a loose lower-case window can take in: never a name word
_FILLER = frozenset("a an the this that for to of in on at by with from and or is was be are his her him their its "
                    "my your our me i im it its u you pt patient again here also pls please thanks ok yes no not "
                    "just still only new".split())


def _plausible(text: str, start: int, end: int) -> bool:
    """No small function word, and not every word a clinical term, a label or a place or date word."""
    words = [w.strip(".,").lower() for w in text[start:end].split()]
    if not words or any(w in _FILLER for w in words):
        return False
    return not all(w in clinical_words() or w in not_name_words() or w in PLACE_AND_DATE_WORDS for w in words)


class PortalRelativeNameRecognizer(RegexRecognizer):
    """PERSON in a relative's portal message or chat, in any case: the writer ("hi its maeve again"), the
    patient the writer is related to ("im oren castell's nephew"), a relative who drives ("my son ivo marsh
    drives me"), the patient's own name and birth date on a chat line ("[10:02] Patient: oren castell 3/4/50")."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        # "hi its maeve again," / "hello, this is ivo marsh here"
        rf"\b(?i:hi|hey|hello)[ \t,]+(?i:it['’]?s|this[ \t]+is)[ \t]+(?P<phi>{_WORD}(?:[ \t]{_WORD}){{0,2}})"
        r"[ \t,]+(?i:again|here)\b",
        # "im oren castell's nephew" / "I am Ife Okonjo-Bell's daughter"
        rf"\b(?i:i['’]?m|i[ \t]+am)[ \t]+(?P<phi>{_WORD}(?:[ \t](?:{_WORD}|[a-z]{{2}}\.)){{0,3}})['’]s[ \t]+"
        rf"(?i:{_RELATION})\b",
        # "my son ivo marsh drives me" / "my daughter Rain Long will drive"
        rf"\b(?i:my)[ \t]+(?i:{_RELATION})[ \t]+(?P<phi>{_WORD}(?:[ \t](?:{_WORD}|[a-z]{{2}}\.)){{0,3}})[ \t]+"
        r"(?=(?i:drives|will[ \t]+drive|is[ \t]+driving|can[ \t]+drive|picks|brings|takes)\b)",
        # "[10:02] Patient: oren castell 3/4/1950" / "[9:05 AM] Patient: ana st. vaal 19500304"
        rf"(?m)^\[[0-9:]{{3,8}}(?:[ \t]?[AaPp]\.?[Mm]\.?)?\][ \t]*(?i:patient|pt)[ \t]*:[ \t]*"
        rf"(?P<phi>{_WORD}(?:[ \t](?:{_WORD}|[a-z]{{2}}\.)){{1,3}})[ \t]+"
        r"(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|(?:19|20)\d{6}\b)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible(text, start, end)


class PatronymicNameRecognizer(RegexRecognizer):
    """PERSON: Arabic names joined by "bint" / "binti" / "ibn" ("Salma bint Qasim", "K. bint Qasim"), and the
    family part alone after a title or before the given name ("Mrs. bint Qasim", "bint Qasim, Salma")."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        r"\b(?P<phi>(?:[A-Z][a-z'’-]+|[A-Z]\.)[ \t]+(?:bint|binti|ibn|Bint|Binti|Ibn|BINT|IBN)[ \t]+"
        r"[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?)\b",
        r"(?<![A-Za-z'’-])(?P<phi>(?:bint|binti|ibn)[ \t]+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?"
        r"(?:,[ \t]*[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?)?)\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        first = text[start:end].split()[0].strip(".,").lower()
        return first not in clinical_words() and first not in not_name_words() and first not in _FILLER


# A proper-case or ALL-CAPS name with an optional middle initial and surname particle:
# "Ivy R Marsh", "A. Quill", "Ines de Vaal", "K. bint Qasim"
_PARTICLE = r"(?:da|de|del|della|dos|van|von|van[ \t]der|le|la|du|di|bint|binti|ibn|bin|al|el|St\.)"
_NAMED = (r"(?:[A-Z]\.[ \t]?|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+)(?:[A-Z]\.?[ \t]+)?"
          rf"(?:{_PARTICLE}[ \t]+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_ROLES = (r"dosimetrists?|physicists?|therapists?|technologists?|techs?|sonographers?|radiographers?|chaplain|"
          r"hcpoa|dpoa|poa|health[ \t]?care[ \t]+proxy|proxy|surrogate|owner[ \t]+of[ \t]+record")


class CareRoleNameRecognizer(RegexRecognizer):
    """PERSON after a care-team or decision-maker role: "Dosimetrist: Ivy R Marsh", "HCPOA: Rain Long, adult
    child", "chaplain Ines de Vaal", and each name after a slash in a role list ("Therapists: A. Quill / Ned
    Farrow"). The role is a strong cue, so a name made of everyday words ("Rain Long") is taken."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        rf"\b(?i:{_ROLES})[ \t]*:[ \t]*(?P<phi>{_NAMED})\b",
        rf"\b(?i:chaplain|dosimetrist|sonographer|radiographer|technologist|tech)[ \t]+(?P<phi>{_NAMED})\b",
        rf"\b(?i:therapists|technologists|techs|dosimetrists|physicists|sonographers|radiographers)[ \t]*:"
        rf"[^\n/]{{2,60}}/[ \t]*(?P<phi>{_NAMED})\b",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return trim_name(text, start, end)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible(text, start, end)


class NameFormLabelRecognizer(RegexRecognizer):
    """PERSON: the values of a passport-style name form, "Surname: OKONJO-BELL   Given names: Ife" (each value
    ends at a run of spaces or the line's end; ALL-CAPS and two-letter surnames included)."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        r"\b(?i:surname|family[ \t]+name|given[ \t]+names?|forenames?|first[ \t]+names?)[ \t]*:[ \t]*"
        r"(?P<phi>[A-Z][A-Za-z'’-]*(?:[ \t][A-Z][A-Za-z'’-]*){0,2})(?=[ \t]{2,}|[ \t]*\n|[ \t]*$)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible(text, start, end)


class TitledSignOffRecognizer(RegexRecognizer):
    """PERSON: a titled full name alone on its line, a sign-off ("Dr. Ines R Vaal"), and a titled surname
    before a dash ("second opinion for Dr. Farrow — query")."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        rf"(?m)^[ \t]*(?:Dr\.?|Doctor|Prof\.?)[ \t]+(?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t][A-Z]\.?)?"
        rf"(?:[ \t](?:{_PARTICLE}|[A-Z][a-z]))?[ \t][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]*$",
        r"\b(?:Dr\.?|Doctor)[ \t]+(?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+(?:—|–|--)[ \t]",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return not any(w.lower() in _FILLER or w.lower() in not_name_words() for w in text[start:end].split())
