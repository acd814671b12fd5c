"""People named by the grammar of a messaging or interchange format, whatever their names spell
("Rose", "Young", "Graves", "Will"):

- a pager or message log's recipient field and the sign-off ending a page: ``to:Baker |``, ``TO Dang ;``,
  ``Recip=Doe |``, ``... ok? -Mai | ACK``; the patient a page is about before an age: ``RE Graves 28 yo``;
- the name parts of a patient-discovery query: ``family=Young;given=Rose;dob=...`` (XCPD / PDQ logs);
- a record of a duplicate-review worklist, a bracketed letter then the name alone: ``  [A] DOE, JANE``;
- a person label with ``=``: ``PATIENT = DOE, JANE ANN``;
- who exported or sent a file, named after ``by``: ``Exported by Doe, Jane Q 2026-03-11``;
- an inverted name after a cue (``discussed with``, ``PI``, ``per``) before what the sentence does next;
- a list item of an inverted name before credentials or a phone number: `` - Doe, Jane A, MD, PhD``;
- a caller named before the call-back number: ``verified with Summer at 555-555-0100``.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import abbreviations, clinical_words, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers._name_fields import NAME_VALUE, person_field, without_credentials
from redaction.recognizers.given_names import given_names

_PREFIX = r"(?:[DdLl]['’]|O['’]|[Mm]a?c)?"
_WORD = rf"{_PREFIX}[A-Z][a-z'’]*[a-z](?:-[A-Za-z][a-z'’]+)?"  # "Graves", "Seo-yeon", "d'Aubigne", "O'Rourke"
_CAPS = r"(?:[A-Z]['’])?[A-Z]{2,}(?:[-'’][A-Z]+)?"
_CAPS_PARTICLE = r"(?:(?:DE LA|DE|DEL|DA|DI|DOS|VAN DER|VAN|VON|LE|LA|AL|EL|BIN|BEN|ABU) )"
# "DI STEFANO, GIOVANNI", "DANG, MAI THI THANH", "HADDAD, OMAR IBN YUSUF"
_NOT_CAPS_NAME = r"(?!(?:TO|RE|FOR|MRN|MR|DOB|ACC|SSN|FIN|CSN|ID|PT|CT|XR|US|MRI|NM|DX|CB)\b)"
_CAPS_INVERTED = (rf"{_NOT_CAPS_NAME}{_CAPS_PARTICLE}?{_CAPS}(?: {_NOT_CAPS_NAME}{_CAPS})?, ?{_CAPS}"
                  rf"(?: {_NOT_CAPS_NAME}{_CAPS}){{0,3}}(?: [A-Z]\.?(?![A-Za-z0-9]))?")
# "Bautista, Jose Mari R", "Vo, Hieu Duc", "d'Aubigne, Anne-Marie", "O'Rourke, Declan P"
_MIXED_INVERTED = rf"{_WORD}(?: {_WORD})?, ?{_WORD}(?: {_WORD})?(?: [A-Z]\.?(?![A-Za-z]))?"
_FORWARD_NAME = rf"{_WORD}(?: [A-Z]\.)?(?: {_WORD}){{1,2}}"  # "Jane Doe", "Jane Q. Doe", "Anne-Marie d'Aubigne"
_PHONE = r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ ./-]?\d{3}[ .-]\d{4}"
_FIELD_GAP = r"(?=[ \t]*[|;]|\t|[ \t]{2}|[ \t]*$)"


class FormatPersonRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.9  # the format's position, not a guess
    FLAGS = re.MULTILINE
    PATTERNS = (
        # a page's recipient field: "to:Baker |", "TO Dang ;", "Recip=Doe |" (a surname or "H. Guo")
        rf"(?:(?<![A-Za-z])TO[ \t]+|(?<![A-Za-z])(?i:to|recip(?:ient)?)[ \t]*[:=][ \t]*)"
        rf"(?P<phi>(?:[A-Z]\.[ \t]?)?{_WORD}){_FIELD_GAP}",
        # a page's sign-off after its question: "cr 1.4 ok? -Mai | ACK"
        rf"(?<=[?!.][ \t])-(?P<phi>{_WORD}){_FIELD_GAP}",
        # the patient a page is about, before the age: "RE Graves 28 yo"
        rf"(?<![A-Za-z])(?:RE|Re)[ \t]*:?[ \t]+(?P<phi>{_WORD})[ \t]+\d{{1,3}}[ \t]?(?:yo|y/o|Y|yrs?|years?)"
        rf"(?![A-Za-z])",
        # a patient-discovery query's name parts: "family=Young;given=Rose"
        rf"(?<![\w.])(?i:family|given|surname|last_?name|first_?name|middle_?name|lname|fname|given_?name|"
        rf"family_?name)=(?P<phi>{_PREFIX}[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]+)?)(?=[;&|,\s]|$)",
        # a duplicate-review record: "  [A] DOE, JANE" alone on its line
        rf"^[ \t]*\[[A-Z0-9]{{1,2}}\][ \t]+(?P<phi>{_CAPS_INVERTED}|{_MIXED_INVERTED})[ \t]*$",
        # a person label with "=": "PATIENT = DOE, JANE ANN"
        rf"^[ \t]*(?i:patient(?:[ _]name)?|pt[ _]name|name|subject)[ \t]*=[ \t]*"
        rf"(?P<phi>{_CAPS_INVERTED}|{_MIXED_INVERTED})[ \t]*$",
        # who exported or sent a file: "Exported by Doe, Jane Q 2026-03-11", "Sent via console by Will"
        rf"\b(?i:exported|sent|generated|printed|pulled|uploaded|submitted)(?:[ \t]+(?i:via|from|through)"
        rf"[ \t]+\w+)?[ \t]+by[ \t]+(?P<phi>{_MIXED_INVERTED}|{_CAPS_INVERTED}|{_WORD}(?: {_WORD})?)"
        rf"(?=[ \t]*$|[ \t]+\d|[ \t]*[(|;,])",
        # an inverted name after a cue, before what the sentence does next: "Discussed with Doe, Jane R by phone"
        rf"\b(?:(?i:discussed[ \t]+with|spoke[ \t]+(?:with|to)|per|reviewed[ \t]+by)[ \t]+|PI[ \t]+|"
        rf"(?i:pending[ \t]+sign(?:ature)?)[ \t]+\()"
        rf"(?P<phi>{_MIXED_INVERTED})(?=[ \t]+(?:on|by|at|to|via|and|for)\b|[ \t]*[).;]|[ \t]*$)",
        # a list item of an inverted name before credentials or a phone: " - Doe, Jane A, MD", " - Doe, Jane — 555..."
        rf"^[ \t]*[-*•][ \t]+(?P<phi>{_MIXED_INVERTED})(?=,[ \t]*[A-Z]{{2,5}}\b|[ \t]+[—–-][ \t]+{_PHONE})",
        # a critical result's patient: "CRIT RESULT Doe, Jane P mr 12345"
        rf"\bCRIT(?:ICAL)?[ \t]+RESULTS?[ \t]*:?[ \t]+(?P<phi>{_MIXED_INVERTED}|{_CAPS_INVERTED})(?![A-Za-z'’-])",
        # a case caption: "Re: Doe, Jane N. v. Some Imaging Center"
        rf"\bR[Ee]:[ \t]*(?P<phi>{_MIXED_INVERTED}\.?)[ \t]+vs?\.[ \t]",
        # a calendar event's patient after "for" at the end of its SUMMARY: "SUMMARY:MRI KNEE for DOE, JANE W"
        rf"^SUMMARY[;:][^\n]*?\bfor[ \t]+(?P<phi>{_CAPS_INVERTED}|{_MIXED_INVERTED})[ \t]*\r?$",
        # a YAML or flow list of a name and an address: "cc: [Jane Doe, jdoe@example.com]"
        rf"^[ \t]*(?i:cc|bcc|to|from|recipients?|attendees?|notify)[ \t]*:[ \t]*\[[ \t]*"
        rf"(?P<phi>{_WORD}(?: {_WORD}){{1,2}})[ \t]*,[ \t]*[\w.+-]+@",
        # a labelled name in a tab- or gap-separated header: "PCP: Doe, Jane B.\tProvider: ..."
        rf"\b(?:PCP|Provider|Physician|Referring|Attending|Reporter|Student|Trainee|Presenter|Learner|Assignee|"
        rf"Requester|Requestor)[ \t]*:[ \t]*(?!(?:Dra?e?|Mrs?|Ms|Miss|Prof)\.?[ \t])"
        rf"(?P<phi>{_MIXED_INVERTED}\.?|{_FORWARD_NAME})"
        rf"(?=\t|[ \t]{{2}}|[ \t]*\r?$)",
        # "Patient: Jane DOE": a given name and a surname in capitals ending its field (the surname may be an eponym)
        rf"\b(?:Patient|PATIENT|Pt|PT|Name|NAME)[ \t]*:[ \t]*(?P<phi>{_WORD} {_CAPS})(?=\t|[ \t]{{2}}|[ \t]*\r?$)",
        # a name cell of a board row after a clock time: "T12 | 3:21 PM | Jane DOE | 4W-29B"; "H. Do" between cells
        rf"\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:\t|[ \t]{{2,}}|[ \t]*\|[ \t]*)"
        rf"(?P<phi>{_WORD} {_CAPS}|{_CAPS_INVERTED})(?=\t|[ \t]{{2}}|[ \t]*\|)",
        rf"(?:^|\t|[ \t]\|[ \t])(?P<phi>[A-Z]\. {_WORD})(?=\t|[ \t]\|)",
        # a nurse named before what they will do: "RN Jane to accompany"
        rf"\b(?:RN|LPN|CNA|NP)[ \t]+(?P<phi>{_WORD})[ \t]+(?:to|will)[ \t]+[a-z]",
        # a timestamped comment's author: "09/10/2025 02:36 Jane Doe: Reproduced."
        rf"^\d{{1,2}}/\d{{1,2}}/\d{{2,4}}[ \t]+\d{{1,2}}:\d{{2}}(?:[ \t]?[AP]M)?[ \t]+"
        rf"(?P<phi>{_WORD}(?: {_WORD}){{1,2}}):[ \t]",
        # a case write-up's patient before the age: "Jane is a 71-year-old presenting with"
        rf"(?P<phi>{_WORD})[ \t]+is[ \t]+an?[ \t]+\d{{1,3}}[- ]year[- ]old\b",
        # a titled surname in capitals' title: "To: DR. Graves / Some Imaging Center"
        rf"\bDR\.?[ \t]+(?P<phi>{_WORD})(?![A-Za-z'’-])",
        # an author list with affiliation numbers: "Authors: Jane Doe1, Zhou Meihua2"
        rf"(?:^(?i:authors?)[ \t]*:|,)[ \t]*(?P<phi>(?:[A-Z]\.[ \t]?){{0,2}}{_WORD}(?: {_WORD}){{0,2}})"
        rf"\d{{1,2}}(?:,\d{{1,2}})*(?=,|[ \t]+[A-Z]{{2,5}}\b|[ \t]*$)",
        # an HTML table's person row: "<th>Patient:</th><td>Doe, Jane R</td>"
        rf"<t[hd]\b[^>]*>[ \t]*(?i:patient(?:[ \t]+name)?|pt|name|full[ \t]+name)[ \t]*:?[ \t]*</t[hd]>"
        rf"[ \t]*<td\b[^>]*>"
        rf"[ \t]*(?P<phi>{_MIXED_INVERTED}|{_CAPS_INVERTED}|{_FORWARD_NAME})[ \t]*</td>",
        # a signer set in bold or a span: "Electronically signed by <b>Jane Doe</b>, MD"
        rf"\b(?i:signed|read|dictated|reviewed|verified|approved)[ \t]+by[ \t]+<(?P<tag>b|strong|em|i|span)\b[^>]*>"
        rf"[ \t]*(?P<phi>{_MIXED_INVERTED}|{_CAPS_INVERTED}|{_FORWARD_NAME})[ \t]*</(?P=tag)>",
        # a caller named before the call-back number: "verified with Summer at 555-555-0100"
        rf"\b(?i:with|from|called|call|per)[ \t]+(?P<phi>{_WORD}(?: {_WORD})?)[ \t]+(?:at|@)[ \t]+{_PHONE}",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        if _INITIAL_FIRST.match(text, start, end):
            return text[start + 3:end].lower() not in _NOT_NAME  # "H. Do": an initial makes the word a name
        words = [w for w in re.split(r"[ ,]+", text[start:end].replace(".", " ")) if len(w) > 1]
        if not words:
            return False
        if len(words) == 1:
            word = words[0].lower()
            return not (word in _NOT_NAME or word in abbreviations() or words[0].isupper()
                        or word in not_name_words() and word in clinical_words())
        return words[0].lower() not in _NOT_NAME  # "An" is a given name inside one ("LE, AN THI")


_INITIAL_FIRST = re.compile(r"[A-Z]\. ")
_NOT_NAME = frozenset("the a an all any this that these those who whom you your me us them our staff team desk "
                      "radiology reading room front office call callback unit floor home patient pt family it "
                      "please thanks thank nurse doctor dr tech claimant subject client member resident child infant "
                      "woman man male female boy girl he she who case".split())


_JSON_PAIR = re.compile(r'"(?P<key>[A-Za-z][A-Za-z_]{1,30})"[ \t]*:[ \t]*"(?P<value>[^"\\\n]{2,60})"')
# words that, beside "name", make a key some other thing's name: "channelName", "fileName" (see person_field)
_PERSON_NAME_KEYS = frozenset("display full first last given family middle user patient sender author".split())

_FORWARD = re.compile(_FORWARD_NAME)


class JsonPersonRecognizer(EntityRecognizer):
    """``"exportedBy": "Jane Doe"``, ``"displayName": "Jane Doe"``: a name-shaped JSON value under a key that
    names a person (``person_field``), in chat exports and API payloads."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name=type(self).__name__)

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if '":' not in text and '" :' not in text:
            return []
        results = []
        for match in _JSON_PAIR.finditer(text):
            key = match.group("key")
            words = {w.lower() for w in re.split(r"_|(?<=[a-z])(?=[A-Z])", key) if w}
            if not person_field(key) or "name" in words and len(words) > 1 and not words & _PERSON_NAME_KEYS:
                continue
            start, end = without_credentials(text, *match.span("value"))
            shaped = NAME_VALUE.fullmatch(text, start, end) or _FORWARD.fullmatch(text, start, end)
            if shaped and " " in text[start:end].replace(",", " ").strip():
                results.append(RecognizerResult("PERSON", start, end, 0.9))
        return results


