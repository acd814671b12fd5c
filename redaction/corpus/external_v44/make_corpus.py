"""Generate blind corpus 44: English-language radiology text from health systems outside the US.

    .venv/bin/python redaction/corpus/external_v44/make_corpus.py            # writes ../external_v44.jsonl
    .venv/bin/python redaction/corpus/external_v44/make_corpus.py --check    # exit 1 if the committed file differs
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

import b44_styles_cw as CW  # noqa: E402
import b44_styles_mix as MX  # noqa: E402
import b44_styles_uk as UK  # noqa: E402
from b44_doc import Doc  # noqa: E402,F401

STYLES = [
    "nhs_ris_header_report", "uk_gp_referral_letter", "two_week_wait_referral", "irmer_justification_log",
    "uk_sonographer_worksheet", "bleep_handover_log", "datix_incident_report", "irish_discharge_letter",
    "au_practice_report_medicare", "nz_acc_injury_referral", "ohip_requisition_ca", "india_diagnostic_centre_report",
    "sg_polyclinic_referral", "hk_ha_transfer_note", "sa_medical_aid_preauth", "gulf_expat_clinic_letter",
    "mdt_outcome_record", "patient_appointment_letter_uk", "clinic_letter_cc_list", "iep_interpretation_request",
]
BUILDERS = {name: getattr(mod, name) for mod in (UK, CW, MX) for name in STYLES if hasattr(mod, name)}
N_DOCS = 300
DEFAULT_OUT = HERE.parent / "external_v44.jsonl"


def style_for(i: int) -> str:
    return STYLES[i % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-44:{i}")
    style = style_for(i)
    doc, modality = BUILDERS[style](rng)
    return doc.result(f"blind44-{i:04d}", style, modality)


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if the file on disk differs from the generator output")
    args = ap.parse_args(argv)
    text = render([build_document(i) for i in range(N_DOCS)])
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator output'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
