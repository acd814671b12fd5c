"""Rewording draws of the v10 set: wording variant, order, merges, list style, header, units, abbreviations, case.

Every candidate, control or error, gets one fresh draw from here before any error is applied, so the distance of
its wording from the reference says nothing about its label.
"""

from __future__ import annotations

import dataclasses
import random
import re

from _v10_model import Case, Slot, slot_of

HEADERS = ("", "", "IMPRESSION:\n", "Impression: ", "IMPRESSION: ", "CONCLUSION:\n", "Opinion:\n", "Summary:\n",
           "Impression:\n", "FINAL IMPRESSION:\n", "Assessment:\n")
STYLES = ("prose", "prose", "lines", "numbered", "numbered", "bullets", "paren")
JOINERS = ("; ", ", and ", "; also ", ". Also ")

# (pattern, replacement) pairs a draw may apply: abbreviations, lay terms and synonyms that keep the meaning,
# every side and every size.
SUBSTITUTIONS = (
    (r"pulmonary embol(?:ism|i)", "PE"), (r"right lower lobe", "RLL"), (r"left lower lobe", "LLL"),
    (r"right upper lobe", "RUL"), (r"left upper lobe", "LUL"), (r"right middle lobe", "RML"),
    (r"common bile duct", "CBD"), (r"without", "w/o"), (r"fracture", "fx"), (r"subdural hematoma", "SDH"),
    (r"middle cerebral artery", "MCA"), (r"pneumothorax", "PTX"), (r"deep (?:vein|venous) thrombosis", "DVT"),
    (r"cholelithiasis", "gallstones"), (r"nephrolithiasis", "kidney stones"), (r"hepatic steatosis", "fatty liver"),
    (r"consistent with", "compatible with"), (r"likely", "probably"), (r"anterior cruciate ligament", "ACL"),
    (r"medial collateral ligament", "MCL"), (r"inferior vena cava", "IVC"), (r"lymphadenopathy", "enlarged nodes"),
    (r"small bowel obstruction", "SBO"), (r"intracranial hemorrhage", "ICH"), (r"splenomegaly", "spleen enlargement"),
    (r"degenerative disc disease", "DDD"), (r"approximately", "about"), (r"suspicious for", "concerning for"),
    (r"follow-up", "f/u"), (r"status post", "s/p"), (r"gallbladder", "GB"), (r"abdominal aortic aneurysm", "AAA"),
    (r"osteoarthritis", "OA"), (r"lymph nodes?", "LN"), (r"hepatomegaly", "liver enlargement"),
    (r"cardiomegaly", "enlarged heart"), (r"renal cyst", "kidney cyst"), (r"hepatic cyst", "liver cyst"),
    (r"vertebral body", "vertebra"), (r"recommended", "advised"), (r"demonstrates", "shows"),
    (r"no evidence of", "no"), (r"posterior cruciate ligament", "PCL"), (r"ultrasound", "US"),
    (r"pulmonary nodule", "lung nodule"), (r"hydronephrosis", "collecting system dilatation"),
    (r"atrial fibrillation", "AF"), (r"urinary tract infection", "UTI"), (r"transient ischemic attack", "TIA"),
)


@dataclasses.dataclass
class Draw:
    """One rewording: which variant each statement takes and how the statements are laid out."""

    variants: list[int]
    order: list[int]
    style: str
    header: str
    unit: str | None
    subs: frozenset[int]
    merge_rate: float
    upper: bool
    negatives_last: bool


def draw(case: Case, rng: random.Random) -> Draw:
    """A fresh rewording draw for `case`, independent of any label."""
    variants = [rng.randrange(len(s.variants)) for s in case.statements]
    order = list(range(len(case.statements)))
    if rng.random() < 0.55:
        rng.shuffle(order)
    style = rng.choice(STYLES)
    header = rng.choice(HEADERS)
    unit = rng.choice((None, None, "mm", "cm"))
    rate = rng.choice((0.0, 0.4, 0.8))
    subs = frozenset(i for i in range(len(SUBSTITUTIONS)) if rng.random() < rate)
    merge_rate = rng.choice((0.0, 0.0, 0.3, 0.6)) if style in ("prose", "lines") else rng.choice((0.0, 0.2))
    return Draw(variants, order, style, header, unit, subs, merge_rate, rng.random() < 0.08, rng.random() < 0.3)


def slots_for(case: Case, plan: Draw) -> list[Slot]:
    """The case's statements as slots, in the drawn order and wording."""
    slots = [slot_of(case.statements[i], case.statements[i].variants[plan.variants[i]]) for i in plan.order]
    if plan.negatives_last:
        slots.sort(key=lambda s: 0 if s.source is None or s.source.positive else 1)
    return slots


def _lower_first(text: str) -> str:
    word = text.split(" ", 1)[0]
    if word.isupper() or any(ch.isdigit() for ch in word) or len(word) < 2 or word[1:].lower() != word[1:]:
        return text
    return text[0].lower() + text[1:]


def _substitute(text: str, subs: frozenset[int]) -> str:
    for index in sorted(subs):
        pattern, repl = SUBSTITUTIONS[index]

        def keep_case(match: re.Match[str], repl: str = repl) -> str:
            if match.group(0)[0].isupper() and repl[0].islower():
                return repl[0].upper() + repl[1:]
            return repl

        text = re.sub(rf"\b{pattern}\b", keep_case, text, flags=re.IGNORECASE)
    return text


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?")) else text + "."


def render(slots: list[Slot], plan: Draw, rng: random.Random) -> str:
    """Lay the slots out as one impression text."""
    texts = [slot.render(plan.unit).rstrip(".") for slot in slots]
    merged: list[str] = []
    for text in texts:
        if merged and ". " not in merged[-1] and ". " not in text and rng.random() < plan.merge_rate:
            merged[-1] = merged[-1] + rng.choice(JOINERS) + _lower_first(text)
        else:
            merged.append(text)
    sentences = [_substitute(_sentence(t), plan.subs) for t in merged]
    if plan.style == "prose":
        body = " ".join(sentences)
    elif plan.style == "lines":
        body = "\n".join(sentences)
    elif plan.style == "numbered":
        body = "\n".join(f"{i}. {s}" for i, s in enumerate(sentences, 1))
    elif plan.style == "paren":
        body = "\n".join(f"{i}) {s}" for i, s in enumerate(sentences, 1))
    else:
        body = "\n".join(f"- {s}" for s in sentences)
    text = plan.header + body
    return text.upper() if plan.upper else text


def reference(case: Case) -> str:
    """The reference impression: first wording of each statement, as written, in the case's own list style."""
    sentences = [_sentence(slot_of(s, s.variants[0]).render(None)) for s in case.statements]
    if case.numbered:
        return "\n".join(f"{i}. {s}" for i, s in enumerate(sentences, 1))
    return " ".join(sentences)
