"""Numbers a label shows to be no patient's: they number an event, a study protocol or a request between sites.

- A patient-safety or incident report's own number: "SAFETY EVENT / NEAR-MISS REPORT   Event # SE4471020",
  "Incident no. 2024-0193". It numbers the report in the risk-management system, not the patient.
- A research protocol's IRB or protocol number: "SCREENING LOG (IRB 2023-1187)", "Protocol # 19-004211". It
  numbers the study, which many patients join. (A study *subject* number is the patient's and stays masked.)
- An image-exchange or image-share request's number: "IMAGE EXCHANGE REQUEST #402117". It numbers the
  transfer between two sites' systems.
- A data-clarification query's number, as trial core labs and coding teams write it: "CORE LAB QUERY  Q-45736",
  "Reader Query / DCF  Q-1234", "CODING QUERY #77192". It numbers the question sent to a site, not the patient.
- An IT service desk's incident number: "Ticket INC0012345". It numbers a ticket about a system.
- A manufacturer's field safety notice, "Ref FSN-2024-52"; a mine's id on an occupational chest film form, "Mine
  ID 3961321"; a reading physician's certification, "Cert # B4892"; an outside image import's request, "OUTSIDE
  IMAGE IMPORT REQUEST  # 80421". They number a recall, a workplace, a reader and a transfer.
- A courier's tracking or waybill number: "courier_tracking=1Z570217". It numbers a parcel (specimens sent
  between sites), not the patient. A bare "tracking ID" (a results-tracking letter's) is the patient's record's.
- A network port after an IP address: "10.20.30.40:11112". The address is masked; the port is the DICOM
  service's, the same for every patient.
- A contrast agent's, drug's or kit's lot number: "Agent: iohexol 350, lot 25K114", "contrast lot 613370",
  "Kit lot MDP-7731". It numbers a manufacturing batch given to many patients. (An implant's lot, "IVC filter
  Lot 24-311C", is a device's and stays masked, unless the same component line gives the device's own serial
  right after it, as registry component lists do: "- tibial tray  lot 613590  SN KQ-35714"; the serial is masked
  and identifies the device, the lot only names its batch.)
- A fixed-width layout legend's column range, "ACCT(99-110)", and a markup code attribute's LOINC code,
  ``<code code="18748-4"``: they name where a field sits and what a document section is. A syslog line's
  process id, "hl7-router[30578]:", and a reference range of decimals, "(0.57-1.11)": a process, a measurement.
- An age written whole where an account number was looked for ("Mock case: 65Y with ...", "case: 31-year-old"):
  the patient's age, numbering nothing; so is an age and sex under an age label ("Age at exam:  33M").
- A message gateway's delivery failure code: "| FAILED 30007", "error code 21614". It numbers a carrier's error.
- A radiology CPT code (70010-79999) in brackets after an exam's title: "PELVIC ULTRASOUND — COMPLETE (76856)".
  It names the procedure billed, the same for every patient.

``names_no_patient`` is called on an identifier-shaped span a recognizer has already found: it looks only at
the few characters before it, on the same line, so it scans no whole text.
"""

from __future__ import annotations

import re

# the label, then its "#", "No.", "number" or colon, right before the value
# (an exam's "protocol" is a scan recipe: "MR pituitary protocol (A25-3805)" is the accession after it, so a
# research protocol needs its number sign: "Protocol # 19-004211")
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:(?:(?:patient[ \t]+)?safety[ \t]+event|near[- ]miss|incident|occurrence|event|IRB|"
    r"image[ \t-]+(?:exchange|share|sharing|import)[ \t]+request|query|DCF|data[ \t]+clarification(?:[ \t]+form)?|"
    r"mine|failed|error(?:[ \t]+code)?)"
    r"[ \t]*(?:#|no\.?|nr\.?|number|id)?"
    r"|(?:protocol|cert(?:ification)?)[ \t]*(?:#|no\.?|nr\.?|number|id)))[ \t]*[:#]?[ \t]*\Z")
# a courier's tracking or waybill number ("courier_tracking=1Z570217", "FedEx tracking # 7789 1234"): the parcel's
# ("tracking" alone needs a carrier word: a results-tracking letter's "tracking ID" numbers the patient's record)
_TRACKING_BEFORE = re.compile(r"(?i:(?:(?:\b|_)(?:courier|carrier|shipment|shipping|parcel|package|fedex|ups|dhl|usps)"
                              r"[ \t_-]*tracking|(?:\b|_)(?:waybill|air[ \t]?bill))[ \t]*(?:#|no\.?|nr\.?|number|id)?)"
                              r"[ \t]*[:#=]?[ \t]*\Z")
