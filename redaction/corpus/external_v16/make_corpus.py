"""Generate the blind16 synthetic PHI corpus (300 documents, 20 styles x 15, round robin).

    python redaction/corpus/external_v16/make_corpus.py [--out PATH] [--check]

Spans are recorded while the text is appended (b16_gen.Doc); nothing is searched for afterwards.
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

import b16_styles_a as _a  # noqa: E402
import b16_styles_b as _b  # noqa: E402
import b16_styles_c as _c  # noqa: E402
from b16_gen import Gen  # noqa: E402

N_DOCS = 300
STYLES = {
    "dental_cbct": _a.dental_cbct, "ed_tracking_board": _a.ed_tracking_board, "radpeer_review": _a.radpeer_review,
    "coder_query": _a.coder_query, "skeletal_survey_cps": _a.skeletal_survey_cps, "mci_triage_log": _a.mci_triage_log,
    "cds_order_log": _a.cds_order_log, "scheduling_script": _a.scheduling_script,
    "subrogation_letter": _a.subrogation_letter, "scoliosis_school": _b.scoliosis_school,
    "biobank_manifest": _b.biobank_manifest, "implant_recall": _b.implant_recall,
    "second_opinion_abroad": _b.second_opinion_abroad, "tumor_registry_abstract": _b.tumor_registry_abstract,
    "fistulogram_note": _b.fistulogram_note, "telehealth_transcript": _b.telehealth_transcript,
    "cruise_ship_xray": _b.cruise_ship_xray, "bilingual_report": _c.bilingual_report,
    "ai_vendor_ticket": _c.ai_vendor_ticket, "deposition_excerpt": _c.deposition_excerpt,
}
_NAMES = list(STYLES)


def style_for(i: int) -> str:
    """Style of document i (1-based), round robin."""
    return _NAMES[(i - 1) % len(_NAMES)]


def _check(doc: dict) -> list[str]:
    sys.path.insert(0, str(HERE.parent))
    try:
        from check_corpus import check_document
    finally:
        sys.path.pop(0)
    return check_document(doc)


def build_document(i: int) -> dict:
    """Document i (1-based). If a rare random collision makes the draw invalid (a PHI value recurring as plain
    text), the same generator draws again; spans are never searched for."""
    rng = random.Random(f"radgate-blind-corpus-16:{i}")
    style = style_for(i)
    for _attempt in range(20):
        d, modality = STYLES[style](Gen(rng))
        doc = {"id": f"blind16-{i:04d}", "style": style, "modality": modality, "text": d.text(),
               "phi": d.phi, "keep": d.keep}
        if not _check(doc):
            return doc
    raise RuntimeError(f"could not build a valid document {i}")


def render() -> str:
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "external_v16.jsonl")
    ap.add_argument("--check", action="store_true", help="regenerate and compare with --out; exit 1 on difference")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from generator'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {N_DOCS} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
