"""PHI redaction (HIPAA Safe Harbor): find identifiers, pseudonymize prompts, re-identify drafts, fail closed.

``Redactor.session()`` gives one request its surrogate map; ``redact_messages`` covers every text path
of a chat request; ``StreamReidentifier`` restores originals in a streamed draft.
"""

from redaction._analyzer import PhiAnalyzer, RedactionConfigError, build_analyzer
from redaction._images import UnsupportedContent
from redaction._messages import redact_messages
from redaction._redactor import Redactor
from redaction._session import RedactionSession
from redaction._spans import PHI_TYPES, Span
from redaction._stream import StreamReidentifier

__all__ = [
    "PHI_TYPES",
    "PhiAnalyzer",
    "RedactionConfigError",
    "RedactionSession",
    "Redactor",
    "Span",
    "StreamReidentifier",
    "UnsupportedContent",
    "build_analyzer",
    "redact_messages",
]
