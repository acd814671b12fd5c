"""People in speech-recognition (dictation) system logs, where names come in whatever case the machine wrote them:

- a dictation's audio file named after the patient, surname then given name before the date:
  ``audio-file=ROE_ANN_20240101.wav``, ``rec: roe_ann_20240101_0931.m4a``. Each name part is masked on its own,
  a surname that is a word or an eponym ("LONG", "PARKINSON") included: the file's shape is the cue;
- the quoted value of a log event that says the patient's name was spoken or misrecognised:
  ``patient-name-spoken acc=123 text="ann roe"``, ``name_misrecognized heard="ann row"``, or a value flagged as
  PHI in the dictated body (``text="ann roe" flag=PHI_IN_BODY``). Only a value shaped like a name (one to four
  words of letters) is masked, so a quoted finding or a misheard term stays.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction._denylist import abbreviations
from redaction.recognizers._base import RegexRecognizer

# audio formats of dictation systems and recorders
_AUDIO_EXT = r"(?i:wav|mp3|m4a|aac|ogg|oga|opus|flac|wma|amr|dss|ds2|dct|aiff?)"
_LETTERS = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
# words an audio file's name holds that are no one's name: kinds of recording, sides, takes
_FILE_WORDS = frozenset("""audio dictation dict dictated recording rec voice memo note notes take part track file
draft final addendum prelim report study exam clip test sample session job batch upload""".split())


class AudioFileNameRecognizer(RegexRecognizer):
    """``SURNAME_GIVEN_YYYYMMDD.wav``: the two name parts of a dictation's audio file, each its own span."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?<![\w.-])(?P<phi>{_LETTERS}_{_LETTERS})_(?:19|20)\d{{6}}(?:[_-][A-Za-z0-9]+)*"
                rf"\.{_AUDIO_EXT}\b",)

    def keep(self, text: str, start: int, end: int) -> bool:
        parts = [p.lower() for p in text[start:end].split("_")]
        return not any(p in _FILE_WORDS or p in abbreviations() for p in parts)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        out = []
        for found in super().analyze(text, entities, nlp_artifacts):
            cut = text.index("_", found.start, found.end)
            out.append(RecognizerResult(self.ENTITY, found.start, cut, found.score))
            out.append(RecognizerResult(self.ENTITY, cut + 1, found.end, found.score))
        return out


# a name: one to four words of letters (particles and initials with a dot included)
_NAME_VALUE = rf"(?P<phi>{_LETTERS}\.?(?:[ \t]{_LETTERS}\.?){{0,3}})"
_VALUE_KEY = r"(?i:text|heard|spoken|transcript|transcribed|recognized|recognised|value|said)"


class SpokenPatientNameRecognizer(RegexRecognizer):
    """The quoted value of a dictation log event about the patient's name being spoken or misrecognised."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        r"\b(?i:patient[-_ ]name[-_ ](?:spoken|dictated|said|heard|misrecogni[sz]ed|detected)|"
        r"name[-_ ](?:spoken|dictated|misrecogni[sz]ed)|spoken[-_ ]patient[-_ ]name)\b[^\n\"']{0,80}?"
        rf"\b{_VALUE_KEY}[ \t]*[=:][ \t]*[\"']{_NAME_VALUE}[\"']",
        rf"\b{_VALUE_KEY}[ \t]*[=:][ \t]*[\"']{_NAME_VALUE}[\"'][ \t]+(?i:flag|tag|reason)[ \t]*[=:][ \t]*"
        r"(?i:phi[-_ ]in[-_ ]body|patient[-_ ]name|phi[-_ ]name|name[-_ ]in[-_ ]body)\b",
    )


class SignerLoginRecognizer(RegexRecognizer):
    """A log's ``user=`` login built from the name signed on the same line, whatever word it spells:
    ``user=longs sign-off Ann Long MD`` (the login holds the signer's surname or given name)."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (r"(?<![\w-])(?i:user|login|userid|user_id)[ \t]*=[ \t]*(?P<phi>[A-Za-z][\w.-]{1,30}[A-Za-z0-9])"
                r"(?![\w@-])[ \t]+(?i:sign-?off|signed(?:[ \t]+by)?|signer|dictated[ \t]+by|author)[ \t]*[:=]?[ \t]*"
                r"(?P<who>[A-Z][a-z'’]+(?:[ \t][A-Z][A-Za-z'’-]+){1,3})",)

    def keep(self, text: str, start: int, end: int) -> bool:
        line_end = text.find("\n", end)
        rest = text[end:line_end if line_end >= 0 else len(text)]
        found = re.search(r"[A-Z][a-z'’]+(?:[ \t][A-Z][A-Za-z'’-]+){1,3}", rest)
        if found is None:
            return False
        login = re.sub(r"[^a-z]", "", text[start:end].lower())
        names = [re.sub(r"[^a-z]", "", w.lower()) for w in found.group().split()]
        return any(len(n) >= 4 and n in login for n in names)
