"""Recall-first safety nets behind the precise recognizers: capitalised words that are not words.

The precise recognizers find a name by its context (a title, a label, a sign-off). A report from a
new system puts names where no pattern expects them, so these recognizers judge the word itself: a
capitalised word that is not English, not clinical vocabulary, not an eponym and not shaped like a
medical term ("Hypoattenuating", "Periventricular") is, in a radiology document, a name or a place.
Likewise an ALL-CAPS token that is no known abbreviation is a site's initials ("KPCH", "MSOSI"), and
two or three capitals right before "agrees" or after "transcribed by" are someone's initials.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction._denylist import (
    PLACE_AND_DATE_WORDS,
    abbreviations,
    clinical_words,
    eponym_nouns,
    is_clinical,
    not_name_words,
)
from redaction._vocabulary import has_vocabulary, is_common_word, is_eponym, is_known_word
from redaction._wordshape import is_unknown_word, medical_form
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers._first import guarded
from redaction.recognizers.given_names import given_names, surnames
from redaction.recognizers.names import CREDENTIALS

# A proper-case word: "Kobby", "O'Neil", "McAllister", "Okonkwo-Eze", "Min-jun".
_PROPER = r"(?:[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z]?[a-z]+)*"
_CANDIDATE = re.compile(rf"(?<![A-Za-z0-9'@./_-])({_PROPER})(?![A-Za-z0-9@_]|-\w|'[A-RT-Za-rt-z])")
_CANDIDATE = guarded(_CANDIDATE)  # searched over whole texts: re skips to where a match can start
# an ALL-CAPS word of four or more letters: "BLENKINSOP", "O'ROURKE", "ACHTERBERG-NYE"
_CAPS_CANDIDATE = re.compile(r"(?<![A-Za-z0-9'@./_-])((?:[A-Z]')?[A-Z]{4,}(?:-[A-Z]{2,})*)"
                             r"(?![A-Za-z0-9@_]|-\w|'[A-Z])")
_CAPS_NEXT = re.compile(r" ((?:[A-Z]')?[A-Z][A-Z'-]*\.?)(?![A-Za-z'-])")
_CAPS_PREV = re.compile(r"(?<![A-Za-z'-])((?:[A-Z]')?[A-Z][A-Z'-]*\.?) $")
# Surname particles between name words ("Ludwig von Arnim", "Maria de la Cruz", "Siobhan Ni Bhriain").
_PARTICLE = re.compile(r"(?:van|von|der|den|de|del|della|la|le|los|las|da|das|do|dos|di|du|zu|zum|ter|ten|bin|ibn|"
                       r"al|el|ben|ap|Ni|Nic|Mac|Mc|O|St\.?)$")
_INITIAL = re.compile(r"[A-Z]\.?$")
# the words of one name are one space apart; two spaces or a tab separate fields ("Ana Ruiz   Member ID")
_NEXT_WORD = re.compile(r" ((?:[A-Z]')?[A-Za-z][A-Za-z'-]*\.?)(?![A-Za-z'-])")
_PREV_WORD = re.compile(r"(?<![A-Za-z'-])((?:[A-Z]')?[A-Za-z][A-Za-z'-]*\.?) $")
# words right before a name or a site in capitals: "PATIENT BLENKINSOP", "DR. WICKERSHAM", "SEEN AT KPCH"
_NAME_CUE = re.compile(r"\b(?:PATIENT|PT|NAME|DR|MR|MRS|MS|MISS|BY|FOR|RE|TO|WITH|FROM|AT|SITE|LOCATION|FACILITY|"
                       r"HOSPITAL|CONTACT|CALLED|NOTIFIED|SPOKE)\.?:?[ \t]*$|[\[|@][ \t]*$")
_SCORE_AFTER = re.compile(r"[ \t]+\d(?:\.\d)?(?:[ \t]*[/+][ \t]*\d)?(?=[.,;:)][ \t\n]|[.,;:)]?$)")
_ROMAN = re.compile(r"[IVX]{1,5}[A-Fa-f]?")
_HL7_LINE = re.compile(r"[A-Z][A-Z0-9]{2}\|")
# the noun after an eponym ("Nissen fundoplication", "Forestier disease"): a clinical term, not a person
_NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:[IVX]{1,4}[A-F]?[ \t]+)?([a-z][a-z-]+)")


_CREDENTIAL = re.compile(CREDENTIALS)
_LETTER_PREFIX = re.compile(r"[A-Za-z]-[a-z]")
# a credential and one space (or a comma) right before a token: the token is the next degree of the same run
# ("MB BCh BAO", "A. Baker, RT(R), CBDT"), or its subject in brackets ("MMed (Fam Med)", "DNB (Radiodiagnosis)")
_AFTER_CREDENTIAL = re.compile(rf"(?<![A-Za-z]){CREDENTIALS},?[ \t]\(?\Z")
_ABBREVIATED_LABEL_AFTER = re.compile(r"\.[ \t]*(?:No\.|Number\b)")
_REGISTRATION_AFTER = re.compile(r"[ \t]+Reg(?:n|istration)?\.?[ \t]*(?:No\.?|Number|#)")
# a grade or score right after an ALL-CAPS token: a named scale ("AAST 4)", "ASIA 2,"), not a site or a person
_CAPS_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}(?:\.\d)?[A-Ea-e]?(?=[.,;:)\]][ \t\n]?|$)")


def _name_part(word: str) -> bool:
    """A capitalised word that can stand beside an unknown one in a name ("Maria" in "Maria Novotna")."""
    bare = word.rstrip(".").lower()
    if _CREDENTIAL.fullmatch(word.rstrip(".,")):
        return False  # "Ada Quill MBChB": a degree after the name is not part of it
    if _LETTER_PREFIX.match(word):
        return False  # "L-spine", "C-arm", "T-tube": a letter-prefixed term, not a given name
    return (word[:1].isupper() and any(c.islower() for c in word) and bare not in clinical_words()
            and bare not in not_name_words() and bare not in PLACE_AND_DATE_WORDS and not medical_form(word))


def _typing_slip(word: str) -> bool:
    """A common word of six letters or more with two neighbouring letters swapped ("Bsaeline", "SAFTEY",
    "Mialbox"): a typing slip in a heading or a label, not a name (a census name is never judged one)."""
    lower = word.lower()
    if len(lower) < 6 or not lower.isalpha() or lower in given_names() or lower in surnames():
        return False
    return any(is_common_word(lower[:i] + lower[i + 1] + lower[i] + lower[i + 2:])
               for i in range(1, len(lower) - 1) if lower[i] != lower[i + 1])


class ResidualNameRecognizer(EntityRecognizer):
    """A capitalised word no vocabulary knows, with the capitalised words and particles around it."""

    SCORE = 0.55

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="ResidualNameRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        if not has_vocabulary():
            return []
        results = []
        for match in _CANDIDATE.finditer(text):
            word = match.group(1)
            if not is_unknown_word(word):
                continue
            if _FIELD_LABEL.match(text, match.end()) and _at_field_start(text, match.start()):
                continue  # a field label ("Ziekenhuisnr:", "UHID : ") at a line or column start
            noun = _NOUN_AFTER.match(text, match.end())
            if noun and (noun.group(1) in eponym_nouns() or medical_form(noun.group(1))):
                continue
            if _SCORE_AFTER.match(text, match.end()):
                continue  # "Fazekas 2.", "Kanavel 3;": a named scale and its score
            if text.startswith("(", match.start() - 1) and _in_credential_run(text, match.start()):
                continue  # "MMed (Fam Med)": a degree's subject
            if _ABBREVIATED_LABEL_AFTER.match(text, match.end()):
                continue  # "Reg. No. 03309", "Cert. No.": a label's abbreviated word
            start, end = self._extend(text, match.start(), match.end())
            if (start, end) == match.span() and _typing_slip(word):
                continue  # a lone mistyped word ("Bsaeline"); beside a name ("Brohter Eero") the name still counts
            if is_clinical(text[start:end], text[end:end + 40]) or _payer(text, start, end):
                continue
            results.append(RecognizerResult("PERSON", start, end, self.SCORE))
        for match in _CAPS_CANDIDATE.finditer(text):
            word = match.group(1)
            if word.lower() in abbreviations() or not is_unknown_word(word.capitalize()):
                continue
            if text.startswith(":", match.end()) and _at_line_start(text, match.start()):
                continue
            if (_in_credential_run(text, match.start()) or _CAPS_SCORE_AFTER.match(text, match.end())
                    or _credential_after_name(text, match.start(), match.end())):
                continue  # "Itzel Papadopoulos, CHFP": a certification after the name and its comma
            start, end = self._extend_caps(text, match.start(), match.end())
            if (start, end) == match.span() and _typing_slip(word):
                continue
            if (start, end) == match.span() and _all_caps_line(text, start) and not _NAME_CUE.search(
                    text, max(0, start - 16), start):
                continue  # a lone unknown word in an all-capitals report is more often a term than a name
            if not is_clinical(text[start:end], text[end:end + 40]):
                results.append(RecognizerResult("PERSON", start, end, self.SCORE))
        return results

    @staticmethod
    def _extend_caps(text: str, start: int, end: int) -> tuple[int, int]:
        """The ALL-CAPS words around an unknown one: "HORATIO BLENKINSOP", "DE WINTER ACHTERBERG"."""
        for _ in range(2):
            following = _CAPS_NEXT.match(text, end)
            if not following or not _caps_name_part(following.group(1)):
                break
            end = following.end() - (1 if following.group(1).endswith(".") else 0)
        for _ in range(2):
            preceding = _CAPS_PREV.search(text, max(0, start - 40), start)
            word = preceding.group(1) if preceding else ""
            if not preceding or not (_caps_name_part(word) or _PARTICLE.match(word.title())):
                break
            start = preceding.start(1)
        return start, end

    @staticmethod
    def _extend(text: str, start: int, end: int) -> tuple[int, int]:
        """Grow over neighbouring given names, initials and particles: up to two words each side."""
        for _ in range(3):
            following = _NEXT_WORD.match(text, end)
            if not following:
                break
            word = following.group(1)
            if _PARTICLE.match(word) and _NEXT_WORD.match(text, following.end()):
                after = _NEXT_WORD.match(text, following.end())
                if after.group(1)[:1].isupper() and _name_part(after.group(1)):
                    end = after.end()
                    continue
                break
            if _name_part(word) and not word.endswith("."):
                end = following.end()
                continue
            break
        for _ in range(3):
            preceding = _PREV_WORD.search(text, max(0, start - 40), start)
            if not preceding:
                break
            word = preceding.group(1)
            if word.endswith(".") and not (_INITIAL.fullmatch(word) or _PARTICLE.match(word)):
                break  # "Tendinosis. Syndesmophytes": the end of a sentence, not an initial
            if _INITIAL.fullmatch(word) or _PARTICLE.match(word) or _name_part(word):
                if _is_sentence_word(text, preceding.start(1), word):
                    break
                start = preceding.start(1)
                continue
            break
        return start, end


# a health insurer (payer), named after its label or by its corporate word: organisations, not people
_PAYER_LABEL = re.compile(r"(?i)\b(?:payer|payor|insurer|insurance|carrier)[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
_INSURER_WORD = re.compile(r"(?:Mutual|Assurance|Insurance|Life)\Z")


def _payer(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a health insurer: "Payer: Acme Mutual", "Kestrel Life / insurer policy"."""
    return bool(_INSURER_WORD.search(text, start, end) or _PAYER_LABEL.search(text, max(0, start - 16), start))


