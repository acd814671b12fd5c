"""Round 38 (C): machine words in identity and access logs are kept: Windows event XML field names and schema
namespaces, user-agent strings and product versions, application display names, network bounds, Cisco message ids,
well-known SIDs, SQL keywords, sudo keys, ssh key fingerprints, imaging-IT product names, and the exam after a
surname in a worklist row. The user, address or name beside each is still masked.

Invented text.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched

_EVENT = ('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n  <System>\n'
          '    <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{11111111-2222-3333-4444-555555555555}" />\n'
          '    <Keywords>0x8010000000000000</Keywords>\n  </System>\n  <EventData>\n'
          '    <Data Name="SubjectUserSid">S-1-5-18</Data>\n'
          '    <Data Name="TargetUserName">quillanb</Data>\n'
          '    <Data Name="TargetDomainName">NORTHWARD</Data>\n'
          '    <Data Name="LogonType">3</Data>\n    <Data Name="Status">0xc000006d</Data>\n'
          '    <Data Name="IpAddress">10.44.7.19</Data>\n  </EventData>\n</Event>\n')


@pytest.mark.parametrize("word", ["schemas.microsoft.com", "Microsoft-Windows-Security-Auditing", "Guid", "Keywords",
                                  "SubjectUserSid", "S-1-5-18", "TargetUserName", "TargetDomainName", "NORTHWARD",
                                  "LogonType", "Status", "IpAddress"])
def test_windows_event_fields_kept(analyzer: PhiAnalyzer, word: str) -> None:
    check(analyzer, _EVENT, ["quillanb", "10.44.7.19"])
    assert untouched(analyzer, _EVENT, word)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ('{"client":{"ipAddress":"10.9.8.7","userAgent":{"rawUserAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 13_2) '
     'Safari/605.1.15"}},"actor":{"alternateId":"tamsin.oakridge@clinic.example.net"}}',
     ["10.9.8.7", "tamsin.oakridge@clinic.example.net"], ["Mozilla/5.0", "Macintosh", "Safari/605.1.15"]),
    ('{"ipAddress":"172.20.1.5","rawUserAgent":"Windows Sign-In Helper"},"actor":{"displayName":"Ferris Quayle"},'
     '"target":[{"type":"AppInstance","displayName":"Northline Viewer"}]}',
     ["172.20.1.5", "Ferris Quayle"], ["Windows Sign-In Helper", "AppInstance", "Northline Viewer"]),
    ('10.3.3.9 - halvorsenk [02/Mar/2026:10:11:12 -0500] "GET /portal/home HTTP/1.1" 200 512 "-" '
     '"Mozilla/5.0 (X11; Linux x86_64) Chrome/121.0.0.0"',
     ["10.3.3.9", "halvorsenk"], ["HTTP/1.1", "Chrome/121.0.0.0", "Linux"]),
    ("login,RADIUS,,CORP\\pemberlyj,,10.0.0.0-10.255.255.255,-,192.168.40.12,0.0.0.0,failure",
     ["pemberlyj", "192.168.40.12"], ["10.0.0.0", "10.255.255.255", "0.0.0.0"]),
    ("Mar 4 02:10:11 vpn-edge : %ASA-6-113004: AAA user authentication Successful : server = 10.7.7.7 : user = "
     "rowenat", ["10.7.7.7", "rowenat"], ["ASA-6-113004"]),
    ("Mar 4 02:10:11 pacs01 sudo[211]:   delacroixm : TTY=pts/1 ; PWD=/home/delacroixm ; USER=root ; "
     "COMMAND=/bin/ls", ["delacroixm"], ["PWD", "TTY"]),
    ("Mar 4 02:10:11 pacs01 sshd[9]: Accepted publickey for ostergaardl from 10.1.2.3 port 50022 ssh2: "
     "ED25519 SHA256:Qx7bP0aZ19kLmN3vT8wY", ["ostergaardl", "10.1.2.3"], ["ED25519", "Qx7bP0aZ19kLmN3vT8wY"]),
    ('AUDIT: SESSION,3,1,READ,SELECT,,,"SELECT mrn FROM patient WHERE last_name ILIKE \'x%\' ORDER BY dob DESC '
     'LIMIT 5"', [], ["SELECT", "ILIKE", "DESC LIMIT"]),
    ("open \"/in/scan.zip\" flags WRITE,CREATE,TRUNCATE mode 0640 by user Imogen Trelawney",
     ["Imogen Trelawney"], ["WRITE,CREATE"]),
    ("Escalated: ACC X7712345 / MRN 70001234 (PENWORTHY, CT CHEST W CONTRAST)",
     ["PENWORTHY", "70001234"], ["CT CHEST W CONTRAST"]),
    ('{"userDisplayName":"Quennell, Orla","userPrincipalName":"orla.quennell@example.org","status":'
     '{"errorCode":50126}}', ["Quennell, Orla", "orla.quennell@example.org"], ["userPrincipalName", "50126"]),
])
def test_machine_words_kept(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_domain_user_sid_still_an_account(analyzer: PhiAnalyzer) -> None:
    text = '<Data Name="TargetSid">S-1-5-21-1111111111-2222222222-3333333333-4242</Data> for user Bastian Krol'
    assert "S-1-5-21-1111111111-2222222222-3333333333-4242" in typed(analyzer, text, "ACCOUNT_ID")
    check(analyzer, text, ["Bastian Krol"], ["TargetSid"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Visage user WINTERBOTTOMJ provisioned for Jessamy Winterbottom; YubiKey mailed.",
     ["Jessamy Winterbottom"], ["Visage", "YubiKey"]),
    ("Remove Philippa Arkwright from the on-call tree in Qgenda and mute Datadog pages.",
     ["Philippa Arkwright"], ["Qgenda", "Datadog"]),
    (" 40112 | ashcombe_r   | DBeaver 23.3.0   | 10.60.1.4", ["ashcombe_r", "10.60.1.4"], ["DBeaver 23.3.0"]),
])
def test_products_kept(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


def test_hl7_header_applications_kept(analyzer: PhiAnalyzer) -> None:
    text = "MSH|^~\\&|EPIC|WESTFELL|TRIAGEAI|TRIAGEAI|20260101120000||ORM^O01|55501|P|2.3\rPID|1||61234567^^^MRN||" \
           "HARGREAVE^LEOPOLD^T||19500101|M"
    check(analyzer, text, ["HARGREAVE^LEOPOLD", "61234567"], ["EPIC", "TRIAGEAI|TRIAGEAI"])
