"""Generator of the seventh blind PHI-redaction corpus (external_v7.jsonl, was blind7.jsonl); see README.md.

The modules are imported by path from make_corpus.py (this folder is put on sys.path), so their b7_ names
cannot collide with other corpus generators.
"""
