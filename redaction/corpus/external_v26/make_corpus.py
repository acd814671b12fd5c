"""Generate the blind26 PHI evaluation corpus (300 documents, 20 styles, round-robin).

    python redaction/corpus/external_v26/make_corpus.py            # writes redaction/corpus/external_v26.jsonl
    python redaction/corpus/external_v26/make_corpus.py --check    # exit 1 if the file differs from render()

Standard library only; every document is seeded with random.Random(f"radgate-blind-corpus-26:{i}").
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import b26_forms_a  # noqa: E402
import b26_forms_b  # noqa: E402
import b26_prose_a  # noqa: E402
import b26_prose_b  # noqa: E402

N_DOCS = 300
SEED = "radgate-blind-corpus-26"

# Prose styles (10) and structured styles (10), interleaved for the round-robin.
STYLES = {
    "usg_injection_note": b26_prose_a.usg_injection_note,
    "navigator_callback_log": b26_forms_a.navigator_callback_log,
    "arthrogram_note": b26_prose_a.arthrogram_note,
    "mri_reminder_postcard": b26_forms_a.mri_reminder_postcard,
    "frax_letter": b26_prose_a.frax_letter,
    "picc_confirmation": b26_forms_a.picc_confirmation,
    "hip_dysplasia_letter": b26_prose_a.hip_dysplasia_letter,
    "cds_override_audit": b26_forms_a.cds_override_audit,
    "tcd_sickle_letter": b26_prose_a.tcd_sickle_letter,
    "dect_gout_report": b26_forms_a.dect_gout_report,
    "coroner_witness_statement": b26_prose_b.coroner_witness_statement,
    "travel_nurse_checklist": b26_forms_b.travel_nurse_checklist,
    "memoir_excerpt": b26_prose_b.memoir_excerpt,
    "pacemaker_mri_log": b26_forms_b.pacemaker_mri_log,
    "newsletter_notice": b26_prose_b.newsletter_notice,
    "ctc_prep_sheet": b26_forms_b.ctc_prep_sheet,
    "patient_diary": b26_prose_b.patient_diary,
    "refugee_cxr_summary": b26_forms_b.refugee_cxr_summary,
    "gender_affirming_note": b26_prose_b.gender_affirming_note,
    "sleep_device_returns": b26_forms_b.sleep_device_returns,
}
STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of 1-based document ``i`` (round-robin over STYLES)."""
    return STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    doc = STYLES[style](rng)
    return doc.as_dict(f"blind26-{i:04d}", style)


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v26.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generator output")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator output'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
