"""Which field of a machine record holds a person's name: by its column, key or layout name, never its value.

Shared by the SQL, fixed-width and key=value name recognizers: ``last_name``, ``ordering_md``, ``signed_by``,
``PT-LAST``, ``FIRST``, ``user`` name people; ``facility_name``, ``signed_at``, ``ref_md_npi`` do not.
"""

from __future__ import annotations

import re

from redaction.recognizers.names import CREDENTIALS

# a column word that names a person (alone or with others): "last_name", "ordering_md", "tech", "signer"
_PERSON_WORDS = frozenset(
    "name names fname lname mname firstname lastname middlename fullname surname given family middle "
    "md dr physician provider doctor radiologist technologist tech sonographer signer signedby author reader "
    "referrer referring attending nurse surgeon resident fellow operator transcriptionist guarantor guardian "
    "user username login userid".split())
# a column word that makes the column something else: a facility's name, a time, a number, a contact route
_OTHER_WORDS = frozenset(
    "id ids npi no num number nbr code cd key uid uuid ip at dttm date time ts dt datetime dob phone tel email mail "
    "addr address fax facility hospital site clinic org organization company dept department study exam procedure "
    "proc file host hostname table db schema device station ae app application series protocol vendor model "
    "modality payer plan insurance insurer drug product brand city state zip street country county type status "
    "count cnt agent role group team unit room bed location loc loaded updated modified created changed seen "
    "login_at text report body note notes comment comments desc description title".split())
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


def person_field(name: str) -> bool:
    """True when a column or key called ``name`` holds a person's name (or a name part)."""
    words = [w.lower() for w in _WORD_SPLIT.split(name.strip("`\"[]'")) if w]
    if not words or any(w in _OTHER_WORDS for w in words):
        return False
    # "last_name", "ordering_md"; "signed_by", "read_by", "ordered_by"
    return any(w in _PERSON_WORDS for w in words) or "by" in words


# degrees a signature carries beside the clinical credentials: "Dwayne Doe, MS, DABR"
_CREDENTIAL = re.compile(rf"[ \t]*(?:{CREDENTIALS}|MS|MA|MEd|BS|BA|BSc|MSN|EdD|Esq)\.?[ \t]*")

_CAPITALS = re.compile(r"[ \t]*[A-Z]{2,6}(?:-[A-Z]{1,3})?[ \t]*")


def without_credentials(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` trimmed of surrounding blanks and of credentials after a comma ("June Love, MD, PhD")."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    while True:
        comma = text.rfind(",", start, end)
        if comma <= start:
            break
        # a listed credential, or capitals after a mixed-case name ("Chaya Doe, CWOCN"; not "DO, PHUONG")
        if not _CREDENTIAL.fullmatch(text, comma + 1, end) and not (
                _CAPITALS.fullmatch(text, comma + 1, end) and any(c.islower() for c in text[start:comma])):
            break
        end = comma
    return start, end


# a value shaped as a name: "Okonkwo, Priya N.", "LE, DUC", "June Love", "Sun Hao"
NAME_VALUE = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|[a-z]{1,3}))*"
                        r"(?:,[ \t]*[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Z][A-Za-z'’-]*)*\.?)?")
# "Last, First [M.]" only: the shape a value carries a name by when no column says so
COMMA_NAME = re.compile(r"[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?,[ \t]*(?![A-Z]{2}\b)[A-Z][A-Za-z'’-]+"
                        r"(?:[ \t]+[A-Z][A-Za-z'’-]+)?(?:[ \t]+[A-Z]\.?)?")
