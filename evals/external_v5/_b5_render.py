"""Rendering a case's impression: the reference, equivalent rewordings, and rewordings carrying injected errors.

Every candidate (control or not) is drawn the same way: each statement gets one of its hand-written wordings,
statements may be reordered, sizes may switch mm/cm, and the whole is laid out as prose, a numbered list, a
semicolon-merged run or one long sentence. Only the error itself separates an error candidate from a control.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from _b5_spec import MARK_RE, SCALES, Case, grade_level

FORMATS = ("prose", "numbered", "merged", "one")
CLAUSES = (", new since the prior study", ", unchanged from the previous examination",
           ", increased compared with the prior exam", ", stable since the last study",
           ", not significantly changed from prior", " (new compared with prior)",
           ", slightly larger than on the previous study", ", which has progressed since the prior")
SENTENCES = ("No significant interval change compared with the prior study.",
             "Overall appearance is similar to the previous examination.",
             "Findings are unchanged from the prior exam.",
             "Compared with the prior study, no new abnormality.",
             "Interval progression since the previous study.",
             "Stable appearance compared to prior.")
UNIT_SWAP = {"mm": "cm", "cm": "mm", "millimeters": "centimeters", "centimeters": "millimeters",
             "millimeter": "centimeter", "centimeter": "millimeter"}


@dataclass
class Plan:
    """What one candidate gets: wording mode and, per error category, its target statement (None: no target)."""

    mode: str
    errors: dict[str, int | None] = field(default_factory=dict)


def swap_side(word: str) -> str:
    """Left <-> right, keeping the word's form (right/Right/RIGHT/rt/R/RLL ...)."""
    pairs = {"right": "left", "rt": "lt"}
    pairs |= {v: k for k, v in pairs.items()}
    low = word.lower()
    if low in pairs:
        new = pairs[low]
        if word.isupper() and len(word) > 1:
            return new.upper()
        return new.capitalize() if word[0].isupper() else new
    if word[0] in "RL" and word.isupper() and word != "RML":
        return ("L" if word[0] == "R" else "R") + word[1:]
    raise ValueError(f"not a side word: {word!r}")