def _in_credential_run(text: str, start: int) -> bool:
    """The token at ``start`` follows a credential in the same run of degrees ("RT(R), CBDT")."""
    return bool(_AFTER_CREDENTIAL.search(text[max(0, start - 16):start]))


def _caps_name_part(word: str) -> bool:
    """An initial, or another ALL-CAPS word no vocabulary knows (in capitals, English words are headings)."""
    bare = word.rstrip(".")
    return len(bare) == 1 or bare.lower() not in abbreviations() and is_unknown_word(bare.capitalize())


def _all_caps_line(text: str, index: int) -> bool:
    """The line around ``index`` has no lower-case letter (a heading, or a report typed in capitals)."""
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index)
    return not any(c.islower() for c in text[line_start:line_end if line_end >= 0 else len(text)])


# a field label's end: "Ziekenhuisnr:", "UHID : ", "Versichertennr.:", "Reg. time :", "Henvisende laege:"
_FIELD_LABEL = re.compile(r"\.?(?:[ \t]+[A-Za-z][a-z]*\.?)?[ \t]*:(?![\d/])")
_COLUMN_GAP = re.compile(r"(?:[ \t]{2,}|\t|\||^)\Z")


def _at_field_start(text: str, index: int) -> bool:
    """``index`` opens a line or a column (after two spaces, a tab or a bar): where a field label stands."""
    return bool(_COLUMN_GAP.search(text[max(0, index - 8):index])) or _at_line_start(text, index)


