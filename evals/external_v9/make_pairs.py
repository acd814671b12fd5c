"""Build the v9 labelled candidate/reference pair set (`pairs.jsonl`) from hand-written synthetic cases.

Stdlib only and seeded (`radgate-external-v9`), so the committed file can be rebuilt byte for byte:
`--output PATH` writes elsewhere, `--check` exits 1 when the committed file differs, `--stats` prints composition.
"""
import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _v9_cases_ct import CASES as CT_CASES
from _v9_cases_mr import CASES as MR_CASES
from _v9_cases_other import CASES as OTHER_CASES
from _v9_cases_us import CASES as US_CASES
from _v9_cases_xr import CASES as XR_CASES
from _v9_errors import applicable, apply_errors, assign_targets
from _v9_model import CATEGORIES, MODALITIES
from _v9_render import canonical_draw, items_for, random_draw, render

SEED = "radgate-external-v9"
PAIRS = HERE / "pairs.jsonl"
SINGLES_PER_CASE = 5
CANDIDATES_PER_CASE = 10


def all_cases():
    """(case id, case) for every case, numbered per modality in the fixed modality order."""
    cases = CT_CASES + MR_CASES + XR_CASES + US_CASES + OTHER_CASES
    numbered, counts = [], Counter()
    for modality in MODALITIES:
        for case in cases:
            if case.modality == modality:
                counts[modality] += 1
                numbered.append((f"{modality}-{counts[modality]:02d}", case))
    return numbered


def _singles(case, tally, rng):
    options = [category for category in CATEGORIES if applicable(case, category)]
    rng.shuffle(options)
    options.sort(key=lambda category: tally[category])
    chosen = options[:SINGLES_PER_CASE]
    tally.update(chosen)
    return [[category] for category in chosen]


def _multi(case, rng):
    options = [category for category in CATEGORIES if applicable(case, category)]
    items = items_for(case, canonical_draw(case))
    for _ in range(200):
        combo = rng.sample(options, 3 if rng.random() < 0.35 else 2)
        if assign_targets(combo, items, case.has_prior, rng) is not None:
            return [category for category in CATEGORIES if category in combo]
    raise ValueError(f"no multi-error combination fits {case.indication!r}")


def _candidate(case, categories, rng, seen):
    for _ in range(100):
        draw = random_draw(case, rng)
        items = items_for(case, draw)
        targets = assign_targets(categories, items, case.has_prior, rng) if categories else {}
        if targets is None:
            continue
        text = render(apply_errors(items, targets, case, rng), draw)
        if text not in seen:
            seen.add(text)
            return text
    raise ValueError(f"no fresh candidate for {categories} in {case.indication!r}")


def case_pairs(index, case_id, case, tally):
    """The case's candidates: 3 or 2 controls (alternating), 5 single errors balanced over the set, multi rest."""
    rng = random.Random(f"{SEED}:{case_id}")
    controls = 3 if index % 2 == 0 else 2
    plans = [[] for _ in range(controls)] + _singles(case, tally, rng)
    plans += [_multi(case, rng) for _ in range(CANDIDATES_PER_CASE - len(plans))]
    reference = render(items_for(case, canonical_draw(case)), canonical_draw(case))
    seen = {reference}
    candidates = [(_candidate(case, plan, rng, seen), plan) for plan in plans]
    rng.shuffle(candidates)
    source = {"indication": case.indication, "comparison": case.comparison, "findings": case.findings,
              "has_prior": case.has_prior}
    return [{"id": f"b9-{case_id}-{n}", "source": dict(source), "candidate": text, "reference": reference,
             "has_prior": case.has_prior, "labels": {"errors": plan, "control": not plan}}
            for n, (text, plan) in enumerate(candidates, 1)]


def build():
    """Every pair of the set, in case order."""
    tally = Counter()
    return [pair for index, (case_id, case) in enumerate(all_cases())
            for pair in case_pairs(index, case_id, case, tally)]


def dumps(pairs):
    """JSON lines text of the pairs."""
    return "".join(json.dumps(pair, ensure_ascii=True) + "\n" for pair in pairs)


def stats(pairs):
    """Composition lines: totals, per label, per modality and prior, errors per candidate."""
    singles = Counter(p["labels"]["errors"][0] for p in pairs if len(p["labels"]["errors"]) == 1)
    in_multi = Counter(e for p in pairs if len(p["labels"]["errors"]) > 1 for e in p["labels"]["errors"])
    sizes = Counter(len(p["labels"]["errors"]) for p in pairs)
    modality = Counter(p["id"].split("-")[1] for p in pairs)
    cases = {p["id"].rsplit("-", 1)[0] for p in pairs}
    lines = [f"pairs {len(pairs)}  cases {len(cases)}",
             (f"controls {sizes[0]}  single {sizes[1]}  multi {sizes[2] + sizes[3]} "
              f"(2 errors {sizes[2]}, 3 errors {sizes[3]})"),
             "modality " + "  ".join(f"{m} {modality[m]}" for m in MODALITIES),
             f"has_prior true {sum(p['has_prior'] for p in pairs)}  false {sum(not p['has_prior'] for p in pairs)}"]
    lines += [f"  {c:<22} single {singles[c]:>3}  in multi {in_multi[c]:>3}" for c in CATEGORIES]
    return "\n".join(lines)


def main(argv=None):
    """CLI entry: write, check or describe the set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=PAIRS, help="where to write the pairs (default: committed)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from a rebuild")
    parser.add_argument("--stats", action="store_true", help="print composition counts instead of writing")
    args = parser.parse_args(argv)
    pairs = build()
    if args.stats:
        print(stats(pairs))
        return 0
    text = dumps(pairs)
    if args.check:
        same = PAIRS.exists() and PAIRS.read_text(encoding="utf-8") == text
        print("pairs.jsonl is up to date" if same else "pairs.jsonl differs from a rebuild", file=sys.stderr)
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
