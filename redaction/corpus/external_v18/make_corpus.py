"""Generate the blind18 synthetic radiology PHI corpus (300 documents, 20 styles x 15, round robin).

    .venv/bin/python redaction/corpus/external_v18/make_corpus.py            # writes redaction/corpus/external_v18.jsonl
    .venv/bin/python redaction/corpus/external_v18/make_corpus.py --check    # exit 1 if the file differs

All people, identifiers and addresses are invented; phones are 555-01xx; e-mail domains are example.*.
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

import b18_styles_a as A  # noqa: E402
import b18_styles_b as B  # noqa: E402
import b18_styles_c as C  # noqa: E402
from b18_common import Doc  # noqa: E402

N_DOCS = 300
SEED = "radgate-blind-corpus-18"

_STYLE_FUNCS = {
    "intake_questionnaire": A.intake_questionnaire,
    "hospital_at_home": A.hospital_at_home,
    "iv_access_log": A.iv_access_log,
    "mri_anxiolysis": A.mri_anxiolysis,
    "extravasation_call": A.extravasation_call,
    "biospecimen_withdrawal": A.biospecimen_withdrawal,
    "implant_registry": A.implant_registry,
    "cochlear_ct_letter": B.cochlear_ct_letter,
    "hsg_report": B.hsg_report,
    "name_change_update": B.name_change_update,
    "foster_record_request": B.foster_record_request,
    "collections_notice": B.collections_notice,
    "cross_border_transfer": B.cross_border_transfer,
    "accessibility_request": B.accessibility_request,
    "ihs_referral": C.ihs_referral,
    "school_health_referral": C.school_health_referral,
    "dental_referral": C.dental_referral,
    "sleep_airway_ct": C.sleep_airway_ct,
    "stroke_registry": C.stroke_registry,
    "noshow_log": C.noshow_log,
}
STYLES = list(_STYLE_FUNCS)


def style_for(i: int) -> str:
    """Style of document i (1-based), round robin."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    d = Doc(rng)
    modality = _STYLE_FUNCS[style](d, rng)
    return {"id": f"blind18-{i:04d}", "style": style, "modality": modality, "text": d.text,
            "phi": d.phi, "keep": d.keep}


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v18.jsonl")
    ap.add_argument("--check", action="store_true", help="regenerate and compare with --out; exit 1 on difference")
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
