"""Path-word view: the words glued into file names, folder paths and storage keys read as words (same length).

Imaging and document systems build names of things out of patient identifiers: an export folder
``NGUYEN_THI_00482913/20260301_CT_CHEST_WO_26123456/``, a scanned page ``consent_HAR64818749_MBEKI^THABO^R_251030.pdf``.
The rules read words; ``_`` and ``^`` are word characters to a regex and glue a name to its MRN and date, so
``\\b``-bounded patterns, name lists and NER never see ``NGUYEN THI`` or ``00482913``. Inside a path-like token
(one holding a ``/`` or ``\\`` path step, or ending in a file extension such as ``.dcm`` or ``.pdf``) this view
reads ``_`` and ``^`` as spaces, and a comma between two capitals (``LUNGU,ANDRZEJ``) and the ``T`` of a compact
ISO stamp (``2024-09-30T084458``) as well. Every replacement
keeps one character for one, so a span found in the view masks the same characters of the original; a name read as
``SMITH JOHN`` covers ``SMITH_JOHN`` whole. Code identifiers (``patient_name = ...``, ``get_study()``) hold no path
step or file extension and stay as written.
"""

from __future__ import annotations

import re

from redaction._denylist import is_clinical
from redaction._spans import Span
from redaction._vocabulary import is_known_word

# a run of non-space characters holding a glue character and a path step or a file extension at its end
_TOKEN = re.compile(r"[^\s\"'`<>|()\[\]{}]*[_^][^\s\"'`<>|()\[\]{}]*")
_PATH = re.compile(r"[A-Za-z][/\\][A-Za-z0-9]|[A-Za-z0-9][/\\][A-Za-z]|[/\\]$|^[/\\]|\.[A-Za-z][A-Za-z0-9]{1,4}$")
_STEP = re.compile(r"[A-Za-z0-9][/\\][A-Za-z0-9]")
_GLUE = re.compile(r"(?<=\d\d-\d\d)T(?=\d{6}(?!\d))|(?<=[A-Za-z0-9])[_^]+(?=[A-Za-z0-9])|(?<=[A-Z]),(?=[A-Z])")


def path_word_view(text: str) -> str:
    """``text`` with the ``_``/``^`` glue inside path-like tokens read as spaces (same length).

    ``/exports/DOE_JANE_00482913/CT_CHEST.zip`` reads as ``/exports/DOE JANE 00482913/CT CHEST.zip``.
    """
    if "_" not in text and "^" not in text:
        return text
    return _TOKEN.sub(_unglue, text)


def _unglue(match: re.Match[str]) -> str:
    token = match.group(0)
    if not _PATH.search(token) or "://" in token or "@" in token and not _STEP.search(token):
        return token  # a URL is one span as written; an e-mail address ("jane_doe@x.org") is no path
    if any(c in token for c in "=?&") or token.count(",") > 1:
        return token  # a query ("view?patient_id=..."), a key=value pair or a CSV row: fields, not a file name
    return _GLUE.sub(_space, token)


def changed_tokens(text: str, words: str) -> list[tuple[int, int]]:
    """The ranges of the whitespace-separated tokens of ``text`` that ``words`` (its path-word view) changed."""
    regions: list[tuple[int, int]] = []
    for match in _NON_SPACE.finditer(text):
        if text[match.start():match.end()] != words[match.start():match.end()]:
            regions.append(match.span())
    return regions


_NON_SPACE = re.compile(r"\S+")

# a modality code glued to its study ("MR_KNEE_RT", "CT-CHEST"): kept glued, so "MR KNEE" is never "Mr. Knee"
_MODALITY_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?:CTA|CT|MRI|MRA|MR|MG|US|XR|NM|PET)$")

_WORD_AFTER = re.compile(r"[A-Za-z]+(?![A-Za-z0-9])")  # a word, not an identifier ("CT_M50366562" is split)


