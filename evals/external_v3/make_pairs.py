"""Generate blind validation set v3 (``pairs.jsonl``) from the hand-written cases. Stdlib only.

    python evals/external_v3/make_pairs.py [--output PATH] [--check] [--stats]

Deterministic: each case draws from ``random.Random("radgate-blind-v3:<case id>")``, so editing one case
leaves every other case's rows byte for byte as they were. Before writing, it asserts the invariants the
labels rely on (see ``check_case`` and ``check_candidate``); a violation stops the run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _b3_cases_ct  # noqa: E402
import _b3_cases_ct2  # noqa: E402
import _b3_cases_mr  # noqa: E402
import _b3_cases_other  # noqa: E402
import _b3_cases_us  # noqa: E402
import _b3_cases_xr  # noqa: E402
from _b3_render import Rendered, assign, candidate, eligible, reference, source_text  # noqa: E402
from _b3_spec import CATEGORIES, Case  # noqa: E402
from _b3_text import dims_mm, has_comparison, jaccard, sides, sizes_mm  # noqa: E402

SEED = "radgate-blind-v3"
DEFAULT_OUTPUT = HERE / "pairs.jsonl"
MODULES = (_b3_cases_ct, _b3_cases_ct2, _b3_cases_mr, _b3_cases_xr, _b3_cases_us, _b3_cases_other)
_SLOT_SIDE = ("{s}", "{S}", "{a}")


def all_cases() -> list[tuple[str, Case]]:
    """Every case with its id ``<modality>-<nnn>``, numbered in module order."""
    cases = [c for m in MODULES for c in m.CASES]
    return [(f"{c.modality}-{k:03d}", c) for k, c in enumerate(cases, 1)]


def check_case(cid: str, case: Case) -> None:
    """Source supports the reference; slots are consistent across a statement's equivalent forms."""
    ref = reference(case)
    src = source_text(case)
    missing = [d for dims in sizes_mm(ref) for d in dims if d not in dims_mm(src)]
    assert not missing, f"{cid}: reference sizes {missing} not in source"
    assert set(sides(ref)) <= set(sides(src)), f"{cid}: reference sides {sides(ref)} vs source {sides(src)}"
    if case.has_prior:
        assert case.comparison != "None.", cid
    else:
        assert not has_comparison(case.indication + "\n" + case.findings), f"{cid}: comparison language in source"
        assert case.comparison == "None.", cid
        assert not has_comparison(ref), f"{cid}: comparison language in reference"
    for st in case.stmts:
        want = sorted(f"m{i}" for i in range(len(st.sizes))) + sorted(f"p{i}" for i in range(len(st.priors)))
        for form in st.forms:
            slots = st.slots(form)
            assert sorted(x for x in slots if x[0] in "mp") == want, f"{cid}: size slots in {form!r}"
            n_side = sum(form.count(t) for t in _SLOT_SIDE)
            assert n_side == (sum(st.forms[0].count(t) for t in _SLOT_SIDE)), f"{cid}: side slots in {form!r}"
            assert (n_side > 0) == bool(st.side), f"{cid}: side slot vs side in {form!r}"
            bare = form
            for t in _SLOT_SIDE:
                bare = bare.replace(t, "")
            assert not sides(bare), f"{cid}: literal side word in {form!r}"
            assert bool(st.grade) == any(x in ("g", "G") for x in slots), f"{cid}: grade slot in {form!r}"
            if not case.has_prior:
                assert not has_comparison(form), f"{cid}: comparison language in {form!r}"


