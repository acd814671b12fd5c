"""People's names where report structure gives them away: headers, titles, credentials, sign-offs."""

from __future__ import annotations

import re

from redaction._clinical_context import in_clinical_context
from redaction._denylist import PLACE_AND_DATE_WORDS, abbreviations, clinical_words, is_clinical, not_name_words
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers._credentials import CREDENTIALS
from redaction.recognizers.places import _STATE_NAMES, _STATES

# Surname particles: "de la Fuente", "van der Berg", "St. Clair", "DE LA FUENTE", "Mr de la Fuente".
_PARTICLE = (r"(?:(?:[Dd]e(?: [Ll]a| [Ll]os)?|[Dd]el|[Dd]ella|[Vv]an(?: [Dd]er| [Dd]en| [Dd]e)?|[Vv]on(?: [Dd]er)?|"
             r"[Dd]a|[Dd]os|[Dd]i|[Ll]e|[Dd]u|[Bb]in|[Ii]bn|St\.?|Ste\.?|ST\.?|DE(?: LA| LOS)?|DEL|VAN(?: DER| DEN)?|"
             r"VON|DA|DI|LE|DU|[Zz]u|ZU|[Tt]er|TER|[Tt]en|TEN|[Dd]os|DOS|[Dd]as|DAS|O|N[Ii]|NIC|[Aa]l|AL|[Ee]l|EL|"
             r"[Bb]en|BEN|[Aa]p) )")
_NAME = rf"(?:{_PARTICLE}|(?:[Aa]l|[Ee]l|[Ii]bn|[Bb]in|[Bb]en|[Dd]')-?)?[A-Z][A-Za-z'’-]+"
_INITIAL = r"(?: [A-Z]\.?(?![A-Za-z'’]))"
_INITIALS = r"(?:(?:[A-Z]\.[ \t]?){1,3})"  # "R. ", "R.C. ", "R. C. "
_FULL = rf"{_NAME}{_INITIAL}?(?: {_NAME}){{0,2}}"
# A name written in proper case (not ALL CAPS): "Maria", "MacLeod", "O'Connell", "Ferreira-Lund".
_PROPER = r"(?:[A-Z]['’])?[A-Z][a-z'’]*[a-z](?:[A-Z][a-z]+)?(?:-[A-Z][a-z'’]+)?"
_PROPER_FULL = rf"{_PROPER}{_INITIAL}?(?: {_PARTICLE}?{_PROPER}){{1,2}}"  # "Rich van der Berg"
_TOKEN = re.compile(r"\S+")
# surnames that are also a word or an abbreviation ("Do", "Le", "Ha"): a name after a title or a given name
SHORT_SURNAMES = frozenset("do le vo ho ha an to ng ly lo ma mo wu yu li la lu ta tu bui".split())
_POSSESSIVE = re.compile(r"['’]s(?![A-Za-z])")


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's own words: no greeting before it ("Hi Joaquin"), nothing after a possessive ("Reyes's MRI"),
    no trailing ALL-CAPS or clinical word after a proper-case name ("Becker MRI"), no "Tc-" cut from "Tc-99m"."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    while len(tokens) > 1 and _is_leading_filler(text[tokens[0][0]:tokens[0][1]]):
        tokens.pop(0)
    if not tokens:
        return start, start
    for i, (s, e) in enumerate(tokens):
        possessive = _POSSESSIVE.search(text, s, e)
        if possessive:
            tokens = tokens[:i] + [(s, possessive.start())]
            break
    tokens = tokens[:-1] if len(tokens) > 1 and re.match(r"-\d", text[tokens[-1][1] - 1:tokens[-1][1] + 1]) else tokens
    cased = any(c.islower() for s, e in tokens for c in text[s:e])  # ALL CAPS: only a credential ("LEE MD")
    while len(tokens) > 1:
        word = text[tokens[-1][0]:tokens[-1][1]].strip(".,")
        if (((cased and ((len(word) > 1 and word.isupper()) or word.lower() in clinical_words())) or _CREDENTIAL.fullmatch(word))
                and not ((word.istitle() or not cased) and word.lower() in SHORT_SURNAMES)):  # "Minh Do, DO": a surname
            tokens.pop()
        else:
            break
    end = tokens[-1][1]
    while end > tokens[0][0] and text[end - 1] in ",;:":
        end -= 1
    return tokens[0][0], end