# a fixed-width layout's legend gives each field's columns: "ACCT(99-110) ACC(111-122)"
_COLUMN_RANGE = re.compile(r"\d{1,4}-\d{1,4}\)")
_COLUMN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9_]{1,11}\(\Z")
# a coded element's LOINC code in markup ("<code code=\"18748-4\" codeSystem=..."): the document or section type
_LOINC = re.compile(r"\d{1,6}-\d\"")
# a syslog line's process id after its program's name ("hl7-router[30578]: event=..."): the process's
_PID = re.compile(r"\d{1,7}\]:")
_PROG = re.compile(r"(?<![\w.-])[a-z][\w.-]{1,30}\[\Z")
# a reference range of two decimals ("(0.57-1.11)"): measurements, never an identifier
_DECIMAL_RANGE = re.compile(r"\d{1,4}\.\d{1,3}-\d{1,4}\.\d{1,3}(?![\w.-])")
_PORT_BEFORE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}:\Z")
_LOOKBACK = 48
_CPT = re.compile(r"7\d{4}\)")
# an exam title before the code, on its line: a modality or exam word
_EXAM_TITLE = re.compile(r"(?i:\b(?:ultrasound|sonogra\w*|CT|CTA|MRI|MR|MRA|x-?ray|radiograph\w*|mammogra\w*|fluoro\w*|"
                         r"PET|SPECT|DEXA|DXA|angiogra\w*|scan|study|exam|anatomy|complete|limited)\b)")


# an IT service desk's incident number ("INC0012345"): it numbers a help-desk ticket about a system, not a patient;
# a manufacturer's field safety notice ("Ref FSN-2024-52"): it numbers a recall sent to every site with the device
_SERVICE_DESK = re.compile(r"INC\d{7}(?![A-Za-z0-9])|FSN-\d")
# a print spooler's job number ("job=44377", "JOB#52757", "print job 118"), an IT service request's ("SR#4511523"),
# a ward's room ("RM# 364-1"), an uptake probe's standard counts ("Std counts 61172"),
# and a print or connection log's request id before the client's address ("id:32808 from 192.168.8.128"): they
# number a print job, a help-desk request and a connection, not a patient
_JOB_BEFORE = re.compile(r"(?:\b(?i:(?:print[ \t]+)?job)[ \t]*(?:#|no\.?|id)?[ \t]*[:#=]?|\bSR[ \t]*#|"
                         r"\b(?:RM|Rm|Room)[ \t]*#|\b(?i:(?:std|standard|background|bkg)[ \t]+counts)[ \t]*[:=]?|"
                         r"(?<![\w.-])id:)[ \t]*\Z")
_CLIENT_AFTER = re.compile(r"[ \t]+(?:from|src=|client)[ \t]*(?:\d{1,3}\.){3}\d{1,3}\b")


# an age written whole ("65Y", "31-year-old", "94-yr-old", "40 yo"): what follows a case label is then the patient's age
_AGE_VALUE = re.compile(r"\d{1,3}(?:[ \t]?(?:Y|yo|y/o|yrs?)|-(?:years?|yrs?)-old|[ \t]years?[ \t]old)(?![\w/-])")
# an age and sex under an age label ("Age at exam:  33M"): the patient's age, not an account
_AGE_SEX = re.compile(r"\d{1,3}[MF](?![\w/-])")
_AGE_LABEL = re.compile(r"(?i:\bage\b)[^\n:]{0,12}:[ \t]*\Z")


