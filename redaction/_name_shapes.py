"""Person detections the way names are written outside prose: whole Arabic names, names glued into a
hashtag or an image file name, and role words and hashtag words that are no part of a name.

- an Arabic name runs on through its nasab and family name ("Yusuf bin Abdullah al-Harbi"): a person
  span that stops before "bin Abdullah" or "al-Harbi" is widened over them;
- a name the document gives elsewhere ("Patient: Ada Okafor") is also PHI where it is glued to other words:
  a camel-case hashtag ("#OkaforStrong"), an underscore-joined image file name ("mri_Okafor_20240101.dcm"),
  where word boundaries do not see it; a hyphenated given name is also looked for without its hyphen
  ("Seo-yeon" ... "ceph_Seoyeon_20210426.dcm"). In an image file name a capitalised part between
  underscores that is no word at all is a name too ("scan_Wojcik_2023.dcm");
- a hashtag detected whole ("#OkaforCleared") keeps only its name: the trailing everyday words are not PHI;
- a role word opening a detection ("Coordinator Ada Okafor", "Custodian") is a label, not the name.
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, is_clinical, not_name_words
from redaction._spans import Span
from redaction._vocabulary import is_common_word

# "bin Abdullah", "bint Hassan", "ibn Rushd", "al-Harbi", "Al-Harbi", "el-Masri" right after a name
_NASAB_TAIL = re.compile(r"[ \t]+(?:(?:bin|bint|binti|ibn)[ \t]+[A-Z][a-z'’]+|(?:al|Al|el|El)-[A-Z][a-z'’]+)")
# a hashtag, or a file name with an underscore and an image or document extension
_GLUED = re.compile(r"#[A-Za-z][A-Za-z0-9_]*|(?<![\w.])[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*_[A-Za-z0-9-]+"
                    r"\.(?:dcm|dicom|jpe?g|png|tiff?|bmp|gif|pdf|nii)\b")
_FILE_PART = re.compile(r"(?<=_)[A-Z][a-z]{2,}(?=_)")
_NAME_PART = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_CAMEL_TAIL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_HASHTAG_WORD = re.compile(r"(?:[A-Z][a-z'’]*[a-z])(?:[A-Z][a-z]+)+")


def _widen_nasab(text: str, span: Span) -> Span:
    end = span.end
    while (tail := _NASAB_TAIL.match(text, end)) is not None:
        end = tail.end()
    return span if end == span.end else Span(span.start, end, span.entity_type, span.score)


def _board(text: str, span: Span) -> bool:
    """"MD, Diplomate ABIME": the acronym after "Diplomate" is a specialty board, neither a name nor a site."""
    return (_BOARD_BEFORE.search(text, max(0, span.start - 16), span.start) is not None
            and _ACRONYM.fullmatch(text, span.start, span.end) is not None)


def _agency_letterhead(text: str, start: int, end: int) -> bool:
    """A letterhead line holding a collection agency's name ("Harbor Credit Management"): no person."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _AGENCY_LINE.fullmatch(text, text.rfind("\n", 0, start) + 1, line_end) is not None


def _trim(text: str, span: Span) -> Span | None:
    """The span less a leading role word and a glued hashtag's trailing words; None when nothing is left."""
    start, end = span.start, span.end
    if _board(text, span):
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    lead = 0
    while lead < len(words) and words[lead].group(0).rstrip(":,").lower() in _ROLE_WORDS:
        lead += 1
    if lead == len(words):
        return None
    if lead and len(words) == lead + 1 and words[lead].group(0).isalpha() and words[lead].group(0).isupper():
        return None  # "Diplomate ABIME": a role and its board's acronym
    tail = len(words)
    while tail > lead + 1 and words[tail - 1].group(0).rstrip(":,#").lower() in _LABEL_TAIL:
        tail -= 1  # "PAGET^SUNNY MRN", "Jae PARK<TAB>PCP": the next field's label is no part of the name
    if _AD_LITEM.fullmatch(text[start + words[lead].start():start + words[tail - 1].end()]):
        return None  # "GUARDIAN AD LITEM": the Latin of a guardian's title
    if tail < len(words):
        last = words[tail - 1]
        end = start + last.start() + len(last.group(0).rstrip(",;"))
    start += words[lead].start()
    if _FIRM_AFTER.match(text, end) or (_FIRM_TAIL.match(text, end)
                                        and _FIRM_BEFORE.search(text, max(0, start - 40), start)):
        return None  # "Brannock & Wilde LLP": a firm's name
    end = start + len(_ESQ.sub("", text[start:end]))  # "Ada Quill, Esq": the name without its title
    if end <= start:
        return None
    if _agency_letterhead(text, start, end):
        return None
    firm = _FIRM_LINE.match(text, start)
    if firm and firm.end() >= end and not text[text.rfind("\n", 0, start) + 1:start].strip():
        return None  # "Summit Risk Counsel", "Northpoint Legal PC": a law firm's line, named by its trade
    value = text[start:end]
    if text[start - 1:start] == "#" and _HASHTAG_WORD.fullmatch(value):
        cuts = [0, *[m.start() for m in _CAMEL_TAIL.finditer(value)], len(value)]
        keep = len(cuts) - 1
        while keep > 1 and is_common_word(value[cuts[keep - 1]:cuts[keep]]):
            keep -= 1
        end = start + cuts[keep]
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.entity_type, span.score)