def _is_leading_filler(token: str) -> bool:
    word = token.strip(".,:").lower()
    return len(word) > 1 and (word in not_name_words() or word in clinical_words())


class _NameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return trim_name(text, start, end)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.strip(",.;:") for w in text[start:end].split()]
        if words and all(_CREDENTIAL.fullmatch(w) or w in _NOT_A_NAME for w in words):
            return False  # "FRCR", "Esq.": credentials, not a name
        if any(w in _CAPS_FUNCTION_WORDS for w in words):
            return False  # "FOR USE AND DISCLOSURE": an all-capitals heading, no name holds "AND"
        if "," in text[start:end] and _CREDENTIAL.fullmatch(words[-1]):
            return False  # "AAH, RDMS": initials and a credential, not "Last, First"
        return not is_clinical(text[start:end], text[end:end + 40])


# a surname particle opening an ALL-CAPS name ("DA SILVA, ROSE"): "DA" is also an abbreviation, not here
_LEADING_PARTICLE = re.compile(r"^(?:(?:DE|DA|DI|DU|DOS|DAS|DEL|LA|LE|VAN|VON|DER|DEN|TER|TEN|AL|EL|BIN|BEN|ST\.?) )+")
_CAPS_FUNCTION_WORDS = frozenset("AND OR THE OF FOR TO WITH IN ON FROM BY NOT DOES".split())  # "DOES NOT ADHERE"
_NOT_A_NAME = frozenset({"Esq", "ESQ", "Jr", "Sr", "Consultant", "Registrar"})


class HeaderNameRecognizer(_NameRecognizer):
    """``PATIENT: DOE, JOHN A`` / ``Name: Jane Q. Public``."""

    SCORE = 0.95
    PATTERNS = (rf"(?:\b(?:PATIENT(?:\s+NAME)?|Patient(?:\s+[Nn]ame)?|NAME|Name|PT|Pt|(?i:member|subscriber|"
                r"insured|guarantor|child|infant|parent|legal\s+guardian|recipient|beneficiary|resident|"
                r"requester|requested\s+by|from|sender|author|provider|caller|case(?:\s+\d+)?|pr[eé]nom|nom|"
                r"nom\s+de\s+naissance|nombre|apellidos?|vorname|nachname|cognome|nome|sobrenome|naam|voornaam|"
                r"other\s+names?(?:\s+used)?|also\s+known\s+as|aka|alias|maiden\s+name|previous\s+name|"
                r"(?:if\s+signed\s+by\s+(?:a|the)\s+)?representative|inmate|decedent|deceased|escort|officer))|"
                # a lower-case key opening a YAML or flow-mapping field ("  name: Ana Ruiz", "{name: Ana Ruiz,");
                # a label in brackets: "[PATIENT]: Doe, Jane"
                r"(?:(?m:^)[ \t]*|[{,][ \t]*)name)\]?\s*:\s*"
                rf"(?P<phi>{_NAME}, ?{_NAME}{_INITIAL}?|(?:[A-Z]\. ?)?{_FULL}|[a-z][a-z'-]+, ?[a-z][a-z'-]+)",
                # key/value and JSON prompts: "patient": "Mateo Petrova"
                r"(?<![A-Za-z_])[\"']?(?i:patient|patient_?name|name|full_?name|first_?name|last_?name|given_?name|family_?name|"
                r"surname|given|family|middle_?name|referring|referring_?physician|ordering|"
                r"ordering_?(?:physician|provider)|attending|physician|radiologist|provider|"
                r"practitioner|performer|display|member|child|contact|signed_?by|author|reader|requester|"
                r"mother|father|guardian|spouse)[\"']?\s*[:=]\s*\[?\s*(?P<q>[\"'])"
                r"(?P<phi>[A-Z][A-Za-z'’., -]{1,60}?)(?P=q)",)


