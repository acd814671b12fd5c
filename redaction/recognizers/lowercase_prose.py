"""Names, sites and addresses typed all in lower case: patient-portal messages and speech-recognition dictation.

Neither capitals nor field labels are there to help ("hi dr. aung its sunita venkataraman (dob 9/17/44)
i had the mg at mercy west medical center ... we moved to 5059 s juniper hollow drive, mount vernon oh
30207", "please cc doctor walter parkinson and maria jose pena at meadowlark cardiology associates
period"), so the cue before a name does the work: a title, "cc", "patient", a relative, "it's" before a
date of birth. The name is the run of words after the cue up to the first function or dictation word.
A site is a run of words ending in a facility head ("... medical center", "... pediatrics"); an address
is a numbered street with its town, state and ZIP code after it.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import clinical_words, not_name_words
from redaction._vocabulary import is_common_word
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers._first import guarded
from redaction.recognizers.places import _STATES

_WORD = re.compile(r"[ \t]+([a-z][a-z'’-]*)")
# words that end a lower-case name: function words, dictation commands, the words that follow a name
_STOP = frozenset("""a an the and or at its it's is was are be been to of on in for from with by per as about re
regarding i we my me you he she they his her their our your this that who which what here there please pls thx
thanks dictating dictated spelled spelling comma period colon semicolon new paragraph medical record number mrn
date birth dob age year years old had has have will would can could did does said says wants needs called
cc dr doctor patient pt um uh er so ok okay yes no not hi hello dear hey re: end next line
all any every each some these those""".split())
# after a relative's name ("my son omar will drive me"): a verb or a break, never a noun ("my son drives")
_AFTER_RELATIVE = re.compile(r"(?:[ \t]+(?:will|is|was|can|could|has|had|and|said|says|would|wants|needs|lives)\b|"
                             r"[ \t]*[,.;!)])")
_PARTICLES = frozenset("van von der den de del della la las los le da das do dos di du ter ten bin ibn al el".split())
_RELATIVES = ("wife|husband|son|daughter|mother|father|sister|brother|spouse|partner|granddaughter|grandson|"
              "grandmother|grandfather|niece|nephew|aunt|uncle|cousin|friend|neighbou?r|caregiver|mom|dad")
# the cues: "please cc (doctor)", a greeting or a preposition before a title, a bare title, "patient", a relative
_CUES = re.compile(
    r"\b(?:please|pls|and)[ \t]+(?P<cc>cc|copy)[ \t]+(?:(?:dr\.?|doctor)[ \t]+)?(?=[a-z])|"
    r"\b(?P<free>hi|hello|dear|hey|thanks|to|this[ \t]+is|per|with|by|from)(?:[ \t]+(?:there|again|all))?[ \t]+"
    r"(?:dr\.?|doctor)[ \t]+(?=[a-z])|"
    r"\b(?:dr\.?|doctor)[ \t]+(?=[a-z])|"
    r"\b(?:on|for)[ \t]+patient[ \t]+(?=[a-z])|"
    rf"\b(?P<relative>my)[ \t]+(?:{_RELATIVES})[ \t]+(?=[a-z])")
_CUES = guarded(_CUES)  # searched over whole texts: re skips to where a match can start
# a self-introduction is trusted only before a date of birth or a record number: "its ana ruiz (dob ...", in
# English or in the languages portal messages arrive in ("soy ana ruiz, fecha de nacimiento ...", "ich bin ...
# geb. ...", read folded: "ne le", "fodd")
_SELF = re.compile(r"\b(?:it'?s|this[ \t]+is|i[ \t]+am|i'm|my[ \t]+name[ \t]+is|soy|me[ \t]+llamo|mi[ \t]+nombre"
                   r"[ \t]+es|je[ \t]+suis|je[ \t]+m'appelle|mon[ \t]+nom[ \t]+est|sou|me[ \t]+chamo|meu[ \t]+nome"
                   r"[ \t]+e|ich[ \t]+bin|mein[ \t]+name[ \t]+ist|ik[ \t]+ben|mijn[ \t]+naam[ \t]+is|mi[ \t]+chiamo|"
                   r"jag[ \t]+heter|jeg[ \t]+hedder|jeg[ \t]+heter)[ \t]+"
                   r"(?P<phi>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,4}?)[ \t]*,?[ \t]*\(?[ \t]*"
                   r"(?=dob\b|d\.o\.b|mrn\b|date[ \t]+of[ \t]+birth|born\b|fecha[ \t]+de[ \t]+nacimiento|"
                   r"f\.[ \t]*nac|nacid[oa]\b|date[ \t]+de[ \t]+naissance|nee?[ \t]+le\b|data[ \t]+de[ \t]+nascimento|"
                   r"nascid[oa]\b|geb\.|geboren\b|geburtsdatum|geboortedatum|data[ \t]+di[ \t]+nascita|nat[oa][ \t]+il\b|"
                   r"fodd\b|fodt\b|(?i:dob|mrn)\b)")
_SELF = guarded(_SELF)  # searched over whole texts: re skips to where a match can start


def _name_run(text: str, pos: int, first_free: bool) -> tuple[int, int] | None:
    """The run of name words from ``pos``; ``first_free``: the first word may be an everyday word
    ("dr price"). None when no word qualifies."""
    words: list[tuple[int, int]] = []
    while len(words) < 6:
        match = _WORD.match(text, pos) if words else re.compile(r"([a-z][a-z'’-]*)").match(text, pos)
        if not match:
            break
        word = match.group(1).rstrip("'’-")
        lower = word.lower()
        if lower in _STOP or lower in not_name_words() or (lower in clinical_words() and lower not in _PARTICLES):
            break
        if not (words or first_free) and is_common_word(word):
            break
        words.append((match.start(1), match.start(1) + len(word)))
        pos = match.end()
    # "tuan do", "dr. le": a surname; "ana de": a run cut short
    while len(words) > 1 and text[words[-1][0]:words[-1][1]] in _PARTICLES - {"do"}:
        words.pop()
    return (words[0][0], words[-1][1]) if words else None


class LowercaseNameRecognizer(EntityRecognizer):
    """A lower-case name after its cue, and the second name of "cc doctor a b and c d"."""

    SCORE = 0.8

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="LowercaseProseNameRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for cue in _CUES.finditer(text):
            relative = bool(cue.group("relative"))
            span = _name_run(text, cue.end(), first_free=bool(cue.group("cc") or cue.group("free") or relative))
            if not span:
                continue
            if relative:  # "my son omar will drive": one word, then a verb or a break
                span = (span[0], text.find(" ", span[0]) if " " in text[span[0]:span[1]] else span[1])
                if not _AFTER_RELATIVE.match(text, span[1]):
                    continue
            results.append(RecognizerResult("PERSON", span[0], span[1], self.SCORE))
            if cue.group("cc"):
                more = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:(?:dr\.?|doctor)[ \t]+)?").match(text, span[1])
                second = _name_run(text, more.end(), first_free=True) if more else None
                if second:
                    results.append(RecognizerResult("PERSON", second[0], second[1], self.SCORE))
        for match in _SELF.finditer(text):
            words = match.group("phi").split()
            if not any(w in _STOP or w in clinical_words() for w in words):
                results.append(RecognizerResult("PERSON", match.start("phi"), match.end("phi"), self.SCORE))
        return results


_HEAD = (r"(?:medical[ \t]+cent(?:er|re)|hospital|clinic|imaging(?:[ \t]+cent(?:er|re))?|radiology|associates|"
         r"pediatrics|paediatrics|family[ \t]+(?:practice|medicine)|internal[ \t]+medicine|health[ \t]+(?:center|"
         r"system|centre)|cancer[ \t]+(?:center|institute)|urgent[ \t]+care|orthopa?edics|cardiology|oncology|"
         r"infirmary|surgery[ \t]+center|breast[ \t]+center|women['’]s[ \t]+(?:health|imaging))"
         r"(?:[ \t]+(?:east|west|north|south))?")
# words before a head that make it a kind of place, not a named one ("the outside hospital")
# "... medical center of red lake" before a dictated "period"/"comma" (in prose "hospital of choice" is no place)
_OF_PLACE = (r"[ \t]+of[ \t]+(?!the\b)[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*)?"
             r"(?=[ \t]+(?:period|comma)\b)")
_GENERIC = frozenset("""outside local other same another nearby previous prior different new old main our your their
his her my the a an this that any which university community county city state regional general children's
women's ed er va""".split())


