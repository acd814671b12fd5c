#!/usr/bin/env python3
"""Generate the fifth blind validation set (`pairs.jsonl`) from the hand-written cases; stdlib only.

Deterministic (seed string ``radgate-blind-v5``): the same cases always give the same file, byte for byte, so
``--check`` can prove the committed file is what the cases say. Every case and every candidate passes the checks
in ``check_case`` / ``check_candidate`` before anything is written: a broken case stops the run.

    python evals/external_v5/make_pairs.py [--output PATH] [--check] [--stats]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _b5_cases_ct1 import CASES as _CT1  # noqa: E402
from _b5_cases_ct2 import CASES as _CT2  # noqa: E402
from _b5_cases_mr1 import CASES as _MR1  # noqa: E402
from _b5_cases_mr2 import CASES as _MR2  # noqa: E402
from _b5_cases_other import CASES as _OTHER  # noqa: E402
from _b5_cases_us import CASES as _US  # noqa: E402
from _b5_cases_us2 import CASES as _US2  # noqa: E402
from _b5_cases_xr import CASES as _XR  # noqa: E402
from _b5_render import Plan, candidate, count_marks, reference  # noqa: E402
from _b5_spec import (CATEGORIES, COMPARISON_RE, Case, grade_level, jaccard, plain, sides,  # noqa: E402
                      sizes_mm)

SEED = "radgate-blind-v5"
DEFAULT_OUTPUT = HERE / "pairs.jsonl"


def all_cases() -> list[Case]:
    cases = [*_CT1, *_CT2, *_MR1, *_MR2, *_XR, *_US, *_US2, *_OTHER]
    ids = [c.case_id for c in cases]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        raise ValueError(f"duplicate case ids: {dup}")
    return cases


def targets(case: Case) -> dict[str, list[int | None]]:
    """For each error category, the statements it may hit in this case (None: it adds a sentence)."""
    st = case.statements

    def every(i: int, key: str) -> bool:
        return all(count_marks(v)[key] > 0 for v in st[i].variants)

    out: dict[str, list[int | None]] = {
        "fabricated_finding": [None] if case.fabs else [],
        "omitted_finding": [i for i, s in enumerate(st) if s.kind == "+"] if len(st) >= 2 else [],
        "negation": [i for i, s in enumerate(st) if s.flips],
        "laterality": [i for i in range(len(st)) if every(i, "side")],
        "severity": [i for i in range(len(st)) if every(i, "grade")],
        "measurement": [i for i in range(len(st)) if every(i, "size")],
        "fabricated_comparison": [] if case.has_prior else [None, *[i for i, s in enumerate(st) if s.kind == "+"]],
    }
    return {k: v for k, v in out.items() if v}


def _assign(cats: list[str], options: dict[str, list[int | None]], rng: random.Random) -> dict | None:
    used: set[int] = set()
    out: dict[str, int | None] = {}
    for cat in cats:
        free = [t for t in options[cat] if t is None or t not in used]
        if not free:
            return None
        out[cat] = rng.choice(free)
        if out[cat] is not None:
            used.add(out[cat])
    return out


def plans(case: Case, rng: random.Random) -> list[Plan]:
    """Controls (one far, one near, sometimes a third), one single error per possible category, 2-3 mixed."""
    options = targets(case)
    out = [Plan("far"), Plan("near")]
    if rng.random() < 0.3:
        out.append(Plan(rng.choice(("far", "near"))))
    for cat in CATEGORIES:
        if cat in options:
            out.append(Plan(rng.choice(("far", "near")), _assign([cat], options, rng)))
    for _ in range(2 + (rng.random() < 0.5)):
        for _attempt in range(50):
            k = 3 if rng.random() < 0.35 and len(options) >= 3 else 2
            cats = sorted(rng.sample(sorted(options), k), key=CATEGORIES.index)
            errs = _assign(cats, options, rng)
            hit = {t for t in (errs or {}).values() if t is not None}
            if errs and len(hit) < len(case.statements):  # leave at least one statement untouched
                out.append(Plan(rng.choice(("far", "near")), errs))
                break
    return out


def check_case(case: Case) -> None:
    """What a case must satisfy before its candidates mean anything (raises AssertionError)."""
    cid = case.case_id
    src = case.source_text()
    ref = reference(case)
    assert set(sizes_mm(ref)) <= set(sizes_mm(case.findings)), f"{cid}: reference size not in source"
    assert set(sides(ref)) <= set(sides(src)), f"{cid}: reference side not in source"
    if not case.has_prior:
        hit = COMPARISON_RE.search(case.indication + " " + case.findings)
        assert not hit, f"{cid}: comparison wording in a source without a prior: {hit.group(0) if hit else ''}"
    for st in case.statements:
        texts = [plain(v) for v in st.variants]
        for t in texts[1:]:
            assert sides(t) == sides(texts[0]), f"{cid}: sides differ between wordings: {t!r}"
            assert sizes_mm(t) == sizes_mm(texts[0]), f"{cid}: sizes differ between wordings: {t!r}"
        levels = [sorted(grade_level(g)[1] for g in _grades(v)) for v in st.variants]
        assert all(lv == levels[0] for lv in levels), f"{cid}: grades differ between wordings of {texts[0]!r}"
        for v in st.variants:
            dirs = {m[:1].upper() if m.lower() not in ("rt", "lt") else m[0].upper() for m in _side_marks(v)}
            assert len(dirs) <= 1, f"{cid}: a statement with marked sides both ways: {v!r}"
        for t in [*texts, *(plain(f) for f in st.flips)]:
            if not case.has_prior:
                assert not COMPARISON_RE.search(t), f"{cid}: comparison wording without a prior: {t!r}"
    low_src = src.lower()
    for text, kws in case.fabs:
        assert kws and any(k in text.lower() for k in kws), f"{cid}: fabrication without its keyword: {text!r}"
        for k in kws:
            assert k not in low_src and k not in ref.lower(), f"{cid}: fabricated keyword {k!r} is in the source"
        assert case.has_prior or not COMPARISON_RE.search(text), f"{cid}: comparison in a fabrication"
    for extra in case.extras:
        assert not sides(extra) and not sizes_mm(extra), f"{cid}: an extra statement with a side or size"
        assert case.has_prior or not COMPARISON_RE.search(extra), f"{cid}: comparison in an extra"


def _grades(text: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", text)


def _side_marks(text: str) -> list[str]:
    return re.findall(r"\[([^\]]+)\]", text)


def check_candidate(case: Case, ref: str, text: str, errors: list[str]) -> None:
    """The label must be true of the text: controls keep sizes and sides; single errors show."""
    cid = case.case_id
    if not errors:
        assert text != ref, f"{cid}: a control identical to the reference"
        assert sides(text) == sides(ref), f"{cid}: control changed a side: {text!r}"
        assert sizes_mm(text) == sizes_mm(ref), f"{cid}: control changed a size: {text!r}"
    if errors == ["laterality"]:
        assert sides(text) != sides(ref), f"{cid}: laterality error does not show: {text!r}"
    if errors == ["measurement"]:
        assert sizes_mm(text) != sizes_mm(ref), f"{cid}: measurement error does not show: {text!r}"
    if "fabricated_finding" in errors:
        assert any(k in text.lower() for _, kws in case.fabs for k in kws), f"{cid}: fabrication missing"
    if not case.has_prior:
        has_cmp = bool(COMPARISON_RE.search(text))
        assert has_cmp == ("fabricated_comparison" in errors), f"{cid}: comparison wording mismatch: {text!r}"
    else:
        assert "fabricated_comparison" not in errors


def case_rows(case: Case) -> list[tuple[dict, str]]:
    """All candidates of one case, shuffled and numbered, each with its wording mode (for statistics)."""
    check_case(case)
    rng = random.Random(f"{SEED}:{case.case_id}")
    ref = reference(case)
    seen = {ref}
    drawn: list[tuple[dict, str]] = []
    for plan in plans(case, rng):
        for _ in range(40):
            text = candidate(case, plan, rng)
            if text not in seen:
                break
        if text in seen and len(plan.errors) > 1:
            continue  # a mixed plan with too little room for a distinct wording: dropped
        assert text not in seen, f"{case.case_id}: could not draw a distinct candidate"
        seen.add(text)
        errors = sorted(plan.errors, key=CATEGORIES.index)
        check_candidate(case, ref, text, errors)
        drawn.append(({"candidate": text, "labels": {"errors": errors, "control": not errors}}, plan.mode))
    rng.shuffle(drawn)
    rows = []
    for n, (part, mode) in enumerate(drawn, 1):
        row = {"id": f"b5-{case.modality}-{case.num:03d}-{n:02d}", "source": case.source(),
               "candidate": part["candidate"], "reference": ref, "has_prior": case.has_prior,
               "labels": part["labels"]}
        rows.append((row, mode))
    return rows


def build() -> list[tuple[dict, str]]:
    return [r for c in all_cases() for r in case_rows(c)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def label_of(row: dict) -> str:
    errs = row["labels"]["errors"]
    return "control" if not errs else errs[0] if len(errs) == 1 else f"mixed-{len(errs)}"


def stats(built: list[tuple[dict, str]]) -> str:
    """Counts and mean token Jaccard to the reference per label (and near/far controls)."""
    groups: dict[str, list[float]] = defaultdict(list)
    for row, mode in built:
        j = jaccard(row["candidate"], row["reference"])
        groups[label_of(row)].append(j)
        if label_of(row) == "control":
            groups[f"control-{mode}"].append(j)
    lines = [f"{k:24s} {len(v):4d}  jaccard {sum(v) / len(v):.2f}" for k, v in sorted(groups.items())]
    cases = all_cases()
    lines.append(f"pairs {len(built)}, cases {len(cases)}, prior cases {sum(c.has_prior for c in cases)}, "
                 f"prior pairs {sum(r['has_prior'] for r, _ in built)}")
    lines.append("modality " + str(dict(Counter(c.modality for c in cases))))
    lines.append("tags " + str(dict(Counter(t for c in cases for t in sorted(c.tags)))))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print counts and the Jaccard baseline")
    args = parser.parse_args(argv)
    built = build()
    text = dumps([r for r, _ in built])
    if args.stats:
        print(stats(built))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} differs from the generator's output", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(built)} pairs to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