def _space(match: re.Match[str]) -> str:
    if _MODALITY_BEFORE.search(match.string, 0, match.start()) and _WORD_AFTER.match(match.string, match.end()):
        return match.group(0)
    return " " * len(match.group(0))


_ID_TYPES = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "HEALTH_PLAN_ID", "DATE_TIME", "DEVICE_SERIAL", "PERSON"})
# a path step from a value ending in a digit to a step holding a letter: "E06329294/MRI_LSPINE", "19310308/MG_SCREEN"
_STEP_OUT = re.compile(r"(?<=[0-9])[/\\](?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?![A-Za-z]))"
                       r"(?=[^/\\\s]*[A-Za-z])")
_STEP_TO_DATE = re.compile(r"(?<=\d{6})[/\\](?=(?:19|20)\d\d-?[01]\d-?[0-3]\d)")
_DATE_HEAD = re.compile(r"\d{1,2}(?:/\d{1,2})?")  # "05/19/2OZ4": a date's day and month, then OCR's year
_EXT_TAIL = re.compile(r"(?<=[0-9])(?:\.(?:[a-z][a-z0-9]{0,4}|[A-Z]{3}))+$")  # "20240827.pdf", "...204217.nii.gz"
_LEAD_STEP = re.compile(r"^[a-z][A-Za-z]+[/\\](?=[A-Za-z]*\d)")  # "labels/13425310": the folder, then the number


def cut_at_path_steps(text: str, spans: list[Span]) -> list[Span]:
    """An identifier or date ends at a path step or a file extension and starts after its folder.

    A number-shaped pattern that allows ``/`` inside (``12/345``, ``2026/03/01``) runs on over a folder boundary
    into the next folder's name (``E06329294/MRI_LSPINE``) or in from the folder before (``labels/13425310``); a
    number's pattern takes a file name's extension with it (``20240827.pdf``). Each is cut to the value.
    ``2026/03/01`` (digits on both sides of every step) and a date of ten characters or less stay whole.
    """
    out = []
    for span in spans:
        if span.entity_type in _ID_TYPES:
            start, end = span.start, span.end
            cut = _STEP_OUT.search(text, start, end)
            if cut is None and span.entity_type != "DATE_TIME":
                cut = _STEP_TO_DATE.search(text, start, end)  # "MRN33428505/2024-09-30T084458": the MRN, a date
            if cut and span.entity_type == "DATE_TIME" and end - start <= 10:
                cut = None  # a date as long as "2026/03/01" holds no folder step: OCR's "l2/03/202S"
            if cut and not _DATE_HEAD.fullmatch(text, start, cut.start()):
                end = cut.start()
            value = text[start:end]
            tail = _EXT_TAIL.search(value)
            if tail and span.entity_type != "PERSON":
                end = start + tail.start()
            if span.entity_type != "PERSON":
                lead = _LEAD_STEP.match(value)
                if lead and lead.end() < end - start:
                    start += lead.end()
            if (start, end) != (span.start, span.end):
                span = Span(start, end, span.entity_type, span.score)
        out.append(span)
    return out


# an exam description glued without separators: modality code, then the body part ("MRKNEERT", "CTABDPELVISW")
_GLUED_EXAM = re.compile(r"(?:CTA|CT|MRI|MRA|MR|MG|US|XR|NM|PET)(?:ABD|ABDOMEN|ANKLE|BRAIN|BREAST|CARDIAC|CHEST|CSPINE"
                         r"|ELBOW|FOOT|HAND|HEAD|HIP|KNEE|LIVER|LSPINE|NECK|ORBIT|PELVIS|PROSTATE|RENAL|SCREEN"
                         r"|SHOULDER|SINUS|SPINE|THYROID|TSPINE|WRIST)[A-Z0-9]*")