def check_candidate(cid: str, case: Case, ref: str, cand: Rendered) -> None:
    """The label is true of the text: controls keep sizes and sides, single errors show, comparisons only
    where injected, fabricated findings absent from the source."""
    text, errors = cand.text, cand.errors
    assert text != ref, f"{cid}: candidate equals reference"
    if not errors:
        assert sizes_mm(text) == sizes_mm(ref), f"{cid}: control sizes\n{ref}\n{text}"
        assert sides(text) == sides(ref), f"{cid}: control sides\n{ref}\n{text}"
    if errors == ("measurement",):
        assert sizes_mm(text) != sizes_mm(ref), f"{cid}: measurement error invisible"
        assert sides(text) == sides(ref), cid
    if errors == ("laterality",):
        assert sides(text) != sides(ref), f"{cid}: laterality error invisible"
        assert sizes_mm(text) == sizes_mm(ref), cid
    if not case.has_prior:
        assert has_comparison(text) == ("fabricated_comparison" in errors), f"{cid}: comparison language\n{text}"
    if "fabricated_finding" in errors:
        src = source_text(case).lower()
        assert cand.fab_keywords and not any(k in src for k in cand.fab_keywords), cid


def _mixed(usable: list[str], k: int, rng: random.Random) -> tuple[str, ...]:
    chosen = rng.sample(usable, k)
    return tuple(c for c in CATEGORIES if c in chosen)


def plans(case: Case, rng: random.Random) -> list[tuple[str, ...]]:
    """Controls (2-3), one single-error candidate per applicable category, and two mixed ones (2-3 errors)."""
    usable = [c for c in CATEGORIES if eligible(case, c)]
    out: list[tuple[str, ...]] = [()] * (3 if rng.random() < 0.1 else 2)
    out += [(c,) for c in usable]
    for _ in range(2):
        k = 3 if rng.random() < 0.3 and len(usable) >= 3 else 2
        out.append(_mixed(usable, k, rng))
    return out


def case_rows(cid: str, case: Case) -> list[dict]:
    rng = random.Random(f"{SEED}:{cid}")
    check_case(cid, case)
    ref = reference(case)
    rendered: list[Rendered] = []
    for errors in plans(case, rng):
        for _ in range(30):
            targets = assign(case, errors, rng)
            if targets is None:
                errors = _mixed([c for c in CATEGORIES if eligible(case, c)], 2, rng)
                continue
            cand = candidate(case, errors, targets, rng)
            if cand.text != ref:
                break
        else:
            raise AssertionError(f"{cid}: cannot render {errors}")
        check_candidate(cid, case, ref, cand)
        rendered.append(cand)
    rng.shuffle(rendered)
    modality, number = cid.split("-")
    source = {"indication": case.indication, "comparison": case.comparison, "findings": case.findings,
              "has_prior": case.has_prior}
    return [
        {"id": f"b3-{modality}-{number}-{n:02d}", "source": source, "candidate": c.text, "reference": ref,
         "has_prior": case.has_prior, "labels": {"errors": list(c.errors), "control": not c.errors}}
        for n, c in enumerate(rendered, 1)
    ]


def build() -> list[dict]:
    return [row for cid, case in all_cases() for row in case_rows(cid, case)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def label_of(row: dict) -> str:
    errors = row["labels"]["errors"]
    return "control" if not errors else errors[0] if len(errors) == 1 else f"mixed_{len(errors)}"


def stats(rows: list[dict]) -> str:
    """Counts and token-Jaccard baseline per label, cases per modality, prior share."""
    by: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        by[label_of(r)].append(jaccard(r["candidate"], r["reference"]))
    cases = {c.modality: 0 for _, c in all_cases()}
    for _, c in all_cases():
        cases[c.modality] += 1
    prior = sum(c.has_prior for _, c in all_cases())
    lines = [f"pairs {len(rows)}  cases {len(all_cases())}  with prior {prior}  per modality {cases}"]
    order = ["control", *CATEGORIES, "mixed_2", "mixed_3"]
    lines += [f"{k:24s} {len(by[k]):4d}  jaccard {mean(by[k]):.2f}" for k in order if by[k]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the file at --output differs")
    ap.add_argument("--stats", action="store_true", help="print counts and the Jaccard baseline per label")
    args = ap.parse_args(argv)
    rows = build()
    text = dumps(rows)
    if args.stats:
        print(stats(rows))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} differs from the generator's output", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} pairs to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
