"""Render a case's impression: the reference wording, equivalent rewordings, and injected errors."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from _spec import ADVERBS, GRADE_WORDS, SCALES, Case, Item

CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity",
              "measurement", "fabricated_comparison")

# Clinically equivalent rewordings; a candidate switches each one on with some probability.
_REWORDINGS = [(re.compile(p, re.IGNORECASE), r) for p, r in (
    (r"\bright upper lobe\b", "RUL"), (r"\bright middle lobe\b", "RML"), (r"\bright lower lobe\b", "RLL"),
    (r"\bleft upper lobe\b", "LUL"), (r"\bleft lower lobe\b", "LLL"),
    (r"\bpulmonary embolism\b", "PE"), (r"\bcommon bile duct\b", "CBD"), (r"\bdeep vein thrombosis\b", "DVT"),
    (r"\babdominal aortic aneurysm\b", "AAA"), (r"\bsmall bowel obstruction\b", "SBO"),
    (r"\bsubdural hematoma\b", "SDH"), (r"\bmiddle cerebral artery\b", "MCA"),
    (r"\banterior cruciate ligament\b", "ACL"), (r"\bmedial collateral ligament\b", "MCL"),
    (r"\bintracranial hemorrhage\b", "ICH"), (r"\binferior vena cava\b", "IVC"),
    (r"\bconsistent with\b", "compatible with"), (r"\bin keeping with\b", "consistent with"),
    (r"\bno evidence of\b", "no"), (r"\bapproximately\b", "about"), (r"\bfollow-up\b", "follow up"),
    (r"\bsuspicious for\b", "concerning for"), (r"\bthere is (?:an? )?", ""), (r"\bright-sided\b", "right"),
    (r"\bleft-sided\b", "left"), (r"\bhepatic steatosis\b", "fatty liver"), (r"\bcholelithiasis\b", "gallstones"),
    (r"\bpneumothorax\b", "PTX"), (r"\bgallbladder\b", "GB"), (r"\bdisc herniation\b", "disc protrusion"),
    (r"\brecommend\b", "suggest"), (r"\bwithout\b", "w/o"), (r"\bfracture\b", "fx"),
    (r"\blymphadenopathy\b", "adenopathy"), (r"\bchest radiograph\b", "chest x-ray"),
)]
_SPLITS = ((", consistent with ", ". Findings are consistent with "), (", compatible with ", ". This is compatible with "),
           (", suspicious for ", ". This is suspicious for "), (", in keeping with ", ". Appearance is in keeping with "))
_MERGES = ("; ", ", and ")
COMPARISON_SUFFIXES = (
    ", new since the prior study", ", increased compared with the prior examination",
    ", unchanged from the previous study", ", slightly decreased since the prior exam",
    ", stable in appearance since the last study", ", not present on the prior examination",
    ", progressed compared with the earlier imaging",
)
COMPARISON_SENTENCES = (
    "no significant interval change compared with the prior study",
    "otherwise stable appearance compared to the previous examination",
    "remaining findings are unchanged from the prior study",
    "overall progression relative to the prior exam",
)
_SLOT = re.compile(r"\{(side|S|size|prior|grade|gradely)\}")


@dataclass
class Slot:
    item: Item
    side: str | None
    level: str | None
    size: tuple[int, ...] | None
    negated: bool = False
    omitted: bool = False
    comparison: str = ""


@dataclass
class Draft:
    slots: list[Slot]
    extras: list[str] = field(default_factory=list)
    fabs_used: set[int] = field(default_factory=set)


def fresh(case: Case) -> Draft:
    return Draft([Slot(it, it.side, it.grade[1] if it.grade else None, it.size) for it in case.items])


def _measure(dims: tuple[int, ...], unit: str, style: str) -> str:
    exact = all(d % 10 == 0 for d in dims)  # "14 cm" but "3.4 x 3.0 cm", as radiologists write them
    values = [str(d) if unit == "mm" else f"{d / 10:g}" if exact else f"{d / 10:.1f}" for d in dims]
    if style != "dictation":
        return " x ".join(values) + " " + unit
    word = {"mm": "millimeter", "cm": "centimeter"}[unit]
    return " by ".join(values) + " " + word + ("" if values[-1] == "1" else "s")


def _fill(form: str, slot: Slot, style: str, rng: random.Random | None) -> str:
    item, values = slot.item, {}
    if slot.side:
        values.update(side=slot.side, S=slot.side[0].upper())
    if slot.level:
        words = GRADE_WORDS[(item.grade[0], slot.level)]
        values.update(grade=words[0] if rng is None else rng.choice(words), gradely=ADVERBS.get(slot.level, ""))
    if slot.size:
        unit = item.unit
        if rng is not None and rng.random() < 0.4:
            unit = "cm" if unit == "mm" else "mm"
        values["size"] = _measure(slot.size, unit, style)
        if item.prior:
            values["prior"] = _measure(item.prior, unit, style)
    return _SLOT.sub(lambda m: values[m.group(1)], form)


def _attach(text: str, suffix: str) -> str:
    head, dot, tail = text.partition(". ")
    return head + suffix + dot + tail


def _capitalize(text: str) -> str:
    return re.sub(r"(^|\.\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def _layout(chunks: list[str], style: str) -> str:
    if style == "numbered":
        return "\n".join(f"{i}. {c}." for i, c in enumerate(chunks, 1))
    if style == "caps":
        return ("IMPRESSION:\n" + _layout(chunks, "numbered")).upper()
    if style == "dictation":
        return "  ".join(f"{c}." for c in chunks)
    return " ".join(f"{c}." for c in chunks)


def render(case: Case, draft: Draft, rng: random.Random | None = None) -> str:
    """The impression for `draft`; without `rng` the reference wording, with it a random equivalent rewording."""
    chunks = []
    for slot in draft.slots:
        if slot.omitted:
            continue
        forms = slot.item.flip if slot.negated else slot.item.forms
        text = _fill(forms[0] if rng is None else rng.choice(forms), slot, case.style, rng)
        chunks.append(_attach(text, slot.comparison) if slot.comparison else text)
    style = case.style
    if rng is not None:
        if len(chunks) > 1 and rng.random() < 0.5:
            rng.shuffle(chunks)
        for extra in draft.extras:
            chunks.insert(rng.randint(0, len(chunks)), extra)
        if len(chunks) > 2 and rng.random() < 0.4:
            i = rng.randrange(len(chunks) - 1)
            if ". " not in chunks[i] and ". " not in chunks[i + 1]:
                chunks[i:i + 2] = [chunks[i] + rng.choice(_MERGES) + chunks[i + 1]]
        if rng.random() < 0.5:
            for i, chunk in enumerate(chunks):
                hits = [s for s in _SPLITS if s[0] in chunk]
                if hits:
                    chunks[i] = chunk.replace(*hits[0], 1)
                    break
        active = [rule for rule in _REWORDINGS if rng.random() < 0.35]
        for pattern, repl in active:
            chunks = [pattern.sub(repl, c) for c in chunks]
        if style in ("prose", "numbered") and rng.random() < 0.3:
            style = "numbered" if style == "prose" else "prose"
    return _layout([_capitalize(c) for c in chunks], style)


def _mutate_size(dims: tuple[int, ...], prior: tuple[int, ...] | None, rng: random.Random) -> tuple[int, ...]:
    while True:
        i = rng.randrange(len(dims))
        grow = dims[i] >= prior[i] if prior else (dims[i] < 5 or rng.random() < 0.5)
        # big organs change by a fifth to a third (a 17 cm spleen is not a 14 cm one), lesions by half or more
        ups, downs = ((1.25, 1.35), (0.7, 0.8)) if dims[i] >= 60 else ((1.5, 1.75, 2.0), (0.5, 0.6, 0.7))
        new = round(dims[i] * rng.choice(ups if grow else downs))
        out = dims[:i] + (new,) + dims[i + 1:]
        if abs(new - dims[i]) >= 2 and sorted(out) != sorted(dims) and (not prior or sorted(out) != sorted(prior)):
            return out


def _open(draft: Draft, taken: set[int]) -> list[int]:
    return [i for i, s in enumerate(draft.slots) if i not in taken and not s.omitted and not s.negated]


def eligible(case: Case, draft: Draft, category: str, taken: set[int]) -> list[int]:
    """Slots that can carry `category` (for sentence-level categories, [-1] when possible)."""
    slots = draft.slots
    if category == "fabricated_finding":
        return [-1] if len(draft.fabs_used) < len(case.fabs) else []
    if category == "fabricated_comparison":
        return [] if case.has_prior else [-1]
    test = {
        "laterality": lambda s: s.side is not None,
        "severity": lambda s: s.level is not None,
        "measurement": lambda s: s.size is not None,
        "negation": lambda s: bool(s.item.flip),
        "omitted_finding": lambda s: not s.item.negative and sum(not t.omitted for t in slots) > 1,
    }[category]
    return [i for i in _open(draft, taken) if test(slots[i])]


def inject(case: Case, draft: Draft, category: str, rng: random.Random, taken: set[int]) -> bool:
    """Put one error of `category` into `draft`; False when the case cannot carry it."""
    where = eligible(case, draft, category, taken)
    if not where:
        return False
    if category == "fabricated_finding":
        k = rng.choice([k for k in range(len(case.fabs)) if k not in draft.fabs_used])
        draft.fabs_used.add(k)
        draft.extras.append(case.fabs[k][0])
        return True
    if category == "fabricated_comparison":
        positive = [i for i in _open(draft, taken) if not draft.slots[i].item.negative]
        if positive and rng.random() < 0.6:
            i = rng.choice(positive)
            taken.add(i)
            draft.slots[i].comparison = rng.choice(COMPARISON_SUFFIXES)
        else:
            draft.extras.append(rng.choice(COMPARISON_SENTENCES))
        return True
    i = rng.choice(where)
    slot = draft.slots[i]
    taken.add(i)
    if category == "laterality":
        slot.side = "left" if slot.side == "right" else "right"
    elif category == "severity":
        slot.level = rng.choice([v for v in SCALES[slot.item.grade[0]] if v != slot.level])
    elif category == "measurement":
        slot.size = _mutate_size(slot.size, slot.item.prior, rng)
    elif category == "negation":
        slot.negated = True
    else:
        slot.omitted = True
    return True
