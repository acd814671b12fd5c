"""Assemble blind3: 20 styles x 15 documents, each from its own seeded ``random.Random``.

Document ``i`` (1-based) uses ``random.Random(f"radgate-blind-corpus-3:{i}")`` and style ``STYLES[(i - 1) % 20]``,
so any one document can be regenerated alone and styles are interleaved through the file.
"""

from __future__ import annotations

import json
import random

from .case import new_case
from .markup import strip_marks
from .styles_comms import corrected_report, critical_callback_log, referrer_chat, resident_signout, tumor_board_minutes
from .styles_machine import cda_xml, fhir_json, image_import_request, protocol_queue, qa_spreadsheet
from .styles_noisy import incident_report, ocr_fax, rad_path_correlation, teaching_case, voice_transcript
from .styles_patient import discharge_excerpt, followup_tracker, portal_thread, research_screening, translation_request

STYLES = (
    tumor_board_minutes, critical_callback_log, corrected_report, resident_signout, referrer_chat,
    portal_thread, translation_request, discharge_excerpt, followup_tracker, research_screening,
    fhir_json, cda_xml, qa_spreadsheet, image_import_request, protocol_queue,
    ocr_fax, voice_transcript, incident_report, teaching_case, rad_path_correlation,
)
N_DOCS = 300
SEED = "radgate-blind-corpus-3"


def build_document(i: int) -> dict:
    """Document ``i`` (1..N_DOCS) as a corpus record."""
    rng = random.Random(f"{SEED}:{i}")
    style = STYLES[(i - 1) % len(STYLES)]
    case = new_case(rng)
    modality, marked = style(case, rng)
    text, phi, keep = strip_marks(marked)
    return {"id": f"blind3-{i:04d}", "style": style.__name__, "modality": modality, "text": text,
            "phi": phi, "keep": keep}


def render_corpus() -> str:
    """The whole corpus as JSONL text (one document per line, trailing newline)."""
    return "".join(json.dumps(build_document(i), ensure_ascii=False) + "\n" for i in range(1, N_DOCS + 1))