# "Diplomate ABIME", "Diplomate of the ABR": a specialty board's acronym
_BOARD_BEFORE = re.compile(r"(?i)\bdiplomate,?(?:[ \t]+of)?(?:[ \t]+the)?[ \t]+$")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
# a firm named by its partners: "Brannock & Wilde LLP"
_FIRM_AFTER = re.compile(r"[ \t]*&[ \t]*[A-Z][A-Za-z'’-]+,?[ \t]+(?:LLP|LLC|PLLC|P\.?C\.|L\.L\.P\.)")
_FIRM_TAIL = re.compile(r",?[ \t]+(?:LLP|LLC|PLLC|P\.?C\.|L\.L\.P\.)")
_FIRM_BEFORE = re.compile(r"[A-Z][A-Za-z'’-]+[ \t]*&[ \t]*\Z")
# a line holding a law firm named by its trade ("Summit Risk Counsel", "Northpoint Legal PC")
# an identifier's or a role's label after a name, in the next field
_LABEL_TAIL = frozenset({"mrn", "dob", "acc", "ssn", "fin", "csn", "pcp"})
_AD_LITEM = re.compile(r"(?i)ad[ \t]+litem")
_FIRM_LINE = re.compile(r"(?:[A-Z][A-Za-z'’&-]*[ \t]+){1,3}(?:Counsel|Legal|COUNSEL|LEGAL)"
                        r"(?:[ \t]+(?:PC|P\.C\.|LLP|LLC|PLLC))?[ \t]*(?=\n|$)")
_ESQ = re.compile(r",?[ \t]*Esq\.?$")
# a collection agency's name on a letterhead: "Harbor Credit Management", "Apex Receivables Group"
_AGENCY_LINE = re.compile(r"[ \t]*(?:[A-Z][\w'’&.-]*[ \t]+){0,3}(?i:credit|recovery|receivables|collections?)[ \t]+"
                          r"(?i:services|management|group|agency|bureau|solutions|associates)[ \t]*")
# role and letter words that open a detection without being a name ("Coordinator", "Dear Custodian")
# a role, or a report's sign-off verb, read into the name after it: "Dre" (French "Dr"), "Dictated Ada Lowe, MD"
_ROLE_WORDS = frozenset("coordinator custodian advocate diplomate grievance dre dictated transcribed "
                        # a pager's "CRIT RESULT", a review's "[Comment", a chat's "Let", a ticket's "PACS Admin /"
                        "crit result comment [comment let admin / "
                        # a log's or roster's role before the name: "Student DOE, JANE A", "Recorder Ana Ruiz"
                        "student trainee recorder scribe lead "
                        # a team's coach before the name ("To: Coach Ada Roe"); a letter's "Re" before the patient
                        "coach re".split())


def _known_parts(text: str, people: list[Span]) -> set[str]:
    parts = set()
    for span in people:
        for m in _NAME_PART.finditer(text[span.start:span.end]):
            word = m.group(0).strip("'’-").lower()
            for form in {word, word.replace("-", "")} | set(word.split("-")):
                if len(form) >= 3:
                    parts.add(form)
    # a clinical word is a name here too ("#LongStrong" after "Brisa Long"): glued to a name, it is no term
    return {p for p in parts if p not in PLACE_AND_DATE_WORDS and p not in not_name_words()}


def _glued_names(text: str, people: list[Span]) -> list[Span]:
    if "#" not in text and "_" not in text:
        return []
    parts = _known_parts(text, people)
    found = []
    for token in _GLUED.finditer(text):
        value, offset = token.group(0), token.start()
        lowered = value.lower()
        for part in parts:
            at = lowered.find(part)
            while at >= 0:
                end = at + len(part)
                opens = at == 0 or not value[at - 1].isalpha() or value[at].isupper() and value[at - 1].islower()
                closes = end == len(value) or not value[end].isalpha() or value[end].isupper()
                if opens and closes and value[at].isupper():
                    found.append(Span(offset + at, offset + end, "PERSON", 0.8))
                at = lowered.find(part, at + 1)
        if not value.startswith("#"):
            for m in _FILE_PART.finditer(value):
                word = m.group(0).lower()
                if not (is_common_word(word) or word in clinical_words() or word in not_name_words()
                        or is_clinical(m.group(0), "")):
                    found.append(Span(offset + m.start(), offset + m.end(), "PERSON", 0.75))
    return found


def reshape_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with person detections widened over an Arabic name's tail, trimmed of role words and hashtag
    words, and the document's names added where a hashtag or a file name glues them to other words."""
    out = []
    for span in spans:
        if span.entity_type == "PERSON":
            span = _trim(text, _widen_nasab(text, span))
            if span is None:
                continue
        elif span.entity_type == "FACILITY" and _board(text, span):
            continue
        out.append(span)
    return out + _glued_names(text, [s for s in out if s.entity_type == "PERSON"])
