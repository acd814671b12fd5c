"""Fifth blind PHI-redaction corpus (blind5-*): generator package. See README.md; never read for tuning."""