def names_no_patient(text: str, start: int) -> bool:
    """True when the identifier starting at ``start`` follows a label that says it numbers a safety event,
    an IRB protocol, an image-exchange request or a data-clarification query, is a service desk's incident
    number, a courier's tracking number, a drug's lot or an implant's lot beside its serial, the port
    of an IP address, or a bracketed CPT code after an exam title."""
    if drug_lot(text, start) or lot_beside_serial(text, start):
        return True
    if _AGE_VALUE.match(text, start) or _AGE_SEX.match(text, start) and _AGE_LABEL.search(text, max(0, start - 24),
                                                                                          start):
        return True  # "case: 65Y with", "case: 31-year-old": an age after a case label, no account
    if start and text[start - 1] == ":" and _PORT_BEFORE.search(text, max(0, start - 16), start):
        return True
    if start and text[start - 1] == "(" and _COLUMN_RANGE.match(text, start):
        if _COLUMN_NAME.search(text, max(0, start - 14), start):
            return True
    if start and text[start - 1] == "[" and _PID.match(text, start) and _PROG.search(text, max(0, start - 32), start):
        return True
    if _DECIMAL_RANGE.match(text, start):
        return True
    if start and text[start - 1] == '"' and _LOINC.match(text, start) and text.endswith(" code=", 0, start - 1):
        return True
    if start and text[start - 1] == "(" and _CPT.match(text, start):
        line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        if _EXAM_TITLE.search(text, max(line_start, start - 80), start):
            return True
    floor = max(0, start - 12)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1  # a recognizer that took the digits only: "SE|4471020" is one value
    if _SERVICE_DESK.match(text, start):
        return True
    if _JOB_BEFORE.search(text, max(0, start - 12), start):
        if not text.endswith("id:", 0, start) or _CLIENT_AFTER.match(text, _VALUE.match(text, start).end()):
            return True
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    if _DISPATCH_ON_LINE.search(text, max(line_start, start - _LOOKBACK), start):
        return False  # "CAD / incident no:", "Ambulance incident #": the call that carried the patient
    return bool(_LABEL_BEFORE.search(text, max(line_start, start - _LOOKBACK), start)
                or _TRACKING_BEFORE.search(text, max(line_start, start - _LOOKBACK), start))


# an ambulance service's dispatch (CAD: computer-aided dispatch) incident: the number of the call that carried the
# patient, kept with the patient's record ("CAD / incident no:  E37248073", "Ambulance incident # 7710234")
_DISPATCH_ON_LINE = re.compile(r"\b(?:CAD|(?i:ambulance|dispatch|paramedic|EMS|999|000|911|111)[ \t]+)[ \t/]*"
                               r"(?i:incident|call|job)\b")


_LOT_BEFORE = re.compile(r"(?i:\blot)[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*\Z")
# what the lot belongs to, earlier on its line: contrast, a drug or radiopharmaceutical kit, by kind or by name
_AGENT_ON_LINE = re.compile(r"(?i:\b(?:contrast|agent|kit|vial|syringe|vaccine|drug|medication|radiopharmaceutical|"
                            r"tracer|io[a-z]*ol|iopromide|gado[a-z]+|omnipaque|isovue|visipaque|optiray|ultravist|"
                            r"gadavist|dotarem|clariscan|multihance|prohance|eovist|barium|FDG|sestamibi|MDP)\b)")


def drug_lot(text: str, start: int) -> bool:
    """True when the serial-shaped value at ``start`` is a lot number after "lot" on a line that names a contrast
    agent, a drug or a kit (not an implant or other device)."""
    label = _LOT_BEFORE.search(text, max(0, start - 16), start)
    if label is None:
        return False
    line_start = max(text.rfind("\n", 0, label.start()), text.rfind("\r", 0, label.start())) + 1
    return bool(_AGENT_ON_LINE.search(text, max(line_start, label.start() - 60), label.start()))


_SERIAL_AFTER = re.compile(r"[ \t,;/]{1,6}(?:SN|S/N|(?i:serial))(?![A-Za-z])")


_VALUE = re.compile(r"[^\s,;]+")


def lot_beside_serial(text: str, start: int) -> bool:
    """True when the value at ``start`` follows "lot" and the device's serial label comes right after it on
    the same line: "head  lot 469245  SN AT-9766005"."""
    if not _LOT_BEFORE.search(text, max(0, start - 16), start):
        return False
    value = _VALUE.match(text, start)
    return bool(value and _SERIAL_AFTER.match(text, value.end()))


# a C-CDA template's version date: '<templateId root="2.16.840.1.113883.10.20.22.1.6" extension="2015-08-01"/>'
_TEMPLATE_ID = re.compile(r"<templateId\b[^<>]{0,120}\bextension=\"\Z")


def template_version(text: str, start: int) -> bool:
    """True when the date at ``start`` is a markup template's version ("<templateId ... extension="), the
    implementation guide's release, the same in every document."""
    return text.endswith('"', 0, start) and bool(_TEMPLATE_ID.search(text, max(0, start - 160), start))