def _at_line_start(text: str, index: int) -> bool:
    return not text[text.rfind("\n", 0, index) + 1:index].strip()


def _is_sentence_word(text: str, index: int, word: str) -> bool:
    """A capitalised function word opening a sentence ("The", "Per") is not a given name."""
    return word.rstrip(".").lower() in not_name_words()


# registration and interpreting codes: first/last name unknown, video/over-the-phone remote interpreting
_REGISTRATION_CODES = frozenset({"FNU", "LNU", "VRI", "OPI"})
_LABEL_AFTER = re.compile(r"[ \t]+[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?[ \t]*:")


def _line_opens(text: str, start: int) -> bool:
    return not text[max(text.rfind("\n", 0, start) + 1, 0):start].strip()


class ResidualAcronymRecognizer(RegexRecognizer):
    """An ALL-CAPS token of three to seven letters that is no abbreviation or word: a site's initials."""

    ENTITY = "FACILITY"
    SCORE = 0.55
    PATTERNS = (r"(?<![A-Za-z0-9'@./_-])[A-Z]{3,7}(?:-[A-Z][A-Za-z]+)?(?![A-Za-z0-9'@_]|-\d|\.\d)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        token = text[start:end]
        if not has_vocabulary() or _ROMAN.fullmatch(token):
            return False
        head = token.split("-")[0]
        if is_common_word(head) or is_eponym(head) or medical_form(head) or head in _REGISTRATION_CODES:
            return False
        if _LABEL_AFTER.match(text, end) and _line_opens(text, start):
            return False  # "REG CLERK:  jdoe", "ADT EVENT: A08": an abbreviation opening a field's label
        if (_in_credential_run(text, start) or _CAPS_SCORE_AFTER.match(text, end)
                or _credential_after_name(text, start, end)):
            return False  # one degree of a run ("MB BCh BAO", "RT(R), CBDT"), or a scale and its grade ("AAST 4)")
        if _REGISTRATION_AFTER.match(text, end):
            return False  # "KMC Reg. No. 03309": a council that registers the doctor, not a site
        line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        if _HL7_LINE.match(text, line_start):
            return False  # coded HL7 fields ("MCD", "WIF") are the field recognizer's
        # in an all-capitals line only a site cue ("AT", "SITE:") says an unknown acronym is a place
        return not _all_caps_line(text, start) or bool(_NAME_CUE.search(text, max(0, start - 16), start))


class NonLatinNameRecognizer(RegexRecognizer):
    """Words in a non-Latin script (Cyrillic, Greek, Arabic, Hebrew, Indic, Thai, Georgian, Ethiopic, Hangul,
    kana, Han): in an English radiology document these are a name or a place written in its own script
    ("Олег Петров", "李娜"). Greek letters in ones and twos are symbols ("β-hCG", "μm", "αβ T cells") and are left
    alone."""

    ENTITY = "PERSON"
    SCORE = 0.6
    _SCRIPT = ("\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff"
               "\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
               "\uac00-\ud7af")
    PATTERNS = (rf"[{_SCRIPT}][{_SCRIPT}\u0300-\u036f'’.-]*(?:[ \u3000][{_SCRIPT}][{_SCRIPT}\u0300-\u036f'’.-]*)*",)

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1] in "'’.-":
            end -= 1
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        greek = all("\u0370" <= c <= "\u03ff" for c in text[start:end] if c.isalpha())
        return not greek or sum(c.isalpha() for c in text[start:end]) > 2


