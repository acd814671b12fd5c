"""A deterministic paraphraser of FINDINGS text, for input-robustness checks.

Meaning-preserving changes only: sentences reordered (a fixed permutation per case id), negations
restated ("No X." <-> "There is no X."), sizes written in the other unit (cm <-> mm), and a short list
of synonym swaps that name the same finding. The same text and key always give the same paraphrase.
"""

from __future__ import annotations

import hashlib
import random
import re

# (pattern, replacement): whole words, first letter's case kept. Each pair names the same finding in the
# lexicon, or is a neutral verb/adverb swap.
_SWAPS: tuple[tuple[str, str], ...] = (
    (r"cardiomegaly", "cardiac enlargement"),
    (r"heart size is normal", "heart size is within normal limits"),
    (r"pleural effusion", "effusion in the pleural space"),
    (r"is identified", "is seen"),
    (r"are identified", "are seen"),
    (r"is noted", "is present"),
    (r"are noted", "are present"),
    (r"demonstrates", "shows"),
    (r"approximately", "about"),
    (r"enlarged heart", "cardiac enlargement"),
)
_SIZE = re.compile(r"\b(\d+(?:\.\d+)?)((?:\s*x\s*\d+(?:\.\d+)?)*)\s*(cm|mm)\b")
_NO = re.compile(r"^No ([^,;]+)\.$")
_THERE_IS_NO = re.compile(r"^There (?:is|are) no ([^,;]+)\.$")
_SPLIT = re.compile(r"(?<=\.)\s+(?=[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a findings text (numbered-list prefixes dropped)."""
    text = re.sub(r"(?m)^\s*\d+[.)]\s+", "", text)
    return [s.strip() for s in _SPLIT.split(text.replace("\n", " ")) if s.strip()]


def _keep_case(replacement: str, original: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def _convert_size(match: re.Match) -> str:
    numbers = re.findall(r"\d+(?:\.\d+)?", match.group(0).rsplit(match.group(3), 1)[0])
    if match.group(3) == "cm":
        return " x ".join(f"{float(n) * 10:g}" for n in numbers) + " mm"
    if all(float(n) >= 10 for n in numbers):  # "4 mm" stays mm: "0.4 cm" reads oddly
        return " x ".join(f"{float(n) / 10:g}" for n in numbers) + " cm"
    return match.group(0)


def _reword(sentence: str, rng: random.Random) -> str:
    if rng.random() < 0.7:
        if m := _NO.match(sentence):
            body = m.group(1)
            sentence = f"There {'are' if body.endswith('s') and not body.endswith('ss') else 'is'} no {body}."
        elif m := _THERE_IS_NO.match(sentence):
            sentence = f"No {m.group(1)}."
    for pattern, replacement in _SWAPS:
        sentence = re.sub(rf"\b{pattern}\b", lambda m, r=replacement: _keep_case(r, m.group(0)), sentence,
                          flags=re.IGNORECASE)
    return _SIZE.sub(_convert_size, sentence)


def paraphrase(text: str, key: str) -> str:
    """Paraphrase findings text; `key` (e.g. the case id) fixes the sentence order and choices."""
    rng = random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))
    sentences = split_sentences(text)
    order = list(range(len(sentences)))
    rng.shuffle(order)
    if len(order) > 1 and order == sorted(order):  # always a different order when there is one
        order = order[1:] + order[:1]
    return " ".join(_reword(sentences[i], rng) for i in order)
