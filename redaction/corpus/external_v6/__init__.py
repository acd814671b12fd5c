"""Sixth blind PHI-redaction corpus (blind6): a generator written without reading the redaction engine.

Run ``make_corpus.py`` as a script; the ``b6_*`` modules import each other by flat name.
"""
