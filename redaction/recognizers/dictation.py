"""Lower-case names in dictation and portal prose, found by the idiom around them, not by capitals.

Speech recognition and patient-portal messages write names in lower case, so the phrase a name sits in
does the work. Each idiom has a cue before the name and an edge after it:

- the subject of a dictation, between "dictating on" / "on patient" / "for" and the identifier that
  follows it ("... dictating on ana de la cruz medical record number ...", "... for lee tran, date of birth");
- a relative, between "my/the patient's/his ... wife" and a verb or a break ("the patients wife ana ruiz
  was present", "my niece ana ruiz-lee looked it up");
- whom results went to, between "discussed with" / "spoke to" / "cc" and "at", "on", "via" or a break
  ("results discussed with ana ruiz at 14:38", "cc ana ruiz at <site>");
- the writer of a message, alone on the line after a closing ("thank you so much, ana ruiz").

The name itself is the run of words in between: no function word, dictation command, clinical or
report word, and (where the cue is weak) at least one word that is not an everyday English word.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import clinical_words, not_name_words
from redaction._vocabulary import is_common_word
from redaction.recognizers._base import text_forms
from redaction.recognizers.lowercase_prose import _PARTICLES, _STOP

_WORD = re.compile(r"[a-z][a-z'’-]*")
# words that are never part of a lower-case name, beyond lowercase_prose's stop words
_MORE_STOP = frozenset("""him them us me mine yours hers theirs also just still then now always never often usually
actually finally recently already even only again too very really so but if when while because up down out over
off into onto back today tonight tomorrow yesterday morning afternoon evening night am pm hours hour minutes noon
midnight all both each every some any none other others someone somebody everyone family nurse charge staff team
bedside phone telephone voicemail message person team present call callback via who whom whose""".split())
# a verb or auxiliary right after a relative's name ("my niece ana ruiz looked it up", "wife ana was present")
_VERB = re.compile(r"(?:will|would|is|was|were|are|has|had|have|can|could|may|might|should|must|and|said|says|"
                   r"wants|needs|lives|lived|thinks|thought|told|tells|knows|knew|came|comes|drove|drives|brought|"
                   r"brings|took|takes|saw|sees|went|goes|got|gets|found|finds|heard|hears|read|reads|made|makes|"
                   r"gave|gives|left|stays|stayed|helps|works|worked|[a-z]{3,}ed)\b")
_BREAK = re.compile(r"[ \t]*(?:[,.;:!?()\n]|$)")
_RELATIVES = (r"wife|husband|son|daughter|mother|father|sister|brother|spouse|partner|fianc[eé]e?|boyfriend|"
              r"girlfriend|granddaughter|grandson|grandmother|grandfather|grandma|grandpa|grandchild|niece|nephew|"
              r"aunt|uncle|cousin|friend|neighbou?r|caregiver|carer|guardian|roommate|companion|mom|mum|dad|"
              r"step-?(?:son|daughter|mother|father)|(?:ex-)?(?:wife|husband)|significant[ \t]+other|twin")
_OWNER = (r"my|his|her|their|our|your|the|the[ \t]+patient['’]?s|the[ \t]+patients['’]?|patient['’]?s|patients['’]?|"
          r"pt['’]?s|pts['’]?")


def _words(text: str, pos: int, limit: int = 5) -> list[tuple[int, int]]:
    """The lower-case words from ``pos`` (spaces between), up to ``limit`` or the first that is no name word."""
    found: list[tuple[int, int]] = []
    while len(found) < limit:
        gap = pos
        while gap < len(text) and text[gap] in " \t":
            gap += 1
        if found and gap == pos:
            break
        match = _WORD.match(text, gap)
        if not match:
            break
        word = match.group(0).rstrip("'’-")
        if not _name_word(word):
            break
        found.append((gap, gap + len(word)))
        pos = gap + len(word)
        if match.end() != pos:  # a trailing apostrophe or hyphen: the name ends here
            break
    return found


def _name_word(word: str) -> bool:
    if word in _PARTICLES:
        return True
    return not (word in _STOP or word in _MORE_STOP or word in not_name_words() or word in clinical_words())


def _unusual(text: str, words: list[tuple[int, int]]) -> bool:
    """At least one word is no everyday English word (particles aside)."""
    return any(not is_common_word(text[s:e]) for s, e in words if text[s:e] not in _PARTICLES)


def _trim(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    while words and text[words[-1][0]:words[-1][1]] in _PARTICLES - {"do"}:  # "tuan do": a surname
        words = words[:-1]
    return words


class ProseNameRecognizer(EntityRecognizer):
    """Lower-case names in dictation and portal prose (see the module docstring): a dictation's subject,
    a relative, whom results were discussed with or copied to, and a message's signature."""

    SCORE = 0.8
    _ID_AFTER = (r",?[ \t]+(?:medical[ \t]+record|med(?:ical)?[ \t]+rec\b|mrn\b|m[ \t]*r[ \t]*n\b|"
                 r"date[ \t]+of[ \t]+birth|dob\b|d[ \t]*o[ \t]*b\b|birth[ \t]*date|born\b|account[ \t]+number|"
                 r"(?:last|first|family)[ \t]+name|spell(?:ed|ing)\b|age[ \t]+\d|aged\b|"
                 r"\d{1,3}[ \t-]+years?[ \t-]+old)")
    # the identifier after the name is the evidence: any "on", "for", "regarding" may open the subject
    _SUBJECT = re.compile(r"(?i)\b(?:on|for|regarding|re)[ \t]+"
                          r"(?:(?:the[ \t]+)?patient[ \t]+(?:named?[ \t]+)?(?:is[ \t]+)?)?"
                          r"|\bpatient(?:['’]?s)?[ \t]+(?:full[ \t]+)?name[ \t]+(?:is[ \t]+)?")
    _RELATIVE = re.compile(rf"(?i)\b(?:{_OWNER})[ \t]+(?:{_RELATIVES})[ \t]*,?[ \t]+(?=[a-z])")
    _SHARED = re.compile(r"(?i)\b(?:(?:discussed|reviewed|went[ \t]+over[ \t]+(?:this|it|them|results|findings)|"
                         r"spoke|spoken|talked|conferred|communicated|relayed|conveyed|reported|read[ \t]+back|"
                         r"confirmed)[ \t]+(?:with|to)|d/w|notified|informed|paged|called|copy[ \t]+to|cc['’]?d?|"
                         r"copied[ \t]+to|results[ \t]+to|sent[ \t]+to|faxed[ \t]+to)[ \t]*:?[ \t]+"
                         r"(?:(?:dr\.?|doctor|nurse|np|pa|rn)[ \t]+)?"
                         # "with (her) son ana ruiz"
                         rf"(?:(?:(?:{_OWNER})[ \t]+)?(?:{_RELATIVES})[ \t]*,?[ \t]+)?(?=[a-z])")
    _SHARED_END = re.compile(r"[ \t]+(?:at|on|by|via|who|from|in|and|over|regarding|re|about|period|comma|"
                             r"from|of|with|for)\b|[ \t]*(?:[,.;:!?()\n]|$)")
    _CLOSING = re.compile(r"(?im)\b(?:thank[ \t]+you|thanks|thx|ty|regards|best[ \t]+regards|kind[ \t]+regards|"
                          r"sincerely|best|cheers|love|respectfully|warmly|take[ \t]+care|gratefully)"
                          r"(?:[ \t]+(?:so|very)[ \t]+much|[ \t]+again|[ \t]+so[ \t]+much[ \t]+again)?"
                          r"[ \t]*[,!.-]*[ \t]*(?:\n[ \t]*)?(?=[a-z])")
    _LINE_END = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ProseNameRecognizer")
        self._id_after = re.compile(r"(?i)" + self._ID_AFTER)
        self._id_cue = re.compile(r"(?i)" + self._ID_AFTER.replace(r",?[ \t]+", r"[ \t]", 1))

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results: list[RecognizerResult] = []
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text  # a letter whose lower case is longer: offsets must stay
        searched = 0
        for identifier in self._id_cue.finditer(text):  # a subject is looked for only before an identifier
            window = max(searched, identifier.start() - 120)
            for cue in self._SUBJECT.finditer(text, window, identifier.start()):
                self._subject(text, lowered, cue.end(), results)
            searched = identifier.start()
        if _holds(text, _RELATIVE_WORDS):
            for cue in self._RELATIVE.finditer(text):
                self._relative(text, cue.end(), results)
        if _holds(text, _SHARED_WORDS):
            for cue in self._SHARED.finditer(text):
                words = _trim(text, _words(text, cue.end(), 5))
                if (words and self._SHARED_END.match(text, words[-1][1]) and _unusual(text, words)
                        and not _HOST_AFTER.match(text, words[-1][1])
                        and not any(_URL_SCHEME.match(text, start) for start, _ in words)):
                    self._add(results, words)
        if _holds(text, _CLOSING_WORDS):
            for cue in self._CLOSING.finditer(text):
                words = _trim(text, _words(text, cue.end(), 4))
                if words and self._LINE_END.match(text, words[-1][1]) and _unusual(text, words):
                    self._add(results, words)
        return results

    def _add(self, results: list[RecognizerResult], words: list[tuple[int, int]]) -> None:
        results.append(RecognizerResult("PERSON", words[0][0], words[-1][1], self.SCORE))

    def _subject(self, text: str, lowered: str, pos: int, results: list[RecognizerResult]) -> None:
        """A name right before its identifier: "on ana de la cruz medical record number"."""
        words = _words(lowered, pos, 6)  # the dictation may capitalise the name
        for n in range(1, len(words) + 1):  # the first run that reaches the identifier
            if self._id_after.match(text, words[n - 1][1]):
                self._add(results, words[:n])
                return

    def _relative(self, text: str, pos: int, results: list[RecognizerResult]) -> None:
        """A relative's name, up to a verb or a break: "the patients wife ana ruiz was present"."""
        words = _words(text, pos, 4)
        for n in range(1, len(words) + 1):
            end = words[n - 1][1]
            if _BREAK.match(text, end) or _verb_after(text, end):
                if _unusual(text, words[:n]):
                    self._add(results, _trim(text, words[:n]) or words[:n])
                return


