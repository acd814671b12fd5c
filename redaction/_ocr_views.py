"""OCR views: text read off an image, its letter/digit confusions read back, same length and offsets.

OCR swaps look-alike glyphs: "0l/2B/Z4" for a date, "TREM8LAY" or "Ha1e" for a name, "172.27,128.1B4" for an
address. Every view here keeps the text's length, so a span found in a view masks the same characters of the
original. A token is re-read only where it mixes letters and digits the way OCR does, never a code such as
"MR641ZO99", "T12", "L5-S1", "BRCA1" or "Tc99m".

- ``ocr_view``: the text the analysis reads. Words with look-alike digits among their letters ("Thist1cwood",
  "0SVALDO", "H0spital"), a lower-case l inside a capitalised word ("PlNECREST", "DELPHlNE"), month names with a
  one-glyph confusion ("Aprll", "Oct0ber"), and dotted quads with a comma or a look-alike ("10.239,203.146").
- ``ocr_digits``: the digit-reading view for number shapes ("9/2B/25", "21:3Z:51", "(S4l) S55-0l31"); the analyzer
  keeps only numeric spans that cover a re-read character.
"""

from __future__ import annotations

import re

from redaction.recognizers._first import guarded

# --- digit view: look-alikes inside a number-shaped token of two or more digits ---
_DIGIT_LIKE = "lIOoSBZ"
_DIGIT_MAP = str.maketrans(_DIGIT_LIKE, "1100582")
_OLD_MAP = str.maketrans("lIOoS", "11005")  # the look-alikes read back wherever the token mixes them
_NUMBER_TOKEN = re.compile(r"(?<![A-Za-z])(?=(?:[^\s]*?\d){2})(?:[\dlIOoS]|[BZ](?=\d))[\dlIOoSBZ/:.-]*"
                           r"(?:[\dlIOoS]|(?<=\d)[BZ])"
                           r"(?!(?![AaPp]\.?[Mm]\b)[A-Za-z])")
_NUMBER_TOKEN = guarded(_NUMBER_TOKEN)  # searched over whole texts: re skips to where a match can start
_MIXED = re.compile(r"\d[-/.:]?[lIOoSBZ]|[lIOoSBZ][-/.:]?\d")


def ocr_digits(text: str) -> str:
    """``text`` with digit look-alikes inside number-shaped tokens read as digits (same length)."""
    if not any(c in text for c in _DIGIT_LIKE):
        return text
    return _NUMBER_TOKEN.sub(lambda m: _digits(m.group(0)) if _MIXED.search(m.group(0)) else m.group(0), text)


# B and Z read as 8 and 2 only touching a digit of a token with two digits of its own ("9/2B/25", "20Z4"):
# "BIO-844", "ZZ-6212235" and the cell "B2" keep their letters
_BZ = re.compile(r"(?<=\d)[BZ]|[BZ](?=\d)")


def _digits(token: str) -> str:
    if sum(c.isdigit() for c in token) >= 2:
        token = _BZ.sub(lambda m: m.group(0).translate(_DIGIT_MAP), token)
    return token.translate(_OLD_MAP)


# --- letter view: look-alike digits inside a word ---
# a word of its own: not a value glued to a key, path or address ("dev_sn=GX1P", "b1_b0fc", "a1@x")
# only a word holding a digit can change: the look-ahead spares a call per plain word (the same matches otherwise)
_WORD = re.compile(r"(?<![A-Za-z0-9=_/\\@#.-])(?=[A-Za-z]*\d)[A-Za-z0-9]{4,}(?![A-Za-z0-9_@=])")
_HEX = re.compile(r"[0-9a-fA-F]+")
_CASED = re.compile(r"[A-Z]+|[a-z]+|[A-Z][a-z]+")  # a word's letters as OCR keeps them: "SpO2" is a formula
_UPPER = str.maketrans("01258", "OIZSB")
_LOWER = str.maketrans("01258", "olzsb")
# a digit that reads as a letter: O, I/l, Z, B, S; any other digit marks a code ("MR641ZO99", "Tc99m")
_LETTER_DIGITS = frozenset("01258")


