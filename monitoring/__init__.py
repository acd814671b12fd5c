"""Clinician feedback on drafts and usage monitoring (ACR-SIIM IV.G.3). See issue 6.

Public face: ``FeedbackService`` (record a verdict, measuring the edits), the edit measures
(``edit_distance``, ``finding_diff``), the report (``build_report``, ``Bands``, ``render_html``) and the
tables. The HTTP routes live in ``monitoring.api_router``, the CLI in ``monitoring.cli``.
"""

from monitoring._diff import FindingDiff, edit_distance, finding_diff, levenshtein
from monitoring._feedback import FeedbackError, FeedbackService
from monitoring._html import render_html
from monitoring._protocol import FeedbackCreate, FeedbackPublic
from monitoring._report import Bands, Cell, MonitoringReport, Verdict, build_report, summarize
from monitoring.models import FeedbackFindingChange, FeedbackRow

__all__ = ["Bands", "Cell", "FeedbackCreate", "FeedbackError", "FeedbackFindingChange", "FeedbackPublic",
           "FeedbackRow", "FeedbackService", "FindingDiff", "MonitoringReport", "Verdict", "build_report",
           "edit_distance", "finding_diff", "levenshtein", "render_html", "summarize"]
