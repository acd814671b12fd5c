"""Round 33 (N): claim and legal-request wording that is no PHI - a payer named in its field, by its kind or by a
release log's "ins." requester, a law firm, a court case number after its caption, a chat export's conversation
number, a CPT code under its column header, an adjuster's or a department's title, an attorney's "Atty" or
"Counselor" before the name, a form's all-caps title, a field label's word before its number sign and a requester
who is "self" or an agency.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


def test_payer_named_by_kind_or_field(analyzer: PhiAnalyzer) -> None:
    text = ("Harbor Lane Mutual Health\nClaims Department\n\n03/11/2025\n\nRe: claimant Odessa Wintergreen, "
            "claim 55-1203349\n")
    check(analyzer, text, ["Odessa Wintergreen", "55-1203349"])
    assert untouched(analyzer, text, "Harbor Lane Mutual Health")
    assert untouched(analyzer, text, "Claims Department")


def test_release_log_requesters(analyzer: PhiAnalyzer) -> None:
    text = ("Req # | Date | Patient | MRN | Requester | Items | Status\n"
            "40112 | 2025-02-03 | Quennell, Ambrose | 771203344 | ins. Pinebrook Auto Insurance | CT AC-112-3344 "
            "| sent\n"
            "40113 | 2025-02-04 | Tessaro, Lavinia | 771203345 | self (portal) | MRI AC-112-3345 | sent\n"
            "40114 | 2025-02-05 | Ormsby, Cedric | 771203346 | SSA/DDS | XR AC-112-3346 | pending\n"
            "40115 | 2025-02-06 | Vantongeren, Ilse | 771203347 | Atty R. Moorcroft | US AC-112-3347 | sent\n")
    check(analyzer, text, ["Quennell, Ambrose", "Tessaro, Lavinia", "Ormsby, Cedric", "R. Moorcroft"])
    for word in ("ins. Pinebrook Auto Insurance", "self", "SSA/DDS", "Atty"):
        assert untouched(analyzer, text, word), word


def test_law_firm_and_counselor_salutation(analyzer: PhiAnalyzer) -> None:
    text = ("Augustin P. Moorcroft, Esq.\nBrackwater Injury Law\n12 Pell Street, Suite 4\n\nRe: Ilse Vantongeren, "
            "DOB 04/05/1961\n\nCounselor Moorcroft,\n\nWe received the signed authorization.\n")
    check(analyzer, text, ["Augustin P. Moorcroft", "Ilse Vantongeren", "04/05/1961"])
    assert untouched(analyzer, text, "Brackwater Injury Law")
    assert untouched(analyzer, text, "Counselor")


def test_court_case_number_after_caption(analyzer: PhiAnalyzer) -> None:
    text = ("LITIGATION HOLD NOTICE\nMatter: Quennell v. Ridgefield General Hospital, Case No. 25-CV-04417\n\n"
            "This notice concerns patient Ambrose Quennell, MRN 771203344.\n")
    check(analyzer, text, ["Ambrose Quennell", "771203344"])
    assert untouched(analyzer, text, "25-CV-04417")


def test_chat_conversation_number_and_cpt_column(analyzer: PhiAnalyzer) -> None:
    chat = "Secure chat export  conv=4471209   exported 2025-04-02\n[09:12] tbell: pt Ormsby in bay 4, mrn 771203346\n"
    check(analyzer, chat, ["771203346"])
    assert untouched(analyzer, chat, "4471209")
    table = ("Provider | Service | CPT | Est. charge\nOrmsby, Cedric, MD | CT technical | 74177 | $812.00\n"
             "Lavinia Tessaro, DO | CT professional read | 74178 | $240.00\n")
    assert untouched(analyzer, table, "74177")
    assert untouched(analyzer, table, "74178")


def test_titles_and_labels_are_no_names(analyzer: PhiAnalyzer) -> None:
    text = ("ATTENDING PHYSICIAN'S STATEMENT - PERSONAL INJURY PROTECTION\nInjured person\tQUENNELL AMBROSE\n"
            "Date of accident\t02-16-2024\nEstimate #: 55-1203349\nThe letter did not include your Social Security "
            "number.\n\nRegards,\nLavinia Tessaro\nSenior Claims Adjuster\n")
    check(analyzer, text, ["QUENNELL AMBROSE", "02-16-2024", "55-1203349", "Lavinia Tessaro"])
    for word in ("PERSONAL INJURY PROTECTION", "Estimate", "Social Security", "Claims Adjuster"):
        assert untouched(analyzer, text, word), word
