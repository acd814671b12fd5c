"""Billing codes and provider numbers that the identifier net takes for a patient's number.

Claims, remittances, chargemaster extracts and coding worksheets are dense with numbers that name a procedure,
a diagnosis or a provider, the same for every patient. The recall-first identifier recognizers find them by
shape (five or more digits); this filter drops them where the shape and the line say what they are:

- A CPT code with its modifier: "76536-26", "73721-RT", "77067 26" is the procedure billed, not an account.
- A bare radiology or interventional CPT code where a billing cue says so: the exam's CDM description in capitals
  right after or before it ("71250 CT CHEST WO CONTRAST", "PET IMAGE W/CT SKULL-THIGH   78815"), a "cpt" or
  "hcpcs" key ("\\"cpt\\": \\"74177\\""), a work-queue reason ("UNSIGNED 71271", "LATERALITY EDIT 73110"), a CPT
  column (a header cell CPT/HCPCS above it), an exam name and comma in brackets ("MRI (70553, MRI BRAIN ...)").
- An NPI (a provider's public registry number, ten digits with the NPI check digit) after its label or qualifier:
  "NPI 1930042225", "XX*1898243328", "[32a] 1523511701", or in a column headed NPI.
- An employer identification number after its label: "Tax ID 26-2859017", "FED TAX NO  41-9518221".
- A provider taxonomy code: "PRV*BI*PXC*261QR0200X", "B3  2085R0202X".
- An ICD-10-CM code written without its dot in a claim's diagnosis field: "HI*ABK:S43014A", "[21] ICD IND 0
  A. M23221", "FL67  PRIN DX  N83201".

Only identifier spans are judged; a span a label calls a patient's number ("Acct 76536", "MRN 1234567893") is
left alone, because those labels are read by their own recognizers and make their own spans.
"""

from __future__ import annotations

import re

from redaction._spans import Span

_ID_TYPES = frozenset({"ACCOUNT_ID", "MRN", "ACCESSION", "HEALTH_PLAN_ID", "DEVICE_SERIAL"})
_MODIFIER = (r"(?:26|TC|RT|LT|50|51|52|53|59|76|77|78|79|91|XE|XS|XP|XU|GA|GZ|GY|GX|KX|PI|PS|Q0|QW|JW|JZ|FY|CT|"
             r"MG|MH|E[1-4]|F[1-9]|FA|T[1-9A]|LC|LD|RC|LM)")
