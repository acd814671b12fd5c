"""Fourth blind PHI-redaction corpus (blind4-*): generator package. Never read while tuning the engine."""
