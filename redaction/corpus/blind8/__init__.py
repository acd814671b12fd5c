"""Generator for the eighth blind PHI-redaction corpus (blind8.jsonl); see README.md and make_corpus.py."""
