"""Delimited tables (worklist exports, CSV, TSV, pipe and markdown tables): the header names each column.

A cell's own text says little ("AN", "1544", "0929282-2"), but its column header says what it is: the
value under "Patient" is a person, under "Reading" the reader's initials, under "Sched" a time. A header
row is a line of three or more short labels split by one delimiter, two or more of them identifying;
each following line with the same number of cells is a row, and every non-empty cell under an
identifying header is masked whole. Columns such as "Exam", "Status" or "Priority" are left alone.
Exports write labels without spaces ("PatientName", "STUDYTIME", "REFERRINGPHYS"): camel case and the
known words a label is made of split it, and a label ending in "Date" or "Time" ("Exam Date") is a date.
An unquoted CSV date "Oct 3, 1957" is one cell, not two; an unlabelled column holding "MRN 00412233" and bare
numbers is a record-number column; a "Transducer" value is a serial only with four digits or more ("C5-1" is a model).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import is_clinical
from redaction.recognizers._csv_records import quoted_record
from redaction.recognizers._row_flags import trailing_flag
from redaction.recognizers.names import CREDENTIALS

# Header words (lower case, punctuation dropped) and the PHI type of the values below them.
_COLUMN_WORDS: dict[str, str] = {}
for _type, _words in {
    "PERSON": "patient name pt person reading reader read radiologist rad physician ordering referring provider "
              "attending resident fellow tech technologist sonographer author signer signed dictated dictator "
              "nurse rn contact phys guardian performer performed assigned owner interpreter reviewer requester "
              "requested caller clinician doctor dr surname lastname firstname given family member subscriber "
              "guarantor parent mother father spouse kin nok insured recipient operator transcriptionist by initials "
              "witness pcp user username login userid md candidate participant consenter enrollee referrer",
    "DATE_TIME": "dob birth birthdate date time sched scheduled arrived arrival start started end ended completed "
                 "complete ordered received dos when timestamp datetime appt appointment due admitted admit "
                 "discharged discharge verified signedat slot booked booking born seen visit_date",
    "MRN": "mrn mr id pid empi mpi chart unit uid identifier record rec no nr number #",
    "ACCESSION": "accession acc accn order# requisition exam# study#",
    "ACCOUNT_ID": "account acct visit encounter fin csn case claim auth authorization ref reference session",
    "HEALTH_PLAN_ID": "policy plan insurance mbi medicare medicaid group memberid",
    "SSN": "ssn social",
    "PHONE": "phone tel telephone fax cell mobile pager callback",
    "EMAIL": "email e-mail mail",
    "STREET_ADDRESS": "address street addr",
    "CITY": "city town",
    "ZIP": "zip postcode postal",
    "FACILITY": "site location facility hospital institution clinic center centre origin source",
    "DEVICE_SERIAL": "serial sn device transducer detector",
    "AGE_OVER_89": "age",
}.items():
    _COLUMN_WORDS.update(dict.fromkeys(_words.split(), _type))

# Labels that name a person's column only as the whole label: "Last", "First", "MI" (a "Last Seen" or "First
# Exam" column is a date or an exam, so these are no column words on their own)
_WHOLE_PERSON_LABELS = frozenset("last first middle mi given family forename fname lname middlename middleinitial "
                                 "familyname givenname givennames forenames".split()) | {"agent", "clerk"}
# a front-desk log's clerk ("Agent"); under a dose log's "Agent" the radiopharmaceutical ("Tc-99m MDP") is no person
_CLERK_LABELS = frozenset({"agent", "clerk"})

# Words that make a header cell descriptive however it starts ("Exam Description", "Study Type").
_DESCRIPTIVE = frozenset("exam description procedure modality status priority type desc finding findings "
                         "impression result results sex gender body part laterality protocol reason indication "
                         "comment comments notes note flag count rows series images code cpt icd "
                         # a study's visit label: "redcap_event_name" holds "month_3_arm_1", no person
                         "event".split())
_ANCHORS = frozenset({"PERSON", "MRN", "ACCESSION", "ACCOUNT_ID", "SSN", "HEALTH_PLAN_ID"})
_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9 #/._()'-]{0,30}")
# two or more spaces: a plain-text export that lines its columns up ("Subj  Name  MRN  Operator"), tried last
_SPACES = "  "
_DELIMITERS = ("|", "\t", ",", ";", _SPACES)
# a body site under a "Site" column: a side, then lower-case anatomy or "AC" (antecubital): "R basilic vein"
_BODY_SITE = re.compile(r"(?:R|L|Rt|Lt|RT|LT|Right|Left|right|left|bilat|bilateral|Bilateral)\.?[ \t]+"
                        r"(?:AC|[a-z][a-z]{1,20}(?:[ \t][a-z]{2,20}){0,2})")
_LOWER_WORDS = re.compile(r"[a-z]+(?:[ \t][a-z]+){0,3}")  # a place on the body in lower case: "collar", "lens of eye"
_SERIAL_DIGITS = re.compile(r"\d{4}")
_PLAN_WORDS = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")  # a lower-case word: a care plan's prose, not a plan's id
_OLD_AGE = re.compile(r"0?(?:9\d|1[0-2]\d)(?!\d)")
# empty cells ("-", "N/A") and yes/no flags ("Y", "N - callback"); a bare "NA" may be someone's initials and is masked
_EMPTY = re.compile(r"(?i)[-–—\s.]*|n/a|none|null|unknown|tbd|pending|(?:yes|no|y|n)(?:[ \t]+-[ \t]+[a-z][a-z ]*)?")


# a qualifier joined to a column word in a compact header ("STUDYDATE", "EXAMTIME", "REFERRINGPHYS")
_QUALIFIERS = frozenset("study exam scan order report procedure".split())
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _split_compound(word: str) -> list[str]:
    """A header word written without a space ("patientname", "studytime", "referringphys") as its two words:
    the longest known word it opens with, then the rest; the word itself when no such split is known."""
    if word in _COLUMN_WORDS or word in _DESCRIPTIVE:
        return [word]
    for cut in range(len(word) - 2, 3, -1):
        head, tail = word[:cut], word[cut:]
        if (head in _COLUMN_WORDS or head in _DESCRIPTIVE or head in _QUALIFIERS) and (
                tail in _COLUMN_WORDS or tail in _DESCRIPTIVE):
            return [head, tail]
    return [word]


def _column_type(label: str) -> str | None:
    # "PatientName", "StudyTime": camel case splits into words; "STUDYTIME" by the words it is made of
    words = [part for word in re.findall(r"[a-z#]+", _CAMEL.sub(" ", label).lower()) for part in _split_compound(word)]
    if words and words[-1] in ("date", "time", "datetime", "timestamp") and len(words) > 1:
        return "DATE_TIME"  # "Exam Date", "PROCEDURETIME": a descriptive word qualifies a date here
    if words and words[0] in ("zip", "postal", "postcode"):
        return "ZIP"  # "zip_code", "Postal Code": "code" is no descriptive word here
    if not words or any(w in _DESCRIPTIVE for w in words):
        return None
    joined = "".join(words)
    if len(words) > 1 and words[-1] == "by":
        return "PERSON"  # "Ordered by", "Read by": whoever did it ("ordered" alone is a date)
    if joined in _WHOLE_PERSON_LABELS:
        return "PERSON"
    if joined in _COLUMN_WORDS:
        return _COLUMN_WORDS[joined]
    for word in words:
        if word in _COLUMN_WORDS:
            return _COLUMN_WORDS[word]
        if word.rstrip("#") in _COLUMN_WORDS:
            return _COLUMN_WORDS[word.rstrip("#")]
    return None


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value in ``line``: whitespace and CSV quotes trimmed."""
    cells, pos, n = [], 0, len(line)
    while True:
        start = pos
        if delimiter == "," and line[pos:].lstrip(" ").startswith('"'):
            quote = line.index('"', pos)
            close = quote + 1
            while True:
                close = line.find('"', close)
                if close < 0:
                    close = n
                    break
                if line[close + 1:close + 2] == '"':
                    close += 2
                    continue
                break
            end_cell = line.find(delimiter, close)
            end_cell = n if end_cell < 0 else end_cell
            cells.append((quote + 1, min(close, n)))
        else:
            end_cell = line.find(delimiter, pos)
            end_cell = n if end_cell < 0 else end_cell
            value_start, value_end = start, end_cell
            while value_start < value_end and line[value_start].isspace():
                value_start += 1
            while value_end > value_start and line[value_end - 1].isspace():
                value_end -= 1
            cells.append((value_start, value_end))
        if end_cell >= n:
            return cells
        pos = end_cell + 1
        while delimiter == _SPACES and pos < n and line[pos] == " ":
            pos += 1  # the whole run of spaces is one delimiter