# radiology (70010-79999), breast (19xxx), vascular/interventional (36xxx, 37xxx), biopsy and drainage sections
_CPT = r"(?:7\d{4}|19\d{3}|3[67]\d{3}|10\d{3}|20\d{3}|32\d{3}|4[79]\d{3}|50\d{3}|6[24]\d{3})"
_CPT_MODIFIED = re.compile(rf"\d{{5}}(?:-| {{1,2}}){_MODIFIER}")
_CPT_ONLY = re.compile(_CPT)
# the exam's chargemaster description in capitals: a modality or exam word first
_CDM_WORD = r"(?:CT|CTA|MRI|MR|MRA|US|XR|X-RAY|PET|NM|MAMMO|SCR|DX|DXA|FL|IR|INSERT|ULTRASOUND|ECHO|BONE|FLUORO)"
_DESCRIPTION_AFTER = re.compile(rf",?[ \t]+{_CDM_WORD}[ \t/]+[A-Z0-9&/+().,-]+")
_DESCRIPTION_BEFORE = re.compile(rf"\b{_CDM_WORD}[ \t/][A-Z0-9&/+().,' -]{{3,60}}?[ \t]{{2,}}\Z")
_CPT_KEY_BEFORE = re.compile(r"(?i:\b(?:cpt|hcpcs|proc(?:edure)?(?:_code)?|cpt_code))[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
# a work queue's reason cell, capitals before the code: "UNSIGNED 71271", "NO ORDER MATCH 78815", "MISSING DX 73721"
_REASON_BEFORE = re.compile(r"(?:^|\t|\|)[ \t]*[A-Z][A-Z/-]+(?:[ \t][A-Z][A-Z/-]+)*[ \t]+\Z", re.MULTILINE)
_CODE_WORDS_BEFORE = re.compile(r"(?i:\b(?:cpt|hcpcs|carries|billed|charged|coded|credit|rebill|supports|"
                                r"claim[ \t]+for|on[ \t]+file[ \t]+for[ \t]+the))[ \t:]+\Z")
_BRACKET_EXAM_BEFORE = re.compile(r"\b(?:MRI|CT|US|PET|MR|XR|MG|mammo\w*|exam|study|scan)[ \t]*\(\Z", re.IGNORECASE)
# a label's word before a number is no reason: "ACC 71234", "BADGE 70219"
_ID_LABEL_WORDS = frozenset({"ACC", "ACCN", "ID", "NO", "NUM", "NBR", "BADGE", "EMP", "PT", "PID", "CASE", "REQ",
                             "ORDER", "EXAM", "STUDY", "MRN", "ACCT", "FIN", "CSN", "AGENT", "USER", "EXT", "PAGER"})
_WORD_PREFIX = re.compile(r"[A-Z]{2,8}[ \t]+(?=\d{5}\b)")
# an electronic payer ID is five letters or digits ("87726", "SKCO0"); a longer "Payer ID" is a member's number
_PAYER_ID = re.compile(r"[A-Z0-9]{5}")
_PAYER_ID_BEFORE = re.compile(r"(?:(?i:\bpayer[ _-]?id)[\"']?[ \t]*[:=]?[ \t]*[\"']?"
                              r"|\bFL51[ \t]+HEALTH[ \t]+PLAN[ \t]+ID[ \t]*)\Z")
_NPI_HEADER = re.compile(r"(?i:.*\bnpi)")
_COLUMN_HEADER = re.compile(r"(?i:cpt|hcpcs|cpt/mod|npi|[a-z]:cpt/mod)")

_NPI_LABEL_BEFORE = re.compile(r"(?:\bNPI\b[^\n\d]{0,48}|\bXX\*|\[(?:17b|24J|32a|33a)\][ \t]*|\bFL56[ \t]+NPI[ \t]+)\Z")
_EIN = re.compile(r"\d{2}-\d{7}")
_EIN_LABEL_BEFORE = re.compile(r"(?i:\b(?:tax[ \t]+(?:id|i\.d\.)|tin|ein|fein|fed(?:eral)?[ \t]+tax[ \t]+"
                               r"(?:no\.?|id|i\.d\.)(?:[ \t]+number)?))[^\n\d]{0,30}\Z")
_TAXONOMY = re.compile(r"\d{3}[A-Z0-9]{6}X")
_TAXONOMY_BEFORE = re.compile(r"(?:\bPXC\*|\bB3[ \t]+|(?i:taxonomy)[^\n\d]{0,20})\Z")
_ICD = re.compile(r"[A-TV-Z]\d[0-9A-Z]{2,5}")
_ICD_BEFORE = re.compile(r"(?:\b(?:ABK|ABF|APR|ABJ|ABN|BK|BF|BJ):|\b(?:ICD|DX)\b[^\n]{0,60}?)\Z")


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _npi_checks(digits: str) -> bool:
    """The NPI check digit: Luhn over "80840" and the first nine digits."""
    if len(digits) != 10 or not digits.isdigit() or digits[0] not in "12":
        return False
    total = 24  # the prefix 80840, doubled by Luhn's rule
    for i, ch in enumerate(reversed(digits[:9])):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return (10 - total % 10) % 10 == int(digits[9])


def _reason(before: str) -> bool:
    found = _REASON_BEFORE.search(before)
    return bool(found) and found.group(0).split()[-1] not in _ID_LABEL_WORDS


def _cell_index(row: str, offset: int, sep: str) -> int:
    return row.count(sep, 0, offset)


def _column_says(text: str, span: Span, header: re.Pattern[str]) -> bool:
    """True when the span's cell in a delimited table sits under a header cell ``header`` matches."""
    line_start, line_end = _line(text, span.start, span.end)
    row = text[line_start:line_end]
    sep = "|" if "|" in row else "\t" if "\t" in row else "," if row.count(",") >= 3 else None
    if sep is None:
        return False
    index = _cell_index(row, span.start - line_start, sep)
    pos = line_start - 1
    for _ in range(80):  # the header line, above the rows
        if pos <= 0:
            return False
        start = text.rfind("\n", 0, pos) + 1
        cells = text[start:pos].split(sep)
        if len(cells) > index and header.fullmatch(cells[index].strip()):
            return True
        pos = start - 1
    return False


def _last_column_says(text: str, line_start: int, line_end: int, end: int, header: re.Pattern[str]) -> bool:
    """A fixed-width form's last column: the value ends its line and a header line above ends with ``header``
    ("... G:UNITS  J:RENDERING NPI" over "...   1        1659104735")."""
    if text[end:line_end].strip():
        return False
    pos = line_start - 1
    for _ in range(6):
        if pos <= 0:
            return False
        start = text.rfind("\n", 0, pos) + 1
        cells = re.split(r"[ \t]{2,}", text[start:pos].strip())
        if len(cells) >= 3:
            return bool(header.fullmatch(cells[-1]))
        pos = start - 1
    return False


def _cpt(text: str, span: Span) -> bool:
    value = text[span.start:span.end]
    if span.entity_type == "DEVICE_SERIAL" or not _CPT_ONLY.match(value):
        return False  # "69251-XP" after "SN": a serial, whatever its tail
    if _CPT_MODIFIED.fullmatch(value):
        return True
    if not _CPT_ONLY.fullmatch(value):
        return False
    line_start, line_end = _line(text, span.start, span.end)
    before = text[max(line_start, span.start - 80):span.start]
    if (_CPT_KEY_BEFORE.search(before) or _reason(before) or _CODE_WORDS_BEFORE.search(before)
            or _BRACKET_EXAM_BEFORE.search(before) or _DESCRIPTION_BEFORE.search(before)):
        return True
    if _DESCRIPTION_AFTER.match(text, span.end, line_end) or re.match(r"[ \t]{1,2}" + _MODIFIER + r"\b", text[
            span.end:line_end]):
        return True
    return _column_says(text, span, _COLUMN_HEADER)


def _provider_number(text: str, span: Span) -> bool:
    value = text[span.start:span.end]
    line_start, line_end = _line(text, span.start, span.end)
    before = text[max(line_start, span.start - 64):span.start]
    if _npi_checks(value):
        return (bool(_NPI_LABEL_BEFORE.search(before)) or _column_says(text, span, _NPI_HEADER)
                or _last_column_says(text, line_start, line_end, span.end, _NPI_HEADER))
    if _TAXONOMY.fullmatch(value + text[span.end:span.end + 1]):
        return bool(_TAXONOMY_BEFORE.search(before))
    if _EIN.fullmatch(value):
        return bool(_EIN_LABEL_BEFORE.search(before))
    if _TAXONOMY.fullmatch(value):
        return bool(_TAXONOMY_BEFORE.search(before))
    if _ICD.fullmatch(value):
        return bool(_ICD_BEFORE.search(before))
    return False


# a patient's number by its label: "Acct 76536-26", "MRN: 1234567893" stay
_PATIENT_LABEL_BEFORE = re.compile(r"(?i:\b(?:acct|account|mrn|mr|med[ \t]+rec|claim|icn|dcn|member|subscriber|"
                                   r"encounter|har|fin|csn|auth(?:orization)?|ref(?:erence)?|policy|group))"
                                   r"[ \t]*(?:#|no\.?|number|id)?[ \t]*[:#=]?[ \t]*\Z")


def _billing_code(text: str, span: Span) -> bool:
    prefix = _WORD_PREFIX.match(text, span.start, span.end)
    if prefix:  # "AUTH EDIT 76536": a reason's word the label's recognizer took in
        span = Span(prefix.end(), span.end, span.entity_type, span.score)
    if _EIN.fullmatch(text, max(0, span.start - 3), span.end):  # "26-|4410981": the EIN's tail alone
        span = Span(span.start - 3, span.end, span.entity_type, span.score)
    if _PAYER_ID.fullmatch(text, span.start, span.end) and _PAYER_ID_BEFORE.search(text, max(0, span.start - 32),
                                                                                     span.start):
        return True  # "payer_id": "87726", "FL51 HEALTH PLAN ID 87726": the payer's number, the same for every claim
    if _PATIENT_LABEL_BEFORE.search(text, max(0, span.start - 24), span.start):
        return False
    return _cpt(text, span) or _provider_number(text, span)


def without_billing_codes(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less identifier spans that are CPT codes, NPIs, EINs, taxonomy or ICD-10 codes (see the module)."""
    return [s for s in spans if not (s.entity_type in _ID_TYPES and _billing_code(text, s)
                                     or s.entity_type == "ZIP" and _PAYER_ID_BEFORE.search(text, max(0, s.start - 32),
                                                                                           s.start))]
