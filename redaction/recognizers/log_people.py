"""People that logs, worklists and handoffs name by position rather than by a title or a cue noun.

- initials told or called with a call-back number: "Told JK (555-555-0100) 02:10", "Questions: J.K. ext 4411"
- a sign-off of bare initials on a line of its own after a dash: "-JK"
- the staff column at the end of a worklist row, after the exam's status: "... CT HEAD  NO SHOW  QUILL"
- the surname opening a numbered handoff item before where the patient is: "3. Quill in Obs -- CT HEAD"
- the patient a dictation is "on": "this is doctor quill dictating on ada fenwick medical record number ..."
- the writer of a lower-case message: "this is ada fenwick i had the ct scan"; initials confirming a read-back
- an escort, a dispatch's assignee, a handoff's staff: "RN Ada escort", "Assigned J. Quill; arrived 1651",
  "(Ada off, Joy on)"

The position decides, so the token is a person even when its letters spell an abbreviation or a word.
"""

from __future__ import annotations

from redaction._denylist import clinical_words, is_clinical, not_name_words
from redaction.recognizers._base import RegexRecognizer

_PHONE = r"\+?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}"
_STATUS = (r"(?:SCHEDULED|DICTATED|COMPLETED?|IN[ \t]PROGRESS|NO[ \t]SHOW|ARRIVED|CANCELL?ED|PRELIM(?:INARY)?|"
           r"FINAL(?:IZED)?|SIGNED|PENDING|ORDERED|CHECKED[ \t]IN|READ|UNREAD)")


class LoggedPersonRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (
        # initials before a call-back number: "Told JK (555-555-0100)", "paged LB at 555 555 0100"
        rf"\b(?i:told|called|paged|informed|notified|discussed\s+with|spoke\s+(?:to|with)|relayed\s+to)[ \t]+"
        rf"(?P<phi>[A-Z]{{2,3}}|(?:[A-Z]\.){{2,3}})[ \t]*(?:\(|at[ \t]+|@[ \t]*)\(?{_PHONE}",
        # dotted initials before an extension or a number: "Questions: J.K. ext 4411"
        r"(?<![A-Za-z.])(?P<phi>(?:[A-Z]\.){2,3})[ \t]+(?i:ext\.?|x)[ \t]*\d{3,5}\b",
        # "-JK" alone on its line: a note's sign-off
        r"(?m)^[ \t]*[-–—~](?P<phi>[A-Z]{2,4})[ \t]*$",
        # the last column of a worklist row, after the exam's status and a column gap
        rf"(?m)[ \t]{{2,}}{_STATUS}[ \t]{{2,}}(?P<phi>(?:(?:DE|DEL|DA|DU|VAN|VON|LE|LA|EL|AL|MAC|O['’])[ \t]?)?"
        rf"[A-Z][A-Z'’-]+)[ \t]*$",
        # a numbered handoff item opened by the patient's surname and where they are
        r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+in[ \t]+(?:from[ \t]+)?"
        r"(?=[A-Z])",
        # initials confirming a read-back, with the clock time after: "read-back confirmed by JK at 2215"
        r"\b(?i:confirmed|acknowledged|repeated|verified)[ \t]+by[ \t]+(?P<phi>[A-Z]{2,3})"
        r"(?=[ \t]+at[ \t]+\d{1,2}:?\d{2}\b)",
        # who a result was called to, with the time of the call: "called to Quill at 14:12 on 555-0100"
        r"\b(?i:called|phoned|paged|reported|relayed|read[ \t]+back)[ \t]+to[ \t]+"
        r"(?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)"
        r"[ \t]+at[ \t]+\d{1,2}:?\d{2}\b",
        # a log's header naming who checked the items in, alone on its line: "Checked in by Ada Quill"
        r"(?m)^[ \t]*(?i:checked[ \t]+in|logged|received|recorded|entered|scanned[ \t]+in)[ \t]+by[ \t]+"
        r"(?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2})[ \t]*$",
        # a lower-case message's writer: "hi dr quill\nthis is ada fenwick i had the ct scan"
        r"\bthis[ \t]+is[ \t]+(?P<phi>[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){1,2}?)(?=[ \t]+(?:i|my|i'm|im)[ \t])",
        # an escort named between the credential and the role: "RN Ada escort", "RN J. Quill escorting"
        r"\bRN[ \t]+(?P<phi>(?:[A-Z]\.[ \t]?)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+escort(?:ed|ing)?\b",
        # who a dispatch went to, before the arrival: "Assigned H. Quill; arrived 1651"
        r"\b(?i:assigned)(?:[ \t]+to)?:?[ \t]+(?P<phi>(?:[A-Z]\.[ \t]?)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
        r"(?:[ \t][A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)[;,][ \t]*(?i:arrived|eta|en[ \t]route|on[ \t]scene|dispatched)\b",
        # a handoff's change of staff: "(Ada off, Joy on)"
        r"\((?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+off,[ \t]*[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+on\)",
        r"\([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+off,[ \t]*(?P<phi>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+on\)",
        # "dictating on ada fenwick medical record number": the patient of a spoken dictation
        r"\b(?i:dictating|dictation)[ \t]+(?i:on|for)[ \t]+(?P<phi>[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+){1,3}?)"
        r"(?=[ \t]+(?:medical[ \t]+record|mrn|m[ \t]r[ \t]|date[ \t]+of[ \t]+birth|dob|d[ \t]o[ \t]b)\b)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        token = text[start:end]
        if token.isupper() and len(token.replace(".", "")) <= 4:
            return True  # initials at a position that names a person, whatever they spell
        words = token.lower().split()
        if any(w in _NOT_NAME for w in words):
            return False
        if len(words) == 1 and token[:1].isupper() and not token.isupper():
            # a handoff item: "Findings in RUQ" or "Patient in ED" open with a term, not a surname
            return words[0] not in clinical_words() and words[0] not in not_name_words() and not is_clinical(token, "")
        return True


_NOT_NAME = frozenset("the a an this that my your his her our their doctor dr nurse not just so about regarding "
                      "really also still only it is was front desk reception team staff unit office clerk courier "
                      "security admin ward floor charge".split())
