"""Names that a schedule line, an e-mail greeting, a judge's title or a caller's self-introduction marks.

Each cue leaves no doubt, so the name is taken even when it is also a word, a month or an eponym ("King",
"April", "Colles"):

- an itinerary or worklist line that opens with a date and ends "<modality> - <Surname>": the performing
  provider ("9/8/25  2:24 AM  Imaging: MR - King");
- an e-mail's greeting, a lone first name and a comma on the line after the Subject line and a blank line
  ("Subject: RE: interpreter\\n\\nRose,");
- a judge named with "Hon." ("Order of | Hon. Mei-ling Stone");
- an action item's owner ("owner Fox, due Jan. 13");
- a nickname after "aka" or "goes by" ("Pt: Zielinski  aka Joy", "(goes by) Faith");
- a signer after a line-opening "By:" and before a date or time ("By: Baker Apr. 20 08:28");
- a sibling or relative before a verb of attending ("Sibling April also supported");
- a caller introducing themself before their birthday ("it's Magdalena, birthday February 26").
"""

from __future__ import annotations

from redaction._denylist import clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer

_NAME = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_MODALITY = (r"CT|CTA|MR|MRI|MRA|MRCP|US|XR|X-ray|PET(?:/CT)?|NM|DEXA|mammogram|tomosynthesis|ultrasound|"
             r"fluoroscopy|fluoro")
# words a schedule line can end on that are no one's name: a status or a side
_STATUS = frozenset("pending done complete completed cancelled canceled scheduled booked confirmed tbd tba left right "
                    "bilateral arrived noshow rescheduled".split())


class ScheduledPersonRecognizer(RegexRecognizer):
    """PERSON named by a schedule line's dash, an e-mail greeting, "Hon.", an action owner, "aka", "By:",
    a sibling who attended, or a caller's "it's <name>, birthday"."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (
        # "9/8/25  2:24 AM  Imaging: tomosynthesis - King" (the line opens with a date: "April 16  1857 hours  MR -
        # King" too)
        rf"(?m)^(?:\d{{1,4}}[-/. ]|{_MONTH}[ \t]+\d)[^\n]{{0,60}}?\b(?:{_MODALITY})[ \t]+-[ \t]+"
        rf"(?P<phi>{_NAME})[ \t]*$",
        # "Subject: RE: Tigrinya for X-ray\n\nRose,"
        rf"(?m)^(?:Subject|Re|RE|SUBJECT):[^\n]*\n[ \t]*\n[ \t]*(?P<phi>{_NAME}),[ \t]*$",
        # "Hon. Mei-ling Stone", "Honorable Ann Lee"
        rf"\b(?:Hon\.|Honorable|HON\.)[ \t]+(?P<phi>{_NAME}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_NAME}){{0,2}})",
        # "owner Fox, due Jan. 13"
        rf"\b(?i:owner)[ \t]*:?[ \t]+(?P<phi>{_NAME}(?:[ \t]+{_NAME})?)(?=[ \t]*[,;][ \t]*(?i:due|by)\b)",
        # "aka Joy", "a.k.a. Joy", "(goes by) Faith", "goes by Faith"
        rf"(?:\b(?i:aka|a\.k\.a\.)|\(?\b(?i:goes[ \t]+by)\)?)[ \t]*:?[ \t]*[\"“']?(?P<phi>{_NAME})",
        # "By: Baker Apr. 20 08:28" (a signature line)
        rf"(?m)^[ \t]*By:[ \t]*(?P<phi>{_NAME})(?=[ \t]+(?:\d|{_MONTH}[ \t]+\d))",
        # "Sibling April also supported"
        rf"\b(?i:sibling|brother|sister)[ \t]+(?P<phi>{_NAME})"
        rf"(?=[ \t]+(?:also|was|were|is|attended|joined|came|present)\b)",
        # "it's Magdalena, birthday February 26, 1983"
        rf"\b(?i:this[ \t]+is|it['’]s|it[ \t]+is)[ \t]+(?P<phi>{_NAME}(?:[ \t]+{_NAME})?),?[ \t]+"
        rf"(?i:birthday|dob|date[ \t]+of[ \t]+birth|born)\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in text[start:end].split()]
        return not any(w in not_name_words() or w in clinical_words() or w in _STATUS for w in words)
