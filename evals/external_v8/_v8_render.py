"""Rendering of impressions: one random rewording draw, the errors applied to the statements, then the text.

A candidate is (draw, errors). The draw fixes every wording choice (forms, wrappers, order, merges, units,
abbreviations, synonyms, layout, heading, case); errors change the structured statements before rendering. The
same draw rendered without errors is the candidate's twin control, used by the checks.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import _v8_text as T
from _v8_model import SCALES, Case, Stmt


@dataclass
class Item:
    """A statement in its current (possibly erroneous) state, or an inserted sentence."""

    kind: str
    key: float
    stmt: Stmt | None = None
    index: int = -1
    text: str = ""
    side: str | None = None
    sev: tuple[str, int] | None = None
    size: tuple[int, ...] | None = None
    negated: bool = False
    comp: str = ""


@dataclass
class Draw:
    """Every wording choice of one candidate."""

    picks: list[int]
    order: list[float]
    merges: list[bool]
    slots: list[float]
    unit: str
    join: str = " x "
    spelled: bool = False
    each: bool = False
    strip: bool = False
    abbrev: tuple[tuple[str, str], ...] = ()
    syn: tuple[tuple[str, str], ...] = ()
    british: bool = False
    neg_join: bool = False
    layout: str = "prose"
    heading: str = ""
    upper: bool = False
    reference: bool = False
    extra: dict = field(default_factory=dict)


def reference_draw(case: Case) -> Draw:
    """The reference wording: first forms, written order, no merges or abbreviations, the case's own layout."""
    n = len(case.stmts)
    return Draw(
        picks=[0] * 40,
        order=[float(i) for i in range(n)],
        merges=[False] * 40,
        slots=[0.5] * 4,
        unit=case.unit,
        layout=case.layout,
        upper=case.upper,
        reference=True,
    )


def random_draw(rng: random.Random, case: Case) -> Draw:
    """A fresh random rewording draw of the case."""
    n = len(case.stmts)
    mode = rng.choices(("ref", "pos", "neg_first", "all"), (4, 3, 1, 2))[0]
    order = [float(i) for i in range(n)]
    if mode == "all":
        rng.shuffle(order)
    elif mode in ("pos", "neg_first"):
        pos = [i for i, s in enumerate(case.stmts) if s.kind != "neg"]
        shuffled = pos[:]
        rng.shuffle(shuffled)
        for i, j in zip(pos, shuffled):
            order[i] = float(j)
        if mode == "neg_first":
            order = [o + (0 if case.stmts[i].kind == "neg" else n) for i, o in enumerate(order)]
    merge_p = rng.choice((0.0, 0.0, 0.2, 0.35, 0.5))
    abbrev = tuple(p for p in T.ABBREVIATIONS if rng.random() < 0.7) if rng.random() < 0.45 else ()
    syn = tuple((long, rng.choice(alts)) for long, alts in T.SYNONYMS if rng.random() < 0.3)
    layout = rng.choice(T.LAYOUTS)
    if rng.random() < 0.35:
        layout = case.layout
    return Draw(
        picks=[rng.randrange(1000) for _ in range(40)],
        order=order,
        merges=[rng.random() < merge_p for _ in range(40)],
        slots=[rng.random() * n for _ in range(4)],
        unit=case.unit if rng.random() < 0.45 else rng.choice(("mm", "cm")),
        join=rng.choice(T.SIZE_JOINS),
        spelled=rng.random() < 0.08,
        each=rng.random() < 0.12,
        strip=rng.random() < 0.5,
        abbrev=abbrev,
        syn=syn,
        british=rng.random() < 0.1,
        neg_join=rng.random() < 0.5,
        layout=layout,
        heading=rng.choice(T.HEADINGS),
        upper=case.upper if rng.random() < 0.5 else rng.random() < 0.12,
        extra={"merge_join": rng.choice(T.MERGE_JOINS)},
    )


def items_of(case: Case, draw: Draw) -> list[Item]:
    """The case's statements as unchanged items, keyed by the draw's order."""
    return [
        Item(kind=s.kind, key=draw.order[i], stmt=s, index=i, side=s.side, sev=s.sev, size=s.size)
        for i, s in enumerate(case.stmts)
    ]


_SENTENCE_BREAK = re.compile(r"\.\s+[A-Z]")
_DENIAL = re.compile(r"(no|negative|there is no|without)\b", re.IGNORECASE)


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _wrap(pattern: str, phrase: str) -> str:
    return pattern.replace("{X}", _upper_first(phrase)).replace("{x}", _lower_first(phrase))


def _np_wrapper(phrase: str, pick: int) -> str:
    """A wrapper for a noun phrase; phrases with inner punctuation stay bare ("X, 2 cm, enhancing seen" reads badly)."""
    return "{X}" if "," in phrase or ";" in phrase else T.POS_WRAP[pick % len(T.POS_WRAP)]


