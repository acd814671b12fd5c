"""A learned scorer for people's logins written as machine tokens: ``jparker8``, ``odonnelp``, ``chidi_p``,
``stone.oksana``, ``RADNET\\mwangiy``, ``**@tyilmaz**`` — a lower-case word with at most one ``.``/``_`` separator
and a few trailing digits, in a log line, a review thread, a directory export or a CSV row.

Each candidate token gets feature strings for how it decomposes against the census given-name and surname lists
(initial + surname, surname + initial, given.surname, surname.given, given_initial, a truncated surname + initial),
its shape and character trigrams, and its context (the word and the character before and after it, a quoted value,
a ``|``-delimited field, ``@``, ``uid=``, ``DOMAIN\\``). A logistic regression (``model._fit``) trained by
``bench/train_login_tagger.py`` over dev/holdout/external_v* scores it; the analyzer masks tokens at or above the
``login_tagger`` threshold that no recognizer has covered. Never proposed, whatever the score: service accounts,
clinical or everyday words, abbreviations, code identifiers made of everyday words (``patient_id``), hosts, file
names, hex strings.

    tagger = LoginTagger.load()
    extra = tagger.person_spans(text, spans)
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from redaction._denylist import abbreviations, clinical_words
from redaction._spans import Span
from redaction._vocabulary import is_clinical_vocabulary, is_common_word
from redaction.learned.model import Model
from redaction.recognizers.given_names import given_names, surnames
from redaction.recognizers.login_fields import WELL_KNOWN_ACCOUNTS
from redaction.recognizers.login_names import SERVICE_PREFIX, SERVICE_WORDS

WEIGHTS = "login_tagger.json.gz"
SCORE = 0.85
# lower-case logins (``jparker8``, ``a_holloway``, ``ext_jroe``), camel-case ones (``YBrennan``) and upper-case ones
# that carry a separator or digits (``YUSUF_S``, ``ZSANDOVAL17``); a bare upper-case word is a heading or acronym
_TOKEN = re.compile(r"(?<![A-Za-z0-9_.'/$%&#+-])(?:(?:ext[._])?(?:[a-z][a-z']*[a-z](?:[._][a-z]+)?|[a-z]{2,}[._][a-z]"
                    r"|[a-z][._][a-z]{3,})|[A-Z]{1,2}[A-Z][a-z]{3,}"
                    r"|[A-Z]{2,}[._][A-Z]+|[A-Z][._][A-Z]{3,}|[A-Z]{4,}(?=\d))(\d{0,3})"
                    r"(?![A-Za-z0-9_'/-]|\.[A-Za-z0-9]|@|\()")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z\n]{0,4}$")
_WORD_AFTER = re.compile(r"[^A-Za-z\n]{0,4}([A-Za-z]+)")
_HEX = re.compile(r"^[a-f]+$")
_CHAR_CLASS = {"@": "at", "\\": "bs", "=": "eq", '"': "dq", "'": "sq", "(": "lp", ")": "rp", "[": "lb", "]": "rb",
               "|": "pipe", ":": "colon", " ": "sp", "\t": "tab", "\n": "nl", ",": "comma", "*": "star", "`": "bt",
               "<": "lt", ">": "gt", ";": "semi", "": "edge"}


@lru_cache(maxsize=1)
def _surname_prefixes() -> list[str]:
    """Sorted surnames of 6+ letters, to test whether a word is a surname cut short (``odonnel``, ``delacro``)."""
    return sorted(s for s in surnames() if len(s) >= 6 and s.isalpha())


def _truncated_surname(word: str) -> bool:
    if len(word) < 5:
        return False
    names = _surname_prefixes()
    i = bisect.bisect_left(names, word)
    return i < len(names) and names[i].startswith(word) and names[i] != word


def _name_kind(part: str) -> str:
    """``g`` given name, ``s`` surname, ``gs`` both, ``i`` an initial, ``w`` an everyday word, ``x`` other."""
    if len(part) == 1:
        return "i"
    g, s = part in given_names(), part in surnames()
    if g or s:
        return ("g" if g else "") + ("s" if s else "")
    return "w" if is_common_word(part) else "x"


@lru_cache(maxsize=65536)
def token_features(token: str) -> tuple[str, ...] | None:
    """The token's own features, or None when it is never a person's login (a service, clinical or everyday
    word, an abbreviation, an identifier of everyday words, a hex string). An upper- or camel-case token and an
    external account's ``ext_`` prefix are read as the lower-case login behind them, marked by a feature."""
    if token.islower() or not any(c.isalpha() for c in token):
        case = ""
    elif token.isupper():
        case = "case=upper"
    elif token[:1].isupper() and token[1:].rstrip("0123456789").islower():
        return None  # "Brennan", "Report": a capitalised word is prose, the name rules' business
    else:
        case = "case=camel"
    low = token.lower()
    prefix = ""
    if re.match(r"ext[._][a-z]", low):
        prefix, low = "pre=ext", low[4:]
    own = _lower_features(low)
    if own is None:
        return None
    return own + tuple(f for f in (case, prefix) if f)