class CallerGivenNameRecognizer(RegexRecognizer):
    """A message opened by who called: ``June called asking about her results``. The word must be a census
    given name (a month or a flower is one too: the verb after it says it is the caller)."""

    ENTITY = "PERSON"
    SCORE = 0.9
    FLAGS = re.MULTILINE
    PATTERNS = (rf"^[ \t]*(?P<phi>{_WORD})[ \t]+(?:called|phoned|messaged|emailed|stopped[ \t]+by)[ \t]+"
                r"(?:asking|about|regarding|re|to|for|back|in|with)\b",)

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end].lower()
        return word in given_names() and word not in clinical_words() and word not in _NOT_NAME


_RELATION = (r"(?i:wife|husband|spouse|partner|son|daughter|mother|father|mom|mum|dad|sister|brother|niece|nephew|"
             r"aunt|uncle|grandson|granddaughter|grandmother|grandfather|guardian|caregiver|friend|neighbou?r|"
             r"fianc[eé]e?|stepson|stepdaughter|son-in-law|daughter-in-law)")


class ThreadSpeakerRecognizer(RegexRecognizer):
    """Who wrote a line of a message thread, before the time in brackets: ``Ann (3:21 PM): ...``, ``Ann (15:35):``;
    and a relative given by name before the relation in brackets: ``Family: Ann (wife) 555-...``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    PATTERNS = (
        rf"^(?P<phi>{_WORD}(?: {_WORD})?)[ \t]+\((?:\d{{1,2}}/\d{{1,2}}[ \t,]+)?\d{{1,2}}:\d{{2}}"
        r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\)[ \t]*:",
        rf"(?<![\w'’-])(?P<phi>{_WORD}(?: {_WORD})?)[ \t]+\({_RELATION}\)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower() for w in text[start:end].split()]
        return not any(w in clinical_words() or w in not_name_words() or w in abbreviations() for w in words) \
            and not re.fullmatch(_RELATION, words[-1])


_MEMBER = re.compile(rf"(?:[A-Z]\.[ \t]?)?{_WORD}(?: {_WORD})?")


class ThreadMembersRecognizer(RegexRecognizer):
    """The members a group chat lists in its header, ``Group: A. Doe, Ann, Bo``: each comma-separated name (the
    engine then finds the same names as the thread's speakers)."""

    ENTITY = "PERSON"
    SCORE = 0.85
    FLAGS = re.MULTILINE
    PATTERNS = (r"^(?i:group|group[ \t]+members|members|participants|chat[ \t]+members|thread[ \t]+members)"
                r"[ \t]*:[ \t]*(?P<phi>[^\n]+)$",)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for pattern in self.candidates(text):
            for line in pattern.finditer(text):
                start = line.start("phi")
                items = line.group("phi").split(",")
                if len(items) < 2:
                    continue
                for item in items:
                    value = item.strip()
                    offset = start + item.index(value[:1]) if value else start
                    start += len(item) + 1
                    words = [w.lower().strip(".") for w in value.split()]
                    if _MEMBER.fullmatch(value) and not any(
                            w in clinical_words() or w in not_name_words() or w in abbreviations() for w in words):
                        results.append(RecognizerResult(self.ENTITY, offset, offset + len(value), self.SCORE))
        return results


class PatronymicNameRecognizer(RegexRecognizer):
    """A name holding an Arabic or Malay patronymic, ``Layla bint Omar``, ``Ali ibn Said``, with the surname before
    it when written surname first: ``Al-Amin, Layla bint Omar``."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?<![\w'’-])(?P<phi>(?:{_WORD},[ \t])?{_WORD}[ \t](?:bint|binti|bin|ibn|binte)[ \t]{_WORD})"
                r"(?![\w'’-])",)


class NameAnswerRecognizer(RegexRecognizer):
    """A name offered as the answer to a question asking for one: ``what was the name of the lady who called?
    Ann?``, ``who called? Bo?`` (the engine then finds the same name where the thread repeats it)."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (rf"\b(?i:name|who)\b[^\n?]{{0,60}}\?[ \t]+(?P<phi>{_WORD})\?",)

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end].lower()
        return not (word in clinical_words() or word in not_name_words() or word in abbreviations())