class AllCapsNameRecognizer(_NameRecognizer):
    """``DOE, JOHN A`` anywhere (the RIS header style)."""

    SCORE = 0.85
    PATTERNS = (r"\b(?:(?:DE LA|DE LOS|DEL|DE|DOS|DAS|DA|DI|DU|VAN DER|VAN DEN|VAN|VON|ZU|TER|TEN|LE|LA|AL|EL|BIN|BEN|"
                r"O|NI|MAC|MC|ST\.?) )?(?:[A-Z]['’])?[A-Z]{2,}(?:[-'’][A-Z]+)*, ?[A-Z]{2,}(?:[-'’][A-Z]+)?"
                r"(?: [A-Z]{2,}(?:[-'’][A-Z]+)?(?= [A-Z]\.?(?![A-Za-z])))?(?: [A-Z]\.?(?![A-Za-z]))?",)

    def keep(self, text: str, start: int, end: int) -> bool:
        if any(_CREDENTIAL.fullmatch(w.strip(",")) or w.strip(",").lower() in abbreviations()
               for w in _LEADING_PARTICLE.sub("", text[start:end]).split()):
            return False  # "JONES, RT", "MD, FACR": a name's credentials; "SSFP, FIESTA": a list of sequences
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if ", " not in text[start:end] and line.count(",") >= 3 and line.count(", ") < line.count(",") / 2:
            return False  # "CT HEAD,TW" in a CSV row: two cells, not "LAST,FIRST"
        at_line_start = not text[line_start:start].strip() and _FIELD_END.match(text, end)
        if sum(c.islower() for c in line) < 10 and not (at_line_start or _HEADER_POSITION.search(text, line_start, start)):
            # an all-capitals line is full of "FINDING, FINDING" lists: only a header position counts
            return False
        return super().keep(text, start, end)


class TitledNameRecognizer(_NameRecognizer):
    """``Dr. Patel``, ``Mrs. Jane O'Neil``."""

    SCORE = 0.95
    # "MR PROSTATE" is an exam: an all-capitals title needs its full stop ("MR. SMITH")
    PATTERNS = (rf"\b(?:(?i:dr|drs|doctor|prof)\.?|Mr\.?|Mrs\.?|Ms\.?|MR\.|MRS\.|MS\.|Miss|Nurse|Officer|Sgt\.?|"
                rf"Sergeant|Deputy|Detective|Det\.|Lt\.|Capt\.|Captain|Major|MAJ|CPT|LTC|COL|Rev\.?|Father|Pastor|"
                rf"Rabbi|Imam)\s+"
                rf"(?P<phi>{_INITIALS}?{_NAME}(?:[- ]{_NAME})?)",)


class LowercaseNameRecognizer(_NameRecognizer):
    """Names typed in lower case in chat prompts, where structure still gives them away:
    ``by dr. kim``, ``for jane doe, mrn 4471902``."""

    SCORE = 0.85
    PATTERNS = (r"\b(?i:dr)\.?\s+(?P<phi>[a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?)(?=[\s,.;:!?)]|$)",
                r"\b(?:mr|mrs|ms)\.\s+(?P<phi>[a-z][a-z'’-]+(?: (?!(?:per|and|for|with|at|in|on|to|is|was|the|of|re|"
                r"from|by|has|had|who|said|says|called|came|will|needs?|wants?)\b)[a-z][a-z'’-]+)?)\b",
                r"(?P<phi>\b[a-z][a-z'’-]+ [a-z][a-z'’-]+),?\s+(?i:mrn|dob|d\.o\.b\.?|mr#)\b",
                # right before a record number: "for jane roe Z8637267", "impression, ann lee 12-34-5678"
                r"(?P<phi>\b[a-z][a-z'’-]+ [a-z][a-z'’-]+),?[ \t]+(?=[A-Z]{0,2}\d{6,}\b|\d{2,3}-\d{2,3}-\d{3,4}\b)")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        # "for jane doe": drop a leading function word the pattern's two-word window took in
        words = text[start:end].split()
        if len(words) == 2 and words[0] in _FUNCTION_WORDS:
            return start + len(words[0]) + 1, end
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        return (not any(w in _FUNCTION_WORDS or w in clinical_words() or w in not_name_words() for w in words)
                and super().keep(text, start, end))