def _two_words(word: str) -> bool:
    """``word`` is two everyday words of four letters or more run together, and no name or initial + surname."""
    if word in surnames() or word in given_names() or word[1:] in surnames() or word[:-1] in surnames():
        return False
    return any(is_common_word(word[:i]) and is_common_word(word[i:]) for i in range(4, len(word) - 3))


def _lower_features(token: str) -> tuple[str, ...] | None:
    bare = token.rstrip("0123456789")
    digits = len(token) - len(bare)
    parts = [p for p in re.split(r"[._]", bare) if p]
    sep = "." if "." in bare else "_" if "_" in bare else ""
    if not parts or len(bare.replace(".", "").replace("_", "")) < 3 or SERVICE_PREFIX.match(token):
        return None
    if any(p in SERVICE_WORDS or p in clinical_words() for p in parts):
        return None
    if _HEX.match(bare) and digits:
        return None
    kinds = [_name_kind(p) for p in parts]
    if all(k in ("w", "i") for k in kinds) and not (len(parts) == 2 and "i" in kinds and "w" in kinds
                                                      and (parts[0] in surnames() or parts[1] in surnames())):
        if len(parts) == 1 and not digits:
            return None  # "pending", "report": an everyday word
        if len(parts) > 1:
            return None  # "null_check", "patient.id"
    if len(parts) > 1 and not digits and all(is_common_word(p) and p not in given_names() for p in parts if len(p) > 1):
        return None  # "night_shift", "order.status": everyday words that are also census surnames
    if len(parts) == 1 and not digits and (bare in abbreviations() or is_clinical_vocabulary(bare)):
        return None
    if len(parts) == 1 and _two_words(bare):
        return None  # "frontdesk", "nightshift": two everyday words run together, a desk's or a role's account
    feats = [f"sep={sep}", f"dig={min(digits, 2)}", f"len={min(len(bare), 14) // 2}", "kinds=" + "+".join(kinds)]
    if len(parts) == 1:
        w = bare
        for kind, ok, rest in (("i+sur", len(w) >= 4, w[1:]), ("sur+i", len(w) >= 4, w[:-1]),
                               ("given+i", len(w) >= 4, w[:-1]), ("ii+sur", len(w) >= 5, w[2:]),
                               ("sur", True, w), ("given", True, w)):
            if ok and rest in (given_names() if kind.startswith("given") else surnames()):
                # "iface" = i + "face": the rest an everyday word is weak evidence
                feats.append(f"dec={kind}" + ("/w" if is_common_word(rest) else ""))
        if len(w) >= 6 and _truncated_surname(w[:-1]):
            feats.append("dec=trunc+i")
        if len(w) >= 6 and _truncated_surname(w[1:]):
            feats.append("dec=i+trunc")
        if is_common_word(w):
            feats.append("common")
    else:
        a, b = parts[0], parts[-1]
        feats.append(f"pair={kinds[0]}{sep}{kinds[-1]}")
        if len(a) == 1 or len(b) == 1:
            feats.append("initial" + sep)
        if any(is_common_word(p) for p in parts if len(p) > 1):
            feats.append("has_common")
        del a, b
    padded = f"^{bare}$"
    feats.extend("c3=" + padded[i:i + 3] for i in range(len(padded) - 2))
    return tuple(feats)


def _char(c: str) -> str:
    return _CHAR_CLASS.get(c, "alnum" if c.isalnum() else "punct")


