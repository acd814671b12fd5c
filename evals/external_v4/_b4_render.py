"""Turn a case's reference statements into a candidate impression: one random equivalent rewording, plus errors.

Every candidate, control or not, is drawn the same way (forms, order, units, layout, supported extras), so that
wording distance alone cannot tell an error from a control; only the planned edits differ.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from _b4_spec import SCALES, SIDES, TOKEN, Case, Stmt  # noqa: I001 (sibling module, see make_pairs)

NO_LOWER = {"Baker", "Bosniak", "BI-RADS", "Morison", "Chiari", "Hill-Sachs", "Fleischner", "TI-RADS", "O-RADS",
            "Schmorl", "Segond", "Salter-Harris", "Legg-Calve-Perthes", "Osgood-Schlatter", "Doppler", "Klatskin",
            "Meckel", "Stener", "Bankart", "Crohn", "Virchow"}

FAKE_CLAUSES = (", new since the prior study", ", unchanged from the previous examination",
                ", increased compared with prior", ", stable compared to prior imaging",
                ", slightly larger than on the previous study", ", not present on the prior exam")
FAKE_SENTENCES = ("No significant interval change compared with the prior study.",
                  "Findings are stable relative to the previous examination.", "Overall unchanged from prior.",
                  "Interval progression since the prior study.", "New since the last examination.")


@dataclass
class Style:
    """Per-candidate wording choices that never change meaning."""

    unit: str  # keep | mm | cm
    sep: str
    spelled: bool
    abbr_sides: bool
    layout: str  # prose | numbered | headed | merged
    caps: bool
    extra: str | None

    @classmethod
    def draw(cls, case: Case, rng: random.Random) -> Style:
        headed_ok = sum(s.org is not None for s in case.stmts) >= max(2, len(case.stmts) - 1)
        layouts = ["prose", "prose", "numbered", "merged"] + (["headed", "headed"] if headed_ok else [])
        layout = rng.choice(layouts)
        caps = rng.random() < 0.08
        return cls(unit=rng.choice(["keep", "keep", "mm", "cm"]), sep=rng.choice([" x ", " x ", "x", " × ", " by "]),
                   spelled=rng.random() < 0.08, abbr_sides=(layout == "headed" or caps) and rng.random() < 0.5,
                   layout=layout, caps=caps,
                   extra=rng.choice(case.extras) if case.extras and rng.random() < 0.4 else None)


@dataclass
class Edit:
    """What to do to one statement: flip its sides, move a grade, change a size, swap in a negation, add a clause."""

    flip_sides: bool = False
    grade: tuple[int, str] | None = None
    size: int | None = None
    negation: str | None = None
    clause: str | None = None
    drop: bool = False


def parse_size(value: str) -> tuple[list[float], str]:
    """'2.3 x 1.5 cm' -> ([23.0, 15.0], 'cm'): dimensions in mm and the unit written."""
    unit = value.strip().split()[-1]
    nums = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", value)]
    return [n * 10 if unit == "cm" else n for n in nums], unit


def _fmt(mm: float, unit: str) -> str:
    val = round(mm / 10, 2) if unit == "cm" else round(mm, 1)
    text = f"{val:.2f}".rstrip("0").rstrip(".")
    return text


def _unit_word(unit: str, spelled: bool) -> str:
    return {"mm": "millimeters", "cm": "centimeters"}[unit] if spelled else unit


def render_size(value: str, style: Style, rng: random.Random | None = None, prior: bool = False) -> str:
    """Render a size in the style's unit; with `rng`, change one dimension (a measurement error)."""
    dims, unit = parse_size(value)
    shown = unit if style.unit == "keep" or prior else style.unit
    if rng is None and shown == unit and style.sep == " x " and not style.spelled:
        return value  # as written by the case author
    word = _unit_word(shown, style.spelled)
    if rng is not None:
        if len(dims) == 1 and rng.random() < 0.3:  # unit slip: mm read as cm or the reverse
            other = "cm" if shown == "mm" else "mm"
            return f"{_fmt(dims[0], shown)} {_unit_word(other, style.spelled)}"
        i = rng.randrange(len(dims))
        big = max(dims) >= 60
        for _ in range(200):
            lo, hi = rng.choice([(0.7, 0.8), (1.25, 1.35)] if big else [(0.5, 0.7), (1.5, 2.0)])
            new = dims[i] * rng.uniform(lo, hi)
            new = round(new) if shown == "mm" else round(new / 10, 1) * 10
            if abs(new - dims[i]) >= 2 and new > 0:
                break
        else:  # pragma: no cover - tiny sizes only
            new = dims[i] + 5
        dims = dims[:i] + [new] + dims[i + 1:]
    return style.sep.join(_fmt(d, shown) for d in dims) + f" {word}"