def _case_like(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    return new[0].upper() + new[1:] if old[0].isupper() else new


def regrade(word: str, rng: random.Random) -> str:
    """Another level of the word's own scale (never trace/minimal <-> small/mild: too close to call an error)."""
    name = word.split("/")[0]
    scale, level = grade_level(word)
    levels = sorted({lv for lv in SCALES[scale].values() if lv != level and {lv, level} != {0, 1}})
    target = rng.choice(levels)
    roman = scale == "grade" and name.lower().rstrip("i") != name.lower()
    options = [w for w, lv in SCALES[scale].items() if lv == target
               and (scale != "grade" or (w.rstrip("i") != w) == roman)]
    new = _case_like(rng.choice(options), name)
    return new[:6] + new[6:].upper() if roman else new


def _fmt(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def render_size(body: str, rng: random.Random, *, convert: bool, mutate: bool) -> str:
    """A size, maybe in the other unit, maybe with one error: one dimension changed or the unit misread.

    Organ-sized values (6 cm and more) are never written in mm: radiologists do not say "130 mm spleen"."""
    if not convert and not mutate:
        return body
    parts = re.split(r"(\d+(?:\.\d+)?)", body)
    unit_m = re.search(r"[a-z]+", parts[-1].lower())
    unit = unit_m.group(0) if unit_m else ""
    nums = [float(p) for p in parts[1::2]]
    in_mm = [n * (10 if unit.startswith("c") else 1) for n in nums]
    if convert and unit in UNIT_SWAP and max(in_mm) < 60:
        scale = 0.1 if unit.startswith("m") else 10.0
        nums = [round(n * scale, 2) for n in nums]
        parts[-1] = parts[-1].replace(unit, UNIT_SWAP[unit])
        unit = UNIT_SWAP[unit]
    if mutate:
        if unit == "mm" and max(nums) <= 30 and rng.random() < 0.3:
            parts[-1] = parts[-1].replace("mm", "cm")  # unit slip: millimetres read as centimetres
        else:
            k = rng.randrange(len(nums))
            mm = nums[k] * (10 if unit.startswith("c") else 1)
            per_mm = 0.1 if unit.startswith("c") else 1.0
            for attempt in range(30):
                lo_hi = ((0.7, 0.8), (1.25, 1.35)) if mm >= 60 else ((0.5, 0.7), (1.5, 2.0))
                if attempt >= 20:  # tiny sizes (1-3 mm): add 2-5 mm instead of scaling
                    new = round(nums[k] + rng.randint(2, 5) * per_mm, 1)
                else:
                    new = round(nums[k] * rng.uniform(*rng.choice(lo_hi)), 1 if per_mm < 1 else 0)
                if new > 0 and abs(new / per_mm - mm) >= 2 - 1e-9:
                    nums[k] = new
                    break
    parts[1::2] = [_fmt(n) for n in nums]
    return "".join(parts)


def render_wording(text: str, rng: random.Random, *, swap: bool = False, grade_at: int | None = None,
                   size_at: int | None = None, convert_p: float = 0.0) -> str:
    """One marked-up wording as plain text, with the requested change(s) applied to its marks."""
    counters = {"grade": 0, "size": 0}

    def one(m: re.Match) -> str:
        if m.group(1) is not None:
            return swap_side(m.group(1)) if swap else m.group(1)
        if m.group(2) is not None:
            idx = counters["grade"]
            counters["grade"] += 1
            return regrade(m.group(2), rng) if idx == grade_at else m.group(2).split("/")[0]
        current = m.group(3) != "^"
        idx = counters["size"]
        if current:
            counters["size"] += 1
        return render_size(m.group(4), rng, convert=rng.random() < convert_p,
                           mutate=current and idx == size_at)

    return MARK_RE.sub(one, text)


def count_marks(text: str) -> dict[str, int]:
    """How many side, grade and current-size marks a wording has."""
    out = {"side": 0, "grade": 0, "size": 0}
    for m in MARK_RE.finditer(text):
        key = "side" if m.group(1) is not None else "grade" if m.group(2) is not None else (
            "size" if m.group(3) != "^" else "prior")
        if key in out:
            out[key] += 1
    return out


PROPER = {"Baker", "Baker's", "Chiari", "Garden", "Weber", "Jones", "Lisfranc", "Graf", "Deauville", "Kerley",
          "Murphy", "Fleischner", "Gartland", "Zenker", "Meckel", "Papile", "Hill-Sachs", "Goutallier"}


def _lower_first(text: str) -> str:
    if text.split(" ", 1)[0].rstrip(",:;") in PROPER:
        return text
    return text[0].lower() + text[1:] if len(text) > 1 and text[0].isupper() and text[1].islower() else text


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def layout(pieces: list[str], fmt: str, rng: random.Random) -> str:
    """Pieces laid out as prose, a numbered list, partly merged with semicolons, or one long sentence."""
    pieces = [_sentence(p) for p in pieces]
    if fmt == "numbered" and len(pieces) > 1:
        return "\n".join(f"{k}. {p}" for k, p in enumerate(pieces, 1))
    if fmt in ("merged", "one") and len(pieces) > 1:
        out = [pieces[0]]
        for p in pieces[1:]:
            if fmt == "one" or rng.random() < 0.6:
                out[-1] = out[-1][:-1] + "; " + _lower_first(p)
            else:
                out.append(p)
        return " ".join(out)
    return " ".join(pieces)


def reference(case: Case) -> str:
    """The reference impression: every statement's first wording, in order, in the case's own layout."""
    pieces = [render_wording(s.variants[0], random.Random(0)) for s in case.statements]
    text = layout(pieces, "numbered" if case.fmt == "caps" else case.fmt, random.Random(0))
    return text.upper() if case.fmt == "caps" else text


def candidate(case: Case, plan: Plan, rng: random.Random) -> str:
    """One candidate impression for the plan: a fresh rewording with exactly the planned errors."""
    errs = plan.errors
    far = plan.mode == "far"
    body = [i for i, s in enumerate(case.statements) if s.kind != "="]
    recs = [i for i, s in enumerate(case.statements) if s.kind == "="]
    if len(body) > 1 and (far or rng.random() < 0.3):
        j = rng.randrange(len(body) - 1)
        body[j], body[j + 1] = body[j + 1], body[j]
    pieces: list[str] = []
    for i in body + recs:
        st = case.statements[i]
        if errs.get("omitted_finding") == i:
            continue
        alts = st.variants[1:]
        if errs.get("negation") == i:
            wording = rng.choice(st.flips)
        elif alts and (far or rng.random() < 0.55):
            wording = rng.choice(alts)
        else:
            wording = st.variants[0]
        marks = count_marks(wording)
        grade_at = rng.randrange(marks["grade"]) if errs.get("severity") == i else None
        size_at = rng.randrange(marks["size"]) if errs.get("measurement") == i else None
        text = render_wording(wording, rng, swap=errs.get("laterality") == i, grade_at=grade_at, size_at=size_at,
                              convert_p=0.45 if far else 0.2)
        if "fabricated_comparison" in errs and errs["fabricated_comparison"] == i:
            text = text.rstrip().rstrip(".") + rng.choice(CLAUSES) + "."
        pieces.append(text)
    n_body = len(pieces) - len(recs)
    if "fabricated_finding" in errs:
        fab = rng.choice(case.fabs)[0]
        pieces.insert(rng.randint(0, max(n_body, 0)), fab)
        n_body += 1
    if case.extras and rng.random() < 0.35:
        pieces.insert(n_body, rng.choice(case.extras))
        n_body += 1
    if "fabricated_comparison" in errs and errs["fabricated_comparison"] is None:
        sentence = rng.choice(SENTENCES)
        pieces.insert(0 if rng.random() < 0.3 else n_body, sentence)
    base = "numbered" if case.fmt == "caps" else case.fmt
    if far:
        fmt = rng.choice([f for f in FORMATS if f != base])
    else:
        fmt = base if rng.random() < 0.5 else rng.choice(FORMATS)
    text = layout(pieces, fmt, rng)
    if case.fmt == "caps" and rng.random() < 0.6:
        text = text.upper()
    return text
