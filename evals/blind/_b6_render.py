"""Rewording, error injection and rendering of blind set v6 candidates.

A candidate is drawn as a list of statements in mark-up (a fresh rewording, near or far), errors are made on
distinct statements of that list, and only then is it rendered (units, list style, merges, capitals). Controls
and error candidates go through the same draws, so wording distance alone cannot tell them apart.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from _b6_model import SIZE, TOKEN, Case, sides, sizes_mm

SEVERITY_SHIFT = {
    "trace": ("large", "moderate"), "minimal": ("moderate", "severe"), "mild": ("moderate", "severe", "marked"),
    "slight": ("marked", "severe"), "moderate": ("mild", "severe"), "severe": ("mild", "moderate"),
    "marked": ("mild", "minimal"), "small": ("large", "moderate"), "large": ("small", "trace"),
    "tiny": ("large", "moderate"), "low-grade": ("high-grade",), "high-grade": ("low-grade",),
    "grade 1": ("grade 3",), "grade 2": ("grade 3", "grade 1"), "grade 3": ("grade 1",),
    "mild-to-moderate": ("severe",), "moderate-to-severe": ("mild",), "focal": ("diffuse",),
}
COMPARISON_CLAUSES = (", new since the prior study", ", unchanged from the previous examination",
                      ", stable compared to prior", ", increased since the prior exam",
                      ", which has grown compared with the previous study", ", not present on the prior study")
COMPARISON_SENTENCES = ("No significant interval change compared with the prior study",
                        "Overall appearance is stable compared to the previous exam",
                        "These findings are new since the prior examination",
                        "Compared with the prior study, there is interval worsening")


@dataclass
class Draft:
    """A candidate in mark-up: statement texts in output order with their origin (None: added)."""

    parts: list[str]
    origin: list[int | None]
    positive: list[bool]
    touched: set[int] = field(default_factory=set)


def reword(case: Case, rng: random.Random, far: bool) -> Draft:
    """A fresh rewording: one wording per statement (far ones when asked and written), maybe reordered."""
    order = list(range(len(case.statements)))
    if rng.random() < 0.35:
        rng.shuffle(order)
    parts = []
    for i in order:
        stmt = case.statements[i]
        pool = stmt.far if far and stmt.far else stmt.near
        parts.append(rng.choice(pool))
    return Draft(parts, list(order), [case.statements[i].positive for i in order])


def _free(draft: Draft, pred) -> list[int]:  # noqa: ANN001
    return [k for k, o in enumerate(draft.origin) if o is not None and k not in draft.touched and pred(k)]


def applicable(case: Case, category: str) -> bool:
    """Whether the case has a statement this category can be made on."""
    st = case.statements
    checks = {
        "fabricated_finding": bool(case.fabrications),
        "omitted_finding": sum(s.positive for s in st) >= 2,
        "negation": any(s.reversed for s in st),
        "laterality": any(_unbalanced(s.reference) for s in st),
        "severity": any(_grades(s.reference) for s in st),
        "measurement": any("{M:" in s.reference for s in st),
        "fabricated_comparison": not case.has_prior,
    }
    return checks[category]


def _unbalanced(text: str) -> bool:
    found = [v for k, v in TOKEN.findall(text) if k == "L"]
    return bool(found) and sides(" ".join(found))["right"] != sides(" ".join(found))["left"]


def _grades(text: str) -> list[str]:
    return [v for k, v in TOKEN.findall(text) if k == "S" and v.lower() in SEVERITY_SHIFT]


def inject(draft: Draft, case: Case, category: str, rng: random.Random) -> bool:
    """Make one error of `category` on a statement no other error touched; False when none fits."""
    st = case.statements
    if category == "fabricated_finding":
        sentence, _ = rng.choice(case.fabrications)
        at = rng.randrange(len(draft.parts) + 1)
        draft.parts.insert(at, sentence)
        draft.origin.insert(at, None)
        draft.positive.insert(at, True)
        draft.touched = {k + (k >= at) for k in draft.touched} | {at}
        return True
    if category == "fabricated_comparison":
        targets = _free(draft, lambda k: draft.positive[k])
        if targets and rng.random() < 0.6:
            k = rng.choice(targets)
            draft.parts[k] = draft.parts[k].rstrip(".") + rng.choice(COMPARISON_CLAUSES)
            draft.touched.add(k)
        else:
            draft.parts.append(rng.choice(COMPARISON_SENTENCES))
            draft.origin.append(None)
            draft.positive.append(True)
            draft.touched.add(len(draft.parts) - 1)
        return True
    preds = {
        "omitted_finding": lambda k: draft.positive[k],
        "negation": lambda k: st[draft.origin[k]].reversed is not None,
        "laterality": lambda k: _unbalanced(draft.parts[k]),
        "severity": lambda k: bool(_grades(draft.parts[k])),
        "measurement": lambda k: "{M:" in draft.parts[k],
    }
    targets = _free(draft, preds[category])
    if not targets:
        return False
    k = rng.choice(targets)
    if category == "omitted_finding":
        del draft.parts[k], draft.origin[k], draft.positive[k]
        draft.touched = {j - (j > k) for j in draft.touched}
        return True
    draft.touched.add(k)
    if category == "negation":
        draft.parts[k] = st[draft.origin[k]].reversed
    elif category == "laterality":
        draft.parts[k] = TOKEN.sub(lambda m: "{L:%s}" % _swap(m.group(2)) if m.group(1) == "L" else m.group(0),
                                   draft.parts[k])
    elif category == "severity":
        grade = rng.choice(_grades(draft.parts[k]))
        new = rng.choice(SEVERITY_SHIFT[grade.lower()])
        new = new[0].upper() + new[1:] if grade[0].isupper() else new
        draft.parts[k] = draft.parts[k].replace("{S:%s}" % grade, "{S:%s}" % new, 1)
    else:
        draft.parts[k] = _change_size(draft.parts[k], case, rng)
    return True


def _swap(word: str) -> str:
    table = {"right": "left", "left": "right", "Right": "Left", "Left": "Right", "RIGHT": "LEFT", "LEFT": "RIGHT"}
    if word in table:
        return table[word]
    return {"R": "L", "L": "R"}[word[0]] + word[1:]


def _change_size(text: str, case: Case, rng: random.Random) -> str:
    """Change one dimension of one current size: lesion x0.5-0.7 / x1.5-2, organ x0.7-0.8 / x1.25-1.35, or a
    unit slip (a single size in mm written in cm)."""
    tokens = [m for m in TOKEN.finditer(text) if m.group(1) == "M"]
    tok = rng.choice(tokens)
    nums_text, unit = SIZE.fullmatch(tok.group(2)).groups()
    nums = re.findall(r"\d+(?:\.\d+)?", nums_text)
    existing = set(sizes_mm(" ".join(v for _, v in _size_tokens(case))))
    factor_mm = 10.0 if unit.lower().startswith("c") else 1.0
    if len(nums) == 1 and factor_mm == 1.0 and float(nums[0]) <= 30 and rng.random() < 0.3:
        return text[:tok.start()] + "{Q:%s cm}" % nums[0] + text[tok.end():]
    i = rng.randrange(len(nums))
    old = float(nums[i]) * factor_mm
    for _ in range(50):
        if old >= 60:
            f = rng.uniform(0.7, 0.8) if rng.random() < 0.5 else rng.uniform(1.25, 1.35)
        else:
            f = rng.uniform(0.5, 0.7) if rng.random() < 0.5 else rng.uniform(1.5, 2.0)
        new = round(old * f) if factor_mm == 1.0 else round(old * f / 10, 1) * 10
        if abs(new - old) >= 2 and round(new, 1) not in existing:
            break
    nums[i] = f"{new:g}" if factor_mm == 1.0 else f"{new / 10:.1f}"
    return text[:tok.start()] + "{M:%s %s}" % (" x ".join(nums), unit) + text[tok.end():]


def _size_tokens(case: Case) -> list[tuple[str, str]]:
    """Every size token of the case's reference (used to keep a changed size off the case's other sizes)."""
    return [(k, v) for s in case.statements for k, v in TOKEN.findall(s.reference) if k in "MP"]


def fmt_size(value: str, mode: str) -> str:
    """Render a size in its own unit, the other unit, or with the unit spelled out (dictation style)."""
    nums_text, unit = SIZE.fullmatch(value).groups()
    nums = re.findall(r"\d+(?:\.\d+)?", nums_text)
    if mode == "swap":
        if unit.lower().startswith("c"):
            nums, unit = [f"{round(float(n) * 10, 1):g}" for n in nums], "mm"
        else:
            nums, unit = [f"{round(float(n) / 10, 2):g}" for n in nums], "cm"
    elif mode == "words":
        unit = "centimeters" if unit.lower().startswith("c") else "millimeters"
    sep = " by " if mode == "words" else " x "
    return sep.join(nums) + " " + unit


def _resolve(text: str, mode: str) -> str:
    def sub(m: re.Match) -> str:
        kind, value = m.groups()
        return fmt_size(value, mode) if kind in "MP" else value
    return TOKEN.sub(sub, text)


def _lower_first(text: str) -> str:
    word = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if word[1:] == word[1:].lower() and word[1:2].isalpha() else text


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:] if "/" not in text.split(" ", 1)[0] else text


def render(draft: Draft, style: str, mode: str, rng: random.Random, extra: str | None = None) -> str:
    """Plain text of a draft: units by `mode`, then prose (with random merges), numbered list, one sentence, or
    upper-case numbered (teleradiology)."""
    parts = [_resolve(p, mode).strip().rstrip(".") for p in draft.parts]
    if extra:
        parts.append(extra.rstrip("."))
    if style == "oneline":
        return _upper_first("; ".join([parts[0]] + [_lower_first(p) for p in parts[1:]])) + "."
    if style in ("numbered", "caps"):
        text = "\n".join(f"{i}. {_upper_first(p)}." for i, p in enumerate(parts, 1))
        return text.upper() if style == "caps" else text
    merged = [parts[0]]
    for p in parts[1:]:
        if rng.random() < 0.25:
            merged[-1] += rng.choice(("; ", ", and ")) + _lower_first(p)
        else:
            merged.append(p)
    return " ".join(_upper_first(p) + "." for p in merged)


def reference_text(case: Case) -> str:
    """The reference impression: first wording of every statement in the case's own style."""
    draft = Draft([s.reference for s in case.statements], list(range(len(case.statements))),
                  [s.positive for s in case.statements])
    return render(draft, case.style, "keep", random.Random(0)) if case.style != "prose" else " ".join(
        _upper_first(_resolve(p, "keep").rstrip(".")) + "." for p in draft.parts)
