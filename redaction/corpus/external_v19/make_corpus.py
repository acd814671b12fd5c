"""Generate the blind19 synthetic radiology PHI corpus (300 documents, 20 styles, round robin).

    .venv/bin/python redaction/corpus/external_v19/make_corpus.py            # write ../external_v19.jsonl
    .venv/bin/python redaction/corpus/external_v19/make_corpus.py --check    # exit 1 if the file differs
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

import b19_styles_a as A  # noqa: E402
import b19_styles_b as B  # noqa: E402
import b19_styles_c as C  # noqa: E402

N_DOCS = 300
SEED = "radgate-blind-corpus-19"

STYLES = {
    "voicemail_transcript": A.voicemail_transcript,
    "proxy_access_request": A.proxy_access,
    "mri_safety_debrief": A.mri_safety_debrief,
    "breast_density_letter": A.density_letter,
    "tirads_tracker": A.tirads_tracker,
    "incidental_followup_letter": A.incidental_followup,
    "ldct_sdm_note": A.ldct_sdm,
    "child_life_note": B.child_life,
    "ir_device_trial_log": B.device_trial_log,
    "security_report": B.security_report,
    "donor_family_call": B.donor_family_call,
    "intl_patient_itinerary": B.intl_itinerary,
    "shelter_clinic_record": B.shelter_clinic,
    "helpdesk_chat": B.helpdesk_chat,
    "corelab_query": C.corelab_query,
    "asbestos_surveillance_letter": C.asbestos_letter,
    "interpreter_scheduling_email": C.interpreter_sched,
    "court_ordered_exam": C.court_exam,
    "aps_elder_abuse_referral": C.aps_referral,
    "moonlighting_timesheet": C.moonlight_timesheet,
}
_STYLE_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of document i (1-based), round robin."""
    return _STYLE_NAMES[(i - 1) % len(_STYLE_NAMES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"{SEED}:{i}")
    style = style_for(i)
    doc, modality = STYLES[style](rng)
    text = doc.text()
    return {"id": f"blind19-{i:04d}", "style": style, "modality": modality, "text": text,
            "phi": sorted(doc.phi, key=lambda s: s["start"]), "keep": sorted(doc.keep, key=lambda s: s["start"])}


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v19.jsonl")
    ap.add_argument("--check", action="store_true", help="regenerate and compare with --out; exit 1 on difference")
    args = ap.parse_args(argv)
    out = render()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == out
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator output'}")
        return 0 if same else 1
    args.out.write_text(out, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
