"""Generate the blind11 PHI-redaction test corpus (radiology text, 300 documents, 20 styles).

    python redaction/corpus/external_v11/make_corpus.py            # writes redaction/corpus/external_v11.jsonl
    python redaction/corpus/external_v11/make_corpus.py --check    # exit 1 if the file is missing or stale

Standard library only.  Style modules (b11_*.py next to this file) are loaded by path so this works both as a
script and when this file itself is loaded through importlib.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "external_v11.jsonl"
N_DOCS = 300
SEED = "radgate-blind-corpus-11"


def _load(name: str):
    key = f"blind11_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, HERE / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[key] = mod
        spec.loader.exec_module(mod)
    return sys.modules[key]


_common = _load("b11_common")
_a, _b, _c, _d, _e = (_load(f"b11_styles_{x}") for x in "abcde")

STYLES = {
    "email_thread": _a.email_thread,
    "telerad_discrepancy": _a.telerad_discrepancy,
    "tumor_board": _a.tumor_board,
    "petct_restaging": _a.petct_restaging,
    "dexa": _b.dexa,
    "lung_screening_letter": _b.lung_screening_letter,
    "contrast_incident": _b.contrast_incident,
    "consent_form": _b.consent_form,
    "discharge_summary": _c.discharge_summary,
    "billing_query": _c.billing_query,
    "irb_request": _c.irb_request,
    "ehr_json": _c.ehr_json,
    "csv_export": _d.csv_export,
    "llm_chat": _d.llm_chat,
    "dental_cbct": _d.dental_cbct,
    "trauma_ems": _d.trauma_ems,
    "pacs_downtime": _e.pacs_downtime,
    "patient_portal": _e.patient_portal,
    "intl_report": _e.intl_report,
    "eu_report": _e.eu_report,
}
_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of document i (1-based): the styles in turn, 15 documents each."""
    return _NAMES[(i - 1) % len(_NAMES)]


def rng_for(i: int) -> random.Random:
    return random.Random(f"{SEED}:{i}")


def build_document(i: int) -> dict:
    """Document i (1-based), built only from its own seeded rng."""
    style = style_for(i)
    marked, modality = STYLES[style](rng_for(i))
    text, phi, keep = _common.strip(marked)
    return {"id": f"blind11-{i:04d}", "style": style, "modality": modality, "text": text, "phi": phi, "keep": keep}


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if --out is missing or differs from a fresh render")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        if not args.out.is_file() or args.out.read_text(encoding="utf-8") != text:
            print(f"{args.out}: missing or stale; regenerate with {Path(__file__).name}")
            return 1
        print(f"{args.out}: up to date")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
