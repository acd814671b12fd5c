"""Rewording draws and rendering: how a list of impression items becomes candidate or reference text.

Every candidate (control or error) gets one fresh draw of wording choices (form per statement, order, merge, unit,
dimension joiner, list style, header, case), so wording distance from the reference says nothing about the label.
"""
from dataclasses import dataclass, field

HEADERS = ("", "", "", "IMPRESSION: ", "Impression: ", "CONCLUSION: ", "Summary: ", "FINAL IMPRESSION: ",
           "Opinion: ", "IMPRESSION:\n")
LAYOUTS = ("prose", "prose", "numbered", "paren", "bullets", "lines")
JOINERS = (" x ", " x ", "x", " by ")
MERGES = ("; ", ", and ")
PROPER_NAMES = {"Achilles", "Baker", "Deauville", "Fleischner", "Garden", "Gartland", "Jones", "Kerley", "Lisfranc",
                "Murphy", "Stanford"}


@dataclass
class Draw:
    """One set of wording choices for a whole impression."""

    forms: list
    order: list
    unit: str
    joiner: str = " x "
    layout: str = "prose"
    header: str = ""
    merge_at: int = -1
    merge_with: str = "; "
    upper: bool = False


@dataclass
class Item:
    """One impression line before rendering: a statement with its (possibly changed) slots, or a fixed sentence."""

    stmt: object = None
    form: str = ""
    slots: dict = field(default_factory=dict)
    clause: str = ""
    text: str = ""


def canonical_draw(case):
    """The reference's wording: first forms, source order, the case's unit, its list style."""
    count = len(case.impression)
    return Draw(forms=[0] * count, order=list(range(count)), unit=case.unit,
                layout="numbered" if case.numbered else "prose")


def random_draw(case, rng):
    """A fresh clinically equivalent rewording of the whole impression."""
    count = len(case.impression)
    order = list(range(count))
    roll = rng.random()
    if roll < 0.4:
        rng.shuffle(order)
    elif roll < 0.6 and count > 1:
        i = rng.randrange(count - 1)
        order[i], order[i + 1] = order[i + 1], order[i]
    return Draw(forms=[rng.randrange(len(stmt.forms)) for stmt in case.impression], order=order,
                unit=rng.choice(("mm", "cm")), joiner=rng.choice(JOINERS), layout=rng.choice(LAYOUTS),
                header=rng.choice(HEADERS), merge_at=rng.randrange(count) if rng.random() < 0.35 else -1,
                merge_with=rng.choice(MERGES), upper=rng.random() < 0.08)


def items_for(case, draw):
    """Impression items in drawn order with drawn wordings and the case's true slot values."""
    items = []
    for index in draw.order:
        stmt = case.impression[index]
        slots = {"side": stmt.side, "sev": stmt.sev, "size": stmt.size, "prior": stmt.prior}
        items.append(Item(stmt=stmt, form=stmt.forms[draw.forms[index]], slots=slots))
    return items


def number(mm, unit):
    """A size in mm written in `unit` without trailing zeros (`10` mm is `1` cm, `23` mm `2.3` cm)."""
    if unit == "mm":
        return f"{mm:g}"
    return f"{mm / 10:.2f}".rstrip("0").rstrip(".")


def size_text(dims, unit, joiner):
    """`23 x 18 mm` / `2.3 x 1.8 cm`."""
    if not dims:
        return ""
    return joiner.join(number(value, unit) for value in dims) + " " + unit


def _fill(item, draw):
    if item.stmt is None:
        return item.text
    side = item.slots["side"]
    sev = item.slots["sev"]
    text = item.form.format(s=side, S=side.capitalize(), R=side[:1].upper(), sev=sev, Sev=sev.capitalize(),
                            size=size_text(item.slots["size"], draw.unit, draw.joiner),
                            prior=size_text(item.slots["prior"], draw.unit, draw.joiner))
    if item.clause:
        text = text.rstrip(".") + item.clause + "."
    return text


def _lower_first(text):
    first = text.split(" ", 1)[0]
    if first in PROPER_NAMES:
        return text
    if len(first) > 1 and first[1:].islower() and first[0].isupper():
        return text[0].lower() + text[1:]
    return text


def _merge(texts, draw):
    at = draw.merge_at
    if at < 0 or at + 1 >= len(texts):
        return texts
    left, right = texts[at], texts[at + 1]
    if left.count(". ") or right.count(". ") or not left.endswith("."):
        return texts
    joint = "; " if left.lower().startswith("no ") else draw.merge_with  # "No X, and Y" would read as denying Y
    return texts[:at] + [left[:-1] + joint + _lower_first(right)] + texts[at + 2:]


def _layout(texts, layout):
    if layout == "prose" or len(texts) == 1:
        return " ".join(texts)
    if layout == "numbered":
        return "\n".join(f"{i}. {text}" for i, text in enumerate(texts, 1))
    if layout == "paren":
        return "\n".join(f"{i}) {text}" for i, text in enumerate(texts, 1))
    if layout == "bullets":
        return "\n".join(f"- {text}" for text in texts)
    return "\n".join(texts)


def render(items, draw):
    """The impression text of `items` under `draw`."""
    texts = _merge([_fill(item, draw) for item in items], draw)
    text = draw.header + _layout(texts, draw.layout)
    return text.upper() if draw.upper else text
