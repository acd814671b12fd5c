"""Addresses read aloud: e-mail and web addresses, street addresses with a spoken house number, extensions.

- an e-mail address as speech recognition writes it: "j dot smith at mercy health dot org", "patel underscore
  ays at riverside reg dot org" (the domain may be two or three words: the speaker says the name, not the
  letters); a web address with "slash": "h t t p s colon slash slash mercy health dot org slash results",
  "www dot bayview ortho dot org", "northgate fhc dot org slash records";
- a street address whose house number is spoken: "six thousand one hundred fifty-five Old Mill Road",
  "four eighty-two Cedar Hollow Drive", and the unit after any street: ", apartment seventeen D", ", suite one
  oh one"; a street named as where a place is ("the one on Maple Street");
- an extension typed after a dialling word of a log or a call: "dial=3060", "callback 2677", "pls call rad 4071"
  (not "ext. 5508" or "x4423" after a staff member's e-mail or name: a desk's line, no patient's).
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_TLD = r"(?:com|org|net|edu|gov|ca|uk|us|io|info|health)"
_LOWER = r"[a-z0-9]+"
_USER = r"[a-z0-9][a-zA-Z0-9]*"
# words of the sentence around a spoken address, never its first part: "directions are at ...", "I tried ..."
_NOT_WORD = (r"(?!(?:at|are|is|was|were|be|me|us|him|her|them|it|or|and|to|the|go|goes|email|mail|write|reach|"
             r"tried|try|visit|see|on|in|from|via|use|log|sign)\b)")
# the domain: one to three spoken words, more labels after "dot", then the top-level domain
_DOMAIN = rf"{_NOT_WORD}{_LOWER}(?:[ \t](?!at\b){_LOWER}){{0,2}}(?:[ \t]dot[ \t]{_LOWER}){{0,2}}?[ \t]dot[ \t]{_TLD}\b"
_SUFFIX = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Parkway|Pkwy|Way|Court|Ct|Place|Pl|"
           r"Circle|Cir|Terrace|Ter|Highway|Hwy|Square|Trail|Row|Crescent|Close|Pike|Loop)")
_WORD_SUFFIX = (r"(?:Street|Avenue|Road|Boulevard|Drive|Lane|Parkway|Way|Court|Place|Circle|Terrace|Highway|Square|"
                r"Trail|Row|Crescent|Close|Pike|Loop)")
_NUM = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
        r"thousand)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b")
_STREET_NAME = rf"(?:[A-Z][a-z]+\.?|Jr\.?|St\.?)(?:[ \t](?:[A-Z][a-z]+|Jr\.?|St\.?)){{0,4}}[ \t]{_SUFFIX}\b"


class SpokenWebAddressRecognizer(RegexRecognizer):
    """EMAIL and web addresses read aloud (one type: the span is what matters)."""

    ENTITY = "EMAIL"
    SCORE = 0.85
    PATTERNS = (
        # e-mail: the user part joined by "dot"/"underscore"/"dash", "at", the domain
        # (the user part may end in digits a scan reading turned into letters: "oluwaseun10" read "oluwaseunlO")
        rf"(?<![\w.-]){_NOT_WORD}{_USER}(?:[ \t](?:dot|underscore|dash)[ \t]{_USER}){{0,3}}[ \t]at[ \t]{_DOMAIN}",
        # web address: a scheme, "www" or a path says it is one
        rf"(?<![\w.-])(?:h[ \t]t[ \t]t[ \t]p(?:[ \t]s)?[ \t]colon[ \t]slash[ \t]slash[ \t](?:www[ \t]dot[ \t])?"
        rf"{_DOMAIN}|www[ \t]dot[ \t]{_DOMAIN}|{_DOMAIN}(?=[ \t]slash[ \t]))(?:[ \t]slash[ \t]{_LOWER})*",
    )


class SpokenStreetRecognizer(RegexRecognizer):
    """STREET_ADDRESS: a spoken house number and street, a unit after a street, a street a place is on."""

    ENTITY = "STREET_ADDRESS"
    SCORE = 0.85
    PATTERNS = (
        rf"(?<![\w-])(?i:{_NUM}(?:[ \t]+(?:and[ \t]+)?{_NUM}){{0,5}})[ \t]+(?:[A-Z][a-z]+|Jr\.?|St\.?)"
        rf"(?:[ \t](?:[A-Z][a-z]+|Jr\.?)){{0,4}}[ \t]{_WORD_SUFFIX}\b",
        # a street named the French or Spanish way, its kind first: "seven Rue Saint-Denis", "nine Calle Ocho"
        rf"(?<![\w-])(?i:{_NUM}(?:[ \t]+(?:and[ \t]+)?{_NUM}){{0,5}})[ \t]+(?:Rue|Calle|Avenida|Chemin|Via)"
        r"[ \t][A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}",
        # the unit after a street, spoken or typed: ", apartment seventeen D", ", suite one oh one", ", unit 4B"
        rf"\b{_SUFFIX}\.?,?[ \t]+(?P<phi>(?i:apartment|apt|unit|suite|ste|lot|space|room)\.?[ \t]+"
        rf"(?:(?i:{_NUM})(?:[ \t]+(?i:{_NUM}))*"
        r"(?:[ \t][A-Z]\b)?|#?[0-9]{1,5}[A-Z]?\b|[A-Z]\b))",
        # the street a place is on: "the one on Maple Street", "the pharmacy on Birch Run Parkway"
        rf"\b(?i:the[ \t]+one|pharmacy|clinic|office|location|branch)[ \t]+on[ \t]+(?P<phi>{_STREET_NAME})",
    )


class DialledExtensionRecognizer(RegexRecognizer):
    """PHONE: a four- or five-digit number after a dialling word: "dial=3060", "callback 2677"."""

    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:dial|dialed|dialled|callback|call-back|call[ \t]+(?:rad|radiology|me|us))"
                r"[ \t]*[=:.#]?[ \t]*"
                r"(?P<phi>[0-9]{4,5})(?!\w|[.:/-]\w|,\d)",)
