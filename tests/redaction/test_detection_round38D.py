"""Round 38 (D): identifiers of a person's accounts and devices in identity and network logs (an identity
provider's user ids, keyed serials, MAC addresses, a VPN login's machine name), and numbers a program gives its
own things (a model's version, a trace or request id, a snake_case code word, the loopback address), left alone.

Invented text.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ('{"eventType":"user.session.start","actor":{"id":"00uTqWmZbKpLrNcXyVdE","type":"User",'
     '"displayName":"Orla Quennell"},"outcome":{"result":"SUCCESS"}}', ["00uTqWmZbKpLrNcXyVdE"], ["SUCCESS"]),
    ('{"createdDateTime":"2026-02-03T10:11:12Z","userId":"00uhBvRkXcMmPqWzAaLs","appDisplayName":"PACS Viewer"}',
     ["00uhBvRkXcMmPqWzAaLs"], ["PACS Viewer"]),
    ('{"employeeId":"E4471902","department":"Radiology"}', ["E4471902"], ["Radiology"]),
])
def test_identity_provider_user_ids(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ('Mar 3 10:02:11 xfer01 import: mod=CT dev_sn=QPRMWKZT reconciled series=4', ["QPRMWKZT"], ["CT"]),
    ('Mar 3 10:02:11 xfer01 import: mod=MR scanner_serial=GH7TXVBN series=9', ["GH7TXVBN"], ["MR"]),
    ('Auth: Login OK: [kvale] (from client wlan-ap03 port 2 cli 3C:5A:B4:0E:91:7F) via radius',
     ["3C:5A:B4:0E:91:7F"], ["port"]),
    ("dhcp ack for 9c-eb-e8-12-0a-4d on vlan 40, CT suite", ["9c-eb-e8-12-0a-4d"], ["CT"]),
    ("2026/01/05 09:12:44,998877665544,GLOBALPROTECT,0,2561,2026/01/05 09:12:44,vsys1,gateway-auth,login,"
     "RADIUS,,CLINIC\\rmoss,,US,WKS-HOME-Q7TZ,10.20.30.40,0.0.0.0,172.16.5.6,0.0.0.0,success,Windows 11",
     ["WKS-HOME-Q7TZ", "10.20.30.40"], ["gateway-auth"]),
])
def test_device_identifiers_in_logs(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_time_range_is_no_mac_address(analyzer: PhiAnalyzer) -> None:
    text = "Scanner downtime 09:41:18-09:47:18 logged for CT room 2."
    assert "09:41:18-09:47:18" not in typed(analyzer, text, "DEVICE_SERIAL")
    check(analyzer, text, [], ["CT"])


def test_shared_workstation_hostname_left_alone(analyzer: PhiAnalyzer) -> None:
    text = "Visage account provisioned for the reading room. Hostname RR-214 assigned.\n"
    assert untouched(analyzer, text, "RR-214")
    check(analyzer, text, [], ["Visage"])


@pytest.mark.parametrize(("text", "word"), [
    ('{\n  "model": "gpt-4o-2024-08-06",\n  "temperature": 0.2\n}', "gpt-4o-2024-08-06"),
    ('{"draft": "ok", "template_version": "v3.1.0", "trace": "tr_4c0193388271be"}', "tr_4c0193388271be"),
    ('{"ok": true, "request_id": "5530912", "at": "noon"}', "5530912"),
    ("timestamp,prompt_id,client_ip,status\n2026-01-02 08:00:00,pr_summary,127.0.0.1,ok\n", "pr_summary"),
    ("timestamp,prompt_id,client_ip,status\n2026-01-02 08:00:00,pr_summary,127.0.0.1,ok\n", "127.0.0.1"),
])
def test_program_numbers_left_alone(analyzer: PhiAnalyzer, text: str, word: str) -> None:
    assert untouched(analyzer, text, word)


def test_patient_record_in_same_log_still_masked(analyzer: PhiAnalyzer) -> None:
    text = "timestamp,prompt_id,client_ip,patient_ref\n2026-01-02 08:00:00,pr_impr,10.4.5.6,ENC-5512093\n"
    check(analyzer, text, ["10.4.5.6", "ENC-5512093"], [])
    assert untouched(analyzer, text, "pr_impr")