def _header(line: str) -> tuple[str, list[str | None]] | None:
    for delimiter in _DELIMITERS:
        if line.count(delimiter) < 2:
            continue
        labels = [line[s:e] for s, e in _cells(line, delimiter)]
        inner = [lab for lab in labels if lab]
        if len(inner) < 3 or not all(_LABEL.fullmatch(lab) and len(lab.split()) <= 3 for lab in inner):
            continue  # a header cell is a short label: "Patient, MRN, and DOB were checked." is a sentence
        if line.rstrip().endswith((".", "!", "?")):
            continue
        if delimiter == _SPACES and (len(inner) < 4 or any(c.isdigit() or c == ":" for c in line)):
            continue  # spaced columns: four or more word labels ("SrA BELL   DoD ID 95999" is a record line)
        types = [_column_type(lab) if lab else None for lab in labels]
        # two identifying columns, one of them a person or a record number ("Date | Location | Size" is not)
        if sum(t is not None for t in types) >= 2 and _ANCHORS.intersection(types):
            return delimiter, types
    return None


def is_header_row(line: str, following: str) -> bool:
    """True when ``line`` is a delimited table's header row (its cells are column labels, never PHI): a header
    by the words of its cells, without digits, colons or braces (not a record line "Doe, Ann | DOB 1/2/1950"
    nor a JSON line), above a line with as many cells (the first data row)."""
    if any(c.isdigit() or c in ":{}[]" for c in line):
        return False
    found = _header(line)
    return found is not None and len(_cells(following, found[0])) == len(found[1])


