"""Detections that the layout around them shows are labels or headings, not PHI (dropped before names spread).

Each recogniser judges a match by its own few words; some layouts say more than those words do:

- a delimited table's header row ("Last,First,MRN,DOB,..."): its cells are column labels, never PHI;
- an ALL-CAPS title line ("RADIOLOGY RESIDENT CALL LOG", "XR LEFT HAND FOR BONE AGE", "IVR CALL
  TRANSCRIPT"): a name cue inside a title ("RESIDENT", "FOR") is followed by report words, not a name;
- a section heading opening a line ("History of Present Illness:"): Title Case words joined by "of" or
  "and" before a colon are a heading;
- an identifier's label opening a line ("Teudat Zehut: 217073144"): a guessed name (a low score)
  right before a colon and a long number is the label of that number;
- a name that is the first words of a longer site name ("To: Pine Ridge Medical Center Radiology"): the
  site span covers it, and its words are no person's to spread elsewhere;
- an initial before a pronoun or an auxiliary verb ("Q. You described", "A. It was", "Q. Did you"): a
  transcript's question and answer marks, not "A. Smith"; a lone role abbreviation before a number
  ("Interpreter ID 204417");
- a public holiday's name ("New Year's Day", "Memorial Day", "Christmas Eve"), as holiday rosters list them: a
  day of the calendar, not a person.
- a prep sheet's day counted to the exam ("TWO DAYS BEFORE (1/31):", "THE DAY BEFORE", "DAY OF EXAM", "Night
  before the procedure"): a step's heading, not a person.

Only PERSON detections are dropped (and, in a title line, a guessed site's initials: "IVR"); every rule reads a few
characters around the span and its line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redaction._denylist import abbreviations, clinical_words, not_name_words
from redaction._spans import Span
from redaction._typo_headings import is_typo_heading
from redaction._vocabulary import is_common_word
from redaction.recognizers.tables import is_header_row

# -- title lines ---------------------------------------------------------------------------------------
# the leading run of ALL-CAPS words of a line (a word ends at a space; "27-Jan-2026" or "PATIENT:" ends it), after
# a file's comment mark ("# SPECIMEN SHIPMENT MANIFEST")
_CAPS_RUN = re.compile(r"[ \t]*(?:#+[ \t]*)?(?:[A-Z0-9][A-Z0-9&/'’.-]*(?=[ \t]|$)[ \t]?)+", re.MULTILINE)
# words that make an ALL-CAPS run a document's title: the kind of document, or an exam opening it
_TITLE_WORDS = frozenset("""note notes report log transcript transcription form summary certification letter request
record records sheet worksheet referral consult consultation review addendum notice order requisition screening
assessment evaluation plan history list manifest questionnaire consent results minutes reminder reminders call calls
message messages survey audit checklist handoff handover intake discharge transfer interpretation""".split())
_EXAM_OPENERS = frozenset("xr cr dx ct cta mr mri mra us nm pet mg rf fluoro dexa".split())

# -- section headings and identifier labels -------------------------------------------------------------
_HEADING = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?[A-Z][A-Za-z-]*(?:[ \t]+(?:[A-Z][A-Za-z/-]*|of|and|for|"
                      r"the|to|in|on|with|&)){1,6}[ \t]*:")
_CONNECTIVE = re.compile(r"[ \t](?:of|and|for|to|in|on|with|&)[ \t]")
_LINE_START = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?\Z")
_ID_VALUE = re.compile(r"[ \t]*(?:#|No\.?|Number)?[ \t]*:[ \t]*[A-Z]{0,3}\d[\d \t-]{4,}\d")
_GUESS = 0.7  # below this a PERSON detection is a guess from the word alone (residual, proper-case runs)

# -- site names ----------------------------------------------------------------------------------------
_SITE_HEAD = re.compile(r"(?i)\b(?:hospital|clinic|cent(?:er|re)|radiology|imaging|associates|services|health|"
                        r"infirmary|lab|laboratory|institute|partners|practice|group|medical|nursing|diagnostics?)\b")

# -- transcript marks ----------------------------------------------------------------------------------
_PRONOUNS = frozenset("it its this that these those you your he she we they him them there here what which who"
                      .split())
_AUXILIARIES = frozenset("did do does was were is are has have had could would should".split())
_INITIAL = re.compile(r"[A-Z]\.")
_NUMBER_LABELS = frozenset("ID NO MRN DOB ACC ACCT FIN CSN SSN REF EXT TEL FAX PIN NPI UID".split())
_NUMBER_AFTER = re.compile(r"[ \t]*#?:?[ \t]*\d")

# -- public holidays -----------------------------------------------------------------------------------
_HOLIDAY = re.compile(r"(?:(?:New[ \t]+Year|Mother|Father|St\.?[ \t]+Patrick|Valentine)['’]?s|Christmas|Memorial|"
                      r"Labou?r|Independence|Veterans['’]?|Presidents['’]?|Columbus|Thanksgiving|Boxing|Remembrance|Armistice|"
                      r"Victoria|Canada|Anzac|Australia|Juneteenth|Emancipation|Patriots['’]?|Family|Election|"
                      r"(?:Martin[ \t]+Luther[ \t]+)?King(?:[ \t]+Jr\.?)?|MLK|Indigenous[ \t]+Peoples['’]?)"
                      r"[ \t]+(?:Day|Eve)\b|Good[ \t]+Friday|Easter[ \t]+(?:Sunday|Monday)")
_HOLIDAY_REACH = 30  # characters before a span where its holiday's name may begin ("Martin Luther King Jr. Day")

# -- prep-sheet days -----------------------------------------------------------------------------------
_PREP_DAY = re.compile(r"(?i)(?:\b(?:the|one|two|three|four|five|six|seven|\d{1,2})[ \t]+)?"
                       r"\b(?:day|days|night|nights|week|weeks|morning|evening)[ \t]+(?:before|after|of|prior)\b"
                       r"(?:[ \t]+(?:to[ \t]+)?(?:the[ \t]+|your[ \t]+)?"
                       r"(?:exam|examination|procedure|scan|test|study|surgery|appointment)\b)?")
_DAY_WORD = re.compile(r"(?i)\b(?:day|night|week|morning|evening)")
_PREP_DAY_REACH = 12  # characters before a span where its heading may begin ("THE DAY BEFORE")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from redaction.recognizers.given_names import given_names

    return given_names()


def _line(text: str, start: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return begin, len(text) if end < 0 else end


def _title_word(word: str) -> bool:
    lower = word.lower().strip(".'’")
    if lower in _given_names():
        return False
    return (is_common_word(lower) or lower in clinical_words() or lower in abbreviations()
            or lower in not_name_words() or (word.isupper() and len(word) <= 4 and word.isalpha()))


def _in_title(text: str, span: Span, begin: int) -> bool:
    """The span lies in its line's leading ALL-CAPS run, the run is a title, and all its words are words."""
    run = _CAPS_RUN.match(text, begin)
    if run is None or span.end > run.end() or span.start < begin:
        return False
    words = run.group(0).split()
    lowered = [w.lower().strip(".") for w in words]
    if len(words) < 2 or not (_TITLE_WORDS.intersection(lowered) or lowered[0] in _EXAM_OPENERS):
        return False
    return all(_title_word(w) for w in text[span.start:span.end].split())