def _fill(text: str, item: Item, draw: Draw) -> str:
    """Put the item's side, grade and sizes into a form."""

    def size(dims):
        return T.format_size(dims, draw.unit, draw.join, draw.spelled, draw.each, draw.strip)

    if item.side:
        text = text.replace("{side}", item.side).replace("{Side}", item.side.capitalize())
    if item.sev:
        word = SCALES[item.sev[0]][item.sev[1]]
        text = text.replace("{sev}", word).replace("{Sev}", word.capitalize())
    if item.size:
        text = text.replace("{size}", size(item.size))
    if item.stmt is not None and item.stmt.prior:
        text = text.replace("{prior}", size(item.stmt.prior))
    assert "{" not in text, text
    return text


def _sentence(item: Item, draw: Draw) -> str:
    """One item as a sentence without its final period."""
    pick = draw.picks[(item.index * 3 + 1) % 40] if item.index >= 0 else draw.picks[39]
    if draw.reference:
        pick = 0
    st = item.stmt
    if item.kind == "fab":
        text = _wrap(_np_wrapper(item.text, pick), item.text)
    elif item.kind == "compsent":
        text = item.text
    elif st.kind == "pos" and item.negated:
        text = _wrap(T.NEG_WRAP[pick % len(T.NEG_WRAP)], st.absent)
    elif st.kind == "neg" and item.negated:
        options = st.present or tuple(_wrap(p, st.absent) for p in T.PRESENT_WRAP)
        text = options[pick % len(options)]
    elif st.kind == "neg":
        text = _wrap(T.NEG_WRAP[pick % len(T.NEG_WRAP)], st.absent)
    else:
        text = st.forms[pick % len(st.forms)]
        if st.np:
            wrap_pick = 0 if draw.reference else draw.picks[(item.index * 3 + 2) % 40]
            text = _wrap(_np_wrapper(text, wrap_pick), text)
    text = _fill(text, item, draw) + item.comp
    return _upper_first(text)


def _merge_join(draw: Draw, before: str, parts: int) -> str:
    """The draw's join, or "; " after a denial ("No A and B" would deny B) or once a sentence holds two parts."""
    join = draw.extra["merge_join"]
    if "and" in join and (parts > 1 or _DENIAL.match(before)):
        return "; "
    return join


def _join_negatives(names: list[str], pattern: str) -> str:
    names = [_lower_first(n) for n in names]
    body = names[0] if len(names) == 1 else ", ".join(names[:-1]) + (" or " if len(names) == 2 else ", or ") + names[-1]
    return _upper_first(pattern.replace("{list}", body))


def _replace(text: str, long: str, short: str) -> str:
    """Replace a phrase wherever it stands as whole words, keeping a capital first letter."""

    def sub(m):
        return _upper_first(short) if m.group(0)[0].isupper() and short[0].islower() else short

    return re.sub(rf"(?<![\w-]){re.escape(long)}(?![\w-])", sub, text, flags=re.IGNORECASE)


def _reword(text: str, draw: Draw) -> str:
    for long, short in draw.abbrev:
        text = _replace(text, long, short)
    for long, alt in draw.syn:
        text = _replace(text, long, alt)
    if draw.british:
        for us, uk in T.BRITISH:
            text = re.sub(us, uk, text)
    return text


def render(case: Case, draw: Draw, items: list[Item]) -> str:
    """The impression text of `items` under `draw`."""
    ordered = sorted(items, key=lambda it: it.key)
    sentences: list[str] = []
    run: list[str] = []
    for item in ordered + [None]:
        plain_neg = item is not None and item.kind == "neg" and not item.negated and not item.comp
        if plain_neg and draw.neg_join:
            run.append(item.stmt.absent)
            continue
        if run:
            pattern = T.NEG_JOIN[draw.picks[len(sentences) % 40] % len(T.NEG_JOIN)]
            sentences.append(_fill(_join_negatives(run, pattern), Item("neg", 0), draw))
            run = []
        if item is not None:
            sentences.append(_sentence(item, draw))
    merged: list[str] = []
    parts = 0
    for i, sentence in enumerate(sentences):
        if merged and draw.merges[i % 40] and parts < 3 and not _SENTENCE_BREAK.search(merged[-1] + sentence):
            merged[-1] = merged[-1] + _merge_join(draw, merged[-1], parts) + _lower_first(sentence)
            parts += 1
        else:
            merged.append(sentence)
            parts = 1
    lines = [_upper_first(_reword(s, draw)).rstrip(".") + "." for s in merged]
    body = _layout(lines, draw.layout)
    if draw.heading:
        sep = " " if draw.layout == "prose" and not draw.heading.isupper() else "\n"
        body = f"{draw.heading}{sep}{body}"
    return body.upper() if draw.upper else body


def _layout(lines: list[str], layout: str) -> str:
    if layout == "prose":
        return " ".join(lines)
    if layout == "lines":
        return "\n".join(lines)
    if layout == "numbered":
        return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
    if layout == "paren":
        return "\n".join(f"{i}) {line}" for i, line in enumerate(lines, 1))
    return "\n".join(f"- {line}" for line in lines)


def insert_key(draw: Draw, slot: int) -> float:
    """A position among the items for an inserted sentence (fabrication or comparison sentence)."""
    return draw.slots[slot] - 0.5 if not draw.reference else 99.0