def context_features(text: str, start: int, end: int) -> list[str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[max(line_start, start - 30):start], text[end:min(line_end, end + 30)]
    feats = [f"pc={_char(text[start - 1:start])}", f"nc={_char(text[end:end + 1])}",
             f"pc2={_char(text[start - 1:start])}_{_char(text[start - 2:start - 1])}",
             f"nc2={_char(text[end:end + 1])}_{_char(text[end + 1:end + 2])}"]
    m = _WORD_BEFORE.search(before)
    if m:
        feats.append("pw=" + m.group(1).lower())
        feats.append("pwx=" + m.group(1).lower() + "|" + _char(text[start - 1:start]))
    else:
        feats.append("pw=none")
    m = _WORD_AFTER.match(after)
    feats.append("nw=" + (m.group(1).lower() if m else "none"))
    line = text[line_start:line_end]
    if line.count("|") >= 2:
        feats.append("line=pipes")
    if line.count('","') >= 2:
        feats.append("line=csv_quoted")
    if re.search(r"\d{1,3}(?:\.\d{1,3}){3}", after):
        feats.append("ip_after")
    if re.search(r"\d{1,3}(?:\.\d{1,3}){3}", before):
        feats.append("ip_before")
    if start == line_start:
        feats.append("line_start")
    return feats


def document_tokens(text: str, wanted: Callable[[int, int, str], bool] | None = None
                    ) -> Iterable[tuple[int, int, str, list[str]]]:
    for m in _TOKEN.finditer(text):
        start, end, token = m.start(), m.end(), m.group()
        if wanted is not None and not wanted(start, end, token):
            continue
        own = token_features(token)
        if own is None:
            continue
        context = context_features(text, start, end)
        # context crossed with whether the token spells a name: "| pacsweb2 |" and "| parkerc |" share a layout
        mark = "N:" if _named(own) else "U:"
        yield start, end, token, [*own, *context, *(mark + f for f in context)]


def _named(feats: tuple[str, ...]) -> bool:
    """The token decomposes into census names (or a word and an initial)."""
    return any((f.startswith("dec=") and not f.endswith("/w"))
               or (f.startswith("pair=") and any(k in f[5:] for k in "gsi")) for f in feats)


class LoginTaggerUnavailable(RuntimeError):
    """The login tagger's weights file is missing or is not one."""


class LoginTagger:
    def __init__(self, model: Model, threshold: float = 0.9) -> None:
        self.model = model
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path | None = None, threshold: float = 0.9) -> LoginTagger:
        source = Path(path) if path is not None else resources.files("redaction.learned").joinpath(WEIGHTS)
        try:
            return cls(Model.load(source), threshold)
        except (OSError, ValueError) as exc:
            raise LoginTaggerUnavailable(f"login tagger weights {source}: {exc}") from None

    def scores(self, text: str, wanted: Callable[[int, int, str], bool] | None = None
               ) -> list[tuple[int, int, str, float]]:
        get, bias = self.model.weights.get, self.model.bias
        out = []
        for start, end, token, feats in document_tokens(text, wanted):
            z = bias + sum(get(f, 0.0) for f in feats)
            out.append((start, end, token, 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0))
        return out

    def person_spans(self, text: str, spans: list[Span]) -> list[Span]:
        """PERSON spans for the login tokens scored >= threshold that ``spans`` leave uncovered, or cover only in
        part with a PERSON span (``stone.oksana`` whose ``oksana`` a name rule found): the whole token is masked."""
        covered = bytearray(len(text))  # 2 inside a PERSON span, 1 inside another only
        for span in spans:
            if span.entity_type != "PERSON":
                covered[span.start:span.end] = b"\x01" * (span.end - span.start)
        for span in spans:
            if span.entity_type == "PERSON":
                covered[span.start:span.end] = b"\x02" * (span.end - span.start)

        def wanted(start: int, end: int, token: str) -> bool:
            # a daemon's or built-in account ("postgres", "jenkins") is never a person, whatever its context
            return (covered.find(1, start, end) < 0 and covered.find(0, start, end) >= 0
                    and token.lower() not in WELL_KNOWN_ACCOUNTS)

        return [Span(start, end, "PERSON", SCORE) for start, end, _, prob in self.scores(text, wanted)
                if prob >= self.threshold]
