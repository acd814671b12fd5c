"""Generate the v4 blind validation set (`evals/external_v4/pairs.jsonl`) from the hand-written `_b4_cases_*` modules.

Deterministic: every case draws from `random.Random("radgate-blind-v4:<mod>-<num>")`, so adding a case never
reshuffles the others. Stdlib only. `--check` exits 1 when the committed file differs from a fresh build.

Never run this to chase a score: the set is scored once per release, aggregates only (see README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _b4_cases_ct  # noqa: E402
import _b4_cases_mr  # noqa: E402
import _b4_cases_other  # noqa: E402
import _b4_cases_us  # noqa: E402
import _b4_cases_xr  # noqa: E402
from _b4_checks import check_candidate, check_case  # noqa: E402
from _b4_render import (  # noqa: E402
    Edit, Style, fake_clause, fake_sentence, grade_choices, layout, render_text, side_set, statement_text, tokens_of,
)
from _b4_spec import Case, numbered  # noqa: E402

SEED = "radgate-blind-v4"
ORDER = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
         "fabricated_comparison")
DEFAULT_OUTPUT = HERE / "pairs.jsonl"


def all_cases() -> list[Case]:
    cases = [*_b4_cases_ct.CASES, *_b4_cases_mr.CASES, *_b4_cases_xr.CASES, *_b4_cases_us.CASES,
             *_b4_cases_other.CASES]
    return numbered(cases)


def eligible(case: Case, category: str) -> list[int]:
    """Statements an error of this category can land on ([-1] for case-level errors, [] when impossible)."""
    idx = range(len(case.stmts))
    s = case.stmts
    if category == "fabricated_finding":
        return [-1] if case.fabs else []
    if category == "omitted_finding":
        return [i for i in idx if s[i].positive] if len(s) > 1 else []
    if category == "negation":
        return [i for i in idx if s[i].flips]
    if category == "laterality":
        return [i for i in idx if len(side_set(s[i])) == 1]
    if category == "severity":
        return [i for i in idx if grade_choices(s[i])]
    if category == "measurement":
        return [i for i in idx if tokens_of(s[i].forms[0], "Z")]
    if case.has_prior:
        return []
    return [i for i in idx if s[i].positive] + [-1]


def plan_errors(case: Case, cats: list[str], rng: random.Random) -> dict[str, int] | None:
    """Place each category on its own statement (or on the case for -1); None when they do not fit."""
    used: set[int] = set()
    out: dict[str, int] = {}
    for cat in cats:
        options = [i for i in eligible(case, cat) if i == -1 or i not in used]
        if not options:
            return None
        out[cat] = rng.choice(options)
        if out[cat] >= 0:
            used.add(out[cat])
    if len(used) >= len(case.stmts) and "omitted_finding" in out:
        return None
    return out


def candidate(case: Case, plan: dict[str, int], rng: random.Random) -> str:
    """One fresh rewording of the reference with the planned errors applied."""
    style = Style.draw(case, rng)
    edits = {i: Edit() for i in range(len(case.stmts))}
    for cat, i in plan.items():
        if cat == "omitted_finding":
            edits[i].drop = True
        elif cat == "negation":
            edits[i].negation = rng.choice(case.stmts[i].flips)
        elif cat == "laterality":
            edits[i].flip_sides = True
        elif cat == "severity":
            edits[i].grade = rng.choice(grade_choices(case.stmts[i]))
        elif cat == "measurement":
            edits[i].size = rng.randrange(len(tokens_of(case.stmts[i].forms[0], "Z")))
        elif cat == "fabricated_comparison" and i >= 0:
            edits[i].clause = fake_clause(rng)
    pos = [i for i, s in enumerate(case.stmts) if s.positive]
    neg = [i for i, s in enumerate(case.stmts) if not s.positive]
    if rng.random() < 0.3:
        rng.shuffle(pos)
    rng.shuffle(neg)
    order = pos + neg
    if rng.random() < 0.15:
        rng.shuffle(order)
    pieces = []
    for i in order:
        stmt = case.stmts[i]
        form = rng.randrange(len(stmt.forms))
        if not edits[i].drop:
            pieces.append((statement_text(stmt, form, style, edits[i], rng), stmt.org))
    if "fabricated_finding" in plan:
        text, _ = rng.choice(case.fabs)
        pieces.insert(rng.randrange(1, len(pieces) + 1), (render_text(text, style), None))
    if plan.get("fabricated_comparison") == -1:
        pieces.append((fake_sentence(rng), None))
    if style.extra:
        pieces.append((style.extra, None))
    return layout(pieces, style, rng)


def reference(case: Case) -> str:
    style = Style("keep", " x ", False, False, "prose", False, None)
    return " ".join(statement_text(s, 0, style, Edit(), random.Random(0)) for s in case.stmts)


def case_rows(case: Case) -> list[dict]:
    """Controls, one single error per available category, and two mixed candidates, shuffled."""
    rng = random.Random(f"{SEED}:{case.mod}-{case.num:03d}")
    ref = reference(case)
    check_case(case, ref)
    avail = [c for c in ORDER if eligible(case, c)]
    plans: list[dict[str, int]] = [{} for _ in range(rng.choice([2, 2, 3]))]
    # severity is the scarcest category (not every case grades something): two singles where it exists
    for cat in avail + [c for c in avail if c == "severity"]:
        plan = plan_errors(case, [cat], rng)
        assert plan is not None, (case.mod, case.num, cat)
        plans.append(plan)
    for k in (2, rng.choice([2, 3])):
        for _ in range(100):
            plan = plan_errors(case, sorted(rng.sample(avail, k), key=ORDER.index), rng)
            if plan is not None:
                plans.append(plan)
                break
    rng.shuffle(plans)
    source = {"indication": case.indication, "comparison": case.comparison, "findings": case.findings,
              "has_prior": case.has_prior}
    rows = []
    for n, plan in enumerate(plans, 1):
        cats = [c for c in ORDER if c in plan]
        text = candidate(case, plan, rng)
        while text == ref:  # a control identical to the reference tests nothing; draw another wording
            text = candidate(case, plan, rng)
        row = {"id": f"b4-{case.mod}-{case.num:03d}-{n:02d}", "source": source, "candidate": text,
               "reference": ref, "has_prior": case.has_prior, "labels": {"errors": cats, "control": not cats}}
        check_candidate(row)
        rows.append(row)
    return rows


def build() -> list[dict]:
    return [row for case in all_cases() for row in case_rows(case)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+(?:\.[0-9]+)?", text.lower()))


def jaccard_by_label(rows: list[dict]) -> dict[str, float]:
    """Crude wording baseline: mean token Jaccard of candidate vs reference, per label."""
    acc: dict[str, list[float]] = {}
    for r in rows:
        errs = r["labels"]["errors"]
        key = "control" if not errs else errs[0] if len(errs) == 1 else "mixed"
        a, b = _tokens(r["candidate"]), _tokens(r["reference"])
        acc.setdefault(key, []).append(len(a & b) / len(a | b))
    return {k: round(sum(v) / len(v), 2) for k, v in acc.items()}


def summary(rows: list[dict]) -> dict[str, object]:
    labels = Counter("control" if not r["labels"]["errors"] else r["labels"]["errors"][0]
                     if len(r["labels"]["errors"]) == 1 else f"mixed{len(r['labels']['errors'])}" for r in rows)
    cases = all_cases()
    return {"pairs": len(rows), "cases": len(cases), "labels": dict(sorted(labels.items())),
            "modalities": dict(Counter(c.mod for c in cases)),
            "groups": dict(Counter(g for c in cases for g in c.groups)),
            "with_prior": sum(c.has_prior for c in cases),
            "pairs_with_prior": sum(r["has_prior"] for r in rows), "jaccard": jaccard_by_label(rows)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from a fresh build")
    ap.add_argument("--summary", action="store_true", help="print counts and the Jaccard baseline")
    args = ap.parse_args(argv)
    rows = build()
    text = dumps(rows)
    if args.summary:
        print(json.dumps(summary(rows), indent=1))
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.output} differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} pairs to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
