"""Validate a corpus file: every span in range, text-exact, typed, and non-overlapping.

    .venv/bin/python redaction/corpus/check_corpus.py redaction/corpus/dev.jsonl redaction/corpus/holdout.jsonl

Exit status 0 when every document is valid; otherwise each problem is printed with its document id.
"""

from __future__ import annotations

import json
import re
import sys
from itertools import pairwise
from pathlib import Path

PHI_TYPES = frozenset({
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
})
KEEP_LABELS = frozenset({
    "eponym", "anatomy", "vertebral_level", "measurement", "score", "sequence", "age_under_90", "year",
    "modality", "credential", "section_header",
})
# Types whose values are short numbers that may legitimately recur as non-PHI (e.g. "93" as an image number).
_NO_RECURRENCE_CHECK = frozenset({"AGE_OVER_89"})


def _occurrences(text: str, value: str) -> list[int]:
    pattern = r"(?<![\w/:.-])" + re.escape(value) + r"(?![\w/:-])(?!\.\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def check_document(doc: dict) -> list[str]:
    """Problems with one document (empty when valid)."""
    problems: list[str] = []
    did = doc.get("id", "?")
    if not isinstance(doc.get("id"), str) or not isinstance(doc.get("style"), str) or not isinstance(doc.get("text"), str):
        return [f"{did}: id, style and text must be strings"]
    text = doc["text"]
    for kind, key, allowed in (("phi", "type", PHI_TYPES), ("keep", "label", KEEP_LABELS)):
        for span in doc.get(kind, []):
            s, e = span.get("start"), span.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{did}: {kind} span out of range: {span}")
                continue
            if span.get(key) not in allowed:
                problems.append(f"{did}: {kind} span has unknown {key} {span.get(key)!r}")
            if "text" in span and text[s:e] != span["text"]:
                problems.append(f"{did}: {kind} span text mismatch at {s}:{e}: {text[s:e]!r} != {span['text']!r}")
            if text[s:e] != text[s:e].strip():
                problems.append(f"{did}: {kind} span has surrounding whitespace at {s}:{e}")
    spans = sorted((sp["start"], sp["end"], kind) for kind in ("phi", "keep") for sp in doc.get(kind, [])
                   if isinstance(sp.get("start"), int) and isinstance(sp.get("end"), int))
    for (s1, e1, k1), (s2, e2, k2) in pairwise(spans):
        if s2 < e1:
            problems.append(f"{did}: overlapping {k1} {s1}:{e1} and {k2} {s2}:{e2}")
    # Completeness: a PHI value that recurs in the text must be annotated (or sit inside a keep-span/PHI span).
    covered = [(sp["start"], sp["end"]) for sp in doc.get("phi", []) + doc.get("keep", [])]
    for span in doc.get("phi", []):
        if span.get("type") in _NO_RECURRENCE_CHECK:
            continue
        value = text[span["start"]:span["end"]]
        for pos in _occurrences(text, value):
            if not any(s <= pos and pos + len(value) <= e for s, e in covered):
                problems.append(f"{did}: unannotated occurrence of {span['type']} {value!r} at {pos}")
    return problems


def check_file(path: Path) -> tuple[int, list[str]]:
    """(number of documents, problems) for a JSONL corpus file."""
    problems: list[str] = []
    ids: set[str] = set()
    n = 0
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path.name}:{lineno}: not JSON ({exc})")
                continue
            n += 1
            if doc.get("id") in ids:
                problems.append(f"{path.name}:{lineno}: duplicate id {doc.get('id')}")
            ids.add(doc.get("id"))
            problems.extend(check_document(doc))
    return n, problems


def main(argv: list[str]) -> int:
    bad = 0
    for name in argv or ["dev.jsonl", "holdout.jsonl"]:
        path = Path(name) if argv else Path(__file__).parent / name
        n, problems = check_file(path)
        for p in problems[:50]:
            print(p)
        print(f"{path}: {n} documents, {len(problems)} problems")
        bad += len(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