# free-text columns: a delimiter inside one ("XR chest, 2 views") adds a cell, the table goes on
_FREE_TEXT = frozenset("procedure description desc exam finding findings impression comment comments notes note "
                       "indication reason result results".split())


def _free_text_column(header: str, delimiter: str) -> int | None:
    """The index of the table's one free-text column, or None when it has none or several."""
    labels = [re.findall(r"[a-z]+", header[s:e].lower()) for s, e in _cells(header, delimiter)]
    free = [k for k, words in enumerate(labels)
            if _FREE_TEXT.intersection(words) and not {"date", "time", "dt", "id", "no", "number"}.intersection(words)]
    return free[0] if len(free) == 1 else None


_MEASURED = re.compile(r"\s*(?:[A-Za-z]+\s+)?\d+(?:\.\d+)?\s*(?:mCi|uCi|MBq|GBq|mSv|mGy|mg|mL|kg|lbs?)\s*")
_DATE_AND_CLOCK = re.compile(r"(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})[ \t]+(\d{1,2}:\d{2}(?::\d{2})?)$")
# "Choi, Ann L (unit clerk)": a role after the name; "Roe / Ann Lee; waste 0.2 mL witnessed": a note after it;
# "LEUNG Mei Yee (54Y)", "Abdi, Amina (70 yrs)": the age; "T. Balogun (guidelines local protocol RAD-07)": a note
_ROLE_AFTER = re.compile(r"[ \t]*\((?:[^()\d]*|[a-z][^()]*|\d{1,3}(?:Y|[ -]?(?:yrs?|years?(?:[ -]old)?|year-old)))\)$"
                         r"|[ \t]*;[ \t]*[a-z].*$")
# "Okonkwo MD", "Doe, Jane, RN": the credential closing a person's cell is no part of the name
_CREDENTIAL_AFTER = re.compile(rf"(?:,?[ \t]+(?:{CREDENTIALS}))+$")
_TWO_PEOPLE = re.compile(r"[ \t]+[/+][ \t]+")  # "Prescriber / Witness": "A. Roe / Ann Lee"
_CLOCK = re.compile(r"(?:[01]\d|2[0-3]):?[0-5]\d(?::[0-5]\d)?")  # "1046", "10:46", "10:46:05"


def _time_columns(lines: list[tuple[int, str]], first: int, delimiter: str,
                  types: list[str | None]) -> list[str | None]:
    """A column whose header says nothing but whose every value is a 24-hour clock time is a time column."""
    rows = []
    for _, line in lines[first:first + 50]:
        cells = _unflagged(line, delimiter, types)
        if len(cells) != len(types):
            break
        rows.append([line[s:e] for s, e in cells])
    if not rows:
        return types
    return [kind if kind is not None or not all(_CLOCK.fullmatch(row[k]) for row in rows) else "DATE_TIME"
            for k, kind in enumerate(types)]


_LABELLED_MRN = re.compile(r"(?:MRN|MR#|Med Rec)[:#]?[ \t]*[A-Z]{0,3}\d[\d-]{4,12}")
_BARE_ID = re.compile(r"[A-Z]{0,3}\d[\d-]{5,12}")


