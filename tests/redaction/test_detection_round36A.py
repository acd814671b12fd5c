"""Round 36 (A): people's logins written as lower-case machine tokens, scored by the learned login scorer
(``redaction/learned/tokens.py``) from how they decompose against the census name lists and where they stand:
a ``|``-delimited audit field before an IP address, a review thread's ``**@login**``, ``DOMAIN\\login``, a quoted
CSV field beside the person's name, ``run by``/``assigned to``/``from ... to <ip>``. Hosts, service accounts,
code identifiers and everyday words in the same places stay.

Invented text; the login cases fail without the scorer.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from redaction.learned.tokens import LoginTagger, token_features
from tests.redaction.test_detection import check, untouched


def test_audit_log_fields(analyzer: PhiAnalyzer) -> None:
    text = ("2025-03-02 08:11:04.120 | webview4 | lindgrenk | 10.4.22.19 | viewed study A1-2231\n"
            "2025-03-02 08:12:44.902 | webview4 | marisol_t | 10.4.22.19 | report signed: no acute finding\n"
            "2025-03-02 08:15:09.310 | webview4 | svc_pacs | 10.4.22.19 | exported batch\n")
    check(analyzer, text, ["lindgrenk", "marisol_t"], keep=["no acute finding"])
    assert untouched(analyzer, text, "webview4")
    assert untouched(analyzer, text, "svc_pacs")


def test_review_thread_and_domain_logins(analyzer: PhiAnalyzer) -> None:
    text = ("**@whitaker.imogen** commented on `src/parser.py`:\nnit: rename `null_check`.\n\n"
            "Event: lock\nUser: CLINIC\\rhalvorsen4\nWorkstation: WS-12 (10.8.1.4)\n")
    check(analyzer, text, ["whitaker.imogen", "rhalvorsen4"])
    assert untouched(analyzer, text, "null_check")
    assert untouched(analyzer, text, "parser")


def test_directory_export_row(analyzer: PhiAnalyzer) -> None:
    text = ('"Name","Login","Department"\n"Imogen Whitaker, MD","iwhitaker3","Radiology"\n'
            '"Scheduling Desk","frontdesk","Radiology"\n')
    check(analyzer, text, ["iwhitaker3"])
    assert untouched(analyzer, text, "Department")
    scores = {token: p for _, _, token, p in LoginTagger.load().scores(text)}
    # a desk's account is no one's login: two everyday words run together are not even scored
    assert scores.get("frontdesk", 0.0) < 0.7 < scores["iwhitaker3"]


@pytest.mark.parametrize("token", ["patient_id", "null_check", "pending", "report", "admin", "deadbeef12",
                                   "svc_ris", "pneumonia"])
def test_never_candidates(token: str) -> None:
    assert token_features(token) is None


def test_scorer_prefers_names_to_hosts() -> None:
    tagger = LoginTagger.load()
    text = "2025-03-02 08:11:04.120 | ingest02 | okeefem | 10.4.22.19 | viewed study A1-2231\n"
    scores = {token: p for _, _, token, p in tagger.scores(text)}
    assert scores["okeefem"] > 0.7 > scores.get("ingest02", 0.0)
