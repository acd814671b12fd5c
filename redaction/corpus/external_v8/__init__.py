"""Generator for the eighth blind PHI-redaction corpus (external_v8.jsonl); see README.md and make_corpus.py."""
