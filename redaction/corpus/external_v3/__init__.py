"""Third blind PHI-redaction corpus (``blind3``): generator package.

Written without reading the engine or the earlier corpora; see README.md for "the rule". The package is loaded
by ``make_corpus.py`` under a private name so that generating the corpus never imports the ``redaction`` engine.
"""
