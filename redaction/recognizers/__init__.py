"""PHI recognizers, one class each (Presidio ``EntityRecognizer`` subclasses), listed in ``redaction/config.yaml``."""
