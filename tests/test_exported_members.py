"""Pin each package's public face: adding or removing a public name is a deliberate change."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "audit": {"AuditCipher", "AuditDataKey", "AuditDecryptError", "AuditEvent", "AuditEventRow", "AuditIndexer", "AuditUnavailable",
              "AuditWriter", "BlindIndex", "ChainReport", "Checkpoint", "EXPORT_FORMATS", "EventType", "SearchError", "SearchFilters", "SqlAuditWriter", "latest_checkpoint",
              "export_chunks", "index_pending", "iter_records", "make_checkpoint", "open_phi", "search_records", "signing_key", "verify_chain", "verify_checkpoint"},
    "monitoring": {"Bands", "Cell", "FeedbackCreate", "FeedbackError", "FeedbackFindingChange", "FeedbackPublic",
                   "FeedbackRow", "FeedbackService", "FindingDiff", "MonitoringReport", "Verdict", "build_report",
                   "edit_distance", "finding_diff", "levenshtein", "render_html", "summarize"},
    "governance": {"FREE_TEXT", "Actor", "Criteria", "GateRefusal", "GovernanceError", "GovernanceGate",
                   "GovernanceService", "LifecycleState", "ModelCreate", "ModelDetail", "ModelPublic", "ModelUpdate",
                   "RegulatoryStatus", "TrainingCreate", "TransitionRequest", "deployment_versions"},
    "evals": {"Assertion", "Comparison", "ErrorCategory", "Extraction", "Finding", "GoldCase", "GoldFormatError",
              "Measurement", "PlanError", "RunOptions", "RunRefused", "RunSummary", "ScoreError", "ScoreResult",
              "create_plan", "extract", "get_run", "import_openi_csv", "load_gold", "parse_plan", "passing_run",
              "run_plan", "score_candidate"},
    "prompts": {"PromptError", "PromptRegistry", "PromptTemplate", "content_hash", "load_registry"},
    "proxy": {"create_app"},
    "proxy.chat": {"ChatService"},
    "proxy.routing": {"ModelConfigError", "ModelRouter", "Route", "UpstreamError", "UpstreamResult",
                      "UpstreamTimeout", "load_model_config"},
    "radgate": {"Environment", "Settings", "get_settings"},
    "redaction": {"PHI_TYPES", "PhiAnalyzer", "RedactionConfigError", "RedactionSession", "Redactor", "Span",
                  "StreamReidentifier", "UnsupportedContent", "build_analyzer", "redact_messages"},
    "radgate.auth": {"ApiKey", "ApiKeyPublic", "CreatedKey", "KeyError_", "KeyService", "Principal", "Role",
                     "key_prefix"},
}


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_public_names(module: str) -> None:
    mod = importlib.import_module(module)
    assert set(mod.__all__) == PUBLIC[module]
    for name in mod.__all__:
        assert getattr(mod, name) is not None