# the study after its modality code in a file name: "MR_CSPINE", "CT-CHEST" (the view keeps that glue)
_MODALITY_GLUE = re.compile(r"(?<![A-Za-z0-9])(?:CTA|CT|MRI|MRA|MR|MG|US|XR|NM|PET)[_-]$")
# a file extension after a dot ("scan.nii.gz", "notes.md"): no name
_EXTENSION = re.compile(r"[a-z0-9]{1,4}")
_FILE_NAME = re.compile(r"[A-Za-z]+(?:\.(?:txt|pdf|dcm|nii|gz|zip|csv|json|log|lock|tmp|dmp|docx?|xlsx?|tiff?|jpe?g|png"
                        r"|ipynb|xml|html?))+", re.IGNORECASE)
# a piece of a name span holding a digit: the name ended before it ("LunguJose_MRNE45216771", "KiB Harborview/2026")
_DIGIT_PIECE = re.compile(r"[\s_^/\\,]+[^\s_^/\\,]*\d")
_LAST_PIECE = re.compile(r"[\s_^/\\,]+[^\s_^/\\,]*$")
# a series named by its reconstruction ("MIP_COW", "MPR_SAG"): no name
_RECONSTRUCTION = re.compile(r"(?:MIP|MinIP|MINIP|MPR)[\s_^-]")
# an imaging study's qualifiers ("MR_BRAIN_WWO", "US_ABDOMEN_LTD"): never a site or a name
_QUALIFIERS = frozenset({"WO", "WWO", "WC", "WOC", "WWOC", "LTD", "BILAT", "TOMO"})


def without_glued_exam_names(text: str, spans: list[Span]) -> list[Span]:
    """No PERSON span over a glued exam description, a file name or extension, or a study qualifier; none past
    a piece holding a digit (a name has none: ``LunguJose_MRNE45216771`` is the name, then the MRN).

    File names squeeze a study description into one word (``..._MRNE43246345_MRBRAINWWO_20251006.pdf``); the word
    is the exam, not a truncated name key; in ``MR_CSPINE`` the word after the modality is the body part.
    ``scan.nii.gz`` ends in extensions, not a name ``gz``.
    """
    out = []
    for span in spans:
        if span.entity_type == "FACILITY" and text[span.start:span.end] in _QUALIFIERS:
            continue
        if span.entity_type == "PERSON":
            value = text[span.start:span.end]
            if _FILE_NAME.fullmatch(value) or _RECONSTRUCTION.match(value) or _side_and_site(value):
                continue
            if _GLUED_EXAM.fullmatch(value) or _MODALITY_GLUE.search(text, max(0, span.start - 5), span.start):
                continue
            if span.start and text[span.start - 1] == "." and _EXTENSION.fullmatch(value) and (
                    span.end == len(text) or not text[span.end].isalnum()):
                continue
        out.append(span)
    return out


def without_glued_numbers(text: str, spans: list[Span]) -> list[Span]:
    """A name read off a file name ends before a glued piece holding a digit: ``LunguJose_MRNE45216771`` is the name,
    then the MRN (a name has no digit); a name that stops inside a number (``LunguJose_MRNE|45216771``) ends at
    the glue before it. For the spans of the path-word view, judged on the text as written."""
    out = []
    for span in spans:
        if span.entity_type == "PERSON":
            value = text[span.start:span.end]
            piece = _DIGIT_PIECE.search(value)
            if piece is None and span.end < len(text) and text[span.end].isdigit() and value[-1].isalpha():
                piece = _LAST_PIECE.search(value)
                if piece is None:
                    continue  # "acq-T|1MPRAGE": a name never stops inside a word
            if piece:
                if not piece.start():
                    continue
                span = Span(span.start, span.start + piece.start(), span.entity_type, span.score)
        out.append(span)
    return out


_SIDES = frozenset({"rt", "lt", "bilat", "ax", "sag", "cor"})


def _side_and_site(value: str) -> bool:
    """A series named by side and body part ("RT_KIDNEY", "LT BREAST"): a side word, then clinical words."""
    words = re.findall(r"[A-Za-z]+", value)
    return (len(words) > 1 and value.isupper() and words[0].lower() in _SIDES
            and all(is_clinical(w, "") or is_known_word(w.lower()) for w in words[1:]))
