"""Generate the blind25 PHI evaluation corpus (300 synthetic radiology documents, 20 styles).

    python3 redaction/corpus/external_v25/make_corpus.py            # writes ../external_v25.jsonl
    python3 redaction/corpus/external_v25/make_corpus.py --check    # exit 1 if the file differs from render()

Standard library only; every document is seeded with random.Random(f"radgate-blind-corpus-25:{i}").
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

import b25_forms_a as FA  # noqa: E402
import b25_forms_b as FB  # noqa: E402
import b25_prose_a as PA  # noqa: E402
import b25_prose_b as PB  # noqa: E402

N_DOCS = 300
SEED_PREFIX = "radgate-blind-corpus-25"

STYLES = {
    # clinical prose
    "oncall_swap_email": PA.oncall_swap_email,
    "advocate_case_note": PA.advocate_case_note,
    "fetal_mri_counsel": PA.fetal_mri_counsel,
    "bariatric_exception": PA.bariatric_exception,
    "me_identification": PA.me_identification,
    "wrong_patient_rca": PB.wrong_patient_rca,
    "language_line_summary": PB.language_line_summary,
    "surveillance_letter": PB.surveillance_letter,
    "rtp_concussion_letter": PB.rtp_concussion_letter,
    "estate_executor_request": PB.estate_executor_request,
    # forms, logs, tables, exports
    "volunteer_registry": FA.volunteer_registry,
    "lost_film_search": FA.lost_film_search,
    "teaching_file_form": FA.teaching_file_form,
    "holiday_roster": FA.holiday_roster,
    "interview_schedule": FA.interview_schedule,
    "mammo_van_roster": FB.mammo_van_roster,
    "billing_statement": FB.billing_statement,
    "franchise_audit": FB.franchise_audit,
    "faa_clearance_form": FB.faa_clearance_form,
    "adoption_records_request": FB.adoption_records_request,
}
STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of the 1-based document i (round-robin)."""
    return STYLE_NAMES[(i - 1) % len(STYLE_NAMES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"{SEED_PREFIX}:{i}")
    style = style_for(i)
    doc = STYLES[style](rng)
    return doc.finish(f"blind25-{i:04d}", style, doc.modality)


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v25.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generator output")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != text:
            print(f"{args.out} is out of date; rerun make_corpus.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