_FUNCTION_WORDS = frozenset("a an the this that for to of in on at by with from and or is was be are his her "
                            "their its my your our pt patient name re about regarding as here there number record "
                            "read reread re-read see seen per has had have will would can could not no yes new old "
                            "exam study images image series acc accession mrn id chart unit case order ref "
                            "file too also u ur pls plz thx calling".split())


class CredentialNameRecognizer(_NameRecognizer):
    """``Jane Smith, MD`` / ``J. Smith DO``."""

    SCORE = 0.95
    PATTERNS = (rf"(?!{CREDENTIALS}(?![A-Za-z])[ \t,]+{CREDENTIALS})(?P<phi>\b{_INITIALS}?{_NAME}{_INITIAL}?(?: {_NAME}){{0,2}}|\b{_NAME}, {_NAME}{_INITIAL}?),?[ \t]+"
                rf"{CREDENTIALS}(?![A-Za-z])(?![ \t]*:)",)
    LINE_CUES = (rf"[ \t](?=[A-Z]){CREDENTIALS}(?![A-Za-z])(?![ \t]*:)",)  # the credential ending a match


class SignOffNameRecognizer(_NameRecognizer):
    """Names after ``signed by``, ``dictated by``, ``discussed with``, ``cc:``, a role label and the like."""

    SCORE = 0.9
    PATTERNS = (r"(?:/s/|\b(?i:signed\s+by|signed|dictated\s+by|read\s+by|reviewed\s+by|interpreted\s+by|"
                r"transcribed\s+by|verified\s+by|approved\s+by|performed\s+by|attending|interpreter|reviewer|"
                r"over-?read\s+by|caller|called\s+by|submitted\s+by|sent\s+by|seen\s+by|paged|send\s+to|ref\s+is|"
                r"(?:sedation\s+)?RN(?=\s*:)|presented\s+by|operator|proceduralist|anesthesiologist|"
                r"referring(?:\s+(?:physician|provider|doctor|clinician))?|"
                r"ordering(?:\s+(?:physician|provider|clinician))?|ordered\s+by|requested\s+by|referred\s+by|"
                r"discussed\s+with|communicated\s+to|called\s+to|reported\s+to|d/w|cc|radiologist|resident|"
                r"fellow|technologist|tech|sonographer|transcriptionist|scribe|nurse|PCP|surgeon|oncologist|"
                r"clinician|provider|physician|dictator|reader|author|"
                r"(?:emergency\s+|site\s+)?contact(?:\s+(?:there|here|person|name))?|next\s+of\s+kin|NOK|guarantor|"
                r"for|to)(?![A-Za-z]))\s*[:,]?\s*"
                r"(?:(?:Dr|Doctor)\.?\s+)?"
                rf"(?P<phi>{_INITIALS}?{_NAME}{_INITIAL}?(?: {_NAME})?)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        # "for" / "to" are only trusted when a first and last name follow ("To: Radiology Scheduling" is not);
        # "FOR SCHEME USE" is a heading; "KMC Reg. No. 03309" a registration's label
        if _CAPS_FOR_OR_TO.search(text, max(0, start - 6), start) or _NUMBER_LABEL_AFTER.match(text, end):
            return False
        return super().keep(text, start, end) and (" " in text[start:end].strip() or
                                                   not _AFTER_FOR_OR_TO.search(text, max(0, start - 30), start))


_CAPS_FOR_OR_TO = re.compile(r"(?<![A-Za-z])(?:FOR|TO)[ \t]+\Z")
_NUMBER_LABEL_AFTER = re.compile(r"\.?[ \t]*(?:No\.?|Number|#)[ \t]*:?[ \t]*\d")
_AFTER_FOR_OR_TO = re.compile(r"\b(?i:for|to)\b[\s:,]*(?:[A-Z][A-Za-z.'’-]*\s+)?$")


class ContextNameRecognizer(_NameRecognizer):
    """A proper-case full name after a verb of contact or agency: ``spoke with Maria Lopez``,
    ``monitoring by Jacob Carter``, ``this is Ana Ruiz``, ``accompanied by Omar Shah``."""

    SCORE = 0.85
    PATTERNS = (r"\b(?i:spoke|spoken|speaking|talked|talking|met|meeting|discussed|reviewed|consulted|"
                r"conferred|checked|confirmed|agreed|paged|notified|informed|contacted|called|phoned|"
                r"messaged|emailed|e-mailed|texted|told|asked|thanked|per|by|with|from|this\s+is|my\s+name\s+is|"
                r"i\s+am|i'm|name\s+is|c/o|care\s+of|attn\.?|attention|signed|dictated)"
                r"(?:\s+(?i:with|to|by))?:?\s+"
                rf"(?P<phi>{_PROPER_FULL})(?![A-Za-z])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _plausible_name(text[start:end]) and super().keep(text, start, end)


class GreetingNameRecognizer(_NameRecognizer):
    """The addressee of a greeting: ``Hi Anjali,`` / ``Dear Maria Lopez:`` / ``Hello Omar!``."""

    SCORE = 0.85
    PATTERNS = (rf"\b(?:Hi|Hello|Hey|Dear|Morning|Afternoon|Evening|Thanks|Thank you|Greetings|thx|Thx|ty|TY)\s+"
                rf"(?P<phi>{_PROPER}(?:{_INITIAL}? {_PROPER}){{0,2}})\s*(?=[,!:;?\n]|\.(?:\s|$)|$|\s-)",)


class RelativeNameRecognizer(_NameRecognizer):
    """A relative or companion named after the relationship: ``his daughter Maria``,
    ``grandmother Ruth Stewart``, ``the family (Justin Morris)``, ``patient's wife: Ana Lopez``."""

    SCORE = 0.9
    _RELATIVES = (r"wife|husband|son|daughter|mother|father|sister|brother|spouse|partner|guardian|caregiver|"
                  r"grandson|granddaughter|grandmother|grandfather|grandparent|grandma|grandpa|aunt|uncle|niece|"
                  r"nephew|cousin|stepmother|stepfather|stepson|stepdaughter|parent|parents|mom|dad|fianc[eé]e?|"
                  r"boyfriend|girlfriend|friend|neighbou?r|roommate|companion|relative|proxy|POA|interpreter|"
                  r"translator|chaperone")
    PATTERNS = (rf"\b(?i:{_RELATIVES})(?![A-Za-z])(?:\s+(?i:is|was))?\s*,?\s*(?:\(|:)?\s*(?P<phi>{_NAME}(?: {_NAME})?)",
                # a child's chosen names: "plan to name the twins Dolores and Mamadou", "named her Ruth"
                rf"\b(?i:name|named|naming|call|calling)\s+(?i:him|her|them|it|the\s+(?:baby|babies|twins?|"
                rf"child|children|infant|boy|girl|son|daughter))\s+(?P<phi>{_PROPER})(?![A-Za-z-])",
                rf"\b(?i:name|named|naming|call|calling)\s+(?i:them|the\s+(?:babies|twins|children))\s+{_PROPER}"
                rf"\s+(?:and|&)\s+(?P<phi>{_PROPER})(?![A-Za-z-])",
                # a group or role noun with the full name in parentheses: "The family (Justin Morris)"
                rf"\b(?i:family|patient|pt|child|infant|baby|kid|household|sibling|contact|caller|visitor|"
                rf"staff|clinician|physician|provider|nurse|resident|fellow|colleague|{_RELATIVES})['’]?s?\s*"
                rf"\((?P<phi>{_NAME}{_INITIAL}?(?: {_NAME}){{0,2}})[,)]")


    def keep(self, text: str, start: int, end: int) -> bool:
        # "(Sister Mary Joseph nodule)": a religious title in an eponym, the clinical noun right after it
        if _TITLE_CASE_RELATIVE.search(text, max(0, start - 12), start) and in_clinical_context(text, start, end):
            return False
        return super().keep(text, start, end)


_TITLE_CASE_RELATIVE = re.compile(r"\b(?:Sister|Brother|Father|Mother)\s+\Z")


class Hl7NameRecognizer(_NameRecognizer):
    """HL7 / DICOM person names: ``DOE^JOHN^A``."""

    SCORE = 0.95
    PATTERNS = (r"\b[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,3}\^[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]+)?"
                r"(?:\^[A-Za-z'’.-]*){0,3}"
                r"(?![A-Za-z0-9])",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        # "DOE^JOHN^H^^^DR^MD": the name ends before its empty components, title and degree
        parts = text[start:end].split("^")
        while len(parts) > 2 and (not parts[-1].strip() or _HL7_AFFIX.fullmatch(parts[-1].strip())):
            parts.pop()
        return super().bounds(text, start, start + len("^".join(parts)))

    def keep(self, text: str, start: int, end: int) -> bool:
        # inside a standard HL7 segment the field recognizer knows which fields are names
        line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        if _HL7_SEGMENT.match(text, line_start) and any(
                (_STATE_CODE.fullmatch(part) and "^" + part + "^" in "^" + text[start:end] + "^"
                 and (part.lower() not in SHORT_SURNAMES or re.fullmatch(_STATES, part)))  # "VO^ANH", not "^LA^"
                or part.lower() not in _HL7_PARTICLES | SHORT_SURNAMES  # "DE LA CRUZ^ANA", "LE^ANH": surnames
                and (part.lower() in clinical_words() or part.lower() in not_name_words())
                for part in re.split(r"[\^& ]", text[start:end]) if part):
            return False  # "GDT^REPORT", "SITE^MR", "Springfield^IL": a code or an address, not a name
        return super().keep(text, start, end)


class AddressBlockNameRecognizer(_NameRecognizer):
    """A letter's addressee: a line holding only a name, followed by a street-address line."""

    SCORE = 0.9
    PATTERNS = (rf"(?m)^(?P<phi>{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}})[ \t]*\n[ \t]*"
                r"(?:\d{1,6} [A-Z]|(?i:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Rural\s+Route|RR)\s+\d)",)


class IdentifiedNameRecognizer(_NameRecognizer):
    """A full name right before its identifiers or relationship: ``Jane Doe (MRN ...``,
    ``Tomasz Baker (brother)``, or closing a title line: ``... - Nancy Robinson``."""

    SCORE = 0.9
    # a parenthesis opening on an identifier or a relationship: "(MRN", "(brother", "(4"
    _ID_PAREN = (r"\((?i:MRN|DOB|MR|acc|age|born|pt|patient|wife|husband|son|daughter|mother|father|sister|brother|"
                 r"spouse|partner|guardian|caregiver|\d)")
    PATTERNS = (
        rf"(?P<phi>\b{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}}) ?{_ID_PAREN}",
        rf"(?m) - (?P<phi>{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}}|{_NAME}, {_NAME}{_INITIAL}?)[ \t]*$",
        # right before its date of birth or record number: "SMITH JOHN  DOB 01/02/1950", "Jane Doe, MRN 123"
        rf"(?P<phi>\b{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}}|\b{_NAME}, ?{_NAME}{_INITIAL}?),?[ \t]+"
        r"(?=(?:DOB|D\.O\.B\.?|MRN|MR#|Med\s+Rec|born|b\.)\W)",
        # "(Ines M. MacLeod, 7408152)" / "(Jane Doe; MRN ...)": a full name opening a parenthesis of identifiers
        rf"\((?P<phi>{_NAME}{_INITIAL}?(?: {_NAME}){{1,2}})[,;] ?(?i:MRN|DOB|MR|acc|age|born|D\.O\.B|\d|[A-Z]{{1,3}}\d)",
        # closings: "Thanks,\nKathleen Morris"
        rf"\b(?:Thanks|Thank you|Regards|Best regards|Kind regards|Best|Sincerely|Cheers|Warmly),?[ \t]*\n?[ \t]*"
        rf"(?P<phi>{_INITIALS}?{_NAME}{_INITIAL}?(?: {_NAME}){{0,2}})",
    )
    LINE_CUES = (_ID_PAREN,)  # the first pattern's name stands before one on its line


class ProperNameRecognizer(_NameRecognizer):
    """Two or three proper-case words in running text, none of them report vocabulary, an eponym
    before its noun, a place or date word, or a medical word form: in a radiology report such a run
    is a person, whatever the context (low score: the last resort behind NER and the patterns)."""

    SCORE = 0.6
    # mid-sentence only: after a lower-case word, a digit, a comma, a semicolon or a parenthesis
    PATTERNS = (rf"(?<=[a-z0-9,;(] )(?P<phi>{_PROPER}{_INITIAL}?(?: {_PROPER}){{1,2}})(?![A-Za-z0-9'’-])",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end  # judged whole: trimming a leading word first would leave "COMPLETE" of an exam title

    def keep(self, text: str, start: int, end: int) -> bool:
        if not _plausible_name(text[start:end]):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        words = line.split()
        if (4 <= len(words) <= 12 and not _SENTENCE_MARK.search(line.rstrip(".:"))
                and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)):
            return False  # a title-case heading ("Chest Radiograph Two Views Portable"), not a sentence
        return super().keep(text, start, end)


class CapitalsNameRecognizer(_NameRecognizer):
    """An ALL-CAPS run of two or three words inside lower-case prose ("JOHN SMITH was seen"), none of
    them report vocabulary: exam titles and headings ("US ABDOMEN COMPLETE") hold a clinical word."""

    SCORE = 0.6
    PATTERNS = (r"(?<![A-Za-z0-9_'’-])(?<![A-Z][ \t])(?P<phi>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,2})"
                r"(?![A-Za-z0-9'’-])(?![ \t][A-Z]{2})",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        return start, end  # judged whole: trimming a leading word first would leave "COMPLETE" of an exam title

    def keep(self, text: str, start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if sum(c.islower() for c in line) < 10 or (start == line_start and text.startswith(":", end)):
            return False  # an all-caps line or report, a line's label ("RECHECK DUE: ..."): a heading
        return _plausible_name(text[start:end]) and super().keep(text, start, end)


def _plausible_name(span: str) -> bool:
    """No word of ``span`` is report vocabulary, a place, date or medical word, nor is it a state ("New Mexico")."""
    if _STATE.fullmatch(span) or _CREDENTIAL.fullmatch(span) or span.isupper() and \
            {*span.lower().split()} <= abbreviations():  # "DPM\tDOS": a credential, then a cell's label
        return False  # "FFR RCSI": a fellowship, not a name
    return not any(w in PLACE_AND_DATE_WORDS or w in not_name_words() or w in clinical_words()
                   or _MEDICAL_FORM.search(w) for w in (t.strip(".").lower() for t in span.split()) if len(w) > 1)


_STATE = re.compile(_STATE_NAMES)
_STATE_CODE = re.compile(r"[A-Z]{2}")
_HL7_PARTICLES = frozenset("de la del los van der den von da di du le thi".split())  # "DE LA CRUZ^ANA^THI"
_HL7_SEGMENT = re.compile(r"(?:MSH|EVN|PID|PD1|NK1|PV1|GT1|IN1|IN2|ORC|OBR|OBX|TXA)\|")
_CREDENTIAL = re.compile(CREDENTIALS)
_HL7_AFFIX = re.compile(rf"(?:DR|MR|MRS|MS|PROF|{CREDENTIALS})\.?")
# where an ALL-CAPS "LAST, FIRST" opens a field: the line start, after a label colon or a field bar
_FIELD_END = re.compile(r"[ \t]*(?:$|\n|[ \t]{2}|\d| [A-Z]\b)")
_HEADER_POSITION = re.compile(r"(?m)(?:[:|]|\.{3,}|\b(?:PT|PATIENT|NAME|RE|[Bb]y)\b|\s{2,})[ \t]*\Z")  # "Name.... "
_SENTENCE_MARK = re.compile(r"[.;,!?](?:\s|$)")
# Word forms of diseases and procedures ("Myeloma", "Cholangitis"); no name ends like these.
_MEDICAL_FORM = re.compile(r"(?:megaly|osis|itis|ectomy|ostomy|otomy|graphy|gram|metry|\w{4,}omas?|emia|opathy|"
                           r"plasty|scopy|algia|plasia|trophy|ectasis|iasis|lysis|rrhage|rrhea|thorax|ology)$")
