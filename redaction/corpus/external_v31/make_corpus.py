"""Generate the blind31 PHI evaluation corpus (300 documents, 20 radiology-adjacent genres, all values invented).

    python redaction/corpus/external_v31/make_corpus.py            # write redaction/corpus/external_v31.jsonl
    python redaction/corpus/external_v31/make_corpus.py --check    # exit 1 if the committed file is stale
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

from b31_core import Doc, Gen  # noqa: E402
from b31_prose_a import (case_report_draft, disability_statement, guardianship_affidavit,  # noqa: E402
                         jury_duty_letter, overnight_signout)
from b31_prose_b import (cme_reflection, fetal_dose_letter, isotope_travel_letter,  # noqa: E402
                         trauma_bay_narrative, trial_eligibility_note)
from b31_struct_a import (contrast_shortage_triage, helpdesk_ticket, npo_diet_list,  # noqa: E402
                          parking_validation_log, print_spool_log)
from b31_struct_b import (bone_age_worksheet, charity_care_application, honest_broker_crosswalk,  # noqa: E402
                          kiosk_checkin_log, thyroid_uptake_worksheet)

N_DOCS = 300
# (style name, builder, kind); round-robin over this order.
STYLES = [
    ("jury_duty_letter", jury_duty_letter, "prose"),
    ("parking_validation_log", parking_validation_log, "structured"),
    ("overnight_signout", overnight_signout, "prose"),
    ("npo_diet_list", npo_diet_list, "structured"),
    ("case_report_draft", case_report_draft, "prose"),
    ("contrast_shortage_triage", contrast_shortage_triage, "structured"),
    ("disability_statement", disability_statement, "prose"),
    ("print_spool_log", print_spool_log, "structured"),
    ("guardianship_affidavit", guardianship_affidavit, "prose"),
    ("helpdesk_ticket", helpdesk_ticket, "structured"),
    ("trauma_bay_narrative", trauma_bay_narrative, "prose"),
    ("charity_care_application", charity_care_application, "structured"),
    ("cme_reflection", cme_reflection, "prose"),
    ("kiosk_checkin_log", kiosk_checkin_log, "structured"),
    ("fetal_dose_letter", fetal_dose_letter, "prose"),
    ("honest_broker_crosswalk", honest_broker_crosswalk, "structured"),
    ("trial_eligibility_note", trial_eligibility_note, "prose"),
    ("thyroid_uptake_worksheet", thyroid_uptake_worksheet, "structured"),
    ("isotope_travel_letter", isotope_travel_letter, "prose"),
    ("bone_age_worksheet", bone_age_worksheet, "structured"),
]


def style_for(i: int) -> tuple[str, object, str]:
    """Style of document i (1-based), round-robin."""
    return STYLES[(i - 1) % len(STYLES)]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-31:{i}")
    name, builder, _kind = style_for(i)
    d = Doc()
    modality = builder(Gen(rng), d)
    return {"id": f"blind31-{i:04d}", "style": name, "modality": modality, "text": d.text,
            "phi": sorted(d.phi, key=lambda s: s["start"]), "keep": sorted(d.keep, key=lambda s: s["start"])}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v31.jsonl")
    ap.add_argument("--check", action="store_true", help="exit 1 if --out differs from the generator's output")
    args = ap.parse_args(argv)
    content = render([build_document(i) for i in range(1, N_DOCS + 1)])
    if args.check:
        ok = args.out.exists() and args.out.read_text(encoding="utf-8") == content
        print(f"{args.out}: {'up to date' if ok else 'STALE'}")
        return 0 if ok else 1
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
