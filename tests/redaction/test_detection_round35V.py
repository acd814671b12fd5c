"""Round 35 (V): more logins a label says are a person's:

- a JSON key naming who acknowledged or signed (``"ack_by": "..."``, the key's closing quote before the colon);
- a sign-off after a checklist (``Sign: ...``), a reader, a witness or a verifier;
- the ``id`` key of an INI section that names a person's role (``[sonographer]`` / ``id = ...``);
- a login whose parts are words only WordNet knows as proper names or by a suffix rule (``tiberius_marche``,
  ``delacroixs``); a login of everyday words (``night_shift``) or a service account still stays.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from redaction.recognizers.login_names import LoginNameRecognizer
from tests.redaction.test_detection import check, untouched


def test_json_person_keys(analyzer: PhiAnalyzer) -> None:
    text = '[\n  {"alert": "PE-flag", "site": "North Clinic", "ack_by": "quillanv"},\n'
    check(analyzer, text, ["quillanv"])
    text = '{"study": "CT head", "ack_by": "tiberius_marche", "status": "closed"}\n'
    check(analyzer, text, ["tiberius_marche"])
    text = '{"study": "CT head", "ack_by": "delacroixs"}\n'
    check(analyzer, text, ["delacroixs"])


def test_checklist_sign_off(analyzer: PhiAnalyzer) -> None:
    text = "Team: R. Okafor MD; L. Brandt RN\nEnd 10:05   Sign: lbrandtwe\n"
    check(analyzer, text, ["lbrandtwe"])


def test_ini_role_section_id(analyzer: PhiAnalyzer) -> None:
    text = "[findings]\nf1 = liver 14 cm\n\n[sonographer]\nid = orlapenwick\nname = Orla Penwick, RDMS\n"
    check(analyzer, text, ["orlapenwick"])
    text = "[technologist]\nid: ama_zorbek\n"
    check(analyzer, text, ["ama_zorbek"])


def test_everyday_words_and_service_accounts_stay(analyzer: PhiAnalyzer) -> None:
    text = '{"study": "CT head", "ack_by": "night_shift"}\n'
    assert untouched(analyzer, text, "night_shift")
    text = "[sonographer]\nid = svc_worklist\n"
    assert untouched(analyzer, text, "svc_worklist")
    # The INI rule reads an id as a login only under a section naming a person's role. (The learned tagger may still
    # propose a name-shaped token there on its own: that is over-masking, not a leak, and not this rule's doing.)
    assert LoginNameRecognizer().analyze("[device]\nid = quillanv\n", ["PERSON"]) == []
    assert LoginNameRecognizer().analyze("[sonographer]\nid = quillanv\n", ["PERSON"]) != []
