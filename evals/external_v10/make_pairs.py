"""Build the v10 labelled pair set (evals/external_v10/pairs.jsonl) from the hand-written cases.

Each case gets controls, single-error and mixed candidates (3/5/2 and 2/5/3 alternately, so about 25/50/25 %).
Single-error categories are balanced over the set by always taking the least used ones a case allows. Every
candidate is a fresh rewording draw; errors are applied to that draw, so wording distance carries no label.

Usage: make_pairs.py [--output PATH] [--check] [--stats]   (stdlib only, seeded 'radgate-external-v10')
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _v10_cases import CASES
from _v10_errors import CATEGORIES, applicable, feasible, inject
from _v10_reword import draw, reference, render, slots_for

SEED = "radgate-external-v10"
PLANS = ((3, 5, 2), (2, 5, 3))
DEFAULT_OUTPUT = HERE / "pairs.jsonl"


def case_ids() -> list[str]:
    """'b10-<modality>-<nn>' for every case, numbered within its modality."""
    seen: collections.Counter[str] = collections.Counter()
    ids = []
    for case in CASES:
        seen[case.modality] += 1
        ids.append(f"b10-{case.modality}-{seen[case.modality]:02d}")
    return ids


def _labels(case, plan, used, rng) -> list[list[str]]:
    controls, singles, multis = plan
    allowed = [c for c in CATEGORIES if applicable(c, case)]
    ranked = sorted(allowed, key=lambda c: (used[c], rng.random()))
    chosen = ranked[:singles]
    while len(chosen) < singles:  # a case with few applicable categories repeats its least used one
        chosen.append(min(allowed, key=lambda c: (used[c] + chosen.count(c), rng.random())))
    used.update(chosen)
    labels: list[list[str]] = [[] for _ in range(controls)] + [[c] for c in chosen]
    for _ in range(multis):
        size = 2 if rng.random() < 0.6 else 3
        while True:
            label = sorted(rng.sample(allowed, min(size, len(allowed))), key=CATEGORIES.index)
            if feasible(label, case):
                break
            size = 2
        labels.append(label)
    return labels


def _candidate(case, label, seen, rng) -> str:
    for _ in range(60):
        plan = draw(case, rng)
        slots = slots_for(case, plan)
        if not all(inject(category, slots, case, rng) for category in label):
            continue
        text = render(slots, plan, rng)
        if text not in seen:
            return text
    raise RuntimeError(f"no room for {label} in {case.indication!r}")


def build() -> list[dict]:
    """All pairs, in case order; candidates of a case are shuffled before numbering."""
    rng = random.Random(SEED)
    used: collections.Counter[str] = collections.Counter()
    rows = []
    for index, (cid, case) in enumerate(zip(case_ids(), CASES)):
        ref = reference(case)
        seen = {ref}
        candidates = []
        for label in _labels(case, PLANS[index % 2], used, rng):
            text = _candidate(case, label, seen, rng)
            seen.add(text)
            candidates.append((text, label))
        rng.shuffle(candidates)
        source = {"indication": case.indication, "comparison": case.comparison, "findings": case.findings,
                  "has_prior": case.has_prior}
        for number, (text, label) in enumerate(candidates, 1):
            rows.append({"id": f"{cid}-{number}", "source": source, "candidate": text, "reference": ref,
                         "has_prior": case.has_prior, "labels": {"errors": label, "control": not label}})
    return rows


def serialise(rows: list[dict]) -> str:
    """One JSON object per line, keys in a fixed order."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def stats(rows: list[dict]) -> str:
    """Counts by label kind, category, modality and prior."""
    kinds = collections.Counter("control" if not r["labels"]["errors"] else
                                "single" if len(r["labels"]["errors"]) == 1 else "multi" for r in rows)
    singles = collections.Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    anywhere = collections.Counter(c for r in rows for c in r["labels"]["errors"])
    modality = collections.Counter(r["id"].split("-")[1] for r in rows)
    cases = collections.Counter(r["id"].rsplit("-", 1)[0].split("-")[1] for r in rows if r["id"].endswith("-1"))
    prior = collections.Counter(r["has_prior"] for r in rows)
    lines = [f"pairs {len(rows)}, cases {sum(cases.values())}", f"kinds {dict(kinds)}",
             f"single-error by category {dict(sorted(singles.items()))}",
             f"errors by category (single and mixed) {dict(sorted(anywhere.items()))}",
             f"pairs by modality {dict(sorted(modality.items()))}", f"cases by modality {dict(sorted(cases.items()))}",
             f"has_prior {dict(prior)}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print composition counts")
    args = parser.parse_args(argv)
    rows = build()
    text = serialise(rows)
    if args.stats:
        print(stats(rows))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} differs from a fresh build", file=sys.stderr)
            return 1
        return 0
    if not args.stats:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
