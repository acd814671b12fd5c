"""Generate the v8 external pair set (hand-written synthetic cases, seeded draws) as JSONL.

    python evals/external_v8/make_pairs.py [--output PATH]   write the set (default: pairs.jsonl here)
    python evals/external_v8/make_pairs.py --check           exit 1 if the committed pairs.jsonl differs
    python evals/external_v8/make_pairs.py --stats           composition and a wording baseline

Stdlib only; the seed is fixed ("radgate-external-v8"), so the output is reproduced byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _v8_cases_ct
import _v8_cases_mr
import _v8_cases_other
import _v8_cases_us
import _v8_cases_xr
import _v8_text as T
from _v8_build import build
from _v8_errors import CATEGORIES

DEFAULT = HERE / "pairs.jsonl"


def all_cases():
    """Every case of the set, by modality."""
    return _v8_cases_ct.CASES + _v8_cases_mr.CASES + _v8_cases_xr.CASES + _v8_cases_us.CASES + _v8_cases_other.CASES


def dumps(rows: list[dict]) -> str:
    """The JSONL text of the rows."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def stats(rows: list[dict]) -> str:
    """Counts by label, modality and prior, and the mean token Jaccard similarity to the reference by label."""
    label = Counter()
    jaccard = defaultdict(list)
    for row in rows:
        errors = row["labels"]["errors"]
        key = "control" if not errors else errors[0] if len(errors) == 1 else f"mixed-{len(errors)}"
        label[key] += 1
        a, b = T.tokens(row["candidate"]), T.tokens(row["reference"])
        jaccard[key].append(len(a & b) / len(a | b))
    cases = {row["id"].rsplit("-", 1)[0]: row for row in rows}
    modality = Counter(cid.split("-")[1] for cid in cases)
    prior = Counter(row["has_prior"] for row in cases.values())
    lines = [
        f"pairs {len(rows)}, cases {len(cases)} (with prior {prior[True]}, without {prior[False]})",
        "cases by modality: " + ", ".join(f"{m} {n}" for m, n in sorted(modality.items())),
    ]
    for key in ("control",) + CATEGORIES + ("mixed-2", "mixed-3"):
        mean = sum(jaccard[key]) / max(1, len(jaccard[key]))
        lines.append(f"  {key:<22} {label[key]:>4}   jaccard {mean:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print composition counts")
    args = parser.parse_args(argv)
    rows = build(all_cases())
    text = dumps(rows)
    if args.check:
        same = DEFAULT.exists() and DEFAULT.read_text(encoding="utf-8") == text
        print("pairs.jsonl is up to date" if same else "pairs.jsonl differs from the generator output")
        return 0 if same else 1
    if args.stats:
        print(stats(rows))
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} pairs to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
