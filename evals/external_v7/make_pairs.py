"""Generate the external v7 labelled pair set (evals/external_v7/pairs.jsonl) from hand-written cases.

Usage: make_pairs.py [--output PATH] [--check] [--stats]. Standard library only, seeded ``radgate-external-v7``,
so the committed file is reproducible; ``--check`` exits 1 when the committed file differs from a fresh build.
Per case: 2-3 controls, 5 single-error and 2-3 multi-error candidates, categories balanced over the whole set.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _v7_cases import CASES  # noqa: E402
from _v7_decoys import decoys_for  # noqa: E402
from _v7_errors import NoTarget, applicable, inject  # noqa: E402
from _v7_model import Case, item_of  # noqa: E402
from _v7_reword import draw_items, draw_style, reference, render  # noqa: E402

SEED = "radgate-external-v7"
DEFAULT_OUTPUT = HERE / "pairs.jsonl"
SINGLES_PER_CASE = 5


def _least_used(options: list[str], counts: collections.Counter, rng: random.Random) -> str:
    """The least used category of ``options``, ties broken at random (keeps the categories balanced)."""
    return min(options, key=lambda c: (counts[c], rng.random()))


def _feasible(case: Case, mix: tuple[str, ...], decoys: list[str]) -> bool:
    """Whether the errors of ``mix`` can sit on different statements of ``case`` (tried on fixed wordings)."""
    trial = random.Random(f"{SEED}:{case.key}:{mix}")
    for _ in range(20):
        items = [item_of(stmt, i, stmt.forms[0]) for i, stmt in enumerate(case.stmts)]
        try:
            for category in trial.sample(mix, len(mix)):
                inject(category, items, case, decoys, trial)
        except NoTarget:
            continue
        return True
    return False


def _candidate(case: Case, errors: list[str], decoys: list[str], rng: random.Random) -> str:
    """One candidate: the shared rewording draws, then the errors, then the drawn rendering."""
    for _ in range(40):
        items = draw_items(case, rng)
        style = draw_style(case, rng)
        try:
            for category in rng.sample(errors, len(errors)):
                inject(category, items, case, decoys, rng)
        except NoTarget:
            continue
        return render(items, style, rng)
    raise RuntimeError(f"{case.key}: cannot place {errors}")


def _plans(case: Case, index: int, decoys: list[str], singles: collections.Counter,
           multis: collections.Counter, rng: random.Random) -> list[list[str]]:
    """The label plan of one case: controls, single errors, then 2-3 error mixes."""
    options = applicable(case, decoys)
    controls = 3 if index % 2 == 0 else 2
    plans: list[list[str]] = [[] for _ in range(controls)]
    for _ in range(SINGLES_PER_CASE):
        used = [plan[0] for plan in plans if len(plan) == 1]
        fresh = [c for c in options if c not in used] or options
        category = _least_used(fresh, singles, rng)
        singles[category] += 1
        plans.append([category])
    for _ in range(5 - controls):
        k = 3 if rng.random() < 0.3 else 2
        mixes = [m for m in itertools.combinations(options, k) if _feasible(case, m, decoys)]
        mixes = mixes or [m for m in itertools.combinations(options, 2) if _feasible(case, m, decoys)]
        mix = min(mixes, key=lambda m: (sum(multis[c] for c in m), rng.random()))
        multis.update(mix)
        plans.append(list(mix))
    return plans


def build() -> list[dict]:
    """All pairs of the set, in case order, candidates of a case shuffled."""
    rng = random.Random(SEED)
    singles: collections.Counter = collections.Counter()
    multis: collections.Counter = collections.Counter()
    pairs = []
    for index, case in enumerate(CASES):
        ref = reference(case, numbered=index % 3 == 1)
        source = {"indication": case.indication, "comparison": case.comparison, "findings": case.findings,
                  "has_prior": case.has_prior}
        decoys = decoys_for(case.region, " ".join((case.indication, case.findings, ref)))
        plans = _plans(case, index, decoys, singles, multis, rng)
        rows = [(plan, _candidate(case, plan, decoys, rng)) for plan in plans]
        rng.shuffle(rows)
        for n, (plan, candidate) in enumerate(rows, 1):
            pairs.append({"id": f"b7-{case.key}-{n:02d}", "source": source, "candidate": candidate,
                          "reference": ref, "has_prior": case.has_prior,
                          "labels": {"errors": plan, "control": not plan}})
    return pairs


def dumps(pairs: list[dict]) -> str:
    """The JSONL text of ``pairs``."""
    return "".join(json.dumps(pair, ensure_ascii=False) + "\n" for pair in pairs)


def stats(pairs: list[dict]) -> dict:
    """Composition counts: by kind, by error label, by modality, by prior and by practice."""
    kinds = collections.Counter("control" if not p["labels"]["errors"] else
                                "single" if len(p["labels"]["errors"]) == 1 else "multi" for p in pairs)
    labels = collections.Counter(e for p in pairs for e in p["labels"]["errors"])
    singles = collections.Counter(p["labels"]["errors"][0] for p in pairs if len(p["labels"]["errors"]) == 1)
    sizes = collections.Counter(len(p["labels"]["errors"]) for p in pairs)
    modality = collections.Counter(case.modality for case in CASES)
    practice = collections.Counter(case.practice for case in CASES)
    return {"pairs": len(pairs), "cases": len(CASES), "kinds": dict(kinds), "error_labels": dict(labels),
            "single_error_labels": dict(singles), "errors_per_candidate": dict(sorted(sizes.items())),
            "cases_by_modality": dict(modality), "cases_with_prior": sum(c.has_prior for c in CASES),
            "cases_by_practice": dict(practice)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print composition counts")
    args = parser.parse_args(argv)
    pairs = build()
    text = dumps(pairs)
    if args.stats:
        print(json.dumps(stats(pairs), indent=2))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} differs from a fresh build", file=sys.stderr)
            return 1
        return 0
    if not args.stats:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
