"""Surrogates: random per request by default, consistent per patient across requests with a key;
the surrogate map handed to the audit record; the settings that carry the key."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from proxy.chat.phi import PhiGuard
from radgate.settings import Settings
from redaction import PhiAnalyzer, Redactor

KEY = bytes.fromhex("5a" * 32)
REPORT = ("Patient: HALVORSEN, DAGNY M   MRN: 00731946   Exam date: 03/14/2026 14:32\n"
          "Seen at Larkspur Valley Hospital, Thistlewood. Discussed with Dr. Okafor.")
ORIGINALS = ("HALVORSEN", "DAGNY", "00731946", "03/14/2026", "14:32", "Larkspur Valley Hospital", "Thistlewood",
             "Okafor")



def test_with_a_key_the_same_patient_gets_the_same_surrogates_in_every_request(analyzer: PhiAnalyzer) -> None:
    first = Redactor(analyzer, surrogate_key=KEY).session("00731946").redact(REPORT)
    again = Redactor(analyzer, surrogate_key=KEY).session("00731946").redact(REPORT)  # another process, same key
    assert first == again
    assert not any(value in first for value in ORIGINALS)


def test_with_a_key_other_patients_and_other_keys_get_other_surrogates(analyzer: PhiAnalyzer) -> None:
    redactor = Redactor(analyzer, surrogate_key=KEY)
    mine = redactor.session("00731946").redact(REPORT)
    assert redactor.session("00999999").redact(REPORT) != mine
    assert Redactor(analyzer, surrogate_key=bytes.fromhex("a5" * 32)).session("00731946").redact(REPORT) != mine


def test_without_a_key_surrogates_are_random_per_request(analyzer: PhiAnalyzer) -> None:
    redactor = Redactor(analyzer)
    outputs = {redactor.session().redact(REPORT) for _ in range(3)}
    assert len(outputs) == 3
    for output in outputs:
        assert not any(value in output for value in ORIGINALS)


def test_a_short_key_is_refused(analyzer: PhiAnalyzer) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        Redactor(analyzer, surrogate_key=b"too short")


def test_keyed_surrogates_still_round_trip(analyzer: PhiAnalyzer) -> None:
    session = Redactor(analyzer, surrogate_key=KEY).session("00731946")
    redacted = session.redact(REPORT)
    assert session.reidentify(redacted) == REPORT


def test_two_values_never_share_a_surrogate(analyzer: PhiAnalyzer) -> None:
    # Many facilities and towns for a small pool: each must still come back as itself.
    towns = ["Marrowfield", "Thistlewood", "Port Verity", "Cobalt Ridge", "Ashgrove", "Dunmere", "Ellery Falls",
             "Harrowby", "Quillon", "Stonebridge", "Westmarch", "Yarrow", "Brightwater", "Coldharbour"]
    text = "\n".join(f"Lives in {town}." for town in towns)
    session = Redactor(analyzer).session()
    redacted = session.redact(text)
    assert not any(town in redacted for town in towns)
    assert session.reidentify(redacted) == text


def test_guarded_call_exposes_the_surrogate_map_for_the_audit_record(analyzer: PhiAnalyzer) -> None:
    guard = PhiGuard(Redactor(analyzer, surrogate_key=KEY))
    call = asyncio.run(guard.inbound([{"role": "user", "content": REPORT}], patient="00731946"))
    record = json.loads(json.dumps(call.surrogate_map()))  # JSON-able as it is
    sent = call.redacted_messages[0]["content"]
    pairs = record["surrogates"]
    assert set(pairs.values()) >= {"00731946", "Larkspur Valley Hospital", "Thistlewood"}
    assert "03/14/2026 14:32" in pairs.values()  # presidio joins adjacent detections of one type
    for surrogate, original in pairs.items():
        assert surrogate in sent and original not in sent
    assert {"halvorsen", "dagny", "okafor"} <= set(record["name_tokens"].values())
    assert 30 <= abs(record["date_shift_days"]) <= 364
    again = asyncio.run(guard.inbound([{"role": "user", "content": REPORT}], patient="00731946"))
    assert again.surrogate_map() == call.surrogate_map()


def test_guarded_call_without_redaction_has_an_empty_map() -> None:
    call = asyncio.run(PhiGuard(None).inbound([{"role": "user", "content": REPORT}]))
    assert call.surrogate_map() == {}


def _settings(**values: object) -> Settings:
    return Settings(environment="test", key_pepper="p" * 40, audit_master_key="ab" * 32, **values)


def test_settings_read_the_surrogate_key_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "surrogate-key"
    secret.write_text("5a" * 32 + "\n")
    settings = _settings(redaction_surrogate_key_file=secret)
    assert settings.redaction_surrogate_key_bytes == KEY
    assert "5a5a" not in repr(settings)  # a secret, never printed
    assert _settings().redaction_surrogate_key_bytes is None


def test_settings_refuse_a_malformed_surrogate_key() -> None:
    with pytest.raises(ValueError, match="64 hexadecimal"):
        _ = _settings(redaction_surrogate_key="not-hex").redaction_surrogate_key_bytes


def test_no_surrogate_carries_a_real_value_of_the_request(analyzer: PhiAnalyzer, monkeypatch) -> None:  # noqa: ANN001
    # A random 8-digit MRN surrogate can, by chance, hold the patient's 5-digit ZIP: force that draw.
    from redaction._surrogates import SurrogateFactory

    real = SurrogateFactory.characters

    def unlucky(self, kind: str, value: str) -> str:  # noqa: ANN001
        return "26562704" if kind == "MRN" and "\x00" not in value else real(self, kind, value)

    monkeypatch.setattr(SurrogateFactory, "characters", unlucky)
    text = "MRN: 00482913. Lives at 12 Oak Street, Springfield, IL 62704."
    session = Redactor(analyzer).session()
    redacted = session.redact(text)
    assert "62704" not in redacted and "00482913" not in redacted and "26562704" not in redacted
    assert session.reidentify(redacted) == text


def test_a_value_first_seen_in_a_later_message_is_not_inside_an_earlier_surrogate(
        analyzer: PhiAnalyzer, monkeypatch) -> None:  # noqa: ANN001
    from redaction import redact_messages
    from redaction._surrogates import SurrogateFactory

    real = SurrogateFactory.characters

    def unlucky(self, kind: str, value: str) -> str:  # noqa: ANN001
        return "26562704" if kind == "MRN" and "\x00" not in value else real(self, kind, value)

    monkeypatch.setattr(SurrogateFactory, "characters", unlucky)
    messages = [{"role": "system", "content": "Patient MRN: 00482913."},
                {"role": "user", "content": "Lives at 12 Oak Street, Springfield, IL 62704."}]
    session = Redactor(analyzer).session()
    sent = " ".join(m["content"] for m in redact_messages(session, messages))
    assert "62704" not in sent and "00482913" not in sent
