"""PHI redaction (HIPAA Safe Harbor): pseudonymize prompts, re-identify drafts, fail closed. See issue 3."""
