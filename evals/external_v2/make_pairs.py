"""Generate the second blind validation set for the hallucination metric (stdlib only, deterministic).

    python evals/external_v2/make_pairs.py [--output evals/external_v2/pairs.jsonl]

Each case yields two clinically equivalent rewordings of its reference impression (controls), one
candidate per error category the case allows, and two candidates mixing 2-3 errors; every candidate
is itself a random rewording, so wording alone never tells an error from a control. See README.md.
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
sys.path.insert(0, str(HERE))

from _cases_ct import CASES as CT_CASES
from _cases_mr import CASES as MR_CASES
from _cases_nm_mg import CASES as NM_MG_CASES
from _cases_us import CASES as US_CASES
from _cases_xr import CASES as XR_CASES
from _render import CATEGORIES, Draft, fresh, inject, render
from _spec import Case

SEED = "radgate-blind-v2"
CASES: list[Case] = CT_CASES + MR_CASES + XR_CASES + US_CASES + NM_MG_CASES
NO_PRIOR = ("None.", "None available.", "No prior imaging available.", "None on file.", "")
MIXED_PER_CASE = 2

_MEASURE = re.compile(r"(\d+(?:\.\d+)?)((?:\s*(?:x|by)\s*\d+(?:\.\d+)?)*)\s*-?\s*"
                      r"(mm|cm|millimeters?|centimeters?)\b", re.IGNORECASE)
_SIDE = re.compile(r"\b(left|right|bilateral|[RL](?:UL|ML|LL))\b", re.IGNORECASE)
_COMPARISON = re.compile(r"\b(prior|previous|previously|unchanged|stable|interval|compared|since|progress(?:ed|ion)|"
                         r"new|earlier|last study)\b", re.IGNORECASE)


def sizes(text: str) -> list[tuple[float, ...]]:
    """Every measurement in `text`, in millimetres."""
    out = []
    for m in _MEASURE.finditer(text):
        factor = 10.0 if m.group(3).lower().startswith("c") else 1.0
        dims = [m.group(1)] + re.findall(r"\d+(?:\.\d+)?", m.group(2))
        out.append(tuple(round(float(d) * factor, 1) for d in dims))
    return sorted(out)


def sides(text: str) -> Counter:
    found = Counter()
    for word in _SIDE.findall(text):
        w = word.lower()
        found[{"r": "right", "l": "left"}.get(w[0], w) if len(w) == 3 else w] += 1
    return found


def _single(case: Case, category: str, rng: random.Random) -> Draft | None:
    draft = fresh(case)
    return draft if inject(case, draft, category, rng, set()) else None


def _mixed(case: Case, rng: random.Random) -> tuple[Draft, list[str]] | None:
    allowed = [c for c in CATEGORIES if _single(case, c, random.Random(0))]
    for _ in range(30):
        cats = rng.sample(allowed, min(len(allowed), rng.choice((2, 2, 3))))
        draft, taken = fresh(case), set()
        if len(cats) >= 2 and all(inject(case, draft, c, rng, taken) for c in cats):
            return draft, sorted(cats, key=CATEGORIES.index)
    return None


def candidates(case: Case, reference: str, rng: random.Random) -> list[tuple[str, list[str]]]:
    """(candidate text, injected error categories) for one case, checked against the reference."""
    out: list[tuple[str, list[str]]] = []
    seen = {reference}

    def add(draft: Draft, errors: list[str]) -> None:
        for _ in range(200):
            text = render(case, draft, rng)
            if text not in seen:
                seen.add(text)
                _check(case, reference, text, errors)
                out.append((text, errors))
                return
        raise AssertionError(f"{case.key}: no fresh wording for {errors}")

    for _ in range(2):
        add(fresh(case), [])
    for category in CATEGORIES:
        draft = _single(case, category, rng)
        if draft is not None:
            add(draft, [category])
    for _ in range(MIXED_PER_CASE):
        mixed = _mixed(case, rng)
        if mixed is not None:
            add(*mixed)
    return out


def _check(case: Case, reference: str, text: str, errors: list[str]) -> None:
    if not errors:
        assert sizes(text) == sizes(reference), (case.key, text)
        assert sides(text) == sides(reference), (case.key, text)
    if errors == ["measurement"]:
        assert sizes(text) != sizes(reference), (case.key, text)
    if errors == ["laterality"]:
        assert sides(text) != sides(reference), (case.key, text)
    if "fabricated_comparison" in errors:
        assert _COMPARISON.search(text), (case.key, text)


def _check_case(case: Case, reference: str) -> None:
    """The source supports its reference, holds no comparison without a prior, and no fabricated finding."""
    source = case.findings.lower()
    assert set(sizes(reference)) <= set(sizes(case.findings)), (case.key, sizes(reference), sizes(case.findings))
    assert set(sides(reference)) <= set(sides(case.findings)), case.key
    for sentence, keyword in case.fabs:
        assert keyword.lower() in sentence.lower() and keyword.lower() not in source, (case.key, keyword)
    if not case.has_prior:
        for text in (case.findings, reference):
            assert not _COMPARISON.search(text), (case.key, _COMPARISON.search(text))


def build() -> list[dict]:
    keys = [c.key for c in CASES]
    assert len(set(keys)) == len(keys), "duplicate case keys"
    rows = []
    counters: Counter = Counter()
    for case in CASES:
        counters[case.modality] += 1
        rng = random.Random(f"{SEED}:{case.key}")
        reference = render(case, fresh(case))
        _check_case(case, reference)
        comparison = case.comparison or rng.choice(NO_PRIOR)
        pairs = candidates(case, reference, rng)
        rng.shuffle(pairs)
        case_id = f"b2-{case.modality}-{counters[case.modality]:03d}"
        for j, (text, errors) in enumerate(pairs, 1):
            rows.append({
                "id": f"{case_id}-{j:02d}",
                "source": {"indication": case.indication, "comparison": comparison,
                           "findings": case.findings, "has_prior": case.has_prior},
                "candidate": text,
                "reference": reference,
                "has_prior": case.has_prior,
                "labels": {"errors": errors, "control": not errors},
            })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=HERE / "pairs.jsonl", help="where to write the JSONL")
    args = parser.parse_args(argv)
    rows = build()
    with args.output.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    singles = Counter(r["labels"]["errors"][0] for r in rows if len(r["labels"]["errors"]) == 1)
    controls = sum(r["labels"]["control"] for r in rows)
    cases = len({r["id"].rsplit("-", 1)[0] for r in rows})
    print(f"{len(rows)} pairs from {cases} cases: {controls} controls, singles {dict(sorted(singles.items()))}, "
          f"mixed {sum(len(r['labels']['errors']) > 1 for r in rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
