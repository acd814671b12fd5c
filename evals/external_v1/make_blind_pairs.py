"""Write evals/external_v1/pairs.jsonl, the blind validation set for the hallucination score (stdlib only).

    python evals/external_v1/make_blind_pairs.py            # (re)write pairs.jsonl next to this file
    python evals/external_v1/make_blind_pairs.py --check    # exit 1 unless the committed file is reproduced
    python evals/external_v1/make_blind_pairs.py --output /tmp/pairs.jsonl

Deterministic: every case draws from its own `random.Random(f"{SEED}:{case id}")`, so adding a case leaves
the lines of the others unchanged. See README.md for the label semantics.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the case modules sit next to this script
    sys.path.insert(0, str(HERE))

from _cases_ct import CASES as CT_CASES
from _cases_mr import CASES as MR_CASES
from _cases_us import CASES as US_CASES
from _cases_xr import CASES as XR_CASES
from _spec import CATEGORIES, Case, Item, fmt_number, fmt_size

SEED = 5_2026
DEFAULT_OUTPUT = HERE / "pairs.jsonl"
CASES: tuple[Case, ...] = (*XR_CASES, *CT_CASES, *MR_CASES, *US_CASES)
STYLES = ("prose", "numbered", "numbered_inline", "bullets", "terse")
SEPARATORS = (" x ", " x ", " x ", "x", " × ")
ITEM_CATEGORIES = ("omitted_finding", "negation", "laterality", "severity", "measurement")
STANDALONE = -1  # a fabricated comparison stated as its own sentence rather than on a finding

COMPARISON_SUFFIXES = (
    ", new since the prior study", ", increased compared with the previous examination", ", unchanged from prior",
    " (stable since 2023)", ", slightly larger than on the last exam", ", interval progression since the prior study",
    ", not significantly changed from the previous exam", ", which has decreased since the prior examination",
)
COMPARISON_SENTENCES = (
    "No significant interval change compared with the prior examination",
    "Appearance is stable relative to the previous study",
    "Findings are new since the prior exam",
    "Overall unchanged from the study of 2024",
)
# (British, American) word beginnings; a candidate may be respelled either way without changing its meaning.
SPELLINGS = (
    ("oedema", "edema"), ("haemorrhag", "hemorrhag"), ("haematoma", "hematoma"),
    ("haemangioma", "hemangioma"), ("haemoperitoneum", "hemoperitoneum"), ("haemothorax", "hemothorax"),
    ("ischaem", "ischem"), ("oesophag", "esophag"), ("tumour", "tumor"), ("paediatric", "pediatric"),
    ("localised", "localized"), ("visualised", "visualized"), ("characterised", "characterized"),
    ("favour", "favor"), ("anaesthe", "anesthe"), ("visualisation", "visualization"), ("colour", "color"),
)


@dataclass
class Slots:
    """The values one candidate renders an item with (possibly changed by an injected error)."""

    form: int
    side: str | None
    sev: str | None
    size: tuple[float, ...] | None
    size_unit: str
    unit: str
    sep: str


@dataclass
class Plan:
    """Which errors go where: (category, target) with target an item index, a fab index or STANDALONE."""

    errors: list[tuple[str, int]] = field(default_factory=list)


def _other_side(side: str) -> str:
    return "left" if side == "right" else "right"


def _render(item: Item, template: str, s: Slots) -> str:
    values: dict[str, str] = {}
    if s.side:
        other = _other_side(s.side)
        values |= {"side": s.side, "Side": s.side.capitalize(), "S": s.side[0].upper(),
                   "oside": other, "Oside": other.capitalize(), "OS": other[0].upper()}
    if s.sev:
        values |= {"sev": s.sev, "Sev": s.sev.capitalize()}
    if s.size:
        values["size"] = fmt_size(s.size, s.size_unit, s.sep)
    if item.psize:
        values["psize"] = fmt_size(item.psize, s.unit, s.sep)
    return template.format_map(values)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    if text[:1].islower() and not text.startswith("s/p"):
        text = text[0].upper() + text[1:]
    return text


EPONYMS = ("Achilles", "Baker", "Bankart", "Chiari", "Foley", "Hill-Sachs", "Jones", "Murphy", "Rathke", "Schmorl")


def _keeps_capital(text: str) -> bool:
    word = text.split(" ", 1)[0].strip(",:;()")
    return any(ch.isupper() for ch in word[1:]) or word in EPONYMS


def _join(sentences: list[str], style: str) -> str:
    parts = [_sentence(s) for s in sentences]
    if style == "terse":  # "RLL pneumonia; no effusion." (acronyms and eponyms keep their capitals)
        parts = parts[:1] + [p if _keeps_capital(p) else p[0].lower() + p[1:] for p in parts[1:]]
    if style == "numbered":
        return "\n".join(f"{n}. {p}." for n, p in enumerate(parts, 1))
    if style == "numbered_inline":
        return " ".join(f"{n}) {p}." for n, p in enumerate(parts, 1))
    if style == "bullets":
        return "\n".join(f"- {p}" for p in parts)
    if style == "terse":
        return "; ".join(parts) + "."
    return " ".join(p + "." for p in parts)


def _respell(text: str, rng: random.Random) -> str:
    """Switch British and American spelling (never changes meaning)."""
    british = any(re.search(rf"\b{b}", text, re.IGNORECASE) for b, _ in SPELLINGS)
    if british and rng.random() < 0.5:
        pairs = SPELLINGS
    elif not british and rng.random() < 0.2:
        pairs = tuple((a, b) for b, a in SPELLINGS)
    else:
        return text
    for old, new in pairs:
        text = re.sub(rf"\b{old}", lambda m, new=new: new.capitalize() if m.group(0)[0].isupper() else new, text,
                      flags=re.IGNORECASE)
    return text


def reference(c: Case) -> str:
    slots = [Slots(0, i.side, i.sev, i.size, i.unit, i.unit, " x ") for i in c.items]
    return _join([_render(i, i.forms[0], s) for i, s in zip(c.items, slots)], c.style)


def eligible(c: Case, category: str) -> list[int]:
    """Targets one error of `category` can be injected at in case `c`."""
    items = list(enumerate(c.items))
    if category == "fabricated_finding":
        return list(range(len(c.fab)))
    if category == "fabricated_comparison":
        return [] if c.has_prior else [n for n, i in items if i.positive] + [STANDALONE]
    test = {"omitted_finding": lambda i: i.positive, "negation": lambda i: bool(i.neg),
            "laterality": lambda i: bool(i.side), "severity": lambda i: bool(i.sev),
            "measurement": lambda i: bool(i.size)}[category]
    return [n for n, i in items if test(i)]


def _mutate_size(s: Slots, rng: random.Random) -> str:
    """Change a measurement enough to matter (>= 25 %, or its unit); returns a note."""
    before = fmt_size(s.size, s.size_unit, " x ")
    for _ in range(50):
        op = rng.choice(("up", "down", "swap", "unit") if s.size_unit == "cm" else ("up", "down", "swap"))
        dims = list(s.size)
        if op == "unit":
            s.size, s.size_unit = tuple(d / 10 for d in dims), "mm"
            return f"{before} -> {fmt_size(s.size, s.size_unit, ' x ')}"
        which = range(len(dims)) if rng.random() < 0.4 else [rng.randrange(len(dims))]
        ok = True
        for j in which:
            if op == "swap":
                shown = fmt_number(dims[j] / (10 if s.size_unit == "cm" else 1))
                digits = [ch for ch in shown if ch.isdigit()]
                if len(digits) != 2 or "0" in digits or digits[0] == digits[1]:
                    ok = False
                    break
                swapped = shown.replace(digits[0], "#").replace(digits[1], digits[0]).replace("#", digits[1])
                new = float(swapped) * (10 if s.size_unit == "cm" else 1)
            else:
                factor = rng.choice((1.5, 1.8, 2.0, 2.5, 3.0) if op == "up" else (0.4, 0.5, 0.6))
                new = dims[j] * factor
                new = round(new) if new >= 5 else round(new, 1)
            if abs(new - dims[j]) / dims[j] < 0.25:
                ok = False
                break
            dims[j] = new
        if ok:
            s.size = tuple(dims)
            return f"{before} -> {fmt_size(s.size, s.size_unit, ' x ')}"
    raise RuntimeError("no measurement change found")


def build(c: Case, rng: random.Random, plan: Plan) -> tuple[str, list[str]]:
    """Render one candidate: the reference reworded, with the planned errors injected."""
    slots = []
    for item in c.items:
        unit = item.unit if rng.random() < 0.5 else ("mm" if item.unit == "cm" else "cm")
        slots.append(Slots(rng.randrange(len(item.forms)), item.side, item.sev, item.size, unit, unit,
                           rng.choice(SEPARATORS)))
    dropped: set[int] = set()
    negated: dict[int, str] = {}
    suffixes: dict[int, str] = {}
    extra: list[str] = []
    notes: list[str] = []
    for category, target in plan.errors:
        item = c.items[target] if target >= 0 and category != "fabricated_finding" else None
        s = slots[target] if item else None
        if category == "fabricated_finding":
            extra.append(c.fab[target][0])
            notes.append(f"fabricated_finding: added {c.fab[target][0]!r}")
        elif category == "fabricated_comparison" and target == STANDALONE:
            extra.append(rng.choice(COMPARISON_SENTENCES))
            notes.append(f"fabricated_comparison: added {extra[-1]!r}")
        elif category == "fabricated_comparison":
            suffixes[target] = rng.choice(COMPARISON_SUFFIXES)
            notes.append(f"fabricated_comparison: item {target} + {suffixes[target]!r}")
        elif category == "omitted_finding":
            dropped.add(target)
            notes.append(f"omitted_finding: item {target} ({item.forms[0]!r})")
        elif category == "negation":
            negated[target] = _render(item, rng.choice(item.neg), s)
            notes.append(f"negation: item {target} -> {negated[target]!r}")
        elif category == "laterality":
            s.side = _other_side(item.side)
            notes.append(f"laterality: item {target} {item.side} -> {s.side}")
        elif category == "severity":
            s.sev = rng.choice([w for w in item.scale if w != item.sev])
            notes.append(f"severity: item {target} {item.sev} -> {s.sev}")
        elif category == "measurement":
            notes.append(f"measurement: item {target} {_mutate_size(s, rng)}")
    touched = {t for cat, t in plan.errors if cat != "fabricated_finding" and t >= 0}
    kept = [n for n in range(len(c.items)) if n not in dropped]
    plain = [n for n in kept if n not in touched and len(c.items[n].forms) > 1]
    merges = [(idx, text) for idx, text in c.merges
              if not set(idx) & touched and rng.random() < 0.5]
    merged = {n for idx, _ in merges for n in idx}
    if plain and not merges and all(slots[n].form == 0 for n in plain):
        n = rng.choice(plain)  # always reword something, so wording never tells a control from an error
        slots[n].form = rng.randrange(1, len(c.items[n].forms))
    units: list[str] = []
    for n in kept:
        if n in merged:
            text = next((t for idx, t in merges if idx[0] == n), None)
            if text:
                units.append(text)
            continue
        item = c.items[n]
        text = negated.get(n) or _render(item, item.forms[slots[n].form], slots[n])
        units.append(text.rstrip(".") + suffixes.get(n, ""))
    if rng.random() < 0.5:
        rng.shuffle(units)
    for sentence in extra:
        units.insert(rng.randint(0, len(units)), sentence)
    style = c.style if rng.random() < 0.3 else rng.choice(STYLES)
    text = _join(units, style)
    if rng.random() < 0.12:
        text = "IMPRESSION:" + ("\n" if "\n" in text else " ") + text
    return _respell(text, rng), notes


def _plan_singles(c: Case, rng: random.Random, category: str) -> list[Plan]:
    targets = eligible(c, category)
    if not targets:
        return []
    rng.shuffle(targets)
    picked = targets[:2] if len(targets) > 1 else targets * 2
    return [Plan([(category, t)]) for t in picked]


def _plan_mixed(c: Case, rng: random.Random, k: int) -> Plan | None:
    categories = [cat for cat in CATEGORIES if eligible(c, cat)]
    rng.shuffle(categories)
    plan, used = Plan(), set()
    for category in categories:
        free = [t for t in eligible(c, category)
                if category == "fabricated_finding" or t == STANDALONE or t not in used]
        if not free:
            continue
        target = rng.choice(free)
        if category != "fabricated_finding" and target != STANDALONE:
            used.add(target)
        plan.errors.append((category, target))
        if len(plan.errors) == k:
            return plan
    return None


def case_lines(c: Case) -> list[dict]:
    rng = random.Random(f"{SEED}:{c.id}")
    ref = reference(c)
    seen = {ref}
    plans: list[tuple[str, Plan]] = [("control-1", Plan()), ("control-2", Plan())]
    for category in CATEGORIES:
        plans += [(f"{category}-{n}", p) for n, p in enumerate(_plan_singles(c, rng, category), 1)]
    for n, k in enumerate((2, 3), 1):
        mixed = _plan_mixed(c, rng, k)
        if mixed:
            plans.append((f"mixed-{n}", mixed))
    source = {"indication": c.indication, "comparison": c.comparison, "findings": c.findings,
              "has_prior": c.has_prior}
    lines = []
    injected: set[tuple[str, ...]] = set()
    for name, plan in plans:
        for attempt in range(100):
            candidate, notes = build(c, rng, plan)
            # a second line on the same target should carry a different change where one exists
            if candidate not in seen and (not notes or tuple(notes) not in injected or attempt >= 40):
                break
        else:
            raise RuntimeError(f"{c.id}/{name}: no distinct candidate")
        seen.add(candidate)
        injected.add(tuple(notes))
        errors = sorted(cat for cat, _ in plan.errors)
        lines.append({"id": f"{c.id}/{name}", "source": source, "candidate": candidate, "reference": ref,
                      "has_prior": c.has_prior, "labels": {"errors": errors, "control": not errors},
                      "meta": {"case": c.id, "modality": c.modality, "region": c.region}, "injected": notes})
    return lines


def generate() -> str:
    ids = [c.id for c in CASES]
    duplicated = [i for i, n in Counter(ids).items() if n > 1]
    if duplicated:
        raise ValueError(f"duplicate case ids: {duplicated}")
    lines = [line for c in CASES for line in case_lines(c)]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def summary(text: str) -> str:
    rows = [json.loads(line) for line in text.splitlines()]
    single = Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    controls = sum(r["labels"]["control"] for r in rows)
    mixed = sum(len(r["labels"]["errors"]) > 1 for r in rows)
    cases = len({r["meta"]["case"] for r in rows})
    per = ", ".join(f"{cat} {single[cat]}" for cat in CATEGORIES)
    return f"{len(rows)} lines from {cases} cases: {controls} controls, {mixed} mixed; single-error: {per}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the JSONL")
    parser.add_argument("--check", action="store_true", help="compare with --output instead of writing it")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        same = args.output.exists() and args.output.read_bytes() == text.encode("utf-8")
        print("reproduced" if same else f"{args.output} differs from the generator's output")
        return 0 if same else 1
    args.output.write_bytes(text.encode("utf-8"))
    print(summary(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
