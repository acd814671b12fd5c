"""Generate blind validation set v6 (`pairs.jsonl`) from the hand-written `_b6_cases_*` modules.

Stdlib only and deterministic (seed string `radgate-blind-v6` plus the case key), so the committed file can be
checked byte for byte (`--check`). Every case and every candidate is validated while it is written (see
`check_case` / `check_candidate`): a set whose labels might be wrong is refused rather than written.

    python evals/blind/make_pairs.py [--output PATH] [--check] [--stats]
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

import _b6_cases_ct  # noqa: E402
import _b6_cases_mr  # noqa: E402
import _b6_cases_other  # noqa: E402
import _b6_cases_us  # noqa: E402
import _b6_cases_xr  # noqa: E402
from _b6_model import CATEGORIES, COMPARISON, SIDE, SIZE, TOKEN, Case, sides, sizes_mm  # noqa: E402
from _b6_render import Draft, applicable, inject, reference_text, render, reword  # noqa: E402

SEED = "radgate-blind-v6"
DEFAULT_OUTPUT = HERE / "pairs.jsonl"
STYLES = ("prose", "prose", "numbered", "oneline")


def all_cases() -> list[Case]:
    """Every case, in module order."""
    cases = [c for mod in (_b6_cases_ct, _b6_cases_mr, _b6_cases_xr, _b6_cases_us, _b6_cases_other)
             for c in mod.CASES]
    keys = [c.key for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case key"
    return cases


def plain(text: str) -> str:
    """Mark-up text with its tokens replaced by their values."""
    return TOKEN.sub(lambda m: m.group(2), text)


def check_case(case: Case) -> None:
    """The source supports every size and side of the reference; a no-prior source holds no comparison
    language; a fabrication's keyword is absent from the source; mark-up carries every size and side."""
    src = f"{case.indication} {case.findings}"
    ref = plain(" ".join(s.reference for s in case.statements))
    missing = set(sizes_mm(ref)) - set(sizes_mm(case.findings))
    assert not missing, f"{case.key}: sizes {missing} not in source"
    assert set(sides(ref)) <= set(sides(case.findings)), f"{case.key}: side not in source"
    if not case.has_prior:
        assert not COMPARISON.search(case.findings), f"{case.key}: comparison language in the source"
        assert not COMPARISON.search(ref), f"{case.key}: comparison language in reference"
    for sentence, keyword in case.fabrications:
        assert keyword.lower() in sentence.lower(), f"{case.key}: keyword {keyword!r} not in its sentence"
        assert keyword.lower() not in src.lower(), f"{case.key}: fabricated {keyword!r} is in the source"
    for extra in case.extras:
        assert not SIDE.search(extra) and not SIZE.search(extra), f"{case.key}: extra with a side/size"
    for stmt in case.statements:
        for wording in stmt.near + stmt.far + ((stmt.reversed,) if stmt.reversed else ()):
            bare = TOKEN.sub(" ", wording)
            assert not SIDE.search(bare), f"{case.key}: unmarked side in {wording!r}"
            assert not SIZE.search(bare), f"{case.key}: unmarked size in {wording!r}"


def check_candidate(case: Case, reference: str, text: str, errors: list[str]) -> None:
    """Controls keep every size and side; single size/side errors show; no-prior controls compare nothing."""
    if not errors:
        assert sizes_mm(text) == sizes_mm(reference), (case.key, text)
        assert sides(text) == sides(reference), (case.key, text)
        if not case.has_prior:
            assert not COMPARISON.search(text), (case.key, text)
    if errors == ["measurement"]:
        assert sizes_mm(text) != sizes_mm(reference), (case.key, text)
    if errors == ["laterality"]:
        assert sides(text) != sides(reference), (case.key, text)
    assert text != reference or errors == [], (case.key, text)


