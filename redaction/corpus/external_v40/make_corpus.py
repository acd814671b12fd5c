"""Generate blind40: text read off images and screens (OCR / vision-model reads), 300 documents.

    .venv/bin/python redaction/corpus/external_v40/make_corpus.py            # writes redaction/corpus/external_v40.jsonl
    .venv/bin/python redaction/corpus/external_v40/make_corpus.py --check    # exit 1 if the file differs
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

import b40_prose_a as PA  # noqa: E402
import b40_prose_b as PB  # noqa: E402
import b40_struct_a as SA  # noqa: E402
import b40_struct_b as SB  # noqa: E402

_BUILDERS = {
    "viewer_corner_overlay_ocr": SA.viewer_corner_overlay_ocr,
    "rad_screenshot_description": PA.rad_screenshot_description,
    "us_burnin_annotation_ocr": SA.us_burnin_annotation_ocr,
    "tech_burnin_scrub_note": PA.tech_burnin_scrub_note,
    "ct_dose_capture_ocr": SA.ct_dose_capture_ocr,
    "vlm_key_image_caption": PA.vlm_key_image_caption,
    "scanned_requisition_ocr": SA.scanned_requisition_ocr,
    "patient_letter_photo_ocr": PA.patient_letter_photo_ocr,
    "outside_cd_label_photo": SA.outside_cd_label_photo,
    "monitor_sticky_note_ocr": PA.monitor_sticky_note_ocr,
    "film_jacket_label_ocr": SB.film_jacket_label_ocr,
    "two_column_report_ocr": PB.two_column_report_ocr,
    "ehr_schedule_screenshot": SB.ehr_schedule_screenshot,
    "referral_fax_page_ocr": PB.referral_fax_page_ocr,
    "mri_safety_form_scan": SB.mri_safety_form_scan,
    "case_conference_slide_ocr": PB.case_conference_slide_ocr,
    "densitometer_screen_ocr": SB.densitometer_screen_ocr,
    "printed_board_photo_ocr": PB.printed_board_photo_ocr,
    "mammo_cad_sr_screen": SB.mammo_cad_sr_screen,
    "chat_screenshot_audit_narrative": PB.chat_screenshot_audit_narrative,
}
STYLES = tuple(_BUILDERS)
N_DOCS = 300
DEFAULT_OUT = HERE.parent / "external_v40.jsonl"


def style_for(i: int) -> str:
    return STYLES[(i - 1) % 20]


def build_document(i: int) -> dict:
    rng = random.Random(f"radgate-blind-corpus-40:{i}")
    style = style_for(i)
    d, modality = _BUILDERS[style](rng)
    text = d.text()
    return {"id": f"blind40-{i:04d}", "style": style, "modality": modality, "text": text,
            "phi": sorted(d.phi, key=lambda s: s["start"]), "keep": sorted(d.keep, key=lambda s: s["start"])}


def render(docs) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if not out.is_absolute():
        out = HERE.parents[2] / out
    content = render(build_document(i) for i in range(1, N_DOCS + 1))
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == content
        print(f"{out}: {'up to date' if same else 'DIFFERS from generator'}")
        return 0 if same else 1
    out.write_text(content, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
