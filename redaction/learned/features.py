"""Token features of the learned name tagger: the word, its shape, its neighbours, its line, the vocabularies.

A candidate is a word with a capital letter, or a lower-case word no vocabulary knows ("jyoti" in a chat line).
Each candidate gets a list of feature strings; the model is a weight per string. What a word is on its own
(shape, affixes, vocabulary flags) is cached per word; the context features are a handful of string joins.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import lru_cache

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, eponyms, not_name_words
from redaction._vocabulary import is_common_word, is_known_word
from redaction.recognizers.given_names import given_names, surnames

# a word: letters, inner apostrophes and hyphens ("O'Neil", "Smith-Jones", "Doe's")
TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z']*[A-Za-z])?(?:-[A-Za-z](?:[A-Za-z']*[A-Za-z])?)*")
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"[ \t]*(?:[-*•>#]|\d{1,2}[.)]|\[[ xX]?\])[ \t]")
_LABEL = re.compile(r"[ \t]*([A-Za-z][A-Za-z .#/()'-]{0,30}?)[ \t]*[:=][ \t]")
_MC = re.compile(r"(?:Mc|Mac|O'|D'|Di|De|La|Le|Van|Von)[A-Z]")


@lru_cache(maxsize=1)
def _vocabularies() -> tuple[frozenset[str], ...]:
    return (given_names(), surnames(), clinical_words(), eponyms(), not_name_words(), PLACE_AND_DATE_WORDS)


def vocabulary_fingerprint() -> str:
    """A digest of the word lists whose membership flags are features (name lists, clinical terms, deny-lists):
    weights trained under other lists read their flags wrongly, so the weights file records the one it saw."""
    digest = hashlib.sha256()
    for words in _vocabularies():
        digest.update("\n".join(sorted(words)).encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def shape(word: str) -> str:
    """A word's shape: "Xx", "X", "XX", "x", "Xx-Xx", "McX", "xX" (mixed)."""
    if "-" in word:
        return "-".join(shape(part) for part in word.split("-")[:3])
    if _MC.match(word):
        return "McX"
    if word.isupper():
        return "XX" if len(word) > 1 else "X"
    if word.islower():
        return "x"
    if word[0].isupper() and word[1:].replace("'", "").islower():
        return "Xx'" if "'" in word else "Xx"
    return "xX"


@lru_cache(maxsize=200_000)
def word_info(word: str) -> tuple[str, str, tuple[str, ...]]:
    """(shape, vocabulary flags, the word's own features) of ``word``."""
    lower = word.lower()
    bare = lower[:-2] if lower.endswith("'s") else lower
    given, sur, clinical, epon, not_name, place = _vocabularies()
    flags = "".join(code for code, hit in (
        ("G", bare in given), ("S", bare in sur), ("C", bare in clinical), ("E", bare in epon),
        ("N", bare in not_name), ("P", bare in place), ("K", is_known_word(bare)),
        ("W", is_common_word(bare))) if hit)
    sh = shape(word)
    own = [f"w={bare}", f"sh={sh}", f"v={flags}", f"shv={sh}|{flags}", f"s3={bare[-3:]}", f"p3={bare[:3]}",
           f"len={min(len(bare), 12)}"]
    if len(bare) > 4:
        own.append(f"s2={bare[-2:]}")
    for code in flags:
        own.append(f"f={code}")
    if bare != lower:
        own.append("poss")
    return sh, flags, tuple(own)


def is_candidate(word: str, flags: str) -> bool:
    """A word the tagger judges: a capital letter anywhere, or a lower-case word no vocabulary knows."""
    if len(word) < 2:
        return False
    if not word.islower():
        return True
    return "K" not in flags and "W" not in flags


def _line_features(line: str) -> tuple[str, ...]:
    out = []
    if line.isupper():  # every cased letter upper case
        out.append("lcaps")
    if _BULLET.match(line):
        out.append("lbul")
    if "|" in line or "\t" in line:
        out.append("lcell")
    if len(line) < 40:
        out.append("lshort")
    return tuple(out)


def document_tokens(text: str, wanted: Callable[[int, int, str], bool] | None = None
                    ) -> list[tuple[int, int, str, list[str]]]:
    """Every candidate word of ``text`` as (start, end, word, features); only those ``wanted(start, end, word)``
    accepts, when given (the others cost no features)."""
    out = []
    for line_match in _LINE.finditer(text):
        line = line_match.group(0)
        base = line_match.start()
        words = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(line)]
        if not words:
            continue
        infos = [word_info(w) for _, _, w in words]
        line_feats: tuple[str, ...] | None = None
        n = len(words)
        for i, (start, end, word) in enumerate(words):
            sh, flags, own = infos[i]
            if not is_candidate(word, flags) or wanted is not None and not wanted(base + start, base + end, word):
                continue
            if line_feats is None:  # the line's features, once a word on it is judged
                line_feats = _line_features(line)
                label = _LABEL.match(line)
                label_end = label.end() if label else -1
                label_word = label.group(1).split()[-1].lower() if label and label.group(1).split() else ""
            feats = list(own)
            feats.extend(line_feats)
            pos = min(i, 3)
            feats.append(f"pos={pos}")
            feats.append(f"pos={pos}|{sh}")
            for k in (-2, -1, 1, 2):
                j = i + k
                if 0 <= j < n:
                    nsh, nflags, _ = infos[j]
                    nword = words[j][2].lower()
                    feats.append(f"w{k}={nword}")
                    feats.append(f"sh{k}={nsh}")
                    if k in (-1, 1):
                        feats.append(f"v{k}={nflags}")
                        feats.append(f"shsh{k}={sh}|{nsh}")
                else:
                    feats.append(f"w{k}=<>")
            before = line[words[i - 1][1]:start] if i else line[:start]
            after = line[end:words[i + 1][0]] if i + 1 < n else line[end:]
            gb = _gap(before)
            feats.append(f"gb={gb}")
            if gb[-1:] in ".!?" or gb == "^":
                feats.append(f"ss|{flags}")  # a sentence's or line's first word: "Many", "Hope"
            feats.append(f"ga={_gap(after)}")
            if label_end >= 0:
                if start >= label_end:
                    feats.append(f"lab={label_word}")
                    feats.append("afterlab")
                else:
                    feats.append("inlab")
            out.append((base + start, base + end, word, feats))
    return out


def _gap(gap: str) -> str:
    """The separator between two words, coarsely: " ", ", ", ":", "  " (a column gap), "(" ..."""
    if not gap:
        return "^"
    stripped = gap.strip()
    if not stripped:
        return "_" if gap in (" ", "") else "__"
    return stripped[:2] if len(stripped) <= 2 else stripped[:1] + "+"