# "images sent to remote diag at 10.2.3.4": what is reached at a network address is a machine, not a person
_HOST_AFTER = re.compile(r"[ \t]+at[ \t]+\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")
# "images sent to shoreside teleradiology https://...": what a link is sent to is a system, not a person
_URL_SCHEME = re.compile(r"(?i:https?|s?ftp)://")


def _holds(text: str, cue_words: tuple[str, ...]) -> bool:
    """Whether the text holds one of a cue's words (as a word): a text without any skips the cue's search."""
    return any(word in text_forms(text)[1] for word in cue_words)


def _verb_after(text: str, end: int) -> bool:
    """A verb follows ``end`` ("... looked it up", "... was present"); an "-ed" word only if it is a
    known English word ("ahmed" is a name, not a verb)."""
    match = _VERB_AFTER.match(text, end)
    return bool(match) and (not match.group(0).endswith("ed") or match.group(1) in _AUX
                            or is_common_word(match.group(1)))


_VERB_AFTER = re.compile(r"[ \t]+(" + _VERB.pattern + ")")
_AUX = frozenset("will would is was were are has had have can could may might should must and said".split())


# each cue's words, between spaces as ``text_forms`` spells a text's words ("d/w" is " d w ")
_RELATIVE_WORDS = tuple(f" {w} " for w in """wife husband son daughter mother father sister brother spouse partner
fiance
fiancee boyfriend girlfriend granddaughter grandson grandmother grandfather grandma grandpa grandchild niece nephew aunt
uncle cousin friend neighbor neighbour caregiver carer guardian roommate companion mom mum dad stepson stepdaughter
stepmother stepfather step ex significant twin""".split())
_SHARED_WORDS = tuple(f" {w} " for w in """discussed reviewed went spoke spoken talked conferred communicated relayed
conveyed reported read confirmed d notified informed paged called copy cc ccd copied results sent faxed""".split())
_CLOSING_WORDS = tuple(f" {w} " for w in """thank thanks thx ty regards best sincerely cheers love respectfully warmly
take gratefully""".split())