_AGREES = re.compile(r"[ \t]+(?:agrees|agreed|concurs|concurred|notified|acknowledged|aware|confirmed|verified|"
                     r"initialed|read\s+back)\b")


# hospital departments and units that a log says were notified or agreed ("ED notified", "ICU aware")
_AFTER_NAME_COMMA = re.compile(r"[A-Za-z.],[ \t]{1,2}\Z")


def _credential_after_name(text: str, start: int, end: int) -> bool:
    """A known credential right after a word and its comma: "Omar Katz, CRCR", "Ruth Yamamoto, CIRCC |"."""
    return bool(_CREDENTIAL.fullmatch(text, start, end) and _AFTER_NAME_COMMA.search(text, max(0, start - 3), start))
# a lower-case word (not a conjunction or "by") right before: "second US", "repeat CT", "fetal MRI"
_MODIFIER_BEFORE = re.compile(r"(?<![A-Za-z])(?!(?:and|or|by|with|per|to|from|cc)[ \t])[a-z]{3,}[ \t]+\Z")
_DEPARTMENTS = frozenset("ed er or ir icu nicu picu micu sicu ccu pacu".split())


class InitialsRecognizer(RegexRecognizer):
    """Someone's initials or surname where a log names its author: ``SM agrees``, ``transcribed by KM``,
    ``exported by BRODIE``."""

    ENTITY = "PERSON"
    SCORE = 0.8
    PATTERNS = (rf"(?<![A-Za-z0-9])(?P<phi>[A-Z]{{2,3}})(?={_AGREES.pattern})",
                r"\b(?i:transcribed|typed|entered|exported|initialed|keyed|scribed|prepared|compiled|uploaded|"
                r"pulled|printed|logged|witnessed|checked|verified)\s+by[ \t]*:?[ \t]*"
                r"(?P<phi>(?:[A-Z]\.){2,3}|[A-Z][A-Za-z'-]*(?:[ \t][A-Z][A-Za-z'-]+)?)",
                # "Tech initials: ks", "Typist: DBR"
                r"\b(?i:initials|typist|transcriptionist|scribe)[ \t]*:[ \t]*(?P<phi>[A-Za-z]{2,3}|(?:[A-Za-z]\.){2,3})"
                r"(?![A-Za-z])",
                # a dictation footer's author/typist initials ("JK/mm") and a sign-off's ("-- R.T.")
                # ... at a line's start or after a column gap: "Dictated 28/03/2024 typed 03/04/2024  KA/jk"
                r"(?m)(?:^|[ \t]{2,}|\t)(?P<phi>[A-Z]{2,4}/[a-z]{2,4})[ \t]*$",
                r"(?m)(?:--|—|–|^)[ \t]*(?P<phi>(?:[A-Z]\.[ ]?){2,3})[ \t]*$")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        words = text[start:end].split()
        if len(words) == 2 and (words[1].lower() in clinical_words() or words[1].lower() in not_name_words()
                                or is_known_word(words[1]) and words[1].isupper()):
            return start, start + len(words[0])
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        if _AGREES.match(text, end):
            # "MS agrees": initials, even when they spell an abbreviation; "ED notified": a department;
            # "Jane Roe, MD agrees": the credential after a name and its comma
            if _CREDENTIAL.fullmatch(text[start:end]) and _AFTER_NAME_COMMA.search(text, max(0, start - 3), start):
                return False
            if text[start:end].lower() in clinical_words() and _MODIFIER_BEFORE.search(text, max(0, start - 20), start):
                return False  # "a second US confirmed", "fetal MRI confirmed": a study, not someone's initials
            return text[start:end].lower() not in _DEPARTMENTS
        if text[start:end].lower() in ("no", "yes", "ok", "na", "n/a", "all", "none"):
            return False
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
            return words[0].lower() not in abbreviations()  # "transcribed by DR": initials, not "Dr."
        return not any(w.lower() in clinical_words() or w.lower() in not_name_words() for w in words)