def _in_heading(text: str, span: Span, begin: int) -> bool:
    heading = _HEADING.match(text, begin)
    return (heading is not None and span.end <= heading.end() and _CONNECTIVE.search(heading.group(0)) is not None
            and not _CONNECTIVE.search(text[span.start:span.end] + " "))


def _id_label(text: str, span: Span, begin: int) -> bool:
    return (span.score < _GUESS and _LINE_START.match(text[begin:span.start]) is not None
            and _ID_VALUE.match(text, span.end) is not None)


def opens_number_label(text: str, span: Span) -> bool:
    """A learned guess that opens a line and, with the word after it, labels a long number: "Kimlik Numarasi:
    40817730214" (a Turkish ID number's label), "Tessera Sanitaria: 80380..." - the words of a field's label."""
    begin = _line(text, span.start)[0]
    return (_LINE_START.match(text[begin:span.start]) is not None
            and _LABEL_TAIL_VALUE.match(text, span.end) is not None)


_LABEL_TAIL_VALUE = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]*(?:#|No\.?|Number)?[ \t]*:[ \t]*[A-Z]{0,3}\d[\d \t-]{4,}\d")


def _transcript_mark(text: str, span: Span) -> bool:
    words = text[span.start:span.end].replace(",", " ").split()
    rest = [w for w in words if not _INITIAL.fullmatch(w)]
    if len(rest) >= 2 and len(rest[0]) == 2 and rest[0].isupper() and rest[1][:1].isupper() and not rest[1].isupper():
        rest = rest[1:]  # "HE Chen", "IT Marsh": two initials before a surname, not a pronoun
    if any(w.lower() in _PRONOUNS for w in rest):
        return True  # "A. It", "Q. You", "uh, this"
    if len(words) == 2 and words[0] in ("Q.", "A.") and words[1].lower() in _AUXILIARIES:
        return True  # "Q. Did you see", "Q. Was the fracture": a question opening on its verb
    if not rest and len(words) == 1 and (span.start == 0 or text[span.start - 1] == "\n"):
        return True  # "Q." opening a transcript line
    # "ID 204417": a role's abbreviation before a number
    return len(words) == 1 and words[0] in _NUMBER_LABELS and _NUMBER_AFTER.match(text, span.end) is not None


def _holiday(text: str, span: Span) -> bool:
    """The span lies inside a public holiday's name."""
    if not (_DAY_AFTER.match(text, span.end) or text[span.end - 3:span.end] in ("Day", "Eve")
            or text[span.end - 6:span.end] in ("Friday", "Sunday", "Monday")):
        return False
    return any(m.start() <= span.start and span.end <= m.end()
               for m in _HOLIDAY.finditer(text, max(0, span.start - _HOLIDAY_REACH), span.end + 8))


def _prep_day(text: str, span: Span) -> bool:
    """The span lies inside a day counted to an exam ("TWO DAYS BEFORE")."""
    return any(m.start() <= span.start and span.end <= m.end()
               for m in _PREP_DAY.finditer(text, max(0, span.start - _PREP_DAY_REACH), span.end + 30))


_DAY_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:Day|Eve|Friday|Sunday|Monday)\b")


