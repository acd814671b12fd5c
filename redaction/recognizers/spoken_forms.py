"""PHI in transcribed speech and in a few written forms the other patterns do not read (round 11d).

* lower-case names in speech cued by the words around them: "this is <name> calling", "my mom <name> date of
  birth", "c'est <name> je vous appelle", "le docteur <name> m'a dit", "it's <name> birthday";
* a surname with a lower-case particle ("Ana dela Cruz", "dela Cruz, Ana"), a name written surname first before
  a date of birth ("Moreau-Diallo, Ines, date of birth ..."), a nickname ("(goes by Rick)");
* spoken e-mail addresses ("jdoe at clinic dot example dot org") and spoken ages over 89 ("she's ninety two");
* a building and apartment after a street ("12 Elm St Bldg 3, Apt 7"), a medical record number under a label
  with a parenthesis ("Medical record # (if known): 123 456 78"), French clock times ("à 14 h 05") and the end
  of a shift's time range ("sign-out 1900–0700").
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_W = r"(?!(?:dr|doctor|docteur|the|a|your|my|calling|je|from)\b)[a-zà-ÿ][a-zà-ÿ'’-]+"
_UCAP = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
_TLD = r"(?:com|org|net|edu|gov|example|ca|uk|us|io)"


class SpokenNameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        (rf"\b(?:this[ \t]is|c['’]est|it['’]s|its)[ \t]+(?P<phi>{_W}(?:[ \t]{_W}){{1,2}})[ \t]+(?:calling|je|"
        r"j['’]appelle|birthday|date[ \t]of[ \t]birth|dob|born)\b"),
        (rf"\bmy[ \t]+(?:mom|mum|mother|dad|father|husband|wife|son|daughter|grandma|grandmother|grandpa|"
        rf"grandfather|sister|brother)[ \t]+(?P<phi>{_W}(?:[ \t]{_W}){{1,2}})[ \t]+(?:date[ \t]of[ \t]birth|dob|born|"
        r"birthday)\b"),
        (rf"\b(?:le|la)[ \t]+(?:docteur|docteure|dr|médecin)[ \t]+(?P<phi>{_W}(?:[ \t]{_W})?)[ \t]+"
        r"(?:m['’]a|a[ \t]dit|qui|nous)\b"),
        # a surname with a lower-case particle
        r"\b(?P<phi>(?:dela|della|van[ \t]der|van[ \t]den|von[ \t]der|de[ \t]los)[ \t][A-ZÀ-Þ][a-zà-ÿ]+)\b",
        rf"(?<=[A-Za-z][ \t])(?P<phi>de[ \t]la[ \t][A-ZÀ-Þ][a-zà-ÿ]+)(?=,|[ \t]{_UCAP}|$)",
        # "Moreau-Diallo, Ines, date of birth"
        (rf"(?<![\w,][ \t])(?<![\w,])(?P<phi>{_UCAP},[ \t]{_UCAP}(?:[ \t]{_UCAP})?),?[ \t]+(?:date[ \t]of[ \t]birth|"
        r"DOB|born)\b"),
        rf"\((?:goes[ \t]by|prefers|aka|a\.k\.a\.|called|nickname:?)[ \t]+(?P<phi>{_UCAP})\)",
    )


class SpokenEmailRecognizer(RegexRecognizer):
    ENTITY = "EMAIL"
    SCORE = 0.85
    PATTERNS = (
        (rf"\b[a-z0-9._-]+(?:[ \t]dot[ \t][a-z0-9_-]+)*[ \t]at[ \t][a-z0-9-]+(?:[ \t]dot[ \t][a-z0-9-]+)*?"
        rf"[ \t]dot[ \t]{_TLD}(?:[ \t]dot[ \t]{_TLD})?\b"),
    )


class SpokenOldAgeRecognizer(RegexRecognizer):
    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (
        (r"\b(?i:she['’]s|he['’]s|i['’]m|she[ \t]is|he[ \t]is|i[ \t]am)[ \t]+(?P<phi>(?i:ninety|one[ \t]hundred)"
        r"(?:[ \t-](?:and[ \t])?(?i:one|two|three|four|five|six|seven|eight|nine))?)\b"
        r"(?![ \t-]*(?i:percent|per|degrees?|mg|ml|minutes?|seconds?|days?|hours?|cm|mm|pounds?|lbs?|kg|beats|%))"),
    )


class BuildingUnitRecognizer(RegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (
        (r"\b(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Pkwy|Parkway|Way|Dr|Drive|Ter|Terrace|Ln|Lane|Ct|Court|"
        r"Pl|Place|Hwy|Highway|Cir|Circle)\.?[ \t]+(?P<phi>(?:Bldg|Building)\.?[ \t]\w{1,4}(?:,?[ \t](?:Apt|Unit|"
        r"Suite|Ste|#)\.?[ \t]?\w{1,5})?)\b"),
    )


class ParenLabelMrnRecognizer(RegexRecognizer):
    ENTITY = "MRN"
    SCORE = 0.85
    PATTERNS = (
        (r"\b(?i:medical[ \t]record|MRN|record)[ \t]*(?:#|number|no\.?)?[ \t]*\([^)\n]{1,24}\)[ \t]*[:#]?[ \t]*"
        r"(?P<phi>\d[\d \t-]{4,14}\d)\b"),
    )


class ClockFormRecognizer(RegexRecognizer):
    ENTITY = "DATE_TIME"
    SCORE = 0.85
    PATTERNS = (
        # French clock times after a date or "à": "15/10/2025 10 h 05", "à 16 h 55"
        r"(?:(?<=\d\d\d\d[ \t])|(?<=à[ \t]))(?P<phi>(?:[01]?\d|2[0-3])[ \t]?h[ \t]?[0-5]\d)\b",
        # a shift's time range: "sign-out ... 1900–0700"
        (r"\b(?i:sign-?out|shift|on[ \t]call|overnight)\b[^\n]{0,40}?\b(?P<phi>(?:[01]\d|2[0-3])[0-5]\d[ \t]?[–-]"
        r"[ \t]?(?:[01]\d|2[0-3])[0-5]\d)\b"),
    )