def _letter_word(word: str) -> str:
    """``word`` with its look-alike digits read as letters, where the word is letters with a few such digits."""
    letters = sum(c.isalpha() for c in word)
    digits = [i for i, c in enumerate(word) if c.isdigit()]
    if not digits or letters < 3 or len(digits) > 2 or len(digits) * 2 > letters:
        return word
    if any(word[i] not in _LETTER_DIGITS for i in digits):
        return word
    alpha = "".join(c for c in word if c.isalpha())
    caps = alpha.isupper()
    if _HEX.fullmatch(word) or not _CASED.fullmatch(alpha) or caps and letters < 5:
        return word  # hex ("a5ba", "8ffd"), mixed case ("SpO2", "wlhyRD1kQe"), short capitals ("SW1A" postcode)
    if word[-1].isdigit() and (caps or word[-2:] not in ("l1", "i1", "I1") and not word.endswith("0")):
        return word  # a trailing digit: a code ("BRCA1"), a login ("szaboy2"), a note mark ("Baker1"); OCR's "Hil1"
    if word[0].isdigit() and word[1].isupper() and not caps:
        return word  # "5October": a digit run into a capitalised word, not a misread capital
    out = list(word)
    for i in digits:
        if i == 0 and (word[0] not in "058" or not word[1:4].isalpha()):
            return word  # "0SVALDO", "8aker" read back; "1st", "2nd", "2Dcine" stay as written
        near = [c for c in (word[i - 1:i] + word[i + 1:i + 2]) if c.isalpha()]
        out[i] = word[i].translate(_UPPER if i == 0 or caps or all(c.isupper() for c in near) else _LOWER)
    return "".join(out)


# a lower-case l among capitals: "PlNECREST", "IMAGlNG", "MRl" (three capitals, no other lower case)
_CAPS_WITH_L = re.compile(r"(?<![A-Za-z0-9])(?=[A-Zl]*[A-Z][A-Zl]*[A-Z][A-Zl]*[A-Z])[A-Z]+l[A-Zl]*(?![A-Za-z0-9])")

# month names with one same-length OCR confusion (i/l/1, o/0, e/c): anchored on the literal month names
_MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
           "December")
_CONFUSABLE = {"i": "[il1]", "l": "[l1I]", "o": "[o0]", "e": "[ec]", "c": "[ce]"}


def _fuzzy(month: str) -> str:
    return month[0] + "".join(_CONFUSABLE.get(c, c) for c in month[1:])


_MONTH = re.compile(r"\b(?:" + "|".join(_fuzzy(m) for m in _MONTHS) + r")(?=\.?[ \t]*\d)")


def _month(match: re.Match[str]) -> str:
    word = match.group(0)
    return next(m for m in _MONTHS if len(m) == len(word) and re.fullmatch(_fuzzy(m), word))


# a dotted quad read with a comma for a dot or a look-alike for a digit: "172.27,128.1B4", "l0.1S1,78.72"
_QUAD = re.compile(r"(?<![\w.,])[\dlIOSBZ]{1,3}(?:[.,][\dlIOSBZ]{1,3}){3}(?![\w]|[.,][\dlIOSBZ])")


def _quad(match: re.Match[str]) -> str:
    quad = match.group(0)
    dots, digits = quad.count("."), sum(c.isdigit() for c in quad)
    if dots < 2 or digits < 7 or quad.translate(_DIGIT_MAP) == quad and "," not in quad:
        return quad
    return quad.translate(_DIGIT_MAP).replace(",", ".")


def ocr_view(text: str) -> str:
    """``text`` with OCR's letter/digit confusions in words, month names and dotted quads read back."""
    view = _CAPS_WITH_L.sub(lambda m: m.group(0).replace("l", "I"), text)
    view = _WORD.sub(lambda m: _letter_word(m.group(0)), view)
    view = _MONTH.sub(_month, view)
    return _QUAD.sub(_quad, view)
