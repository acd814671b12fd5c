"""One real analyzer (presidio + spaCy + RadGate's recognizers) shared by every redaction test module."""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer, build_analyzer


@pytest.fixture(scope="session")
def analyzer() -> PhiAnalyzer:
    return build_analyzer()
