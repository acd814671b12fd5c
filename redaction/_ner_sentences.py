"""The sentences spaCy NER reads: only those that could hold a name the patterns have not found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, is_clinical, not_name_words
from redaction._spans import Span
from redaction.recognizers._first import guarded

# sentence -> its entities (start, end, label) within it: kept by one analyze call only, never across texts
SentenceMemo = dict[str, tuple[tuple[int, int, str], ...]]


def ner_entities(nlp: Any, text: str, found: list[Span], memo: SentenceMemo | None = None) -> list[Entity]:
    """NER over the sentences that could hold a name the patterns have not found: most cannot.

    A name NER can add shows as a capitalised word past the start of its sentence (a lone
    sentence-initial word is not trusted anyway, and all-caps names are the patterns' job).
    NER is most of the analysis time, so skipping the other sentences is most of its speed.
    ``memo`` carries the sentences already read within the same call: an encoded text's decoded view
    repeats most of the original's sentences, and each is read once. It lives as long as the call.
    """
    masked = bytearray(len(text))
    for span in found:
        masked[span.start:span.end] = b"\x01" * (span.end - span.start)
    segments = [(m.start(), m.group(0)) for m in _SEGMENT.finditer(text)
                if _may_hold_a_name(m.group(0), m.start(), masked)]
    read = {} if memo is None else memo
    unread = list(dict.fromkeys(s for _, s in segments if s not in read))
    for segment, doc in zip(unread, nlp.pipe(unread), strict=True):
        read[segment] = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
    return [Entity(offset + start, offset + end, label)
            for offset, segment in segments for start, end, label in read[segment]]


@dataclass(frozen=True, slots=True)
class Entity:
    """A NER entity with offsets into the whole text (the shape SpacyNerRecognizer reads)."""

    start_char: int
    end_char: int
    label_: str


# Sentences: up to a line break or a full stop followed by a space (not "Dr." style abbreviations).
_SEGMENT = re.compile(r"[^\n]+?(?:(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[.!?](?=\s)|$)",
                      re.MULTILINE)
# A capitalised word not opening a sentence: after a word, a comma, a quote or an initial
# ("M. Wright"), but not after a full stop or a label colon (a lone word there is not trusted; the
# second word of a name there is itself a candidate). Hyphenated words are taken whole ("O-RADS"); an Arabic
# surname after its lower-case article counts too ("... and Yusuf bin Ali al-Harbi").
_INNER_CAPITAL = re.compile(r"(?:(?<=[^\s.!?:;]\s)|(?<=\b[A-Z]\.\s)|(?<=[\"'(])|(?<=\sal-)|(?<=\sel-))"
                            r"\(?([A-Z][A-Za-z'’]*(?:-[A-Za-z'’]+)*)")
_INNER_CAPITAL = guarded(_INNER_CAPITAL)  # searched over whole texts: re skips to where a match can start
# A field label: the word is followed, within a few words, by a colon ("Ordering Physician:", "Unit No.:").
_LABEL_AFTER = re.compile(r"(?:[ \t]+[A-Za-z.#/]+){0,3}[ \t]*:(?!\d)")


def _may_hold_a_name(segment: str, offset: int = 0, masked: bytearray | None = None) -> bool:
    words = clinical_words()
    for match in _INNER_CAPITAL.finditer(segment):
        if masked is not None and masked[offset + match.start(1)] and masked[offset + match.end(1) - 1]:
            continue  # already inside a pattern span (a titled name, a facility, a date)
        word = match.group(1).lower()
        if word in words or word in PLACE_AND_DATE_WORDS or word in not_name_words():
            continue
        if not any(c.islower() for c in match.group(1)):
            continue  # ALL CAPS ("O-RADS"): the patterns' job
        if _LABEL_AFTER.match(segment, match.end()):
            continue
        if is_clinical(match.group(1), segment[match.end():match.end() + 40]):
            continue  # an eponym before its noun: "Kerley B lines", "Colles fracture"
        return True
    return False