def _labelled_id_columns(lines: list[tuple[int, str]], first: int, delimiter: str,
                         types: list[str | None]) -> list[str | None]:
    """A column whose header says nothing ("escort_for") but whose values are record numbers, some written
    "MRN 00770309", the rest bare ("49907230") or empty: a record-number column."""
    rows = []
    for _, line in lines[first:first + 50]:
        cells = _unflagged(line, delimiter, types)
        if len(cells) != len(types):
            break
        rows.append([line[s:e] for s, e in cells])
    if len(rows) < 2:
        return types
    out = list(types)
    for k, kind in enumerate(types):
        values = [row[k] for row in rows if not _EMPTY.fullmatch(row[k])]
        if (kind is None and values and any(_LABELLED_MRN.fullmatch(v) for v in values)
                and all(_LABELLED_MRN.fullmatch(v) or _BARE_ID.fullmatch(v) for v in values)):
            out[k] = "MRN"
    return out


def _shifted(lines: list[tuple[int, str]], first: int, delimiter: str,
             types: list[str | None]) -> list[str | None]:
    """A log whose rows all hold one cell more than its header ("Subject  Pt  MRN ... IR MD" over rows that
    add the name after the initials): the header labels the last columns, so its labels align on the right and
    the first cell goes unlabelled. Not for CSV, where a comma inside a cell adds one."""
    if delimiter == "," or first >= len(lines):
        return types
    counts = [len(_unflagged(line, delimiter, types)) for _, line in lines[first:first + 50]]
    rows = counts[:next((k for k, n in enumerate(counts) if n != len(types) + 1), len(counts))]
    return [None, *types] if rows and (len(rows) >= 2 or len(counts) == 1) else types


def _unflagged(line: str, delimiter: str, types: list[str | None]) -> list[tuple[int, int]]:
    """The row's cells, less a trailing flag past the header's columns ("  Popov  age 48Y", "| STAT")."""
    cells = _cells(line, delimiter)
    return cells[:-1] if len(cells) == len(types) + 1 and trailing_flag(line[slice(*cells[-1])]) else cells


_INITIALS = re.compile(r"[A-Z]\.?(?:[ ]?[A-Z]\.?)?")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*")  # "BAKER", "Zoë", "O'Neil"