class LowercaseFacilityRecognizer(RegexRecognizer):
    """A named site in lower case after "at"/"from": ``i had the mg at mercy west medical center``, with the
    place it is "of" when a dictated "period" or "comma" ends there: ``at general hospital of red lake period``."""

    ENTITY = "FACILITY"
    SCORE = 0.8
    PATTERNS = (rf"\b(?:at|from|to|with)[ \t]+(?:the[ \t]+)?(?P<phi>(?:(?:[a-z][a-z'’.-]*|&)[ \t]+){{1,5}}{_HEAD}"
                rf"(?:{_OF_PLACE})?)\b",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        head = _last_head(text[start:end])  # "the imaging department for imaging": the run ends at the last head
        cut = start
        for word in re.finditer(r"[a-z][a-z'’.-]*", text[start:start + head.start()]):
            if word.group(0) in _STOP:  # a function word the run took in ("at home and then to mercy clinic")
                cut = start + word.end() + 1
        return cut, end

    def keep(self, text: str, start: int, end: int) -> bool:
        head = _last_head(text[start:end])
        names = text[start:start + head.start()].split() if head else []
        names += text[start + head.end():end].split()[1:] if head else []  # "of red lake": the place names it
        return any(w not in _GENERIC and w not in clinical_words() and w not in _STOP for w in names)


def _last_head(run: str) -> re.Match[str] | None:
    heads = list(re.finditer(_HEAD, run))
    return heads[-1] if heads else None


_LOWER_STATES = _STATES.lower()
_STREET_TYPE = (r"(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|circle|cir|terrace|ter|"
                r"trail|trl|parkway|pkwy|highway|hwy|place|pl|way|crescent|cres|square|sq|loop|pike|row)")
_UNIT = (r"(?:,?[ \t]+(?:apt|apartment|unit|ste|suite|lot|space|spc|trlr|bldg|building|fl|floor|rm|room|#)\.?"
         r"[ \t]*#?[a-z0-9-]+)?")
# the town may follow the street without a comma ("4026 kingfisher way apt. 7 ashland ma 32145"): the state and
# ZIP code at the end are what make the run an address
_TOWN_STATE_ZIP = (rf",?[ \t]+(?P<city>[a-z][a-z'’.-]*(?:[ \t]+[a-z][a-z'’.-]*){{0,2}}),?[ \t]+(?:{_LOWER_STATES})"
                   r"[ \t]+(?P<zip>\d{5}(?:-\d{4})?)\b")
_STREET_WORD = r"[a-z0-9][a-z0-9'’.-]*"
# a street type before the name in Spanish, French and Italian addresses ("calle del sol", "rue des lilas")
_STREET_PREFIX = r"(?:calle|avenida|camino|paseo|carrera|rue|via|viale|rua|avenue|boulevard)"


class LowercaseAddressRecognizer(EntityRecognizer):
    """A lower-case street address with its town, state and ZIP code:
    ``5059 s juniper hollow drive ste 318, mount vernon oh 30207``, ``rr 2 box 120, ashford or 97440``,
    ``9607 sw 14th terrace apt 3b riverside az 75127``, ``64 calle del sol lot 4 ashland az 13590``."""

    SCORE = 0.85
    _PATTERN = re.compile(rf"\b(?P<street>\d{{1,6}}[a-z]?[ \t]+(?:(?:[nsew]\.?|ne|nw|se|sw)[ \t]+)?"
                          rf"(?:{_STREET_WORD}[ \t]+){{1,4}}{_STREET_TYPE}\.?{_UNIT}|"
                          rf"\d{{1,6}}[a-z]?[ \t]+{_STREET_PREFIX}(?:[ \t]+{_STREET_WORD}){{1,3}}{_UNIT}|"
                          rf"(?:rr|rural[ \t]+route|hc|po[ \t]+box|p\.o\.[ \t]+box)[ \t]+\d+"
                          rf"(?:[ \t]+box[ \t]+\d+)?){_TOWN_STATE_ZIP}")

    def __init__(self) -> None:
        super().__init__(supported_entities=["STREET_ADDRESS", "CITY", "ZIP"], name="LowercaseAddressRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results = []
        for match in self._PATTERN.finditer(text):
            results.append(RecognizerResult("STREET_ADDRESS", *match.span("street"), self.SCORE))
            results.append(RecognizerResult("CITY", *match.span("city"), self.SCORE))
            results.append(RecognizerResult("ZIP", *match.span("zip"), self.SCORE))
        return results
