"""Generate `gold.jsonl` from `gold_templates.py`, deterministically (fixed seed).

    .venv/bin/python -m evals.data.make_gold            # rewrites evals/data/gold.jsonl
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from evals.data.gold_templates import STUDIES

SEED = 20261129
OUT = Path(__file__).with_name("gold.jsonl")
_CHANGES = [(", unchanged since the prior study", "Unchanged"), (", new since the prior examination", "New"),
            (", stable compared with the prior study", "Stable")]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _size(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.4:
        return f"{rng.randint(11, 49) / 10:g} cm"
    if shape < 0.75:
        a = rng.randint(12, 49)
        return f"{a / 10:g} x {rng.randint(8, a - 2) / 10:g} cm"
    return f"{rng.randint(10, 35)} mm"


def _values(rng: random.Random) -> dict[str, str]:
    values = {"side": rng.choice(["left", "right"]), "sev_s": rng.choice(["small", "moderate", "large"]),
              "sev_m": rng.choice(["mild", "moderate", "severe"]), "size": _size(rng),
              "small": f"{rng.randint(4, 9)} mm", "lobe": rng.choice(["upper", "lower"]),
              "level": rng.choice(["L3-L4", "L4-L5", "L5-S1"]), "n": str(rng.randint(4, 6)),
              "date": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
    values.update({key.capitalize(): _cap(value) for key, value in list(values.items())})
    return values


def _fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def make_case(key: str, study: dict, index: int, rng: random.Random) -> dict:
    has_prior = rng.random() < 0.45
    findings, impressions = [], []
    case_values = _values(rng)
    for slot in study["slots"]:
        values = {**_values(rng), "date": case_values["date"]}
        if slot["abnormal"] and rng.random() < slot["p"]:
            finding, impression = (_fill(t, values) if t else None for t in rng.choice(slot["abnormal"]))
            if has_prior and rng.random() < 0.5:
                suffix, prefix = rng.choice(_CHANGES)
                finding = finding[:-1] + suffix + "."
                impression = f"{prefix} {_lower_first(impression)}" if impression else None
            findings.append(finding)
            if impression:
                impressions.append(impression)
        elif slot["normal"]:
            findings.append(rng.choice(slot["normal"]))
    if not impressions:
        impressions.append(rng.choice(study["normal_impression"]))
        if has_prior and rng.random() < 0.5:
            impressions.append("No interval change.")
    if len(impressions) > 1 and rng.random() < 0.5:
        reference = "\n".join(f"{i}. {text}" for i, text in enumerate(impressions, 1))
    else:
        reference = " ".join(impressions)
    sep = "\n" if rng.random() < 0.3 else " "
    return {
        "id": f"{key}-{index:03d}",
        "source": {
            "indication": _fill(rng.choice(study["indications"]), case_values),
            "comparison": _fill(rng.choice(study["prior"]), case_values) if has_prior else "None.",
            "has_prior": has_prior,
            "findings": sep.join(findings),
        },
        "reference": reference,
        "metadata": {"modality": study["modality"], "body_part": study["body_part"],
                     "age_group": rng.choice(study["ages"]), "sex": study.get("sex") or rng.choice(["F", "M"]),
                     "site": rng.choice(["site_a", "site_b", "site_c"])},
    }


def make_gold() -> list[dict]:
    rng = random.Random(SEED)
    return [make_case(key, study, i, rng) for key, (study, count) in STUDIES.items() for i in range(1, count + 1)]


def main() -> None:
    cases = make_gold()
    OUT.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