def plan(case: Case, rng: random.Random) -> list[list[str]]:
    """Error lists for a case: 2-3 controls, one single per applicable category, three mixed (2, 2-3, 2-3 errors,
    written as placeholders: their categories are drawn until a combination fits distinct statements)."""
    cats = [c for c in CATEGORIES if applicable(case, c)]
    out: list[list[str]] = [[] for _ in range(3 if rng.random() < 0.3 else 2)]
    out += [[c] for c in cats]
    out += [["mixed"] * size for size in (2, rng.choice((2, 3)), rng.choice((2, 3)))]
    return out


def candidates(case: Case, control_counter: list[int]) -> list[dict]:
    """All labelled pairs of one case, shuffled, numbered."""
    rng = random.Random(f"{SEED}:{case.key}")
    reference = reference_text(case)
    source = {"indication": case.indication, "comparison": case.comparison, "findings": case.findings,
              "has_prior": case.has_prior}
    rows = []
    for errors in plan(case, rng):
        if not errors:
            control_counter[0] += 1
            far = control_counter[0] % 2 == 0
        else:
            far = rng.random() < 0.5
        mixed = errors[:1] == ["mixed"]
        cats = [c for c in CATEGORIES if applicable(case, c)]
        for _attempt in range(60):
            if mixed:
                errors = sorted(rng.sample(cats, min(len(errors), len(cats))), key=CATEGORIES.index)
            draft: Draft = reword(case, rng, far)
            if all(inject(draft, case, c, rng) for c in errors):
                break
        else:
            raise AssertionError(f"{case.key}: cannot make {errors}")
        style = "caps" if case.style == "caps" and rng.random() < 0.5 else rng.choice(STYLES)
        mode = rng.choices(("keep", "swap", "words"), (0.55, 0.35, 0.10))[0]
        extra = rng.choice(case.extras) if case.extras and rng.random() < 0.35 else None
        text = render(draft, style, mode, rng, extra)
        check_candidate(case, reference, text, errors)
        rows.append({"source": source, "candidate": text, "reference": reference, "has_prior": case.has_prior,
                     "labels": {"errors": errors, "control": not errors}})
    rng.shuffle(rows)
    return [{"id": f"b6-{case.modality}-{case.num}-{n:02d}", **row} for n, row in enumerate(rows, 1)]


def build() -> str:
    """The whole set as JSONL text."""
    counter = [0]
    lines = []
    for case in all_cases():
        check_case(case)
        lines += [json.dumps(row, ensure_ascii=False) for row in candidates(case, counter)]
    return "\n".join(lines) + "\n"


def jaccard(a: str, b: str) -> float:
    """Token-set Jaccard similarity, a crude wording baseline."""
    ta, tb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(ta & tb) / len(ta | tb) if ta | tb else 1.0


def stats(text: str) -> str:
    """Counts per label and the Jaccard baseline, as printed for the README."""
    rows = [json.loads(line) for line in text.splitlines()]
    groups: dict[str, list[float]] = {}
    for row in rows:
        errs = row["labels"]["errors"]
        key = "control" if not errs else errs[0] if len(errs) == 1 else f"mixed-{len(errs)}"
        groups.setdefault(key, []).append(jaccard(row["candidate"], row["reference"]))
    cases = all_cases()
    out = [f"pairs {len(rows)}, cases {len(cases)}, with prior {sum(c.has_prior for c in cases)}",
           "modalities " + str(dict(Counter(c.modality for c in cases))),
           "domains " + str(dict(Counter(d for c in cases for d in c.domains)))]
    for key in ("control", *CATEGORIES, "mixed-2", "mixed-3"):
        vals = groups.get(key, [])
        out.append(f"{key:24s} {len(vals):4d}  jaccard {sum(vals) / max(len(vals), 1):.2f}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print counts and the Jaccard baseline")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        same = args.output.exists() and args.output.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.output} differs from the generator")
        return 0 if same else 1
    if args.stats:
        print(stats(text))
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines())} pairs to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