def _inside_site(span: Span, sites: list[Span], text: str) -> bool:
    return any(s.start <= span.start and span.end <= s.end and (s.start, s.end) != (span.start, span.end)
               and _SITE_HEAD.search(text, span.end, s.end) for s in sites)


def drop_layout_words(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the PERSON detections that are labels, headings or parts of a site's name."""
    people = [s for s in spans if s.entity_type == "PERSON" or s.entity_type == "FACILITY" and s.score < _GUESS]
    if not people:
        return spans
    sites = [s for s in spans if s.entity_type == "FACILITY"]
    headers: dict[int, bool] = {}
    drop = set()
    for span in people:
        begin, end = _line(text, span.start)
        if begin not in headers:
            line = text[begin:end]
            headers[begin] = (line.count(",") >= 2 or line.count("|") >= 2 or line.count("\t") >= 2
                              or line.count(";") >= 2 or line.count("  ") >= 2) \
                and is_header_row(line, text[end + 1:_line(text, end + 1)[1]])
        if span.entity_type == "FACILITY":
            if _in_title(text, span, begin):
                drop.add(span)
            continue
        if (headers[begin] or _in_title(text, span, begin) or _in_heading(text, span, begin)
                or _id_label(text, span, begin) or _transcript_mark(text, span) or _inside_site(span, sites, text)
                or is_typo_heading(text, span.start, span.end, begin, end) or _holiday(text, span)
                or _DAY_WORD.search(text, span.start, span.end) and _prep_day(text, span)):
            drop.add(span)
    return [s for s in spans if s not in drop] if drop else spans
