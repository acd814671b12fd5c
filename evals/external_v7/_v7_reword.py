"""Rewording draws shared by every candidate of the v7 set, controls and errors alike.

Each candidate picks a wording per statement, maybe reorders, then (after any error is placed) renders with a
drawn layout, header, unit, merges and equivalence-preserving text passes. The same draws run for every label, so
how far a candidate strays from the reference says nothing about whether it carries an error.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from _v7_model import Case, Item, item_of

HEADERS = ("", "", "", "IMPRESSION: ", "Impression: ", "IMPRESSION:\n", "Impression:\n", "Conclusion: ",
           "Opinion: ", "Summary:\n", "Final impression:\n")
LAYOUTS = ("prose", "prose", "prose", "numbered", "numbered_paren", "bullets", "lines")
JOINERS = ("; ", ", and ", " and ", "; also ")

ABBREVIATIONS = (
    ("right lower lobe", "RLL"), ("right upper lobe", "RUL"), ("right middle lobe", "RML"),
    ("left lower lobe", "LLL"), ("left upper lobe", "LUL"), ("pulmonary embolism", "PE"),
    ("pneumothorax", "PTX"), ("common bile duct", "CBD"), ("subdural hematoma", "SDH"),
    ("middle cerebral artery", "MCA"), ("internal carotid artery", "ICA"), ("without", "w/o"),
    ("fracture", "fx"), ("deep vein thrombosis", "DVT"), ("anterior cruciate ligament", "ACL"),
    ("medial collateral ligament", "MCL"), ("small bowel obstruction", "SBO"), ("abdominal aortic aneurysm", "AAA"),
    ("inferior vena cava", "IVC"), ("endotracheal tube", "ETT"), ("nasogastric tube", "NGT"),
    ("cerebrospinal fluid", "CSF"), ("subarachnoid hemorrhage", "SAH"), ("approximately", "approx."),
    ("lymph nodes", "LNs"), ("gallbladder", "GB"), ("degenerative disc disease", "DDD"),
    ("common femoral vein", "CFV"), ("with", "w/"), ("intravenous", "IV"),
)
SYNONYMS = (
    (r"consistent with", ("compatible with", "in keeping with", "consistent with")),
    (r"compatible with", ("consistent with", "in keeping with")),
    (r"in keeping with", ("consistent with", "compatible with")),
    (r"no evidence of", ("no", "no sign of", "no evidence of")),
    (r"cholelithiasis", ("gallstones",)),
    (r"nephrolithiasis", ("renal calculi", "kidney stones")),
    (r"hepatic steatosis", ("fatty liver", "fatty infiltration of the liver")),
    (r"cardiomegaly", ("cardiac enlargement", "enlargement of the cardiac silhouette")),
    (r"splenomegaly", ("enlargement of the spleen",)),
    (r"is seen", ("is noted", "is present", "is identified")),
    (r"are seen", ("are noted", "are present")),
    (r"(?<!most )likely", ("probably",)),
    (r"measuring", ("which measures", "of")),
    (r"demonstrated", ("seen", "shown")),
    (r"unremarkable", ("normal", "within normal limits")),
)


@dataclass
class Style:
    """How one candidate is laid out: unit, layout, header, merge rate, passes and case."""

    unit: str
    layout: str
    header: str
    merge_rate: float
    abbreviate: float
    synonyms: float
    upper: bool


def draw_items(case: Case, rng: random.Random) -> list[Item]:
    """One wording per reference statement, possibly reordered (first statement kept first half the time)."""
    items = [item_of(stmt, i, rng.choice(stmt.forms)) for i, stmt in enumerate(case.stmts)]
    roll = rng.random()
    if roll < 0.25:
        rng.shuffle(items)
    elif roll < 0.5 and len(items) > 2:
        tail = items[1:]
        rng.shuffle(tail)
        items = items[:1] + tail
    return items


def draw_style(case: Case, rng: random.Random) -> Style:
    """The layout draw for one candidate."""
    unit = case.unit if rng.random() < 0.55 else rng.choice(("mm", "cm"))
    return Style(unit=unit, layout=rng.choice(LAYOUTS), header=rng.choice(HEADERS),
                 merge_rate=rng.choice((0.0, 0.0, 0.3, 0.6)), abbreviate=rng.choice((0.0, 0.0, 0.5, 1.0)),
                 synonyms=rng.choice((0.0, 0.4, 0.8)), upper=rng.random() < 0.07)


def _first_lower(text: str) -> str:
    """Lower-case the first letter of a clause unless its first word is an abbreviation or a code."""
    word = text.split(" ", 1)[0]
    if word == "A" or (len(word) > 1 and word[1:].isalpha() and word[1:].islower()):
        return text[0].lower() + text[1:]
    return text


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _sentences(texts: list[str], style: Style, rng: random.Random) -> list[str]:
    """Merge neighbouring statements into one sentence at the drawn rate (prose only)."""
    out: list[str] = []
    for text in texts:
        if out and style.layout == "prose" and rng.random() < style.merge_rate:
            out[-1] = out[-1] + rng.choice(JOINERS) + _first_lower(text)
        else:
            out.append(text)
    return [_cap(s) for s in out]


def _keep_case(original: str, new: str) -> str:
    if original[0].isupper() and not new.isupper():
        return _cap(new)
    return new


def _apply_passes(text: str, style: Style, rng: random.Random) -> str:
    """Equivalence-preserving substitutions: abbreviations and synonyms, each applied at the drawn rate."""
    for long, short in ABBREVIATIONS:
        if style.abbreviate and rng.random() < style.abbreviate:
            text = re.sub(rf"\b{re.escape(long)}\b", short, text, flags=re.IGNORECASE)
    for pattern, choices in SYNONYMS:
        if style.synonyms and rng.random() < style.synonyms:
            text = re.sub(rf"\b{pattern}\b", lambda m: _keep_case(m.group(0), rng.choice(choices)), text,
                          flags=re.IGNORECASE)
    return text


def layout(sentences: list[str], kind: str, header: str = "") -> str:
    """Lay sentences out as prose, a numbered list, bullets or one per line."""
    ended = [s if s.endswith(".") else s + "." for s in sentences]
    if kind == "prose":
        body = " ".join(ended)
    elif kind == "numbered":
        body = "\n".join(f"{i}. {s}" for i, s in enumerate(ended, 1))
    elif kind == "numbered_paren":
        body = "\n".join(f"{i}) {s}" for i, s in enumerate(ended, 1))
    elif kind == "bullets":
        body = "\n".join(f"- {s}" for s in ended)
    else:
        body = "\n".join(ended)
    if header.endswith(" ") and "\n" in body:
        header = header.rstrip() + "\n"
    return header + body


def render(items: list[Item], style: Style, rng: random.Random) -> str:
    """The candidate text for ``items`` under ``style``."""
    texts = [_cap(item.text(style.unit)) for item in items]
    sentences = _sentences(texts, style, rng)
    text = layout([_apply_passes(s, style, rng) for s in sentences], style.layout, style.header)
    return text.upper() if style.upper else text


def reference(case: Case, numbered: bool) -> str:
    """The reference impression: first wordings, case order, case unit, no passes."""
    items = [item_of(stmt, i, stmt.forms[0]) for i, stmt in enumerate(case.stmts)]
    return layout([_cap(item.text(case.unit)) for item in items], "numbered" if numbered else "prose")