_MONTH_DAY = re.compile(r"[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _join_initials(line: str, cells: list[tuple[int, int]], types: list[str | None]) -> list[tuple[int, int]]:
    """A CSV row whose person cell is written "Surname, F." or "SURNAME, GIVEN" unquoted: the initials or the
    given name after the comma are the name's, not a cell of their own (only as many joins as the row has cells
    too many; a given name only after a one-word surname, both starting upper-case)."""
    extra, joined = len(cells) - len(types), []
    for start, end in cells:
        column = len(joined) - 1
        if (extra and joined and column < len(types) and types[column] == "PERSON"
                and (_INITIALS.fullmatch(line[start:end]) and not _INITIALS.fullmatch(line[slice(*joined[-1])])
                     or _given_after_surname(line[slice(*joined[-1])], line[start:end]))):
            joined[-1] = (joined[-1][0], end)
            extra -= 1
        elif (extra and joined and column < len(types) and types[column] == "DATE_TIME"
              and _YEAR.fullmatch(line[start:end]) and _MONTH_DAY.fullmatch(line[slice(*joined[-1])])):
            joined[-1] = (joined[-1][0], end)  # "Oct 3, 1957" unquoted: the year is the date's
            extra -= 1
        else:
            joined.append((start, end))
    return joined


def _given_after_surname(surname: str, given: str) -> bool:
    """"NG", "IGNACIO": a one-word surname, then a given name of two letters or more that is no initials."""
    return not _INITIALS.fullmatch(given) and all(_NAME_WORD.fullmatch(word) and word[0].isupper()
                                                  for word in (surname, given))


class DelimitedTableRecognizer(EntityRecognizer):
    """Cells of a delimited table whose header labels them as identifying."""

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(_COLUMN_WORDS.values())), name="DelimitedTableRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if text.count("\n") < 1 or not any(text.count(d) >= 4 for d in _DELIMITERS):
            return []
        results = []
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n\r]+", text)]
        i = 0
        while i < len(lines):
            found = _header(lines[i][1])
            if found is None:
                i += 1
                continue
            delimiter, types = found
            clerks = {n for n, (s, e) in enumerate(_cells(lines[i][1], delimiter))
                      if lines[i][1][s:e].strip().lower() in _CLERK_LABELS}
            free = _free_text_column(lines[i][1], delimiter)
            types = _shifted(lines, i + 1, delimiter, types) if free is None else types
            types = _time_columns(lines, i + 1, delimiter, types)
            if "MR" in text:
                types = _labelled_id_columns(lines, i + 1, delimiter, types)
            i += 1
            while i < len(lines):
                offset, line = lines[i]
                if line.lstrip().startswith("#") or set(line.strip()) <= set("-|:+= \t"):
                    i += 1  # a comment or a markdown rule line inside the table
                    if line.lstrip().startswith("#"):
                        break
                    continue
                line, after = quoted_record(text, lines, i) if delimiter == "," else (line, i + 1)
                cells = _unflagged(line, delimiter, types)  # "| Okafor | NAME ALERT": the row's flag is no cell
                if delimiter == "," and len(cells) > len(types):  # "Whitfield, X." under a person column
                    cells = _join_initials(line, cells, types)
                if free is not None and len(cells) > len(types):  # "MG diagnostic bilateral, 6-month follow-up"
                    extra = len(cells) - len(types)
                    cells = cells[:free] + [(cells[free][0], cells[free + extra][1])] + cells[free + extra + 1:]
                # another shape, or prose under an identifying column: the table has ended (a long finding
                # under a descriptive column is a cell, not prose)
                if len(cells) != len(types) or any(len(line[s:e].split()) > 12
                                                   for (s, e), kind in zip(cells, types, strict=True) if kind):
                    break
                for n, ((start, end), kind) in enumerate(zip(cells, types, strict=True)):
                    value = line[start:end]
                    if kind is None or _EMPTY.fullmatch(value):
                        continue
                    if n in clerks and (any(c.isdigit() for c in value) or is_clinical(value, "")):
                        continue  # a dose log's agent ("Tc-99m MDP", "iohexol"), not a clerk
                    if kind == "ACCOUNT_ID" and value.strip().isdigit() and len(value.strip()) <= 2:
                        continue  # a conference list's "| Case | ... |" row ordinal: "| 1 |", "| 12 |"
                    if kind != "PERSON" and re.fullmatch(CREDENTIALS, value.strip()):
                        continue  # "Bell, Darnell, RT(R), ..." unquoted: the credential shifted under the next column
                    if kind == "FACILITY" and (_BODY_SITE.fullmatch(value) or _LOWER_WORDS.fullmatch(value)):
                        continue  # an access log's "Site" is the body site: "R forearm", "L AC"; a badge's "waist"
                    if kind == "HEALTH_PLAN_ID" and (not any(c.isdigit() for c in value)
                                                     or _PLAN_WORDS.search(value)):
                        continue  # a triage list's "Plan" is the care plan ("defer; PI-RADS 2 f/u"), no plan's id
                    if kind == "DEVICE_SERIAL" and not _SERIAL_DIGITS.search(value):
                        continue  # a probe's model under "Transducer" ("C5-1", "L12-5"), not its serial
                    if kind == "AGE_OVER_89":
                        age = _OLD_AGE.match(value)
                        if age:
                            results.append(RecognizerResult(kind, offset + start, offset + start + age.end(),
                                                            self.SCORE))
                        continue
                    if kind == "DATE_TIME" and _MEASURED.fullmatch(value):
                        continue  # a key-value sheet's "Activity 13 mCi" under a "DOB" cell: a dose, no date
                    stamp = _DATE_AND_CLOCK.match(value) if kind == "DATE_TIME" else None
                    if stamp:  # "2024-02-01 20:40": a date and a time, not the gap between them
                        results.append(RecognizerResult(kind, offset + start, offset + start + stamp.end(1),
                                                        self.SCORE))
                        start += stamp.start(2)
                    if kind == "PERSON":  # "Choi, Ann L (unit clerk)": the person, not their role
                        value = _ROLE_AFTER.sub("", value) or value
                        end = start + len(_CREDENTIAL_AFTER.sub("", value) or value)
                        for gap in _TWO_PEOPLE.finditer(line, start, end):  # two people: the slash is no name's
                            results.append(RecognizerResult(kind, offset + start, offset + gap.start(), self.SCORE))
                            start = gap.end()
                    results.append(RecognizerResult(kind, offset + start, offset + end, self.SCORE))
                i = after  # past a record's quoted multi-line cell
        return results