def _side(value: str, flip: bool, abbr: bool) -> str:
    out = SIDES[value.lower()] if flip else value.lower()
    if abbr and out in ("right", "left"):
        out = out[0]
    if value.isupper() or (abbr and len(out) == 1):
        return out.upper()
    return out.capitalize() if value[0].isupper() else out


def render_text(text: str, style: Style, edit: Edit | None = None, rng: random.Random | None = None) -> str:
    """Replace the tokens of one form; an edit changes sides / one grade / one size on the way."""
    edit = edit or Edit()
    counters = {"G": -1, "Z": -1}

    def sub(m: re.Match[str]) -> str:
        kind, value = m.group(1), m.group(2)
        if kind == "L":
            return _side(value, edit.flip_sides, style.abbr_sides)
        if kind == "G":
            counters["G"] += 1
            word = value.split(":", 1)[1]
            if edit.grade and edit.grade[0] == counters["G"]:
                return edit.grade[1].capitalize() if word[0].isupper() else edit.grade[1]
            return word
        if kind == "Z":
            counters["Z"] += 1
            wrong = edit.size is not None and edit.size == counters["Z"]
            return render_size(value, style, rng if wrong else None)
        return render_size(value, style, prior=True)

    return TOKEN.sub(sub, text)


def fix_articles(text: str) -> str:
    """'a 8 mm' -> 'an 8 mm' after sizes change; only before numbers."""
    def sub(m: re.Match[str]) -> str:
        art, num = m.group(1), m.group(2)
        whole = num.split(".")[0]
        an = whole.startswith("8") or whole in ("11", "18")
        new = "an" if an else "a"
        return (new.capitalize() if art[0].isupper() else new) + " " + num
    return re.sub(r"\b(an|a|An|A) (\d+(?:\.\d+)?)", sub, text)


def cap(text: str) -> str:
    """Upper-case the first letter of a sentence piece."""
    return text[0].upper() + text[1:] if text and text[0].isalpha() else text


def lower_first(text: str) -> str:
    """Lower-case the first word when joining after '; ' unless it is an abbreviation or a proper name."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[1:].islower() and word.rstrip(".,:;") not in NO_LOWER:
        return text[0].lower() + text[1:]
    return text


def statement_text(stmt: Stmt, form: int, style: Style, edit: Edit, rng: random.Random) -> str:
    """One statement's wording with its edit applied."""
    text = edit.negation if edit.negation is not None else stmt.forms[form]
    out = cap(render_text(text, style, edit, rng))
    if edit.clause:
        out = out.rstrip()
        out = (out[:-1] if out.endswith(".") else out) + edit.clause + "."
    return out


def layout(pieces: list[tuple[str, str | None]], style: Style, rng: random.Random) -> str:
    """Assemble (text, heading) pieces as prose, a numbered list, organ headings or merged sentences."""
    texts = [t for t, _ in pieces]
    if style.layout == "numbered":
        mark = rng.choice(["{}. ", "{}) "])
        out = "\n".join(mark.format(i + 1) + t for i, t in enumerate(texts))
    elif style.layout == "headed":
        groups: dict[str, list[str]] = {}
        order: list[str] = []
        for text, org in pieces:
            key = org or ""
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(text)
        lines = []
        for key in order:
            body = " ".join(groups[key])
            lines.append(f"{key}: {lower_first(body) if rng.random() < 0.5 else body}" if key else body)
        out = "\n".join(lines)
    elif style.layout == "merged":
        merged: list[str] = []
        for text in texts:
            if merged and rng.random() < 0.45 and merged[-1].endswith(".") and "\n" not in text:
                merged[-1] = merged[-1][:-1] + rng.choice(["; ", ", and "]) + lower_first(text)
            else:
                merged.append(text)
        out = " ".join(merged)
    else:
        out = " ".join(texts)
    out = fix_articles(out)
    return out.upper() if style.caps else out


def tokens_of(text: str, kind: str) -> list[str]:
    return [v for k, v in TOKEN.findall(text) if k == kind]


def side_set(stmt: Stmt) -> set[str]:
    """Normalised sides ('r'/'l') of a statement's reference form."""
    return {v.lower()[0] for v in tokens_of(stmt.forms[0], "L")}


def grade_choices(stmt: Stmt) -> list[tuple[int, str]]:
    """Every (grade token ordinal, wrong word) pair for a severity error on this statement."""
    out = []
    for i, value in enumerate(tokens_of(stmt.forms[0], "G")):
        scale, word = value.split(":", 1)
        out += [(i, w) for w in SCALES[scale][word.lower()]]
    return out


def fake_clause(rng: random.Random) -> str:
    return rng.choice(FAKE_CLAUSES)


def fake_sentence(rng: random.Random) -> str:
    return rng.choice(FAKE_SENTENCES)
